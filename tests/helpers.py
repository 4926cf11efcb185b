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
    once for the same arguments (build_once), and each call writes its own copy to `path`."""
    if extra is None:
        return build_once(path, _build_workbook, rows, budget=budget, headings=headings, name=name, year=year,
                          total_budget=total_budget, extra=None)
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


# --------------------------------------------------------------------------------------------
# Workbooks built in code, built once
# --------------------------------------------------------------------------------------------

# The folder what the tests compute once is kept in between runs (pytest's cache folder,
# .pytest_cache/d/remembered; set by conftest.py, None under -p no:cacheprovider).  A clean checkout,
# as CI runs, computes every one afresh.
DISK: Path | None = None
_MEMORY: dict[str, object] = {}            # and in this process
_SOURCES: dict[str, bytes] = {}
_MISSING = object()


def remembered(code, key, compute):
    """compute(), for a result that depends only on `key` and on the source files `code` (each a
    module or a Path; openpyxl's version counts too): computed the first time, then given back from
    this process's memory or from DISK (pickled), so that the quick run does not build the same
    workbook or have openpyxl read the same bytes again.  Keep it to pure computations of tests'
    inputs and oracles; what a test checks of the tool itself is always run."""
    import hashlib
    import os
    import pickle

    sources = []
    for c in code:
        path = str(c if isinstance(c, Path) else Path(c.__file__))
        if path not in _SOURCES:
            _SOURCES[path] = Path(path).read_bytes()
        sources.append(_SOURCES[path])
    name = hashlib.sha256(repr((sources, openpyxl.__version__, key)).encode()).hexdigest()[:32]
    if name in _MEMORY:
        return _MEMORY[name]
    value = _MISSING
    if DISK is not None:
        try:
            value = pickle.loads((DISK / name).read_bytes())
        except Exception:                   # noqa: BLE001 - not kept yet, or half-written: compute it
            value = _MISSING
    if value is _MISSING:
        value = compute()
        if DISK is not None:                # written whole, then renamed: a parallel worker reads all or nothing
            tmp = DISK / f"{name}.{os.getpid()}.tmp"
            try:
                tmp.write_bytes(pickle.dumps(value))
                os.replace(tmp, DISK / name)
            except OSError:
                pass
    if len(_MEMORY) < 2000:
        _MEMORY[name] = value
    return value


def build_once(path: Path, builder, *args, **kwargs) -> Path:
    """builder(out, *args, **kwargs) writes a workbook to `out` (a path or a file) from its arguments
    alone: the bytes it writes are built once (remembered, on builder's source file and the _key of
    the arguments) and copied to `path`.  Arguments _key cannot key are built afresh into `path`."""
    import io
    import sys

    try:
        key = _key((args, kwargs))
    except TypeError:
        builder(path, *args, **kwargs)
        return path

    def compute() -> bytes:
        out = io.BytesIO()
        builder(out, *args, **kwargs)
        return out.getvalue()
    data = remembered([sys.modules[builder.__module__]], ("built", builder.__qualname__, key), compute)
    Path(path).write_bytes(data)
    return path


def content_key(path: Path) -> str:
    """The hash of a file's bytes: the key of what openpyxl reads from it."""
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


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
