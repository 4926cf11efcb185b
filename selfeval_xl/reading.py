"""Reading an officer's workbook (SPEC §2): guards, a cell grid, labels, the indicator table.

Everything is found by its label text, never by a fixed row or column.  Every value keeps the sheet
and cell it came from, so that findings can point at it.  The result is a :class:`Declaration`
holding pandas DataFrames (indicators, budget figures, header facts, tasks) and the raw sheets for
the 原表- copies.
"""
from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import io
import math
import re
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path

import pandas as pd

from .review import Findings
from .values import fold, format_number, fraction_of

# --------------------------------------------------------------------------------------------
# Limits (documented in README, "输入限制")
# --------------------------------------------------------------------------------------------
MAX_FILE_BYTES = 50 * 1024 * 1024          # the .xlsx file itself
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # all zip members together, as declared
MAX_MEMBER_RATIO = 200                      # uncompressed / compressed, for members over 1 MiB
MAX_MEMBERS = 5000
MAX_CELLS_PER_SHEET = 500_000               # stored cells (formatted blanks included), plus the
                                            # cells that merged ranges, hyperlinks and comments cover
MAX_INDICATOR_ROWS = 2000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class InputError(Exception):
    """A file that cannot be used at all (SPEC §6): exit code 2, one Chinese sentence."""

    def __init__(self, message: str, code: str = "unusable-file"):
        super().__init__(message)
        self.message = message
        self.code = code


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans("", "", "“”‘’\"'")


def norm_label(text) -> str:
    """Normalise a label (SPEC §2): no white space, （）→(), no quotes, no trailing colon."""
    if text is None:
        return ""
    s = re.sub(r"[\s\u3000\xa0]+", "", str(text))
    s = s.replace("（", "(").replace("）", ")").translate(_QUOTES)
    return s.rstrip("：:")


def split_unit(label: str) -> tuple[str, str]:
    """Split one trailing bracketed group off a normalised label: "年初预算数(元)" → (年初预算数, 元)."""
    m = re.fullmatch(r"(.+?)\(([^()]*)\)", label)
    if m:
        return m.group(1), m.group(2)
    return label, ""


def labels_match(a: str, b: str) -> bool:
    """SPEC §2: equal normal forms, or equal once one trailing bracketed group is removed from each."""
    return a == b or split_unit(a)[0] == split_unit(b)[0]


def label_tail(label: str) -> str:
    """What follows a list prefix: "1、资金来源：(1)财政性资金" → "财政性资金"."""
    m = re.search(r"^.*[：:、)](.+)$", label)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------------------------
# The cell grid
# --------------------------------------------------------------------------------------------

def col_letter(c: int) -> str:
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def coord(r: int, c: int) -> str:
    return f"{col_letter(c)}{r}"


@dataclass
class Cell:
    value: object
    number_format: str = "General"
    formula: str | None = None       # the formula text when the cell holds one
    uncached: bool = False           # a formula with no cached value

    @property
    def percent(self) -> bool:
        """A number format with an unquoted % (Excel shows 0.99 as 99%)."""
        fmt = re.sub(r'"[^"]*"|\\.', "", self.number_format or "")
        return "%" in fmt


