"""selfeval_xl.xlsxbook skips xlsxwriter's dynamic-array expressions only where they cannot change
a formula: proved against xlsxwriter's own Worksheet._prepare_formula (the oracle)."""
import inspect
import re
from pathlib import Path

import pytest
from xlsxwriter.worksheet import Worksheet

import selfeval_xl
from selfeval_xl import xlsxbook
from selfeval_xl.writing import write_result
from selfeval_xl.xlsxbook import _Worksheet, plain_calls_only

from realforms import all_tables, build

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.xlsx"))

# every function name xlsxwriter's expressions prefix, read from its own source
# (xlsxwriter writes SINGLE's as r"\SINGLE\(": a non-space character, then INGLE)
PREFIXED = sorted({"SINGLE" if n == "INGLE" else n for n in re.findall(
    r'r"\\[bS]([A-Z][A-Z0-9.]*)\\\(', inspect.getsource(Worksheet._prepare_formula))})


def _both(formula: str, future: bool = False) -> tuple[str, str]:
    ours, theirs = _Worksheet(), Worksheet()
    ours.use_future_functions = theirs.use_future_functions = False
    return (ours._prepare_formula(formula, future), theirs._prepare_formula(formula, future))


def test_the_oracle_list_was_read():
    assert len(PREFIXED) > 100 and {"FILTER", "XLOOKUP", "SINGLE", "IFS", "CONCAT"} <= set(PREFIXED)
    assert not set(PREFIXED) & xlsxbook.PLAIN_FUNCTIONS


@pytest.mark.parametrize("name", PREFIXED)
def test_a_formula_calling_a_prefixed_function_goes_through_xlsxwriter(name):
    for f in (f"={name}(A1:A3)", f"=IF(B2>0,{name}(A1,B2),0)", f"{{=SUM({name}(C1:C9))}}",
              f"=IF('{name}(x)'!A1=\"{name}(\",1,0)"):
        assert not plain_calls_only(f.lstrip("={"))
        for future in (False, True):
            ours, theirs = _both(f, future)
            assert ours == theirs


@pytest.mark.parametrize("formula", [
    "=IF(ISNUMBER(K2),IF(MAX(K2,0)>=H2,G2,IF(H2<=0,0,G2*MAX(K2,0)/H2)),0)",
    "{=SUM(A1:A3)}", "=A1*100", "=if(a1>0,1,0)", "=ROUND(SUM('指标评分'!J2:J9),2)", "=_xlfn.XLOOKUP(A1,B:B,C:C)",
    "=SUMPRODUCT((A1:A9=\"错误\")*1)", "=IF(A1=\"FILTER(\",1,0)", "=COUNTIFS(A:A,\">0\")"])
def test_plain_formulas_come_out_as_xlsxwriter_gives_them(formula):
    ours, theirs = _both(formula)
    assert ours == theirs


def _scored_bytes(result, out: Path, monkeypatch, plain: bool) -> bytes:
    """The scored workbook of `result` (process() is evaluate() then write_result(): the formulas are
    prepared in the writing alone), with xlsxwriter's own _prepare_formula when `plain`."""
    if plain:
        monkeypatch.setattr(xlsxbook._Worksheet, "_prepare_formula", Worksheet._prepare_formula)
    write_result(result, out)
    monkeypatch.undo()
    return out.read_bytes()


def test_scored_workbooks_are_byte_identical_with_xlsxwriters_own_formula_code(tmp_path, monkeypatch):
    """Every formula the tool writes (score formulas of each method, rates, the summary's sums and
    counts) on every sample and every real table of the corpus."""
    inputs = SAMPLES + [build(t, tmp_path) for t in all_tables()]
    assert len(inputs) >= 15
    for i, src in enumerate(inputs):
        result = selfeval_xl.evaluate(src)            # scored once, written both ways
        fast = _scored_bytes(result, tmp_path / f"fast{i}.xlsx", monkeypatch, plain=False)
        slow = _scored_bytes(result, tmp_path / f"slow{i}.xlsx", monkeypatch, plain=True)
        assert fast == slow, src.name
