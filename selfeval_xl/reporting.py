"""The self-evaluation report (自评报告) as a Word document, written from a scored Result (issue 12).

The report follows the sections of a real 部门整体支出绩效自评报告 (shared/seed) — or, for a project
table, of a 项目支出绩效自评报告 — and is laid out like the documents finance bureaus receive (A4
portrait, 公文 fonts and sizes, numbered headings 一、(一) 1.).

What it may say is narrow on purpose:

- every figure comes from the Result, shown as the scored workbook shows it (2 decimals, half-up:
  ``fmt2`` and ``review.pct``); a rate is written only when it was computed from the money, so the
  officer's wrong typed rates (the seed's 105% and 180%) appear only where a mismatch is quoted;
- text from the workbook (履职目标, 主要任务, 年度总体目标, 偏差原因) is used verbatim, as plain text runs;
- what the tool cannot know (how the self-evaluation was organised, how results will be used) is a
  short placeholder 【待补充：…】 highlighted in yellow and listed again under 待补充事项 at the end.

The one field code is the page number in the footer.  The file is byte-for-byte the same for the
same input: fixed document properties, fixed zip timestamps, no thumbnail.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from . import fmt2
from .review import own_total, pct
from .rules import RATES, Result
from .values import format_number, fraction_of, parse_actual, plain
from .writing import FIXED_DATE, _check_output, write_atomically

# --------------------------------------------------------------------------------------------
# Layout (GB/T 9704 公文 conventions where they apply)
# --------------------------------------------------------------------------------------------

TITLE_FONT, TITLE_FALLBACK = "方正小标宋简体", "黑体"
HEADING_FONT = "黑体"
SUBHEADING_FONT, SUBHEADING_FALLBACK = "楷体_GB2312", "楷体"
BODY_FONT, BODY_FALLBACK = "仿宋_GB2312", "仿宋"
FOOTER_FONT = "宋体"
# fonts a machine without them should replace with the fallback (fontTable w:altName)
FALLBACKS = {TITLE_FONT: TITLE_FALLBACK, SUBHEADING_FONT: SUBHEADING_FALLBACK, BODY_FONT: BODY_FALLBACK}
BODY_PT, TITLE_PT, TABLE_PT, FOOTER_PT = 16, 22, 12, 14     # 三号, 二号, 小四, 四号
LINE_PT = 28                                                 # fixed line spacing of the body
TEXT_WIDTH_CM = 21.0 - 2 * 3.17                              # A4 minus the left/right margins
KEEP_TOGETHER_ROWS = 15      # a table this short is kept on one page (longer ones repeat the header)
TITLE_LINE = 18              # characters of 二号 on one line of the text width
MAX_NAMES = 30               # indicator names listed in one sentence before "等 N 项"
QUALITATIVE_UNITS = {"定性", "定性指标"}

# characters XML 1.0 (and so Word) refuses: C0 controls except tab, newline, carriage return;
# lone surrogates; U+FFFE, U+FFFF
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text) -> str:
    """Workbook text as it may stand in the document: XML-invalid characters removed, \r\n → \n."""
    s = "" if text is None else str(text)
    return _XML_INVALID.sub("", s.replace("\r\n", "\n").replace("\r", "\n")).strip()


def default_output(input_path: Path) -> Path:
    return input_path.with_name(f"{input_path.stem}-自评报告.docx")


def write_report(result: Result, output: Path) -> Path:
    """Write the report for `result` to `output` (temporary file, then rename; never the input)."""
    _check_output(Path(output), result.declaration.path)   # an unusable path is refused before the work
    data = build_report(result)          # built in memory first: an internal error leaves no file
    return write_atomically(output, result.declaration.path, lambda tmp: tmp.write_bytes(data),
                            suffix=".docx.tmp", app="Word 或 WPS")


# --------------------------------------------------------------------------------------------
# Text with placeholders
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Todo:
    """A placeholder: shown as 【待补充：what】 in yellow, and listed under 待补充事项."""
    what: str

    @property
    def text(self) -> str:
        return f"【待补充：{self.what}】"


@dataclass
class Outline:
    """The report's content, independent of python-docx: blocks in order, and the placeholders."""
    title: list
    blocks: list = field(default_factory=list)       # (kind, payload)
    todos: list[list] = field(default_factory=list)    # [section, what, [names]], in order
    section: str = ""

    def h1(self, text):
        self.section = text
        self.blocks.append(("h1", [text]))

    def h2(self, text):
        self.blocks.append(("h2", [text]))

    def h3(self, text):
        self.blocks.append(("h3", [text]))

    def para(self, *parts, keep_next=False, left=False):
        """A body paragraph; keep_next keeps it on the page of the next, left does not justify it
        (for list-like lines whose unbreakable figures would spread a justified line apart)."""
        parts = [p for p in parts if p not in (None, "")]
        if parts:
            kind = ("keep" if keep_next else "p") + ("-left" if left else "")
            self.blocks.append((kind, list(parts)))

    def todo(self, what: str, listed: str | None = None, name: str | None = None) -> Todo:
        """A placeholder in the text; `listed` is how 待补充事项 names it (default: what), and
        `name` an indicator it concerns (listed once per item, with the others)."""
        key = [self.section, listed or what]
        item = next((t for t in self.todos if t[:2] == key), None)
        if item is None:
            item = key + [[]]
            self.todos.append(item)
        if name and name not in item[2]:
            item[2].append(name)
        return Todo(what)

    def caption(self, text):
        self.blocks.append(("caption", [text]))

    def table(self, header, rows, widths, *, bold_rows=(), align=None, merge_first=False):
        self.blocks.append(("table", {"header": header, "rows": rows, "widths": widths,
                                      "bold_rows": set(bold_rows), "align": align or [],
                                      "merge_first": merge_first}))


