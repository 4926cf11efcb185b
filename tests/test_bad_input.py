"""Bad input (SPEC §6): a clear message, never a traceback, nothing lost.

A hostile corpus, built in code (no binaries in the repository).  Every case runs through the same
assertion set, for `process` and for `check` where it applies (in the spirit of csvkit's
EmptyFileTests mixins):

- the exit code;
- the message words, the file name among them; one line on stderr for a refused file;
- no "Traceback";
- no output file and no temporary file left in the folder (for a refused file);
- the input file byte-for-byte unchanged (sha256).
"""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from helpers import HEADINGS, make_workbook, make_workbook_xlsxwriter, patch_declared_size, rewrite_zip
import selfeval_xl
from selfeval_xl import reading
from selfeval_xl.reading import InputError
from selfeval_xl.cli import cli

ROW = ("产出指标", "数量指标", "培训次数", "≥3", "次", "3", None, None, None)
ROWS = [ROW, ("效益指标", "社会效益", "群众满意度", "≥90%", "%", "95%", None, None, None),
        ("投入管理指标", "预算执行", "预算执行率", "≥90%", "%", None, None, None, None)]


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else ""


def folder_state(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def good(path: Path, **kw) -> Path:
    """A small workbook that scores cleanly (the base that most cases spoil)."""
    return make_workbook(path, ROWS, **kw)


def good_bytes(tmp_path: Path) -> bytes:
    return good(tmp_path / "_base.xlsx").read_bytes()


# --------------------------------------------------------------------------------------------
# The corpus: each builder makes its input in the given folder and returns its path
# --------------------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    build: Callable[[Path], Path]
    process: int | None          # expected exit code of `process` (None: not run)
    check: int | None            # expected exit code of `check`
    words: list[str] = field(default_factory=list)   # in the message (besides the file name)
    codes: list[str] = field(default_factory=list)   # finding codes expected when it is scored
    name_in_message: bool = True


def _write(name: str, data: bytes | str):
    def build(folder: Path) -> Path:
        p = folder / name
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)
        return p
    return build


def _from_good(name: str, transform: Callable[[bytes], bytes]):
    def build(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(transform(good_bytes(folder)))
        (folder / "_base.xlsx").unlink()
        return p
    return build


def _workbook(file_name: str, rows=ROWS, **kw):
    def build(folder: Path) -> Path:
        return make_workbook(folder / file_name, rows, **kw)
    return build


def _encrypted(folder: Path) -> Path:
    pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool (test extra) builds it")
    from msoffcrypto.format.ooxml import OOXMLFile
    plain = good(folder / "_plain.xlsx")
    p = folder / "加密.xlsx"
    with plain.open("rb") as f, p.open("wb") as out:
        OOXMLFile(f).encrypt("secret123", out)
    plain.unlink()
    return p


def _legacy_xls(name: str):
    def build(folder: Path) -> Path:
        xlwt = pytest.importorskip("xlwt", reason="xlwt (test extra) writes a real .xls")
        wb = xlwt.Workbook()
        ws = wb.add_sheet("整体绩效目标申报表")
        for c, h in enumerate(HEADINGS):
            ws.write(0, c, h)
        wb.save(str(folder / name))
        return folder / name
    return build


def _zip_bomb_ratio(data: bytes) -> bytes:
    # a worksheet of 20 MB that compresses ~1000:1 (honest sizes, refused by its ratio)
    def bloat(xml: bytes) -> bytes:
        return xml.replace(b"</worksheet>", b"<!--" + b" " * (20 * 1024 * 1024) + b"--></worksheet>")
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": bloat})


def _zip_bomb_declared(data: bytes) -> bytes:
    # the directory declares a 4 GB worksheet: refused from the directory, nothing inflated
    return patch_declared_size(data, "xl/worksheets/sheet1.xml", 0xFFFF_FFF0)


def _zip_lying_small(data: bytes) -> bytes:
    # the directory declares 100 bytes for a member that holds more: zipfile stops at 100 (bad CRC)
    return patch_declared_size(data, "xl/worksheets/sheet1.xml", 100)


def _zip_many_members(data: bytes) -> bytes:
    return rewrite_zip(data, add={f"xl/media/x{i}.bin": b"" for i in range(reading.MAX_MEMBERS + 1)})


def _xml_with_doctype(xml: bytes, dtd: str, root: bytes, body_from: bytes, body_to: bytes) -> bytes:
    head, sep, rest = xml.partition(b"?>")
    if not sep:
        head, rest = b"", xml
    else:
        head = head + sep
    rest = rest.replace(body_from, body_to, 1)
    return head + f"<!DOCTYPE {root.decode()} [{dtd}]>".encode() + rest


LAUGHS = "".join(['<!ENTITY lol "lol">'] + [
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)])


