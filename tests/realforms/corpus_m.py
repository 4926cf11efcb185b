"""Corpus M: a Shanxi 项目支出绩效自评表 (稷山县医疗保障局 / 稷山县医疗保险服务中心, 2020: 建档立卡个人缴费县级配套资金,
the 10号 layout with 产出指标(50分) / 效益指标(30分) / 满意度指标(10分) labels, the names typed after the form's "指标1:",
an empty 年初预算数, the officer's 预算执行 得分 9 beside a 总分 of 94 that counts the budget as 10, self-scores of 27/30
and 9/10 on rows met in full, and a cost standard "75元" written bare).

Found in the stored copies of published pages (search corpus "pages", 31 look-ups for 2023-2025 project tables with
定性 in an operator column, 不适用 / 不涉及 rows, deadlines, 调整指标值 or a 自评总分, over 四川, 云南, 安徽, 河南, 湖南,
甘肃, 江西, 浙江 and 广西 wording; the hits were either already in the corpus, reports without a table, unfilled
templates whose stored copy starts inside the table (dyrmt.com, 大英县医疗保障局: the 定性 / 优良中低差 row is there,
but the header and first rows are not), or tables whose headings SPEC does not list (成安县民政局 2020: 预期指标值 /
单项指标实际完成值)). This table is the sibling of corpus_g's 翟店镇卫生院 table on the same document site, and its
stored copy reaches the 总分 row. Cells are typed as published (spellings, marks, the officer's own figures); the
extracted text lost the grid (an .xlsx flattened to text out of reading order), so the 10号 layout of corpus_g was
rebuilt, and the table's ``notes`` say how. The expected result is worked by hand from SPEC.md (and README's 取舍
where SPEC is silent).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 山西 稷山县医疗保障局 — 稷山县项目支出绩效自评表 (2020年度), 建档立卡个人缴费县级配套资金
#    (Shanxi's copy of the 10号 form: 项目资金(万元) with 年初预算数/全年预算数/全年执行数/分值/执行率/得分 and 年初
#    left empty, 一级 labels carrying "(N分)", indicators named "指标1:…", a 总分 row 100 | 94)
# ---------------------------------------------------------------------------------------------------
_JIANDANG_COPIED = r"""建档立卡个人缴费县级配套绩效自评表.xlsx
稷山县项目支出绩效自评表 (2020年度) 项目名称 建档立卡个人缴费县级配套资金 主管部门 稷山县医疗保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 提高医疗保障水平,推进因病致贫问题的根本性解决 提高医疗保障水平,推进了因病致贫问题的基本性 解决 年度总 体目标 一级 指标 二级指标 三级指标 数量指标 指标1:全县参合人数 绩 效 指 标 稷山县医疗保险服务中心 产出 指标 (50分 ) 实际 指标值 完成值 8755 分值 得分 偏差原因分析及改进措 施 8676 15 13 建档立卡中有新增死亡 人员,导致有偏差 质量指标 指标1:资金是否全部纳入医 保统筹 100% 100% 15 15 时效指标 指标1:资金是否全部及时纳 入 100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 95% 95% 10 9 100 94 成本指标 指标1:配套资金每人每年 效益指 标(30 分) 年度 社会效益 指标1:是否解决建档立卡人 员看病难贵问题 满意度 指标 服务对象满 指标1:是否满意 (10分 意度指标 ) 总分"""

# Grid (9 columns, the 10号 layout of corpus_g's 翟店镇卫生院 table from the same county and site): A = block labels
# (项目名称, 主管部门, 项目资金(万元), 年度总体目标, 绩效指标 merged down the indicator table, 总分); B = budget-row
# labels / 一级指标 (merged down its group); C..H = 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 / 二级指标,
# 三级指标, 年度指标值, 实际完成值, 分值, 得分; I = 偏差原因分析及改进措施. A space inside a heading, a label, a name or
# a text of the copy (a line break of the printed cell) is typed "\n".
_jiandang = {
    "A1": "稷山县项目支出绩效自评表",
    "A2": "(2020年度)",
    "A3": "项目名称", "C3": "建档立卡个人缴费县级配套资金",
    # the 实施单位 value stands far from its label in the copy (after "绩 效 指 标"): the only unit name left
    "A4": "主管部门", "C4": "稷山县医疗保障局", "F4": "实施单位", "G4": "稷山县医疗保险服务中心",
    "A5": "项目资金\n(万元)",
    "C5": "年初预算数", "D5": "全年预算数", "E5": "全年执行数", "F5": "分值", "G5": "执行率", "H5": "得分",
    # 年度资金总额: 年初 left empty, 全年 65.66, 执行 65.07, 分值 10, the officer's 执行率 99% and 得分 9
    "B6": "年度资金总额", "D6": 65.66, "E6": 65.07, "F6": 10, "G6": "99%", "H6": 9,
    "B7": "其中:当年财政拨款", "D7": 65.66, "E7": 65.07, "F7": "—", "G7": "99%", "H7": "—",
    # the form's printed dashes under 分值 and 得分 of the part rows
    "B8": "上年结转资金", "F8": "—", "H8": "—",
    "B9": "其他资金", "F9": "—", "H9": "—",
    "A10": "年度总\n体目标", "B10": "预期目标", "F10": "实际完成情况",
    "B11": "提高医疗保障水平,推进因病致贫问题的根本性解决",
    "F11": "提高医疗保障水平,推进了因病致贫问题的基本性\n解决",
    # the indicator header ("年度" of "年度\n指标值" stands displaced after "效益指 标(30 分)" in the copy)
    "A12": "绩\n效\n指\n标", "B12": "一级\n指标", "C12": "二级指标", "D12": "三级指标", "E12": "年度\n指标值",
    "F12": "实际\n完成值", "G12": "分值", "H12": "得分", "I12": "偏差原因分析及改进措\n施",
    "B13": "产出\n指标\n(50分\n)",
    # bare numbers (no unit), typed as numbers; 13 of 15 with a reason
    "C13": "数量指标", "D13": "指标1:全县参合人数", "E13": 8755, "F13": 8676, "G13": 15, "H13": 13,
    "I13": "建档立卡中有新增死亡\n人员,导致有偏差",
    "C14": "质量指标", "D14": "指标1:资金是否全部纳入医\n保统筹", "E14": "100%", "F14": "100%", "G14": 15, "H14": 15,
    "C15": "时效指标", "D15": "指标1:资金是否全部及时纳\n入", "E15": "100%", "F15": "100%", "G15": 10, "H15": 10,
    # a cost standard written bare: "75元" against "75元"
    "C16": "成本指标", "D16": "指标1:配套资金每人每年", "E16": "75元", "F16": "75元", "G16": 10, "H16": 10,
    # 95% against 95%, full marks by the rule, the officer's 27 of 30
    "B17": "效益指\n标(30\n分)", "C17": "社会效益", "D17": "指标1:是否解决建档立卡人\n员看病难贵问题",
    "E17": "95%", "F17": "95%", "G17": 30, "H17": 27,
    # 95% against 95%, the officer's 9 of 10
    "B18": "满意度\n指标\n(10分\n)", "C18": "服务对象满\n意度指标", "D18": "指标1:是否满意",
    "E18": "95%", "F18": "95%", "G18": 10, "H18": 9,
    # the officer's 总分: 10 + 13 + 15 + 10 + 10 + 27 + 9 = 94 (the budget counted as 10, not the 9 typed in H6)
    "A19": "总分", "G19": 100, "H19": 94,
    # the stored copy ends here
    "I19": None,
}

TABLES.append(Table(
    slug="shanxi_jishan_jiandang_geren_jiaofei_peitao_2020",
    province="山西",
    kind="project",
    url="https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html",
    copied=_JIANDANG_COPIED,
    rows=_sheet(_jiandang),
    merges=["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:A9", "A10:A11", "B10:E10",
            "F10:I10", "B11:E11", "F11:I11", "A12:A18", "B13:B16", "A19:F19"],
    scheme="project",
    categories={"预算执行": "9.91", "产出指标": "49.86", "效益指标": "30.00", "满意度指标": "10.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="99.77",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("budget-score-mismatch", "H6"),   # the officer's 得分 9 against 10 x 65.07/65.66 = 9.91
        ("rate-zero-budget", ""),          # 预算调整率: 年初预算数 empty (0) under a 全年预算数 of 65.66
        ("bare-number-at-most", "E16"),    # R16 成本指标 "75元": at most
        ("self-score-mismatch", "H13"),    # 13 typed, 15 x 8676/8755 = 14.86 computed
        ("self-score-mismatch", "H17"),    # 27 typed, 30 computed (95% met)
        ("self-score-mismatch", "H18"),    # 9 typed, 10 computed (95% met)
    ],
    absent=["missing-label", "missing-sheet", "budget-rate-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "execution-above-100", "yuan-converted", "form-weight-overridden", "form-weight-used",
            "level-points-mismatch", "weights-not-summing", "weights-split", "weights-partly-filled",
            "weight-unreadable", "category-empty", "unmapped-first-level", "target-missing", "actual-missing",
            "target-unreadable", "not-quantified", "qualitative-no-band", "text-actual-on-number",
            "self-score-above-weight", "reason-missing", "far-above-target", "equal-missed",
            "strict-met-by-equality", "looks-like-fraction", "approximate-actual", "number-taken-from-text",
            "negative-actual", "total-mismatch", "not-applicable", "op-conflict", "op-column-unreadable"],
    clean=True,
    arithmetic="""Kind (SPEC 2.4): key/value label 项目名称 (A3) above the indicator header, and A1 "稷山县项目支出绩效自评表"
