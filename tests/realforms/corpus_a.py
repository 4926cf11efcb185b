"""Corpus A: published 项目支出绩效自评表 (project self-evaluation tables), typed as published.

Each sheet is written as a dict of cell → value (``_sheet``) and turned into the row lists that
:class:`Table` wants, so that every value sits in the cell named beside it in the arithmetic.
The expected results are worked by hand from SPEC.md alone (§2.1, §2.3, §2.4, §3.1–§3.4, §4).
"""
from __future__ import annotations

from . import Table, sheet as _sheet


# ---------------------------------------------------------------------------------------------
# 1. 安徽 池州市贵池区棠溪镇 2022 委托业务项目 (the central 10号 layout, Anhui copy)
# ---------------------------------------------------------------------------------------------

_CHIZHOU_WEITUO_COPIED = r"""安福全 zlnb210061 1 2019-05-22T04:56:35Z 2006-09-13T11:21:51Z 2022-05-16T06:53:23Z 15.00 2052-11.1.0.11691 FEAB6FBF67D44AA19C24BC22CBB840E5 9300 22370 0 0 False False False 附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 219-池州市贵池区棠溪镇人民政府 实施单位 219001-池州市贵池区棠溪镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。 本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 基建工程委托业务项目数量 ≥50个 50 8 8 质量指标 委托业务报告合格率 ≥100百分比 100 8 8 经费支出合规性 严格执行相关制度规定 达成预期指标 8 8 时效指标 提交报告及时性 在项目计划完成时间内完成 达成预期指标 8 8 成本指标 项目总成本 ≤90万元 90 8 8 单项业务成本 符合相关规定 达成预期指标 10 10 效益指标(30分) 社会效益指标 对维护基建市场公平的影响程度 效果明显 达成预期指标 10 10 生态效益指标 对控制基建项目成本影响程度 效果明显 达成预期指标 10 10 可持续影响指标 对推动基建项目“四项制度”健全和落实的持续性影响 效果明显 达成预期指标 10 10 经济效益指标 满意度指标(10分) 满意度指标 公众满"""

# The 10号 grid, shared by both 池州 tables: A = block labels (项目资金(万元), 年度总体目标, 绩效指标),
# B = budget-row labels / 一级指标, C–H = 年初预算数 … 得分 / 二级 … 得分, I = 偏差原因分析及改进措施.
_CHIZHOU_HEAD = {
    "A1": "附件:",
    "A2": "项目支出绩效自评表",
    "A3": "(2022年度)",
    "A4": "项目名称",
    "A5": "主管部门", "C5": "219-池州市贵池区棠溪镇人民政府",
    "F5": "实施单位", "G5": "219001-池州市贵池区棠溪镇人民政府",
    "A6": "项目资金\n(万元)",
    "C6": "年初预算数", "D6": "全年预算数", "E6": "全年执行数", "F6": "分值", "G6": "执行率", "H6": "得分",
    "B7": "年度资金总额:",
    "B8": "其中:本年财政拨款",
    "B9": "上年结转资金",
    "B10": "其他资金",
    "A11": "年度总体目标", "B11": "预期目标", "F11": "实际完成情况",
    "A13": "绩效指标", "B13": "一级指标", "C13": "二级指标", "D13": "三级指标", "E13": "年度指标值",
    "F13": "实际完成值", "G13": "分值", "H13": "得分", "I13": "偏差原因分析及改进措施",
}
_CHIZHOU_MERGES = ["A2:I2", "A3:I3", "A4:B4", "C4:I4", "A5:B5", "C5:E5", "G5:I5", "A6:A10",
                   "A11:A12", "B11:E11", "F11:I11", "B12:E12", "F12:I12"]

_chizhou_weituo = dict(_CHIZHOU_HEAD)
_chizhou_weituo.update({
    "C4": "委托业务项目",
    # 年度资金总额 typed as 0 everywhere while its only part holds the money
    "C7": 0, "D7": 0, "E7": 0, "F7": 10, "G7": 0, "H7": 0,
    "C8": 90, "D8": 89.974, "E8": 89.974,
    "B12": "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
           "30万元用于基建工程项目设计、规划、测绘。",
    "F12": "本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
           "29.99万元用于基建工程项目设计、规划、测绘。",
    "B14": "产出指标(50分)", "C14": "数量指标", "D14": "基建工程委托业务项目数量", "E14": "≥50个", "F14": 50, "G14": 8, "H14": 8,
    "C15": "质量指标", "D15": "委托业务报告合格率", "E15": "≥100百分比", "F15": 100, "G15": 8, "H15": 8,
    "D16": "经费支出合规性", "E16": "严格执行相关制度规定", "F16": "达成预期指标", "G16": 8, "H16": 8,
    "C17": "时效指标", "D17": "提交报告及时性", "E17": "在项目计划完成时间内完成", "F17": "达成预期指标", "G17": 8, "H17": 8,
    "C18": "成本指标", "D18": "项目总成本", "E18": "≤90万元", "F18": 90, "G18": 8, "H18": 8,
    "D19": "单项业务成本", "E19": "符合相关规定", "F19": "达成预期指标", "G19": 10, "H19": 10,
    "B20": "效益指标(30分)", "C20": "社会效益指标", "D20": "对维护基建市场公平的影响程度", "E20": "效果明显",
    "F20": "达成预期指标", "G20": 10, "H20": 10,
    "C21": "生态效益指标", "D21": "对控制基建项目成本影响程度", "E21": "效果明显", "F21": "达成预期指标", "G21": 10, "H21": 10,
    "C22": "可持续影响指标", "D22": "对推动基建项目“四项制度”健全和落实的持续性影响", "E22": "效果明显",
    "F22": "达成预期指标", "G22": 10, "H22": 10,
    "C23": "经济效益指标",
    "B24": "满意度指标(10分)", "C24": "满意度指标", "D24": "公众满",
    "I24": None,
})