@dataclass
class Grid:
    """One sheet: its stored cells, merged ranges and layout, addressed by (row, column), 1-based."""
    name: str
    cells: dict[tuple[int, int], Cell]
    merged: list[tuple[int, int, int, int]]          # (min_row, min_col, max_row, max_col)
    col_widths: dict[int, float] = field(default_factory=dict)
    hidden: bool = False
    dropped_merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    _anchor: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict, repr=False, init=False)

    def __post_init__(self):
        # Excel never saves overlapping merged ranges (it "repairs" such a file by dropping them);
        # a later range that overlaps an earlier one is dropped here too, and reported.  Derived
        # state is rebuilt from scratch, so dataclasses.replace(grid, name=…) gives the same grid.
        self._anchor = {}
        self.dropped_merges = list(self.dropped_merges)
        kept = []
        for rng in self.merged:
            (r1, c1, r2, c2) = rng
            covered = [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
            if any(rc in self._anchor for rc in covered):
                self.dropped_merges.append(rng)
                continue
            for rc in covered:
                self._anchor[rc] = (r1, c1)
            kept.append(rng)
        self.merged = kept
        rows = [r for (r, _c), cell in self.cells.items() if _has_value(cell)]
        cols = [c for (_r, c), cell in self.cells.items() if _has_value(cell)]
        self.max_row = max(rows, default=0)
        self.max_col = max(cols, default=0)
        # The columns that can hold a value in each row (stored cells and merged ranges), so that
        # scans walk what is there, not 16,384 columns × 1,048,576 rows (excel-practice.md §1.6).
        by_row: dict[int, set[int]] = {}
        for (r, c) in list(self.cells) + list(self._anchor):
            by_row.setdefault(r, set()).add(c)
        self._row_cols = {r: sorted(cs) for r, cs in by_row.items()}

    def rows(self) -> list[int]:
        """The rows that can hold a value, in order."""
        return sorted(self._row_cols)

    def cols_in_row(self, r: int, start: int = 1) -> list[int]:
        """The columns of row r that can hold a value, from `start` on, in order."""
        cols = self._row_cols.get(r, [])
        return cols[bisect.bisect_left(cols, start):] if start > 1 else cols

    def anchor(self, r: int, c: int) -> tuple[int, int]:
        return self._anchor.get((r, c), (r, c))

    def cell(self, r: int, c: int) -> Cell | None:
        """The cell at (r, c); a merged cell counts as holding its top-left value."""
        return self.cells.get(self.anchor(r, c))

    def raw(self, r: int, c: int) -> Cell | None:
        return self.cells.get((r, c))

    def value(self, r: int, c: int):
        cell = self.cell(r, c)
        return None if cell is None else _clean(cell.value)

    def merged_range(self, r: int, c: int) -> tuple[int, int, int, int] | None:
        a = self._anchor.get((r, c))
        if a is None:
            return None
        for rng in self.merged:
            if (rng[0], rng[1]) == a:
                return rng
        return None

    def where(self, r: int, c: int) -> str:
        ar, ac = self.anchor(r, c)
        return f"{self.name}!{coord(ar, ac)}"


def _clean(v):
    if isinstance(v, str):
        return v if v.strip() else None
    return v


def _has_value(cell: Cell) -> bool:
    return _clean(cell.value) is not None or cell.uncached


# --------------------------------------------------------------------------------------------
# Opening a file safely
# --------------------------------------------------------------------------------------------

def _guard(path: Path) -> tuple[bytes, bool]:
    """Refuse what is not a usable .xlsx before any parser sees it.

    Returns the file's bytes, and whether any part holds a formula (if none does, one openpyxl
    load gives both the values and the formulas)."""
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"找不到文件“{path}”。", "file-not-found") from None
    except OSError as exc:
        raise InputError(f"无法访问文件“{path}”（{os_reason(exc)}）。", "file-unreadable") from None
    if path.is_dir():
        raise InputError(f"“{path}”是一个文件夹，不是 Excel 工作簿。", "not-a-file")
    if not path.is_file():
        raise InputError(f"“{path}”不是普通文件（可能是管道或设备），不是 Excel 工作簿。", "not-a-file")
    size = st.st_size
    if size == 0:
        raise InputError(f"文件“{name}”是空文件（0 字节），请选择填好的 .xlsx 工作簿。", "empty-file")
    if size > MAX_FILE_BYTES:
        raise InputError(f"文件“{name}”有 {size // (1024 * 1024)} MB，超过 {MAX_FILE_BYTES // (1024 * 1024)} MB 的上限；"
                         f"申报表通常不到 1 MB，请检查是否选错了文件。", "file-too-large")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"无法读取文件“{name}”（{os_reason(exc)}）。", "file-unreadable") from None
    if len(data) > MAX_FILE_BYTES:   # grew since stat()
        raise InputError(f"文件“{name}”超过 {MAX_FILE_BYTES // (1024 * 1024)} MB 的上限。", "file-too-large")
    if data.startswith(OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError(
                f"文件“{name}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，"
                f"在“文件 → 信息 → 保护工作簿 → 用密码进行加密”（WPS：“文件 → 文档加密 → 密码加密”）中删除密码，"
                f"保存后再处理。", "encrypted")
        raise InputError(
            f"文件“{name}”是旧版 Excel 97-2003 格式（.xls），本工具只读取 .xlsx。请在 Excel 或 WPS 中打开它，"
            f"“另存为”Excel 工作簿（*.xlsx）后再处理。", "legacy-xls")
    if not data.startswith(ZIP_MAGIC):
        raise InputError(f"文件“{name}”不是 Excel 工作簿（.xlsx）：内容看起来是"
                         f"{_sniff(data)}。请在 Excel 或 WPS 中另存为 .xlsx 后再处理。", "not-xlsx")
    damaged = InputError(f"文件“{name}”已损坏（压缩包结构不完整，可能下载或复制时被截断），无法读取。"
                         f"请重新保存或重新获取该文件。", "damaged")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            # 1. the directory alone: refuse a bomb before inflating anything
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            worst = max((i.file_size / max(i.compress_size, 1) for i in infos
                         if i.file_size > 1024 * 1024), default=0)
            if len(infos) > MAX_MEMBERS:
                raise InputError(f"文件“{name}”含有 {len(infos)} 个部件，超过 {MAX_MEMBERS} 的上限，"
                                 f"不像是正常的 Excel 工作簿，疑似“压缩炸弹”，已拒绝读取。", "zip-bomb")
            if total > MAX_UNCOMPRESSED_BYTES or worst > MAX_MEMBER_RATIO:
                raise InputError(f"文件“{name}”解压后的内容异常庞大（声明 {total // (1024 * 1024)} MB，"
                                 f"最高压缩比 {worst:.0f} 倍），疑似“压缩炸弹”，已拒绝读取。", "zip-bomb")
            if "xl/workbook.xml" not in names:
                raise InputError(f"文件“{name}”是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。"
                                 f"请在 Excel 或 WPS 中另存为 .xlsx 后再处理。", "not-xlsx")
            # 2. each XML part, inflated within the sizes just checked (zipfile enforces them)
            formulas = False
            for info in infos:   # not only *.xml: a worksheet part may be named anything
                if not info.is_dir() and not _NOT_PARSED.search(info.filename):
                    formulas |= _scan_xml(name, info.filename, z.read(info), z)
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError,
            OSError, struct.error):
        raise damaged from None
    return data, formulas


