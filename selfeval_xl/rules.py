"""Scoring (README “评分规则”): schemes, the rates of 资金执行情况, weights, each indicator's score, the grade.

Arithmetic is exact (``fractions.Fraction``); nothing is rounded before the total, which is rounded
half-up to 2 decimals and then graded.  Every scored row records the rule it used in words a
reviewer understands.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from . import methods
from .reading import Declaration, frame, norm_label
from .review import SCORE_TOLERANCE as TOLERANCE, Findings, pct, round_half_up
from .values import (AT_LEAST, AT_MOST, BETWEEN, EQUAL, LESS, MORE, OP_NAMES, Actual, Target,
                     fold, format_half_up, format_number, parse_actual, parse_op_column, parse_target)

HUNDRED = Fraction(100)

from .scheme import AUTO, Category, Scheme, available_schemes, level_key, load_scheme  # noqa: E402,F401

SCHEME_FOR_KIND = {"department": "department-overall", "project": "project"}


def choose_scheme(name_or_path, decl: Declaration) -> tuple[Scheme, str]:
    """The scheme and, under auto, why: the form kind and the marker that showed it (README “评分方案”)."""
    name = str(name_or_path or AUTO)
    if name != AUTO:
        return load_scheme(name), ""
    scheme = load_scheme(SCHEME_FOR_KIND[decl.kind])
    return scheme, f"自动选择：表单为{decl.kind_name}，依据{decl.kind_reason}"


# --------------------------------------------------------------------------------------------
# Rates from 资金执行情况 (README “评分规则”)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateDef:
    name: str                 # matched against the normalised 三级指标 (quotes dropped)
    title: str                # as shown
    numerator: str
    denominator: str
    execution: bool           # an execution rate counts as 100% when nothing was budgeted or spent
    formula: str
    shown: tuple[str, str] | None = None   # the figures' names as the forms write them, if not as above

    @property
    def numerator_shown(self) -> str:
        return self.shown[0] if self.shown else self.numerator

    @property
    def denominator_shown(self) -> str:
        return self.shown[1] if self.shown else self.denominator


RATES = [
    RateDef("预算执行率", "预算执行率", "全年执行数", "全年预算数", True, "全年执行数 ÷ 全年预算数"),
    RateDef("预算调整率", "预算调整率", "全年预算数", "年初预算数", False,
            "|全年预算数 − 年初预算数| ÷ 年初预算数"),
    RateDef("结转结余率", "结转结余率", "结转结余数", "全年预算数", False, "结转结余数 ÷ 全年预算数"),
    RateDef("三公经费控制率", "“三公经费”控制率", "三公经费实际支出数", "三公经费预算数", False,
            "“三公经费”实际支出数 ÷ “三公经费”预算数", ("“三公经费”实际支出数", "“三公经费”预算数")),
    RateDef("政府采购执行率", "政府采购执行率", "政府采购实际金额", "政府采购预算数", True,
            "政府采购实际金额 ÷ 政府采购预算数"),
    RateDef("公用经费控制率", "公用经费控制率", "公用经费实际支出数", "公用经费预算数", False,
            "公用经费实际支出数 ÷ 公用经费预算数"),
]


@dataclass
class Rate:
    definition: RateDef
    value: Fraction | None          # percent
    basis: str
    numerator: Fraction | None
    denominator: Fraction | None


def compute_rates(decl: Declaration, findings: Findings) -> dict[str, Rate]:
    out = {}
    for d in RATES:
        num, den = decl.budget_value(d.numerator), decl.budget_value(d.denominator)
        value, basis = None, ""
        if num is None or den is None:
            missing = "、".join(n for n, v in ((d.numerator_shown, num), (d.denominator_shown, den))
                               if v is None)
            where = f"“{decl.budget_sheet}”" if decl.budget_sheet else f"{decl.kind_name}的预算表"
            basis = f"未计算：{where}中没有{missing}"
        elif d.name == "预算调整率":
            if den == 0:
                if num == 0:
                    value, basis = Fraction(0), "年初预算数与全年预算数均为 0，按 0% 计"
                else:
                    basis = "年初预算数为 0，无法计算预算调整率"
                    findings.warning("rate-zero-budget", decl.budget_location(d.denominator), variant="adjustment",
                                     amount=format_number(num))
            else:
                value = abs(num - den) / den * HUNDRED
                basis = (f"|{format_number(num)} − {format_number(den)}| ÷ {format_number(den)}"
                         f" = {pct(value)}")
        elif den == 0:
            if num == 0:
                value = HUNDRED if d.execution else Fraction(0)
                basis = f"预算数与实际数均为 0，按 {pct(value)} 计"
            else:
                basis = f"{d.denominator_shown}为 0，无法计算"
                findings.warning("rate-zero-budget", decl.budget_location(d.denominator),
                                 denominator=d.denominator_shown, numerator=d.numerator_shown,
                                 amount=format_number(num), rate=d.title)
        else:
            value = num / den * HUNDRED
            basis = f"{format_number(num)} ÷ {format_number(den)} = {pct(value)}"
        out[d.name] = Rate(d, value, basis, num, den)
    return out


def rate_for(third, rates: dict[str, Rate]) -> Rate | None:
    """An indicator is matched to a rate when its normalised 三级指标 contains the rate's name."""
    key = norm_label(third) if third is not None else ""
    for d in RATES:
        if d.name in key:
            return rates.get(d.name)
    return None


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