CHIZHOU_WEITUO = Table(
    slug="anhui-chizhou-tangxi-weituo-2022",
    province="安徽",
    kind="project",
    url="http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    copied=_CHIZHOU_WEITUO_COPIED,
    rows=_sheet(_chizhou_weituo),
    merges=_CHIZHOU_MERGES + ["A13:A24", "B14:B19", "C15:C16", "C18:C19", "B20:B23"],
    sheet="Sheet1",
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="90.00",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("budget-total-empty", ""),
        ("budget-rate-mismatch", "G7"),
        ("budget-score-mismatch", "H7"),
        ("not-quantified", "E16"), ("not-quantified", "E17"), ("not-quantified", "E19"),
        ("not-quantified", "E20"), ("not-quantified", "E21"), ("not-quantified", "E22"),
        ("target-missing", "E24"),
    ],
    absent=["form-weight-overridden", "form-weight-used", "level-points-mismatch",
            "weights-not-summing", "self-score-mismatch", "text-actual-on-number"],
    clean=False,
    arithmetic="""\
Kind: 项目名称 label (A4) and the title 项目支出绩效自评表 (A2) → project; --scheme auto → project.
Year: A3 "(2022年度)" → 2022.

Budget table (§2.4): header row 6 (年初预算数 C, 全年预算数 D, 全年执行数 E, 分值 F, 执行率 G, 得分 H);
label column B (A6:A10 is the merged block label). Total row = row 7 (年度资金总额:), parts rows 8–10.
Row 12 ends nothing (row 11's figure cells hold the text 预期目标 → the table ended at row 10).
Total row figures 0 / 0 / 0 are all 0 while the part 本年财政拨款 holds 90 / 89.974 / 89.974
→ the sums of the parts are used, 警告 budget-total-empty.
  年初预算数 90, 全年预算数 89.974, 全年执行数 89.974
  预算执行率 = 89.974 / 89.974 = 100%.
Reported 执行率 G7 = 0 vs computed 100% → off by 100 points > 0.5 → budget-rate-mismatch.
Reported 得分 H7 = 0 vs computed 10 × 100% = 10 on the form's 分值 10 → budget-score-mismatch.

Form weights (§2.4, §3.1): budget 分值 F7 = 10; 产出指标(50分) → 50; 效益指标(30分) → 30;
满意度指标(10分) → 10 (its only row has no 分值, so only the label declares). 10+50+30+10 = 100
→ the form's weights score; all equal the scheme's → no form-weight-used / -overridden.
Label vs 分值: 产出 8+8+8+8+8+10 = 50 = label; 效益 10+10+10 = 30 = label → no level-points-mismatch.

预算执行 = 10 × min(100%, 100%) = 10.

产出指标 (50; 分值 sum 50 → weights as typed):
  D14 基建工程委托业务项目数量 ≥50个, actual 50: at least, 50 ≥ 50 → 8
  D15 委托业务报告合格率 ≥100百分比 (百分比 = %), actual 100: 100 ≥ 100 → 8
  D16 经费支出合规性 严格执行相关制度规定 (qualitative), 达成预期指标 contains 达成 → 达成 = 8;
      自评 8 lies in [6.4, 8] → 8.  not-quantified (E16)
  D17 提交报告及时性 在项目计划完成时间内完成 (no number → qualitative), 达成预期指标 → 8.  not-quantified (E17)
  D18 项目总成本 ≤90万元, actual 90: at most, 90 ≤ 90 → 8
  D19 单项业务成本 符合相关规定 (qualitative), 达成预期指标 → 10.  not-quantified (E19)
  sum = 8+8+8+8+8+10 = 50
效益指标 (30; 分值 10+10+10):
  D20, D21, D22: 效果明显 (qualitative) / 达成预期指标 → 达成 → 10 each (自评 10 in band)
  not-quantified at E20, E21, E22.  Row 23 (经济效益指标 only) is a section row, not scored.
  sum = 30
满意度指标 (10): the page's text ends in the middle of row 24: 三级指标 "公众满", nothing after it.
  The row is an indicator (三级 non-empty) with no 分值 → weight 10 (the category weight, one row);
  target empty → target-missing 错误, score 0 (its actual is empty too; SPEC does not say whether a
  second 错误, actual-missing, is due once the target is missing — not asserted). 0 < 10 with no
  偏差原因 → reason-missing 警告; no 分值 typed → the 10 is split over its one row (weights-split 提示).
  sum = 0
Total = 10 + 50 + 30 + 0 = 90.00 → 优 (≥ 90).""",
    notes="""\
The 10号 layout as Anhui's 一体化 system prints it (a mirror of a 贵池区 download; the extracted text
begins with the .doc's metadata, kept in `copied`). Grid reconstructed from the extracted text in the
usual 10号 order: A = block labels, B = budget labels / 一级, C… = figures / 二级…; 一级 and 二级
cells merged over their rows as the form has them.

Real defects: the officer left 年度资金总额 at 0 (and its 执行率 0 and 得分 0) while 本年财政拨款 holds
90 / 89.974 / 89.974 — the reader must sum the parts and flag the empty total, and the reported 0%
and 0 points must be flagged against the computed 100% and 10. Qualitative targets fill half of
产出指标 (严格执行相关制度规定, 在项目计划完成时间内完成, 符合相关规定) and all of 效益指标 (效果明显), every
actual is the stock phrase 达成预期指标. "≥100百分比" writes the unit % as 百分比. The 效益 block ends
with an empty 经济效益指标 row (a section row).

The published text stops in the middle of the 满意度 row ("公众满"): the row is typed exactly as far
as the page goes, so this copy lacks the satisfaction target, actual and score, and the 总分 and
closing rows. Its 错误 (target-missing) comes from the truncated copy, not from the officer.""",
)


# ---------------------------------------------------------------------------------------------
# 2. 安徽 池州市贵池区棠溪镇 2022 村级补助及运转经费 (same form, another project)
# ---------------------------------------------------------------------------------------------