contains 项目支出绩效自评表 -> project; --scheme auto -> project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10;
form_weights = true); scheme-auto 提示.
Labels (SPEC 2.1, 2.4): 项目名称 C3 (past the label's own merge A3:B3); 主管部门 C4; 实施单位 G4. 年度: no cell labelled
年度; the first cell above the header holding a year followed by 年度 is A2 "(2020年度)" -> 2020. No missing-label.

Budget table (SPEC 2.4): header row 5 (C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分); A5:A9
"项目资金\\n(万元)" is the block label (merged over rows; 万元, nothing converted); label column B (B6 年度资金总额 in a
cell of its own); budget rows 6-9; row 10's figure cells C10:E10 hold the text 预期目标 (merge B10:E10) -> the budget
table ends. Total row 6 年度资金总额 (matches 年度资金总额): 年初 empty, 全年 65.66, 执行 65.07, 分值 10, 执行率 "99%",
得分 9. "In a budget row an empty cell, a lone dash ... means no money (0), with no finding" -> 年初预算数 = 0 (the table
is not blank, so README 取舍's "空白单元格按没有资金计 0" applies). Parts: 当年财政拨款 65.66 / 65.07 (its "—" under
分值 and 得分 are no figures SPEC reads for a part); 上年结转资金 and 其他资金: empty figures = 0. Column 全年: 65.66 =
65.66 + 0 + 0, column 执行: 65.07 = 65.07 + 0 + 0, column 年初: no part holds a non-zero figure -> no parts finding;
the total row holds figures -> no budget-total-empty.
SPEC 3.4: 预算执行率 = 65.07 / 65.66 = 6507/6566 = 99.1014% (< 100%: no execution-above-100). 预算执行 (SPEC 3.1) =
10 x 6507/6566 = 32535/3283 = 9.910143... -> 9.91. The officer's 执行率 99% against 99.1014%: 0.10 pp <= 0.5 -> no
budget-rate-mismatch. The officer's 得分 9 against the computed 9.910143 on the form's own 分值 10 (SPEC 2.4):
|9 - 9.910143| = 0.91 > 0.01 -> budget-score-mismatch 警告.
预算调整率 = |全年预算数 - 年初预算数| / 年初预算数 = |65.66 - 0| / 0: "a positive figure over a 0 budget is not
computed, with a 警告" (SPEC 3.4) -> rate-zero-budget (no indicator asks for the rate; SPEC 5 shows every computed
rate on 资金执行情况, and the 警告 is not conditioned on an indicator).