def _shared_strings(name: str, transform: Callable[[bytes], bytes]):
    """A workbook written by xlsxwriter (its text is in xl/sharedStrings.xml), then spoiled."""
    def build(folder: Path) -> Path:
        p = folder / name
        base = make_workbook_xlsxwriter(folder / "_base.xlsx", ROWS)
        p.write_bytes(transform(base.read_bytes()))
        base.unlink()
        return p
    return build


def _billion_laughs_shared_strings(data: bytes) -> bytes:
    def bomb(xml: bytes) -> bytes:
        return _xml_with_doctype(xml, LAUGHS, b"sst", "测试单位".encode(), b"&lol9;")
    return rewrite_zip(data, {"xl/sharedStrings.xml": bomb})


def _billion_laughs_sheet(data: bytes) -> bytes:
    def bomb(xml: bytes) -> bytes:
        return _xml_with_doctype(xml, LAUGHS, b"worksheet", b"<sheetData>",
                                 b'<sheetData><row r="99"><c r="A99" t="inlineStr"><is><t>&lol9;</t></is></c></row>')
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": bomb})


def _utf16_dtd(data: bytes) -> bytes:
    # the same bomb in a part encoded as UTF-16, which a byte search for "<!DOCTYPE" would miss
    def bomb(xml: bytes) -> bytes:
        text = _billion_laughs_sheet_xml(xml).decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return text.encode("utf-16")
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": bomb})


def _billion_laughs_sheet_xml(xml: bytes) -> bytes:
    return _xml_with_doctype(xml, LAUGHS, b"worksheet", b"<sheetData>",
                             b'<sheetData><row r="99"><c r="A99" t="inlineStr"><is><t>&lol9;</t></is></c></row>')


def _expanding_range(tag: bytes, where: bytes):
    """One element whose ref covers the whole sheet: openpyxl would build 17 billion cells."""
    def transform(data: bytes) -> bytes:
        def spoil(xml: bytes) -> bytes:
            return xml.replace(where, tag + where, 1)
        return rewrite_zip(data, {"xl/worksheets/sheet1.xml": spoil})
    return transform


def _merge_bomb_in_oddly_named_part(data: bytes) -> bytes:
    """The worksheet moved to a part not named *.xml (openpyxl follows the relationship, whatever
    the name), with the merge bomb's ref spelled with a character reference."""
    import zipfile as zf
    with zf.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b"<pageMargins", b'<mergeCells count="1"><mergeCell ref="A1&#58;XFD1048576"/>'
                                           b'</mergeCells><pageMargins', 1)
    return rewrite_zip(data, {
        "xl/worksheets/sheet1.xml": None,
        "xl/_rels/workbook.xml.rels": lambda x: x.replace(b"worksheets/sheet1.xml", b"worksheets/sheet1.dat"),
        "[Content_Types].xml": lambda x: x.replace(b"/xl/worksheets/sheet1.xml", b"/xl/worksheets/sheet1.dat"),
    }, add={"xl/worksheets/sheet1.dat": sheet})


def _many_rows(data: bytes) -> bytes:
    # 600,000 formatted but empty rows: each costs the parser an object
    rows = b"".join(b'<row r="%d" ht="20" customHeight="1"/>' % r for r in range(100, 600_100))
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")})


def _value_far_away_no_header(folder: Path) -> Path:
    p = folder / "远处有值.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "部门名称"
    ws.cell(1_048_576, 16_384, "末")
    wb.save(p)
    return p


XXE = '<!ENTITY xxe SYSTEM "file:///etc/passwd">'


def _xxe_sheet(data: bytes) -> bytes:
    def xxe(xml: bytes) -> bytes:
        return _xml_with_doctype(xml, XXE, b"worksheet", b"<sheetData>",
                                 b'<sheetData><row r="99"><c r="A99" t="inlineStr"><is><t>&xxe;</t></is></c></row>')
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": xxe})


def _xxe_workbook(data: bytes) -> bytes:
    def xxe(xml: bytes) -> bytes:
        return _xml_with_doctype(xml, XXE, b"workbook", b"<sheets>", b"<sheets>&xxe;")
    return rewrite_zip(data, {"xl/workbook.xml": xxe})


def _not_a_workbook_zip(folder: Path) -> Path:
    p = folder / "压缩包.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("readme.txt", "这不是工作簿")
    return p


def _ods(folder: Path) -> Path:
    # an OpenDocument spreadsheet as LibreOffice and WPS write one: `mimetype` first, stored
    p = folder / "另一种格式.ods"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", "<office:document-content/>", compress_type=zipfile.ZIP_DEFLATED)
    return p


