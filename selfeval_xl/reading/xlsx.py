"""The fast engine of grid.load_grids: every part of the workbook read once, the cells without openpyxl.

openpyxl stays the oracle.  Today's reading is two openpyxl loads (``data_only=True`` for the cached
values, then ``data_only=False`` for the formula text); nearly all of their time goes into the cells
(openpyxl parses worksheets with the pure-Python XML parser, validates every inline string through
its descriptors and builds a Cell object per cell).  This module does one load whose shell is
openpyxl's own code — the content types, workbook.xml and its relationships, the document
properties, styles.xml, every non-cell element of a worksheet (sheet views, page setup, data
validations, conditional formats, column and row dimensions, merged ranges, tables, drawings, pivot
tables) and the defined names — so that what openpyxl accepts or refuses there stays exactly the
same; only the cells (and the plain shared strings) are read here, with the C XML parser, mirroring
``openpyxl/worksheet/_reader.py`` (WorkSheetParser.parse_cell / parse_formula / parse_row) for both
loads at once: the value as ``data_only=True`` gives it, the formula text as ``data_only=False``
gives it.

Whatever this module does not know for certain that openpyxl reads the same way — an array or data
table formula, hyperlinks or comments (openpyxl creates cells for them, and a hyperlink fills an
empty cell), a row or cell element where openpyxl would not expect it, a part not in UTF-8, an
openpyxl other than 3.1 — raises :class:`Unsupported`; grid.py then reads the workbook through
openpyxl as before (it does so on any exception, so that every refusal keeps its message).

Call :func:`read_sheets` under ``warnings.catch_warnings()`` (openpyxl warns about what it drops).
Nothing here keeps state between calls: every read builds its own objects, so threads may read at
once.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Callable
from xml.etree.ElementTree import fromstring as _c_fromstring   # the C parser (expat, like openpyxl's)

import openpyxl
from openpyxl.cell.cell import Cell as _OpenpyxlCell
from openpyxl.cell.cell import MergedCell
from openpyxl.cell.text import Text
from openpyxl.formula.translate import Translator
from openpyxl.packaging.relationship import RelationshipList, get_dependents, get_rels_path
from openpyxl.pivot.table import TableDefinition
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet import _reader as _wsr
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.table import Table
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.reader.drawings import find_images
from openpyxl.xml.constants import COMMENTS_NS, SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import fromstring as _openpyxl_fromstring

# The reader mirrors openpyxl 3.1's internals (worksheet/_reader.py, reader/excel.py); another series
# may parse differently, so it is read by openpyxl alone.
SUPPORTED = openpyxl.__version__.startswith("3.1.")

_NS = "{%s}" % SHEET_MAIN_NS
_SI, _SST, _T = _NS + "si", _NS + "sst", _NS + "t"
_C, _V, _F, _IS = _wsr.CELL_TAG, _wsr.VALUE_TAG, _wsr.FORMULA_TAG, _wsr.INLINE_STRING
_ROW, _WORKSHEET = _wsr.ROW_TAG, _NS + "worksheet"
_cast_number = _wsr._cast_number            # "5" → 5, "5.5" → 5.5: openpyxl's own

# The elements WorkSheetParser.parse acts on (wherever they are), besides the rows: its dispatcher
# and its properties (attribute name, class), as in openpyxl 3.1.
_PROPERTIES = {
    _wsr.PRINT_TAG: ('print_options', _wsr.PrintOptions),
    _wsr.MARGINS_TAG: ('page_margins', _wsr.PageMargins),
    _wsr.PAGE_TAG: ('page_setup', _wsr.PrintPageSetup),
    _wsr.HEADER_TAG: ('HeaderFooter', _wsr.HeaderFooter),
    _wsr.FILTER_TAG: ('auto_filter', _wsr.AutoFilter),
    _wsr.VALIDATION_TAG: ('data_validations', _wsr.DataValidationList),
    _wsr.PROPERTIES_TAG: ('sheet_properties', _wsr.WorksheetProperties),
    _wsr.VIEWS_TAG: ('views', _wsr.SheetViewList),
    _wsr.FORMAT_TAG: ('sheet_format', _wsr.SheetFormatProperties),
    _wsr.SCENARIOS_TAG: ('scenarios', _wsr.ScenarioList),
    _wsr.TABLE_TAG: ('tables', _wsr.TablePartList),
    _wsr.HYPERLINK_TAG: ('hyperlinks', _wsr.HyperlinkList),
    _wsr.MERGE_TAG: ('merged_cells', _wsr.MergeCells),
}
_DISPATCHED = {
    _wsr.COL_TAG: "parse_column_dimensions",
    _wsr.PROT_TAG: "parse_sheet_protection",
    _wsr.EXT_TAG: "parse_extensions",
    _wsr.CF_TAG: "parse_formatting",
    _wsr.LEGACY_TAG: "parse_legacy",
    _wsr.ROW_BREAK_TAG: "parse_row_breaks",
    _wsr.COL_BREAK_TAG: "parse_col_breaks",
    _wsr.CUSTOM_VIEWS_TAG: "parse_custom_views",
}
# a tag that openpyxl acts on wherever it meets it: inside a cell it would change what is read
_ACTIVE = frozenset(_PROPERTIES) | frozenset(_DISPATCHED) | {_ROW}

_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_SIMPLE_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")


class Unsupported(Exception):
    """Something the fast reader does not read exactly as openpyxl does: read through openpyxl."""


@dataclass
class Sheet:
    """One worksheet as the two openpyxl loads would give it."""
    ws: object                  # the openpyxl Worksheet: title, sheet_state, merged_cells, column_dimensions
    cells: dict                 # (row, col) → (value, formula text or None, style id), stored cells
                                # not covered by a merged range, in openpyxl's order (ws._cells)
    n_cells: int                # len(ws._cells) in openpyxl (merged and created cells included)
    number_format: Callable     # style id → the cell's number_format, as openpyxl's Cell gives it


def read_sheets(data: bytes, formulas: bool) -> list[Sheet]:
    """The worksheets of the workbook `data`, in order.  `formulas` is _guard's answer to "may any
    part hold a formula?" (when it says no, today's reading makes no formula load)."""
    if not SUPPORTED:
        raise Unsupported(f"openpyxl {openpyxl.__version__}")
    reader = _Reader(io.BytesIO(data), read_only=False, keep_vba=False, data_only=True,
                     keep_links=False, rich_text=False)
    reader.formulas = formulas
    reader.sheets = []
    reader.read()
    wb = reader.wb
    cell_styles = wb._cell_styles
    custom_formats = wb._number_formats
    known: dict = {}

    def number_format(style_id):      # NumberFormatDescriptor.__get__ on the cell's StyleArray
        try:
            return known[style_id]
        except KeyError:
            pass
        idx = cell_styles[style_id].numFmtId
        fmt = (BUILTIN_FORMATS.get(idx, "General") if idx < BUILTIN_FORMATS_MAX_SIZE
               else custom_formats[idx - BUILTIN_FORMATS_MAX_SIZE])
        known[style_id] = fmt
        return fmt

    return [Sheet(ws, cells, n, number_format) for ws, cells, n in reader.sheets]