@dataclass
class Result:
    declaration: Declaration
    scheme: Scheme
    indicator_rows: list[dict]      # one dict per indicator, in input order (Evaluation.as_row)
    category_rows: list[dict]       # 指标 | 权重分值 | 得分 | 得分率
    rates: dict[str, Rate]
    total: Fraction                 # rounded half-up to 2 decimals
    total_exact: Fraction
    grade: str
    findings: Findings
    adjustments: list[dict] = field(default_factory=list)   # 项目 | 分值 (negative) | 说明
    scheme_reason: str = ""         # under --scheme auto: the kind and the marker that chose it

    # The same rows as pandas DataFrames for library users, built on access (pandas stays off
    # the path of scoring one workbook: see Declaration.indicators).
    @property
    def indicators(self):
        return frame(self.indicator_rows, ["row", "一级指标", "二级指标", "三级指标", "分值", "得分"])

    @property
    def categories(self):
        return frame(self.category_rows, ["指标", "权重分值", "得分", "得分率"])


def w_(x: Fraction) -> str:
    """A weight or score as shown: rounded half up to 2 decimals (format_number of round_half_up)."""
    return format_half_up(x, 2)


def _num(n: Fraction, unit: str = "") -> str:
    return format_half_up(n, 2) + (unit if unit == "%" else "")


def score(decl: Declaration, scheme: Scheme, scheme_reason: str = "") -> Result:
    from . import review

    findings = Findings(decl.findings)
    if scheme_reason:
        findings.info("scheme-auto", "", scheme=scheme.name, reason=scheme_reason)
    rates = compute_rates(decl, findings)
    rows = decl.indicator_rows
    categories: dict = {}       # this workbook's 一级指标 values and their categories
    evals = [_prepare_row(row, decl, scheme, rates, findings, categories) for row in rows]
    for e in evals:
        e.weight_given, e.weight_readable = _weight_of(e, findings)

    weights = category_weights(decl, scheme, evals, findings)
    # weights per category (README “评分规则”), after not-applicable rows are removed
    for cat in scheme.categories:
        if not cat.computed:
            _assign_weights(cat, weights[cat.name], [e for e in evals if e.category is cat], findings)

    for e in evals:
        if e.category is not None and not e.not_applicable and e.weight is not None:
            _score_row(e, scheme, findings)
            review.check_row(e, scheme, findings)

    # category totals
    cat_rows = []
    total = Fraction(0)
    for cat in scheme.categories:
        weight = weights[cat.name]
        if cat.computed:
            rate = rates.get(cat.computed)
            if rate is None or rate.value is None:
                s = Fraction(0)
            else:
                s = weight * min(rate.value, HUNDRED) / HUNDRED
        else:
            scored = [e for e in evals if e.category is cat and not e.not_applicable]
            s = sum((e.score or Fraction(0) for e in scored), Fraction(0))
            if not scored:
                findings.warning("category-empty", decl.sheet, category=cat.name)
        total += s
        cat_rows.append({"指标": cat.name, "权重分值": weight, "得分": s,
                         "得分率": s / weight if weight else Fraction(0)})
    adjustments = _platform_rules(evals, rates, scheme, total, findings)
    total = max(Fraction(0), total + sum((a["分值"] for a in adjustments), Fraction(0)))
    total_rounded = round_half_up(total, 2)
    grade = scheme.grade(total_rounded)
    indicators = [e.as_row() for e in evals]

    result = Result(decl, scheme, indicators, cat_rows, rates, total_rounded, total, grade, findings,
                    adjustments, scheme_reason)
    review.check_workbook(result)
    return result


