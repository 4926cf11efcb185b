"""The scoring methods, each written once: its Python rule, its 评分依据 words and its Excel formula
side by side (README, “评分规则”).  rules.py scores with `Method.rule`; writing.py writes
`Method.formula` into 指标评分 so that the scored workbook recomputes what was scored.  The parity
tests (tests/test_formula_parity.py, LibreOffice) recalculate the formulas and compare them with the
rule on every row, so a change to one without the other fails there.

A quantitative rule takes the actual x (already ≥ 0: a negative actual counts as 0, in the formula
as MAX(x,0)), the target t, the upper bound hi of a range, the weight w, and the numbers as shown
(`Shown`); it returns the score and its 评分依据.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable

from .values import AT_LEAST, AT_MOST, BETWEEN, EQUAL, LESS, MORE

ZERO = Fraction(0)


@dataclass(frozen=True)
class Shown:
    """The numbers of one row as 评分依据 shows them."""
    x: str          # the actual with its unit ("95%")
    t: str          # the target with its unit
    x_bare: str     # without the unit, in a ratio ("95/90×10")
    t_bare: str
    hi_bare: str    # the upper bound of a range, without the unit
    w: str          # the weight
    unit: str       # "%" or ""

    @property
    def range(self) -> str:
        return f"{self.t_bare}–{self.hi_bare}{'%' if self.unit == '%' else ''}"


@dataclass(frozen=True)
class Cells:
    """The cells of one row of 指标评分 that a formula reads."""
    w: str          # 分值
    t: str          # 计分指标值 (the target number)
    hi: str         # 计分上限 (a range's upper bound)
    a: str          # 计分采用值 (the actual number, or the band of a qualitative row)
    s: str          # 自评得分 on the weight that scores

    @property
    def x(self) -> str:
        return f"MAX({self.a},0)"                 # a negative actual counts as 0


@dataclass(frozen=True)
class Method:
    name: str                                   # as the 计分方法 column shows it
    ops: tuple[str, ...]                        # the comparisons of 指标值 it scores
    rule: Callable                              # (x, t, hi, w, Shown) -> (score, 评分依据)
    body: Callable[[Cells], str]                # the formula's body, given the cells


# --- 正向: at least (≥, and > scored like it) ---------------------------------------------------

def _at_least(x, t, hi, w, n: Shown):
    if x >= t:
        return w, f"正向指标：实际 {n.x} ≥ 指标值 {n.t}，得满分 {n.w}"
    if t <= 0:
        return ZERO, "正向指标：指标值不大于 0，得 0 分"
    return w * x / t, f"正向指标：{n.x_bare}/{n.t_bare}×{n.w}"


def _at_least_xl(c: Cells) -> str:
    return f"IF({c.x}>={c.t},{c.w},IF({c.t}<=0,0,{c.w}*{c.x}/{c.t}))"


# --- 反向: at most (≤, and < scored like it) ----------------------------------------------------

def _at_most(x, t, hi, w, n: Shown):
    if x <= t:
        return w, f"反向指标：实际 {n.x} ≤ 指标值 {n.t}，得满分 {n.w}"
    if t <= 0:
        return ZERO, f"反向指标：实际 {n.x} 超过指标值 {n.t}，得 0 分"
    return w * t / x, f"反向指标：{n.t_bare}/{n.x_bare}×{n.w}"


def _at_most_xl(c: Cells) -> str:
    return f"IF({c.x}<={c.t},{c.w},IF({c.t}<=0,0,{c.w}*{c.t}/{c.x}))"


# --- 等于: scored as 正向, a target of 0 met only by 0 --------------------------------------------

def _equal(x, t, hi, w, n: Shown):
    name = "等于指标（按正向计分）"
    if t == 0:
        return (w, f"{name}：指标值为 0，实际 {n.x}，得 {n.w} 分") if x == 0 else \
            (ZERO, f"{name}：指标值为 0，实际 {n.x}，得 0 分")
    if x >= t:
        return w, f"{name}：实际 {n.x} ≥ 指标值 {n.t}，得满分 {n.w}"
    return w * x / t, f"{name}：{n.x_bare}/{n.t_bare}×{n.w}"


def _equal_xl(c: Cells) -> str:
    return f"IF({c.t}=0,IF({c.x}=0,{c.w},0),IF({c.x}>={c.t},{c.w},{c.w}*{c.x}/{c.t}))"


# --- 区间: full marks within [t, hi], proportional below and above -------------------------------

def _between(x, lo, hi, w, n: Shown):
    if lo <= x <= hi:
        return w, f"区间指标：实际 {n.x} 在 {n.range} 之内，得满分 {n.w}"
    if x < lo:
        return (w * x / lo if lo > 0 else ZERO), f"区间指标：低于下限，{n.x_bare}/{n.t_bare}×{n.w}"
    return w * hi / x, f"区间指标：高于上限，{n.hi_bare}/{n.x_bare}×{n.w}"


def _between_xl(c: Cells) -> str:
    return (f"IF(AND({c.x}>={c.t},{c.x}<={c.hi}),{c.w},IF({c.x}<{c.t},IF({c.t}>0,{c.w}*{c.x}/{c.t},0),"
            f"{c.w}*{c.hi}/{c.x}))")


QUANTITATIVE = (
    Method("正向", (AT_LEAST, MORE), _at_least, _at_least_xl),
    Method("反向", (AT_MOST, LESS), _at_most, _at_most_xl),
    Method("等于", (EQUAL,), _equal, _equal_xl),
    Method("区间", (BETWEEN,), _between, _between_xl),
)
BY_OP = {op: m for m in QUANTITATIVE for op in m.ops}
# qualitative and deadline rows score by band (below): the same formula, built from the scheme
BANDED = {"qualitative": "定性", "deadline": "期限"}


def method_name(kind: str, op: str | None) -> str:
    """The 计分方法 of a row: 正向, 反向, 等于, 区间, 定性 or 期限 ("—" when none applies)."""
    if kind == "number":
        m = BY_OP.get(op)
        return m.name if m else "—"
    return BANDED.get(kind, "—")


def formula(kind: str, op: str | None, cells: Cells, qualitative: dict, lit: Callable) -> str | None:
    """The Excel formula of one row's score, or None when the row has no method."""
    if kind == "number" and op in BY_OP:
        return f"=IF(ISNUMBER({cells.a}),{BY_OP[op].body(cells)},0)"
    if kind in BANDED:
        return "=" + banded_formula(cells, qualitative, lit)
    return None


