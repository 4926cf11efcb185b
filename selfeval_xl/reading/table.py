"""The indicator table: its header row (one or two sheet rows) and its rows (README, "能读取的表格").

Which rows are indicators, which are section, placeholder, note, total, block-title or repeated
header rows, and where the table ends, is decided here from the vocabulary in forms.toml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..review import Findings
from ..values import fold
from .grid import Grid, _clean
from .guard import MAX_INDICATOR_ROWS, InputError
from .labels import norm_label, split_unit
from .vocabulary import VOCAB

FIELD = {"一级指标": "first", "二级指标": "second", "三级指标": "third", "指标值": "target",
         "度量单位": "unit", "实际完成值": "actual", "分值": "weight", "自评得分": "self_score",
         "偏差原因分析及改进措施": "reason", "指标性质": "op", "调整指标值": "adjusted"}
LIST_MARK = re.compile(r"[、.．(（\[【①-⑳一二三四五六七八九十]")


def heading_texts(grid: Grid, r: int) -> list[tuple[int, str]]:
    """(column, text) of the text cells a heading row holds: a cell merged down from the row above
    counts on this row, the right part of a cell merged across does not."""
    return grid.row_contents(r)[1]


def match_headings(grid: Grid, r: int) -> dict[str, int]:
    """Map canonical headings to columns for sheet row r.  A heading cell merged down from the row
    above counts on this row; the right part of a cell merged across does not.  A canonical
    heading wins over its aliases, an earlier alias over a later one, then the leftmost."""
    return _match_texts(heading_texts(grid, r))


def _match_texts(texts: list[tuple[int, str]]) -> dict[str, int]:
    """match_headings of a row's heading_texts."""
    found: dict[str, tuple[int, int]] = {}   # canonical → (priority, column)
    for c, v in texts:
        for canon, prio in _headings_of(v):
            prev = found.get(canon)
            if prev is None or prio < prev[0]:
                found[canon] = (prio, c)
    return {k: v[1] for k, v in found.items()}


@functools.lru_cache(maxsize=8192)     # a pure function of the text (the words are VOCAB's, frozen)
def _headings_of(text: str) -> tuple:
    """((canonical, priority), …) of the headings a cell's text is."""
    return VOCAB.heading_index.get(split_unit(norm_label(text))[0], ())


def _is_header(cols: dict[str, int]) -> bool:
    return all(h in cols for h in VOCAB.required_headings)


def find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """The first row holding every required heading; where the row below holds them too (a
    two-row header whose cells are merged down), the lower row."""
    for r in grid.rows():
        cols = match_headings(grid, r)
        if _is_header(cols):
            below = match_headings(grid, r + 1)
            if _is_header(below):
                return r + 1, below
            return r, cols
    return None


def nearest_header(grid: Grid) -> tuple[int, list[str]] | None:
    """The row that holds the most required headings (at least three), and those it lacks."""
    best = None
    for r in grid.rows():
        cols = match_headings(grid, r)
        n = sum(h in cols for h in VOCAB.required_headings)
        if n >= 3 and (best is None or n > best[0]):
            best = (n, r, [h for h in VOCAB.required_headings if h not in cols])
    return None if best is None else (best[1], best[2])


def own_cells(grid: Grid, r: int) -> list[tuple[int, object]]:
    """(column, value) of the non-empty cells whose content starts on row r: cells of their own and
    the top-left cells of merged ranges; a cell merged down from above is not this row's content."""
    return grid.row_contents(r)[0]


_SPACES = re.compile(r"[\s\u3000\xa0]+")


@functools.lru_cache(maxsize=8192)     # a pure function of the text (the words are VOCAB's, frozen)
def _starts_with_word(text: str, words: tuple[str, ...], follow: str | None) -> bool:
    """text is one of words, or starts with one followed by a character of `follow` (or, when
    follow is None, anything matched by LIST_MARK or a digit)."""
    t = _SPACES.sub("", text)
    n = norm_label(t)
    for w in words:
        if n == w:
            return True
        if t.startswith(w) and len(t) > len(w):
            nxt = t[len(w)]
            if follow and nxt in follow:
                return True
            if follow is None and (nxt in "：:" or nxt.isdigit() or LIST_MARK.match(nxt)):
                return True
    return False


def is_closing(first_text) -> bool:
    return isinstance(first_text, str) and _starts_with_word(first_text, tuple(VOCAB.closing_words), "：:")


def is_note(first_text) -> bool:
    return isinstance(first_text, str) and _starts_with_word(first_text, tuple(VOCAB.note_words), None)


def is_total(v) -> bool:
    return isinstance(v, str) and _is_total_text(v)


@functools.lru_cache(maxsize=8192)     # a pure function of the text (the words are VOCAB's, frozen)
def _is_total_text(text: str) -> bool:
    return split_unit(norm_label(text))[0] in VOCAB.total_words


def placeholder_name(third) -> tuple[bool, object]:
    """(only a placeholder, the name to read): "指标2：" → (True, …); "指标1：培训人次" → (False, "培训人次")."""
    if not isinstance(third, str):
        return False, third
    return _placeholder_text(third)


@functools.lru_cache(maxsize=8192)     # a pure function of the text (the patterns are VOCAB's, frozen)
def _placeholder_text(third: str) -> tuple[bool, str]:
    t = fold(third)
    if VOCAB.placeholder.fullmatch(t):
        return True, third
    m = VOCAB.placeholder_prefix.match(third.strip())
    if m:
        return False, third.strip()[m.end():].strip()
    return False, third