_CHIZHOU_CUNJI_COPIED = r"""安福全 zlnb210061 1 2019-05-22T04:56:35Z 2006-09-13T11:21:51Z 2022-05-16T06:53:23Z 15.00 2052-11.1.0.11691 FEAB6FBF67D44AA19C24BC22CBB840E5 9300 22370 0 0 False False False 附件: 项目支出绩效自评表 (2022年度) 项目名称 村级补助及运转经费 主管部门 219-池州市贵池区棠溪镇人民政府 实施单位 219001-池州市贵池区棠溪镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 202.64 132.912 132.912 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。 .. .............................................................................................................................. 本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,村民监督委员会 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 补助村(社区)数量 =8个 8 8 8 保障村干部人数 =42个 42 8 8 质量指标 补助资格合规性 合规 达成预期指标 8 8 经费审批流程规范性 严格执行相关制度规定 达成预期指标 8 8 时效指标 补助经费到位及时性 及时 达成预期指标 8 8 成本指标 项目总成本 ≤202.6万元 132.9 10 10 效益指标(30分) 经济效益指标 对保障村(社区)两委机构正常运行的影响程度 效果明显 达成预期指标 10 10 社会效益指标 提高村(社区)干部工作积极性的影响程度 效果明显 达成预期指标 10 10 可持续影响"""

_chizhou_cunji = dict(_CHIZHOU_HEAD)
_chizhou_cunji.update({
    "C4": "村级补助及运转经费",
    "C7": 0, "D7": 0, "E7": 0, "F7": 10, "G7": 0, "H7": 0,
    "C8": 202.64, "D8": 132.912, "E8": 132.912,
    "B12": "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 "
           "工资28000元,村级事务补助960000元,村级工作目标奖励100000元。 .. "
           "..............................................................................................................................",
    "F12": "本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,"
           "村民监督委员会 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。",
    "B14": "产出指标(50分)", "C14": "数量指标", "D14": "补助村(社区)数量", "E14": "=8个", "F14": 8, "G14": 8, "H14": 8,
    "D15": "保障村干部人数", "E15": "=42个", "F15": 42, "G15": 8, "H15": 8,
    "C16": "质量指标", "D16": "补助资格合规性", "E16": "合规", "F16": "达成预期指标", "G16": 8, "H16": 8,
    "D17": "经费审批流程规范性", "E17": "严格执行相关制度规定", "F17": "达成预期指标", "G17": 8, "H17": 8,
    "C18": "时效指标", "D18": "补助经费到位及时性", "E18": "及时", "F18": "达成预期指标", "G18": 8, "H18": 8,
    "C19": "成本指标", "D19": "项目总成本", "E19": "≤202.6万元", "F19": 132.9, "G19": 10, "H19": 10,
    "B20": "效益指标(30分)", "C20": "经济效益指标", "D20": "对保障村(社区)两委机构正常运行的影响程度",
    "E20": "效果明显", "F20": "达成预期指标", "G20": 10, "H20": 10,
    "C21": "社会效益指标", "D21": "提高村(社区)干部工作积极性的影响程度", "E21": "效果明显",
    "F21": "达成预期指标", "G21": 10, "H21": 10,
    "C22": "可持续影响",
    "I22": None,
})

CHIZHOU_CUNJI = Table(
    slug="anhui-chizhou-tangxi-cunji-2022",
    province="安徽",
    kind="project",
    url="http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2",
    copied=_CHIZHOU_CUNJI_COPIED,
    rows=_sheet(_chizhou_cunji),
    merges=_CHIZHOU_MERGES + ["A13:A22", "B14:B19", "C14:C15", "C16:C17", "B20:B22"],
    sheet="Sheet1",
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="90.00",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("budget-total-empty", ""),
        ("budget-rate-mismatch", "G7"),
        ("budget-score-mismatch", "H7"),
        ("level-points-mismatch", ""),
        ("weights-not-summing", ""),
        ("category-empty", ""),
        ("not-quantified", "E16"), ("not-quantified", "E17"), ("not-quantified", "E18"),
        ("not-quantified", "E20"), ("not-quantified", "E21"),
    ],
    absent=["form-weight-overridden", "form-weight-used", "equal-missed", "self-score-mismatch",
            "target-missing", "actual-missing", "reason-missing"],
    clean=True,
    arithmetic="""\
Kind project (项目名称 A4, title A2); year 2022 (A3).

Budget (§2.4): total row 7 typed 0 / 0 / 0 (分值 10, 执行率 0, 得分 0); the part 本年财政拨款 holds
202.64 / 132.912 / 132.912 → sums of the parts used, budget-total-empty 警告.
  预算执行率 = 全年执行数 / 全年预算数 = 132.912 / 132.912 = 100% (the 全年预算数 was cut from 202.64;
  预算调整率 is no category of the project scheme).
Reported 执行率 0 vs 100% → budget-rate-mismatch (G7); reported 得分 0 vs 10 → budget-score-mismatch (H7).

Form weights: budget 10, 产出指标(50分) 50, 效益指标(30分) 30 (the label wins over its rows' 分值
10+10 = 20 → level-points-mismatch 警告). No 满意度 group at all (the page ends in the 效益 block) →
the form does not declare every category → the scheme's weights score: 10 / 50 / 30 / 10. Every
declared weight equals the scheme's → no form-weight-overridden.

预算执行 = 10 × 100% = 10.
产出指标 (50; 分值 8+8+8+8+8+10 = 50 → as typed):
  D14 补助村(社区)数量 =8个, actual 8: equal → at least, 8 ≥ 8 → 8 (met, no equal-missed)
  D15 保障村干部人数 =42个, actual 42 → 8
  D16 补助资格合规性 合规 (qualitative) / 达成预期指标 → 达成 → 8 (自评 8 in band).  not-quantified E16
  D17 经费审批流程规范性 严格执行相关制度规定 / 达成预期指标 → 8.  not-quantified E17
  D18 补助经费到位及时性 及时 / 达成预期指标 → 8.  not-quantified E18
  D19 项目总成本 ≤202.6万元, actual 132.9: at most, 132.9 ≤ 202.6 → 10
  sum = 50
效益指标 (30): 分值 10 + 10 = 20 ≠ 30 → scaled ×30/20: w = 15 each, weights-not-summing 警告.
  D20, D21 效果明显 / 达成预期指标 → 达成 = 100% × 15 = 15; 自评 10 on its 分值 10 reads as
  10 × 15/10 = 15, inside [12, 15] → 15 each.  not-quantified E20, E21.
  Row 22 (二级 "可持续影响", nothing else) is a section row.
  sum = 30
满意度指标: no indicator → 0, category-empty 警告 (the total is not rescaled).
Total = 10 + 50 + 30 + 0 = 90.00 → 优 (90 inclusive).""",
    notes="""\
Same town, same form, same officer habits as anhui-chizhou-tangxi-weituo-2022, but another shape
of loss: 年度资金总额 typed 0 again while 本年财政拨款 holds the money; the budget was cut from
202.64 to 132.912 万元 during the year (the goals say 2026400元 applied for, 1329120.67元 spent —
amounts in 元 inside the text while the block is in 万元). Equal targets written "=8个", "=42个"
(people counted in 个). Qualitative targets in 产出 (合规, 严格执行相关制度规定, 及时) and 效益 (效果明显).

The published text stops at "可持续影响" in the 效益 block: the 可持续影响 row and the whole 满意度
block are missing from this copy, so the 效益 label (30分) disagrees with its rows' 分值 (20) and
满意度 is empty — the label-vs-points warning, the rescaling to 30, and the empty category are what
a reader makes of the copy as published online.""",
)


