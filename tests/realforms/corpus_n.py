"""Corpus N: a Fujian 部门整体支出绩效自评表 of the 2020 provincial form (宁德市地震局, published 2021-11-10 under
资金信息公开 on the site of 宁德市应急管理局): 部门(单位)名称 and 部门预算编码 above a 财政资金安排和使用情况 matrix headed
年初部门预算安排金额(含历年结余结转)① / 年中调整金额② / 小计③=①+② / 年度拨付金额 / 支出实现率(%)⑤=④/③ /
本年度结余金额⑥=③-④ / 资金结余率(%)⑦=⑥/③, rows 财政资金小计 (① 项目支出, ② 基本支出), 2.单位其它收入 and 合 计; then
年度总体目标完成情况 and a 年度绩效指标完成情况 table with 绩效目标值 / 实际完成值 / 评分标准 / 指标分值 / 自评得分 /
未完成原因 and 一级 产出目标.

Found in the stored copies of published pages (search corpus "pages", 37 look-ups over 四川, 重庆, 贵州, 云南, 宁夏,
福建, 河北, 山东, 海南, 北京 and 上海 department tables; the other hits were already in the corpus, project tables,
决算 reports whose stored copy stops before any table, or scoring-rule documents). The stored copy holds only the
first ~2,000 characters of the page; it ends inside the 评分标准 cell of the third indicator row, and nothing past that
point is typed. Cells are typed as published (spellings, marks, the officer's own figures); where the extracted text
lost the grid, the form's usual layout was rebuilt (the 2018 宁德 table of corpus_b is the same form family), and the
table's ``notes`` say how. The expected result is worked by hand from SPEC.md (and README's 取舍 where SPEC is silent).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 福建 宁德市地震局 — 部门整体支出绩效自评表 (2020年度)
#    (the Fujian department form after its 2020 revision: seven budget columns ①…⑦ where 小计③ is the
#    denominator, 合 计 as the last budget row, an indicator table with 评分标准 and 指标分值 columns)
# ---------------------------------------------------------------------------------------------------
_NINGDE_DZJ_COPIED = r"""当前位置:首页 > 工作动态 > 公告栏 > 资金信息公开

宁德市地震局2020年部门整体支出绩效自评

发布时间: 2021-11-10 10:41 来源:宁德市应急管理局
加大字体 缩小字体 收藏 打印

  部门整体支出绩效自评表

( 2020 年度)

