"""selfeval_xl.xlsxbook skips xlsxwriter's dynamic-array expressions only where they cannot change
a formula, and writes the cells' XML faster: proved against xlsxwriter's own
Worksheet._prepare_formula and _write_rows (the oracles)."""
import datetime
import inspect
import io
import re
import warnings
import zipfile
import zlib
from fractions import Fraction
from pathlib import Path

import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

import selfeval_xl
from selfeval_xl import xlsxbook
from selfeval_xl.writing import write_result
from selfeval_xl.xlsxbook import _Worksheet, plain_calls_only

from helpers import quick_few
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


@pytest.mark.parametrize("name", quick_few(PREFIXED, every=10, keep={"SINGLE", "FILTER", "XLOOKUP"}))
def test_a_formula_calling_a_prefixed_function_goes_through_xlsxwriter(name):
    for f in (f"={name}(A1:A3)", f"=IF(B2>0,{name}(A1,B2),0)", f"{{=SUM({name}(C1:C9))}}",
              f"=IF('{name}(x)'!A1=\"{name}(\",1,0)"):
        assert not plain_calls_only(f.lstrip("={"))
        for future in (False, True):
            ours, theirs = _both(f, future)
            assert ours == theirs


def test_plain_calls_are_upper_case_calls_of_the_old_functions():
    assert all(n.isupper() and n.isalpha() for n in xlsxbook.PLAIN_FUNCTIONS)
    assert plain_calls_only("IF(A1>0,SUM(B1:B3),0)") and plain_calls_only("A1*100")
    assert not plain_calls_only("if(A1>0,1,0)") and not plain_calls_only("If(A1>0,1,0)")
    assert not plain_calls_only("IF(A1>0,FILTER(B1:B3,B1:B3>0),0)")
    assert not plain_calls_only("SUM.X(A1)") and not plain_calls_only("_xlfn.SUM(A1)")


@pytest.mark.parametrize("formula", [
    "=IF(ISNUMBER(K2),IF(MAX(K2,0)>=H2,G2,IF(H2<=0,0,G2*MAX(K2,0)/H2)),0)",
    "{=SUM(A1:A3)}", "=A1*100", "=if(a1>0,1,0)", "=ROUND(SUM('指标评分'!J2:J9),2)", "=_xlfn.XLOOKUP(A1,B:B,C:C)",
    "=SUMPRODUCT((A1:A9=\"错误\")*1)", "=RANK(I2,$I$2:$I$201)", "=AVERAGEIF($D$2:$D$9,A3,$I$2:$I$9)",
    "=MINIFS($I$2:$I$9,$D$2:$D$9,A3)", "=RANK.EQ(I2,$I$2:$I$9)", "=IF(A1=\"FILTER(\",1,0)", "=COUNTIFS(A:A,\">0\")",
    "=B12*MIN(N('资金执行情况'!$B$14),1)", "=AND(ISNUMBER($H2),$H2<$G2-0.005)", "=N(A1)+COT(A2)", "=AN(A1)"])
@pytest.mark.parametrize("future", [False, True])
def test_plain_formulas_come_out_as_xlsxwriter_gives_them(formula, future):
    """future: as conditional formats and data validations prepare their formulas, with the
    expressions of Excel 2010's functions too."""
    ours, theirs = _both(formula, future)
    assert ours == theirs


@pytest.mark.parametrize("value", ["", "plain", 'a "quoted" & <tagged>\nvalue', "&amp;", "中文“引号”", 0, 7, -1,
                                   2.5, 1e300, None, True, b"bytes"])
def test_attributes_are_escaped_as_xlsxwriter_escapes_them(value):
    assert _Worksheet()._escape_attributes(value) == Worksheet()._escape_attributes(value)


ORACLES = ("_prepare_formula", "_escape_attributes", "_write_rows", "_calculate_spans", "_write_single_row",
           "write_string", "write_number", "write_blank", "write_formula", "write_url",
           "_write_hyperlink_internal")