# --------------------------------------------------------------------------------------------
# XML
# --------------------------------------------------------------------------------------------

def _parse(src: bytes):
    """The C parser over a UTF-8 part.  Anything else (UTF-16, UTF-32, a declared single-byte
    encoding) goes to openpyxl, whose parser refuses the DTDs that guard.py cannot see there."""
    head = src[:4]
    if b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise Unsupported("not UTF-8")
    m = _ENCODING.match(src[:300].lstrip(b"\xef\xbb\xbf"))
    if m and m.group(1).lower() not in (b"utf-8", b"utf8"):
        raise Unsupported("declared encoding")
    if b"<!DOCTYPE" in src or b"<!ENTITY" in src:
        raise Unsupported("DTD")
    return _c_fromstring(src)


def _text(el) -> str:
    """Text.from_tree(el).content for an <si> or <is>: the plain case here, the rest by openpyxl."""
    if len(el) == 1:
        t = el[0]
        if t.tag == _T and not len(t) and all(k[0] == "{" for k in el.attrib):
            return t.text or ""
    return Text.from_tree(el).content


def _shared_strings(src: bytes) -> list[str]:
    """openpyxl's read_string_table (every <si>, wherever it is, in document order)."""
    root = _parse(src)
    out = []
    for si in root.iter(_SI):
        if not (len(si) == 1 and not len(si[0]) and si[0].tag != _SI):
            # openpyxl reads an <si> when it ends: one inside another would come first
            if any(d is not si for d in si.iter(_SI)):
                raise Unsupported("nested si")
        out.append(_text(si).replace('x005F_', ''))
    return out