# ---------------------------------------------------------------------------------------------
# 3. 四川 青神县发展和改革局 2023 工资性支出 (四川 部门预算项目支出绩效自评表, left unfilled)
# ---------------------------------------------------------------------------------------------

_QINGSHEN_COPIED = r"""报表编号:510000_0013zp |
|
|
|
|
|
部门预算项目支出绩效自评表(2023年度) |
项目名称 |
51000021R000000019951-工资性支出 |
主管部门 |
青神县发展和改革局本级 |
实施单位 (盖章) |
青神县发展和改革局 |
项目基本情况 |
1.项目年度目标完成情况 |
项目年度目标 |
年度目标完成情况 |
严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。 |
对照年度目标,说明相关任务目标的完成情况(100字以内) |
2.项目实施内容及过程概述 |
|
预算执行情况(10分) |
年度预算数(万元) |
年初预算 |
调整后预算数 |
预算执行数 |
预算执行率 |
权重 |
得分 |
原因 |
总额 |
238.93 |
251.89 |
251.89 |
100.00% |
10 |
|
1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款. |
其中:财政资金 |
238.93 |
251.89 |
251.89 |
100.00% |
/ |
/ |
财政专户管理资金 |
0.00 |
0.00 |
0.00 |
0.00% |
/ |
/ |
单位资金 |
0.00 |
0.00 |
0.00 |
0.00% |
/ |
/ |
其他资金 |
|
|
|
|
/ |
/ |
绩效指标(90分) |
一级指标 |
二级指标 |
三级指标 |
指标性质 |
指标值 |
度量单位 |
完成值 |
权重 |
得分 |
未完成原因分析 |
产出指标 |
数量指标 |
发放(缴纳)覆盖率 |
= |
100 |
% |
|
60 |
|
|
效益指标 |
社会效益指标 |
足额保障率(参保率) |
= |
100 |
% |
|
30 |
|
|
合计 |
100 |
|
|
评价结论 |
结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内) |
存在问题 |
结合自评情况,分析存在的问题及原因。(200字以内) |
改进措施 |
针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内) |
项目负责人: |
财务负责人: |
|"""

_QINGSHEN_NOTE = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
                  "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")