部门(单位)名称 宁德市地震局 部门预算编码 409001007
财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况
(万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③
  ③=①+②
财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08
① 项目支出 30 0 30 30 100 0 0
② 基本支出 100.54 58.07 158.61 158.45 99.9 0.16 0.1
2.单位其它收入 0 0 0 0 0 0 0
合 计 130.54 58.07 188.61 188.45 99.92 0.16 0.08
年度总体目标完成情况 预期目标 目标实际完成情况
遵循创新、协调、绿色、开放、共享的发展理念,认真贯彻落实市委、市政府工作部署,加强单位效能建设,深入推进绩效管理实践,进一步转变工作作风,创新管理方法,提升工作实效,提高履职能力,推进我市防震减灾事业健康发展。 完成年度目标
年度绩效指标完成情况 一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因
目标值 完成值
产出目标 数量目标 抽查全市地震监测台站运维情况个数 9个 9个 本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。 6 6 已完成
开展防震减灾科普“进基层”宣传活动场数 10场 11场 本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。 6 6 已完成
协同相关部门开展防震减灾宣传活动场数 6场 7场 本指标满分6分,协同有关部门开展防震减"""

# Grid (10 columns, the layout of the 2018 宁德 form in corpus_b): A = block labels (部门(单位)名称, 财政资金安排和使用情况
# merged down the budget block, 年度总体目标完成情况, 年度绩效指标完成情况 merged down the indicator table); budget
# block: B = 资金结构(万元) over the row labels, C..I = ① 年初部门预算安排金额(含历年结余结转), ② 年中调整金额,
# ③ 小计, 年度拨付金额, ⑤ 支出实现率(%), ⑥ 本年度结余金额, ⑦ 资金结余率(%) (J empty); indicator table: B = 一级指标,
# C = 二级指标, D = 三级指标, E = 绩效目标值, F = 实际完成值, G = 评分标准, H = 指标分值, I = 自评得分, J = 未完成原因.
# A heading the copy prints over two lines ("小计" / "③=①+②", "绩效" / "目标值", "实际" / "完成值", "资金结构" /
# "(万元)") is one cell with a line break, typed "\n". The page's navigation and date lines are not typed.
_ningde_dzj = {
    "A1": "部门整体支出绩效自评表",
    "A2": "( 2020 年度)",
    "A3": "部门(单位)名称", "B3": "宁德市地震局", "G3": "部门预算编码", "H3": "409001007",
    # the budget block: group headings on row 4, column headings on row 5 (the ④ of 年度拨付金额 is lost in the copy)
    "A4": "财政资金安排和使用情况", "B4": "资金结构\n(万元)", "C4": "预算安排", "F4": "拨付情况", "H4": "结余情况",
    "C5": "年初部门预算安排金额(含历年结余结转)①", "D5": "年中调整金额②", "E5": "小计\n③=①+②", "F5": "年度拨付金额",
    "G5": "支出实现率(%)⑤=④/③", "H5": "本年度结余金额⑥=③-④", "I5": "资金结余率(%)⑦=⑥/③",
    # 财政资金小计 = ① 项目支出 + ② 基本支出; 188.45 / 188.61 = 99.92% (the rates typed as bare numbers)
    "B6": "财政资金小计", "C6": 130.54, "D6": 58.07, "E6": 188.61, "F6": 188.45, "G6": 99.92, "H6": 0.16, "I6": 0.08,
    "B7": "① 项目支出", "C7": 30, "D7": 0, "E7": 30, "F7": 30, "G7": 100, "H7": 0, "I7": 0,
    "B8": "② 基本支出", "C8": 100.54, "D8": 58.07, "E8": 158.61, "F8": 158.45, "G8": 99.9, "H8": 0.16, "I8": 0.1,
    "B9": "2.单位其它收入", "C9": 0, "D9": 0, "E9": 0, "F9": 0, "G9": 0, "H9": 0, "I9": 0,
    "B10": "合 计", "C10": 130.54, "D10": 58.07, "E10": 188.61, "F10": 188.45, "G10": 99.92, "H10": 0.16, "I10": 0.08,
    "A11": "年度总体目标完成情况", "B11": "预期目标", "F11": "目标实际完成情况",
    "B12": "遵循创新、协调、绿色、开放、共享的发展理念,认真贯彻落实市委、市政府工作部署,加强单位效能建设,深入推进绩效"
           "管理实践,进一步转变工作作风,创新管理方法,提升工作实效,提高履职能力,推进我市防震减灾事业健康发展。",
    "F12": "完成年度目标",
    # the indicator table
    "A13": "年度绩效指标完成情况", "B13": "一级指标", "C13": "二级指标", "D13": "三级指标", "E13": "绩效\n目标值",
    "F13": "实际\n完成值", "G13": "评分标准", "H13": "指标分值", "I13": "自评得分", "J13": "未完成原因",
    "B14": "产出目标", "C14": "数量目标",
    "D14": "抽查全市地震监测台站运维情况个数", "E14": "9个", "F14": "9个",
    "G14": "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。",
    "H14": 6, "I14": 6, "J14": "已完成",
    "D15": "开展防震减灾科普“进基层”宣传活动场数", "E15": "10场", "F15": "11场",
    "G15": "本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。",
    "H15": 6, "I15": 6, "J15": "已完成",
    # the stored copy ends inside this row's 评分标准: its 指标分值, 自评得分 and 未完成原因 are not in the copy
    "D16": "协同相关部门开展防震减灾宣传活动场数", "E16": "6场", "F16": "7场",
    "G16": "本指标满分6分,协同有关部门开展防震减",
}

TABLES.append(Table(
    slug="fujian_ningde_earthquake_bureau_dept_2020",
    province="福建",
    kind="department",
    url="https://yjj.ningde.gov.cn/gzdt/ggl/zjxxgk/202111/t20211110_1546659.htm",
    copied=_NINGDE_DZJ_COPIED,
    rows=_sheet(_ningde_dzj),
    merges=["A1:J1", "A2:J2", "B3:F3", "H3:J3", "A4:A10", "B4:B5", "C4:E4", "F4:G4", "H4:I4",
            "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12", "A13:A16", "B14:B16", "C14:C16"],
    scheme="department-overall",
    categories={"预算执行": "9.99", "投入管理": "0.00", "产出指标": "40.00", "效益指标": "0.00"},
    weights={"预算执行": "10.00", "投入管理": "20.00", "产出指标": "40.00", "效益指标": "30.00"},
    total="49.99",
    grade="差",
    findings=[
        ("scheme-auto", ""),
        ("weights-partly-filled", ""),    # 产出指标: 2 of 3 分值 in the copy -> 40 split equally
        ("category-empty", ""),           # 投入管理 (no such 一级), 效益指标 (past the stored copy)
    ],
    absent=["missing-label", "budget-parts-mismatch", "budget-rate-mismatch", "budget-score-mismatch", "budget-total-empty",
            "execution-above-100",
            "rate-zero-budget", "yuan-converted", "missing-sheet", "form-weight-overridden", "form-weight-used",
            "level-points-mismatch", "weights-not-summing", "weights-split", "weights-zero", "weight-unreadable",
            "self-score-mismatch", "self-score-above-weight", "reason-missing", "target-missing", "actual-missing",
            "target-unreadable", "unmapped-first-level", "not-quantified", "qualitative-no-band", "far-above-target",
            "bare-number-at-most", "text-actual-on-number", "equal-missed", "strict-met-by-equality",
            "looks-like-fraction", "total-mismatch", "total-vs-initial-budget", "rate-mismatch", "rate-filled"],
    clean=True,                           # no 错误 once 小计 is read as 全年预算数
    arithmetic="""Kind (SPEC 2.4): no key/value label 项目名称 above the indicator header, and no cell there whose normal form
contains 项目支出绩效自评表 or 项目绩效自评表 (A1 "部门整体支出绩效自评表" holds neither) -> a department table;
--scheme auto -> department-overall (预算执行 10, 投入管理 20, 产出指标 40, 效益指标 30; form_weights = false);
scheme-auto 提示.
Labels (SPEC 2.1): 部门(单位)名称 A3 -> B3 宁德市地震局 (部门预算编码 G3 is no label of SPEC). 年度: no cell labelled
年度; the first cell above the header holding a year followed by 年度 is A2 "( 2020 年度)" (SPEC's own example
"(2021 年度)" carries the space) -> 2020.

Budget table (SPEC 2.4): row 4 holds only the group headings 预算安排 / 拨付情况 / 结余情况 (no figure heading). Row 5,
after dropping circled numbers and a trailing formula ("=" and all that follows) and by the bracket rule:
  C5 "年初部门预算安排金额(含历年结余结转)①" -> 年初部门预算安排金额(含历年结余结转) -> trailing bracket group dropped ->
     年初部门预算安排金额 = 年初预算数;
  D5 年中调整金额② -> 年中调整金额 -> nothing;
  E5 "小计\\n③=①+②" -> 小计: a total-row label, not a 全年预算数 alias in SPEC 2.4; the reader takes a 小计 heading
     between the 年初预算数 and the 全年执行数 columns as 全年预算数 when no heading names it (README 取舍; this
     table's first reading found no 全年预算数: missing-label 错误, 预算执行 0, total 40) -> 全年预算数;
  F5 年度拨付金额 -> 全年执行数;
  G5 "支出实现率(%)⑤=④/③" -> 支出实现率(%) -> 支出实现率 = 执行率 (optional);
  H5 本年度结余金额, I5 资金结余率(%) -> nothing.
  Three figure headings -> row 5 is the budget header. No 分值 and no 得分 column.
A4:A10 is the block label (merged over rows) and B4:B5 "资金结构\\n(万元)" the heading over the label column B (it names no
figure; "(万元)" does not say 元) -> figures in 万元, nothing converted.
Budget rows: 6-10; row 11's figure cells hold text (预期目标 merged over B11:E11) -> the table ends at row 10.
Total row: the first label matching 年度资金总额 / 资金总额 / 总额 / 合计 / 小计 as a label: 财政资金小计 does not (nothing
matches by containment), "合 计" (white space removed: 合计) does -> row 10: 年初预算数 130.54, 全年预算数 188.61,
全年执行数 188.45, 执行率 99.92 typed.
Parts = rows 6-9 (财政资金小计, ① 项目支出, ② 基本支出, 2.单位其它收入). 年初 column: 130.54 + 30 + 100.54 + 0 = 261.08 against
130.54; 执行 column: 188.45 + 30 + 158.45 + 0 = 376.90 against 188.45 -> differ by more than 0.01 万元: by SPEC's
letter a budget-parts-mismatch 警告. But 财政资金小计 is a subtotal (its label ends in 小计) beside its own components:
summed without it, 30 + 100.54 + 0 = 130.54 and 30 + 158.45 + 0 = 188.45, the totals -> the reader raises nothing
(README 取舍; this table's first reading expected the warning).
预算执行率 = 188.45 / 188.61 = 99.9152% (< 100%); the typed 99.92 (a bare number: percent) differs by 0.005 <= 0.5
points -> no budget-rate-mismatch. 预算执行 = 10 x 188.45 / 188.61 = 9.9915 -> 9.99. (预算调整率 = (188.61 - 130.54) /
130.54 = 44.48%; no indicator asks for it.) The 全年预算数 column E: 188.61 + 30 + 158.61 + 0 = 377.22 with the
subtotal, 188.61 without it = the total -> no finding. No budget 分值 and no "(N分)" on the block label -> the form declares no
预算执行 weight.

Indicator header row 13 (SPEC 2.1): 一级指标, 二级指标, 三级指标, "绩效\\n目标值" -> 绩效目标值 (alias of 指标值), "实际\\n完成值"
-> 实际完成值, 指标分值 (alias of 分值), 自评得分, 未完成原因 (alias of 偏差原因分析及改进措施); 评分标准 is an extra
column. Rows 14-16 are indicators (the sheet ends at row 16, where the stored copy ends).
一级 "产出目标" (B14:B16) -> 产出指标 (SPEC 3.1: a trailing 目标 does not matter for mapping 一级 names).
Values (SPEC 2.3): "9个", "10场", "6场" are bare numbers with a unit -> at least (二级 数量目标 is no 成本指标 / 时效指标, and
no 三级 holds 成本, 费用, 单价, 超支, 事故, 投诉, 差错, 时限, 用时 or 时长); the actuals "9个", "11场", "7场" are numbers
with the same units.
Weights (SPEC 3.2): R14 and R15 carry 指标分值 6, R16 none (the copy ends before its 指标分值) -> not every indicator of
the category has a readable 分值 -> the category weight 40 is split equally, w = 40/3 each, with a 提示 that some were
filled and some not (weights-partly-filled). The 产出目标 group declares no weight (no "(N分)", and not all its rows
carry a 分值: SPEC 2.4) -> nothing to override: no form-weight-overridden.
A 自评得分 is read on the officer's scale (SPEC 3.2): w = 40/3 differs from v = 6, so s is read as s x w / v.

预算执行 = 9.9915 (above).
投入管理 (20): no 一级 投入管理指标 -> 0 (category-empty 警告; the total is not rescaled).
产出指标 (40): w = 40/3 each.
  R14 抽查全市地震监测台站运维情况个数: t = 9 (个), a = 9 >= 9 -> 40/3. s = 6 -> 6 x (40/3) / 6 = 40/3: agrees.
  R15 开展防震减灾科普"进基层"宣传活动场数: t = 10 (场), a = 11 >= 10 -> 40/3 (11/10 = 110% < 130%: no
      far-above-target). s = 6 -> 40/3: agrees.
  R16 协同相关部门开展防震减灾宣传活动场数: t = 6 (场), a = 7 >= 6 -> 40/3 (7/6 = 116.7% < 130%). No 自评得分.
  Every row at full marks -> no reason-missing.
  产出指标 = 3 x 40/3 = 40.
效益指标 (30): no indicator in the stored copy -> 0 (category-empty 警告).
Total = 9.9915 + 0 + 40 + 0 = 49.9915 -> 49.99 -> 差 (< 60).""",
    notes="""Fujian (宁德) 2020 部门整体支出绩效自评表 of 宁德市地震局, published on 2021-11-10 by 宁德市应急管理局 under 资金信息公开:
the revision of the 2018 Fujian form typed in corpus_b (中共宁德市委党史和地方志研究室). The budget matrix now has seven
columns: ① 年初部门预算安排金额(含历年结余结转) (the 历年结余结转 column of 2018 folded into ①), ② 年中调整金额,
③ 小计=①+②, ④ 年度拨付金额, ⑤ 支出实现率(%)=④/③, ⑥ 本年度结余金额=③-④, ⑦ 资金结余率(%)=⑥/③; rows 财政资金小计
(① 项目支出, ② 基本支出 — the 2018 form split by 中央及省级 / 市级 / 县级 source instead), 2.单位其它收入 and 合 计. The
indicator table gains a 评分标准 column and labels its last column 未完成原因; its 一级 is written 产出目标 and its 二级
数量目标.
Source: the page's table flattened to one line per row with single spaces between cells and no grid; merged cells
appear once. The grid is rebuilt on the corpus_b layout (10 columns, see the comment above the cells): the two-line
headings of the copy ("小计" with "③=①+②" on the next line, "绩效" / "目标值", "实际" / "完成值", "资金结构" / "(万元)")
are one cell each with a line break; 年度拨付金额 has lost its ④ in the copy and is typed without it; the seven
figures of each budget row fill C..I and J stays empty there; 一级 产出目标 and 二级 数量目标 are merged down the three
indicator rows. The figures are typed as numbers, as printed (the rates 99.92, 100, 99.9 without "%").
The stored copy ends inside the third indicator row's 评分标准 ("…协同有关部门开展防震减"): that row's 指标分值, 自评得分
and 未完成原因, all later 产出 rows, the 效益 and 满意度 rows and the closing rows are not typed. So 产出指标 here has one
row without a 分值 (which makes SPEC split its weight equally) and 效益指标 has none: the total 40 is the score of the
part that could be read, not of the whole published table.
Real content and defects: the budget is sound in itself (130.54 + 58.07 = 188.61; 188.45 / 188.61 = 99.92%; the parts
① 30 + ② 100.54 = 130.54, 58.07 + 0 = 58.07, 30 + 158.45 = 188.45), the targets are modest counts met or exceeded
(9/9 个, 11/10 场, 7/6 场) and self-scored at full marks with "已完成" in the 未完成原因 column.
What it teaches about SPEC: as on the 2018 form, the denominator of the form's own 支出实现率 is headed 小计 (③), which
SPEC lists as a total-row label but not as a 全年预算数 alias, so by SPEC's letter 预算执行 cannot be computed (missing-label
全年预算数; the reader reads that 小计 as 全年预算数, README 取舍)
although the form gives every figure (188.61 全年, 188.45 执行); and the subtotal row 财政资金小计 is summed as a part
together with its own components ① and ②, so SPEC's parts check, by its letter, raises budget-parts-mismatch on
arithmetic that is right (261.08 = 2 x 130.54); the reader sums the parts without the subtotal when that makes them
agree (README 取舍). A 年中调整金额 column (the adjustment itself) is not one of SPEC's budget figures either, and
the 一级 name 产出目标 is read as 产出指标 only by the mapping's 目标 forgiveness. The 评分标准 text (a per-row deduction
rule: "少检查一个扣1分，扣完为止") is a scoring rule SPEC does not read; under it 6 of 9 checks would score 3 of 6, SPEC's
proportional rule 4 of 6.""",
))
