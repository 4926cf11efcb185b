"""Opening a file safely: refuse what is not a usable .xlsx before any parser sees it.

The zip directory is checked first (size, part count, compression ratio), then every XML part is
inflated within those bounds and scanned (DTDs, cells and ranges per sheet), and only then is the
file handed to openpyxl (grid.py).  Limits are documented in README, "输入限制".
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from .. import catalogue

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
    """A file that cannot be used at all (README “无法使用的文件”): exit code 2, one Chinese sentence.

    Raised by its refusal code and the fields of the code's message template in catalogue.toml:
    ``raise InputError.of("empty-file", file=path.name)``, or ``InputError.of("not-a-file",
    variant="special", path=str(path))`` for another sentence of the code.  ``InputError(message,
    code)`` takes a sentence written at the call site (the code must still be the catalogue's)."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        catalogue.refusal(code)                 # only the catalogue's codes
        self.message = message
        self.code = code

    @classmethod
    def of(cls, code: str, /, *, variant: str | None = None, **fields: str) -> InputError:
        """The refusal `code`, its message the catalogue's template (`variant`, if named) with
        `fields` (text) put in."""
        return cls(catalogue.refusal(code).text(variant, fields), code)


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
        raise InputError.of("file-not-found", path=str(path)) from None
    except OSError as exc:
        raise InputError.of("file-unreadable", variant="stat", path=str(path), reason=os_reason(exc)) from None
    if path.is_dir():
        raise InputError.of("not-a-file", path=str(path))
    if not path.is_file():
        raise InputError.of("not-a-file", variant="special", path=str(path))
    size = st.st_size
    limit = str(MAX_FILE_BYTES // (1024 * 1024))
    if size == 0:
        raise InputError.of("empty-file", file=name)
    if size > MAX_FILE_BYTES:
        raise InputError.of("file-too-large", file=name, size=str(size // (1024 * 1024)), limit=limit)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError.of("file-unreadable", file=name, reason=os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:   # grew since stat()
        raise InputError.of("file-too-large", variant="grew", file=name, limit=limit)
    if data.startswith(OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError.of("encrypted", file=name)
        # WPS's own .et (and its template .ett) is the same compound file as an .xls
        raise InputError.of("legacy-xls", variant="wps" if path.suffix.lower() in (".et", ".ett") else None,
                            file=name)
    if not data.startswith(ZIP_MAGIC):
        raise InputError.of("not-xlsx", file=name, content=_sniff(data))
    damaged = InputError.of("damaged", file=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            # 1. the directory alone: refuse a bomb before inflating anything
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            worst = max((i.file_size / max(i.compress_size, 1) for i in infos
                         if i.file_size > 1024 * 1024), default=0)
            if len(infos) > MAX_MEMBERS:
                raise InputError.of("zip-bomb", file=name, members=str(len(infos)), limit=str(MAX_MEMBERS))
            if total > MAX_UNCOMPRESSED_BYTES or worst > MAX_MEMBER_RATIO:
                raise InputError.of("zip-bomb", variant="size", file=name, size=str(total // (1024 * 1024)),
                                    ratio=f"{worst:.0f}")
            if "xl/workbook.xml" not in names:
                # two other spreadsheet packages an office saves, named for what they are
                if "xl/workbook.bin" in names:
                    raise InputError.of("not-xlsx", variant="xlsb", file=name)
                if _is_ods(z, names):
                    raise InputError.of("not-xlsx", variant="ods", file=name)
                raise InputError.of("not-xlsx", variant="no-workbook", file=name)
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
            raise InputError.of("damaged", variant="encoding", file=name, part=part) from None
    if _DTD.search(xml):
        raise _xml_entities(name, part)
    # every cell, row or string tag starts with "<": when the part has fewer "<" than the limit, the
    # count of "<" stands for the count of tags, and the exact count is needed only when it does not
    cells = xml.count(b"<")
    if cells <= MAX_CELLS_PER_SHEET:
        cells = _add_ranges(xml, cells)
    if cells > MAX_CELLS_PER_SHEET:
        cells = len(_CELL_TAG.findall(xml))
        if cells <= MAX_CELLS_PER_SHEET:
            cells = _add_ranges(xml, cells)
    if cells > MAX_CELLS_PER_SHEET:
        sheet_names = _sheet_names_by_part(z)
        if part in sheet_names:
            raise InputError.of("too-large", variant="sheet-part", file=name, sheet=sheet_names[part],
                                limit=str(MAX_CELLS_PER_SHEET))
        raise InputError.of("too-large", variant="part", file=name, part=part, limit=str(MAX_CELLS_PER_SHEET))
    # a formula tag holds "<f" or, with a prefix, ":f"
    return (b"<f" in xml or b":f" in xml) and _FORMULA_TAG.search(xml) is not None


def _add_ranges(xml: bytes, cells: int) -> int:
    """cells, plus the cells that the part's ranges cover, up to where the sum passes the limit."""
    if b"mergeCell" not in xml and b"hyperlink" not in xml and b"comment" not in xml:
        return cells        # no range tag without its name
    for m in _RANGE_TAG.finditer(xml):
        cells += _range_area(m.group(1) if m.group(1) is not None else m.group(2))
        if cells > MAX_CELLS_PER_SHEET:
            break
    return cells


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
    if part:
        return InputError.of("xml-entities", variant="part", file=name, part=part)
    return InputError.of("xml-entities", file=name)


def _is_ods(z: zipfile.ZipFile, names: set[str]) -> bool:
    """An OpenDocument spreadsheet (LibreOffice, WPS): its first part, `mimetype`, says so."""
    if "mimetype" not in names or z.getinfo("mimetype").file_size > 200:
        return False
    return z.read("mimetype").startswith(b"application/vnd.oasis.opendocument.spreadsheet")


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