QINGSHEN_GONGZI = Table(
    slug="sichuan-qingshen-fgj-gongzi-2023",
    province="四川",
    kind="project",
    url="https://www.scqs.gov.cn/info/13206/211004.htm",
    copied=_QINGSHEN_COPIED,
    rows=_sheet({
        "A1": "报表编号:510000_0013zp",
        "A2": "部门预算项目支出绩效自评表(2023年度)",
        "A3": "项目名称", "B3": "51000021R000000019951-工资性支出",
        "A4": "主管部门", "B4": "青神县发展和改革局本级", "F4": "实施单位 (盖章)", "G4": "青神县发展和改革局",
        "A5": "项目基本情况", "B5": "1.项目年度目标完成情况", "C5": "项目年度目标", "G5": "年度目标完成情况",
        "C6": "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
        "G6": "对照年度目标,说明相关任务目标的完成情况(100字以内)",
        "B7": "2.项目实施内容及过程概述",
        "A8": "预算执行情况(10分)", "B8": "年度预算数(万元)", "C8": "年初预算", "D8": "调整后预算数",
        "E8": "预算执行数", "F8": "预算执行率", "G8": "权重", "H8": "得分", "I8": "原因",
        "B9": "总额", "C9": 238.93, "D9": 251.89, "E9": 251.89, "F9": "100.00%", "G9": 10, "I9": _QINGSHEN_NOTE,
        "B10": "其中:财政资金", "C10": 238.93, "D10": 251.89, "E10": 251.89, "F10": "100.00%", "G10": "/", "H10": "/",
        "B11": "财政专户管理资金", "C11": 0, "D11": 0, "E11": 0, "F11": "0.00%", "G11": "/", "H11": "/",
        "B12": "单位资金", "C12": 0, "D12": 0, "E12": 0, "F12": "0.00%", "G12": "/", "H12": "/",
        "B13": "其他资金", "G13": "/", "H13": "/",
        "A14": "绩效指标(90分)", "B14": "一级指标", "C14": "二级指标", "D14": "三级指标", "E14": "指标性质",
        "F14": "指标值", "G14": "度量单位", "H14": "完成值", "I14": "权重", "J14": "得分", "K14": "未完成原因分析",
        "B15": "产出指标", "C15": "数量指标", "D15": "发放(缴纳)覆盖率", "E15": "=", "F15": 100, "G15": "%", "I15": 60,
        "B16": "效益指标", "C16": "社会效益指标", "D16": "足额保障率(参保率)", "E16": "=", "F16": 100, "G16": "%", "I16": 30,
        "A17": "合计", "I17": 100,
        "A18": "评价结论", "B18": "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)",
        "A19": "存在问题", "B19": "结合自评情况,分析存在的问题及原因。(200字以内)",
        "A20": "改进措施", "B20": "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)",
        "A21": "项目负责人:", "F21": "财务负责人:",
        "K21": None,
    }),
    merges=["A1:K1", "A2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:A7", "B5:B6", "C5:F5", "G5:K5",
            "C6:F6", "G6:K6", "C7:K7", "A8:A13", "I8:K8", "I9:K13", "A14:A16", "A17:H17",
            "B18:K18", "B19:K19", "B20:K20", "A21:E21", "F21:K21"],
    number_formats={"C11": "0.00", "D11": "0.00", "E11": "0.00",
                    "C12": "0.00", "D12": "0.00", "E12": "0.00"},
    sheet="Sheet1",
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "0.00", "效益指标": "0.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="10.00",
    grade="差",
    findings=[
        ("scheme-auto", ""),
        ("form-weight-overridden", ""),
        ("weights-not-summing", ""),
        ("actual-missing", "H15"),
        ("actual-missing", "H16"),
        ("reason-missing", "K15"),
        ("reason-missing", "K16"),
        ("category-empty", ""),
    ],
    absent=["budget-total-empty", "budget-parts-mismatch", "budget-rate-mismatch",
            "budget-score-mismatch", "form-weight-used", "target-missing"],
    clean=False,
    arithmetic="""\
Kind project: title A2 holds 项目支出绩效自评表 and A3 is 项目名称. Year: A2 "(2023年度)" → 2023.

Budget (§2.4): header row 8 (年初预算 C, 调整后预算数 D, 预算执行数 E, 预算执行率 F, 权重 G, 得分 H;
原因 is no budget heading). B8 "年度预算数(万元)" heads the label column B itself → names no figure.
Rows 9–13 are budget rows ("/" and "0.00%" are no-money marks / figures); row 14 is the indicator
header → end. Total row 9 (总额): 年初 238.93, 全年 251.89, 执行 251.89.
  parts: 财政资金 238.93 / 251.89 / 251.89, the others 0 → sums equal the total, no warning.
  预算执行率 = 251.89 / 251.89 = 100%; reported F9 "100.00%" agrees; H9 得分 left empty (nothing to compare).

Form weights: budget 权重 G9 = 10; no "(N分)" on the 一级 labels ("绩效指标(90分)" declares nothing);
产出 group: its one row carries 权重 60 → declares 60; 效益: 30; 满意度: no group → nothing declared.
Not every category declared → the scheme's weights score (10 / 50 / 30 / 10), and the declared 产出
60 ≠ 50 → form-weight-overridden 警告.

预算执行 = 10 × 100% = 10.
产出指标 (50): the only 权重 is 60 ≠ 50 → scaled to 50 (weights-not-summing 警告), w = 50.
  D15 发放(缴纳)覆盖率: op "=" 100 %, 完成值 H15 empty → actual-missing 错误, 0 (not a §3.4 rate);
  0 < 50 with no 未完成原因分析 → reason-missing (K15).  sum = 0
效益指标 (30): 权重 30 = 30 → w = 30.
  D16 足额保障率(参保率): = 100 %, 完成值 H16 empty → actual-missing, 0; reason-missing (K16).  sum = 0
满意度指标 (10): no indicator → 0, category-empty.
合计 row 17 (A17:H17 merged, so its 一级 cell reads 合计) is skipped; 评价结论 (row 18) closes the table.
Total = 10 + 0 + 0 + 0 = 10.00 → 差.""",
    notes="""\
The 四川 一体化 form (报表编号 510000_0013zp) as a county published it: budget block 预算执行情况(10分)
with its label column headed 年度预算数(万元), the headings 年初预算 / 调整后预算数 / 预算执行数 /
预算执行率 / 权重 / 得分 / 原因, the rows 总额 / 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金,
and the form's instructions merged over the 原因 cells; the indicator block 绩效指标(90分) with an
operator column 指标性质 ("="), 指标值 and 度量单位 apart, 完成值, 权重, 得分, 未完成原因分析. Grid
reconstructed from the page's one-cell-per-line text in the form's usual shape.

Real defects: the department published the form without self-evaluating it — 完成值 and 得分 are
empty, the 评价结论 / 存在问题 / 改进措施 cells still hold the form's prompts ("结合自评情况,…
(200字以内)"), and so does 年度目标完成情况. The 权重 are 60 + 30 for two indicators, with no 满意度
indicator, against the standard 50 / 30 / 10: the form's split cannot be used and is overridden.
The budget was raised mid-year (238.93 → 251.89) with no reason given. A blank self-evaluation
scores only its 预算执行 10 → 差.""",
)


# ---------------------------------------------------------------------------------------------
# 4. 河北 廊坊市食品工程学校 2019 办公宿舍楼、食堂及餐厅暖通改造经费 (10号 form with placeholders)
# ---------------------------------------------------------------------------------------------

