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
    """The ordered list of findings of one workbook (the same finding twice is kept once)."""

    def __init__(self, items=()):
        super().__init__()
        self._seen: set[Finding] = set()
        for f in items:
            self.add(f.level, f.code, f.location, f.message)

    def add(self, level: str, code: str, location: str, message: str) -> Finding:
        catalogue.finding(code, level)          # only the catalogue's codes, at their level
        f = Finding(level, code, location, message)
        if f not in self._seen:      # a set: checking the list was quadratic at 2,000 indicators
            self._seen.add(f)
            self.append(f)
        return f

    def error(self, code, location, message):
        return self.add(ERROR, code, location, message)

    def warning(self, code, location, message):
        return self.add(WARNING, code, location, message)

    def info(self, code, location, message):
        return self.add(INFO, code, location, message)

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
    from .values import format_number
    return format_number(round_half_up(x, 2)) + "%"


def round_half_up(x: Fraction, places: int = 2) -> Fraction:
    """x rounded to `places` decimals, a half rounded up (towards +∞), exactly, in integers."""
    scale = 10 ** places
    whole, rest = divmod(x.numerator * scale, x.denominator)
    if 2 * rest >= x.denominator:
        whole += 1
    return Fraction(whole, scale)


def _missed(e) -> str:
    """How a rate misses its target: an "at most" target is exceeded, an "at least" one not reached."""
    from .values import AT_MOST, LESS
    return "超过了" if e.op in (AT_MOST, LESS) else "未达到"


def check_row(e, scheme, findings: Findings) -> None:
    """Checks on one scored indicator (e is a rules.Eval), with the scheme's tolerances."""
    from .values import AT_LEAST, MORE, format_number

    label = f"“{e.name}”"
    w, s = e.weight, e.score
    # a reported rate against the rate computed from 资金执行情况
    if e.rate is not None and e.rate.value is not None and e.typed_actual is not None:
        typed = e.typed_actual
        computed = e.rate.value
        title = e.rate.definition.title
        if typed.kind == "number":
            if abs(typed.number - computed) > scheme.rate_tolerance:
                findings.warning("rate-mismatch", e.loc("actual"),
                                 f"{title}填报 {format_number(typed.number)}%，按资金执行情况计算为 "
                                 f"{pct(computed)}（{e.rate.basis}），相差超过 "
                                 f"{format_number(scheme.rate_tolerance)} 个百分点；按计算值计分。")
        elif typed.kind in ("text", "date"):
            findings.warning("rate-typed-unreadable", e.loc("actual"),
                             f"{title}填报为“{typed.text}”，无法识别为百分比；已按资金执行情况计算为 "
                             f"{pct(computed)} 计分。")
    if s is None or w is None:
        return
    if e.rate is not None and e.rate.value is not None and s < w:
        findings.warning("rate-misses-target", e.loc("actual"),
                         f"{e.rate.definition.title}按资金执行情况计算为 {pct(e.rate.value)}"
                         f"（{e.rate.basis}），{_missed(e)}指标值“{e.shown('target')}”，"
                         f"该指标得 {format_number(round_half_up(s))}/{format_number(round_half_up(w))} 分。")
    if e.self_score is not None:
        typed, v = e.self_score_typed, e.weight_given
        own = v if v is not None else w          # the officer's own scale (README “评分规则”)
        rescaled = typed != e.self_score
        shown = (f"{format_number(typed)}（按所填分值 {format_number(round_half_up(own))} 计；折算到权重 "
                 f"{format_number(round_half_up(w))} 为 {format_number(round_half_up(e.self_score))}）"
                 if rescaled else format_number(typed))
        if typed > own:
            findings.warning("self-score-above-weight", e.loc("self_score"),
                             f"指标{label}的自评得分 {format_number(typed)} 超过该指标分值 "
                             f"{format_number(round_half_up(own))}。")
        if abs(e.self_score - s) > SCORE_TOLERANCE:
            findings.warning("self-score-mismatch", e.loc("self_score"),
                             f"指标{label}自评得分 {shown}，按规则计算为 "
                             f"{format_number(round_half_up(s))}（{e.basis}）。")
    if s < w and not (e.row.get("reason") and str(e.row.get("reason")).strip()):
        findings.warning("reason-missing", e.loc("reason") or e.loc("actual"),
                         f"指标{label}未得满分（{format_number(round_half_up(s))}/"
                         f"{format_number(round_half_up(w))}），但没有填写偏差原因分析及改进措施。")
    if (e.kind == "number" and e.op in (AT_LEAST, MORE) and e.actual.kind == "number"
            and e.target.number and e.target.number > 0
            and e.actual.number >= e.target.number * scheme.far_above_ratio):
        findings.info("far-above-target", e.loc("actual"),
                      f"指标{label}实际完成值 {format_number(e.actual.number)} 达到指标值 "
                      f"{format_number(e.target.number)} 的 {format_number(scheme.far_above_ratio * 100)}% "
                      f"以上，指标值可能定得偏低，"
                      f"请在偏差原因分析中说明。")
    if e.kind == "qualitative" and e.category is not None and e.category.quantified:
        findings.warning("not-quantified", e.loc("target"),
                         f"“{e.category.name}”中的指标{label}使用定性指标值“{e.shown('target')}”"
                         f"（指标未量化），建议改为可衡量的数值。")