# --------------------------------------------------------------------------------------------
# The workbook: openpyxl's ExcelReader, with the cells read here
# --------------------------------------------------------------------------------------------

class _Reader(ExcelReader):

    def read_strings(self):
        ct = self.package.find(SHARED_STRINGS)
        if ct is not None:
            self.shared_strings = _shared_strings(self.archive.read(ct.PartName[1:]))

    def read_worksheets(self):
        """ExcelReader.read_worksheets (openpyxl 3.1), with _SheetReader for WorksheetReader."""
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                raise Unsupported("missing sheet")       # refused by grid.py's openpyxl path
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            rels = RelationshipList()
            if rels_path in self.valid_files:
                rels = get_dependents(self.archive, rels_path)
            ws = self.wb.create_sheet(sheet.name)
            ws._rels = rels
            ws_parser = _SheetReader(ws, self.archive.read(rel.target), self.shared_strings, self.formulas)
            ws_parser.bind_all()
            if any(True for _ in rels.find(COMMENTS_NS)):
                raise Unsupported("comments")           # openpyxl creates a cell per comment
            if self.wb.vba_archive and ws.legacy_drawing:
                ws.legacy_drawing = rels.get(ws.legacy_drawing).target
            else:
                ws.legacy_drawing = None
            for t in ws_parser.tables:
                src = self.archive.read(t)
                xml = _openpyxl_fromstring(src)
                table = Table.from_tree(xml)
                ws.add_table(table)
            drawings = rels.find(SpreadsheetDrawing._rel_type)
            for rel in drawings:
                charts, images = find_images(self.archive, rel.target)
                for c in charts:
                    ws.add_chart(c, c.anchor)
                for im in images:
                    ws.add_image(im, im.anchor)
            pivot_rel = rels.find(TableDefinition.rel_type)
            pivot_caches = self.parser.pivot_caches
            for r in pivot_rel:
                pivot_path = r.Target
                src = self.archive.read(pivot_path)
                tree = _openpyxl_fromstring(src)
                pivot = TableDefinition.from_tree(tree)
                pivot.cache = pivot_caches[pivot.cacheId]
                ws.add_pivot(pivot)
            ws.sheet_state = sheet.state
            self.sheets.append((ws, ws_parser.cells, ws_parser.n_cells))