def _plain(monkeypatch):
    """xlsxbook's worksheets with xlsxwriter's own code in place of each of ours."""
    for name in ORACLES:
        monkeypatch.setattr(xlsxbook._Worksheet, name, getattr(Worksheet, name))
    monkeypatch.setattr(xlsxbook.Workbook, "_get_packager", xlsxwriter.Workbook._get_packager)
    monkeypatch.setattr(xlsxbook.Workbook, "_store_workbook", xlsxwriter.Workbook._store_workbook)


def _package(data: bytes) -> list[tuple]:
    """What a reader gets of a zip: each part's name, date, method, attributes, checksum, size and
    bytes, in order; not how hard it was deflated (compress_size and the offsets that follow)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return [(i.filename, i.date_time, i.compress_type, i.create_system, i.create_version,
                 i.extract_version, i.flag_bits, i.internal_attr, i.external_attr, i.extra, i.comment,
                 i.CRC, i.file_size, z.read(i)) for i in z.infolist()] + [z.comment]


def _scored_bytes(result, out: Path, monkeypatch, plain: bool) -> bytes:
    """The scored workbook of `result` (process() is evaluate() then write_result(): formulas and
    cells are prepared in the writing alone), with xlsxwriter's own code when `plain`."""
    if plain:
        _plain(monkeypatch)
    write_result(result, out)
    monkeypatch.undo()
    return out.read_bytes()


def _deflated_at(data: bytes) -> set:
    """The zlib levels (of 1 and 6) whose output has each part's compressed size."""
    levels = set()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for i in z.infolist():
            raw = z.read(i)
            sizes = {}
            for level in (1, 6):
                c = zlib.compressobj(level, zlib.DEFLATED, -15)
                sizes[level] = len(c.compress(raw) + c.flush())
            levels.add(tuple(lv for lv, n in sizes.items() if n == i.compress_size))
    return levels


@pytest.mark.parametrize("corpus", ["samples", pytest.param("real tables", marks=pytest.mark.slow)])
def test_scored_workbooks_are_byte_identical_with_xlsxwriters_own_code(tmp_path, monkeypatch, corpus):
    """Every formula and cell the tool writes (score formulas of each method, rates, the summary's
    sums and counts, the 原表- copies) on every sample (the quick run) and every real table of the
    corpus."""
    inputs = SAMPLES if corpus == "samples" else [build(t, tmp_path) for t in all_tables()]
    assert len(inputs) >= 6
    for i, src in enumerate(inputs):
        result = selfeval_xl.evaluate(src)            # scored once, written both ways
        fast = _scored_bytes(result, tmp_path / f"fast{i}.xlsx", monkeypatch, plain=False)
        slow = _scored_bytes(result, tmp_path / f"slow{i}.xlsx", monkeypatch, plain=True)
        assert _package(fast) == _package(slow), src.name


def test_a_scored_workbook_is_deflated_at_level_one_and_otherwise_stored_as_xlsxwriter_stores_it(tmp_path, monkeypatch):
    """xlsxwriter deflates at zipfile's default, 6; the scored workbook's parts (built in memory)
    are deflated at ZIP_LEVEL 1, each part's compressed size being zlib level 1's for its bytes,
    and the zip is otherwise the same (_package: names, order, dates, attributes, bytes), opens,
    and is at most a quarter larger than xlsxwriter's."""
    assert xlsxbook.ZIP_LEVEL == 1
    result = selfeval_xl.evaluate(SAMPLES[0])
    ours = _scored_bytes(result, tmp_path / "ours.xlsx", monkeypatch, plain=False)
    theirs = _scored_bytes(result, tmp_path / "theirs.xlsx", monkeypatch, plain=True)
    # some small parts come out the same at both levels: (1, 6); none is level 6's alone
    assert _deflated_at(ours) <= {(1,), (1, 6)} and (1,) in _deflated_at(ours)
    assert _deflated_at(theirs) <= {(6,), (1, 6)} and (6,) in _deflated_at(theirs)
    assert _package(ours) == _package(theirs)
    assert len(theirs) < len(ours) < 1.25 * len(theirs)
    assert not list(tmp_path.glob("*.tmp*")) and sorted(p.name for p in tmp_path.iterdir()) == ["ours.xlsx", "theirs.xlsx"]


