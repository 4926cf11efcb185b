"""The cell grid: one sheet's stored cells, merged ranges and layout, read by xlsx.py or by openpyxl."""
from __future__ import annotations

import bisect
import contextlib
import functools
import io
import math
import re
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .guard import MAX_CELLS_PER_SHEET, InputError, _guard, _is_defused, _xml_entities

# --------------------------------------------------------------------------------------------
# The cell grid
# --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=16384, typed=True)     # a pure function of the column (Excel has 16,384)
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
    def formula_text(self) -> str:
        """The formula as Excel shows it, with one leading = (openpyxl's text has it already)."""
        f = self.formula or ""
        return f if f.startswith("=") else "=" + f

    def has_value(self) -> bool:
        """Whether the cell holds something: a value other than blank text, or a formula without
        its cached value."""
        v = self.value
        if isinstance(v, str):
            return bool(v.strip()) or self.uncached
        return v is not None or self.uncached

    @property
    def percent(self) -> bool:
        """A number format with an unquoted % (Excel shows 0.99 as 99%)."""
        return _percent_format(self.number_format or "")


@functools.lru_cache(maxsize=1024)     # a pure function of the format: a workbook has a few
def _percent_format(number_format: str) -> bool:
    return "%" in re.sub(r'"[^"]*"|\\.', "", number_format)


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
    _range: dict[tuple[int, int], tuple[int, int, int, int]] = field(default_factory=dict, repr=False, init=False)

    def __post_init__(self):
        # Excel never saves overlapping merged ranges (it "repairs" such a file by dropping them);
        # a later range that overlaps an earlier one is dropped here too, and reported.  Derived
        # state is rebuilt from scratch, so dataclasses.replace(grid, name=…) gives the same grid.
        self._anchor, self._range = {}, {}
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
            self._range[(r1, c1)] = rng           # kept ranges never share a top-left cell
            kept.append(rng)
        self.merged = kept
        # The columns that can hold a value in each row (stored cells and merged ranges), so that
        # scans walk what is there, not 16,384 columns × 1,048,576 rows (excel-practice.md §1.6);
        # and the last row and column of a cell with a value, in the same walk of the cells.
        by_row: dict[int, set[int]] = {}
        max_row = max_col = None
        for (r, c), cell in self.cells.items():
            if cell.has_value():
                if max_row is None or r > max_row:
                    max_row = r
                if max_col is None or c > max_col:
                    max_col = c
            cs = by_row.get(r)
            if cs is None:
                by_row[r] = {c}
            else:
                cs.add(c)
        self.max_row = 0 if max_row is None else max_row
        self.max_col = 0 if max_col is None else max_col
        for (r, c) in self._anchor:
            cs = by_row.get(r)
            if cs is None:
                by_row[r] = {c}
            else:
                cs.add(c)
        self._row_cols = {r: sorted(cs) for r, cs in by_row.items()}

    def rows(self) -> list[int]:
        """The rows that can hold a value, in order."""
        return sorted(self._row_cols)

    def cols_in_row(self, r: int, start: int = 1) -> list[int]:
        """The columns of row r that can hold a value, from `start` on, in order."""
        cols = self._row_cols.get(r, [])
        return cols[bisect.bisect_left(cols, start):] if start > 1 else cols

    def anchor(self, r: int, c: int) -> tuple[int, int]:
        rc = (r, c)
        return self._anchor.get(rc, rc)

    def cell(self, r: int, c: int) -> Cell | None:
        """The cell at (r, c); a merged cell counts as holding its top-left value."""
        rc = (r, c)
        return self.cells.get(self._anchor.get(rc, rc))

    def raw(self, r: int, c: int) -> Cell | None:
        return self.cells.get((r, c))

    def value(self, r: int, c: int):
        rc = (r, c)
        cell = self.cells.get(self._anchor.get(rc, rc))
        return None if cell is None else _clean(cell.value)

    def merged_range(self, r: int, c: int) -> tuple[int, int, int, int] | None:
        """The merged range that covers (r, c), or None."""
        a = self._anchor.get((r, c))
        return None if a is None else self._range[a]

    def row_contents(self, r: int) -> tuple[list[tuple[int, object]], list[tuple[int, str]]]:
        """(own, texts) of row r, in one walk of its columns.  own: (column, value) of the non-empty
        cells whose content starts on the row (cells of their own and the top-left cells of merged
        ranges); texts: (column, text) of its text cells as a heading row holds them (a cell merged
        down from the row above counts, the right part of a cell merged across does not)."""
        own, texts = [], []
        for c in self.cols_in_row(r):
            rc = (r, c)
            a = self._anchor.get(rc, rc)
            if a[1] != c:               # the right part of a cell merged across: neither
                continue
            cell = self.cells.get(a)
            if cell is None:
                continue
            v = _clean(cell.value)
            if isinstance(v, str):
                texts.append((c, v))
            if a == rc and (v is not None or cell.uncached):
                own.append((c, cell.value))
        return own, texts

    def where(self, r: int, c: int) -> str:
        rc = (r, c)
        ar, ac = self._anchor.get(rc, rc)
        return f"{self.name}!{col_letter(ac)}{ar}"      # name!coord(ar, ac)


