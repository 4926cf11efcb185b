"""Corpus G: a Shanxi 项目支出绩效自评表 (稷山县翟店镇卫生院, 2021: 国家基本公共卫生服务, the 10号 layout with 25
数量指标 rows, a 全年预算数 of 0 under a 全年执行数 of 207.4538 万元 with the officer's 执行率 100% and 得分 10,
产出 分值 adding to 46, and self-scores that follow no rule).

Found in the stored copy of a published page (search corpus "pages"); the copy holds only the first ~1,500
characters of the page, so the table ends where the stored copy ends and nothing past that point is typed.
Cells are typed as published (spellings, marks, the officer's own figures); the extracted text lost the grid
(an .xlsx flattened to text out of reading order), so the 10号 layout was rebuilt and ``notes`` say how.
The expected result is worked by hand from SPEC.md only.
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 山西 稷山县翟店镇卫生院 — 稷山县项目支出绩效自评表 (2021年度), 国家基本公共卫生服务
#    (Shanxi's copy of the 10号 form: 项目资金(万元) block with 年初预算数/全年预算数/全年执行数/分值/执行率/得分,
#    indicator table 一级/二级/三级/年度指标值/实际完成值/分值/得分, the names typed after the form's "指标N:")
# ---------------------------------------------------------------------------------------------------
_JISHAN_COPIED = r"""基本公共卫生服务项目支出绩效自评表.xlsx
稷山县项目支出绩效自评表 (2021年度) 项目名称 国家基本公共卫生服务 主管部门 稷山县卫生健康和体育局 年初预算 数 0 项目资金 (万元) 年度资金总额 实施单位 稷山县翟店镇卫生院 全年预算数 全年执行数 分值 执行率 得分 0 207.4538 10 100% 10 207.4538 — 100% — 其中:当年财政拨款 上年结转资金 其他资金 年度 总体 目标 一级 指标 — 国家基本公共卫生服务 国家基本公共卫生服务 年度 实际 指标值 完成值 指标1:居民健康档案 38508人 指标2:发放健康教育资料 不少于12 种 不少于6 种 116次 6次 二级指标 三级指标 指标5:举办健康教育知识讲座 分值 得分 37442人 3 3 14种 1 1 28种 1 1 150次 1 1 150次 1 1 指标6:举办健康教育宣传咨询活动 12次 96次 1 1 指标7:建立预防接种证 221人 221人 2 2 指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标9:0-6岁儿童健康管理数 2089人 2089人 2 2 指标10:0-6岁儿童眼保健操覆盖数 2089人 2089人 2 2 指标11:新生入访视数 214人 214人 2 2 指标12:孕产妇7天访视数 214人 203人 2 1.8 指标13:孕产妇42天访视数 214人 203人 2 1.8 指标14:早孕建册数 120人 69人 2 1 指标15:老年人体检数 5662人 4044人 2 1.4 指标16:高血压规范管理数 3807人 3224人 2 1.9 指标17:高血压随访控制数 3807人 3220人 2 1.8 指标18:糖尿病规范管理数 863人 695人 2 1.8 指标19:糖尿病随访控制数 863人 683人 2 1.7 指标20:严重精神障碍患者管理数 212人 209人 2 1.8 指标21:肺结核健康规范管理数 8例 8例 2 2 指标22:老年人中医药规范管理数 5662人 4044人 2 1.4 指标23:0-36月龄中医药规范管理数 1228人 770人 2 1.8 指标24:传染病及突发公共卫生事件报告 数 指标25:家庭医生签约率 14例 14例 2 2 24694人 22584人 2 1.7 质量指标 指标1:提升国家基本"""

# Grid (9 columns, the 10号 layout of the Anhui/Shanghai tables in corpus_a and corpus_f): A = block labels
# (项目名称, 主管部门, 项目资金(万元), 年度总体目标); B = budget-row labels / 一级指标; C..H = 年初预算数, 全年预算数,
# 全年执行数, 分值, 执行率, 得分 / 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分; I = 偏差原因分析及改进措施.
# A space inside a heading or a name of the copy (a line break of the printed cell) is typed "\n"; the spaces in
# the targets "不少于12 种" and "不少于6 种" are kept as copied.
_jishan = {
    "A1": "稷山县项目支出绩效自评表",
    "A2": "(2021年度)",
    "A3": "项目名称", "C3": "国家基本公共卫生服务",
    "A4": "主管部门", "C4": "稷山县卫生健康和体育局", "F4": "实施单位", "G4": "稷山县翟店镇卫生院",
    "A5": "项目资金\n(万元)",
    "C5": "年初预算\n数", "D5": "全年预算数", "E5": "全年执行数", "F5": "分值", "G5": "执行率", "H5": "得分",
    # 年度资金总额: 年初 0, 全年预算数 0, 全年执行数 207.4538, with the officer's 执行率 100% and 得分 10
    "B6": "年度资金总额", "C6": 0, "D6": 0, "E6": 207.4538, "F6": 10, "G6": "100%", "H6": 10,
    "B7": "其中:当年财政拨款", "E7": 207.4538, "F7": "—", "G7": "100%", "H7": "—",
    "B8": "上年结转资金", "F8": "—",
    "B9": "其他资金",
    # no 预期目标 / 实际完成情况 headings in the copy: the two texts stand on the 年度总体目标 row
    "A10": "年度\n总体\n目标", "B10": "国家基本公共卫生服务", "F10": "国家基本公共卫生服务",
    "B11": "一级\n指标", "C11": "二级指标", "D11": "三级指标", "E11": "年度\n指标值", "F11": "实际\n完成值",
    "G11": "分值", "H11": "得分", "I11": "偏差原因分析及改进措施",      # I11 rebuilt (10号 layout), not in the copy
    "B12": "产出指标", "C12": "数量指标",                                  # rebuilt (10号 layout), not in the copy
    "D12": "指标1:居民健康档案", "E12": "38508人", "F12": "37442人", "G12": 3, "H12": 3,
    "D13": "指标2:发放健康教育资料", "E13": "不少于12 种", "F13": "14种", "G13": 1, "H13": 1,
    # 指标3 and 指标4: their 三级 text is not in the stored copy (only their values are)
    "E14": "不少于6 种", "F14": "28种", "G14": 1, "H14": 1,
    "E15": "116次", "F15": "150次", "G15": 1, "H15": 1,
    "D16": "指标5:举办健康教育知识讲座", "E16": "6次", "F16": "150次", "G16": 1, "H16": 1,
    "D17": "指标6:举办健康教育宣传咨询活动", "E17": "12次", "F17": "96次", "G17": 1, "H17": 1,
    "D18": "指标7:建立预防接种证", "E18": "221人", "F18": "221人", "G18": 2, "H18": 2,
    "D19": "指标8:适龄儿童疫苗接种率", "E19": "100.00%", "F19": "97.30%", "G19": 2, "H19": 1.9,
    "D20": "指标9:0-6岁儿童健康管理数", "E20": "2089人", "F20": "2089人", "G20": 2, "H20": 2,
    "D21": "指标10:0-6岁儿童眼保健操覆盖数", "E21": "2089人", "F21": "2089人", "G21": 2, "H21": 2,
    "D22": "指标11:新生入访视数", "E22": "214人", "F22": "214人", "G22": 2, "H22": 2,
    "D23": "指标12:孕产妇7天访视数", "E23": "214人", "F23": "203人", "G23": 2, "H23": 1.8,
    "D24": "指标13:孕产妇42天访视数", "E24": "214人", "F24": "203人", "G24": 2, "H24": 1.8,
    "D25": "指标14:早孕建册数", "E25": "120人", "F25": "69人", "G25": 2, "H25": 1,
    "D26": "指标15:老年人体检数", "E26": "5662人", "F26": "4044人", "G26": 2, "H26": 1.4,
    "D27": "指标16:高血压规范管理数", "E27": "3807人", "F27": "3224人", "G27": 2, "H27": 1.9,
    "D28": "指标17:高血压随访控制数", "E28": "3807人", "F28": "3220人", "G28": 2, "H28": 1.8,
    "D29": "指标18:糖尿病规范管理数", "E29": "863人", "F29": "695人", "G29": 2, "H29": 1.8,
    "D30": "指标19:糖尿病随访控制数", "E30": "863人", "F30": "683人", "G30": 2, "H30": 1.7,
    "D31": "指标20:严重精神障碍患者管理数", "E31": "212人", "F31": "209人", "G31": 2, "H31": 1.8,
    "D32": "指标21:肺结核健康规范管理数", "E32": "8例", "F32": "8例", "G32": 2, "H32": 2,
    "D33": "指标22:老年人中医药规范管理数", "E33": "5662人", "F33": "4044人", "G33": 2, "H33": 1.4,
    "D34": "指标23:0-36月龄中医药规范管理数", "E34": "1228人", "F34": "770人", "G34": 2, "H34": 1.8,
    "D35": "指标24:传染病及突发公共卫生事件报告\n数", "E35": "14例", "F35": "14例", "G35": 2, "H35": 2,
    "D36": "指标25:家庭医生签约率", "E36": "24694人", "F36": "22584人", "G36": 2, "H36": 1.7,
    # the stored copy ends here, inside the next row ("质量指标 | 指标1:提升国家基本"), which is not typed
    "I36": None,
}

TABLES.append(Table(
    slug="shanxi_jishan_zhaidian_gonggong_weisheng_2021",
    province="山西",
    kind="project",
    url="https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html",
    copied=_JISHAN_COPIED,
    rows=_sheet(_jishan),
    merges=["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:A9", "B10:E10", "F10:I10",
            "B12:B36", "C12:C36"],
    scheme="project",
    categories={"预算执行": "0.00", "产出指标": "44.89", "效益指标": "0.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="44.89",
    grade="差",
    findings=[
        ("scheme-auto", ""),
        ("rate-zero-budget", ""),         # 预算执行率: 全年执行数 207.4538 over a 全年预算数 of 0 is not computed
        ("budget-score-mismatch", ""),    # the officer's 得分 10 against a 预算执行 of 0
        ("form-weight-overridden", ""),   # 产出指标 declares 46 (its 分值); 效益/满意度 declare nothing -> scheme's 50
        ("weights-not-summing", ""),      # 产出 分值 46 scaled to 50
        ("category-empty", ""),           # 效益指标, 满意度指标 (past the stored copy)
        ("far-above-target", ""),         # 28种 vs 不少于6 种, 150次 vs 6次, 96次 vs 12次
        ("self-score-mismatch", "H12"),   # 3 typed (full marks) for 37442 / 38508 -> 2.917 on the own scale
        ("self-score-mismatch", "H26"),   # 1.4 typed, 2 x 4044/5662 = 1.4285 computed
        ("self-score-mismatch", "H27"),   # 1.9 typed, 2 x 3224/3807 = 1.6937 computed (above the rule)
        ("self-score-mismatch", "H34"),   # 1.8 typed, 2 x 770/1228 = 1.2541 computed
        ("reason-missing", "I12"),
        ("reason-missing", "I25"),
    ],
    absent=["missing-label", "missing-sheet", "yuan-converted", "execution-above-100", "budget-parts-mismatch",
            "budget-total-empty", "target-missing", "actual-missing", "target-unreadable", "unmapped-first-level",
            "not-quantified", "qualitative-no-band", "form-weight-used", "level-points-mismatch", "weights-split",
            "weights-partly-filled", "self-score-above-weight", "text-actual-on-number", "equal-missed",
            "bare-number-at-most", "strict-met-by-equality", "approximate-actual", "looks-like-fraction",
            "negative-actual", "weight-unreadable"],
    clean=True,
    arithmetic="""Kind (SPEC 2.4): key/value label 项目名称 (A3) above the indicator header, and A1 "稷山县项目支出绩效自评表"