def test_a_workbook_written_to_a_file_object_or_not_in_memory_is_stored_by_xlsxwriter(tmp_path):
    """A buffer for a file takes the level-1 parts too; a workbook with temporary files
    (not in_memory: the templates, a large batch summary) is xlsxwriter's own, level 6."""
    buf = io.BytesIO()
    wb = xlsxbook.Workbook(buf, {"in_memory": True})
    wb.add_worksheet("表").write_string(0, 0, "文字" * 500)
    wb.close()
    levels = _deflated_at(buf.getvalue())
    assert wb.filename is buf and levels <= {(1,), (1, 6)} and (1,) in levels
    wb = xlsxbook.Workbook(str(tmp_path / "t.xlsx"))
    wb.add_worksheet("表").write_string(0, 0, "文字" * 500)
    wb.close()
    levels = _deflated_at((tmp_path / "t.xlsx").read_bytes())
    assert (6,) in levels and (1,) not in levels


def _every_kind_of_cell(path: Path, options: dict) -> None:
    wb = xlsxbook.Workbook(str(path), {**options, "use_future_functions": False})
    wb.set_properties({"created": datetime.datetime(2024, 1, 1)})
    bold, pct, red = wb.add_format({"bold": True}), wb.add_format({"num_format": "0%"}), wb.add_format({"font_color": "red"})
    ws = wb.add_worksheet("全部")
    ws.set_column(3, 3, 12, pct)                   # a column format, used by cells without their own
    ws.set_row(5, 30, bold)                        # a row format and height
    ws.set_row(40, 20)                             # a row with a height and no cells
    ws.write_number(0, 0, 1.5)
    ws.write_number(0, 7, 12345678901234567890, bold)      # spans wider than the first cell
    ws.write_string(1, 1, "预算执行率 <98%> & “三公经费” _x0041_ \x01", red)
    ws.write_string(5, 3, "row-formatted")
    ws.write_string(6, 0, " 前后有空格 ")          # kept with xml:space="preserve"
    # shared strings each escape of xlsxwriter's _write_si takes (and plain ones around them)
    for c, text in enumerate(["普通", "行\n换", "\t制表", "尾随\u3000", "引号\"", "_x005F_", "\ufffe非字符",
                              "<r>像富文本</r>", "甲&乙", "大于>", "小于<", "全角“引号”", "中间 空格", "\x1f控制",
                              "控\x00制", "控\x0e制", "控\x1f制", "控\r制", "非\uffff字符"]):
        ws.write_string(36, c, text)
    ws.write_number(6, 3, 0.9)                     # takes the column's format
    ws.write_blank(2, 2, None, bold)
    ws.write_formula(3, 0, "=A1*2", None, 3)
    ws.write_formula(3, 1, '=IF(A1>0,"是","否")', bold, "是")
    ws.write_formula(3, 2, "=A1>0", None, True)
    ws.write_formula(3, 3, "=1/0", None, "#DIV/0!")
    ws.write_formula(3, 4, "=A1&\"<&>\"", None, "")
    ws.write_formula(3, 5, "=A1", None, 0)
    ws.write_boolean(4, 0, False)
    ws.write_datetime(4, 1, datetime.datetime(2023, 12, 31), wb.add_format({"num_format": "yyyy-mm-dd"}))
    ws.write_rich_string(4, 2, "甲", bold, "乙", "丙")
    ws.write_array_formula(4, 4, 4, 5, "{=SUM(A1:B1*2)}", None, 7)
    ws.write_url(7, 0, "internal:'全部'!A1", string="跳转")
    # links to cells as the writer makes them (a format, a string, a tip or none), with escapes
    ws.write_url(7, 1, "internal:'全部'!B2", bold, string="全部!B2", tip="转到 全部 的 B2")
    ws.write_url(7, 2, "internal:全部!C3", bold, string="C3")
    ws.write_url(7, 3, "internal:'甲&乙 <\"丙\">'!D4", red, string='甲&乙 <"丙">!D4', tip='转到 "甲&乙" <丙>')
    ws.write_url(7, 4, "internal:全部!E5", bold, string="later a number")
    ws.write_number(7, 4, 5)                       # the link stays, over a number (an object link)
    ws.write_url(7, 5, "internal:全部!F6", bold, string="")
    ws.write_url(7, 6, "internal:全部!G7", bold, string="换行\n与空格 ", tip="")
    ws.merge_range(8, 0, 9, 3, "合并", bold)
    ws.write_comment(12, 2, "批注")               # a row with a comment only
    ws.write_comment(50, 9, "独占一段的批注")     # the only thing in rows 49–64: its span comes from it
    ws.write_string(17, 30, "far right, in the second block of 16 rows")
    ws.write_number(33, 1, -0.000001)
    ws.write_string(34, 701, "ZZ, the last column of the writer's table of names")
    ws.write_number(34, 702, 702, bold)            # AAA and beyond: named by xlsxwriter
    ws.write_blank(35, 16383, None, bold)          # XFD
    ws.conditional_format(0, 0, 3, 3, {"type": "formula", "criteria": "=AND(ISNUMBER($A1),$A1<N($B1)-0.005)",
                                       "format": red})
    ws.conditional_format(0, 4, 3, 4, {"type": "formula", "criteria": "=COT($A1)>1", "format": red})
    # calls the fast cell methods hand to xlsxwriter's own, each with what it returns
    back = [
        ws.write_string("K3", "A1 记法"), ws.write_number("K4", 2), ws.write_blank("K5", None, bold),
        ws.write_formula("K6", "=K4*2", None, 4),
        ws.write_string(20, 0, "长" * 20000),                       # long, not truncated
        ws.write_string(21, 0, "长" * 40000),                       # truncated to 32,767
        ws.write_number(22, 0, Fraction(1, 3)), ws.write_number(22, 1, True), ws.write_number(22, 2, 7),
        ws.write_blank(23, 0, None),                                 # no format: nothing stored
        ws.write_formula(24, 0, "A1+1", None, 2),                    # no leading =
        ws.write_formula(24, 1, "=FILTER(A1:A3,A1:A3>0)", None, 1),  # a dynamic array
        ws.write_formula(24, 2, "{=SUM(A1:A2)}", None, 3),            # an array formula
        ws.write_formula(24, 3, "=_xlfn.XLOOKUP(A1,B1:B3,C1:C3)", None, 0),
        ws.write_formula(24, 4, "=SUM(A1:A2)", None, 3), ws.write_formula(24, 5, "=sum(A1:A2)", None, 3),
        ws.write_formula(24, 6, "=A1+2", bold), ws.write_formula(24, 7, "=A1+3"),   # the value defaults to 0
        ws.write_number(-1, 0, 1), ws.write_string(1048576, 0, "行外"), ws.write_number(0, 16384, 1),
        ws.write_blank(2, 16384, None, bold), ws.write_formula(-1, 0, "=A1", None, 0),
        # links the fast write_url hands to xlsxwriter: A1 notation, an anchor, a long URL (still
        # under Excel's limit) or string, another kind of link, no format, outside the sheet
        ws.write_url("J8", "internal:全部!A1", bold, "A1 记法"),
        ws.write_url(8, 10, "internal:全部!A1#锚", bold, string="锚"),
        ws.write_url(8, 11, "internal:" + "名" * 1100, bold, string="长链接"),
        ws.write_url(8, 12, "internal:全部!A1", bold, string="长" * 20000),
        ws.write_url(8, 13, "https://example.com/a b", bold, string="外部"),
        ws.write_url(8, 14, "internal:全部!A1", None, string="默认格式"),
        ws.write_url(8, 15, "internal:全部!A1", bold, "位置参数", "提示"),
        ws.write_url(-1, 0, "internal:全部!A1", bold, string="行外"),
    ]
    if options.get("nan_inf_to_errors"):
        back += [ws.write_number(25, 0, float("nan")), ws.write_number(25, 1, float("inf")),
                 ws.write_number(25, 2, float("-inf"))]
    ws.write_string(27, 0, repr(back))
    # links in row order (so that constant_memory mode takes them too), up to a sheet's 65,530
    links = wb.add_worksheet("链接")
    links.hlink_count = 65527
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")            # xlsxwriter warns of the links it refuses
        back = [links.write_url(r, r % 3, f"internal:全部!A{r + 1}", bold, string=f"全部!A{r + 1}",
                                tip=f"转到 A{r + 1}" if r % 2 else None) for r in range(5)]
    links.write_string(6, 0, repr(back))
    wb.add_worksheet("空白")                       # no cells at all
    wb.close()