def _clean(v):
    if isinstance(v, str):
        return v if v.strip() else None
    return v


ENGINES = ("lite", "fast", "openpyxl")


def load_grids(path: Path, engine: str = "lite") -> list[Grid]:
    """Build one grid per sheet of the workbook.

    engine "lite" (xlsx_lite.py) reads the plain workbooks with the standard library alone (no
    openpyxl imported, nor numpy) and hands anything else to the fast engine;
    engine "fast" reads every part once (xlsx.py: openpyxl's own code for everything but the cells);
    "openpyxl" opens the workbook with openpyxl (a second time for the formulas, when it holds any).
    The fast engine hands anything it does not read exactly as openpyxl does — and any exception,
    refusals included — to the openpyxl engine, so that both give the same grids and the same
    refusals; openpyxl stays the oracle."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    data, formulas = _guard(path)
    if engine == "lite":
        grids = _load_lite(path.name, data, formulas)
        if grids is not None:
            return grids
    if engine in ("lite", "fast"):
        grids = _load_fast(path.name, data, formulas)
        if grids is not None:
            return grids
    return _load_openpyxl(path.name, data, formulas)


def _load_lite(name: str, data: bytes, formulas: bool) -> list[Grid] | None:
    """The grids read by xlsx_lite.py, or None when the next engine must read the file.  The limits
    are checked as the other engines check them, in the same order."""
    from .xlsx_lite import read_sheets

    sheets = read_sheets(data, formulas)
    if sheets is None:
        return None
    grids = []
    for sheet in sheets:
        _check_size(name, sheet.title, sheet.n_cells)
        cells: dict[tuple[int, int], Cell] = {}
        for rc, (value, formula, number_format) in sheet.cells.items():
            if value is None:
                if formula is None:
                    continue
            elif isinstance(value, float) or (isinstance(value, str) and len(value) > MAX_DIGITS):
                value = _checked_value(name, sheet.title, *rc, value)     # nothing to check in the others
            cells[rc] = Cell(value, number_format, formula, formula is not None and value is None)
        grids.append(Grid(sheet.title, cells, sheet.merged, sheet.widths, hidden=sheet.hidden))
    return grids


def _load_fast(name: str, data: bytes, formulas: bool) -> list[Grid] | None:
    """The grids read by xlsx.py, or None when the openpyxl engine must read the file."""
    try:
        from .xlsx import read_sheets   # imported late: `selfeval-xl --help` stays fast

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sheets = read_sheets(data, formulas)
        grids = []
        for sheet in sheets:
            ws = sheet.ws
            _check_size(name, ws.title, sheet.n_cells)
            number_format = sheet.number_format
            cells: dict[tuple[int, int], Cell] = {}
            for rc, (value, formula, style_id) in sheet.cells.items():
                if value is None:
                    if formula is None:
                        continue
                elif isinstance(value, str):
                    if len(value) > MAX_DIGITS:
                        value = _checked_value(name, ws.title, *rc, value)
                elif isinstance(value, float):
                    value = _checked_value(name, ws.title, *rc, value)
                cells[rc] = Cell(value, number_format(style_id) or "General", formula,
                                 formula is not None and value is None)
            grids.append(_grid(ws, cells))
        for sheet in sheets:
            sheet.cells.clear()         # reachable from openpyxl's workbook cycle: see _load_openpyxl
        return grids
    except Exception:  # noqa: BLE001 - whatever it is, openpyxl reads the file and words any refusal
        return None


def _load_openpyxl(name: str, data: bytes, formulas: bool) -> list[Grid]:
    """Open the workbook with openpyxl (a second time for the formulas, when it holds any) and
    build one grid per sheet."""
    with warnings.catch_warnings(), _without_merged_borders():
        # openpyxl warns about what it drops (data validation extensions, unknown parts …): the
        # terminal of a user is not the place for those, and the input is never written back.
        warnings.simplefilter("ignore")
        wb_values = _open_workbook(name, data, data_only=True)
        wb_formulas = _open_workbook(name, data, data_only=False) if formulas else wb_values
    grids = []
    for ws in wb_values.worksheets:
        wf = wb_formulas[ws.title]
        _check_size(name, ws.title, len(ws._cells))
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
            value = _checked_value(name, ws.title, r, c, value)
            cells[(r, c)] = Cell(value=value, number_format=_number_format(cell),
                                 formula=formula, uncached=formula is not None and value is None)
        grids.append(_grid(ws, cells))
    # openpyxl's cells point back at their sheet, so a loaded workbook is one large cycle that only
    # the cyclic collector frees, and the command line pauses it while it works on the file
    # (collector.py): emptied here, the cells are freed at once, not when the file is done
    for wb in (wb_values,) if wb_formulas is wb_values else (wb_values, wb_formulas):
        for ws in wb.worksheets:
            ws._cells.clear()
    return grids


def _number_format(cell) -> str:
    """The cell's number format; "General" when its style names a custom format the file never
    defines (a damaged styles.xml that Excel repairs on opening: openpyxl raises IndexError)."""
    try:
        return cell.number_format or "General"
    except IndexError:
        return "General"


def _check_size(name: str, title: str, n_cells: int) -> None:
    if n_cells > MAX_CELLS_PER_SHEET:
        raise InputError.of("too-large", file=name, sheet=title, cells=str(n_cells), limit=str(MAX_CELLS_PER_SHEET))


def _checked_value(name: str, title: str, r: int, c: int, value):
    """A stored value as a grid keeps it, or the refusal of a value no real figure can have."""
    if isinstance(value, float) and not math.isfinite(value):
        value = str(value)   # Excel cannot store inf or NaN: a damaged value, kept as text
    if isinstance(value, str) and len(value) > MAX_DIGITS and _digit_run(value) > MAX_DIGITS:
        raise InputError.of("too-many-digits", file=name, sheet=title, cell=coord(r, c), limit=str(MAX_DIGITS))
    return value


def _grid(ws, cells: dict[tuple[int, int], Cell]) -> Grid:
    """The grid of an openpyxl worksheet's merged ranges, column widths and state, with `cells`."""
    merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    widths = {}
    for key, dim in ws.column_dimensions.items():
        if dim.width:
            try:
                from openpyxl.utils import column_index_from_string
                widths[column_index_from_string(key)] = float(dim.width)
            except ValueError:
                pass
    return Grid(ws.title, cells, merged, widths, hidden=ws.sheet_state != "visible")


