"""Findings (复核意见): typed objects with a level, a stable code, a location and a Chinese sentence.

One list of findings serves the 复核意见 sheet, the terminal table and ``--json``.  The checks that
compare what the officer reported with what the tool computed live here too (README “代码”); findings that
arise while reading or scoring a single value are raised where that value is read or scored.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import asdict, dataclass
from fractions import Fraction

from . import catalogue
from .values import AT_LEAST, AT_MOST, LESS, MORE, format_half_up, format_number

ERROR, WARNING, INFO = "错误", "警告", "提示"
LEVEL_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True)
class Finding:
    level: str          # 错误 | 警告 | 提示
    code: str           # stable, English kebab-case: "rate-mismatch"
    location: str       # "整体绩效目标申报表!F12", or "" when it concerns the whole workbook
    message: str        # one Chinese sentence, with the numbers involved

    @property
    def sheet(self) -> str:
        return self.location.rsplit("!", 1)[0] if "!" in self.location else ""

    @property
    def cell(self) -> str:
        return self.location.rsplit("!", 1)[1] if "!" in self.location else ""

    def as_dict(self) -> dict:
        return asdict(self)


class Findings(list):
    """The ordered list of findings of one workbook (the same finding twice is kept once).

    A finding is raised by its code, its location and the fields of its message template in
    catalogue.toml (text, already formatted), the variant named when the code has several:

        findings.warning("weights-zero", loc, category=cat.name, weight=w_(weight))
        findings.error("unmapped-first-level", loc, variant="no-first", name=e.name)
    """

    def __init__(self, items=()):
        super().__init__()
        self._seen: set[Finding] = set()
        for f in items:
            self._keep(f)

    def add(self, level: str, code: str, location: str, /, *, variant: str | None = None,
            **fields: str) -> Finding:
        # only the catalogue's codes, at their level; the message is the code's template
        message = catalogue.finding(code, level).text(variant, fields)
        return self._keep(Finding(level, code, location, message))

    def _keep(self, f: Finding) -> Finding:
        if f not in self._seen:      # a set: checking the list was quadratic at 2,000 indicators
            self._seen.add(f)
            self.append(f)
        return f

    def error(self, code: str, location: str, /, *, variant: str | None = None, **fields: str) -> Finding:
        return self.add(ERROR, code, location, variant=variant, **fields)

    def warning(self, code: str, location: str, /, *, variant: str | None = None, **fields: str) -> Finding:
        return self.add(WARNING, code, location, variant=variant, **fields)

    def info(self, code: str, location: str, /, *, variant: str | None = None, **fields: str) -> Finding:
        return self.add(INFO, code, location, variant=variant, **fields)

    def sorted(self) -> list[Finding]:
        """错误 first, then 警告, then 提示; otherwise in the order they were raised."""
        return sorted(self, key=lambda f: LEVEL_ORDER[f.level])

    def count(self, level: str) -> int:  # type: ignore[override]
        return sum(1 for f in self if f.level == level)

    @property
    def has_errors(self) -> bool:
        return any(f.level == ERROR for f in self)


# --------------------------------------------------------------------------------------------
# Presenting findings
# --------------------------------------------------------------------------------------------

def display_width(s: str) -> int:
    """Columns the text takes on a terminal or in a cell: East Asian wide characters count double."""
    if s.isascii():
        return len(s)
    return _wide_width(s)


# Runs of characters that are all East Asian Wide or Fullwidth (CJK symbols and punctuation, the
# CJK unified ideographs, fullwidth forms), and every character neither known wide here nor known
# narrow (below U+0378; the dashes, quotes, ‰ and ※ of General Punctuation; arrows and ≥ ≤; ①–⑳):
# the regular expressions count the first in C, only the second ask unicodedata one by one.
# tests/test_review.py checks every code point against unicodedata.east_asian_width.
_WIDE = "\u3000-\u303e\u4e00-\u9fff\uff01-\uff60"
_NARROW = "\x00-\u0377\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2460-\u24ff"
_WIDE_RUNS = re.compile(f"[{_WIDE}]+")
_ASK = re.compile(f"[^{_NARROW}{_WIDE}]")


@functools.lru_cache(maxsize=8192)     # a pure function of its text; row heights ask for each cell
def _wide_width(s: str) -> int:
    n = len(s) + sum(map(len, _WIDE_RUNS.findall(s)))
    for ch in _ASK.findall(s):
        if unicodedata.east_asian_width(ch) in "WF":
            n += 1
    return n


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - display_width(s))


def as_table(findings: list[Finding]) -> str:
    """An aligned plain-text table for the terminal (East Asian wide characters count double)."""
    if not findings:
        return "没有复核意见。"
    rows = [("级别", "代码", "位置", "说明")] + [(f.level, f.code, f.location or "—", f.message)
                                              for f in findings]
    widths = [max(display_width(r[i]) for r in rows) for i in range(3)]
    lines = []
    for r in rows:
        lines.append("  ".join(_pad(r[i], widths[i]) for i in range(3)) + "  " + r[3])
    return "\n".join(lines)


def as_json(findings: list[Finding], **extra) -> str:
    return json.dumps({**extra, "findings": [f.as_dict() for f in findings]},
                      ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------------------------
# Cross checks: what the officer reported against what the tool computed (README “代码”)
# --------------------------------------------------------------------------------------------

SCORE_TOLERANCE = Fraction(1, 100)  # points


def pct(x: Fraction) -> str:
    return format_half_up(x, 2) + "%"


def round_half_up(x: Fraction, places: int = 2) -> Fraction:
    """x rounded to `places` decimals, a half rounded up (towards +∞), exactly, in integers."""
    scale = 10 ** places
    whole, rest = divmod(x.numerator * scale, x.denominator)
    if 2 * rest >= x.denominator:
        whole += 1
    return Fraction(whole, scale)


def check_row(e, scheme, findings: Findings) -> None:
    """Checks on one scored indicator (e is a rules.Eval), with the scheme's tolerances."""
    w, s = e.weight, e.score
    # a reported rate against the rate computed from 资金执行情况
    if e.rate is not None and e.rate.value is not None and e.typed_actual is not None:
        typed = e.typed_actual
        computed = e.rate.value
        title = e.rate.definition.title
        if typed.kind == "number":
            if abs(typed.number - computed) > scheme.rate_tolerance:
                findings.warning("rate-mismatch", e.loc("actual"), rate=title, typed=format_number(typed.number),
                                 computed=pct(computed), basis=e.rate.basis,
                                 tolerance=format_number(scheme.rate_tolerance))
        elif typed.kind in ("text", "date"):
            findings.warning("rate-typed-unreadable", e.loc("actual"), rate=title, typed=typed.text,
                             computed=pct(computed))
    if s is None or w is None:
        return
    if e.rate is not None and e.rate.value is not None and s < w:
        # an "at most" target is exceeded, an "at least" one not reached
        findings.warning("rate-misses-target", e.loc("actual"),
                         variant="exceeded" if e.op in (AT_MOST, LESS) else None,
                         rate=e.rate.definition.title, computed=pct(e.rate.value), basis=e.rate.basis,
                         target=e.shown("target"), score=format_half_up(s), weight=format_half_up(w))
    if e.self_score is not None:
        typed, v = e.self_score_typed, e.weight_given
        own = v if v is not None else w          # the officer's own scale (README “评分规则”)
        if typed > own:
            findings.warning("self-score-above-weight", e.loc("self_score"), name=e.name,
                             typed=format_number(typed), weight=format_half_up(own))
        if abs(e.self_score - s) > SCORE_TOLERANCE:
            if typed != e.self_score:           # rescaled from the officer's 分值 to the weight
                findings.warning("self-score-mismatch", e.loc("self_score"), variant="rescaled", name=e.name,
                                 typed=format_number(typed), own=format_half_up(own),
                                 weight=format_half_up(w), rescaled=format_half_up(e.self_score),
                                 computed=format_half_up(s), basis=e.basis)
            else:
                findings.warning("self-score-mismatch", e.loc("self_score"), name=e.name,
                                 typed=format_number(typed), computed=format_half_up(s), basis=e.basis)
    if s < w and not (e.row.get("reason") and str(e.row.get("reason")).strip()):
        findings.warning("reason-missing", e.loc("reason") or e.loc("actual"), name=e.name,
                         score=format_half_up(s), weight=format_half_up(w))
    if (e.kind == "number" and e.op in (AT_LEAST, MORE) and e.actual.kind == "number"
            and e.target.number and e.target.number > 0
            and _at_least_product(e.actual.number, e.target.number, scheme.far_above_ratio)):
        findings.info("far-above-target", e.loc("actual"), name=e.name, actual=format_number(e.actual.number),
                      target=format_number(e.target.number), ratio=format_number(scheme.far_above_ratio * 100))
    if e.kind == "qualitative" and e.category is not None and e.category.quantified:
        findings.warning("not-quantified", e.loc("target"), category=e.category.name, name=e.name,
                         target=e.shown("target"))


