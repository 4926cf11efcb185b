"""Corpus K: a Sichuan 部门预算项目支出绩效自评表 (大英县司法局, 2023: 2023年全县安可替代补助资金项目, the 四川
一体化 form with an operator column 指标性质, 指标值 and 度量单位 apart, 完成值 / 权重 / 得分 / 未完成原因分析, a 年初预算
of 0.00 against an 调整后预算数 of 3.36 万元, and the stored copy ending inside the first indicator row).

Found in the stored copies of published pages (search corpus "pages", 36 look-ups over 四川, 重庆, 贵州 and 广西
county and city sites). Only two tables from those provinces were found that no corpus module holds: this one, and
a 重庆 忠县涂井乡 中央、市级专项转移支付绩效目标自评表 (2021), which is not a 项目支出绩效自评表 (its title holds neither
项目支出绩效自评表 nor 项目绩效自评表, it labels its project 专项(项目)名称, and it has no 分值 or 得分 column), so it
was left out. The stored copies hold only the first ~2,000 characters of a page, so the table ends where the stored
copy ends, and nothing past that point is typed. Cells are typed as published (spellings, marks, the officers' own
figures); where the extracted text lost the grid, the province's usual layout was rebuilt, and ``notes`` say how.
The expected results are worked by hand from SPEC.md only.
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 四川 遂宁 大英县司法局 — 部门预算项目支出绩效自评表(2023年度), 2023年全县安可替代补助资金项目
#    (the 四川 一体化 form of the 青神 table in corpus_a, filled in this time: 年初预算 0.00 / 调整后预算数 3.36 /
#    预算执行数 3.36 / 100.00% / 权重 10 / 得分 10; the indicator block 绩效指标(90分) with 指标性质 "=")
# ---------------------------------------------------------------------------------------------------
_DAYING_COPIED = r"""绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 | ||
合计 | 100 | |||||||||
评价结论 | 根据财政局资金下达的管理办法,将资金支付给项目施工方。 | |||||||||
存在问题 | 无 | |||||||||
改进措施 | 无 | |||||||||
项目负责人:查小兵 | 财务负责人:唐勇 | |||||||||
部门预算项目支出绩效自评表(2023年度) | ||||||||||
项目名称 | 51092324T000010263357-2023年全县安可替代补助资金项目 | |||||||||
主管部门 | 大英县司法局部门 | 实施单位 | 大英县司法局 | |||||||
项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||||||
根据要求购买安可设备,并完成项目资金支付。 | 完成 | |||||||||
2.项目实施内容及过程概述 | 2023年购买13台安可电脑,并于12月前完成资金支付。 | |||||||||
预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||
总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款. | |||
其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | ||||
财政专户管理资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||
单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||
其他资金 | / | / | ||||||||
绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
产出指标 | 质量指标 | 完成安可产品购买并按要求支付资金 | = | 100 | """

_DAYING_NOTE = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
                "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")

# Grid (11 columns: every row of the copy is padded to 11 cells), the 四川 layout of the 青神 table in corpus_a:
# A = block labels (项目名称, 主管部门, 项目基本情况, 预算执行情况(10分) merged down the budget rows, 绩效指标(90分) merged
# down the indicator rows); B = values / budget-row labels (its heading 年度预算数(万元)) / 一级指标; C..H = 年初预算,
# 调整后预算数, 预算执行数, 预算执行率, 权重, 得分 / 二级指标, 三级指标, 指标性质, 指标值, 度量单位, 完成值; I:K = 原因 (the
# form's instructions merged over the budget rows) / I 权重, J 得分, K 未完成原因分析.
# Only the table that starts at 部门预算项目支出绩效自评表(2023年度) is typed: the copy's first seven lines are the end of
# another table of the same page (its 绩效指标 block, 合计, 评价结论 … 项目负责人), whose title, 项目名称 and budget are
# not in the stored copy (see notes).
_daying = {
    "A1": "部门预算项目支出绩效自评表(2023年度)",
    "A2": "项目名称", "B2": "51092324T000010263357-2023年全县安可替代补助资金项目",
    "A3": "主管部门", "B3": "大英县司法局部门", "F3": "实施单位", "G3": "大英县司法局",
    "A4": "项目基本情况", "B4": "1.项目年度目标完成情况", "C4": "项目年度目标", "G4": "年度目标完成情况",
    "C5": "根据要求购买安可设备,并完成项目资金支付。", "G5": "完成",
    "B6": "2.项目实施内容及过程概述", "C6": "2023年购买13台安可电脑,并于12月前完成资金支付。",
    # the budget block: its label column B headed 年度预算数(万元)
    "A7": "预算执行情况(10分)", "B7": "年度预算数(万元)", "C7": "年初预算", "D7": "调整后预算数", "E7": "预算执行数",
    "F7": "预算执行率", "G7": "权重", "H7": "得分", "I7": "原因",
    # 总额: nothing in the 年初 budget, 3.36 万元 given and spent in the year
    "B8": "总额", "C8": 0, "D8": 3.36, "E8": 3.36, "F8": "100.00%", "G8": 10, "H8": 10, "I8": _DAYING_NOTE,
    "B9": "其中:财政资金", "C9": 0, "D9": 3.36, "E9": 3.36, "F9": "100.00%", "G9": "/", "H9": "/",
    "B10": "财政专户管理资金", "C10": 0, "D10": 0, "E10": 0, "F10": "0.00%", "G10": "/", "H10": "/",
    "B11": "单位资金", "C11": 0, "D11": 0, "E11": 0, "F11": "0.00%", "G11": "/", "H11": "/",
    "B12": "其他资金", "G12": "/", "H12": "/",
    # the indicator header
    "A13": "绩效指标(90分)", "B13": "一级指标", "C13": "二级指标", "D13": "三级指标", "E13": "指标性质",
    "F13": "指标值", "G13": "度量单位", "H13": "完成值", "I13": "权重", "J13": "得分", "K13": "未完成原因分析",
    # the stored copy ends after this row's 指标值: 度量单位, 完成值, 权重, 得分 and 未完成原因分析 are not in it
    "B14": "产出指标", "C14": "质量指标", "D14": "完成安可产品购买并按要求支付资金", "E14": "=", "F14": 100,
    "K14": None,
}

TABLES.append(Table(
    slug="sichuan_daying_sifaju_anke_tidai_2023",
    province="四川",
    kind="project",
    url="https://dyxrmt.cn/article-157795-21.html",
    copied=_DAYING_COPIED,
    rows=_sheet(_daying),
    merges=["A1:K1", "B2:K2", "B3:E3", "G3:K3", "A4:A6", "B4:B5", "C4:F4", "G4:K4", "C5:F5", "G5:K5", "C6:K6",
            "A7:A12", "I7:K7", "I8:K12", "A13:A14"],
    number_formats={"C8": "0.00", "D8": "0.00", "E8": "0.00", "C9": "0.00", "D9": "0.00", "E9": "0.00",
                    "C10": "0.00", "D10": "0.00", "E10": "0.00", "C11": "0.00", "D11": "0.00", "E11": "0.00"},
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "0.00", "效益指标": "0.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="10.00",
    grade="差",
    findings=[
        ("scheme-auto", ""),
        ("rate-zero-budget", ""),        # 预算调整率: 调整后 3.36 over a 年初预算 of 0.00 is not computed
        ("actual-missing", "H14"),       # 完成值 past the stored copy
        ("reason-missing", "K14"),       # 0 of 50, 未完成原因分析 empty
        ("weights-split", ""),           # 产出指标: no 权重 on its one row -> the category's 50
        ("category-empty", ""),          # 效益指标, 满意度指标: past the stored copy
    ],
    absent=["missing-label", "missing-sheet", "budget-rate-mismatch", "budget-score-mismatch",
            "budget-parts-mismatch", "budget-total-empty", "execution-above-100", "form-weight-overridden",
            "form-weight-used", "weights-not-summing", "weights-partly-filled", "level-points-mismatch",
            "target-missing", "target-unreadable", "unmapped-first-level", "not-quantified", "equal-missed",
            "op-conflict", "op-column-unreadable", "bare-number-at-most", "text-actual-on-number",
            "self-score-mismatch", "self-score-above-weight", "yuan-converted", "total-vs-initial-budget",
            "rate-filled", "qualitative-no-band"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): A1 "部门预算项目支出绩效自评表(2023年度)" normalises to a text containing 项目支出绩效自评表,
and A2 is the key/value label 项目名称, both above the indicator header -> project (first marker in reading order:
A1); --scheme auto -> project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true); scheme-auto 提示.
Labels (SPEC 2.1, 2.4): 项目名称 B2; 主管部门 B3 (typed "大英县司法局部门"); 实施单位 F3 -> G3. 年度: no cell labelled
年度; the first cell above the header whose text holds a year followed by 年度 is A1 "(2023年度)" -> 2023. No
missing-label. (B12 其他资金 is a budget-table label, not the declaration's 其他资金, SPEC 2.4.)

Budget table (SPEC 2.4): header row 7 holds 年初预算 (alias of 年初预算数, C), 调整后预算数 (全年预算数, D) and
预算执行数 (全年执行数, E): three figure headings -> a budget header; 预算执行率 (执行率, F), 权重 (分值, G), 得分 (H);
原因 (I) names nothing. B7 "年度预算数(万元)" heads the label column itself -> names no figure ("a heading over the
label column itself (the 四川 form heads its label column 年度预算数(万元)) names no figure"); it says 万元, not 元 ->
nothing converted. A7:A12 "预算执行情况(10分)" is the block label (merged over rows). Label column B (总额, 其中:财政资金
… in cells of their own). Budget rows 8-12; row 13 is the indicator header -> end. The form's instructions (I8:K12)
stand under 原因, no figure heading.
Total row: B8 "总额" matches 总额 -> row 8: 年初 0 (C8 0.00), 全年 3.36, 执行 3.36, 分值 10, 执行率 "100.00%", 得分 10.
Parts: 财政资金 0 / 3.36 / 3.36; 财政专户管理资金 and 单位资金 0 / 0 / 0; 其他资金 empty = 0 ("/" under 权重 and 得分):
sums 0 / 3.36 / 3.36 = the total -> no parts finding; the total row holds figures -> no budget-total-empty.
预算执行率 = 3.36 / 3.36 = 100% -> 预算执行 = 10 x min(100%, 100%) = 10; the officer's 100.00% (0 points apart) and
得分 10 (on the form's 分值 10) agree -> no budget-rate-mismatch, no budget-score-mismatch.
预算调整率 (SPEC 3.4) = |全年预算数 - 年初预算数| / 年初预算数 = |3.36 - 0| / 0: "a positive figure over a 0 budget is
not computed, with a 警告" -> rate-zero-budget (no indicator asks for the rate). The 0.00 itself is "0 means no money
(0), with no finding" (SPEC 2.4).

Indicator header row 13 (SPEC 2.1): 一级指标 B, 二级指标 C, 三级指标 D, 指标性质 E (operator column), 指标值 F,
度量单位 G, 完成值 H (alias of 实际完成值), 权重 I (alias of 分值), 得分 J (alias of 自评得分), 未完成原因分析 K (alias of
偏差原因分析及改进措施); A13 "绩效指标(90分)" is no heading (and declares nothing, SPEC 2.4).
Row 14 is an indicator (三级 and 指标值 filled); the sheet ends there (where the stored copy ends) -> the table ends.
一级 产出指标 -> category 产出指标. No 效益 or 满意度 rows in the copy.
Form weights (SPEC 2.4, 3.1): 预算执行: the total row's 分值 10 (the block label's "(10分)" agrees); 产出指标: no
"(N分)" on its 一级 label, and its indicator carries no 分值 -> declares nothing; 效益指标, 满意度指标: no group ->
nothing. Not every category declared -> the scheme's weights score; the one declared weight (预算执行 10) equals the
scheme's -> no form-weight-overridden, no form-weight-used.

预算执行 = 10.
产出指标 (50): one indicator, its 权重 I14 empty -> not every 分值 readable -> the category weight split equally
  (SPEC 3.2): w = 50 / 1 = 50, with a 提示 (weights-split; no 分值 filled at all, so not weights-partly-filled).
  R14 完成安可产品购买并按要求支付资金: 指标性质 "=" -> equal; 指标值 100 (度量单位 G14 not in the copy: no unit); the
      三级 matches no rate of SPEC 3.4 (it contains none of 预算执行率, 预算调整率, 结转结余率, "三公经费"控制率,
      政府采购执行率, 公用经费控制率). 完成值 H14 empty -> "missing actual: 0, with an 错误" (SPEC 3.3) ->
      actual-missing (H14) -> not clean. No actual, so no equal-missed. 0 < 50 and K14 empty -> reason-missing (K14)
      (SPEC 4: "an indicator below full marks with no 偏差原因分析及改进措施"). 自评得分 J14 empty -> nothing to compare.
  产出指标 = 0.
效益指标 (30), 满意度指标 (10): no indicator in the stored copy -> 0 each (category-empty 警告; not rescaled).
Total = 10 + 0 + 0 + 0 = 10.00 -> 差 (< 60).""",
    notes="""Sichuan (遂宁 大英县, area code 510923 in the project code 51092324T000010263357) 2023 部门预算项目支出绩效自评表
of 大英县司法局 for the 2023年全县安可替代补助资金项目 (13 安可 computers bought, 3.36 万元 paid by December), on the
page https://dyxrmt.cn/article-157795-21.html, which carries the department's 2023 project tables one after another.
It is the 四川 一体化 form of the 青神 table in corpus_a (预算执行情况(10分) with its label column headed
年度预算数(万元); 总额 / 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金; 绩效指标(90分) with 指标性质, 指标值 and
度量单位 apart, 完成值, 权重, 得分, 未完成原因分析), but filled in: the budget row carries its own 权重 10 and 得分 10.
Source: the page's tables flattened with " | ", merged cells printed once and every row padded to 11 cells. Grid
rebuilt on the 11-column layout of the 青神 table (see the comment above the cells): 实施单位 and its value in F3 / G3;
the 项目年度目标 / 年度目标完成情况 pair in C:F / G:K; the budget block label merged down A7:A12 and the form's
instructions merged over the 原因 cells I8:K12; figures printed "0.00" / "3.36" typed as numbers with the format
0.00, the rates "100.00%" / "0.00%" as the text printed. The stored copy ends after the first indicator row's
指标值 ("产出指标 | 质量指标 | 完成安可产品购买并按要求支付资金 | = | 100 |"): its 度量单位, 完成值, 权重, 得分 and
未完成原因分析, the other indicator rows, the 合计 row and the closing rows are not typed, so 产出指标 scores 0 with an
actual-missing 错误, 效益 and 满意度 score 0, and the total 10 is the score of the part that could be read.
The stored copy begins with the end of another table of the same page (its 绩效指标(90分) header, one row "产出指标 |
经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90", 合计 100, 评价结论, 存在问题 无, 改进措施 无, 项目负责人:查小兵,
财务负责人:唐勇). Its title, 项目名称 and budget lie before the stored copy, so it cannot be typed as a project table;
it is kept in the copy only. (Typed, its one row would be SPEC 3.3's "text actual on a quantitative row": 完成 against
≤30 万元 -> 0 with text-actual-on-number, against the officer's 90 of 90.)
Real defects: (1) 年初预算 0.00 with 调整后预算数 3.36: the whole budget came mid-year, and the 原因 cell holds only the
form's printed instructions, which ask for a reason for any 预算调整 (2.年中发生预算调整的…应单独说明理由); SPEC
cannot compute a 预算调整率 over a 0 年初 budget (rate-zero-budget); (2) 年度目标完成情况 says only "完成"; (3) 主管部门
typed "大英县司法局部门"; (4) a 质量指标 written as "= 100" with the unit left to 度量单位 (not in the copy); (5) in
the preceding table, a cost ceiling "≤ 30 万元" answered "完成" and self-scored 90 of 90, a single indicator carrying
the whole 90 points.""",
))
