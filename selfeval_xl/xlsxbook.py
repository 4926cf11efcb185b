"""xlsxwriter's Workbook, with the costs of its general code taken off the hot path of writing a
scored workbook, each only where it cannot change a byte of the output.

1. Formulas.  xlsxwriter runs about thirty regular expressions over every cell formula
   (`Worksheet._prepare_formula`), and over two hundred over every conditional format's, to give
   Excel 2010's and 365's functions (FILTER, XLOOKUP …) their `_xlfn.` prefix.  The formulas
   written here call only a few old functions (PLAIN_FUNCTIONS: IF, AND, MIN, SUM …) that never
   take one; such a formula is given to Excel as xlsxwriter would (the leading = and array braces
   stripped) without the expressions, and any other formula goes through xlsxwriter's own code.
2. Cells.  The fast write_string / write_number / write_blank / write_formula store xlsxwriter's
   own cell tuples for the calls the tool makes (in constant_memory mode too, writing out each row
   when a later one begins, as the batch summary of a large folder is written); when the workbook
   is closed, `_write_rows` (and `_write_single_row`, its constant_memory form) write the same
   bytes as xlsxwriter's per-cell `_write_cell` for the usual kinds with one formatted string each
   (an inline string that needs none of its escapes as it is), visiting only the columns a row
   holds, and give every other kind to xlsxwriter's routine.  A link to a cell of the workbook
   (write_url "internal:…") is xlsxwriter's own Url, its fields set as its parser sets them for
   such a link (checked against the parser when this module is imported; if they differ,
   xlsxwriter's own Url is made), with its string stored by the fast write_string, and its
   <hyperlink> element is written in one string.
3. Escapes.  `_escape_attributes` returns numbers at once, and the shared strings that need none
   of xlsxwriter's escapes are written as they are (a packager of our own, through xlsxwriter's
   `_get_packager` hook).
4. Deflating.  A workbook built in memory (the scored workbook) has its parts deflated at zlib
   level ZIP_LEVEL (1), where xlsxwriter leaves zipfile's default (6): the same parts, in the same
   order, with the same names and dates, in about half the time, for about a tenth more bytes.
   xlsxwriter gives no option for the level, so its `_store_workbook` runs as it is, into a
   buffer that is thrown away, and the packager (which xlsxwriter asks for the parts) writes them
   to the workbook's file itself and hands xlsxwriter none.

tests/test_xlsxbook.py proves each against xlsxwriter (the oracles): every formula the tool writes
and formulas calling each prefixed function, and the bytes of every sample's and real table's
scored workbook, of the batch summary and of sheets built to hold every kind of cell, string and
link, written once with these methods and once with xlsxwriter's own (for 4: every part's bytes,
name, order and date).
"""
from __future__ import annotations

import io
import math
import re
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

import xlsxwriter
from xlsxwriter.packager import Packager
from xlsxwriter.sharedstrings import SharedStrings
from xlsxwriter.url import Url, UrlTypes
from xlsxwriter.utility import _preserve_whitespace, xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import (CellBlankTuple, CellDatetimeTuple, CellFormulaTuple, CellNumberTuple,
                                  CellStringTuple, Worksheet)

# functions from before Excel 2010: xlsxwriter never prefixes them (no dotted names: a dot makes a
# word boundary inside a name, where one of xlsxwriter's expressions could match)
PLAIN_FUNCTIONS = frozenset("""
ABS AND AVERAGE AVERAGEIF COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS IF IFERROR INDEX ISBLANK ISERROR
ISNUMBER ISTEXT LEN MATCH MAX MEDIAN MIN N NOT OR RANK ROUND ROUNDDOWN ROUNDUP ROWS SUM SUMIF SUMIFS
SUMPRODUCT TEXT TRIM VALUE VLOOKUP
""".split())
_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")
_XML_ESCAPES = re.compile('["&<>\n]')      # xlsxwriter.xmlwriter's xml_escapes
# what makes an inline string (constant_memory mode) more than its own text to xlsxwriter: a control
# character or an _xHHHH_ to escape, a non-character, an XML escape, a "<r>" of rich text, leading or
# trailing whitespace to preserve (its _escape_control_characters, _escape_data, _preserve_whitespace)
_PLAIN_INLINE = re.compile(r'[\x00-\x08\x0b-\x1f\ufffe\uffff"&<>\n]|_x[0-9a-fA-F]{4}_|^\s|\s$')