# --------------------------------------------------------------------------------------------
# The weights a form declares (README “能读取的表格”, §3.1)
# --------------------------------------------------------------------------------------------

_POINTS = re.compile(r"\((\d+(?:\.\d+)?)分\)$")


def level_points(first) -> Fraction | None:
    """The "(N分)" a 一级 label ends with: "产出指标（50分）" → 50."""
    m = _POINTS.search(norm_label(first)) if first is not None else None
    return Fraction(m.group(1)) if m else None


def _group_name(first) -> str:
    return _POINTS.sub("", norm_label(first)) if first is not None else ""


def declared_weights(decl: Declaration, scheme: Scheme, evals: list, findings: Findings
                     ) -> dict[str, tuple[Fraction, str] | None]:
    """category → (the weight the form declares, where), or None where it declares none.

    A 一级 group declares its "(N分)", or else the sum of its indicators' 分值 when every one has
    a 分值 (not-applicable rows without one disregarded); a category fed by several groups
    declares their sum, and nothing unless every group declares.  The computed category takes
    the budget table's 分值 (or the "(N分)" of its block label)."""
    groups: dict[str, list] = {}
    for e in evals:
        if e.category is not None:
            groups.setdefault(_group_name(e.row.get("first")), []).append(e)
    per_group: dict[str, tuple[Fraction, str] | None] = {}
    for name, members in groups.items():
        label = next((p for p in (level_points(e.row.get("first")) for e in members) if p is not None),
                     None)
        typed = [e for e in members if not (e.not_applicable and e.weight_given is None)]
        summed = (sum((e.weight_given for e in typed), Fraction(0))
                  if typed and all(e.weight_given is not None for e in typed) else None)
        loc = members[0].loc("first")
        if label is not None and summed is not None and abs(label - summed) > TOLERANCE:
            findings.warning("level-points-mismatch", loc, first=str(members[0].row.get("first")),
                             points=w_(label), sum=w_(summed))
        value = label if label is not None else summed
        per_group[name] = None if value is None else (value, loc)
    out: dict[str, tuple[Fraction, str] | None] = {}
    for cat in scheme.categories:
        if cat.computed:
            t = decl.budget_table
            out[cat.name] = t.declared_weight_at() if t is not None else None
            continue
        mine = [g for g, members in groups.items() if members[0].category is cat]
        if mine and all(per_group[g] is not None for g in mine):
            out[cat.name] = (sum((per_group[g][0] for g in mine), Fraction(0)), per_group[mine[0]][1])
        else:
            out[cat.name] = None
    return out


def category_weights(decl: Declaration, scheme: Scheme, evals: list, findings: Findings
                     ) -> dict[str, Fraction]:
    """The category weights that score: the form's where the scheme accepts them (form_weights) and
    the form declares one for every category summing to 100; otherwise the scheme's."""
    declared = declared_weights(decl, scheme, evals, findings)
    values = [d[0] for d in declared.values() if d is not None]
    use_form = (scheme.form_weights and len(values) == len(scheme.categories)
                and abs(sum(values, Fraction(0)) - HUNDRED) <= TOLERANCE)
    weights = {}
    for cat in scheme.categories:
        d = declared[cat.name]
        if use_form:
            weights[cat.name] = d[0]
            if d[0] != cat.weight:
                findings.info("form-weight-used", d[1], category=cat.name, form_weight=w_(d[0]), scheme=scheme.name,
                              weight=w_(cat.weight))
        else:
            weights[cat.name] = cat.weight
            if d is not None and abs(d[0] - cat.weight) > TOLERANCE:
                # the scheme takes no form weights, or the form's do not sum to 100 or are not all given
                findings.warning("form-weight-overridden", d[1],
                                 variant="form-incomplete" if scheme.form_weights else None,
                                 category=cat.name, form_weight=w_(d[0]), scheme=scheme.name, weight=w_(cat.weight))
    return weights