Indicator header row 12 (SPEC 2.1): "一级\\n指标" -> 一级指标, 二级指标, 三级指标, "年度\\n指标值" -> 年度指标值 (alias of
指标值), "实际\\n完成值" -> 实际完成值, 分值, 得分 (alias of 自评得分), "偏差原因分析及改进措\\n施" -> 偏差原因分析及改进措施.
No operator column, no 度量单位: the unit is the one written in the value ("75元", "95%"); 8755 / 8676 have none.
Rows 13-18 are indicators; row 19 "总分" (A19:F19, covering the 一级, 二级 and 三级 columns) is a total row, skipped
(its 100 / 94 are not read; no 自评总分 label, so no total-mismatch, README 取舍); the sheet ends there.
The names are read after the prefix "指标1:" (SPEC 2.1: a 三级指标 that begins "指标1:" and goes on with a name is
read as that name). 一级: B13:B16 "产出\\n指标\\n(50分\\n)" -> 产出指标(50分) -> 产出指标; B17 "效益指\\n标(30\\n分)" ->
效益指标(30分) -> 效益指标; B18 "满意度\\n指标\\n(10分\\n)" -> 满意度指标(10分) -> 满意度指标.
Values (SPEC 2.3): every target is a bare number (no comparison, no operator column):
  R13 全县参合人数 8755: 二级 数量指标, no limit word in the 三级 -> at least.
  R14 资金是否全部纳入医保统筹 100% (质量指标) -> at least. R15 资金是否全部及时纳入 100%: 时效指标, but the unit % is
      no duration, and the 三级 holds none of 成本, 费用, 单价, 超支, 事故, 投诉, 差错, 时限, 用时, 时长 -> at least.
  R16 配套资金每人每年 "75元": 二级 成本指标 -> at most, with a 提示 (bare-number-at-most).
  R17 是否解决建档立卡人员看病难贵问题 95%, R18 是否满意 95% -> at least (the names are questions, the targets numbers:
      quantitative, so no not-quantified).