_LANGFANG_COPIED = r"""办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)

附件1

项目支出绩效自评表

2019年度)

项目名称

办公宿舍楼、食堂及餐厅暖通改造经费

主管部门

廊坊市发改委

实施单位

廊坊市食品工程学校

项目资金
(万元)

 

年初

预算数

全年

预算数

全年

执行数

分值

执行率

得分

年度资金总额

43.2

43.2

37.24

10

86%

9

其中:当年财政拨款

43.2

43.2

37.24

 

      上年结转资金

 

 

 

 

  其他资金

 

 

 

 

年度总体目标

预期目标

实际完成情况

43.2

37.24




一级指标

二级指标

三级指标

年度

指标值

实际

完成值

分值

得分

偏差原因分析及改进措施

产出指标

数量指标

指标1工程资金金额

43.2

37.24

10

9

已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。

指标2

 

 

 

 

 

……

 

 

 

 

 

质量指标

指标1工程完工率

100

100

10

10

 

指标2工程验收合格率

100

100

10

10

 

……

 

 

 

 

 

时效指标

指标1项目完成及时率

100

100

10

10

 

指标2

 

 

 

 

 

……

 

 

 

 

 

成本指标

指标1成本控制率

100

100

10

10

 

指标2

 

 

 

 

 

……

 

 

 

 

 

效益指标

经济效益

指标

指标1安全率

100

100

10

10

0

指标2

 

 

 

 

 

……

 

 

 

 

 

社会效益

指标

指标1学校发展能力

100

100

10

10

0

指标2

 

 

 

 

 

……

 

 

 

 

 

生态效益

指标

指标1

 

 

 

 

 

指标2

 

 

 

 

 

……

 

 

 

 

 

 

效益指标

可持续影响

指标

指标1长期使用性

100

100

10

10

 

指标2

 

 

 

 

 

……

 

 

 

 

 

满意度

指标

服务对象满意度指标

指标1学生满意度

100

100

10

10

0

指标2"""


def _langfang() -> dict[str, object]:
    c: dict[str, object] = {
        "A1": "附件1",
        "A2": "项目支出绩效自评表",
        "A3": "2019年度)",
        "A4": "项目名称", "C4": "办公宿舍楼、食堂及餐厅暖通改造经费",
        "A5": "主管部门", "C5": "廊坊市发改委", "F5": "实施单位", "G5": "廊坊市食品工程学校",
        "A6": "项目资金\n(万元)",
        "C6": "年初\n预算数", "D6": "全年\n预算数", "E6": "全年\n执行数", "F6": "分值", "G6": "执行率", "H6": "得分",
        "B7": "年度资金总额", "C7": 43.2, "D7": 43.2, "E7": 37.24, "F7": 10, "G7": "86%", "H7": 9,
        "B8": "其中:当年财政拨款", "C8": 43.2, "D8": 43.2, "E8": 37.24,
        "B9": "      上年结转资金",
        "B10": "  其他资金",
        "A11": "年度总体目标", "B11": "预期目标", "F11": "实际完成情况",
        "B12": 43.2, "F12": 37.24,
        "B13": "一级指标", "C13": "二级指标", "D13": "三级指标", "E13": "年度\n指标值", "F13": "实际\n完成值",
        "G13": "分值", "H13": "得分", "I13": "偏差原因分析及改进措施",
        "B14": "产出指标", "C14": "数量指标",
        "D14": "指标1工程资金金额", "E14": 43.2, "F14": 37.24, "G14": 10, "H14": 9,
        "I14": "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。",
        "D15": "指标2", "D16": "……",
        "C17": "质量指标",
        "D17": "指标1工程完工率", "E17": 100, "F17": 100, "G17": 10, "H17": 10,
        "D18": "指标2工程验收合格率", "E18": 100, "F18": 100, "G18": 10, "H18": 10,
        "D19": "……",
        "C20": "时效指标",
        "D20": "指标1项目完成及时率", "E20": 100, "F20": 100, "G20": 10, "H20": 10,
        "D21": "指标2", "D22": "……",
        "C23": "成本指标",
        "D23": "指标1成本控制率", "E23": 100, "F23": 100, "G23": 10, "H23": 10,
        "D24": "指标2", "D25": "……",
        "B26": "效益指标", "C26": "经济效益\n指标",
        "D26": "指标1安全率", "E26": 100, "F26": 100, "G26": 10, "H26": 10, "I26": 0,
        "D27": "指标2", "D28": "……",
        "C29": "社会效益\n指标",
        "D29": "指标1学校发展能力", "E29": 100, "F29": 100, "G29": 10, "H29": 10, "I29": 0,
        "D30": "指标2", "D31": "……",
        "C32": "生态效益\n指标", "D32": "指标1", "D33": "指标2", "D34": "……",
        "B35": "效益指标", "C35": "可持续影响\n指标",
        "D35": "指标1长期使用性", "E35": 100, "F35": 100, "G35": 10, "H35": 10,
        "D36": "指标2", "D37": "……",
        "B38": "满意度\n指标", "C38": "服务对象满意度指标",
        "D38": "指标1学生满意度", "E38": 100, "F38": 100, "G38": 10, "H38": 10, "I38": 0,
        "D39": "指标2",
    }
    return c