def _platform_rules(evals: list, rates: dict[str, Rate], scheme: Scheme, total: Fraction,
                    findings: Findings) -> list[dict]:
    """Opt-in rules of the deployed platforms (scheme [rules]; off in department-overall).

    - deviation_deduction: an actual at or above `ratio` × an "at least" target costs `points`
      points from the total, per indicator (the target was set too low).
    - execution_cap: the total is capped by 预算执行率 (first band whose `below` exceeds the rate,
      lowest cap wins).
    Neither rule's wording was found in the sources of scoring-rules.md; they follow the issue that
    asked for them (see README, "可选规则")."""
    out: list[dict] = []
    dev = scheme.rules.get("deviation_deduction") or {}
    points = Fraction(str(dev.get("points", 0))) if dev else Fraction(0)
    if points:
        ratio = Fraction(str(dev.get("ratio", "1.3")))
        for e in evals:
            if (e.kind == "number" and e.op in (AT_LEAST, MORE) and e.score is not None
                    and e.actual.kind == "number" and e.target.number and e.target.number > 0
                    and e.actual.number >= e.target.number * ratio):
                note = (f"“{e.name}”实际 {format_number(e.actual.number)} 达到指标值 "
                        f"{format_number(e.target.number)} 的 {format_number(ratio * 100)}% 以上")
                out.append({"项目": "指标偏离扣分", "分值": -points, "说明": note, "kind": "deviation",
                            "row": e.row.get("row"), "ratio": ratio, "points": points})
                findings.warning("deviation-deduction", e.loc("actual"), note=note, scheme=scheme.name,
                                 points=format_number(points))
    caps = scheme.rules.get("execution_cap") or []
    rate = rates.get("预算执行率")
    if caps and rate is not None and rate.value is not None:
        running = total + sum((a["分值"] for a in out), Fraction(0))
        applicable = [c for c in caps if rate.value < Fraction(str(c["below"]))]
        if applicable:
            cap = min(Fraction(str(c["max"])) for c in applicable)
            if running > cap:
                note = (f"预算执行率 {pct(rate.value)}，按方案“{scheme.name}”总分最高 {format_number(cap)} 分"
                        f"（计算得 {w_(running)} 分）")
                out.append({"项目": "预算执行率封顶", "分值": cap - running, "说明": note, "kind": "cap",
                            "bands": sorted((Fraction(str(c["below"])), Fraction(str(c["max"])))
                                            for c in caps)})
                findings.warning("execution-cap", "", note=note)
    return out