Form weights (SPEC 2.4, 3.1): 预算执行 10 (total row 分值); 产出指标 "(50分)" = 50, and its 分值 15 + 15 + 10 + 10 = 50
agree; 效益指标 "(30分)" = 30 = R17's 30; 满意度指标 "(10分)" = 10 = R18's 10. Every category declared, sum 10 + 50 +
30 + 10 = 100, each equal to the scheme's -> those weights score; no form-weight-used / -overridden, no
level-points-mismatch.
Weights (SPEC 3.2): every indicator has a readable 分值 and each category's sum equals its weight -> w = v (no
rescaling; 自评得分 compared as typed).

预算执行 = 32535/3283 = 9.910143...
产出指标 (50):
  R13 t = 8755, a = 8676 < t -> 15 x 8676/8755 = 26028/1751 = 14.864649. s = 13: |13 - 14.864649| = 1.86 > 0.01 ->
      self-score-mismatch (H13). Below full marks, but I13 holds a reason -> no reason-missing.
  R14 100% / 100% -> 15 (s 15). R15 100% / 100% -> 10 (s 10). R16 75 <= 75 -> 10 (s 10).
  产出指标 = 26028/1751 + 15 + 10 + 10 = 87313/1751 = 49.864649 -> 49.86.
效益指标 (30): R17 95% / 95% -> 30; s = 27 -> self-score-mismatch (H17). Full marks by the rule -> no reason-missing.
  效益指标 = 30.
