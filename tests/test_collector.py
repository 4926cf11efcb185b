"""The garbage collector (selfeval_xl/collector.py): paused file by file where the tool owns the
process (the command line, the batch's workers), never touched by the library's functions, always
left as it was found; and a written workbook leaves no cycle behind for it to find."""
from __future__ import annotations

import collections
import gc
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import selfeval_xl
from selfeval_xl import batching, collector, writing
from selfeval_xl.cli import cli
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
        assert not garbage, collections.Counter(type(o).__qualname__ for o in garbage).most_common(5)


def _seed_folder(tmp_path, *names) -> Path:
    """A folder holding copies of the seed (one, under its own name, when no names are given)."""
    folder = tmp_path / "自评"
    folder.mkdir()
    for name in names or (SEED.name,):
        shutil.copy(SEED, folder / name)
    return folder


def test_a_summary_leaves_no_cycles(tmp_path, collector_on):
    folder = _seed_folder(tmp_path)
    garbage = _garbage_of(lambda: selfeval_xl.batch(folder, jobs=1))
    assert not [o for o in garbage if type(o).__module__.startswith("xlsxwriter")]


def test_paused_leaves_the_collector_as_it_found_it(collector_on):
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        with collector.paused():
            1 / 0
    assert gc.isenabled()
    gc.disable()                         # a program that runs with the collector off keeps it off
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _spy(monkeypatch, module, name, seen: list):
    real = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)


def test_the_library_never_touches_the_collector(tmp_path, monkeypatch, collector_on):
    """A program importing selfeval_xl keeps its collector on (its threads share it)."""
    seen: list[bool] = []
    _spy(monkeypatch, writing, "_write", seen)
    _spy(monkeypatch, batching, "write_summary", seen)
    selfeval_xl.process(SEED, tmp_path / "o.xlsx")
    selfeval_xl.batch(_seed_folder(tmp_path), jobs=1)            # the scored copy, then the summary
    assert seen == [True, True, True]


@pytest.mark.parametrize("command", ["process", "check", "report"])
def test_the_command_line_pauses_it_for_its_file(seed_copy, monkeypatch, collector_on, command):
    import selfeval_xl.reading as reading

    seen: list[bool] = []
    _spy(monkeypatch, reading, "read_workbook", seen)
    res = CliRunner().invoke(cli, [command, str(seed_copy)])     # process and report write beside it
    assert res.exit_code in (0, 1), res.output
    assert seen == [False]                       # paused while it read the file, on again after


def test_batch_pauses_it_file_by_file(tmp_path, monkeypatch, collector_on):
    """At the command line with -j 1 (the files scored in its own process) the collector is
    paused for each file and for the summary, and on between files; the pool's workers pause it
    for each file, with what they inherited from the parent frozen (never walked, its pages left
    shared); a program's own batch(jobs=1) leaves it alone."""
    folder = _seed_folder(tmp_path, "甲.xlsx", "乙.xlsx")
    real = batching._score_one

    def probe(path, rel, *args):
        row = real(path, rel, *args)
        row["name"] = f"on={gc.isenabled()} frozen={gc.get_freeze_count() > 0}"
        return row

    monkeypatch.setattr(batching, "_score_one", probe)
    names = lambda res: [r["name"] for r in res.rows]
    summary: list[bool] = []
    _spy(monkeypatch, batching, "write_summary", summary)
    cli_results: list = []
    real_batch = selfeval_xl.batch

    def batch_kept(*args, **kwargs):              # the command line's result, kept for its rows
        cli_results.append(real_batch(*args, **kwargs))
        return cli_results[-1]

    monkeypatch.setattr(selfeval_xl, "batch", batch_kept)
    res = CliRunner().invoke(cli, ["batch", str(folder), "-j", "1"])
    assert res.exit_code in (0, 1), res.output
    assert names(cli_results[0]) == ["on=False frozen=False"] * 2 and summary == [False]

    between: list[bool] = []
    res = real_batch(folder, jobs=1, pause_collector=True, progress=lambda *a: between.append(gc.isenabled()))
    assert names(res) == ["on=False frozen=False"] * 2 and between == [True] * 3
    assert names(real_batch(folder, jobs=2)) == ["on=False frozen=True"] * 2
    assert names(real_batch(folder, jobs=1)) == ["on=True frozen=False"] * 2
    assert summary == [False, False, True, True]


def test_the_console_script_skips_the_last_collection(tmp_path):
    """On its way out Python walks every live object with the collector once more; the console
    script freezes them first (nothing alive then needs collecting: the scored copy is written
    and renamed, as the reading of it here shows)."""
    import subprocess
    import sys

    from helpers import load_workbook

    out = tmp_path / "评分.xlsx"
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('frozen', gc.get_freeze_count()))\n"
            "from selfeval_xl.cli import main\n"
            f"sys.argv = ['selfeval-xl', 'process', {str(SEED)!r}, '-o', {str(out)!r}]\n"
            "main()\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    frozen = int(p.stdout.split("frozen")[-1])
    assert frozen > 10_000                       # the modules and everything else alive at the end
    assert load_workbook(out)["得分汇总"]["B3"].value == "金水区智慧城市管理中心"


@pytest.mark.parametrize("engine", ["lite", "fast", "openpyxl"])
def test_reading_leaves_no_cells_for_the_collector(tmp_path, collector_on, engine):
    """openpyxl's cells point back at their sheet, so a workbook it loaded is freed only by the
    cyclic collector, paused while the command line works on a file; the fast and openpyxl engines
    empty what holds the cells once the grids are built, so only a few hundred objects of openpyxl's
    workbook wait for it, however many cells the sheet holds."""
    from selfeval_xl.reading.grid import load_grids

    rows = [("产出指标", "数量指标", f"指标{i}", "≥90%", None, "95%") for i in range(400)]
    path = make_workbook(tmp_path / "大.xlsx", rows)
    cells = sum(len(g.cells) for g in load_grids(path, engine))
    garbage = _garbage_of(lambda: load_grids(path, engine))
    per_kind = collections.Counter(type(o).__name__ for o in garbage)
    assert cells > 2000 and len(garbage) < 1000, per_kind.most_common(5)
    assert per_kind["Cell"] == 0 and per_kind["StyleArray"] < 10      # a sheet's cells and their styles
    if engine == "lite":
        assert not garbage