def _at_least_product(a: Fraction, b: Fraction, c: Fraction) -> bool:
    """a >= b * c, exactly, in integers (denominators are positive); no Fraction is built."""
    return a.numerator * b.denominator * c.denominator >= b.numerator * c.numerator * a.denominator


def check_workbook(result) -> None:
    """Checks across the workbook: budget consistency, 预算执行率, the officer's own total."""
    from .values import format_number

    decl, findings = result.declaration, result.findings
    rate = result.rates.get("预算执行率")
    if rate is not None and rate.value is not None and rate.value > 100:
        findings.warning("execution-above-100", decl.budget_location("全年执行数"), rate=pct(rate.value),
                         basis=rate.basis)

    def fact(name):
        v = decl.fact(name)
        return v if isinstance(v, Fraction) else None

    fact_loc = decl.fact_location

    total = fact("部门预算总额")
    start = decl.budget_value("年初预算数")
    if total is not None and start is not None and abs(total - start) > SCORE_TOLERANCE:
        findings.warning("total-vs-initial-budget", fact_loc("部门预算总额"), total=format_number(total),
                         initial=format_number(start))
    for parts, what in ((("财政性资金", "其他资金"), "资金来源"), (("基本支出", "项目支出"), "资金结构")):
        vals = [fact(p) for p in parts]
        if total is not None and any(v is not None for v in vals):
            s = sum((v for v in vals if v is not None), Fraction(0))
            if abs(s - total) > SCORE_TOLERANCE:
                findings.warning("budget-parts-mismatch", fact_loc(parts[0]) or fact_loc(parts[1]), what=what,
                                 part1=parts[0], amount1=format_number(vals[0] or 0), part2=parts[1],
                                 amount2=format_number(vals[1] or 0), sum=format_number(s),
                                 total=format_number(total))
    _check_budget_table(result)
    own_n = own_total(decl)
    if own_n is not None:
        if abs(own_n - result.total) > SCORE_TOLERANCE:
            findings.warning("total-mismatch", fact_loc("自评总分"), typed=format_number(own_n),
                             computed=format_number(result.total))