满意度指标 (10): R18 95% / 95% -> 10; s = 9 -> self-score-mismatch (H18). 满意度指标 = 10.
No actual reaches 130% of its target (8676/8755, 1, 1, 1, 1) -> no far-above-target.
Total (SPEC 3: nothing rounded before the total) = 32535/3283 + 87313/1751 + 30 + 10 = 573558684/5748533 =
99.774792 -> 99.77 -> 优 (>= 90). (The rounded categories add up to 99.77 too.) The officer's 总分 94 adds 10 for the
budget (not the 9 typed in H6) to his indicator scores 13 + 15 + 10 + 10 + 27 + 9 = 84.""",
    notes="""Shanxi (运城 稷山县) 2020 项目支出绩效自评表 of the 稷山县医疗保障局 (实施单位 稷山县医疗保险服务中心) for the county's
matching funds for the 建档立卡 poor's individual medical-insurance contributions ("建档立卡个人缴费县级配套资金"): an
.xlsx published and flattened to text by a document site (keke.chddh.cn, the same site and county as corpus_g's
翟店镇卫生院 table, a different table and page). The second 山西 table in the corpus, and the first whose 一级 labels
carry "(N分)" for all three indicator categories and whose copy reaches the 总分 row.
Source: the text comes out of reading order (labels, headings and values in runs; multi-line cells split: "年度总
体目标", "产出 指标 (50分 )", "效益指 标(30 分)", "满意度 指标 … (10分 … )", "服务对象满 … 意度指标", "偏差原因分析及改进措
施"; the heading "年度 指标值" split so that "年度" lands after the 效益 label). Grid rebuilt on corpus_g's 10号 layout
(9 columns, see the comment above the cells): the budget block from the runs "全年预算数 全年执行数 分值 执行率 得分
65.66 65.07 10 99% 9" (年度资金总额) and "65.66 65.07 — 99% —" (当年财政拨款), with no figure after "年初预算数", so 年初
is left empty in both rows; the two "—" of 上年结转资金 and of 其他资金 put under 分值 and 得分 (the form's printed
dashes; under the figure columns they would mean no money as well, the same result); 稷山县医疗保险服务中心, printed
after "绩 效 指 标", put beside 实施单位; the value runs assigned to the rows in order (8755 / 8676 / 15 / 13 with the
reason text, then "100% 100% 15 15", "100% 100% 10 10", "75元 75元 10 10", "95% 95% 30 27", "95% 95% 10 9", and 100 / 94
on 总分); the 二级 of R17 typed "社会效益" as printed (no "指标" follows it before "指标1:"). 8755 and 8676 are typed as
numbers, the percentages and "75元" as the text they show. The stored copy ends at "总分": nothing after it (评价结论,
signatures, if any) is typed.
Real defects: (1) 年初预算数 left empty although the project is a budgeted county match (so no 预算调整率 can be
computed, SPEC 3.4's 警告); (2) the budget 得分 typed 9 for an 执行率 of 99.1% (10 x 99.1% = 9.91), while the 总分 94
adds the budget as 10 — the officer's own figures disagree by 1 point; (3) self-scores of 27 of 30 and 9 of 10 on rows
whose actual equals the target (95% / 95%), and 13 of 15 where the rule gives 14.86 (8676 of 8755 insured); (4)
yes/no questions ("资金是否全部纳入医保统筹", "是否满意") measured by percentages; (5) a cost standard written as a bare
"75元" (no ≤), which SPEC reads as at most because the 二级 is 成本指标; (6) every actual except one equals its target.
What SPEC does not settle here: whether an empty 年初预算数 cell in a budget row whose other figures are filled is
"no money" (0, so 预算调整率 warns) or "not given" (no 预算调整率 at all) — SPEC 2.4's "an empty cell … means no
money (0)" is read as the former; the 总分 row's officer total, which SPEC skips (README 取舍 compares a total only
under a 自评总分 label), so the budget-score inconsistency between H6 and H19 is reported only through H6.""",
))
