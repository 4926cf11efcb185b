from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"


def _samples_listing() -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (ROOT / "samples").iterdir() if p.name != "__pycache__"}


@pytest.fixture(autouse=True)
def _samples_untouched():
    """No test writes into the shipped samples or beside them: process and report write beside
    their input, so a test that runs them on a sample itself rather than a copy (seed_copy) would
    leave 样例-评分.xlsx in samples/, where the tests that read every sample then find it."""
    before = _samples_listing()
    yield
    after = _samples_listing()
    assert after == before, f"samples/ changed: {sorted(set(after.items()) ^ set(before.items()))}"


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
              "test_process_and_report_import_no_heavy_module", "test_workers_import_nothing_of_their_own",
              # a cold interpreter under setpriv: test_file_that_cannot_be_read_names_the_reason
              # refuses an unreadable input in-process (test_output_folder_not_writable and
              # test_python_dash_m_works stay the quick run's subprocess tests)
              "test_input_not_readable",
              # a value in XFD1048576 under `process` (half a second): `check` scores it in the quick
              # run, and last-row-formatted-process still writes a workbook with a cell on row
              # 1,048,576 (test_bad_input.py chooses which command runs each refused file quickly)
              "test_bad_input[last-cell-value-process]"}


def pytest_configure(config):
    """helpers.remembered keeps what it computes in pytest's cache folder."""
    import helpers

    if getattr(config, "cache", None) is not None:
        helpers.DISK = config.cache.mkdir("remembered")


def pytest_xdist_auto_num_workers(config):
    """`-n auto` (setup.cfg's addopts) starts a worker per core; a run of named tests (`path::test`)
    stays in this process instead, since starting the workers would take longer than the tests."""
    if config.args and all("::" in a for a in config.args):
        return 0
    return None                        # pytest-xdist's own count


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if (module in SLOW_MODULES or item.originalname in SLOW_TESTS or item.name in SLOW_TESTS
                or "scored" in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


# Every code of the catalogue is raised by some test (issue 13): while the tests run, the codes that
# Findings.add and InputError see are recorded; a run of the whole suite (every test module, nothing
# deselected, one process) fails when a catalogue code was never raised.  Codes raised in
# subprocesses and forked workers are not seen, so each code needs an in-process test.
RAISED: set[str] = set()
_DESELECTED: list = []                  # the tests -k / -m left out (on a worker: reported to the controller)


def _record_codes() -> None:
    from selfeval_xl import review
    from selfeval_xl.reading import guard

    add, init = review.Findings.add, guard.InputError.__init__

    def recording_add(self, level, code, location, /, **fields):
        RAISED.add(code)
        return add(self, level, code, location, **fields)

    def recording_init(self, message, code):
        RAISED.add(code)
        init(self, message, code)

    review.Findings.add = recording_add
    guard.InputError.__init__ = recording_init


_record_codes()


def pytest_deselected(items):
    _DESELECTED.extend(items)


def _whole_suite(config) -> bool:
    """The run asked for every test: no -k, no -m, no --lf, no paths but the tests folder."""
    if config.option.keyword or config.option.markexpr or getattr(config.option, "lf", False):
        return False
    paths = {Path(a.split("::")[0]).resolve() for a in config.args}
    return paths <= {ROOT / "tests", ROOT}


def pytest_testnodedown(node, error):
    """(pytest-xdist, on the controller) the codes each worker saw."""
    out = getattr(node, "workeroutput", {})
    RAISED.update(out.get("raised", ()))
    _DESELECTED.extend([None] * out.get("deselected", 0))


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if hasattr(config, "workerinput"):            # an xdist worker: hand the codes to the controller
        config.workeroutput["raised"] = sorted(RAISED)
        config.workeroutput["deselected"] = len(_DESELECTED)
        return
    if _DESELECTED or not _whole_suite(config) or exitstatus not in (0, 1):
        return                                    # 2-5: interrupted, usage error, nothing collected
    from selfeval_xl.catalogue import FINDINGS, REFUSALS

    never = sorted((set(FINDINGS) | set(REFUSALS)) - RAISED)
    if never:
        session.config.get_terminal_writer().line(
            f"\ncatalogue codes no test raised (write a test that reaches each): {never}", red=True)
        session.exitstatus = 1