@dataclass
class Eval:
    """One indicator on its way through the rules."""
    row: dict
    category: Category | None
    target: Target
    actual: Actual
    op: str | None = None            # the effective comparison
    kind: str = ""                   # number | qualitative | deadline | unreadable | missing
    rate: Rate | None = None
    typed_actual: Actual | None = None
    not_applicable: bool = False
    weight_given: Fraction | None = None     # the 分值 typed for this row (its share when merged)
    weight_readable: bool = True
    self_score_typed: Fraction | None = None  # the 自评得分 as typed, on the officer's own 分值
    weight: Fraction | None = None
    self_score: Fraction | None = None
    score: Fraction | None = None
    basis: str = ""
    band: str = ""
    value_used: str = ""             # the actual that scored, as shown

    def loc(self, field_name: str) -> str:
        return self.row.get(field_name + "_cell", "") or ""

    def shown(self, field_name: str) -> str:
        """A cell of this row as the officer sees it: a number in its shortest form ("100", not "100.0")."""
        v = self.row.get(field_name)
        if isinstance(v, int | float) and not isinstance(v, bool):
            from .values import fraction_of
            return format_number(fraction_of(v))
        return "" if v is None else str(v)

    @property
    def name(self) -> str:
        return str(self.row.get("third") or self.row.get("second") or "")

    def as_row(self) -> dict:
        r = self.row
        return {
            "row": r.get("row"), "一级指标": r.get("first"), "二级指标": r.get("second"),
            "三级指标": r.get("third"), "指标值": r.get("target"), "度量单位": r.get("unit"),
            "实际完成值": r.get("actual"), "分值": self.weight, "得分": self.score,
            "得分率": (self.score / self.weight if self.score is not None and self.weight else None),
            "评分依据": self.basis, "自评得分": r.get("self_score"),
            "偏差原因分析及改进措施": r.get("reason"), "类别": self.category.name if self.category else "",
            "采用值": self.value_used, "kind": self.kind, "op": self.op, "band": self.band,
            "not_applicable": self.not_applicable,
            "target_cell": r.get("target_cell"), "actual_cell": r.get("actual_cell"),
            "weight_cell": r.get("weight_cell"), "self_score_cell": r.get("self_score_cell"),
            "third_cell": r.get("third_cell"), "first_cell": r.get("first_cell"),
            "rate": self.rate.definition.name if self.rate is not None and self.rate.value is not None
            else None,
            "target_number": self.target.number, "target_high": self.target.high,
            "actual_number": self.actual.number if self.actual.kind == "number" else None,
            "used": self.used, "self_score_value": self.self_score,
            "target_pct": bool(r.get("target_pct")), "actual_pct": bool(r.get("actual_pct")),
        }

    @property
    def used(self):
        """What the score formula of the scored workbook reads: the actual number (a computed
        rate included) on a quantitative row, its text when text was typed there, the band
        (达成 / 部分达成 / 未达成) on a qualitative or deadline row; None when nothing scores."""
        if self.kind == "number":
            if self.actual.kind == "number":
                return self.actual.number
            return self.actual.text or None
        if self.kind in ("qualitative", "deadline"):
            return self.band or None
        return None


def _prepare_row(row: dict, decl: Declaration, scheme: Scheme, rates: dict[str, Rate],
                 findings: Findings, categories: dict) -> Eval:
    """categories: the category of each 一级指标 value seen so far in this workbook (filled in
    here; every row of a group names the same 一级指标)."""
    row = dict(row)      # the declaration's row stays as read
    first = row.get("first")
    key = (type(first), first)      # 1, 1.0 and True are equal keys but different labels
    try:
        cat = categories[key]
    except KeyError:
        cat = categories[key] = scheme.category_of(first)
    target = parse_target(row.get("target"), unit_cell=row.get("unit") or "",
                          percent_format=bool(row.get("target_pct")), year=decl.year)
    actual = parse_actual(row.get("actual"), percent_format=bool(row.get("actual_pct")),
                          year=decl.year)
    e = Eval(row, cat, target, actual)
    if cat is None:
        first = row.get("first")
        if first:
            findings.error("unmapped-first-level", row.get("first_cell", ""), first=str(first), scheme=scheme.name,
                           first_levels="、".join(x for c in scheme.categories for x in c.first_levels), name=e.name)
        else:
            findings.error("unmapped-first-level", row.get("first_cell", ""), variant="no-first", name=e.name)
        e.basis = "未计分：一级指标不在评分方案中"
        return e

    # 无 against a target of 0 or 无 is a value, not "not applicable"
    if actual.kind == "na" and actual.text == "无":
        if target.kind == "number" and target.number == 0:
            e.actual = actual = Actual("number", number=Fraction(0), text="无")
        elif target.kind == "qualitative" and target.text == "无":
            e.actual = actual = Actual("text", text="无")
    if actual.kind == "na":
        e.not_applicable = True
        e.basis = f"不适用（实际完成值“{actual.text}”）：不计分，权重折算给同类其他指标"
        findings.info("not-applicable", e.loc("actual"), name=e.name, actual=actual.text, category=cat.name)
        return e

    # the comparison: inline, else the operator column, else by the indicator's nature
    col_op, readable = parse_op_column(row.get("op"))
    if not readable:
        findings.warning("op-column-unreadable", e.loc("op"), op=str(row.get("op")))
    e.rate = rate_for(row.get("third"), rates)
    if col_op == "qualitative":
        e.kind = "qualitative" if target.kind != "missing" else "missing"
        if target.kind == "deadline":
            e.kind = "deadline"
    else:
        e.kind = target.kind
    if e.kind == "number":
        op = target.op
        if op is not None and col_op not in (None, "qualitative") and _direction(op) != _direction(col_op):
            findings.warning("op-conflict", e.loc("op"), name=e.name, target=e.shown("target"), op=OP_NAMES[op],
                             column=str(row.get("op")))
        if op is None and col_op not in (None, "qualitative"):
            op = col_op
        if op is None:
            op, why = _bare_direction(row, target, scheme)
            if op == AT_MOST:
                findings.info("bare-number-at-most", e.loc("target"), name=e.name, target=e.shown("target"), why=why)
        e.op = op
    elif e.kind == "unreadable":
        findings.error("target-unreadable", e.loc("target"), name=e.name, target=e.shown("target"))
    elif e.kind == "missing":
        third = str(row.get("third") or "")
        if not row.get("target_uncached"):      # one finding per cause: formula-no-cache says it
            if re.search(r"\d", fold(third)):   # the target seems typed into the indicator's name
                findings.error("target-missing", e.loc("target"), variant="digits-in-name", name=e.name, third=third)
            else:
                findings.error("target-missing", e.loc("target"), name=e.name)

    # a computed rate scores in place of the typed actual (README “评分规则”)
    if e.rate is not None and e.rate.value is not None:
        e.typed_actual = actual
        e.actual = Actual("number", number=e.rate.value, unit="%", text=pct(e.rate.value))
        if actual.kind == "missing":
            findings.info("rate-filled", e.loc("actual"), name=e.name, basis=e.rate.basis)
    return e