@pytest.mark.parametrize("options", [{}, {"constant_memory": True}, {"in_memory": True},
                                     {"nan_inf_to_errors": True}])
def test_every_kind_of_cell_is_written_as_xlsxwriter_writes_it(tmp_path, monkeypatch, options):
    _every_kind_of_cell(tmp_path / "ours.xlsx", options)
    _plain(monkeypatch)
    _every_kind_of_cell(tmp_path / "theirs.xlsx", options)
    assert _package((tmp_path / "ours.xlsx").read_bytes()) == _package((tmp_path / "theirs.xlsx").read_bytes())


@pytest.mark.parametrize("streamed", [False, "at the end", "during the scoring"])
def test_the_batch_summary_is_byte_identical_with_xlsxwriters_own_code(tmp_path, monkeypatch, streamed):
    """汇总.xlsx, as written in memory and, past CONSTANT_MEMORY_FINDINGS, row by row; for a large
    folder (STREAM_FILES), 全部复核意见 row by row while the files are scored."""
    import shutil

    from selfeval_xl import batching

    folder = tmp_path / "in"
    folder.mkdir()
    for src in SAMPLES[:3]:
        shutil.copy(src, folder / src.name)
    if streamed:
        monkeypatch.setattr(batching, "CONSTANT_MEMORY_FINDINGS", 0)
    if streamed == "during the scoring":
        monkeypatch.setattr(batching, "STREAM_FILES", 0)
    out = {}
    for plain in (False, True):
        if plain:
            _plain(monkeypatch)
        res = selfeval_xl.batch(folder, output=tmp_path / "汇总.xlsx", out_dir=tmp_path / "评分", jobs=1)
        out[plain] = _package(res.summary.read_bytes())
    assert out[False] == out[True]