LANGFANG_NUANTONG = Table(
    slug="hebei-langfang-spgcxx-nuantong-2019",
    province="河北",
    kind="project",
    url="http://www.lfsp.cn/newsinfo/1158053.html",
    copied=_LANGFANG_COPIED,
    rows=_sheet(_langfang()),
    merges=["A2:I2", "A3:I3", "A4:B4", "C4:I4", "A5:B5", "C5:E5", "G5:I5", "A6:A10",
            "A11:A12", "B11:E11", "F11:I11", "B12:E12", "F12:I12",
            "B14:B25", "C14:C16", "C17:C19", "C20:C22", "C23:C25",
            "B26:B34", "C26:C28", "C29:C31", "C32:C34",
            "B35:B37", "C35:C37", "B38:B39", "C38:C39"],
    sheet="Sheet1",
    scheme="project",
    categories={"预算执行": "8.62", "产出指标": "48.62", "效益指标": "30.00", "满意度指标": "10.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="97.24",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("budget-score-mismatch", "H7"),
        ("self-score-mismatch", "H14"),
        ("bare-number-at-most", "E23"),
    ],
    absent=["budget-rate-mismatch", "budget-total-empty", "budget-parts-mismatch",
            "reason-missing", "weights-not-summing", "form-weight-overridden", "form-weight-used",
            "target-missing", "actual-missing", "category-empty"],
    clean=True,
    arithmetic="""\
Kind project (title A2, 项目名称 A4). Year: A3 "2019年度)" (its opening bracket lost) → 2019.

Budget: header row 6 ("年初\\n预算数" etc., white space removed); label column B; total row 7
(年度资金总额): 年初 43.2, 全年 43.2, 执行 37.24; part 当年财政拨款 the same; 上年结转资金 and 其他资金
(typed with leading spaces) empty → no money.
  预算执行率 = 37.24 / 43.2 = 931/1080 = 86.2037…%
  reported 执行率 G7 "86%": |86 − 86.2037| = 0.20 points ≤ 0.5 → no warning.
  reported 得分 H7 = 9 vs 10 × 931/1080 = 931/108 = 8.62037… → off by 0.38 > 0.01 → budget-score-mismatch.

Form weights: budget 分值 10; no "(N分)" labels; every indicator carries a 分值 → groups declare their
sums: 产出 10+10+10+10+10 = 50, 效益 (both 效益指标 blocks) 10+10+10 = 30, 满意度 10 → 100 → the form's
weights score; all equal the scheme's → no findings.

Placeholder rows (指标2, ……, 生态效益's bare 指标1 — no values) are skipped; "指标1工程资金金额" is read
as 工程资金金额, "指标2工程验收合格率" as 工程验收合格率 (§2.1).

预算执行 = 10 × 931/1080 = 931/108 = 8.6203703…
产出指标 (50):
  D14 工程资金金额 target 43.2 (bare, not a limit: 数量指标, no limit word) → at least;
      actual 37.24 < 43.2 → 10 × 37.24/43.2 = 931/108 = 8.62037…; 自评 9 → self-score-mismatch
      (|9 − 8.62| = 0.38 > 0.01); a reason is given → no reason-missing.
  D17 工程完工率 100 / 100 → 10;  D18 工程验收合格率 100 / 100 → 10
  D20 项目完成及时率 100 / 100 (时效, no duration unit → at least) → 10
  D23 成本控制率 100 (bare, under 成本指标 → at most, bare-number-at-most 提示), actual 100 ≤ 100 → 10
  sum = 931/108 + 40 = 5251/108 = 48.6203703…
效益指标 (30): D26 安全率, D29 学校发展能力, D35 长期使用性: 100 / 100 → 10 each; sum 30
  (the "0" typed in 偏差原因 beside full marks needs nothing).
满意度指标 (10): D38 学生满意度 100 / 100 → 10.
Total = 931/108 + 5251/108 + 30 + 10 = 6182/108 + 40 = 97.2407407… → 97.24 → 优.""",
    notes="""\
A 10号 form filled in Word by a school (河北), published as a web page: the form's placeholder rows
(指标1 / 指标2 / …… under every 二级) were kept, the indicator names typed after the prefix
("指标1工程资金金额"), the 生态效益 block left as bare placeholders, 效益指标 split over a page break
(two 一级 cells), "满意度\\n指标" and "经济效益\\n指标" broken over lines, 上年结转资金 indented with
spaces, and the title's year written "2019年度)" with its opening bracket lost. There is no 绩效指标
cell on the page's indicator header, so column A stays empty there. The page's text ends at the
satisfaction block's 指标2 placeholder (the 总分 and closing rows are not on the page).

Real defects: 执行率 typed 86% (true 86.20%) and 预算执行 得分 rounded up to 9 (true 8.62); the same
rounding-up on 工程资金金额 (9 for 37.24/43.2 × 10 = 8.62). 年度总体目标 holds only the two sums 43.2 /
37.24. The 成本控制率 target 100 is bare under 成本指标, so it reads as a limit (≤ 100). Percent
indicators are typed as bare 100 with no unit. 偏差原因 holds "0" on full-marks rows.""",
)


# ---------------------------------------------------------------------------------------------
# 5. 上海 普陀区体育事业管理中心 2022 与委托运营方结算费用 (budget in 元; PDF text out of order)
# ---------------------------------------------------------------------------------------------

_PUTUO_COPIED = r"""上海市普陀区体育事业管理中心2022年度项目自评价.pdf
财政项目支出绩效自评表 (2022 年度) 普陀体育中心与委托运营方结 算费用 项目名称 主管部门 上海市普陀区体育局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 250000.00 250000.00 215457.6 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 上海市普陀区体育 事业管理中心 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 86.19% 实际完成情况 已完成普陀体育中心与委托运营方费用结算。 一级指标 二级指标 数量指标 三级指标 与委托运营方结算完成 年度 指标值 实际 完成值 分值 得分 =100% 100% 10 10 =100% 100% 20 20 及时 及时 20 20 =100% 100% 30 30 >=90% 100% 10 10 100 98.62 率 产出指标 质量指标 绩 效 指 标 时效指标 效益指标 社会效益指标 合同结算条款完成率 费用结算及时性 与委托运营方合同完成 率 满意度指标 服务对象满意度指标 场馆开放满意度 总分 -1- 偏差原因分析及 改进措施"""

