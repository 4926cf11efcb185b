"""xlsxwriter's Workbook, with one cost taken off the hot path of writing a scored workbook.

xlsxwriter runs about thirty regular expressions over every formula (`Worksheet._prepare_formula`)
to give Excel 365's dynamic-array functions (FILTER, XLOOKUP …) their `_xlfn.` prefix: a fifth of
the time of writing a 2,000-indicator workbook.  The formulas written here call only a few old
functions (IF, AND, MIN, SUM …) that never take a prefix; a formula that calls only those is
given to Excel as xlsxwriter would (the leading = and array braces stripped) without the
expressions, and any other formula goes through xlsxwriter's own code.  tests/test_xlsxbook.py
proves the two agree on every formula the tool writes and on formulas calling each prefixed
function.
"""
from __future__ import annotations

import re

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

# functions from before Excel 2010: xlsxwriter never prefixes them (no dotted names: a dot makes a
# word boundary inside a name, where one of xlsxwriter's expressions could match)
PLAIN_FUNCTIONS = frozenset("""
ABS AND AVERAGE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS IF IFERROR INDEX ISBLANK ISERROR ISNUMBER
ISTEXT LEN MATCH MAX MEDIAN MIN NOT OR ROUND ROUNDDOWN ROUNDUP ROWS SUM SUMIF SUMIFS SUMPRODUCT
TEXT TRIM VALUE VLOOKUP
""".split())
_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")


def plain_calls_only(formula: str) -> bool:
    """Whether every function the formula calls is one of PLAIN_FUNCTIONS.  Conservative: a name
    followed by "(" inside a string or a sheet name counts as a call."""
    if "_xlfn." in formula:
        return False
    return all(name.upper() in PLAIN_FUNCTIONS and name.isupper() for name in _CALL.findall(formula))


class _Worksheet(Worksheet):
    """Also remembers the widths and heights it was given, so that the writer can estimate how
    many printed pages a sheet takes (print_extent) without reading xlsxwriter's internals."""

    def __init__(self):
        super().__init__()
        self._col_px: dict[int, int] = {}
        self._row_pt: dict[int, float] = {}
        self.printed_columns: tuple[int, int] | None = None     # set with the print area

    def set_column(self, *args, **kwargs):
        out = super().set_column(*args, **kwargs)
        width = args[2] if len(args) > 2 else kwargs.get("width")
        if len(args) > 1 and isinstance(args[0], int) and width is not None:
            for c in range(args[0], args[1] + 1):
                self._col_px[c] = _width_px(width)
        return out

    def set_column_pixels(self, *args, **kwargs):
        out = super().set_column_pixels(*args, **kwargs)
        width = args[2] if len(args) > 2 else kwargs.get("width")
        if len(args) > 1 and isinstance(args[0], int) and width is not None:
            for c in range(args[0], args[1] + 1):
                self._col_px[c] = int(width)
        return out

    def set_row(self, row, height=None, *args, **kwargs):
        out = super().set_row(row, height, *args, **kwargs)
        if height is not None and isinstance(row, int):
            self._row_pt[row] = float(height)
        return out

    def print_extent(self, first_col: int, last_col: int, last_row: int,
                     default_row: float = 15.0) -> tuple[float, float]:
        """(width, height) in points of columns first_col..last_col and rows 0..last_row, as set
        (unset columns 64 px; unset rows default_row points, xlsxwriter's 15 unless told)."""
        width = sum(self._col_px.get(c, 64) for c in range(first_col, last_col + 1)) * 0.75
        height = sum(self._row_pt.get(r, default_row) for r in range(0, last_row + 1))
        return width, height

    def _prepare_formula(self, formula, expand_future_functions=False):
        if (expand_future_functions or self.use_future_functions
                or not isinstance(formula, str) or not plain_calls_only(formula)):
            return super()._prepare_formula(formula, expand_future_functions)
        # what xlsxwriter does first, and all it does to such a formula
        if formula.startswith("{"):
            formula = formula[1:]
        if formula.startswith("="):
            formula = formula[1:]
        if formula.endswith("}"):
            formula = formula[:-1]
        return formula


def _width_px(width: float) -> int:
    """Excel's pixels for a column width in characters (7-pixel digits), as xlsxwriter converts it."""
    if width <= 0:
        return 0
    if width < 1:
        return int(width * 12 + 0.5)
    return int(width * 7 + 0.5) + 5


class Workbook(xlsxwriter.Workbook):
    """xlsxwriter.Workbook whose worksheets skip the dynamic-array expressions where they cannot
    change a formula (xlsxwriter's documented way to extend it: a worksheet_class)."""
    worksheet_class = _Worksheet
