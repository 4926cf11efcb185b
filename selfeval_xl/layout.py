"""How much room wrapped text takes, for row heights in the workbooks the tool writes (the scored
workbook, the batch summary, the templates), so that printed text is never cut."""
from __future__ import annotations

import functools
import math
import re
import unicodedata

from .review import _WIDE

LINE_HEIGHT = 13.5                      # points per line of 10-point 宋体

# the wide blocks of review.display_width and the Ambiguous characters the findings and forms are
# full of (× ÷ ° · — ‘ ’ “ ” … ‰ ※ ≤ ≥ ①–⑳), counted in C; any other non-ASCII character is
# asked of unicodedata (tests/test_layout.py checks every code point against the plain rule)
_CELL_WIDE = _WIDE + "\u00b0\u00b7\u00d7\u00f7\u2014\u2018\u2019\u201c\u201d\u2026\u2030\u203b\u2264\u2265\u2460-\u2473"
_CELL_WIDE_RUNS = re.compile(f"[{_CELL_WIDE}]+")
_NOT_PLAIN = re.compile(f"[^\x00-\x7f{_CELL_WIDE}]")


def cell_width(s: str) -> int:
    """Columns a text takes printed in 宋体: East Asian Wide and Fullwidth characters count double,
    and so do the Ambiguous ones (the curly quotes “ ” ‘ ’ of every finding, ≥ ≤, —, …, ×, ①):
    宋体 has them full width, as Excel and WPS print them.  LibreOffice without 宋体 prints the
    quotes beside Chinese text at about 1.3 columns: wider than one, so counted as one a row
    could be a line short and its last line cut; counted as two it may get a line to spare.  (A
    terminal prints them narrow: review.display_width, for the check table, counts them 1.)"""
    if s.isascii():
        return len(s)
    n = len(s) + sum(map(len, _CELL_WIDE_RUNS.findall(s)))
    for ch in _NOT_PLAIN.findall(s):
        if unicodedata.east_asian_width(ch) in "WFA":
            n += 1
    return n


def _usable(width: float) -> float:
    """Columns of 10-point text a line of a column `width` characters wide holds (columns are
    sized for 11-point digits)."""
    return max(1.0, width * 1.1 - 1)


# a pure function, asked again and again of the same texts (a file's name and unit on each of its
# findings in the batch summary, the same headings and labels in every workbook); typed, so that
# 1, 1.0 and True (written as "1", "1.0" and "True") are told apart
@functools.lru_cache(maxsize=4096, typed=True)
def lines(text, width: float) -> int:
    """How many lines a wrapped text takes in a column of `width` characters."""
    if text is None:
        return 1
    s = text if isinstance(text, str) else str(text)
    usable = _usable(width)
    if "\n" not in s:                           # most cells: one paragraph
        if 2 * len(s) <= usable:                # no character is wider than two columns
            return 1
        return max(1, math.ceil(cell_width(s) / usable))
    return max(1, sum(max(1, math.ceil(cell_width(part) / usable)) for part in s.split("\n")))


def row_height(cells: list[tuple[object, float]], line_height: float = LINE_HEIGHT) -> float | None:
    """The height that shows every wrapped text of a row, or None when one line is enough: the
    most lines() of its cells.  A text without a line break that has room even at two columns a
    character (lines' own first test) is one line without asking lines' cache: most cells."""
    n = 1
    for t, w in cells:
        if t is None:
            continue
        s = t if type(t) is str else str(t)
        if 2 * len(s) <= _usable(w) and "\n" not in s:
            continue
        k = lines(t, w)
        if k > n:
            n = k
    return None if n <= 1 else round(n * line_height + 3, 1)