def test_the_tools_own_calls_take_the_fast_methods(tmp_path, monkeypatch):
    """The byte comparisons above prove nothing if every call went to xlsxwriter: with xlsxwriter's
    storing methods made to fail, the calls the writer makes (row, column, value, format by
    position) still store their cells, and A1 notation still reaches xlsxwriter."""
    def refuse(*args, **kwargs):
        raise AssertionError("xlsxwriter's own cell method was called")

    wb = xlsxbook.Workbook(str(tmp_path / "o.xlsx"), {"in_memory": True})
    ws, fmt = wb.add_worksheet("表"), wb.add_format({"bold": True})
    for name in ("_write_string", "_write_number", "_write_blank", "_write_formula", "_write_url"):
        monkeypatch.setattr(Worksheet, name, refuse)
    assert ws.write_string(0, 0, "文字", fmt) == 0 and ws.write_number(0, 1, 1.5, fmt) == 0
    assert ws.write_blank(0, 2, None, fmt) == 0 and ws.write_formula(0, 3, "=B1*2", fmt, 3) == 0
    assert ws.write_number(1, 1, 7) == 0 and ws.write_formula(1, 3, "=IF(B2>0,1,0)") == 0
    assert ws.write_url(1, 2, "internal:表!A1", fmt, string="表!A1", tip="转到 表 的 A1") == 0
    assert set(ws.table[0]) == {0, 1, 2, 3} and (ws.dim_rowmax, ws.dim_colmax) == (1, 3)
    assert ws.table[1][2].format is fmt and ws.hyperlinks[1][2].tip == "转到 表 的 A1"
    with pytest.raises(AssertionError):
        ws.write_string("A3", "A1 记法 goes to xlsxwriter")
    monkeypatch.undo()
    wb.close()