def _block_title(grid: Grid, r: int, own: list, columns: dict[str, int]) -> bool:
    """The row's only content is one merged cell spanning two or more of the table's columns, not
    only the 一级 and 二级 columns ("年度绩效目标2(40分)" merged across the row)."""
    if len(own) != 1:
        return False
    rng = grid.merged_range(r, own[0][0])
    if rng is None:
        return False
    spanned = {c for c in columns.values() if rng[1] <= c <= rng[3]}
    levels = {columns["一级指标"], columns["二级指标"]}
    return len(spanned) >= 2 and not spanned <= levels


def _spans_table(grid: Grid, r: int, c: int, table_cols: list[int]) -> bool:
    """A merged cell starting on row r (left of the table, say) that reaches over a table column."""
    rng = grid.merged_range(r, c)
    return rng is not None and any(rng[1] <= tc <= rng[3] for tc in table_cols)


@dataclass
class TableRead:
    rows: list[dict]
    last_row: int          # the last sheet row of the table (facts are not looked for inside it)
    end_row: int | None    # the closing row that ended it, if any


def read_indicators(grid: Grid, header_row: int, columns: dict[str, int], findings: Findings,
                    file_name: str = "") -> TableRead:
    table_cols = sorted(columns.values())
    # the columns of FIELD, and the keys of a row's entries (the same string objects on every row)
    value_cols = [(f, columns[h] if h in columns else None) for h, f in FIELD.items()]
    entries = [(f, f + "_cell", f + "_pct", f + "_uncached", columns.get(h))
               for h, f in FIELD.items() if f not in ("first", "second")]
    rows: list[dict] = []
    first = second = None
    empty_run = 0
    r = header_row
    last_row = header_row
    end_row = None
    while r < grid.max_row:
        r += 1
        own, texts = grid.row_contents(r)         # own_cells and heading_texts, in one walk
        if own and is_closing(own[0][1]):
            end_row = r
            break
        raw_empty = True
        for c in table_cols:
            cell = grid.raw(r, c)
            if cell is not None and cell.has_value():
                raw_empty = False
                break
        if raw_empty and not any(_spans_table(grid, r, c, table_cols) for c, _v in own):
            empty_run += 1
            if empty_run >= VOCAB.empty_rows_end:
                break
            continue
        empty_run = 0
        last_row = r
        cell_at = {c: grid.cell(r, c) for c in table_cols}      # each column's cell, looked up once
        vals = {}
        for f, c in value_cols:
            cell = None if c is None else cell_at[c]
            vals[f] = None if cell is None else _clean(cell.value)      # grid.value(r, c)
        if own and is_note(own[0][1]):
            continue
        if is_total(vals["first"]) or is_total(vals["second"]) or is_total(vals["third"]):
            continue
        if _is_header(_match_texts(texts)) or _block_title(grid, r, own, columns):
            continue
        if vals["first"] is not None:
            if norm_label(vals["first"]) != norm_label(first):
                second = None   # a new 一级 does not carry the previous 二级 (README, 取舍)
            first = vals["first"]
        if vals["second"] is not None:
            second = vals["second"]
        placeholder, name = placeholder_name(vals["third"])
        vals["third"] = name
        if placeholder and vals["target"] is None and vals["actual"] is None:
            continue          # the form's empty "指标2：" row
        if vals["third"] is None and vals["target"] is None and vals["actual"] is None:
            continue          # a section row
        if len(rows) >= MAX_INDICATOR_ROWS:
            raise InputError.of("too-many-indicators", file=file_name, sheet=grid.name, limit=str(MAX_INDICATOR_ROWS),
                                row=str(r), ordinal=str(MAX_INDICATOR_ROWS + 1))
        row = {"row": r, "first": first, "second": second}
        for f, f_cell, f_pct, f_uncached, c in entries:
            cell = cell_at[c] if c else None
            row[f] = vals[f]
            row[f_cell] = grid.where(r, c) if c else ""
            row[f_pct] = bool(cell is not None and cell.percent)
            row[f_uncached] = bool(cell is not None and cell.uncached)   # already an 错误 of its own
        row["first_cell"] = grid.where(r, columns["一级指标"])
        row["weight_split"] = 1
        _adjusted_target(row)
        rows.append(row)

    # a 分值 cell merged over several indicator rows is that group's weight, split equally
    wc = columns.get("分值")
    if wc:
        for (r1, c1, r2, c2) in grid.merged:
            if c1 <= wc <= c2 and r2 > r1:
                covered = [x for x in rows if r1 <= x["row"] <= r2]
                for x in covered:
                    x["weight_split"] = len(covered)
    return TableRead(rows, last_row, end_row)


def _adjusted_target(row: dict) -> None:
    """Where 调整指标值 holds a value, it is the row's target; its 指标值 is kept beside it."""
    adj = row.get("adjusted")
    row["target_initial"] = None
    if adj is None or (isinstance(adj, str) and adj.strip() in VOCAB.no_value_marks):
        return
    row["target_initial"], row["target"] = row["target"], adj
    row["target_initial_cell"], row["target_cell"] = row["target_cell"], row["adjusted_cell"]
    row["target_pct"] = row["adjusted_pct"]