def _direction(op: str) -> str:
    return {AT_LEAST: "up", MORE: "up", EQUAL: "eq", AT_MOST: "down", LESS: "down",
            BETWEEN: "between"}.get(op, op)


def _bare_direction(row: dict, target: Target, scheme: Scheme) -> tuple[str, str]:
    lim = scheme.limits
    third = norm_label(row.get("third"))
    first, second = level_key(row.get("first")), level_key(row.get("second"))
    for name in lim.get("limit_rates", []):
        if norm_label(name) in third:
            return AT_MOST, f"“{name}”是限制性比率"
    cost_levels = {level_key(x) for x in lim.get("cost_levels", [])}
    if second in cost_levels or first in cost_levels:
        return AT_MOST, "它属于成本指标"
    timely = {level_key(x) for x in lim.get("timeliness_levels", [])}
    unit = target.unit or fold(str(row.get("unit") or ""))
    if second in timely and unit in set(lim.get("duration_units", [])):
        return AT_MOST, f"它是时效指标且单位为“{unit}”"
    for w in lim.get("limit_words", []):
        if w in third:
            return AT_MOST, f"三级指标含“{w}”"
    return AT_LEAST, ""


def _weight_of(e: Eval, findings: Findings) -> tuple[Fraction | None, bool]:
    """(the 分值 given, readable)."""
    v = e.row.get("weight")
    if v is None:
        return None, True
    try:
        if isinstance(v, bool):
            raise ValueError
        if isinstance(v, int | float):
            from .values import fraction_of
            n = fraction_of(v)
        else:
            t = fold(str(v))
            m = re.fullmatch(r"(\d+(?:\.\d+)?)分?", t)
            if not m:
                raise ValueError
            n = Fraction(m.group(1))
        if n < 0:
            raise ValueError
    except (ValueError, ArithmeticError):
        findings.error("weight-unreadable", e.loc("weight"), name=e.name, value=str(v))
        return None, False
    return n / int(e.row.get("weight_split") or 1), True


def _weight_loc(active: list) -> str:
    """Where a weight finding points: the first 分值 cell, or the first indicator when there is no 分值 column."""
    e = active[0][0]
    return e.loc("weight") or e.loc("third")