def test_streamed_sheets_take_the_fast_methods_row_by_row(tmp_path, monkeypatch):
    """In constant_memory mode (the batch summary past CONSTANT_MEMORY_FINDINGS) the fast methods
    store the cells too, each row written out when a later one begins; a row already written goes
    to xlsxwriter, which refuses it."""
    from helpers import load_workbook

    def refuse(*args, **kwargs):
        raise AssertionError("xlsxwriter's own cell method was called")

    path = tmp_path / "o.xlsx"
    wb = xlsxbook.Workbook(str(path), {"constant_memory": True})
    ws, fmt = wb.add_worksheet("表"), wb.add_format({"bold": True})
    for name in ("_write_string", "_write_number", "_write_blank", "_write_formula"):
        monkeypatch.setattr(Worksheet, name, refuse)
    assert ws.write_string(0, 0, "文字 <&>", fmt) == 0 and ws.write_number(0, 1, 1.5, fmt) == 0
    assert ws.write_blank(0, 2, None, fmt) == 0 and ws.write_formula(0, 3, "=B1*2", fmt, 3) == 0
    assert set(ws.table[0]) == {0, 1, 2, 3}
    assert ws.write_string(1, 0, "第二行") == 0
    assert set(ws.table) == {1} and ws.previous_row == 1 and (ws.dim_rowmax, ws.dim_colmax) == (1, 3)
    with pytest.raises(AssertionError):
        ws.write_string(0, 4, "a row already written")
    monkeypatch.undo()
    assert ws.write_string(0, 4, "a row already written") == -1          # xlsxwriter's answer
    wb.close()
    got = load_workbook(path)["表"]
    assert [[c.value for c in row] for row in got.iter_rows()] == [["文字 <&>", 1.5, None, "=B1*2"],
                                                                   ["第二行", None, None, None]]
    assert got["A1"].font.b and got["C1"].font.b and not got["A2"].font.b


def test_every_formula_the_tool_writes_skips_xlsxwriters_expressions(tmp_path, monkeypatch):
    """Cell formulas, conditional formats and data validations of every sample's scored workbook and
    of a batch summary reach xlsxwriter's thirty-odd (for conditional formats, two hundred-odd)
    expressions only when they call a function of Excel 2010 or later (the summary's MINIFS and
    MAXIFS, which take a prefix)."""
    seen = []

    def spy(self, formula, expand_future_functions=False):
        seen.append(formula)
        return original(self, formula, expand_future_functions)

    original = Worksheet._prepare_formula
    monkeypatch.setattr(Worksheet, "_prepare_formula", spy)
    for path in SAMPLES:
        write_result(selfeval_xl.evaluate(path), tmp_path / f"{path.stem}-评分.xlsx")
    folder = tmp_path / "收件"
    folder.mkdir()
    for path in SAMPLES[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    selfeval_xl.batch(folder, jobs=1)
    assert seen and all(not plain_calls_only(f.lstrip("=")) for f in seen), seen
    assert {n for f in seen for n in re.findall(r"([A-Z]+)\(", f)} - xlsxbook.PLAIN_FUNCTIONS == {"MINIFS", "MAXIFS"}


def _tall_rows_then_chart(path: Path, keep_row_sizes: bool) -> _Worksheet:
    wb = xlsxbook.Workbook(str(path), {"constant_memory": True})
    wb.set_properties({"created": datetime.datetime(2024, 1, 1)})
    ws = wb.add_worksheet("表")
    ws.keep_row_sizes = keep_row_sizes
    for r in range(1000):
        ws.set_row(r, 13.5 * (1 + r % 3))
        ws.write_string(r, 0, f"第 {r} 行")
        ws.write_number(r, 1, r)
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"values": "=表!$B$1:$B$5"})
    ws.insert_chart(2, 3, chart)             # placed by the heights of rows 2-9, written long ago
    wb.close()
    return ws


