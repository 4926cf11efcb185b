from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"


@pytest.fixture
def seed_copy(tmp_path):
    """A copy of the seed sample in a temporary folder (outputs land beside it)."""
    dst = tmp_path / SEED.name
    dst.write_bytes(SEED.read_bytes())
    return dst


# The slow tests: the fuzz run and everything LibreOffice recalculates or renders.  CI runs them
# all; `pytest -m "not slow"` leaves them out while iterating (README, 开发).
SLOW_MODULES = {"test_fuzz", "test_formula_parity"}
SLOW_TESTS = {"test_libreoffice_recalculates_the_summary_and_reads_the_csv",
              "test_seed_report_renders_as_a4_portrait_pdf", "test_correcting_an_actual_or_an_amount_rescores",
              # a second or more each: threads, subprocesses, 2,000-row workbooks
              "test_reading_in_threads_leaves_openpyxl_borders_alone_for_everyone_else",
              "test_two_thousand_indicators_in_bounded_time", "test_same_bytes_across_processes",
              "test_process_and_check_never_import_pandas", "test_process_imports_neither_openpyxl_nor_numpy"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if (module in SLOW_MODULES or item.originalname in SLOW_TESTS
                or "scored" in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