contains 项目支出绩效自评表 -> project; --scheme auto -> project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10;
form_weights = true); scheme-auto 提示.
Labels (SPEC 2.1, 2.4): 项目名称 C3 国家基本公共卫生服务; 主管部门 C4; 实施单位 G4. 年度: no cell labelled 年度; the first
cell above the header holding a year followed by 年度 is A2 "(2021年度)" -> 2021. No missing-label.

Budget table (SPEC 2.4): header row 5 (C "年初预算\\n数" -> 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率,
H 得分); A5:A9 "项目资金\\n(万元)" is the block label (万元: nothing converted); label column B; budget rows 6-9
(row 10's figure cells C10:E10 hold text, B10:E10 "国家基本公共卫生服务" -> the table ends). Total row 6
年度资金总额: 年初 0, 全年 0, 执行 207.4538, 分值 10, 执行率 "100%", 得分 10. Parts: 当年财政拨款 执行 207.4538 (年初,
全年 empty = 0); 上年结转资金 ("—" in 分值) and 其他资金 empty = 0 (no money, no finding). Column 执行: 207.4538 =
207.4538 + 0 + 0; 年初 and 全年: no part holds a non-zero figure -> no parts finding; the total row is not empty ->
no budget-total-empty. 全年预算数 is typed (0), so it is not a missing label.
SPEC 3.4: 预算执行率 = 全年执行数 / 全年预算数 = 207.4538 / 0: "a positive figure over a 0 budget is not computed,
with a 警告" -> rate-zero-budget. 预算执行 = 10 x min(预算执行率, 100%) (SPEC 3.1) has no rate to use -> 0 (as
SPEC 4 scores 预算执行 0 when the figures for it are missing). The officer's 得分 10 against the computed 预算执行 0
on the form's own 分值 10 (SPEC 2.4: "checked against ... the computed 预算执行 score (a 警告 beyond 0.01)") ->
budget-score-mismatch. (The officer's 执行率 100% has no computed rate to be compared with; not asserted.)
预算调整率 = |0 - 0| / 0: both figures 0 -> 0%, no finding.

Indicator header row 11: "一级\\n指标" -> 一级指标, 二级指标, 三级指标, "年度\\n指标值" -> 年度指标值 (alias of 指标值),
"实际\\n完成值" -> 实际完成值, 分值, 得分 (alias of 自评得分), 偏差原因分析及改进措施. No operator column, no 度量单位: the
unit is the one written in the value ("38508人").
Rows 12-36 are indicators (each has a 指标值); R14 and R15 have an empty 三级 but a 指标值 and 实际完成值, so they are
indicators too (SPEC 2.1: "A row is an indicator when its 三级指标, 指标值 or 实际完成值 is non-empty"). The names are read
after the prefix "指标N:". 一级 产出指标 (B12:B36) -> category 产出指标; 二级 数量指标 for all.
Every target is a bare number with a unit, or "不少于N 种" (at least): no indicator is a limit by nature (二级 数量指标,
no unit of duration, no 三级 containing 成本, 费用, 单价, 超支, 事故, 投诉, 差错, 时限, 用时 or 时长) -> all "at least"
(SPEC 2.3); no bare-number-at-most, no not-quantified, no equal-missed.

Form weights (SPEC 2.4, 3.1): budget 分值 F6 = 10 (= the scheme's). 产出指标 has no "(N分)", but every one of its
indicators carries a 分值: 3 (R12) + 5 x 1 (R13-R17) + 19 x 2 (R18-R36) = 46 -> the form declares 46 for 产出指标.
效益指标 and 满意度指标 have no indicators here -> declare nothing -> the form does not declare every category -> the
scheme's weights score, and 46 != 50 -> form-weight-overridden 警告.

预算执行 = 0.
产出指标 (50): all 25 分值 readable, sum 46 != 50 -> scaled (SPEC 3.2, weights-not-summing 警告): w = v x 50/46 =
  v x 25/23. An at-least row scores w x min(1, a/t) (SPEC 3.3); a 自评得分 s is compared as s x w/v = s x 25/23
  against w x min(1, a/t), i.e. s against v x min(1, a/t) on the officer's own scale.
  Sum of v x min(1, a/t):
  R12 居民健康档案 38508人 / 37442人: 3 x 37442/38508 = 18721/6418 = 2.91695; s = 3 -> diff 0.083 (x 25/23 = 0.090)
      > 0.01 -> self-score-mismatch (H12); below full marks, I12 empty -> reason-missing (I12).
  R13 发放健康教育资料 不少于12 种 / 14种: 14 >= 12 -> 1 (14/12 = 116.7% < 130%).
  R14 (name not in the copy) 不少于6 种 / 28种 -> 1; 28/6 = 466.7% >= 130% -> far-above-target.
  R15 (name not in the copy) 116次 / 150次 -> 1; 150/116 = 129.3% < 130% -> no far-above-target.
  R16 举办健康教育知识讲座 6次 / 150次 -> 1; 2500% -> far-above-target.
  R17 举办健康教育宣传咨询活动 12次 / 96次 -> 1; 800% -> far-above-target.
  R18 建立预防接种证 221人 / 221人 -> 2.
  R19 适龄儿童疫苗接种率 100.00% / 97.30%: 2 x 0.973 = 1.946; s 1.9 -> diff 0.046 -> self-score-mismatch.
  R20 R21 (2089 / 2089), R22 (214 / 214) -> 2 each = 6.
  R23 R24 孕产妇7天 / 42天访视数 214 / 203: 2 x 203/214 each -> 4 x 203/214 = 406/107 = 3.79439; s 1.8 vs 1.8972.
  R25 早孕建册数 120 / 69: 2 x 69/120 = 23/20 = 1.15; s 1 -> mismatch; reason-missing (I25).
  R26 R33 老年人体检数 / 老年人中医药规范管理数 5662 / 4044: 2 x 4044/5662 each -> 8088/2831 = 2.85694; s 1.4 vs
      1.42847 (diff 0.0285, x 25/23 = 0.031 > 0.01) -> self-score-mismatch (H26, H33).
  R27 高血压规范管理数 3807 / 3224: 6448/3807 = 1.69372; s 1.9 (above the rule) -> mismatch (H27).
  R28 高血压随访控制数 3807 / 3220: 6440/3807 = 1.69162; s 1.8.
  R29 糖尿病规范管理数 863 / 695: 1390/863 = 1.61066; s 1.8.  R30 糖尿病随访控制数 863 / 683: 1366/863 = 1.58285; s 1.7.
  R31 严重精神障碍患者管理数 212 / 209: 209/106 = 1.97170; s 1.8.
  R32 (8例 / 8例), R35 (14例 / 14例) -> 2 each.
  R34 0-36月龄中医药规范管理数 1228 / 770: 2 x 770/1228 = 385/307 = 1.25407; s 1.8 -> mismatch (H34).
  R36 家庭医生签约率 24694人 / 22584人: 2 x 22584/24694 = 22584/12347 = 1.82911; s 1.7.
  Every s is <= its 分值 v -> no self-score-above-weight. Every row below full marks has an empty I cell ->
  reason-missing (R12, R19, R23-R31, R33, R34, R36).
  Sum = 2.91695 + 5 + 2 + 1.946 + 6 + 3.79439 + 1.15 + 2.85694 + 1.69372 + 1.69162 + 1.61066 + 1.58285 + 1.97170
        + 2 + 1.25407 + 2 + 1.82911 = 41.29802 (exactly 368009847201727935454923668/8911077760710941004361125).
  产出指标 = 41.29802 x 25/23 = 44.889150 -> 44.89.
效益指标 (30): no indicator in the stored copy -> 0 (category-empty 警告; the total is not rescaled).
满意度指标 (10): none either -> 0 (category-empty).
Total = 0 + 44.889150 + 0 + 0 = 44.889150 -> 44.89 -> 差 (< 60).""",
    notes="""Shanxi (运城 稷山县) 2021 项目支出绩效自评表 of the 翟店镇卫生院 for the 国家基本公共卫生服务 funds, an .xlsx
published and flattened to text by a document site ("基本公共卫生服务项目支出绩效自评表.xlsx"). The first table from
山西 in the corpus; the 10号 project form as the county copies it.
Source: the text comes out of reading order, like the 普陀 PDF of corpus_a (labels, headings and values in runs,
multi-line cells split: "年初预算 数", "一级 指标", "年度 实际 指标值 完成值"), and the tall merged cells of the form
(绩效指标, 产出指标, 数量指标, 偏差原因分析及改进措施, the 预期目标 / 实际完成情况 headings) are not in the stored part.
Grid rebuilt on the 10号 layout (9 columns, see the comment above the cells): 一级 产出指标 and 二级 数量指标 are
typed from the layout (the copy goes on with "质量指标" right after 指标25, so the 25 rows above it are 数量指标 of
the 产出 block), and so is the heading 偏差原因分析及改进措施 with its cells empty (no reason text is in the copy);
the 绩效指标 block label is not typed. Budget: the copy gives "年初预算 数 0" and then, under 全年预算数 全年执行数 分值
执行率 得分, "0 207.4538 10 100% 10" for 年度资金总额 and "207.4538 — 100% —" for 当年财政拨款; typed as the total
row 年初 0, 全年 0, 执行 207.4538 and the part row with 207.4538 under 全年执行数 (which of its two figure columns held
it is not recoverable: under 全年预算数 the parts check would warn in both columns). The one "—" left over is put
in 上年结转资金's 分值 (it changes nothing). The value runs of 指标1-5 are assigned in order (targets 38508人, 不少于12
种, 不少于6 种, 116次, 6次; actuals 37442人, 14种, 28种, 150次, 150次; 分值/得分 3 3, then 1 1 four times); the
names of 指标3 and 指标4 are not in the copy, so their 三级 cells stay empty. 指标24 and 指标25 run together in the
copy ("…报告 数 指标25:家庭医生签约率 14例 14例 2 2 24694人 22584人 2 1.7"): 14例 goes to the 传染病 report count
and the persons to 签约率. The stored copy ends inside the first 质量指标 row ("指标1:提升国家基本"), which is not
typed, so the 质量/时效/成本, 效益 and 满意度 rows and the closing rows are missing: 效益指标 and 满意度指标 score 0 and
the total 44.89 is the score of the part that could be read, not of the whole published table.
Real defects: (1) 全年预算数 0 under a 全年执行数 of 207.4538 万元, yet 执行率 typed 100% and 得分 10 (the transfer funds
were never entered as the year's budget); (2) 居民健康档案 37442 of 38508 self-scored full marks 3; (3) self-scores
that follow no rule, both below (早孕建册数 1 for 1.15, 严重精神障碍患者管理数 1.8 for 1.97) and above it (高血压规范
管理数 1.9 for 1.69, 0-36月龄中医药规范管理数 1.8 for 1.25); (4) health-education targets set far below what was
done (讲座 6次 -> 150次, 咨询活动 12次 -> 96次, 音像资料 不少于6 种 -> 28种); (5) a 家庭医生签约率 measured in persons
(24694人 / 22584人); (6) 产出 分值 adding to 46 in the part read.
What it teaches: a positive 全年执行数 over a 全年预算数 of 0 (SPEC 3.4: not computed, 预算执行 scores 0) against the
officer's 100% / 10; indicator rows whose 三级 name is empty still score; 25 分值-carrying rows scaled from 46 to 50.""",
))