# An element that costs the parser one cell, one row or one shared string, and the elements whose
# range openpyxl expands cell by cell (merged ranges, hyperlinks, comments)
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:c|row|si)[\s/>]")
_RANGE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:mergeCell|hyperlink|comment)\s[^<>]*?"
                        rb"\bref\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_RANGE_END = re.compile(r"\s*\$?([A-Za-z]{0,3})\$?(\d{0,7})\s*")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
# parts that no XML parser reads: pictures (an SVG may well have a DOCTYPE), embedded objects
_NOT_PARSED = re.compile(r"(?:^|/)(?:media|embeddings)/|\.(?:bin|png|jpe?g|gif|bmp|emf|wmf|tiff?|svg)$",
                         re.IGNORECASE)


def _range_area(ref: bytes) -> int:
    """How many cells a ref such as "A1:XFD1048576" (or "A:C", "1:5", "A1&#58;B2") covers; 1 for
    a single cell.  What cannot be read counts as the whole sheet: better refused than expanded."""
    import html

    text = html.unescape(ref.decode("utf-8", "replace"))   # character references are legal here
    if ":" not in text:
        return 1
    ends = [_RANGE_END.fullmatch(part) for part in text.split(":", 1)]
    if not all(ends):
        return EXCEL_ROWS * EXCEL_COLS
    (c1, r1), (c2, r2) = (m.groups() for m in ends)
    cols = abs(_col_index(c2.encode()) - _col_index(c1.encode())) + 1 if c1 and c2 else EXCEL_COLS
    rows = abs(int(r2) - int(r1)) + 1 if r1 and r2 else EXCEL_ROWS
    return rows * cols