def plain_calls_only(formula: str) -> bool:
    """Whether every function the formula calls is one of PLAIN_FUNCTIONS.  Conservative: a name
    followed by "(" inside a string or a sheet name counts as a call."""
    if "_xlfn." in formula:
        return False
    # every name of PLAIN_FUNCTIONS is upper case: a lower-case call (xlsxwriter leaves it) is not one
    return PLAIN_FUNCTIONS.issuperset(_CALL.findall(formula))


class _Worksheet(Worksheet):
    """Also remembers the widths and heights it was given, so that the writer can estimate how
    many printed pages a sheet takes (print_extent) without reading xlsxwriter's internals.

    In constant_memory mode a row written out is forgotten: xlsxwriter keeps every row's RowInfo
    (read only while the row is written) and its height (read to place a drawing) for the life of
    the sheet, about 260 bytes a row, so the batch summary's 全部复核意见 (20,000 rows at 1,000
    files) would grow with the findings.  The RowInfo always goes; the height goes too on a sheet
    that will never hold a drawing (keep_row_sizes = False, set by its writer)."""
    keep_row_sizes = True

    def __init__(self):
        super().__init__()
        self._col_px: dict[int, int] = {}
        self._row_pt: dict[int, float] = {}
        self._styles: dict[int, str] = {}     # id(format) -> its ' s="N"' attribute (_write_cells)
        self.printed_columns: tuple[int, int] | None = None     # set with the print area

    # Both are remembered: xlsxwriter 3.3's set_column calls set_column_pixels, earlier 3.x the
    # other way round; either way the last one to run records the same pixels.
    def set_column(self, *args, **kwargs):
        out = super().set_column(*args, **kwargs)
        self._remember_width(args, kwargs, _width_px)
        return out

    def set_column_pixels(self, *args, **kwargs):
        out = super().set_column_pixels(*args, **kwargs)
        self._remember_width(args, kwargs, int)
        return out

    def _remember_width(self, args, kwargs, to_px) -> None:
        width = args[2] if len(args) > 2 else kwargs.get("width")
        if len(args) > 1 and isinstance(args[0], int) and width is not None:
            for c in range(args[0], args[1] + 1):
                self._col_px[c] = to_px(width)

    def set_row(self, row, height=None, *args, **kwargs):
        out = super().set_row(row, height, *args, **kwargs)
        if height is not None and isinstance(row, int) and not self.constant_memory:
            self._row_pt[row] = float(height)
        return out

    def print_extent(self, first_col: int, last_col: int, last_row: int,
                     default_row: float = 15.0) -> tuple[float, float]:
        """(width, height) in points of columns first_col..last_col and rows 0..last_row, as set
        (unset columns 64 px; unset rows default_row points, xlsxwriter's 15 unless told).  Not
        in constant_memory mode, whose rows are forgotten as they are written."""
        if self.constant_memory:
            raise ValueError("print_extent needs the rows' heights: not in constant_memory mode")
        width = sum(self._col_px.get(c, 64) for c in range(first_col, last_col + 1)) * 0.75
        height = sum(self._row_pt.get(r, default_row) for r in range(0, last_row + 1))
        return width, height

    def _prepare_formula(self, formula, expand_future_functions=False):
        # expand_future_functions (conditional formats, data validations) adds xlsxwriter's
        # expressions for the functions of Excel 2010 and later: none of them is in PLAIN_FUNCTIONS
        # either, so a formula calling only those is left as it is both ways
        if not isinstance(formula, str) or not plain_calls_only(formula):
            return super()._prepare_formula(formula, expand_future_functions)
        # what xlsxwriter does first, and all it does to such a formula
        if formula.startswith("{"):
            formula = formula[1:]
        if formula.startswith("="):
            formula = formula[1:]
        if formula.endswith("}"):
            formula = formula[:-1]
        return formula

    def _escape_attributes(self, attribute):
        # xlsxwriter's, without its exception for the numbers that most attributes are (row and
        # column numbers, widths, style ids): a number is written as it is
        kind = type(attribute)
        if kind is int or kind is float:
            return attribute
        if kind is not str:
            return super()._escape_attributes(attribute)
        if not _XML_ESCAPES.search(attribute):
            return attribute
        return (attribute.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\n", "&#xA;"))

    # ---- the cells stored, as xlsxwriter's write_string / write_number / write_blank /
    # write_formula store them, for the calls the tool makes: integer row and column inside the
    # sheet (in constant_memory mode, not above the rows already written), a string too short to be
    # truncated, a finite number, a formula with no array braces and only PLAIN_FUNCTIONS.  Any
    # other call goes through xlsxwriter's own method. ----

    def _fast(self, row, col) -> bool:
        """Whether (row, col) is a cell the fast methods store; records it as _check_dimensions does,
        and in constant_memory mode writes out the previous row when a later one begins, as each of
        xlsxwriter's _write_ methods does before it stores the cell."""
        if (type(row) is not int or type(col) is not int
                or not (0 <= row < self.xls_rowmax and 0 <= col < self.xls_colmax)):
            return False
        streamed = self.constant_memory
        if streamed and row < self.previous_row:
            return False                    # xlsxwriter refuses a row already written
        if self.dim_rowmin is None or row < self.dim_rowmin:
            self.dim_rowmin = row
        if self.dim_rowmax is None or row > self.dim_rowmax:
            self.dim_rowmax = row
        if self.dim_colmin is None or col < self.dim_colmin:
            self.dim_colmin = col
        if self.dim_colmax is None or col > self.dim_colmax:
            self.dim_colmax = col
        if streamed and row > self.previous_row:
            self._write_single_row(row)
        return True

    # each takes (row, col, value[, format]) by position (write_blank: all four; write_formula: a
    # cached value after the format), the missing format None and value 0 as xlsxwriter's defaults;
    # A1 notation (one argument fewer) or keywords go to xlsxwriter

    def write_string(self, *args, **kwargs):
        if not kwargs and 3 <= len(args) <= 4:
            row, col, string, fmt = args if len(args) == 4 else (*args, None)
            if type(string) is str and len(string) <= self.xls_strmax // 2 and self._fast(row, col):
                # constant_memory mode keeps the string itself, written inline with its row
                index = string if self.constant_memory else self.str_table._get_shared_string_index(string)
                self.table[row][col] = _tuple(CellStringTuple, (index, fmt))
                return 0
        return super().write_string(*args, **kwargs)

    def write_number(self, *args, **kwargs):
        if not kwargs and 3 <= len(args) <= 4:
            row, col, number, fmt = args if len(args) == 4 else (*args, None)
            kind = type(number)
            if (kind is int or (kind is float and math.isfinite(number))) and self._fast(row, col):
                self.table[row][col] = _tuple(CellNumberTuple, (number, fmt))
                return 0
        return super().write_number(*args, **kwargs)

    def write_blank(self, *args, **kwargs):
        if not kwargs and len(args) == 4:
            row, col, _, fmt = args
            if fmt is not None and self._fast(row, col):     # without a format xlsxwriter stores nothing
                self.table[row][col] = _tuple(CellBlankTuple, (fmt,))
                return 0
        return super().write_blank(*args, **kwargs)

    def write_formula(self, *args, **kwargs):
        if not kwargs and 3 <= len(args) <= 5:
            row, col, formula, fmt, value = (*args, *(None, 0)[len(args) - 3:])
            if (type(formula) is str and formula.startswith("=") and not formula.endswith("}")
                    and not self.use_future_functions and plain_calls_only(formula) and self._fast(row, col)):
                self.table[row][col] = _tuple(CellFormulaTuple, (formula[1:], fmt, value))
                return 0
        return super().write_formula(*args, **kwargs)

    def write_url(self, *args, **kwargs):
        # a link to a cell of this workbook, shown as a given string, with or without a tip (the
        # 位置 links of the scored workbook): the Url that xlsxwriter's _write_url makes, and its
        # string stored by the fast write_string.  Which links: a short "internal:" URL with no
        # "#" and a string the fast write_string takes (so none of _write_url's length checks can
        # fail), a format, below the 65,530 links of a sheet; any other call goes to xlsxwriter.
        # In constant_memory mode _fast writes out the previous row, as _write_url does.
        if len(args) == 4 and kwargs.keys() <= {"string", "tip"}:
            row, col, url, fmt = args
            string, tip = kwargs.get("string"), kwargs.get("tip")
            if (type(url) is str and url.startswith("internal:") and "#" not in url
                    and len(url) <= self.max_url_length // 2 and type(string) is str
                    and len(string) <= self.xls_strmax // 2 and fmt is not None
                    and not self.ignore_write_string and self.hlink_count < 65530
                    and self._fast(row, col)):
                if _FAST_LINKS and (tip is None or len(tip) <= _MAX_TIP):
                    link = _internal_url(url, string, tip or "")
                else:
                    link = Url(url)
                    link._text = string         # as _write_url sets it
                    if tip is not None:
                        link.tip = tip          # the setter refuses a tip too long, as for xlsxwriter
                self.hlink_count += 1
                self.write_string(row, col, string, fmt)      # the fast method: its conditions hold
                self.hyperlinks[row][col] = link
                return 0
        return super().write_url(*args, **kwargs)

    def _write_hyperlink_internal(self, row: int, col: int, url) -> None:
        # xlsxwriter's <hyperlink ref location [tooltip] display/>, in one string
        tip = f' tooltip="{self._escape_attributes(url._tip)}"' if url._tip else ""
        ref = _COL_NAMES[col] + str(row + 1) if col < 702 else xl_rowcol_to_cell_fast(row, col)
        self.fh.write(f'<hyperlink ref="{ref}" location="{self._escape_attributes(url._link)}"{tip}'
                      f' display="{self._escape_attributes(url._text)}"/>')

    # ---- the cells, as xlsxwriter's _write_rows / _calculate_spans / _write_cell write them ----

    def _calculate_spans(self) -> None:
        spans, lo, hi = {}, None, None
        cmin, cmax = self.dim_colmin, self.dim_colmax
        for row_num in range(self.dim_rowmin, self.dim_rowmax + 1):
            for cols in (self.table.get(row_num), self.comments.get(row_num)):
                if cols:
                    inside = [c for c in cols if cmin <= c <= cmax]
                    if inside:
                        a, b = min(inside), max(inside)
                        lo, hi = (a, b) if lo is None else (min(lo, a), max(hi, b))
            if (row_num + 1) % 16 == 0 or row_num == self.dim_rowmax:
                if lo is not None:
                    spans[row_num // 16] = f"{lo + 1}:{hi + 1}"
                    lo = None
        self.row_spans = spans

    def _write_rows(self) -> None:
        self._calculate_spans()
        cmin, cmax = self.dim_colmin, self.dim_colmax
        for row_num in range(self.dim_rowmin, self.dim_rowmax + 1):
            cells = self.table.get(row_num)
            info = self.row_info.get(row_num)
            if not (info is not None or row_num in self.comments or cells):
                continue
            span = self.row_spans.get(row_num // 16)
            if cells:
                self._write_row(row_num, span, info)
                self._write_cells(row_num, cells, cmin, cmax)
                self.fh.write("</row>")
            else:
                self._write_empty_row(row_num, span, info)

    def _write_single_row(self, current_row_num=0) -> None:
        # constant_memory mode: the previous row, written as soon as a later row is begun
        row_num, self.previous_row = self.previous_row, current_row_num
        cells = self.table.get(row_num)
        if cells:
            self._write_row(row_num, None, self.row_info.get(row_num))
            self._write_cells(row_num, cells, self.dim_colmin, self.dim_colmax)
            self.fh.write("</row>")
        elif row_num in self.row_info or row_num in self.comments:
            self._write_empty_row(row_num, None, self.row_info[row_num])
        self.table.clear()
        self.row_info.pop(row_num, None)          # forgotten once written (the class's docstring)
        if not self.keep_row_sizes:
            self.row_sizes.pop(row_num, None)

    def _write_cells(self, row: int, cells: dict, cmin: int, cmax: int) -> None:
        """The cells of one row, in column order, as xlsxwriter's _write_cell writes each: the
        usual kinds here (a shared or, in constant_memory mode, inline string, a number, a blank, a
        formula with a plain cached value), every other kind and rich inline strings by
        xlsxwriter's _write_cell."""
        out, r = [], str(row + 1)
        names = _COL_NAMES
        info = self.row_info.get(row)
        row_format = info.row_format if info is not None else None
        inline = self.constant_memory
        styles = self._styles
        for col in sorted(cells):
            if not cmin <= col <= cmax:
                continue
            cell = cells[col]
            kind = type(cell)
            if inline and kind is CellStringTuple:     # inline: constant_memory mode only
                string = cell.string
                plain = _PLAIN_INLINE.search(string) is None
                if not plain:
                    string = self._escape_control_characters(string)
                    if string.startswith("<r>") and string.endswith("</r>"):
                        kind = None                 # a rich string: xlsxwriter's
            if kind not in _FAST_CELLS:
                if out:
                    self.fh.write("".join(out))
                    out = []
                self._write_cell(row, col, cell)
                continue
            fmt = cell.format
            if fmt:
                # a format's index, once given, is fixed; for a format equal to an earlier one
                # xlsxwriter finds it again from all its properties at every cell: once per sheet here
                style = styles.get(id(fmt))
                if style is None:
                    style = styles[id(fmt)] = f' s="{fmt._get_xf_index()}"'
            elif row_format:
                style = f' s="{row_format._get_xf_index()}"'
            elif col in self.col_info and self.col_info[col].column_format is not None:
                style = f' s="{self.col_info[col].column_format._get_xf_index()}"'
            else:
                style = ""
            ref = names[col] + r if col < 702 else xl_rowcol_to_cell_fast(row, col)
            if kind is CellStringTuple:
                if not inline:                      # the index of a shared string
                    out.append(f'<c r="{ref}"{style} t="s"><v>{cell.string}</v></c>')
                elif plain:
                    out.append(f'<c r="{ref}"{style} t="inlineStr"><is><t>{string}</t></is></c>')
                else:
                    keep = ' xml:space="preserve"' if _preserve_whitespace(string) else ""
                    out.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{keep}>{self._escape_data(string)}</t></is></c>')
            elif kind is CellNumberTuple or kind is CellDatetimeTuple:
                out.append(f'<c r="{ref}"{style}><v>{cell.number:.16G}</v></c>')
            elif kind is CellBlankTuple:
                out.append(f'<c r="{ref}"{style}/>')
            else:                                   # a formula and its cached value
                value, t = cell.value, ""
                if isinstance(value, bool):
                    value, t = (1 if value else 0), ' t="b"'
                elif isinstance(value, str) and value:
                    t = ' t="e"' if value in _ERROR_CODES else ' t="str"'
                out.append(f'<c r="{ref}"{style}{t}><f>{self._escape_data(cell.formula)}</f>'
                           f'<v>{self._escape_data(value)}</v></c>')
        if out:
            self.fh.write("".join(out))


# a named tuple built without its generated __new__ (a Python call per cell): the same object
_tuple = tuple.__new__


def _internal_url(url: str, text: str, tip: str):
    """xlsxwriter's Url for url ("internal:" + a target without "#") shown as text, with tip, its
    fields as Url's parser sets them (Url._parse_url, internal branch; _escape_strings leaves an
    internal link alone), without running the parser for every link."""
    link = object.__new__(Url)
    target = url[9:]
    link.__dict__.update(_link_type=UrlTypes.INTERNAL, _original_url=url, _link=target,
                         _relationship_link="#" + target, _text=text, _tip=tip, _anchor=target,
                         _is_object_link=False, _rel_index=0)
    return link


def _parsed_url(url: str, text: str, tip: str):
    link = Url(url)
    link._text = text
    link.tip = tip
    return link


def _links_agree() -> bool:
    """Whether _internal_url makes what xlsxwriter's parser makes (another version of xlsxwriter
    may give Url other fields): the shortcut is taken only then, compared once, on import."""
    return all(vars(_internal_url(u, t, tip)) == vars(_parsed_url(u, t, tip)) for u, t, tip in (
        ("internal:'原表-整体绩效目标申报表'!B7", "整体绩效目标申报表!B7", "转到 原表-整体绩效目标申报表 的 B7"),
        ("internal:Sheet1!A1", "Sheet1!A1", "")))


_MAX_TIP = Url.MAX_PARAMETER_LEN // 2        # characters: at most twice as many UTF-16 units, never
                                             # more than the Url.tip setter accepts
_FAST_LINKS = _links_agree()
# column letters of the first 702 columns (A … ZZ), as xl_rowcol_to_cell_fast names them
_COL_NAMES = tuple(xl_rowcol_to_cell_fast(0, c)[:-1] for c in range(702))
_FAST_CELLS = frozenset({CellStringTuple, CellNumberTuple, CellDatetimeTuple, CellBlankTuple, CellFormulaTuple})
_ERROR_CODES = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})


def _width_px(width: float) -> int:
    """Excel's pixels for a column width in characters (7-pixel digits), as xlsxwriter converts it."""
    if width <= 0:
        return 0
    if width < 1:
        return int(width * 12 + 0.5)
    return int(width * 7 + 0.5) + 5


# a shared string that xlsxwriter's _write_si writes as <si><t>string</t></si>, unchanged: none of
# its escapes (control characters, _xHHHH_, &, <, >, U+FFFE/FFFF), no space to preserve at either
# end (Python's \s, as xlsxwriter's); a rich string (<r>…</r>) has a "<", and a tab or a newline
# (left as they are by xlsxwriter) also takes xlsxwriter's road
_SST_CARE = re.compile(r'[\x00-\x1f&<>\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$')


class _SharedStrings(SharedStrings):
    def _write_sst_strings(self) -> None:
        out = []
        for string in self.string_table.string_array:
            if _SST_CARE.search(string):
                if out:
                    self.fh.write("".join(out))
                    out = []
                self._write_si(string)
            else:
                out.append(f"<si><t>{string}</t></si>")
        if out:
            self.fh.write("".join(out))


# zlib's level for the parts of a workbook built in memory (4 above): 1 deflates a scored
# workbook's 200 KB of XML to about 22 KB in half the time level 6 takes to make 20 KB of it
ZIP_LEVEL = 1


class _Packager(Packager):
    def _create_package(self):
        parts = super()._create_package()
        target = getattr(self.workbook, "_zip_target", None)
        if target is None:
            return parts
        # as xlsxwriter's _store_workbook stores parts built in memory, at ZIP_LEVEL
        with ZipFile(target, "w", compression=ZIP_DEFLATED, allowZip64=self.workbook.allow_zip64) as xlsx:
            for part, name, is_binary in parts:
                info = ZipInfo(name, (1980, 1, 1, 0, 0, 0))
                info.compress_type = ZIP_DEFLATED
                data = part.getvalue()
                xlsx.writestr(info, data if is_binary else data.encode("utf-8"), compresslevel=ZIP_LEVEL)
        return []

    def _write_shared_strings_file(self) -> None:
        # xlsxwriter's, with the SharedStrings above
        sst = _SharedStrings()
        sst.string_table = self.workbook.str_table
        if not self.workbook.str_table.count:
            return
        sst._set_xml_writer(self._filename("xl/sharedStrings.xml"))
        sst._assemble_xml_file()


class Workbook(xlsxwriter.Workbook):
    """xlsxwriter.Workbook whose worksheets skip the dynamic-array expressions where they cannot
    change a formula (xlsxwriter's documented way to extend it: a worksheet_class), and whose
    shared strings are written without xlsxwriter's per-string escapes where none applies
    (its hook for another packager, _get_packager), and whose parts, when built in memory, are
    deflated at ZIP_LEVEL."""
    worksheet_class = _Worksheet
    _zip_target = None

    def _get_packager(self):
        return _Packager()

    def close(self) -> None:
        super().close()
        # Each worksheet holds the workbook's bound add_format (xlsxwriter's only use of it: the
        # format of a checkbox, inserted before closing), so the workbook and its sheets form a
        # cycle, and every cell of every sheet (78,000 objects at 2,000 indicators) waited for
        # Python's cyclic collector, which walks everything alive each time it runs.  Closed, the
        # book takes no more cells: the link is cut, and the book is freed as soon as it is let go.
        if self.fileclosed:
            for ws in self.worksheets():
                ws.workbook_add_format = None

    def _store_workbook(self) -> None:
        if not self.in_memory:
            return super()._store_workbook()
        # xlsxwriter prepares the workbook and asks the packager for its parts; the packager
        # writes them to the file, and xlsxwriter's own (empty) zip goes to a buffer
        self._zip_target, self.filename = self.filename, io.BytesIO()
        try:
            super()._store_workbook()
        finally:
            self.filename, self._zip_target = self._zip_target, None