class _LazyCells(dict):
    """ws._cells while the merged ranges are bound: a stored cell becomes an openpyxl Cell only when
    openpyxl's merge code looks at it (a corner of a range), so that code runs unchanged."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def _load(self, key):
        if not dict.__contains__(self, key):
            cell = self._make(key)
            if cell is not None:
                dict.__setitem__(self, key, cell)

    def get(self, key, default=None):
        self._load(key)
        return dict.get(self, key, default)

    def __contains__(self, key):
        self._load(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key):
        self._load(key)
        return dict.__getitem__(self, key)


class _SheetReader(_wsr.WorksheetReader):
    """WorksheetReader with the cells (bind_cells) and the merged ranges' cells read here; every other
    bind_* is openpyxl's, over what the walk below handed to openpyxl's own parser methods."""

    def __init__(self, ws, src: bytes, shared_strings, formulas: bool):
        super().__init__(ws, None, shared_strings, True, False)
        self.src = src
        self.formulas = formulas
        self.cells: dict = {}
        self.n_cells = 0

    # -- the walk: WorkSheetParser.parse, over the whole tree, in the order of iterparse's end events

    def bind_cells(self):
        root = _parse(self.src)
        self.src = None
        if root.tag != _WORKSHEET:
            raise Unsupported("root")
        p = self.parser
        handlers = {tag: getattr(p, name) for tag, name in _DISPATCHED.items()}
        put = self._cell_store()
        row = _tree_rows(p, put)

        def walk(el):
            for child in el:
                if child.tag == _ROW:
                    row(child)
                else:
                    walk(child)
            tag = el.tag
            handler = handlers.get(tag)
            if handler is not None:
                handler(el)
                el.clear()
                return
            prop = _PROPERTIES.get(tag)
            if prop is not None:
                setattr(p, prop[0], prop[1].from_tree(el))
                el.clear()

        walk(root)

    def _cell_store(self):
        """A function doing the rest of WorkSheetParser.parse_cell for one cell (the value as
        data_only=True reads it, the formula as data_only=False reads it) and bind_cells' style
        lookup, keeping the cell in self.cells.  `inline` is the <is> element (or its text, or None),
        `f` whether there is an <f>."""
        p = self.parser
        cells = self.cells
        cell_styles = self.ws.parent._cell_styles
        shared_strings = p.shared_strings
        date_formats, timedelta_formats, epoch = p.date_formats, p.timedelta_formats, p.epoch
        formulas = self.formulas
        shared_formulae: dict = {}
        styles_ok: set = set()

        def put(r, c, coordinate, data_type, style_id, vtext, inline, f, ftext, ftype, fsi):
            # the value, as data_only=True reads it
            if data_type == "inlineStr":
                value = None
                if inline is not None:
                    value = inline if type(inline) is str else _text(inline)
            elif vtext:
                value = vtext
                if data_type == 'n':
                    value = _cast_number(value)
                    if style_id in date_formats:
                        try:
                            value = from_excel(value, epoch, timedelta=style_id in timedelta_formats)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif data_type == 's':
                    value = shared_strings[int(value)]
                elif data_type == 'b':
                    value = bool(int(value))
                elif data_type == 'd':
                    value = from_ISO8601(value)
            else:
                value = None

            # the formula, as data_only=False reads it (WorkSheetParser.parse_formula)
            formula = None
            if f and formulas:
                formula = "=" if ftext is None else "=" + ftext
                if ftype == "array" or ftype == "dataTable":
                    raise Unsupported(ftype)            # openpyxl gives an object, not text
                if ftype == "shared":
                    if fsi in shared_formulae:
                        formula = shared_formulae[fsi].translate_formula(coordinate)
                    elif formula != "=":
                        shared_formulae[fsi] = Translator(formula, coordinate)

            if style_id not in styles_ok:           # bind_cells: ws.parent._cell_styles[style_id]
                cell_styles[style_id]
                styles_ok.add(style_id)
            cells[(r, c)] = (value, formula, style_id)

        return put

    # -- the merged ranges: bind_merged_cells, with ws._cells standing in lazily

    def bind_merged_cells(self):
        cells = self.cells
        if not self.parser.merged_cells:
            self.n_cells = len(cells)
            return
        ws = self.ws
        cell_styles = ws.parent._cell_styles

        def make(key):
            stored = cells.get(key)
            if stored is None:
                return None
            c = _OpenpyxlCell(ws, row=key[0], column=key[1], style_array=cell_styles[stored[2]])
            c._value = stored[0]
            return c

        lazy = _LazyCells(make)
        borders = ws.parent._borders
        ws._cells = lazy
        try:
            ranges = []
            for cr in self.parser.merged_cells.mergeCell:
                # MergedCellRange(ws, cr.ref), whose _get_borders creates the top-left cell and, when
                # the bottom-right one is stored too, does start.border += Border(right=end.border.right,
                # bottom=end.border.bottom): what can fail there is looking the two borders up.  The
                # border it adds is valid; openpyxl's list of borders grows by it, which may make a
                # later lookup succeed that fails here: then openpyxl reads the file.
                mcr = MergedCellRange.__new__(MergedCellRange)
                CellRange.__init__(mcr, range_string=cr.ref)
                mcr.ws = ws
                start = lazy.get((mcr.min_row, mcr.min_col))
                if start is None:
                    start = ws.cell(row=mcr.min_row, column=mcr.min_col)
                mcr.start_cell = start
                end = lazy.get((mcr.max_row, mcr.max_col))
                if end is not None:
                    for cell in (start, end):     # StyleDescriptor.__get__
                        if not cell._style:
                            cell._style = StyleArray()
                        borders[cell._style.borderId]
                    start._style.borderId = 0
                # Worksheet._clean_merge_range, without mcr.format(): it only copies borders, and
                # today's reading switches it off (grid._without_merged_borders)
                covered = mcr.cells
                next(covered)
                for row, col in covered:
                    lazy[row, col] = MergedCell(ws, row, col)
                ranges.append(mcr)
            ws.merged_cells = MultiCellRange(ranges)
        finally:
            ws._cells = {}
        self.n_cells = len(cells.keys() | lazy.keys())
        for key, cell in lazy.items():
            if isinstance(cell, MergedCell):
                cells.pop(key, None)

    def bind_hyperlinks(self):
        if self.parser.hyperlinks.hyperlink:
            raise Unsupported("hyperlinks")          # openpyxl creates cells and fills empty ones



# --------------------------------------------------------------------------------------------
# Rows: WorkSheetParser.parse_row and the first half of parse_cell
# --------------------------------------------------------------------------------------------

def _row_number(p, attrs) -> int:
    """parse_row's row counter."""
    if "r" in attrs:
        try:
            p.row_counter = int(attrs['r'])
        except ValueError:
            val = float(attrs['r'])
            if val.is_integer():
                p.row_counter = int(val)
            else:
                raise ValueError(f"{attrs['r']} is not a valid row number") from None
    else:
        p.row_counter += 1
    for k in attrs:
        if k != "r" and k != "spans" and k[0] != "{":
            p.row_dimensions[str(p.row_counter)] = dict(attrs)
            break
    return p.row_counter