def _assign_weights(cat: Category, weight: Fraction, members: list[Eval], findings: Findings) -> None:
    """README “评分规则”: the typed 分值 (scaled to `weight`, the category's weight) or an equal split."""
    given = [(e, e.weight_given, e.weight_readable) for e in members]
    active = [(e, w) for e, w, _ok in given if not e.not_applicable]
    if not active:
        return
    if all(w is not None for _e, w in active):
        s = sum((w for _e, w in active), Fraction(0))
        all_s = sum((w for _e, w, _ok in given if w is not None), Fraction(0))
        if s == 0:
            for e, _w in active:
                e.weight = weight / len(active)
            findings.warning("weights-zero", _weight_loc(active), category=cat.name, weight=w_(weight))
            return
        for e, w in active:
            e.weight = w * weight / s
        if abs(s - weight) > Fraction(1, 100):
            if len(active) < len(given) and abs(all_s - weight) <= Fraction(1, 100):
                findings.info("weights-rescaled-na", _weight_loc(active), category=cat.name, sum=w_(s),
                              weight=w_(weight))
            else:
                findings.warning("weights-not-summing", _weight_loc(active), category=cat.name, sum=w_(s),
                                 weight=w_(weight))
    else:
        share = weight / len(active)
        for e, _w in active:
            e.weight = share
        filled = sum(1 for _e, w in active if w is not None)
        if filled:
            findings.info("weights-partly-filled", _weight_loc(active), category=cat.name, filled=str(filled),
                          count=str(len(active)), weight=w_(weight), share=w_(share))
        else:
            findings.info("weights-split", _weight_loc(active), category=cat.name, weight=w_(weight),
                          count=str(len(active)), share=w_(share))


def _self_score(e: Eval, findings: Findings) -> Fraction | None:
    v = e.row.get("self_score")
    if v is None:
        return None
    if isinstance(v, int | float) and not isinstance(v, bool):
        from .values import fraction_of
        return fraction_of(v)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)分?", fold(str(v)))
    if m:
        return Fraction(m.group(1))
    findings.warning("self-score-unreadable", e.loc("self_score"), name=e.name, value=str(v))
    return None


def _score_row(e: Eval, scheme: Scheme, findings: Findings) -> None:
    w = e.weight
    e.self_score_typed = _self_score(e, findings)
    e.self_score = e.self_score_typed
    v = e.weight_given
    if e.self_score_typed is not None and v is not None and v > 0 and v != w:
        # the 自评得分 is on the officer's own 分值 v: read on the weight w that scores (README “评分规则”)
        e.self_score = e.self_score_typed * w / v
    a, t = e.actual, e.target

    if e.kind in ("missing", "unreadable"):
        e.score = Fraction(0)
        e.basis = "指标值未填写，得 0 分" if e.kind == "missing" else "指标值无法识别，得 0 分"
        return

    if a.kind == "missing":
        e.score = Fraction(0)
        e.basis = "实际完成值未填写，得 0 分"
        if not e.row.get("actual_uncached"):    # one finding per cause: formula-no-cache says it
            findings.error("actual-missing", e.loc("actual"), name=e.name)
        return

    if a.approx and a.number is not None:
        findings.info("approximate-actual", e.loc("actual"), name=e.name, actual=a.text,
                      value=format_number(a.number), unit=a.unit)
    elif a.approx:
        findings.info("approximate-actual", e.loc("actual"), variant="no-number", name=e.name, actual=a.text)

    if e.kind in ("qualitative", "deadline"):
        _score_qualitative(e, scheme, findings)
        return

    # quantitative
    if a.kind != "number":
        e.score = Fraction(0)
        e.basis = f"定量指标填了文字“{a.text}”，得 0 分"
        findings.warning("text-actual-on-number", e.loc("actual"), name=e.name, target=e.shown("target"),
                         actual=a.text)
        return
    if a.extracted:
        findings.info("number-taken-from-text", e.loc("actual"), name=e.name, actual=a.text,
                      value=format_number(a.number))
    x = a.number
    if x < 0:
        findings.warning("negative-actual", e.loc("actual"), name=e.name, value=format_number(x))
        x = Fraction(0)
    unit = t.unit or a.unit
    # 0 reads the same as a fraction or a percent, so it never looks like a fraction
    if (unit == "%" and a.general_number and 0 < x <= 1 and t.number is not None
            and (t.high or t.number) > 1):
        findings.warning("looks-like-fraction", e.loc("actual"), name=e.name, value=format_number(x),
                         percent=format_number(x * 100))
    raw_t = e.row.get("target")
    if (unit == "%" and isinstance(raw_t, int | float) and not isinstance(raw_t, bool)
            and not e.row.get("target_pct") and 0 < t.number <= 1 and x > 1):
        findings.warning("looks-like-fraction", e.loc("target"), variant="target", name=e.name,
                         value=format_number(t.number), percent=format_number(t.number * 100))
    tn = t.number
    op = e.op
    x_bare, t_bare = _num(x), _num(tn)
    sx = x_bare + "%" if unit == "%" else x_bare      # _num(x, unit), _num(tn, unit)
    st = t_bare + "%" if unit == "%" else t_bare
    e.value_used = sx
    if op in (MORE, LESS) and x == tn:
        # scored as 不低于 (高于) or 不高于 (低于)
        findings.info("strict-met-by-equality", e.loc("actual"), variant=None if op == MORE else "less",
                      name=e.name, op=OP_NAMES[op], target=st, actual=sx)
    if op == EQUAL and x != tn:
        findings.info("equal-missed", e.loc("actual"), name=e.name, target=st, actual=sx)
    method = methods.BY_OP.get(op)
    if method is not None:
        hi = t.high if op == BETWEEN else None
        shown = methods.Shown(x=sx, t=st, x_bare=x_bare, t_bare=t_bare,
                              hi_bare=_num(hi) if hi is not None else "", w=w_(w), unit=unit)
        e.score, e.basis = method.rule(x, tn, hi, w, shown)
    if e.rate is not None and e.rate.value is not None:
        e.basis += f"（实际值按资金执行情况计算：{e.rate.basis}）"


