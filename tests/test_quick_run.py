"""What makes the quick run quick (README, 开发): every core (-n auto in setup.cfg, but a run of
named tests in one process), and helpers.remembered, what the tests compute once (the workbooks
they build, what openpyxl reads from a file's bytes) and keep in pytest's cache folder between runs.
Wrong there, a quick run would compare the tool against a stale oracle; these tests hold it to its
key."""
from __future__ import annotations

import pickle

import pytest

import helpers


@pytest.fixture
def disk(tmp_path, monkeypatch):
    """An empty cache folder, and a process memory that forgets it was ever used."""
    folder = tmp_path / "remembered"
    folder.mkdir()
    monkeypatch.setattr(helpers, "DISK", folder)
    monkeypatch.setattr(helpers, "_MEMORY", {})
    monkeypatch.setattr(helpers, "_SOURCES", {})
    return folder


def new_run(monkeypatch):
    """What a later run of pytest starts with: the cache folder, nothing in memory."""
    monkeypatch.setattr(helpers, "_MEMORY", {})
    monkeypatch.setattr(helpers, "_SOURCES", {})


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, value="computed"):
        def compute():
            self.calls += 1
            return (value, self.calls)
        return compute


def test_computed_once_then_given_back_from_memory_and_from_disk(disk, tmp_path, monkeypatch):
    code = tmp_path / "builder.py"
    code.write_text("def build(): ...\n", encoding="utf-8")
    count = Counter()
    assert helpers.remembered([code], ("k", 1), count()) == ("computed", 1)
    assert helpers.remembered([code], ("k", 1), count()) == ("computed", 1)       # memory
    new_run(monkeypatch)
    assert helpers.remembered([code], ("k", 1), count()) == ("computed", 1)       # disk
    assert count.calls == 1 and len(list(disk.iterdir())) == 1


def test_another_key_or_changed_code_is_computed_afresh(disk, tmp_path, monkeypatch):
    code = tmp_path / "builder.py"
    code.write_text("def build(): return 1\n", encoding="utf-8")
    count = Counter()
    helpers.remembered([code], ("k", 1), count())
    assert helpers.remembered([code], ("k", 2), count()) == ("computed", 2)       # another key
    assert helpers.remembered([code], ("k", 1.0), count()) == ("computed", 3)     # 1.0 is not 1 (keys differ by repr)
    new_run(monkeypatch)
    code.write_text("def build(): return 2\n", encoding="utf-8")                 # the builder changed
    assert helpers.remembered([code], ("k", 1), count()) == ("computed", 4)
    other = tmp_path / "other.py"
    other.write_text("", encoding="utf-8")
    assert helpers.remembered([code, other], ("k", 1), count()) == ("computed", 5)  # more code, another result
    assert count.calls == 5


def test_a_damaged_or_half_written_file_is_computed_again(disk, tmp_path, monkeypatch):
    code = tmp_path / "builder.py"
    code.write_text("", encoding="utf-8")
    count = Counter()
    helpers.remembered([code], "k", count())
    (kept,) = disk.iterdir()
    for damaged in (b"", pickle.dumps(("computed", 1))[:-3], b"not a pickle"):
        kept.write_bytes(damaged)
        new_run(monkeypatch)
        assert helpers.remembered([code], "k", count())[0] == "computed"
    assert count.calls == 4
    assert pickle.loads(kept.read_bytes()) == ("computed", 4)                        # and kept whole again


def test_an_exception_is_raised_every_time_never_remembered(disk, tmp_path):
    code = tmp_path / "builder.py"
    code.write_text("", encoding="utf-8")
    calls = []

    def refuse():
        calls.append(1)
        raise ValueError("refused")
    for _ in range(2):
        with pytest.raises(ValueError, match="refused"):
            helpers.remembered([code], "k", refuse)
    assert len(calls) == 2 and not list(disk.iterdir())


def test_without_a_cache_folder_it_is_remembered_in_memory_only(tmp_path, monkeypatch):
    monkeypatch.setattr(helpers, "DISK", None)
    monkeypatch.setattr(helpers, "_MEMORY", {})
    code = tmp_path / "builder.py"
    code.write_text("", encoding="utf-8")
    count = Counter()
    helpers.remembered([code], "k", count())
    helpers.remembered([code], "k", count())
    assert count.calls == 1 and list(tmp_path.iterdir()) == [code]


def test_built_workbooks_are_written_afresh_for_other_arguments(disk, tmp_path, monkeypatch):
    """make_workbook through build_once: the same arguments give the same bytes (from the cache folder
    on a later run), other arguments another workbook."""
    from selfeval_xl.reading import read_workbook

    rows = [("产出指标", "数量指标", "完成数", "≥90%", "%", "95%", 10, 9.5, None)]
    first = helpers.make_workbook(tmp_path / "a.xlsx", rows).read_bytes()
    new_run(monkeypatch)
    assert helpers.make_workbook(tmp_path / "b.xlsx", rows).read_bytes() == first
    other = helpers.make_workbook(tmp_path / "c.xlsx", rows, name="另一个单位")
    assert other.read_bytes() != first
    assert read_workbook(other).unit_name == "另一个单位"


def test_the_remembered_openpyxl_oracle_reads_as_openpyxl_reads_now(disk, monkeypatch):
    """From the cache folder, the oracle's grids are those openpyxl gives for the same bytes, and
    each call gets grids of its own (a test that changed one could not change the next's)."""
    from test_xlsx_reader import SEED, openpyxl_oracle, snapshot

    from selfeval_xl.reading.grid import _load_openpyxl
    from selfeval_xl.reading.guard import _guard

    data, formulas = _guard(SEED)
    openpyxl_oracle(SEED.name, data, formulas)
    new_run(monkeypatch)
    kept = openpyxl_oracle(SEED.name, data, formulas)
    assert snapshot(kept) == snapshot(_load_openpyxl(SEED.name, data, formulas))
    assert openpyxl_oracle(SEED.name, data, formulas)[0] is not kept[0]
    assert len(list(disk.iterdir())) == 1


def test_a_run_of_named_tests_stays_in_one_process_any_other_takes_every_core():
    from types import SimpleNamespace

    import conftest

    def workers(*args):
        return conftest.pytest_xdist_auto_num_workers(SimpleNamespace(args=list(args)))
    assert workers("tests/test_rules.py::test_indicator_score") == 0
    assert workers("tests/test_rules.py::test_indicator_score", "tests/test_cli.py::test_python_dash_m_works") == 0
    assert workers("tests/test_rules.py") is None                       # pytest-xdist's own count
    assert workers("tests/test_rules.py::test_indicator_score", "tests/test_cli.py") is None
    assert workers() is None


def test_setup_cfg_runs_every_core():
    import configparser

    from conftest import ROOT

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    assert "-n auto" in cfg["tool:pytest"]["addopts"]
    assert any(r.startswith("pytest-xdist") for r in cfg["options.extras_require"]["test"].split())