def _tree_rows(p, put):
    """A function reading one <row> element."""
    columns: dict[str, int] = {}
    simple_ref = _SIMPLE_REF.fullmatch
    C, V, F, IS, ACTIVE = _C, _V, _F, _IS, _ACTIVE

    def read_row(row):
        row_counter = _row_number(p, row.attrib)
        col_counter = 0
        for el in row:
            if el.tag != C:
                raise Unsupported("row child")
            v = f = inline = None
            if len(el):
                for child in el:
                    tag = child.tag
                    if tag == V:
                        if len(child):
                            raise Unsupported("v children")
                        if v is None:
                            v = child
                    elif tag == IS:
                        if not (len(child) == 1 and not len(child[0]) and child[0].tag not in ACTIVE):
                            for d in child.iter():
                                if d.tag in ACTIVE:
                                    raise Unsupported("active tag in is")
                        if inline is None:
                            inline = child
                    elif tag == F:
                        if len(child):
                            raise Unsupported("f children")
                        if f is None:
                            f = child
                    else:
                        raise Unsupported("cell child")
            get = el.get
            coordinate = get('r')
            style_id = get('s', 0)
            if style_id:
                style_id = int(style_id)
            if coordinate:
                m = simple_ref(coordinate)
                if m is not None:
                    letters, digits = m.groups()
                    c = columns.get(letters)
                    if c is None:
                        c = columns[letters] = _column(letters)
                    r = int(digits)
                else:
                    r, c = coordinate_to_tuple(coordinate)
                col_counter = c
            else:
                col_counter += 1
                r, c = row_counter, col_counter
            if inline is not None and len(inline) == 1:
                t = inline[0]
                if t.tag == _T and not len(t) and not inline.attrib:
                    inline = t.text or ""
            if f is None:
                put(r, c, coordinate, get('t', 'n'), style_id, None if v is None else v.text, inline,
                    False, None, None, None)
            else:
                put(r, c, coordinate, get('t', 'n'), style_id, None if v is None else v.text, inline,
                    True, f.text, f.get('t'), f.get('si'))
        p.col_counter = col_counter

    return read_row


def _column(letters: str) -> int:
    """column_index_from_string for 1-3 capital letters (always valid: at most ZZZ = 18278)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n