def _xlsb(folder: Path) -> Path:
    # an Excel binary workbook: the parts of an .xlsx, but workbook.bin and sheet1.bin
    p = folder / "二进制.xlsb"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.bin", bytes(range(64)))
        z.writestr("xl/worksheets/sheet1.bin", bytes(range(64)))
    return p


def _last_row_formatted(folder: Path) -> Path:
    def extra(ws):
        ws.cell(1_048_576, 26).fill = PatternFill("solid", fgColor="FFFF00")   # Z1048576
        ws.cell(1_048_576, 1).number_format = "0.00%"
    return good(folder / "末行有格式.xlsx", extra=extra)


def _last_row_formatted_bytes(data: bytes) -> bytes:
    # a formatted blank cell on the last row: openpyxl's max_row becomes 1,048,576
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": lambda x: x.replace(
        b"</sheetData>", b'<row r="1048576"><c r="Z1048576" s="0"/></row></sheetData>', 1)})


def _last_cell_with_value(folder: Path) -> Path:
    def extra(ws):
        ws.cell(1_048_576, 16_384, "末")                                       # XFD1048576
    return good(folder / "末格有值.xlsx", extra=extra)


def _no_header_anywhere(folder: Path) -> Path:
    p = folder / "无表头.xlsx"
    wb = Workbook()
    wb.active.title = "Sheet1"
    wb.active["A1"] = "部门名称"
    wb.save(p)
    return p


def _declaration_without_header(folder: Path) -> Path:
    return make_workbook(folder / "无指标表.xlsx", [], headings=["一级指标", "二级指标", "说明"])


def _too_many_indicators(folder: Path) -> Path:
    rows = [("产出指标", "数量指标", f"指标{i}", "≥1", "个", "1", None, None, None)
            for i in range(reading.MAX_INDICATOR_ROWS + 1)]
    return make_workbook(folder / "超长指标表.xlsx", rows)


def _duplicated_labels(folder: Path) -> Path:
    def extra(ws):
        ws["D4"], ws["E4"] = "单位名称", "另一个单位"
    return make_workbook(folder / "重复标签.xlsx", ROWS, extra=extra,
                         budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 100,
                                 "调整预算数": 999})


def _total_true(ws):
    ws["D2"], ws["E2"] = "自评总分", True