PUTUO_JIESUAN = Table(
    slug="shanghai-putuo-tiyu-jiesuan-2022",
    province="上海",
    kind="project",
    url="https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
    copied=_PUTUO_COPIED,
    rows=_sheet({
        "A1": "财政项目支出绩效自评表",
        "A2": "(2022 年度)",
        "A3": "项目名称", "C3": "普陀体育中心与委托运营方结算费用",
        "A4": "主管部门", "C4": "上海市普陀区体育局", "F4": "实施单位", "G4": "上海市普陀区体育事业管理中心",
        "A5": "项目资金\n(元)",
        "C5": "年初预算数", "D5": "全年预算数", "E5": "全年执行数", "F5": "分值", "G5": "执行率", "H5": "得分",
        "B6": "年度资金总额", "C6": 250000, "D6": 250000, "E6": 215457.6, "F6": 10, "G6": "86.19%", "H6": 8.62,
        "B7": "其中:当年财政拨款", "C7": 250000, "D7": 250000, "E7": 215457.6, "F7": "—",
        "B8": "上年结转资金", "D8": 0, "E8": 0, "F8": "—",
        "B9": "其他资金", "D9": 0, "E9": 0, "F9": "—",
        "A10": "年度\n总体\n目标", "B10": "预期目标", "F10": "实际完成情况",
        "F11": "已完成普陀体育中心与委托运营方费用结算。",
        "A12": "绩\n效\n指\n标", "B12": "一级指标", "C12": "二级指标", "D12": "三级指标", "E12": "年度\n指标值",
        "F12": "实际\n完成值", "G12": "分值", "H12": "得分", "I12": "偏差原因分析及\n改进措施",
        "B13": "产出指标", "C13": "数量指标", "D13": "与委托运营方结算完成率", "E13": "=100%", "F13": "100%", "G13": 10, "H13": 10,
        "C14": "质量指标", "D14": "合同结算条款完成率", "E14": "=100%", "F14": "100%", "G14": 20, "H14": 20,
        "C15": "时效指标", "D15": "费用结算及时性", "E15": "及时", "F15": "及时", "G15": 20, "H15": 20,
        "B16": "效益指标", "C16": "社会效益指标", "D16": "与委托运营方合同完成率", "E16": "=100%", "F16": "100%", "G16": 30, "H16": 30,
        "B17": "满意度指标", "C17": "服务对象满意度指标", "D17": "场馆开放满意度", "E17": ">=90%", "F17": "100%", "G17": 10, "H17": 10,
        "A18": "总分", "G18": 100, "H18": 98.62,
        "I18": None,
    }),
    merges=["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:A9",
            "F7:H7", "F8:H8", "F9:H9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
            "A12:A17", "B13:B15", "A18:F18"],
    number_formats={"C6": "0.00", "D6": "0.00", "E6": "#,##0.0", "C7": "0.00", "D7": "0.00"},
    sheet="Sheet1",
    scheme="project",
    categories={"预算执行": "8.62", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="98.62",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("yuan-converted", ""),
        ("not-quantified", "E15"),
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-total-empty",
            "budget-parts-mismatch", "self-score-mismatch", "equal-missed", "far-above-target",
            "form-weight-overridden", "form-weight-used"],
    clean=True,
    arithmetic="""\
Kind project (title A1 财政项目支出绩效自评表 contains 项目支出绩效自评表; 项目名称 A3).
Year: A2 "(2022 年度)" → 2022.

Budget: header row 5; label column B; the block label A5 "项目资金\\n(元)" says 元 → every figure is
converted to 万元 (yuan-converted 提示). Total row 6 (年度资金总额): 250000 元 = 25 万元 (年初, 全年),
215457.6 元 = 21.54576 万元 (执行). Part 当年财政拨款 the same; 上年结转资金 / 其他资金 0, "—" → no money.
  预算执行率 = 21.54576 / 25 = 86.18304%
  reported 执行率 G6 "86.19%": |86.19 − 86.18304| = 0.007 ≤ 0.5 → no warning
  reported 得分 H6 8.62 vs 10 × 0.8618304 = 8.618304: |diff| = 0.0017 ≤ 0.01 → no warning.

Form weights: 分值 F6 = 10; groups: 产出 10+20+20 = 50, 效益 30, 满意度 10 → 100 → form weights, equal
to the scheme's.

预算执行 = 8.618304
产出指标 (50):
  D13 与委托运营方结算完成率 =100% / 100% → equal, scored as at least, met → 10
  D14 合同结算条款完成率 =100% / 100% → 20
  D15 费用结算及时性 及时 (qualitative) / 及时: equals the target → 达成 → 20 (自评 20 in band).
      not-quantified (E15).
  sum = 50
效益指标 (30): D16 与委托运营方合同完成率 =100% / 100% → 30.
满意度指标 (10): D17 场馆开放满意度 >=90% / 100% → 10 (100/90 = 111% < 130%, no far-above-target).
Total = 8.618304 + 50 + 30 + 10 = 98.618304 → 98.62 → 优 (the form's own 总分 H18 98.62 agrees).""",
    notes="""\
A Shanghai district's 财政项目支出绩效自评表 (10号 layout) published as a PDF whose extracted text
comes out of reading order (values first, labels after, names broken over lines: "结 算费用",
"完成 率"). The grid is reconstructed in the 10号 order: the numbers "250000.00 250000.00 215,457.6 10
… 8.62" belong to 年度资金总额 with 86.19% as its 执行率; "250000.00 250000.00 215457.6 —" to
当年财政拨款; "0 0 —" to 上年结转资金 and 其他资金 — which two of their three figure cells held the zeros
is not recoverable (put in 全年预算数 and 全年执行数; it changes nothing). The five value groups are
assigned to the five 三级 names in order. 215,457.6 is a number shown with a thousands format.

What it teaches: the budget block is in 元 ("项目资金(元)"), not 万元. The officer's rounding of the
rate is off by a hair (86.19% for 86.183%), inside the tolerances. A qualitative target "及时" in
产出 matched word for word by the actual. A clean, well-filled table (no 错误).""",
)


# The 云南 丽江 卫片执法 table (m.jjiadianqingjie.com.cn/changyong/13241.html) was typed here too, then
# dropped: corpus_b.py already holds it (yunnan_lijiang_gucheng_satellite_enforcement).
TABLES = [CHIZHOU_WEITUO, CHIZHOU_CUNJI, QINGSHEN_GONGZI, LANGFANG_NUANTONG, PUTUO_JIESUAN]
