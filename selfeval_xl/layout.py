"""How much room wrapped text takes, for row heights in the workbooks the tool writes (the scored
workbook, the batch summary, the templates), so that printed text is never cut."""
from __future__ import annotations

import functools
import math

from .review import display_width

LINE_HEIGHT = 13.5                      # points per line of 10-point 宋体


# a pure function, asked again and again of the same texts (a file's name and unit on each of its
# findings in the batch summary, the same headings and labels in every workbook); typed, so that
# 1, 1.0 and True (written as "1", "1.0" and "True") are told apart
@functools.lru_cache(maxsize=4096, typed=True)
def lines(text, width: float) -> int:
    """How many lines a wrapped text takes in a column of `width` characters."""
    if text is None:
        return 1
    s = text if isinstance(text, str) else str(text)
    usable = max(1.0, width * 1.1 - 1)          # 10-point text in columns sized for 11-point digits
    if "\n" not in s:                           # most cells: one paragraph
        if 2 * len(s) <= usable:                # no character is wider than two columns
            return 1
        return max(1, math.ceil(display_width(s) / usable))
    return max(1, sum(max(1, math.ceil(display_width(part) / usable)) for part in s.split("\n")))


def row_height(cells: list[tuple[object, float]], line_height: float = LINE_HEIGHT) -> float | None:
    """The height that shows every wrapped text of a row, or None when one line is enough."""
    n = max((lines(t, w) for t, w in cells), default=1)
    return None if n <= 1 else round(n * line_height + 3, 1)