def check_workbook(result) -> None:
    """Checks across the workbook: budget consistency, 预算执行率, the officer's own total."""
    from .values import format_number

    decl, findings = result.declaration, result.findings
    rate = result.rates.get("预算执行率")
    if rate is not None and rate.value is not None and rate.value > 100:
        findings.warning("execution-above-100", decl.budget_location("全年执行数"),
                         f"预算执行率为 {pct(rate.value)}，超过 100%（{rate.basis}）：执行数大于预算数，"
                         f"请核对；预算执行按 100% 计分。")

    def fact(name):
        v = decl.fact(name)
        return v if isinstance(v, Fraction) else None

    fact_loc = decl.fact_location

    total = fact("部门预算总额")
    start = decl.budget_value("年初预算数")
    if total is not None and start is not None and abs(total - start) > SCORE_TOLERANCE:
        findings.warning("total-vs-initial-budget", fact_loc("部门预算总额"),
                         f"部门预算总额 {format_number(total)} 万元与资金执行情况的年初预算数 "
                         f"{format_number(start)} 万元不一致。")
    for parts, what in ((("财政性资金", "其他资金"), "资金来源"), (("基本支出", "项目支出"), "资金结构")):
        vals = [fact(p) for p in parts]
        if total is not None and any(v is not None for v in vals):
            s = sum((v for v in vals if v is not None), Fraction(0))
            if abs(s - total) > SCORE_TOLERANCE:
                findings.warning("budget-parts-mismatch", fact_loc(parts[0]) or fact_loc(parts[1]),
                                 f"{what}：{parts[0]} {format_number(vals[0] or 0)} + {parts[1]} "
                                 f"{format_number(vals[1] or 0)} = {format_number(s)} 万元，"
                                 f"与部门预算总额 {format_number(total)} 万元不一致。")
    _check_budget_table(result)
    own_n = own_total(decl)
    if own_n is not None:
        if abs(own_n - result.total) > SCORE_TOLERANCE:
            findings.warning("total-mismatch", fact_loc("自评总分"),
                             f"自评总分填报 {format_number(own_n)} 分，按规则计算为 "
                             f"{format_number(result.total)} 分。")


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
    rate = result.rates.get("预算执行率")
    if table is None or rate is None or rate.value is None:
        return
    figures, findings = table.total.figures, result.findings
    tolerance = result.scheme.rate_tolerance
    reported = figures.get("执行率")
    if reported is not None and reported.value is not None:
        typed = reported.value
        # a rate typed as a fraction (0.95 for 95%) in a General cell is read as that percent
        if typed <= 1 < rate.value and abs(typed * 100 - rate.value) <= tolerance:
            typed = typed * 100
        if abs(typed - rate.value) > tolerance:
            findings.warning("budget-rate-mismatch", reported.location,
                             f"预算表填报执行率 {format_number(typed)}%，按全年执行数 ÷ 全年预算数计算为 "
                             f"{pct(rate.value)}（{rate.basis}），相差超过 {format_number(tolerance)} 个百分点。")
    got = figures.get("得分")
    if got is not None and got.value is not None:
        weight = table.declared_weight
        cat = next((c for c in result.scheme.categories if c.computed == "预算执行率"), None)
        if weight is None and cat is not None:
            weight = cat.weight
        if weight is not None:
            computed = weight * min(rate.value, Fraction(100)) / 100
            if abs(got.value - computed) > SCORE_TOLERANCE:
                findings.warning("budget-score-mismatch", got.location,
                                 f"预算表填报预算执行得分 {format_number(got.value)}，按 {format_number(weight)} 分 × "
                                 f"min(预算执行率 {pct(rate.value)}, 100%) 计算为 "
                                 f"{format_number(round_half_up(computed))}。")
