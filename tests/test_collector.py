"""Python's cyclic garbage collector: a written workbook leaves no cycle behind for it to find."""
from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

import selfeval_xl
from selfeval_xl import writing
from helpers import make_workbook

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "金水区智慧城市管理中心-2021.xlsx"


@pytest.fixture
def collector_on():
    """Each test starts with the collector on, as Python starts, and finds it on again after."""
    was = gc.isenabled()
    gc.enable()
    yield
    assert gc.isenabled(), "the collector was left off"
    if not was:
        gc.disable()


def _garbage_of(fn) -> list:
    """The objects that only the cyclic collector could free once fn() has run and its result is
    let go: they formed cycles (gc.DEBUG_SAVEALL keeps what a collection would free)."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        fn()
        gc.collect()
        return list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_a_written_workbook_leaves_no_cycles(tmp_path, collector_on):
    """xlsxwriter's sheets hold their workbook's add_format, so every cell of a scored copy
    (2,000 indicators: 78,000 objects) used to wait for the cyclic collector; closed, the link is
    cut and the whole book is freed when it is let go, by reference counting alone."""
    rows = [("产出指标", "数量指标", f"指标{i}", "≥90%", None, "95%") for i in range(200)]
    big = selfeval_xl.evaluate(make_workbook(tmp_path / "大.xlsx", rows))
    seed = selfeval_xl.evaluate(SEED)
    for result in (seed, big):
        garbage = _garbage_of(lambda: writing.write_result(result, tmp_path / "o.xlsx"))
        kinds = {type(o).__module__.split(".")[0] for o in garbage if hasattr(type(o), "__module__")}
        assert "xlsxwriter" not in kinds and not garbage, kinds


def test_a_summary_leaves_no_cycles(tmp_path, collector_on):
    folder = tmp_path / "自评"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    garbage = _garbage_of(lambda: selfeval_xl.batch(folder, jobs=1))
    assert not [o for o in garbage if type(o).__module__.startswith("xlsxwriter")]