def _scan_xml(name: str, part: str, xml: bytes, z: zipfile.ZipFile) -> bool:
    """Refuse a DTD (entity bombs, external entities) and a part that would make the parser build
    more cells than MAX_CELLS_PER_SHEET (a huge sheet, or one merged range over a million rows).
    Returns whether the part may hold a formula."""
    if xml[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(xml) > 1 and (xml[0] == 0 or xml[1] == 0)):
        try:
            xml = xml.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"文件“{name}”已损坏（部件 {part} 的编码无法识别），无法读取。", "damaged") from None
    if _DTD.search(xml):
        raise _xml_entities(name, part)
    cells = len(_CELL_TAG.findall(xml))
    if cells <= MAX_CELLS_PER_SHEET:
        for m in _RANGE_TAG.finditer(xml):
            cells += _range_area(m.group(1) if m.group(1) is not None else m.group(2))
            if cells > MAX_CELLS_PER_SHEET:
                break
    if cells > MAX_CELLS_PER_SHEET:
        sheet_names = _sheet_names_by_part(z)
        where = f"工作表“{sheet_names[part]}”" if part in sheet_names else f"部件 {part}"
        raise InputError(f"文件“{name}”的{where}有超过 {MAX_CELLS_PER_SHEET} 个单元格（含带格式的空单元格和空行、"
                         f"合并区域覆盖的单元格），超出本工具的上限；请删除多余的行、列或合并区域后再处理。",
                         "too-large")
    return _FORMULA_TAG.search(xml) is not None


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _sheet_names_by_part(z: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → sheet name, for messages; empty when the workbook part cannot be read."""
    from defusedxml import ElementTree as ET

    try:
        if max(z.getinfo(p).file_size for p in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")) > 2**20:
            return {}
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - only for messages; the parser reports real damage
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    out = {}
    for el in wb.iter():
        if el.tag.endswith("}sheet"):
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                out[targets[rid]] = el.get("name", "")
    return out


def os_reason(exc: OSError, action: str = "读取") -> str:
    """A short Chinese reason for a failed file operation; `action` is 读取 or 写入."""
    import errno

    return {errno.EACCES: f"没有{action}权限", errno.EPERM: f"没有{action}权限", errno.EROFS: "磁盘只读",
            errno.ENOSPC: "磁盘已满", errno.EDQUOT: "超出磁盘配额",
            errno.ENOENT: "找不到文件" if action == "读取" else "文件夹不存在",
            errno.EISDIR: "这是一个文件夹" if action == "读取" else "已有同名的文件夹",
            errno.ENAMETOOLONG: "文件名太长", errno.ELOOP: "符号链接循环", errno.EIO: "磁盘读写错误",
            errno.EXDEV: "不能跨磁盘改名"}.get(exc.errno, "系统错误")


def _xml_entities(name: str, part: str = "") -> InputError:
    where = f"的部件 {part} " if part else ""
    return InputError(f"文件“{name}”{where}含有 XML 实体声明（DOCTYPE/ENTITY）。Excel 和 WPS 保存的文件从不"
                      f"含有这种内容，它可能被恶意构造（“XML 炸弹”或外部实体），已拒绝读取。", "xml-entities")


def _sniff(data: bytes) -> str:
    head = data[:2048]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("gb18030")
        except UnicodeDecodeError:
            return "其他格式的二进制文件"
    if text.lstrip().startswith("<"):
        return "网页或 XML 文本"
    if "," in text or "\t" in text:
        return "CSV 或制表符分隔的文本"
    return "纯文本"


def load_grids(path: Path) -> list[Grid]:
    """Open the workbook (a second time for the formulas, when it holds any) and build one grid
    per sheet."""
    data, formulas = _guard(path)
    with warnings.catch_warnings(), _without_merged_borders():
        # openpyxl warns about what it drops (data validation extensions, unknown parts …): the
        # terminal of a user is not the place for those, and the input is never written back.
        warnings.simplefilter("ignore")
        wb_values = _open_workbook(path.name, data, data_only=True)
        wb_formulas = _open_workbook(path.name, data, data_only=False) if formulas else wb_values
    grids = []
    for ws in wb_values.worksheets:
        wf = wb_formulas[ws.title]
        if len(ws._cells) > MAX_CELLS_PER_SHEET:
            raise InputError(f"文件“{path.name}”的工作表“{ws.title}”有 {len(ws._cells)} 个单元格，"
                             f"超过 {MAX_CELLS_PER_SHEET} 的上限；请删除多余的内容后再处理。", "too-large")
        cells: dict[tuple[int, int], Cell] = {}
        # ws._cells holds only the cells stored in the file: a formatted blank cell on row 1,048,576
        # costs one entry, not a million rows (excel-practice.md §1.6).
        for (r, c), cell in ws._cells.items():
            fcell = wf._cells.get((r, c))
            formula = None
            if fcell is not None and fcell.data_type == "f":
                formula = str(fcell.value)
            value = cell.value
            if value is None and formula is None:
                continue
            if isinstance(value, float) and not math.isfinite(value):
                value = str(value)   # Excel cannot store inf or NaN: a damaged value, kept as text
            if isinstance(value, str) and len(value) > MAX_DIGITS and _digit_run(value) > MAX_DIGITS:
                raise InputError(f"文件“{path.name}”的工作表“{ws.title}”单元格 {coord(r, c)} 含有一个超过 "
                                 f"{MAX_DIGITS} 位的数字，不可能是有效的数值（文件可能已损坏）；"
                                 f"请改正该单元格后再处理。", "too-many-digits")
            cells[(r, c)] = Cell(value=value, number_format=cell.number_format or "General",
                                 formula=formula, uncached=formula is not None and value is None)
        merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        widths = {}
        for key, dim in ws.column_dimensions.items():
            if dim.width:
                try:
                    from openpyxl.utils import column_index_from_string
                    widths[column_index_from_string(key)] = float(dim.width)
                except ValueError:
                    pass
        grids.append(Grid(ws.title, cells, merged, widths, hidden=ws.sheet_state != "visible"))
    return grids


# Python refuses to turn more than 4,300 digits into an int (a guard against quadratic parsing);
# no figure in a 申报表 comes near this
MAX_DIGITS = 4000
_NUMBERISH = re.compile(r"[\d.,，．\s]+")


def _digit_run(text: str) -> int:
    """The most digits in one stretch of digits, separators and spaces (what a number parser may take)."""
    return max((sum(ch.isdigit() for ch in m.group(0)) for m in _NUMBERISH.finditer(text)), default=0)


@contextlib.contextmanager
def _without_merged_borders():
    """While reading, skip openpyxl's copying of borders onto the edges of merged ranges
    (MergedCellRange.format): it is half of openpyxl's load time on a 申报表 full of merged cells,
    and nothing here reads borders.  Merged ranges themselves are read as before."""
    from openpyxl.worksheet.merge import MergedCellRange

    original = MergedCellRange.format
    MergedCellRange.format = lambda self: None
    try:
        yield
    finally:
        MergedCellRange.format = original


def _open_workbook(name: str, data: bytes, data_only: bool):
    """openpyxl's load_workbook, with its many exception types turned into one InputError."""
    from openpyxl.reader.excel import ExcelReader  # imported late: `selfeval-xl --help` stays fast

    try:
        reader = ExcelReader(io.BytesIO(data), read_only=False, keep_vba=False, data_only=data_only,
                             keep_links=False, rich_text=False)
        reader.read()
        missing = [sheet.name for sheet, rel in reader.parser.find_sheets()
                   if rel.target not in reader.valid_files]
    except MemoryError:
        raise InputError(f"文件“{name}”的内容过大，内存不足，无法读取。", "too-large") from None
    except Exception as exc:  # openpyxl raises many types for damaged files
        if _is_defused(exc):
            raise _xml_entities(name) from None
        raise InputError(f"文件“{name}”已损坏或不是有效的 Excel 工作簿，无法读取"
                         f"（{type(exc).__name__}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再处理。",
                         "damaged") from None
    if missing:
        raise InputError(f"文件“{name}”已损坏：工作表“{'”“'.join(missing)}”的内容缺失，无法读取。"
                         f"请在 Excel 或 WPS 中打开并另存为 .xlsx 后再处理。", "damaged")
    return reader.wb


def _is_defused(exc: BaseException) -> bool:
    """Did defusedxml refuse a DTD or an entity somewhere down the exception chain?"""
    from defusedxml import DefusedXmlException

    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, DefusedXmlException):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


# --------------------------------------------------------------------------------------------
# Key/value labels
# --------------------------------------------------------------------------------------------

UNIT_ONLY = {"万元", "元", "%", "(万元)", "(元)"}


@dataclass
class Fact:
    """A key/value label found in a sheet."""
    name: str
    value: object
    location: str            # of the value cell, or of the label when the value is missing
    label_location: str
    unit: str = ""           # the unit in the label's bracket ("元" in 年初预算数(元)) or beside it
    cell: Cell | None = None
    duplicates: list["Fact"] = field(default_factory=list)   # later occurrences, ignored
    label_text: str = ""     # the label as written


def _label_candidates(text) -> list[str]:
    n = norm_label(text)
    if not n:
        return []
    out = [n]
    tail = label_tail(n)
    if tail and tail != n:
        out.append(tail)
    return out