CASES = [
    # -- not a workbook at all
    Case("empty", _write("空文件.xlsx", b""), 2, 2, ["空文件"]),
    Case("text", _write("说明.xlsx", "这是一段说明文字，不是表格。\n"), 2, 2, ["不是 Excel 工作簿", "纯文本"]),
    Case("csv", _write("报表.xlsx", "一级指标,二级指标\n产出指标,数量指标\n"), 2, 2, ["不是 Excel 工作簿", "CSV"]),
    Case("html", _write("网页.xlsx", "<html><body><table><tr><td>1</td></tr></table></body></html>"),
         2, 2, ["不是 Excel 工作簿", "网页"]),
    Case("binary", _write("图片.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), 2, 2, ["不是 Excel 工作簿"]),
    Case("zip-not-workbook", _not_a_workbook_zip, 2, 2, ["不是 Excel 工作簿"]),
    Case("truncated-zip", _from_good("截断.xlsx", lambda d: d[: len(d) // 2]), 2, 2, ["已损坏"]),
    Case("damaged-member", _from_good("部件损坏.xlsx", lambda d: rewrite_zip(
        d, {"xl/workbook.xml": b"<workbook><sheets><sheet"})), 2, 2, ["已损坏"]),
    Case("missing-member", _from_good("缺部件.xlsx", lambda d: rewrite_zip(
        d, {"xl/worksheets/sheet1.xml": None})), 2, 2, ["已损坏"]),
    Case("encrypted", _encrypted, 2, 2, ["加密", "密码", "删除密码"]),
    Case("legacy-xls", _legacy_xls("旧版.xls"), 2, 2, [".xls", "另存为", ".xlsx"]),
    Case("legacy-xls-renamed", _legacy_xls("改了扩展名.xlsx"), 2, 2, [".xls", "另存为"]),
    # -- the other formats an office saves a table in, each named for what it is
    Case("wps-et", _legacy_xls("WPS表格.et"), 2, 2, ["WPS 表格格式（.et）", "在 WPS 中", "另存为", ".xlsx"]),
    Case("ods", _ods, 2, 2, ["OpenDocument 电子表格（.ods）", "另存为", ".xlsx"]),
    Case("xlsb", _xlsb, 2, 2, ["Excel 二进制工作簿（.xlsb）", "另存为", ".xlsx"]),
    # -- bombs: refused from the zip directory or by the XML parser, before any expansion
    Case("zip-bomb-ratio", _from_good("压缩炸弹.xlsx", _zip_bomb_ratio), 2, 2, ["压缩炸弹"]),
    Case("zip-bomb-declared", _from_good("声明4GB.xlsx", _zip_bomb_declared), 2, 2, ["压缩炸弹"]),
    Case("zip-lying-small", _from_good("声明过小.xlsx", _zip_lying_small), 2, 2, ["已损坏"]),
    Case("zip-many-members", _from_good("部件过多.xlsx", _zip_many_members), 2, 2, ["部件"]),
    Case("billion-laughs-shared-strings", _shared_strings("实体炸弹.xlsx", _billion_laughs_shared_strings),
         2, 2, ["XML", "实体"]),
    Case("billion-laughs-sheet", _from_good("实体炸弹2.xlsx", _billion_laughs_sheet), 2, 2, ["XML", "实体"]),
    Case("billion-laughs-utf16", _from_good("实体炸弹3.xlsx", _utf16_dtd), 2, 2, ["XML", "实体"]),
    Case("xxe-shared-strings", _shared_strings("外部实体3.xlsx", lambda d: rewrite_zip(d, {
        "xl/sharedStrings.xml": lambda x: _xml_with_doctype(x, XXE, b"sst", "测试单位".encode(), b"&xxe;")})),
        2, 2, ["XML", "实体"]),
    Case("merge-bomb", _from_good("合并炸弹.xlsx", _expanding_range(
        b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>', b"<pageMargins")),
        2, 2, ["合并", str(reading.MAX_CELLS_PER_SHEET)]),
    Case("hyperlink-bomb", _from_good("链接炸弹.xlsx", _expanding_range(
        b'<hyperlinks><hyperlink ref="A20:XFD1048576" display="x" location="A1"/></hyperlinks>',
        b"<pageMargins")), 2, 2, [str(reading.MAX_CELLS_PER_SHEET)]),
    Case("merge-bomb-disguised", _from_good("伪装的合并炸弹.xlsx", _merge_bomb_in_oddly_named_part),
         2, 2, ["整体绩效目标申报表", str(reading.MAX_CELLS_PER_SHEET)]),
    Case("hyperlink-columns-bomb", _from_good("整列链接.xlsx", lambda d: _expanding_range(
        b'<hyperlinks><hyperlink ref="A:XFD" display="x" location="A1"/></hyperlinks>', b"<pageMargins")(
        _last_row_formatted_bytes(d))), 2, 2, [str(reading.MAX_CELLS_PER_SHEET)]),
    Case("many-empty-rows", _from_good("空行过多.xlsx", _many_rows), 2, 2, ["整体绩效目标申报表",
                                                                        str(reading.MAX_CELLS_PER_SHEET)]),
    Case("xxe-sheet", _from_good("外部实体.xlsx", _xxe_sheet), 2, 2, ["XML", "实体"]),
    Case("xxe-workbook", _from_good("外部实体2.xlsx", _xxe_workbook), 2, 2, ["XML", "实体"]),
    # -- workbooks that are too big or laid out wrongly
    Case("last-row-formatted", _last_row_formatted, 0, 0),
    Case("last-cell-value", _last_cell_with_value, 0, 0),
    Case("far-value-no-header", _value_far_away_no_header, 2, 2, ["表头"]),
    Case("too-many-indicators", _too_many_indicators, 2, 2, [str(reading.MAX_INDICATOR_ROWS)]),
    Case("no-header-anywhere", _no_header_anywhere, 2, 2, ["表头", "实际完成值"]),
    Case("declaration-without-header", _declaration_without_header, 2, 2, ["整体绩效目标申报表", "表头"]),
    Case("required-column-missing", _workbook("缺列.xlsx", [r[:5] for r in ROWS], headings=HEADINGS[:5]),
         2, 2, ["缺少", "实际完成值"]),
    # 度量单位 is optional (the central form writes the unit in the value): 一级/二级/三级 and
    # 度量单位 alone lack 指标值 and 实际完成值
    Case("required-column-missing-2", _workbook("缺两列.xlsx", [r[:3] + r[4:5] for r in ROWS],
                                                  headings=HEADINGS[:3] + HEADINGS[4:5]),
         2, 2, ["缺少", "指标值", "实际完成值"]),
    # -- scored, with findings
    Case("missing-label", _workbook("缺单位名称.xlsx", name=None), 0, 1, codes=["missing-label"]),
    Case("missing-budget-sheet", _workbook("缺资金表.xlsx", budget=False), 0, 1, codes=["missing-sheet"]),
    Case("duplicated-labels", _duplicated_labels, 0, 0, codes=["duplicate-label"]),
    Case("budget-not-number", _workbook("金额非数字.xlsx", budget={"年初预算数": 100, "全年预算数": "一百万",
                                                                 "全年执行数": "约90"}),
         0, 1, codes=["budget-not-number"]),
    Case("budget-negative", _workbook("金额为负.xlsx", budget={"年初预算数": 100, "全年预算数": -100,
                                                             "全年执行数": 90}),
         0, 1, codes=["budget-negative"]),
    Case("budget-zero", _workbook("预算为零.xlsx", budget={"年初预算数": 0, "全年预算数": 0, "全年执行数": 0}),
         0, 0),
    Case("budget-zero-spent", _workbook("零预算有支出.xlsx", budget={"年初预算数": 0, "全年预算数": 0,
                                                                  "全年执行数": 5}),
         0, 1, codes=["rate-zero-budget"]),
    Case("huge-budget-figure", _workbook("天文数字.xlsx", budget={"年初预算数": 10 ** 30, "全年预算数": 10 ** 30,
                                                             "全年执行数": 1e308}),
         0, 0, codes=["execution-above-100"]),
    Case("long-digit-run", _workbook("长数字.xlsx", [ROW[:3] + ("≥" + "9" * 5000,) + ROW[4:]] + ROWS[1:]),
         2, 2, ["整体绩效目标申报表", "D6", "4000"]),
    Case("overlapping-merges", _from_good("重叠合并.xlsx", _expanding_range(
        b'<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B1:E1"/></mergeCells>', b"<pageMargins")),
         0, 0, codes=["merge-overlap"]),
    Case("sheet-name-apostrophe", _workbook("引号.xlsx", extra=lambda ws: ws.parent.create_sheet("备注'")), 0, 0),
    # found by the fuzzer
    Case("no-name-but-total-budget", _workbook("无名称有总额.xlsx", name=None, total_budget=56), 0, 1,
         codes=["missing-label"]),
    Case("duplicate-float-figure", _workbook("重复金额.xlsx", budget={"年初预算数": 100, "全年预算数": 100,
                                                                "全年执行数": 100, "调整后预算数": 99.5}),
         0, 0, codes=["duplicate-label"]),
    Case("rate-past-float", _workbook("比率溢出.xlsx", budget={"年初预算数": 1e-300, "全年预算数": 1e-300,
                                                             "全年执行数": 1e300}), 0, 0),
    Case("total-typed-as-true", _workbook("总分为真.xlsx", extra=_total_true), 0, 0),
    # -- paths
    Case("missing-file", lambda folder: folder / "不存在.xlsx", 2, 2, ["找不到"]),
    Case("directory", lambda folder: (folder / "文件夹.xlsx").mkdir() or folder / "文件夹.xlsx", 2, 2, ["文件夹"]),
    Case("fifo", lambda folder: os.mkfifo(folder / "管道.xlsx") or folder / "管道.xlsx", 2, 2, ["不是普通文件"]),
]


def _ids(cases):
    return [c.name for c in cases]


def assert_outcome(res, command: str, case: Case, inp: Path, before: str, folder_before: set[str],
                   folder: Path) -> None:
    expected = getattr(case, command)
    out = res.output
    assert res.exit_code == expected, f"{case.name}/{command}: exit {res.exit_code}\n{out}"
    assert "Traceback" not in out and "内部错误" not in out, out
    assert sha(inp) == before, "the input file changed"
    leftovers = [n for n in folder_state(folder) if n.startswith(".selfeval-") or n.endswith(".tmp")]
    assert not leftovers, leftovers
    if expected == 2:
        assert res.stdout == "", res.stdout
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("selfeval-xl："), res.stderr
        if case.name_in_message:
            assert inp.name in out, out
        for w in case.words:
            assert w in out, f"{case.name}: {w!r} not in {out!r}"
        assert folder_state(folder) == folder_before, "an output file was written"
    else:
        if command == "process":
            written = folder_state(folder) - folder_before
            assert written == {f"{inp.stem}-评分.xlsx"}, written
            load_workbook(folder / f"{inp.stem}-评分.xlsx", read_only=True).close()
        for code in case.codes:
            if command == "check":
                assert code in out, f"{case.name}: finding {code} missing\n{out}"


# the input each case built, as (file name, bytes), once per test process: `process` and `check`
# each write their own copy (bytes: neither can change the other's input)
_BUILT: dict[str, tuple[str, bytes]] = {}


def build_input(case: Case, folder: Path) -> Path:
    """case.build(folder), or the same bytes under the same name when it was built before.  Only a
    regular file that is alone in the folder is kept (not a folder, a fifo or a missing file)."""
    if case.name in _BUILT:
        name, data = _BUILT[case.name]
        (folder / name).write_bytes(data)
        return folder / name
    inp = case.build(folder)
    if inp.is_file() and not inp.is_symlink() and folder_state(folder) == {inp.name}:
        _BUILT[case.name] = (inp.name, inp.read_bytes())
    return inp


# the largest hostile inputs (half a second or more each): refused under `check` in the quick run
LARGE = {"many-empty-rows", "too-many-indicators"}


def _runs(cases) -> list:
    """(case, command) for both commands.  A file both refuse shows the same refusal under either,
    so the quick run takes one: `process` (which also shows that nothing was written), or `check`
    for the LARGE ones (the same reading, without the output's checks); CI runs both."""
    def quick(case, command):
        if not case.process == case.check == 2:
            return True
        return command == ("check" if case.name in LARGE else "process")
    assert LARGE <= {c.name for c in cases}
    return [pytest.param(case, command, id=f"{case.name}-{command}",
                         marks=[] if quick(case, command) else [pytest.mark.slow])
            for case in cases for command in ("process", "check")]


@pytest.mark.parametrize("case, command", _runs(CASES))
def test_bad_input(case: Case, command: str, tmp_path):
    if getattr(case, command) is None:
        pytest.skip(f"{command} does not apply")
    inp = build_input(case, tmp_path)
    before = sha(inp)
    folder_before = folder_state(tmp_path)
    t0 = time.perf_counter()
    res = run(command, inp)
    elapsed = time.perf_counter() - t0
    assert_outcome(res, command, case, inp, before, folder_before, tmp_path)
    assert elapsed < 20, f"{case.name}/{command} took {elapsed:.1f} s"


def test_xxe_content_never_shown(tmp_path):
    inp = _from_good("外部实体.xlsx", _xxe_sheet)(tmp_path)
    res = run("check", inp)
    assert "root:" not in res.output


def test_formatted_last_row_is_fast_and_scores_normally(tmp_path):
    inp = _last_row_formatted(tmp_path)
    t0 = time.perf_counter()
    res = run("check", inp)
    assert res.exit_code == 0 and time.perf_counter() - t0 < 5, res.output
    base = run("check", good(tmp_path / "同样.xlsx"))
    assert res.output.splitlines()[-1] == base.output.splitlines()[-1]     # same total and grade


def test_duplicated_label_first_wins_and_is_named(tmp_path):
    import selfeval_xl
    r = selfeval_xl.evaluate(_duplicated_labels(tmp_path))
    assert r.declaration.fact("部门(单位)名称") == "测试单位"
    assert r.declaration.budget_value("全年预算数") == 100
    dup = [f for f in r.findings if f.code == "duplicate-label"]
    assert {f.level for f in dup} == {"提示"}
    assert any("整体绩效目标申报表!D4" in f.location and "另一个单位" in f.message for f in dup)
    assert any("调整预算数" in f.message and "999" in f.message for f in dup)


# --------------------------------------------------------------------------------------------
# Output paths (process only)
# --------------------------------------------------------------------------------------------

def _refused_output(res, inp: Path, before: str, folder: Path, folder_before: set[str], *words):
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    for w in words:
        assert w in res.output, res.output
    assert sha(inp) == before
    assert folder_state(folder) == folder_before


@pytest.mark.parametrize("spelling", ["same", "dot", "dotdot", "symlink", "hardlink"])
def test_output_equal_to_input_is_refused(spelling, tmp_path, monkeypatch):
    inp = good(tmp_path / "自评.xlsx")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    out = {"same": inp, "dot": "./自评.xlsx", "dotdot": "sub/../自评.xlsx",
           "symlink": tmp_path / "链接.xlsx", "hardlink": tmp_path / "硬链接.xlsx"}[spelling]
    if spelling == "symlink":
        os.symlink(inp, out)
    if spelling == "hardlink":
        os.link(inp, out)
    before, state = sha(inp), folder_state(tmp_path)
    res = run("process", inp, "-o", out)
    _refused_output(res, inp, before, tmp_path, state, "输出文件不能与输入文件相同")


def test_input_given_through_a_symlink_is_not_overwritten(tmp_path, monkeypatch):
    inp = good(tmp_path / "自评.xlsx")
    (tmp_path / "链接.xlsx").symlink_to(inp)
    before, state = sha(inp), folder_state(tmp_path)
    res = run("process", tmp_path / "链接.xlsx", "-o", inp)
    _refused_output(res, inp, before, tmp_path, state, "输出文件不能与输入文件相同")


def test_output_folder_missing(tmp_path):
    inp = good(tmp_path / "自评.xlsx")
    before, state = sha(inp), folder_state(tmp_path)
    res = run("process", inp, "-o", tmp_path / "没有这个文件夹" / "out.xlsx")
    _refused_output(res, inp, before, tmp_path, state, "没有这个文件夹", "不存在")


def test_output_folder_is_a_file(tmp_path):
    inp = good(tmp_path / "自评.xlsx")
    (tmp_path / "普通文件").write_text("x")
    before, state = sha(inp), folder_state(tmp_path)
    res = run("process", inp, "-o", tmp_path / "普通文件" / "out.xlsx")
    _refused_output(res, inp, before, tmp_path, state, "普通文件", "不是文件夹")


def test_output_is_an_existing_directory(tmp_path):
    inp = good(tmp_path / "自评.xlsx")
    (tmp_path / "自评-评分.xlsx").mkdir()
    before, state = sha(inp), folder_state(tmp_path)
    for args in ([inp], [inp, "-o", tmp_path / "自评-评分.xlsx"]):
        res = run("process", *args)
        _refused_output(res, inp, before, tmp_path, state, "自评-评分.xlsx", "文件夹")


def test_output_locked_by_another_program(tmp_path, monkeypatch):
    """Excel on Windows keeps an open file locked: the rename fails with PermissionError."""
    inp = good(tmp_path / "自评.xlsx")
    (tmp_path / "自评-评分.xlsx").write_bytes(b"old")
    before, state = sha(inp), folder_state(tmp_path)

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(os, "replace", locked)
    res = run("process", inp)
    _refused_output(res, inp, before, tmp_path, state, "自评-评分.xlsx", "关闭")
    assert (tmp_path / "自评-评分.xlsx").read_bytes() == b"old"


def test_disk_full_while_writing_leaves_no_temporary_file(tmp_path, monkeypatch):
    inp = good(tmp_path / "自评.xlsx")
    before, state = sha(inp), folder_state(tmp_path)

    def full(result, path):
        path.write_bytes(b"half a workbook")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("selfeval_xl.writing._write", full)
    res = run("process", inp)
    _refused_output(res, inp, before, tmp_path, state, "自评-评分.xlsx", "磁盘已满")


def test_output_disk_full(tmp_path, monkeypatch):
    inp = good(tmp_path / "自评.xlsx")
    before, state = sha(inp), folder_state(tmp_path)

    def full(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full)
    res = run("process", inp)
    _refused_output(res, inp, before, tmp_path, state, "自评-评分.xlsx", "无法写入")


def _unprivileged(*args, cwd: Path):
    """The command line in a child process that file permissions apply to.

    Root ignores permissions (CAP_DAC_OVERRIDE), and the tests and CI run as root: there the child
    runs through util-linux's setpriv with those capabilities dropped from its bounding set, still
    as uid 0 (so it can run the interpreter under /root), but bound by the mode bits like anyone."""
    cmd = [sys.executable, "-m", "selfeval_xl", *map(str, args)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without util-linux setpriv: permissions cannot be tested")
        cmd = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *cmd]
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if "setpriv:" in res.stderr:
        pytest.skip(f"setpriv cannot drop capabilities here: {res.stderr.strip()}")
    return res


def test_output_folder_not_writable(tmp_path):
    folder = tmp_path / "只读"
    folder.mkdir()
    inp = good(folder / "自评.xlsx")
    folder.chmod(0o555)
    try:
        before, state = sha(inp), folder_state(folder)
        res = _unprivileged("process", inp, cwd=tmp_path)
        assert res.returncode == 2, res.stderr
        assert "Traceback" not in res.stderr and "无法在文件夹" in res.stderr, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr
        assert sha(inp) == before and folder_state(folder) == state
    finally:
        folder.chmod(0o755)


def test_input_not_readable(tmp_path):
    inp = good(tmp_path / "自评.xlsx")
    inp.chmod(0o000)
    try:
        state = folder_state(tmp_path)
        res = _unprivileged("check", inp, cwd=tmp_path)
        assert res.returncode == 2, res.stderr
        assert "Traceback" not in res.stderr and "自评.xlsx" in res.stderr and "没有读取权限" in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr
        assert folder_state(tmp_path) == state
    finally:
        inp.chmod(0o644)


# --------------------------------------------------------------------------------------------
# Unexpected internal errors: a short message, exit 1, a traceback only with --debug
# --------------------------------------------------------------------------------------------

def _boom(*a, **k):
    raise RuntimeError("boom")


@pytest.mark.parametrize("command, where", [("process", "selfeval_xl.rules.score"),
                                            ("check", "selfeval_xl.rules.score"),
                                            ("process", "selfeval_xl.writing._write")])
def test_internal_error_is_short_unless_debug(command, where, tmp_path, monkeypatch):
    inp = good(tmp_path / "自评.xlsx")
    before, state = sha(inp), folder_state(tmp_path)
    monkeypatch.setattr(where, _boom)
    res = run(command, inp)
    assert res.exit_code == 1
    assert "内部错误" in res.stderr and "--debug" in res.stderr and "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1
    assert sha(inp) == before and folder_state(tmp_path) == state      # no output, no temp file
    res = run(command, inp, "--debug")
    assert res.exit_code == 1 and "Traceback" in res.stderr and "RuntimeError: boom" in res.stderr
    assert folder_state(tmp_path) == state



@pytest.mark.parametrize("args", [["check"], ["check", "--json"], ["process"]])
def test_output_in_a_narrow_encoding_never_crashes(args, tmp_path):
    """`selfeval-xl check x.xlsx > report.txt` on a GBK system, with an emoji typed in a cell."""
    inp = make_workbook(tmp_path / "表情😀.xlsx", [("产出指标", "数量指标", "培训😀次数", "≥3", "次", None)])
    res = CliRunner(charset="gbk").invoke(cli, [args[0], str(inp), *args[1:]])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code in (0, 1), res.output
    assert "Traceback" not in res.output
    if args[0] == "check":
        assert "培训?次数" in res.output


@pytest.mark.parametrize("where, words", [("没有/模板.xlsx", ["没有", "不存在"]),
                                          ("普通文件/模板.xlsx", ["普通文件", "不是文件夹"]),
                                          (".", ["文件夹", "绩效自评模板.xlsx"])])
def test_template_path_that_cannot_be_written(where, words, tmp_path):
    (tmp_path / "普通文件").write_text("x")
    state = folder_state(tmp_path)
    res = run("template", tmp_path / where)
    assert res.exit_code == 2 and "Traceback" not in res.output and "内部错误" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1
    for w in words:
        assert w in res.stderr, res.stderr
    assert folder_state(tmp_path) == state


@pytest.mark.parametrize("transform", [_zip_bomb_ratio, _zip_bomb_declared, _zip_many_members],
                         ids=["ratio", "declared", "members"])
def test_zip_bomb_is_refused_from_the_directory_alone(transform, tmp_path, monkeypatch):
    """Nothing is inflated: reading any member would fail this test."""
    inp = tmp_path / "炸弹.xlsx"
    inp.write_bytes(transform(good_bytes(tmp_path)))

    def no_inflating(*a, **k):
        raise AssertionError("a zip member was read")
    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    res = run("check", inp)
    assert res.exit_code == 2 and "压缩炸弹" in res.stderr, res.output


def test_grid_survives_dataclasses_replace(tmp_path):
    """Renaming a grid with dataclasses.replace (as a reader of 原表- copies does) keeps its merged
    ranges, anchors and dropped overlaps as they were."""
    from dataclasses import replace
    inp = _from_good("重叠合并.xlsx", _expanding_range(
        b'<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B1:E1"/></mergeCells>', b"<pageMargins"))(tmp_path)
    g = reading.load_grids(inp)[0]
    h = replace(g, name="改名")
    assert h.merged == g.merged == [(1, 1, 1, 3)] and h.dropped_merges == g.dropped_merges == [(1, 2, 1, 5)]
    assert h.anchor(1, 3) == (1, 1) and h.cols_in_row(1) == g.cols_in_row(1) and h.max_row == g.max_row
    # the kept range covers A1:C1 (its top-left and the rest alike); D1 and E1 were only under the dropped one
    assert [h.merged_range(1, c) for c in range(1, 6)] == [(1, 1, 1, 3)] * 3 + [None, None]
    assert g.merged_range(2, 1) is None


# --- the refusals no file built above reaches (root reads everything; 50 MB is built sparse) ----

def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    from selfeval_xl.reading import MAX_FILE_BYTES

    p = tmp_path / "超大.xlsx"
    with p.open("wb") as fh:               # sparse: no 50 MB written to disk
        fh.truncate(MAX_FILE_BYTES + 1)
    res = CliRunner().invoke(cli, ["check", str(p)])
    assert res.exit_code == 2 and "超过 50 MB 的上限" in res.stderr, res.stderr
    with pytest.raises(InputError) as e:
        selfeval_xl.evaluate(p)
    assert e.value.code == "file-too-large"


def test_file_that_cannot_be_read_names_the_reason(tmp_path, monkeypatch):
    """A file the user may not read (tests run as root, who may read anything: the refusal the
    operating system gives is simulated)."""
    import errno

    p = good(tmp_path / "无权限.xlsx")
    real_open = Path.open

    def refusing_open(self, *args, **kwargs):
        if self.name == p.name:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(InputError) as e:
        selfeval_xl.evaluate(p)
    assert e.value.code == "file-unreadable" and "没有读取权限" in e.value.message


def test_folder_that_cannot_be_read_stops_the_batch_with_exit_2(tmp_path, monkeypatch):
    import os as _os

    folder = tmp_path / "各单位"
    folder.mkdir()
    good(folder / "a.xlsx")
    real_access = _os.access
    monkeypatch.setattr(_os, "access", lambda p, mode, *a, **k: False if Path(p) == folder
                        else real_access(p, mode, *a, **k))
    res = CliRunner().invoke(cli, ["batch", str(folder)])
    assert res.exit_code == 2 and "没有读取文件夹" in res.stderr, res.stderr