def own_total(decl) -> Fraction | None:
    """The officer's own 自评总分 as a number ("99.2", 99.2, "99.2分"), None when absent or unreadable."""
    from .values import fraction_of

    v = decl.fact("自评总分")
    if v is None or isinstance(v, bool):        # TRUE typed as the total
        return None
    try:
        return fraction_of(v) if isinstance(v, int | float) else Fraction(str(v).strip().rstrip("分"))
    except (ValueError, TypeError, ZeroDivisionError):
        return None


def _check_budget_table(result) -> None:
    """The budget row's reported 执行率 and 得分 against the computed (README “能读取的表格”)."""
    from .values import format_number

    table = result.declaration.budget_table
    if table is None:
        return
    rate = result.rates.get("预算执行率")
    figures, findings = table.total.figures, result.findings
    if rate is None or rate.value is None:
        # no rate to compare a typed 执行率 with; but 预算执行 then scores 0 (rules.score), and a
        # typed 得分 is checked against that 0 as against any computed score (SPEC 2.4)
        got = figures.get("得分")
        if got is not None and got.value is not None and abs(got.value) > SCORE_TOLERANCE:
            findings.warning("budget-score-mismatch", got.location, variant="no-rate",
                             typed=format_number(got.value))
        return
    tolerance = result.scheme.rate_tolerance
    reported = figures.get("执行率")
    if reported is not None and reported.value is not None:
        typed = reported.value
        # a rate typed as a fraction (0.95 for 95%) in a General cell is read as that percent
        if typed <= 1 < rate.value and abs(typed * 100 - rate.value) <= tolerance:
            typed = typed * 100
        if abs(typed - rate.value) > tolerance:
            findings.warning("budget-rate-mismatch", reported.location, typed=format_number(typed),
                             computed=pct(rate.value), basis=rate.basis, tolerance=format_number(tolerance))
    got = figures.get("得分")
    if got is not None and got.value is not None:
        weight = table.declared_weight
        cat = next((c for c in result.scheme.categories if c.computed == "预算执行率"), None)
        if weight is None and cat is not None:
            weight = cat.weight
        if weight is not None:
            computed = weight * min(rate.value, Fraction(100)) / 100
            if abs(got.value - computed) > SCORE_TOLERANCE:
                findings.warning("budget-score-mismatch", got.location, typed=format_number(got.value),
                                 weight=format_number(weight), rate=pct(rate.value),
                                 computed=format_half_up(computed))