MAX_DUPLICATES_KEPT = 5


def find_facts(grid: Grid, labels: dict[str, list[str]],
               skip_rows: set[int] | None = None) -> dict[str, Fact]:
    """Find each label (name → accepted spellings) in reading order; the first occurrence wins.

    Later occurrences are kept (a few per label) on the winner's ``duplicates``, with their values,
    so that a reviewer can be told which one was ignored."""
    wanted = {name: [norm_label(s) for s in spellings] for name, spellings in labels.items()}
    # labels_match(a, b) is "equal once one trailing bracket is removed from each": compare bases
    bases = {name: {split_unit(s)[0] for s in spellings} for name, spellings in wanted.items()}
    all_spellings = [s for ss in wanted.values() for s in ss]
    found: dict[str, Fact] = {}
    duplicates: dict[str, list[Fact]] = {}
    for (r, c) in sorted(grid.cells):
        if skip_rows and r in skip_rows:
            continue
        if grid.anchor(r, c) != (r, c):
            continue
        cell = grid.cells[(r, c)]
        if not isinstance(cell.value, str):
            continue
        cands = [(cand, split_unit(cand)[0]) for cand in _label_candidates(cell.value)]
        for name in wanted:
            hit = next((cand for cand, base in cands if base in bases[name]), None)
            if hit is None:
                continue
            if name in found:
                dups = duplicates.setdefault(name, [])
                if len(dups) < MAX_DUPLICATES_KEPT:
                    dup = _value_right_of(grid, r, c, name, split_unit(hit)[1], all_spellings)
                    dup.label_text = str(cell.value).strip()
                    dups.append(dup)
                break
            unit = split_unit(hit)[1]
            found[name] = _value_right_of(grid, r, c, name, unit, all_spellings)
            found[name].label_text = str(cell.value).strip()
            break
    for name, fact in found.items():
        fact.duplicates = duplicates.get(name, [])
    return found


def report_duplicates(facts: dict[str, Fact], findings: Findings) -> None:
    """A 提示 for a label written twice with different values: the first wins (SPEC §2.1)."""
    for name, fact in facts.items():
        ignored = [d for d in fact.duplicates if d.value is not None and d.value != fact.value]
        if not ignored:
            continue
        shown = "、".join(f"{d.label_location}“{d.label_text[:30]}”（{_show(d.value)}）" for d in ignored)
        findings.info("duplicate-label", ignored[0].label_location,
                      f"“{name}”填写了不止一处：按第一次出现的 {fact.label_location}“{fact.label_text[:30]}”"
                      f"（{_show(fact.value)}）为准，忽略 {shown}。如有误请删除多余的一处。")


def _show(v) -> str:
    if v is None:
        return "未填写"
    if isinstance(v, int | float) and not isinstance(v, bool):
        return format_number(fraction_of(v))
    if isinstance(v, Fraction):
        return format_number(v)
    return str(v)[:40]


def _value_right_of(grid: Grid, r: int, c: int, name: str, unit: str,
                    stop_labels: list[str]) -> Fact:
    rng = grid.merged_range(r, c)
    start = (rng[3] + 1) if rng else c + 1
    label_loc = grid.where(r, c)
    for cc in grid.cols_in_row(r, start):
        cell = grid.cell(r, cc)
        if cell is None or (cell.value is None and not cell.uncached):
            continue
        v = _clean(cell.value)
        if v is None and not cell.uncached:
            continue
        if isinstance(v, str):
            n = norm_label(v)
            if n in UNIT_ONLY:
                unit = unit or n.strip("()")
                continue
            if any(labels_match(cand, s) for cand in _label_candidates(v) for s in stop_labels):
                break
        return Fact(name, v, grid.where(r, cc), label_loc, unit, cell)
    return Fact(name, None, label_loc, label_loc, unit, None)


# --------------------------------------------------------------------------------------------
# The indicator table
# --------------------------------------------------------------------------------------------

REQUIRED_HEADINGS = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值"]
HEADINGS: dict[str, list[str]] = {
    # canonical → aliases (a canonical heading wins over its alias when both are present)
    "一级指标": [], "二级指标": [], "三级指标": [],
    "指标值": ["年度指标值"],
    "度量单位": ["计量单位"],
    "实际完成值": ["完成值", "全年实际值", "全年完成值"],
    "分值": ["权重", "指标权重"],
    "自评得分": ["得分"],
    "偏差原因分析及改进措施": ["未完成原因分析"],
    "指标性质": ["计算符号"],
}
# labels_match(a, b) is "equal once one trailing bracket is removed from each": a heading cell
# matches a spelling when their bases are equal.  base → [(canonical, priority of its first
# matching spelling: 0 canonical, >0 an alias)], in HEADINGS order.
def _heading_index() -> dict[str, list[tuple[str, int]]]:
    index: dict[str, list[tuple[str, int]]] = {}
    for canon, aliases in HEADINGS.items():
        for prio, spelling in enumerate([canon] + aliases):
            hits = index.setdefault(split_unit(norm_label(spelling))[0], [])
            if all(hit[0] != canon for hit in hits):
                hits.append((canon, prio))
    return index


_HEADING_INDEX = _heading_index()
FIELD = {"一级指标": "first", "二级指标": "second", "三级指标": "third", "指标值": "target",
         "度量单位": "unit", "实际完成值": "actual", "分值": "weight", "自评得分": "self_score",
         "偏差原因分析及改进措施": "reason", "指标性质": "op"}
