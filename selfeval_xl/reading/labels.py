"""Labels: normalising and matching label text (README “能读取的表格”), and key/value labels found in a sheet."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..review import Findings
from ..values import format_number, fraction_of
from .grid import Cell, Grid, _clean

# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans("", "", "“”‘’\"'")


def norm_label(text) -> str:
    """Normalise a label (README “能读取的表格”): no white space, （）→(), no quotes, no trailing colon."""
    if text is None:
        return ""
    return _norm_text(str(text))


_SPACES = re.compile(r"[\s\u3000\xa0]+")


@functools.lru_cache(maxsize=8192)     # a pure function of its text: the same labels recur on every row
def _norm_text(text: str) -> str:
    s = _SPACES.sub("", text)
    s = s.replace("（", "(").replace("）", ")").translate(_QUOTES)
    return s.rstrip("：:")


_UNIT_GROUP = re.compile(r"(.+?)\(([^()]*)\)")


@functools.lru_cache(maxsize=8192)     # a pure function of the label
def split_unit(label: str) -> tuple[str, str]:
    """Split one trailing bracketed group off a normalised label: "年初预算数(元)" → (年初预算数, 元)."""
    m = _UNIT_GROUP.fullmatch(label)
    if m:
        return m.group(1), m.group(2)
    return label, ""


def labels_match(a: str, b: str) -> bool:
    """README “能读取的表格”: equal normal forms, or equal once one trailing bracketed group is removed from each."""
    return a == b or split_unit(a)[0] == split_unit(b)[0]


def label_tail(label: str) -> str:
    """What follows a list prefix: "1、资金来源：(1)财政性资金" → "财政性资金"."""
    m = re.search(r"^.*[：:、)](.+)$", label)
    return m.group(1) if m else ""


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
    """A 提示 for a label written twice with different values: the first wins (README “能读取的表格”)."""
    for name, fact in facts.items():
        ignored = [d for d in fact.duplicates if d.value is not None and d.value != fact.value]
        if not ignored:
            continue
        shown = "、".join(f"{d.label_location}“{d.label_text[:30]}”（{_show(d.value)}）" for d in ignored)
        findings.info("duplicate-label", ignored[0].label_location, label=name, location=fact.label_location,
                      text=fact.label_text[:30], value=_show(fact.value), ignored=shown)


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