# --------------------------------------------------------------------------------------------
# Figures, as the scored workbook shows them
# --------------------------------------------------------------------------------------------

_v = plain      # None for a missing value (pandas keeps None as NaN in a numeric column)


def money(x) -> str:
    return f"{fmt2(x)}万元"


def share(score, weight) -> str:
    """得分率 as a percent (score / weight), 2 decimals."""
    return pct(Fraction(score) / Fraction(weight) * 100) if weight else "0%"


BUDGET_NAMES = {"三公经费预算数": "“三公经费”预算数", "三公经费实际支出数": "“三公经费”实际支出数"}
MAIN_FIGURES = ("年初预算数", "全年预算数", "全年执行数")


def _cell_text(value, unit=None, percent=False) -> str:
    """A target or actual as the officer typed it, the unit column appended where the text ends in
    a digit ("≥99" and "%" → "≥99%"; "相关" and "定性指标" stay "相关")."""
    value = _v(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        text = str(value)
    elif isinstance(value, int | float | Fraction):
        n = fraction_of(value) if not isinstance(value, Fraction) else value
        text = format_number(n * 100) + "%" if percent else format_number(n)
    elif hasattr(value, "isoformat"):
        text = value.isoformat()
    else:
        text = clean(value)
    u = clean(_v(unit))
    if u and u not in QUALITATIVE_UNITS and text and text[-1].isdigit():
        text += u
    return text


def _names(names: list[str]) -> str:
    """Indicator names joined with 、, at most MAX_NAMES of them."""
    shown = "、".join(names[:MAX_NAMES])
    return shown + ("等" if len(names) > MAX_NAMES else "")


# --------------------------------------------------------------------------------------------
# The indicators of the Result, with what the report needs of each
# --------------------------------------------------------------------------------------------


@dataclass
class Item:
    row: dict
    name: str
    target: str
    actual: str
    reason: str
    state: str          # full | below | na | unscored

    @property
    def score(self):
        return self.row["得分"]

    @property
    def weight(self):
        return self.row["分值"]


def _items(result: Result) -> list[Item]:
    decl = result.declaration
    flags = {}
    for r in decl.indicator_rows:
        flags[r["row"]] = (bool(_v(r.get("target_pct"))), bool(_v(r.get("actual_pct"))))
    out = []
    for r in result.indicator_rows:
        r = {k: _v(v) for k, v in r.items()}
        t_pct, a_pct = flags.get(r.get("row"), (False, False))
        name = clean(r.get("三级指标") or r.get("二级指标") or "")
        target = _cell_text(r.get("指标值"), r.get("度量单位"), t_pct)
        if r.get("rate") and r.get("kind") == "number" and r.get("actual_number") is not None:
            actual = f"{pct(r['actual_number'])}（按资金执行情况计算）"
        else:
            actual = _cell_text(r.get("实际完成值"), r.get("度量单位"), a_pct)
        reason = clean(r.get("偏差原因分析及改进措施"))
        s, w = r.get("得分"), r.get("分值")
        if r.get("not_applicable"):
            state = "na"
        elif s is None or w is None:
            state = "unscored"
        elif s >= w:
            state = "full"
        else:
            state = "below"
        out.append(Item(r, name, target, actual, reason, state))
    return out


def _below_text(it: Item, with_reason: bool, out: Outline) -> list:
    """One indicator below full marks: target, actual, score/weight (and the officer's reason)."""
    r = it.row
    actual = it.actual or "未填写"
    if r.get("kind") in ("qualitative", "deadline") and r.get("band"):
        got = f"实际完成情况“{actual}”（{r['band']}）"
    elif it.actual and "按资金执行情况计算" not in actual:
        got = f"实际完成值“{actual}”"
    else:
        got = f"实际完成值{actual}"
    target = f"指标值“{it.target}”" if it.target else "指标值未填写"
    parts = [f"{it.name}：{target}，{got}，得{fmt2(it.score)}分（分值{fmt2(it.weight)}分）。"]
    if with_reason:
        parts.append("偏差原因分析及改进措施：")
        parts.extend(_reason(it, out))
    return parts


def _reason(it: Item, out: Outline) -> list:
    if it.reason:       # verbatim; a closing 。 only where the officer left the sentence open
        return [it.reason if it.reason[-1] in "。.！!？?；;）)”\"" else it.reason + "。"]
    return [out.todo("偏差原因分析及改进措施", "未得满分指标的偏差原因分析及改进措施", it.name)]


# --------------------------------------------------------------------------------------------
# Sections shared by both kinds of report
# --------------------------------------------------------------------------------------------

def _year_text(result: Result) -> str:
    return f"{result.declaration.year}年度" if result.declaration.year else "本年度"


def _bands(result: Result) -> str:
    """The grade bands in the seed's words: 90（含）-100分为优、…、60分以下为差."""
    grades = result.scheme.grades                                   # highest first
    top = sum((c.weight for c in result.scheme.categories), Fraction(0))
    parts, upper = [], top
    for i, (lower, name) in enumerate(grades):
        if i == len(grades) - 1:
            parts.append(f"{fmt2(upper)}分以下为{name}")
        else:
            parts.append(f"{fmt2(lower)}（含）-{fmt2(upper)}分为{name}")
            upper = lower
    return "、".join(parts)


def _conclusion(out: Outline, result: Result, who: str, what: str) -> None:
    out.para(f"根据{what}自评相关要求对每项指标分别评分，{who}{_year_text(result)}{what}自评得分为"
             f"{fmt2(result.total)}分。按照{_bands(result)}的评价等级设置，{who}绩效评价等级为"
             f"“{result.grade}”。")
    for adj in result.adjustments:
        out.para(f"按评分方案的规则，总分中含“{clean(adj['项目'])}”{fmt2(adj['分值'])}分"
                 f"（{clean(adj['说明'])}）。")
    out.para("各项指标得分情况如下：", keep_next=True)
    out.caption("各项指标得分情况表")
    rows = []
    for row in result.category_rows:
        rows.append([clean(row["指标"]), fmt2(row["权重分值"]), fmt2(row["得分"]),
                     share(row["得分"], row["权重分值"])])
    for adj in result.adjustments:
        rows.append([clean(adj["项目"]), "—", fmt2(adj["分值"]), "—"])
    weight = sum((Fraction(c["权重分值"]) for c in result.category_rows), Fraction(0))
    rows.append(["合计", fmt2(weight), fmt2(result.total), share(result.total, weight)])
    w = TEXT_WIDTH_CM
    out.table(["指标", "权重分值", "得分", "得分率"], rows, [w * .34, w * .22, w * .22, w * .22],
              bold_rows=[len(rows) - 1], align=["left", "center", "center", "center"])


def _funds(out: Outline, result: Result, who: str) -> None:
    """Budget figures and every computed rate, in sentences."""
    decl = result.declaration
    parts: list = [f"{_year_text(result)}，{who}"]
    for i, name in enumerate(MAIN_FIGURES):
        v = decl.budget_value(name)
        parts.append(("，" if i else "") + f"{name}为")
        parts.append(money(v) if v is not None else out.todo(f"{name}（资金执行情况未填写）"))
    parts.append("。")
    out.para(*parts)
    rates = []
    for d in RATES:
        rate = result.rates.get(d.name)
        if rate is None or rate.value is None:
            continue
        rates.append(_rate_sentence(d, rate, decl))
    if rates:
        # one rate a paragraph: run together, "100%（814.75÷814.75）" cannot break and the justified
        # line before it spreads its characters apart
        out.para("按资金执行情况计算：", keep_next=True)
        for i, r in enumerate(rates):
            out.para(r + ("。" if i == len(rates) - 1 else "；"), keep_next=i < len(rates) - 1, left=True)
    else:
        out.para("资金执行情况未填写计算比率所需的金额，本报告未计算预算执行率等比率。")
    execution = result.rates.get("预算执行率")
    if execution is not None and execution.value is not None and execution.value > 100:
        out.para("预算执行率超过100%，即执行数大于预算数，请核对金额；评分时按100%计。")
    for cat, row in zip(result.scheme.categories, result.category_rows):
        if cat.computed:
            title = next((d.title for d in RATES if d.name == cat.computed), cat.computed)
            out.para(f"“{clean(cat.name)}”（权重{fmt2(row['权重分值'])}分）按{title}计分"
                     f"（超过100%的按100%计），得{fmt2(row['得分'])}分。")
    out.para(out.todo("资金管理和使用情况（审批程序、政府采购、有无截留、挤占、挪用等）"))


def _rate_sentence(d, rate, decl) -> str:
    """“三公经费”预算数为7.2万元、实际支出数为0.04万元，“三公经费”控制率为0.56%（0.04÷7.2）: the figures
    not already stated (the three main ones are), then the rate with its arithmetic."""
    extra = [n for n in (d.denominator, d.numerator) if n not in MAIN_FIGURES]
    shown = [BUDGET_NAMES.get(n, n) for n in extra]
    if len(shown) == 2:
        common = os.path.commonprefix(shown)
        shown[1] = shown[1][len(common):]
    figures = "、".join(f"{label}为{money(decl.budget_value(n))}" for label, n in zip(shown, extra))
    num, den = fmt2(rate.numerator), fmt2(rate.denominator)
    if rate.denominator == 0:
        how = rate.basis.replace(" ", "")          # "预算数与实际数均为0，按100%计"
    elif d.name == "预算调整率":
        how = f"|{num}−{den}|÷{den}"
    else:
        how = f"{num}÷{den}"
    return (f"{figures}，" if figures else "") + f"{d.title}为{pct(rate.value)}（{how}）"


def _category_title(name: str) -> str:
    name = clean(name)
    return name if name.endswith("指标") else name + "指标"


def _categories(out: Outline, result: Result, items: list[Item], *, with_reason: bool,
                numbered: str) -> None:
    """Each scored category: its score, the indicators at full marks in one sentence, and each
    indicator below full marks by name.  numbered: "h3" (1. 2. …) or "h2" ((一)(二) …)."""
    cats = [(c, r) for c, r in zip(result.scheme.categories, result.category_rows)
            if not c.computed]
    for i, (cat, row) in enumerate(cats, start=1):
        title = _category_title(cat.name)
        if numbered == "h3":
            out.h3(f"{i}. {title}情况分析")
        else:
            out.h2(f"（{_cn(i)}）{title}")
        members = [it for it in items if it.row.get("类别") == cat.name]
        full = [it for it in members if it.state == "full"]
        below = [it for it in members if it.state == "below"]
        na = [it for it in members if it.state == "na"]
        head = (f"{title}权重{fmt2(row['权重分值'])}分，得{fmt2(row['得分'])}分，"
                f"得分率{share(row['得分'], row['权重分值'])}。")
        if not members:
            out.para(head + "本类没有可计分的指标。")
            continue
        counts = f"本类共{len(members)}项指标"
        if below:
            counts += f"，{len(full)}项得满分，{len(below)}项未得满分"
        out.para(head + counts + "。", left=True)
        if full:
            if len(full) == len(members):
                lead = "全部指标" if len(full) > 1 else "该指标"
                out.para(f"{_names([it.name for it in full])}{'共' if len(full) <= MAX_NAMES else ''}"
                         f"{len(full)}项指标均达到指标值，{lead}得满分。" if len(full) > 1 else
                         f"{_names([it.name for it in full])}达到指标值，得满分。")
            else:
                out.para(f"{_names([it.name for it in full])}{'共' if len(full) <= MAX_NAMES else ''}"
                         f"{len(full)}项指标达到指标值，均得满分。" if len(full) > 1 else
                         f"{_names([it.name for it in full])}达到指标值，得满分。")
        if below:
            out.para("未得满分的指标：" if with_reason else "未得满分的指标（偏差原因见“四、偏差和原因”）：")
            for k, it in enumerate(below, start=1):
                out.blocks.append(("p", [f"（{k}）"] + _below_text(it, with_reason, out)))
        if na:
            out.para(f"{_names([it.name for it in na])}填报为不适用，不计分，其权重按比例折算给本类其他指标。")
    unscored = [it for it in items if it.state == "unscored"]
    if unscored:
        out.para(f"另有{len(unscored)}项指标（{_names([it.name for it in unscored])}）的一级指标不在评分方案中，"
                 f"未计分，请核对一级指标名称。")


_CN = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    """1 → 一, 12 → 十二 (section numbers)."""
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------------------------
# 发现的主要问题: from the findings a reviewer would raise
# --------------------------------------------------------------------------------------------

PROBLEM_CODES = ("rate-mismatch", "not-quantified", "reason-missing", "far-above-target",
                 "self-score-mismatch", "total-mismatch")


def _row_of(location: str, sheet: str) -> int | None:
    if "!" not in location:
        return None
    s, cell = location.rsplit("!", 1)
    m = re.fullmatch(r"\$?[A-Za-z]{1,3}\$?(\d+)", cell)
    return int(m.group(1)) if m and s == sheet else None


def _problems(out: Outline, result: Result, items: list[Item]) -> None:
    decl = result.declaration
    by_row = {it.row.get("row"): it for it in items}
    groups: dict[str, list] = {c: [] for c in PROBLEM_CODES}
    seen: set[tuple[str, int]] = set()
    for f in result.findings:
        if f.code not in groups:
            continue
        it = by_row.get(_row_of(f.location, decl.sheet))
        if f.code == "total-mismatch":
            groups[f.code].append(f)
        elif it is not None and (f.code, id(it)) not in seen:
            seen.add((f.code, id(it)))
            groups[f.code].append(it)
    paragraphs = []

    mism = []
    for it in groups["rate-mismatch"]:
        typed = _typed_rate(it, decl)
        if typed is not None and it.row.get("actual_number") is not None:
            mism.append(f"{it.name}填报{typed}，按资金执行情况计算为{pct(it.row['actual_number'])}")
    if mism:
        paragraphs.append(f"比率填报与资金执行情况不一致。{'；'.join(mism)}。本报告按计算值评分。"
                          f"改进措施：比率类指标的实际完成值按资金执行情况中的金额计算填列，报送前逐项核对。")
    nq = groups["not-quantified"]
    if nq:
        cats = "、".join(dict.fromkeys(_category_title(it.row.get("类别") or "") for it in nq))
        listed = "、".join(f"{it.name}（指标值“{it.target}”）" for it in nq[:MAX_NAMES])
        paragraphs.append(f"部分指标未量化。{cats}中有{len(nq)}项指标使用定性指标值：{listed}"
                          f"{'等' if len(nq) > MAX_NAMES else ''}。改进措施：编制下一年度绩效目标时，"
                          f"将其细化为可衡量的数量、质量、时效或成本指标。")
    rm = groups["reason-missing"]
    if rm:
        listed = "、".join(f"{it.name}（得{fmt2(it.score)}分，分值{fmt2(it.weight)}分）"
                           for it in rm[:MAX_NAMES])
        paragraphs.append(f"偏差原因分析缺失。{len(rm)}项指标未得满分，但未填写偏差原因分析及改进措施："
                          f"{listed}{'等' if len(rm) > MAX_NAMES else ''}。改进措施：对未完成绩效目标的指标"
                          f"逐项分析原因、提出改进措施。")
    fa = groups["far-above-target"]
    if fa:
        listed = "、".join(f"{it.name}（指标值“{it.target}”，实际完成值“{it.actual}”）"
                           for it in fa[:MAX_NAMES])
        paragraphs.append(f"部分指标值设定偏低。{len(fa)}项指标的实际完成值远超指标值：{listed}"
                          f"{'等' if len(fa) > MAX_NAMES else ''}。改进措施：编制下一年度绩效目标时，"
                          f"参考本年度实际完成情况合理设定指标值，并在偏差原因分析中说明超额完成的原因。")
    sm = [f"{it.name}自评得分{fmt2(it.row['self_score_value'])}分，按评分规则计算为{fmt2(it.score)}分"
          for it in groups["self-score-mismatch"][:MAX_NAMES]
          if it.row.get("self_score_value") is not None and it.score is not None]
    more = len(groups["self-score-mismatch"]) > MAX_NAMES
    own = own_total(decl) if groups["total-mismatch"] else None
    if own is not None:
        sm.append(f"自评总分填报{fmt2(own)}分，按评分规则计算为{fmt2(result.total)}分")
    if sm:
        paragraphs.append(f"自评得分与按评分规则计算的得分不一致。{'；'.join(sm)}{'等' if more else ''}。"
                          f"本报告采用按规则计算的得分。改进措施：按评分规则逐项计算得分，不以估计代替计算。")
    if paragraphs:
        for i, p in enumerate(paragraphs, start=1):
            out.para(f"{i}. {p}")
    else:
        out.para("经复核，未发现比率填报错误、指标未量化、偏差原因缺失、指标值偏低或自评得分不符等问题。")
    covered = set(PROBLEM_CODES)
    rest = {lvl: sum(1 for f in result.findings if f.level == lvl and f.code not in covered)
            for lvl in ("错误", "警告")}
    if any(rest.values()):
        counts = "、".join(f"{lvl}{n}条" for lvl, n in rest.items() if n)
        out.para(f"评分工作簿的复核意见中另有{counts}（见“复核意见”工作表），请逐条核实。")
    out.para(out.todo("单位发现的其他问题及改进措施"))


def _typed_rate(it: Item, decl) -> str | None:
    """The rate the officer typed for a rate indicator, as shown (2 decimals) — only to quote it."""
    raw = next((r for r in decl.indicator_rows if r["row"] == it.row.get("row")), None)
    if raw is None:
        return None
    a = parse_actual(_v(raw.get("actual")), percent_format=bool(_v(raw.get("actual_pct"))),
                     year=decl.year)
    if a.kind != "number" or a.number is None:
        return None
    return f"{fmt2(a.number)}%"


# --------------------------------------------------------------------------------------------
# The two reports
# --------------------------------------------------------------------------------------------

def outline(result: Result) -> Outline:
    kind = getattr(result.declaration, "kind", "department")
    return _project(result) if kind == "project" else _department(result)


def _title(out_title: str, name, year, what_name: str) -> list:
    """<name><year>年度<kind>; too long for one line, it breaks before the kind of report (as a
    公文 title breaks between its parts, never inside a word)."""
    parts = [clean(name) if clean(name) else Todo(what_name)]
    parts.append(f"{year}年度" if year else Todo("年度"))
    length = sum(len(p.text if isinstance(p, Todo) else p) for p in parts) + len(out_title)
    parts.append(("\n" if length > TITLE_LINE else "") + out_title)
    return parts


def _register_title(out: Outline) -> None:
    for p in out.title:
        if isinstance(p, Todo):
            out.todos.insert(0, ["标题", p.what, []])


def _department(result: Result) -> Outline:
    decl = result.declaration
    items = _items(result)
    out = Outline(_title("部门整体支出绩效自评报告", decl.fact("部门(单位)名称"), decl.year, "部门名称"))
    _register_title(out)

    out.h1("一、基本情况")
    out.h2("（一）部门职能与年度履职目标、主要任务")
    goal = clean(decl.fact("年度履职目标"))
    out.para("年度履职目标：", goal or out.todo("部门职能与年度履职目标"))
    tasks = [(clean(_v(t.get("任务名称"))), clean(_v(t.get("主要内容"))))
             for t in decl.task_rows]
    tasks = [t for t in tasks if t[0] or t[1]]
    if tasks:
        out.para(f"年度主要任务共{len(tasks)}项：", keep_next=True)
        w = TEXT_WIDTH_CM
        out.table(["任务名称", "主要内容"], [list(t) for t in tasks], [w * .28, w * .72],
                  align=["left", "left"])
    else:
        out.para("年度主要任务：", out.todo("年度主要任务"))

    out.h2("（二）部门年度整体绩效目标、绩效指标设置情况")
    _indicator_set(out, result, items)

    out.h1("二、绩效自评工作开展情况")
    out.para(out.todo("绩效自评工作的组织、时间安排和主要步骤（前期准备、数据收集与核查、分析评价、报告撰写等）",
                      "绩效自评工作的组织、时间安排和主要步骤"))

    out.h1("三、综合评价结论")
    _conclusion(out, result, "本部门", "部门整体绩效")

    out.h1("四、绩效目标实现情况分析")
    out.h2("（一）部门资金情况分析")
    _funds(out, result, "本部门")
    out.h2("（二）部门绩效指标完成情况分析")
    _categories(out, result, items, with_reason=True, numbered="h3")

    out.h1("五、发现的主要问题和改进措施")
    _problems(out, result, items)

    out.h1("六、绩效自评结果拟应用和公开情况")
    out.para(out.todo("自评结果的应用（问题整改、与预算安排挂钩等）和公开方式"))
    out.h1("七、绩效自评工作的经验、问题和建议")
    out.para(out.todo("绩效自评工作的经验、问题和建议"))
    out.h1("八、其他需要说明的问题")
    out.para(out.todo("其他需要说明的问题；没有则填写“无”", "其他需要说明的问题"))
    return out


def _indicator_set(out: Outline, result: Result, items: list[Item]) -> None:
    """How many indicators per 一级/二级 (a table, 一级 cells merged over their rows)."""
    groups: dict[str, dict[str, int]] = {}
    for it in items:
        first = clean(it.row.get("一级指标")) or "（未填写）"
        second = clean(it.row.get("二级指标")) or "（未填写）"
        groups.setdefault(first, {}).setdefault(second, 0)
        groups[first][second] += 1
    if not items:
        out.para("指标表中没有指标。")
        return
    n_second = sum(len(v) for v in groups.values())
    out.para(f"本年度共设置一级指标{len(groups)}个、二级指标{n_second}个、三级指标{len(items)}个，"
             f"各级指标的数量如下：", keep_next=True)
    out.caption("绩效指标设置情况表")
    rows = []
    for first, seconds in groups.items():
        for second, n in seconds.items():
            rows.append([first, second, str(n)])
    rows.append(["合计", "", str(len(items))])
    w = TEXT_WIDTH_CM
    out.table(["一级指标", "二级指标", "三级指标数量"], rows, [w * .3, w * .45, w * .25],
              bold_rows=[len(rows) - 1], align=["left", "left", "center"], merge_first=True)


def _project(result: Result) -> Outline:
    decl = result.declaration
    items = _items(result)
    out = Outline(_title("项目支出绩效自评报告", decl.fact("项目名称"), decl.year, "项目名称"))
    _register_title(out)

    out.h1("一、项目概况")
    out.h2("（一）项目基本情况")
    for label, what in (("项目名称", "项目名称"), ("主管部门", "主管部门"), ("实施单位", "实施单位")):
        value = clean(decl.fact(label))
        out.para(f"{label}：", value or out.todo(what))
    out.h2("（二）年度总体目标")
    goals = [(clean(g.get("预期目标")), clean(g.get("实际完成情况")))
             for g in (getattr(decl, "goals", None) or [])]
    goals = [g for g in goals if g[0] or g[1]]
    if goals:
        out.para("年度总体目标的预期目标和实际完成情况如下：", keep_next=True)
        w = TEXT_WIDTH_CM
        out.table(["预期目标", "实际完成情况"], [list(g) for g in goals], [w * .5, w * .5],
                  align=["left", "left"])
    else:
        out.para(out.todo("年度总体目标（预期目标和实际完成情况）"))

    out.h1("二、预算执行情况")
    _funds(out, result, "本项目")

    out.h1("三、绩效指标完成情况")
    _conclusion(out, result, "本项目", "项目绩效")
    _categories(out, result, items, with_reason=False, numbered="h2")

    out.h1("四、偏差和原因")
    below = [it for it in items if it.state == "below"]
    if below:
        out.para(f"共{len(below)}项指标未得满分，偏差原因分析及改进措施如下：")
        for k, it in enumerate(below, start=1):
            out.blocks.append(("p", [f"（{k}）{it.name}（得{fmt2(it.score)}分，分值{fmt2(it.weight)}分）："]
                               + _reason(it, out)))
    else:
        out.para("各项指标均达到指标值，没有偏差。")

    out.h1("五、问题与改进措施")
    _problems(out, result, items)
    out.h1("六、其他需要说明的问题")
    out.para(out.todo("其他需要说明的问题；没有则填写“无”", "其他需要说明的问题"))
    return out


# --------------------------------------------------------------------------------------------
# Rendering the outline with python-docx
# --------------------------------------------------------------------------------------------

def build_report(result: Result) -> bytes:
    """The .docx file's bytes."""
    out = outline(result)
    doc = _Writer(out, result).document()
    buf = io.BytesIO()
    doc.save(buf)
    return _deterministic_zip(buf.getvalue())


class _Writer:
    def __init__(self, out: Outline, result: Result):
        self.out, self.result = out, result
        self._style_ids: dict[str, str] = {}

    def document(self):
        import docx

        doc = docx.Document()
        self.doc = doc
        _page_setup(doc)
        _styles(doc)
        _fonts_and_language(doc)
        _properties(doc, self._plain(self.out.title).replace("\n", ""))
        _footer(doc)
        body = doc.paragraphs[0] if doc.paragraphs else None    # the template has none
        if body is not None:
            body._p.getparent().remove(body._p)
        self._paragraph(self.out.title, "Title")
        for kind, payload in self.out.blocks:
            if kind == "h1":
                self._paragraph(payload, "Heading 1")
            elif kind == "h2":
                self._paragraph(payload, "Heading 2")
            elif kind == "h3":
                self._paragraph(payload, "Heading 3")
            elif kind == "caption":
                self._paragraph(payload, "表题")
            elif kind == "table":
                self._table(**payload)
            else:
                p = self._paragraph(payload, "Normal")
                if kind.startswith("keep"):
                    p.paragraph_format.keep_with_next = True
                if kind.endswith("-left") or any(isinstance(x, Todo) for x in payload):
                    # justified, a wrapped placeholder spreads its characters across the line
                    from docx.enum.text import WD_ALIGN_PARAGRAPH
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        if self.out.todos:
            head = self._paragraph(["待补充事项"], "Heading 1")
            head.paragraph_format.page_break_before = True   # a page of its own, removed before sending
            self._paragraph(["以下内容本工具无法从工作簿得知，已在文中用黄色底色的待补充标记标出。"
                             "请逐项补充并删除标记，报送前删除本页。"], "Normal")
            for i, (section, what, names) in enumerate(self.out.todos, start=1):
                which = f"：{_names(names)}" if names else ""
                where = f"（见“{section}”）" if section else ""
                self._paragraph([f"{i}. {clean(what)}{which}{where}"], "Normal")
        return doc

    @staticmethod
    def _plain(parts) -> str:
        return "".join(p.text if isinstance(p, Todo) else str(p) for p in parts)

    def _style_id(self, name: str) -> str:
        """The id of a paragraph style other than the default.  Setting Paragraph.style makes
        python-docx look the name up, and compare it with the default style, through every style
        on each call (a quarter of the report's time); the id, once per report, is what it sets."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def _paragraph(self, parts, style):
        from docx.enum.text import WD_COLOR_INDEX

        p = self.doc.add_paragraph()
        if style != "Normal":
            p._p.style = self._style_id(style)
        merged: list = []
        for part in parts:                  # adjacent texts in one run
            if merged and not isinstance(part, Todo) and not isinstance(merged[-1], Todo):
                merged[-1] = str(merged[-1]) + str(part)
            else:
                merged.append(part)
        for part in merged:
            if isinstance(part, Todo):
                run = p.add_run(clean(part.text))
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            else:
                p.add_run(clean(part) if not isinstance(part, str) or _XML_INVALID.search(part)
                          else part)
        return p

    def _table(self, header, rows, widths, bold_rows, align, merge_first):
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm

        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for gc, w in zip(table._tbl.tblGrid.findall(_w("gridCol")), widths):
            gc.set(_w("w"), str(int(Cm(w).twips)))
        alignments = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER}
        style_id = self._style_id("表格文字")
        grid = []
        for r, row in enumerate(table.rows):
            values = header if r == 0 else rows[r - 1]
            _row_props(row._tr, header=(r == 0))
            cells = row.cells
            grid.append(cells)
            for c, cell in enumerate(cells):
                cell.width = Cm(widths[c])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                p = cell.paragraphs[0]
                p._p.style = style_id           # as Paragraph.style does, without its lookup
                p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c >= len(align)
                               else alignments[align[c]])
                if merge_first and c == 0 and r > 1 and values[0] == rows[r - 2][0]:
                    continue                      # merged into the cell above, below
                if len(rows) <= KEEP_TOGETHER_ROWS and r < len(rows):
                    p.paragraph_format.keep_with_next = True     # Word's way to keep a table whole
                run = p.add_run(clean(values[c]))
                if r == 0 or (r - 1) in bold_rows:
                    run.bold = True
        if merge_first:
            start = 1
            for r in range(2, len(grid) + 1):
                if r == len(grid) or rows[r - 1][0] != rows[start - 1][0]:
                    if r - 1 > start:
                        grid[start][0].merge(grid[r - 1][0])
                    start = r
        # a small paragraph after every table: Word needs one between two tables, and it spaces
        # the table from the text that follows
        self.doc.add_paragraph()._p.style = self._style_id("表后")


def _w(tag: str) -> str:
    from docx.oxml.ns import qn
    return qn(f"w:{tag}")


def _el(tag: str, **attrs):
    from docx.oxml import OxmlElement
    e = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        e.set(_w(k), str(v))
    return e


def _row_props(tr, header: bool) -> None:
    trPr = tr.get_or_add_trPr()
    trPr.append(_el("cantSplit"))
    if header:
        trPr.append(_el("tblHeader"))         # repeated at the top of every page


# --------------------------------------------------------------------------------------------
# Page, styles, fonts, properties, footer
# --------------------------------------------------------------------------------------------

def _page_setup(doc) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Mm

    s = doc.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin = s.bottom_margin = Cm(2.54)
    s.left_margin = s.right_margin = Cm(3.17)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(1.75)


def _set_fonts(rpr, name: str) -> None:
    """ascii, hAnsi, eastAsia and cs all name the font (no theme fonts), so Latin digits and the
    ambiguous “” quotes take it too; hint eastAsia for those quotes."""
    fonts = rpr.find(_w("rFonts"))
    if fonts is None:
        fonts = _el("rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_w(slot), name)
    fonts.set(_w("hint"), "eastAsia")


def _style(doc, name: str, *, font: str, size: float, bold=False, align=None, indent=True,
           line: float | None = LINE_PT, before=0.0, after=0.0, keep_next=False, base="Normal"):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    try:
        st = styles[name]
    except KeyError:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        st.quick_style = True
    rpr = st.element.get_or_add_rPr()
    _set_fonts(rpr, font)
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = False
    st.font.color.rgb = RGBColor(0, 0, 0)
    color = rpr.find(_w("color"))
    for attr in ("themeColor", "themeShade", "themeTint"):
        color.attrib.pop(_w(attr), None)
    pf = st.paragraph_format
    pf.alignment = align
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line is None:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.keep_with_next = keep_next
    pf.widow_control = True
    ppr = st.element.get_or_add_pPr()
    ind = ppr.get_or_add_ind()          # in its schema position (Word refuses misordered pPr)
    for attr in list(ind.attrib):
        del ind.attrib[attr]
    # two characters: firstLineChars for Word and WPS, firstLine in twips for the rest
    chars = 200 if indent else 0
    ind.set(_w("firstLineChars"), str(chars))
    ind.set(_w("firstLine"), str(int(size * 20 * chars / 100)))
    ind.set(_w("left"), "0")
    ind.set(_w("leftChars"), "0")
    if name == "Title":
        pbdr = ppr.find(_w("pBdr"))
        if pbdr is not None:
            ppr.remove(pbdr)
    return st


def _styles(doc) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A

    defaults = doc.styles.element.find(_w("docDefaults"))
    rpr = defaults.find(_w("rPrDefault")).find(_w("rPr"))
    _set_fonts(rpr, BODY_FONT)
    lang = rpr.find(_w("lang"))
    lang.set(_w("val"), "en-US")
    lang.set(_w("eastAsia"), "zh-CN")
    ppr = defaults.find(_w("pPrDefault")).find(_w("pPr"))
    spacing = ppr.find(_w("spacing"))
    spacing.set(_w("after"), "0")

    _style(doc, "Normal", font=BODY_FONT, size=BODY_PT, align=A.JUSTIFY)
    # the title: 方正小标宋简体 二号, centred; a two-line title needs more than the body's 28 pt
    _style(doc, "Title", font=TITLE_FONT, size=TITLE_PT, align=A.CENTER, indent=False, line=36,
           after=LINE_PT)
    _style(doc, "Heading 1", font=HEADING_FONT, size=BODY_PT, keep_next=True, align=A.JUSTIFY)
    _style(doc, "Heading 2", font=SUBHEADING_FONT, size=BODY_PT, keep_next=True, align=A.JUSTIFY)
    _style(doc, "Heading 3", font=BODY_FONT, size=BODY_PT, bold=True, keep_next=True, align=A.JUSTIFY)
    _style(doc, "表题", font=HEADING_FONT, size=BODY_PT - 2, align=A.CENTER, indent=False,
           before=6, after=6, keep_next=True)
    _style(doc, "表格文字", font=BODY_FONT, size=TABLE_PT, indent=False, line=None, before=2, after=2)
    _style(doc, "表后", font=BODY_FONT, size=6, indent=False, line=None)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        rpr = doc.styles[name].element.get_or_add_rPr()
        for tag in ("bCs", "spacing", "kern", "szCs"):
            for e in rpr.findall(_w(tag)):
                rpr.remove(e)
    table = doc.styles["Table Grid"].element
    tpr = table.find(_w("pPr"))
    if tpr is not None:
        table.remove(tpr)


def _fonts_and_language(doc) -> None:
    """The font table names each Chinese font with its fallback (w:altName, which Word uses when
    the font is missing); the document's East Asian language is Simplified Chinese (the template
    says Japanese, which would pick Japanese glyph forms)."""
    from lxml import etree

    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = doc.part.part_related_by(RT.FONT_TABLE)
    root = etree.fromstring(part.blob)
    for f in list(root):
        if f.get(_w("name")) in ("ＭＳ 明朝", "ＭＳ ゴシック"):
            root.remove(f)
    for name in (TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT, *FALLBACKS.values(), FOOTER_FONT):
        if any(f.get(_w("name")) == name for f in root):
            continue
        font = etree.SubElement(root, _w("font"))
        font.set(_w("name"), name)
        if name in FALLBACKS:
            etree.SubElement(font, _w("altName")).set(_w("val"), FALLBACKS[name])
        etree.SubElement(font, _w("charset")).set(_w("val"), "86")      # GB2312
        etree.SubElement(font, _w("family")).set(_w("val"), "modern" if name != TITLE_FONT else "script")
        etree.SubElement(font, _w("pitch")).set(_w("val"), "fixed" if name != TITLE_FONT else "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    settings = doc.settings.element
    lang = settings.find(_w("themeFontLang"))
    if lang is not None:
        lang.set(_w("eastAsia"), "zh-CN")
    # parts of the template the report does not use, or that would mislead: its thumbnail (a
    # picture of another document) and Word 2010's copy of the styles (stale once styles change)
    for rels in (doc.part.package.rels, doc.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in (RT.THUMBNAIL, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"):
                del rels[rid]
    app = doc.part.package.part_related_by(RT.EXTENDED_PROPERTIES)
    app._blob = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                 b'<Application>selfeval-xl</Application></Properties>')


def _properties(doc, title: str) -> None:
    """Fixed document properties: the same input gives the same bytes (no clock)."""
    cp = doc.core_properties
    cp.title = title
    cp.subject = "绩效自评报告"
    cp.author = "selfeval-xl"
    cp.last_modified_by = "selfeval-xl"
    cp.comments = "由 selfeval-xl 根据评分结果生成"
    cp.keywords = ""
    cp.category = ""
    cp.language = "zh-CN"
    cp.revision = 1
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE


def _footer(doc) -> None:
    """— 1 — centred at the foot of every page: the document's only field (PAGE)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def run(text=None, *children):
        r = p.add_run(text)
        r.font.size = Pt(FOOTER_PT)
        _set_fonts(r._r.get_or_add_rPr(), FOOTER_FONT)
        for c in children:
            r._r.append(c)
        return r

    run("— ")
    run(None, _el("fldChar", fldCharType="begin"))
    instr = _el("instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " PAGE "
    run(None, instr)
    run(None, _el("fldChar", fldCharType="separate"))
    run("1")
    run(None, _el("fldChar", fldCharType="end"))
    run(" —")


def _deterministic_zip(data: bytes) -> bytes:
    """The package re-zipped with fixed member timestamps (python-docx stamps the current time)."""
    stamp = (FIXED_DATE.year, FIXED_DATE.month, FIXED_DATE.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info))
    return out.getvalue()


__all__ = ["build_report", "default_output", "outline", "write_report", "clean"]