TOTAL_WORDS = {"合计", "小计", "总计", "总分", "得分合计"}
NOTE_PREFIXES = ("注：", "注:", "说明：", "说明:")
EMPTY_ROWS_END_TABLE = 3


def match_headings(grid: Grid, r: int) -> dict[str, int]:
    """Map canonical headings to columns for row r (canonical spellings win over aliases)."""
    found: dict[str, tuple[int, int]] = {}   # canonical → (priority, column)
    for c in grid.cols_in_row(r):
        if grid.anchor(r, c)[1] != c and grid.anchor(r, c)[0] == r:
            continue  # the right part of a merged heading
        v = grid.value(r, c)
        if not isinstance(v, str):
            continue
        for canon, prio in _HEADING_INDEX.get(split_unit(norm_label(v))[0], ()):
            prev = found.get(canon)
            if prev is None or (prio == 0 and prev[0] != 0):
                found[canon] = (0 if prio == 0 else 1, c)
    return {k: v[1] for k, v in found.items()}


def find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    for r in grid.rows():
        cols = match_headings(grid, r)
        if all(h in cols for h in REQUIRED_HEADINGS):
            return r, cols
    return None


def nearest_header(grid: Grid) -> tuple[int, list[str]] | None:
    """The row that holds the most required headings (at least three), and those it lacks."""
    best = None
    for r in grid.rows():
        cols = match_headings(grid, r)
        n = sum(h in cols for h in REQUIRED_HEADINGS)
        if n >= 3 and (best is None or n > best[0]):
            best = (n, r, [h for h in REQUIRED_HEADINGS if h not in cols])
    return None if best is None else (best[1], best[2])


@dataclass
class Declaration:
    """What the reader produced from one workbook."""
    path: Path
    grids: list[Grid]
    sheet: str                      # the declaration sheet's name
    header_row: int
    columns: dict[str, int]
    indicators: pd.DataFrame
    facts: pd.DataFrame             # header facts: name, value, location
    budget: pd.DataFrame            # 资金执行情况: name, value (万元, Fraction), location, raw
    tasks: pd.DataFrame
    year: int | None
    findings: Findings

    def fact(self, name: str):
        row = self.facts[self.facts["name"] == name]
        if row.empty:
            return None
        v = row.iloc[0]["value"]
        # pandas stores a missing value as NaN in a column it reads as numbers
        return None if v is None or (isinstance(v, float) and pd.isna(v)) else v

    def budget_value(self, name: str) -> Fraction | None:
        row = self.budget[self.budget["name"] == name]
        if row.empty:
            return None
        v = row.iloc[0]["value"]
        return None if v is None or (isinstance(v, float) and pd.isna(v)) else v

    def budget_location(self, name: str) -> str:
        row = self.budget[self.budget["name"] == name]
        return "" if row.empty else row.iloc[0]["location"]


DECLARATION_SHEET = "整体绩效目标申报表"
BUDGET_SHEET = "资金执行情况"
HEADER_LABELS = {
    "部门(单位)名称": ["部门(单位)名称", "部门名称", "单位名称"],
    "年度": ["年度"],
    "年度履职目标": ["年度履职目标"],
    "部门预算总额": ["部门预算总额(万元)"],
    "财政性资金": ["财政性资金"],
    "其他资金": ["其他资金"],
    "基本支出": ["基本支出"],
    "项目支出": ["项目支出"],
    "自评总分": ["自评总分", "自评得分合计"],
}
BUDGET_LABELS = {
    "年初预算数": ["年初预算数"],
    "全年预算数": ["全年预算数", "调整预算数", "调整后预算数"],
    "全年执行数": ["全年执行数", "预算执行金额", "实际支出数"],
    "结转结余数": ["结转结余数"],
    "三公经费预算数": ["“三公经费”预算数"],
    "三公经费实际支出数": ["“三公经费”实际支出数"],
    "政府采购预算数": ["政府采购预算数"],
    "政府采购实际金额": ["政府采购实际金额"],
    "公用经费预算数": ["公用经费预算数"],
    "公用经费实际支出数": ["公用经费实际支出数"],
}
MONEY_HEADER_FACTS = ["部门预算总额", "财政性资金", "其他资金", "基本支出", "项目支出"]


def _sheet(grids: list[Grid], name: str) -> Grid | None:
    target = norm_label(name)
    for g in grids:
        if labels_match(norm_label(g.name), target):
            return g
    return None


COPY_PREFIX = "原表-"                      # the scored workbook's copies of the input sheets
SCORED_SHEETS = ("得分汇总", "指标评分")


def original_sheets(grids: list[Grid]) -> list[Grid]:
    """A scored workbook (得分汇总, 指标评分 … 原表-*) read as input is read through its 原表- copies,
    under their original names, so that it scores as the officer's workbook did."""
    names = {g.name for g in grids}
    copies = [g for g in grids if g.name.startswith(COPY_PREFIX)]
    if not copies or not all(n in names for n in SCORED_SHEETS):
        return grids
    return [replace(g, name=g.name[len(COPY_PREFIX):]) for g in copies]