def test_rows_written_in_constant_memory_mode_are_forgotten(tmp_path, monkeypatch):
    """A streamed sheet's memory does not grow with its rows: after 1,000 tall rows xlsxwriter's
    per-row state (row_info; row_sizes where the sheet holds no drawing) is gone, and the sheet
    is still what xlsxwriter writes.  Where heights are kept (the default), a chart placed over
    rows written long before lands where xlsxwriter puts it."""
    ws = _tall_rows_then_chart(tmp_path / "forget.xlsx", keep_row_sizes=False)
    assert len(ws.row_info) <= 1 and len(ws.row_sizes) <= 1 and not ws._row_pt
    ws = _tall_rows_then_chart(tmp_path / "ours.xlsx", keep_row_sizes=True)
    assert len(ws.row_info) <= 1 and len(ws.row_sizes) == 1000
    _plain(monkeypatch)
    _tall_rows_then_chart(tmp_path / "theirs.xlsx", keep_row_sizes=True)
    assert _package((tmp_path / "ours.xlsx").read_bytes()) == _package((tmp_path / "theirs.xlsx").read_bytes())
    with zipfile.ZipFile(tmp_path / "ours.xlsx") as z:
        drawing = z.read("xl/drawings/drawing1.xml").decode()
    # the chart is 480 x 288 px from D3.  Row r is 13.5 x (1 + r % 3) points = 18, 36 or 54 px:
    # rows 2..9 are 54+18+36+54+18+36+54+18 = 288 px, so it ends at the top of row 10 (offset 0);
    # 480 px over columns of 64 px is 7.5 columns: column 10, 32 px = 304800 EMU in.  With the
    # heights forgotten (20 px rows) it would end in row 16.
    assert re.findall(r"<xdr:(?:from|to)>.*?</xdr:(?:from|to)>", drawing) == [
        "<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>",
        "<xdr:to><xdr:col>10</xdr:col><xdr:colOff>304800</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"]


def test_the_page_estimate_refuses_a_constant_memory_sheet():
    wb = xlsxbook.Workbook(io.BytesIO(), {"constant_memory": True})
    ws = wb.add_worksheet("表")
    with pytest.raises(ValueError):
        ws.print_extent(0, 3, 10)
    wb.close()


LINKS = [("internal:'原表-整体绩效目标申报表'!B7", "整体绩效目标申报表!B7", "转到 原表-整体绩效目标申报表 的 B7"),
         ("internal:Sheet1!A1", "Sheet1!A1", ""),
         ("internal:'甲&乙 <\"丙\">'!D4", '甲&乙 <"丙">!D4', '转到 "甲&乙" <丙>'),
         ("internal:'it''s'!Z99", "", "提" * xlsxbook._MAX_TIP),
         ("internal:'原表-表 (2)'!A1:B2", "换行\n与空格 ", "tab\t%20"),
         ("internal:全部!XFD1048576", "最后一格", "")]


@pytest.mark.parametrize("url,text,tip", LINKS)
def test_an_internal_link_is_the_url_xlsxwriters_parser_makes(url, text, tip):
    """The link the fast write_url builds without Url's parser has every field the parser gives it."""
    assert vars(xlsxbook._internal_url(url, text, tip)) == vars(xlsxbook._parsed_url(url, text, tip))


def test_the_link_shortcut_is_dropped_where_xlsxwriters_url_differs(monkeypatch):
    """Checked on import: a Url with a field of its own (another version of xlsxwriter) turns the
    shortcut off, and xlsxwriter's Url is made for every link."""
    from xlsxwriter.url import Url

    assert xlsxbook._links_agree() and xlsxbook._FAST_LINKS
    real = Url._parse_url

    def parse(self):
        real(self)
        self._new_field = 1

    monkeypatch.setattr(Url, "_parse_url", parse)
    assert not xlsxbook._links_agree()


def test_links_without_the_shortcut_are_the_same_bytes(tmp_path, monkeypatch):
    _every_kind_of_cell(tmp_path / "fast.xlsx", {"in_memory": True})
    monkeypatch.setattr(xlsxbook, "_FAST_LINKS", False)
    _every_kind_of_cell(tmp_path / "parsed.xlsx", {"in_memory": True})
    assert _package((tmp_path / "fast.xlsx").read_bytes()) == _package((tmp_path / "parsed.xlsx").read_bytes())