# --- bands: 达成 / 部分达成 / 未达成 (qualitative and deadline rows) --------------------------------

BANDS = (  # band, its share of the weight, the range of 自评得分 accepted in it, top inclusive
    ("达成", "achieved_share", "achieved_band", True),
    ("部分达成", "partial_share", "partial_band", False),
    ("未达成", "missed_share", "missed_band", False),
)


_BAND = {b[0]: b for b in BANDS}


@functools.lru_cache(maxsize=256, typed=True)   # a pure function of a scheme value ("0.7")
def _share(value) -> Fraction:
    return Fraction(value)


def band_share(band: str, q: dict) -> Fraction:
    """The share of the weight a band scores when the 自评得分 is not used."""
    return _share(q[_BAND[band][1]])


def band_range(band: str, w: Fraction, q: dict) -> tuple[Fraction, Fraction]:
    """The points of the weight w within which a 自评得分 is accepted in the band."""
    lo, hi = (_share(x) for x in q[_BAND[band][2]])
    return lo * w, hi * w


def banded_score(band: str, self_score: Fraction | None, w: Fraction, q: dict) -> tuple[Fraction, bool]:
    """A band's score: the officer's 自评得分 when it lies in the band's range of the weight, else
    the band's share of the weight; returns (score, whether the 自评得分 was used)."""
    s = self_score
    if s is None:
        return band_share(band, q) * w, False
    top_inclusive = _BAND[band][3]
    lo, hi = band_range(band, w, q)
    inside = lo <= s and (s <= hi if top_inclusive else s < hi)
    return (s, True) if inside else (band_share(band, q) * w, False)


def banded_formula(c: Cells, q: dict, lit: Callable) -> str:
    out = "0"
    for band, share_key, band_key, top_inclusive in reversed(BANDS):
        lo, up = (Fraction(v) for v in q[band_key])
        upper = f"{c.s}<={lit(up)}*{c.w}" if top_inclusive else f"{c.s}<{lit(up)}*{c.w}"
        use_self = f"AND(ISNUMBER({c.s}),{c.s}>={lit(lo)}*{c.w},{upper})"
        out = f"IF({c.a}=\"{band}\",IF({use_self},{c.s},{lit(Fraction(q[share_key]))}*{c.w}),{out})"
    return out