def read_workbook(path: str | Path) -> Declaration:
    """Read a filled template (or any workbook laid out like the 申报表) into a Declaration."""
    path = Path(path)
    grids = original_sheets(load_grids(path))
    findings = Findings()

    decl = _sheet(grids, DECLARATION_SHEET)
    header = find_header(decl) if decl is not None else None
    if header is None:
        for g in grids:
            header = find_header(g)
            if header is not None:
                decl = g
                break
    if header is None:
        # the row that comes closest names the missing columns
        near = None
        for g in ([decl] if decl is not None else []) + [g for g in grids if g is not decl]:
            near = nearest_header(g)
            if near is not None:
                near = (g, *near)
                break
        if near is not None:
            g, r, missing = near
            raise InputError(
                f"文件“{path.name}”的工作表“{g.name}”第 {r} 行的指标表表头缺少"
                f"“{'”“'.join(missing)}”列（表头同一行需要有{'、'.join(REQUIRED_HEADINGS)}）。"
                f"请补上这些列标题，或使用 `selfeval-xl template` 生成的模板填写。", "missing-column")
        sheet_hint = f"工作表“{decl.name}”" if decl is not None else "任何工作表"
        raise InputError(
            f"文件“{path.name}”的{sheet_hint}中找不到指标表的表头行：同一行需要有"
            f"{'、'.join(REQUIRED_HEADINGS)}这些列标题。请使用 `selfeval-xl template` 生成的模板填写。",
            "no-header")
    header_row, columns = header

    for g in grids:
        for (r1, c1, r2, c2) in g.dropped_merges:
            findings.warning("merge-overlap", f"{g.name}!{coord(r1, c1)}",
                             f"合并区域 {coord(r1, c1)}:{coord(r2, c2)} 与另一个合并区域重叠（Excel 打开时会提示"
                             f"文件有问题），已按未合并处理。")

    # the formula cells that have no cached value
    for g in grids:
        for (r, c), cell in sorted(g.cells.items()):
            if cell.uncached:
                findings.error("formula-no-cache", f"{g.name}!{coord(r, c)}",
                               f"公式单元格（={cell.formula}）没有保存计算结果（文件可能由其他程序生成，"
                               f"从未在 Excel 或 WPS 中打开过），本工具不会把它当作 0。"
                               f"请在 Excel 或 WPS 中打开并保存该文件后再处理。")

    indicators, table_rows = _read_indicators(decl, header_row, columns, findings, path.name)

    facts_found = find_facts(decl, HEADER_LABELS, skip_rows=table_rows)
    report_duplicates(facts_found, findings)
    year, year_loc = _year(decl, facts_found)
    facts = []
    for name in HEADER_LABELS:
        f = facts_found.get(name)
        value = None if f is None else f.value
        if name == "年度":
            value = year
        facts.append({"name": name, "value": value,
                      "location": (year_loc if name == "年度" else (f.location if f else "")),
                      "unit": f.unit if f else ""})
    # object dtype: with only numbers and blanks pandas picks float64, which refuses a Fraction below
    facts_df = pd.DataFrame(facts, dtype=object)
    for name in MONEY_HEADER_FACTS:
        f = facts_found.get(name)
        if f is not None and f.value is not None:
            idx = facts_df.index[facts_df["name"] == name][0]
            facts_df.at[idx, "value"] = _money(f, findings)
    for name in ("部门(单位)名称",):
        if facts_found.get(name) is None or facts_found[name].value is None:
            findings.error("missing-label", facts_found[name].location if name in facts_found else decl.name,
                           f"没有找到“{name}”或其后没有填写内容。")
    if year is None:
        findings.error("missing-label", decl.name,
                       "没有找到年度：请在“年度”标签右侧填写年份，或在标题中写明“（2021年度）”。")

    budget_grid = _sheet(grids, BUDGET_SHEET)
    budget_rows = []
    if budget_grid is None:
        findings.error("missing-sheet", "",
                       f"没有找到工作表“{BUDGET_SHEET}”：预算执行得 0 分，各项比率无法计算。")
    else:
        found = find_facts(budget_grid, BUDGET_LABELS)
        report_duplicates(found, findings)
        for name in BUDGET_LABELS:
            f = found.get(name)
            budget_rows.append({"name": name, "value": _money(f, findings) if f else None,
                                "location": f.location if f else "",
                                "raw": None if f is None else f.value})
        for name in ("全年预算数", "全年执行数"):
            f = found.get(name)
            if f is None or f.value is None:
                loc = f.location if f else budget_grid.name
                findings.error("missing-label", loc,
                               f"没有找到“{name}”或其后没有填写金额：预算执行得 0 分，相关比率无法计算。")
    budget_df = pd.DataFrame(budget_rows, columns=["name", "value", "location", "raw"])

    tasks = _read_tasks(decl)
    return Declaration(path, grids, decl.name, header_row, columns, indicators, facts_df,
                       budget_df, tasks, year, findings)


def _year(grid: Grid, facts: dict[str, Fact]) -> tuple[int | None, str]:
    f = facts.get("年度")
    if f is not None and f.value is not None:
        v = f.value
        if isinstance(v, dt.datetime | dt.date):
            return v.year, f.location
        m = re.search(r"(19|20)\d{2}", fold(str(v)))
        if m:
            return int(m.group(0)), f.location
    for (r, c) in sorted(grid.cells):
        v = grid.cells[(r, c)].value
        if isinstance(v, str):
            m = re.search(r"((?:19|20)\d{2})年度", fold(v))
            if m:
                return int(m.group(1)), f"{grid.name}!{coord(r, c)}"
    return None, ""