def _band_of(e: Eval, q: dict) -> str | None:
    a, t = e.actual, e.target
    if a.kind == "number" and not a.extracted:
        if a.number == 100:
            return "达成*"
        return None
    text = fold(a.text)
    target_text = fold(t.text or str(e.row.get("target") or ""))
    if text == target_text:
        return "达成"
    # str.startswith with a tuple: any of the prefixes (none: False), as the lists are strings
    if (text.startswith(tuple(q.get("missed_prefixes", ())))
            and not text.startswith(tuple(q.get("missed_exceptions", ())))) \
            or text in q.get("missed_words", []) or any(w in text for w in q.get("missed_contains", [])):
        return "未达成"
    if text.startswith(tuple(q.get("partial_prefixes", ()))):
        return "部分达成"
    if (any(w in text for w in q.get("achieved_words", [])) or (target_text and target_text in text)
            or text in q.get("achieved_exact", [])):
        return "达成"
    return None


def _score_qualitative(e: Eval, scheme: Scheme, findings: Findings) -> None:
    q = scheme.qualitative
    w, a, t = e.weight, e.actual, e.target
    band = None
    how = ""
    if e.kind == "deadline" and a.kind == "date":
        from .values import date_key, show_date
        end = t.deadline.end
        band = "达成" if date_key(a.date, end) <= date_key(end, a.date) else "未达成"
        how = (f"期限指标：实际 {show_date(a.date)} {'不晚于' if band == '达成' else '晚于'}"
               f"期限 {show_date(end)}")
    else:
        band = _band_of(e, q)
        if band == "达成*":
            band = "达成"
            findings.info("hundred-on-qualitative", e.loc("actual"), name=e.name)
            how = "定性指标：实际完成值 100%，视为达成"
        elif band is not None:
            how = f"定性指标：实际“{a.text}”属于“{band}”"
    e.value_used = a.text
    if band is None:
        e.score = Fraction(0)
        e.basis = f"定性指标：实际“{a.text}”无法归入达成、部分达成或未达成，得 0 分"
        findings.warning("qualitative-no-band", e.loc("actual"), name=e.name, actual=a.text)
        return
    e.band = band
    e.score, used_self = methods.banded_score(band, e.self_score, w, q)
    if used_self:
        lo, hi = methods.band_range(band, w, q)
        e.basis = f"{how}，采用自评得分 {w_(e.score)}（在该档 {w_(lo)}–{w_(hi)} 分之内）"
    else:
        e.basis = f"{how}，得 {format_number(methods.band_share(band, q) * 100)}%×{w_(w)}"
