"""Small workbooks built in code, laid out like the template, for tests."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

HEADINGS = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "自评得分",
            "偏差原因分析及改进措施"]
DEFAULT_BUDGET = {"年初预算数": 100, "全年预算数": 100, "全年执行数": 100}


def make_workbook(path: Path, rows, *, budget=None, headings=None, name="测试单位", year=2021,
                  total_budget=None, extra=None) -> Path:
    """rows: tuples in the order of `headings` (default HEADINGS); None leaves a cell blank.

    Without `extra` (a function that may do anything to the sheet) the workbook's bytes are built
    once per test process for the same arguments, and each call writes its own copy to `path`."""
    if extra is None:
        try:
            key = _key((rows, budget, headings, name, year, total_budget))
        except TypeError:          # something unhashable in the arguments: build it afresh
            key = None
        if key is not None:
            data = _BUILT.get(key)
            if data is None:
                data = _workbook_bytes(rows, budget=budget, headings=headings, name=name, year=year,
                                       total_budget=total_budget)
                if len(_BUILT) < 2000:
                    _BUILT[key] = data
            Path(path).write_bytes(data)
            return path
    _build_workbook(path, rows, budget=budget, headings=headings, name=name, year=year,
                    total_budget=total_budget, extra=extra)
    return path


# A test over generated cases takes a `share` of them: the quick run (-m "not slow") the first tenth,
# with the same seeds, and CI all of them
QUICK_OR_ALL = pytest.mark.parametrize("share", [10, pytest.param(1, marks=pytest.mark.slow)])


_PARAM = type(pytest.param(None))


def quick_few(values, every: int | None = 3, keep=()) -> list:
    """The cases of an exhaustive list (each a variant of what another case already shows), for
    pytest.mark.parametrize: every `every`-th case (none by position when None) and those named in
    `keep` (a case, or a pytest.param's id) run in the quick run; the others are marked slow, and CI
    runs them all.  Which cases stay depends only on the list."""
    def name(v):
        return v.id if isinstance(v, _PARAM) else v

    def slow(v):
        if isinstance(v, _PARAM):          # a pytest.param already: its id and marks kept
            return pytest.param(*v.values, id=v.id, marks=[*v.marks, pytest.mark.slow])
        return pytest.param(v, marks=pytest.mark.slow)
    keep = set(keep)
    assert keep <= {name(v) for v in values}, f"not in the list: {keep - {name(v) for v in values}}"
    return [v if (every and i % every == 0) or name(v) in keep else slow(v) for i, v in enumerate(values)]


def load_workbook(path, **kw):
    """openpyxl's load_workbook, without its copying of each merged range's border onto the range's
    edge cells (MergedCellRange.format: about half of loading a 申报表 full of merged cells).  For
    tests that look at values, formulas, number formats, fills, merges, widths, links and print
    settings, never at borders; a workbook saved again from it has no border on those edge cells
    (the fuzz does not mind; a test of what an officer's file keeps uses openpyxl's own load).  The
    skipping is the reader's own, per thread (test_open_workbook_without_borders_differs_only_in_borders
    proves it changes nothing else)."""
    from selfeval_xl.reading.grid import _without_merged_borders

    with _without_merged_borders():
        return openpyxl.load_workbook(path, **kw)


# make_workbook's workbooks, built once per test process: bytes, so that no test can change the
# input of another (each writes its own copy); keyed by _key of the arguments
_BUILT: dict[tuple, bytes] = {}


def _key(value):
    """A hashable key that tells apart what a workbook stores differently: 1, 1.0 and True are equal
    (and hash alike) in Python but are three different cells, so every value is keyed by its type
    and repr (which also tells -0.0 from 0.0)."""
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_key(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple((_key(k), _key(v)) for k, v in value.items()))
    hash(value)
    return (type(value).__qualname__, repr(value))


def _workbook_bytes(rows, **kw) -> bytes:
    import io

    out = io.BytesIO()
    _build_workbook(out, rows, extra=None, **kw)
    return out.getvalue()


def _build_workbook(path, rows, *, budget, headings, name, year, total_budget, extra) -> None:
    headings = headings or HEADINGS
    wb = Workbook()
    ws = wb.active
    ws.title = "整体绩效目标申报表"
    ws["A1"] = "部门（单位）整体绩效目标申报表"
    ws["A2"], ws["B2"] = "年度", year
    ws["A3"], ws["B3"] = "部门（单位）名称", name
    r0 = 5
    if total_budget is not None:
        ws["A4"], ws["B4"] = "部门预算总额（万元）", total_budget
    for c, h in enumerate(headings, start=1):
        ws.cell(r0, c, h)
    for i, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                cell = ws.cell(r0 + i, c, v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"
    if extra:
        extra(ws)
    if budget is not False:
        b = wb.create_sheet("资金执行情况")
        for i, (k, v) in enumerate((budget or DEFAULT_BUDGET).items(), start=1):
            b.cell(i, 1, k)
            if v is not None:
                b.cell(i, 2, v)
    wb.save(path)


# --------------------------------------------------------------------------------------------
# Rewriting a workbook's zip, for hostile inputs built in code
# --------------------------------------------------------------------------------------------

def rewrite_zip(data: bytes, replace: dict | None = None, add: dict | None = None) -> bytes:
    """A copy of the zip `data` with some members replaced (name → bytes, or a function of the old
    bytes; None drops the member) and some added; order and compression are kept."""
    import io
    import zipfile

    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename in replace:
                new = replace[info.filename]
                if new is None:
                    continue
                body = new(body) if callable(new) else new
            zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
        missing = set(replace) - set(src.namelist())
        if missing:
            raise KeyError(f"no member {sorted(missing)} to replace")
        for name, body in add.items():
            dst.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def patch_declared_size(data: bytes, member: str, size: int) -> bytes:
    """The zip `data` with `member`'s uncompressed size rewritten (in its local header and in the
    central directory), so the directory lies about it; the stored bytes are untouched."""
    import struct

    buf = bytearray(data)
    name = member.encode()
    pos = 0
    while (pos := buf.find(b"PK\x01\x02", pos)) != -1:          # central directory entries
        n = struct.unpack_from("<H", buf, pos + 28)[0]
        if bytes(buf[pos + 46:pos + 46 + n]) == name:
            struct.pack_into("<I", buf, pos + 24, size)
            local = struct.unpack_from("<I", buf, pos + 42)[0]
            struct.pack_into("<I", buf, local + 22, size)
            return bytes(buf)
        pos += 4
    raise KeyError(member)


def make_workbook_xlsxwriter(path: Path, rows, *, budget=None, name="测试单位", year=2021) -> Path:
    """The layout of make_workbook, written by xlsxwriter, which stores text as shared strings
    (openpyxl writes inline strings): for tests that need xl/sharedStrings.xml."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("整体绩效目标申报表")
    ws.write_string(0, 0, "部门（单位）整体绩效目标申报表")
    ws.write_string(1, 0, "年度")
    ws.write_number(1, 1, year)
    ws.write_string(2, 0, "部门（单位）名称")
    ws.write_string(2, 1, name)
    for c, h in enumerate(HEADINGS):
        ws.write_string(4, c, h)
    for i, row in enumerate(rows, start=5):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(i, c, v)
    b = wb.add_worksheet("资金执行情况")
    for i, (k, v) in enumerate((budget or DEFAULT_BUDGET).items()):
        b.write_string(i, 0, k)
        b.write_number(i, 1, v)
    wb.close()
    return path