def _money(f: Fact, findings: Findings) -> Fraction | None:
    """A budget figure in 万元 (a figure labelled in 元 is converted, with a 提示)."""
    v = f.value
    if v is None:
        return None
    n: Fraction | None = None
    if isinstance(v, bool):
        n = None
    elif isinstance(v, int | float):
        n = fraction_of(v)
    elif isinstance(v, str):
        t = fold(v).replace(",", "")
        m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(万元|元)?", t)
        if m:
            n = Fraction(m.group(1))
            if m.group(2):
                f.unit = m.group(2)
    if n is None:
        findings.error("budget-not-number", f.location,
                       f"“{f.name}”应填写金额（万元），现为“{v}”，无法识别为数字，按未填写处理。")
        return None
    if n < 0:
        findings.error("budget-negative", f.location,
                       f"“{f.name}”为负数（{format_number(n)}），金额不能为负，按未填写处理。")
        return None
    if f.unit == "元":
        findings.info("yuan-converted", f.location,
                      f"“{f.name}”以元填报（{format_number(n)} 元），已换算为 {format_number(n / 10000)} 万元。")
        n = n / 10000
    return n


def _read_tasks(grid: Grid) -> pd.DataFrame:
    rows = []
    no_match: set[int] = set()   # rows with no 主要内容 right of a 任务名称: no need to look again
    for (r, c) in sorted(grid.cells):
        v = grid.cells[(r, c)].value
        if r not in no_match and isinstance(v, str) and norm_label(v) == "任务名称":
            cols = match_task_cols(grid, r, c)
            if cols is None:
                no_match.add(r)
                continue
            rr = r + 1
            while rr <= grid.max_row:
                name, content = grid.value(rr, cols[0]), grid.value(rr, cols[1])
                if name is None and content is None:
                    break
                if isinstance(name, str) and norm_label(name) in set(HEADINGS) | {"预算情况"}:
                    break
                if norm_label(grid.value(rr, 1) or "") == "预算情况":
                    break
                rows.append({"任务名称": name, "主要内容": content})
                rr += 1
            break
    return pd.DataFrame(rows, columns=["任务名称", "主要内容"])


def match_task_cols(grid: Grid, r: int, c: int) -> tuple[int, int] | None:
    for cc in grid.cols_in_row(r, c + 1):
        v = grid.value(r, cc)
        if isinstance(v, str) and norm_label(v) == "主要内容":
            return c, cc
    return None


def _read_indicators(grid: Grid, header_row: int, columns: dict[str, int],
                     findings: Findings, file_name: str = "") -> tuple[pd.DataFrame, set[int]]:
    table_cols = sorted(columns.values())
    rows = []
    first = second = None
    empty_run = 0
    r = header_row
    last_row = header_row
    while r < grid.max_row:
        r += 1
        raw_empty = all(
            (grid.raw(r, c) is None or (_clean(grid.raw(r, c).value) is None and not grid.raw(r, c).uncached))
            for c in table_cols)
        if raw_empty:
            empty_run += 1
            if empty_run >= EMPTY_ROWS_END_TABLE:
                break
            continue
        empty_run = 0
        last_row = r
        vals = {f: grid.value(r, columns[h]) if h in columns else None for h, f in FIELD.items()}
        # note rows
        first_text = next((grid.value(r, c) for c in grid.cols_in_row(r)
                           if grid.value(r, c) is not None), None)
        if isinstance(first_text, str) and first_text.strip().startswith(NOTE_PREFIXES):
            continue
        if any(norm_label(vals[k]) in TOTAL_WORDS for k in ("first", "second", "third")
               if isinstance(vals[k], str)):
            continue
        if vals["first"] is not None:
            if norm_label(vals["first"]) != norm_label(first):
                second = None
            first = vals["first"]
        if vals["second"] is not None:
            second = vals["second"]
        if vals["third"] is None and vals["target"] is None and vals["actual"] is None:
            continue  # a section row
        if len(rows) >= MAX_INDICATOR_ROWS:
            raise InputError(f"文件“{file_name}”的工作表“{grid.name}”指标超过 {MAX_INDICATOR_ROWS} 行"
                             f"（第 {r} 行已是第 {MAX_INDICATOR_ROWS + 1} 个指标），超出本工具的上限；"
                             f"请检查是否误粘贴了大量数据。", "too-many-indicators")
        row = {"row": r, "first": first, "second": second}
        for h, f in FIELD.items():
            if f in ("first", "second"):
                continue
            c = columns.get(h)
            cell = grid.cell(r, c) if c else None
            row[f] = vals[f]
            row[f + "_cell"] = grid.where(r, c) if c else ""
            row[f + "_pct"] = bool(cell is not None and cell.percent)
        row["first_cell"] = grid.where(r, columns["一级指标"])
        row["weight_split"] = 1
        rows.append(row)

    # a 分值 cell merged over several indicator rows is that group's weight, split equally
    wc = columns.get("分值")
    if wc:
        for (r1, c1, r2, c2) in grid.merged:
            if c1 <= wc <= c2 and r2 > r1:
                covered = [x for x in rows if r1 <= x["row"] <= r2]
                for x in covered:
                    x["weight_split"] = len(covered)
    df = pd.DataFrame(rows)
    if df.empty:
        df = pd.DataFrame(columns=["row", "first", "second"])
    return df, set(range(header_row, last_row + 1))