# Python refuses to turn more than 4,300 digits into an int (a guard against quadratic parsing);
# no figure in a 申报表 comes near this
MAX_DIGITS = 4000
_NUMBERISH = re.compile(r"[\d.,，．\s]+")


def _digit_run(text: str) -> int:
    """The most digits in one stretch of digits, separators and spaces (what a number parser may take)."""
    return max((sum(ch.isdigit() for ch in m.group(0)) for m in _NUMBERISH.finditer(text)), default=0)


_SKIP_BORDERS = threading.local()        # set only by the thread that is reading a workbook
_INSTALL_LOCK = threading.Lock()


def _install_border_switch() -> None:
    """Wrap openpyxl's MergedCellRange.format (which copies borders onto the edges of a merged
    range) once, so that it can be skipped by the thread that is reading.  For every other caller
    and every other thread the wrapper calls the original: nothing changes for them, and nothing
    is swapped back and forth, so concurrent readers and template writers are safe."""
    from openpyxl.worksheet.merge import MergedCellRange

    with _INSTALL_LOCK:
        if getattr(MergedCellRange.format, "_selfeval_switch", False):
            return
        original = MergedCellRange.format

        def format(self):
            if getattr(_SKIP_BORDERS, "active", False):
                return None
            return original(self)

        format._selfeval_switch = True
        MergedCellRange.format = format


@contextlib.contextmanager
def _without_merged_borders():
    """While this thread reads, skip openpyxl's copying of borders onto merged ranges: it is half
    of openpyxl's load time on a 申报表 full of merged cells, and nothing here reads borders.
    Merged ranges themselves are read as before."""
    _install_border_switch()
    before = getattr(_SKIP_BORDERS, "active", False)
    _SKIP_BORDERS.active = True
    try:
        yield
    finally:
        _SKIP_BORDERS.active = before


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
        raise InputError.of("too-large", variant="memory", file=name) from None
    except Exception as exc:  # openpyxl raises many types for damaged files
        if _is_defused(exc):
            raise _xml_entities(name) from None
        raise InputError.of("damaged", variant="unparsable", file=name, error=type(exc).__name__) from None
    if missing:
        raise InputError.of("damaged", variant="sheets-missing", file=name, sheets="”“".join(missing))
    return reader.wb

