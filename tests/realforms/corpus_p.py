"""Corpus P: a Chongqing township 中央、市级专项转移支付绩效目标自评表 (忠县涂井乡人民政府, published 2023-04-12 under
预算/决算 > 决算 on the site of 忠县人民政府 as "涂井乡2021年度项目绩效自评表"): 专项(项目)名称 instead of 项目名称, 市级主管部门
and 县级主管部门, a 项目资金(万元) block headed 全年预算数(A) / 全年执行数(B) / 执行率(B/A) whose figures are written with
their unit ("372.29万元"), 年度总体目标 as 年初设定目标 / 全年实际完成情况, and an indicator table with 年度指标值 /
全年完成值 / 未完成原因和改进措施 and no 分值 and no 得分 columns.

Found in the stored copies of published pages (search corpus "pages", 36 look-ups over 贵州, 重庆, 宁夏, 河北, 山东, 北京 and
上海 project and department tables; the other hits were already in the corpus, 决算 reports whose stored copy stops
before any table, scoring-rule documents, or out of scope). The stored copy holds only the first ~2,000 characters
(bytes) of the page; it ends inside the 全年完成值 cell of the 社会效益指标 row ("提高村民收"), and nothing past that point
is typed. Cells are typed as published (spellings, marks, the officer's own figures); where the extracted text lost
the grid, the form's usual layout was rebuilt (the 衡山 table of corpus_e is the same central 转移支付 form family),
and the table's ``notes`` say how. The expected result is worked by hand from SPEC.md (and README's 取舍 where SPEC
is silent).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 重庆 忠县涂井乡人民政府 — 中央、市级专项转移支付绩效目标自评表 (2021年度),
#    忠县涂井乡龙滩村农村移民安置区精准帮扶项目
#    (the Chongqing county copy of the central 专项转移支付绩效目标自评表: no 项目名称 label, budget figures written
#    "372.29万元", a 成本指标 target of 713万元 against a project of 372.29 万元, no 分值 or 得分 columns)
# ---------------------------------------------------------------------------------------------------
_TUJING_COPIED = r"""忠县人民政府
搜索
您当前的位置: 涂井乡人民政府>政务公开>法定主动公开内容>预算/决算>决算
您当前的位置: 街道>涂井乡人民政府>政务公开>法定主动公开内容>预算/决算>决算
[ 索引号 ]
11500233709471424M/2023-00011
[ 发文字号 ]
[ 主题分类 ]
财政、金融、审计
[ 体裁分类 ]
财政
[ 发布机构 ]
忠县涂井乡
[ 有效性 ]
有效
[ 成文日期 ]
2023-04-12
[ 发布日期 ]
2023-04-12

涂井乡2021年度项目绩效自评表

字号:
分享:
中央、市级专项转移支付绩效目标自评表
(2021年度)
专项(项目)名称  忠县涂井乡龙滩村农村移民安置区精准帮扶项目 负责人及电话  廖朝伟
13635397499
市级主管部门  重庆市水利局
县级主管部门  忠县水利局 实施单位  忠县涂井乡人民政府
项目资金(万元) 
全年预算数(A)  全年执行数(B)  执行率(B/A) 
年度资金总额:  372.29万元 372.29万元 100%
其中:中央、市级补助  372.29万元 372.29万元 100%
县级资金 


其他资金 


年度总体目标  年初设定目标  全年实际完成情况 
新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。 新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。
绩 效 指 标  一级 指标 
三级指标  年度指标值  全年完成值  未完成原因和
改进措施 
产 出 指 标  数量指标 指标1:新建道路 524m 524m
指标2:硬化道路 5719m 5719m
指标3:人行便道硬化 14.7km 14.7km
质量指标 指标1:工程完工率 100% 100%
指标2:工程验收合格率 100% 100%
时效指标 道路交通设施完成时间 2021年 2021年
成本指标 道路交通设施 713万元 713万元
效 益 指 标  经济效益指标 道路交通设施 降低村民出行和农产品运输成本 降低村民出行和农产品运输成本
社会效益指标 道路交通设施 提高村民收入 提高村民收"""

# Grid (7 columns, the layout of the same form family in corpus_e): A = block labels (专项(项目)名称, 市级主管部门,
# 县级主管部门, 项目资金(万元) merged down the budget block, 年度总体目标, 绩效指标 merged down the indicator table);
# B = key values / budget-row labels / 一级指标; C = 全年预算数(A) / 二级指标; D = 全年执行数(B) / 三级指标;
# E = 执行率(B/A) / 年度指标值 (also the labels 负责人及电话 and 实施单位, and 全年实际完成情况); F = 全年完成值;
# G = 未完成原因和改进措施. A space inside a cell of the copy (a line break of the printed cell, vertical text) is typed
# "\n"; a cell the copy prints over two lines ("廖朝伟" / "13635397499", "未完成原因和" / "改进措施") is one cell with a
# line break. The heading "二级指标" (C13) is not in the copy (see ``notes``). The page's navigation, metadata and
# article title ("涂井乡2021年度项目绩效自评表") are the website's, not the form's, and are not typed.
_tujing = {
    "A1": "中央、市级专项转移支付绩效目标自评表",
    "A2": "(2021年度)",
    "A3": "专项(项目)名称", "B3": "忠县涂井乡龙滩村农村移民安置区精准帮扶项目", "E3": "负责人及电话",
    "F3": "廖朝伟\n13635397499",
    "A4": "市级主管部门", "B4": "重庆市水利局",
    "A5": "县级主管部门", "B5": "忠县水利局", "E5": "实施单位", "F5": "忠县涂井乡人民政府",
    # the budget block: figures typed as published, with their unit ("372.29万元") and the rate as "100%"
    "A6": "项目资金(万元)", "C6": "全年预算数(A)", "D6": "全年执行数(B)", "E6": "执行率(B/A)",
    "B7": "年度资金总额:", "C7": "372.29万元", "D7": "372.29万元", "E7": "100%",
    "B8": "其中:中央、市级补助", "C8": "372.29万元", "D8": "372.29万元", "E8": "100%",
    "B9": "县级资金",
    "B10": "其他资金",
    "A11": "年度总体目标", "B11": "年初设定目标", "E11": "全年实际完成情况",
    "B12": "新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。",
    "E12": "新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。",
    # the indicator table (C13 "二级指标": rebuilt, see notes)
    "A13": "绩\n效\n指\n标", "B13": "一级\n指标", "C13": "二级指标", "D13": "三级指标", "E13": "年度指标值",
    "F13": "全年完成值", "G13": "未完成原因和\n改进措施",
    "B14": "产\n出\n指\n标", "C14": "数量指标",
    "D14": "指标1:新建道路", "E14": "524m", "F14": "524m",
    "D15": "指标2:硬化道路", "E15": "5719m", "F15": "5719m",
    "D16": "指标3:人行便道硬化", "E16": "14.7km", "F16": "14.7km",
    "C17": "质量指标", "D17": "指标1:工程完工率", "E17": "100%", "F17": "100%",
    "D18": "指标2:工程验收合格率", "E18": "100%", "F18": "100%",
    "C19": "时效指标", "D19": "道路交通设施完成时间", "E19": "2021年", "F19": "2021年",
    # a cost target of 713 万元 on a project whose whole budget is 372.29 万元 (typed as published)
    "C20": "成本指标", "D20": "道路交通设施", "E20": "713万元", "F20": "713万元",
    "B21": "效\n益\n指\n标", "C21": "经济效益指标", "D21": "道路交通设施",
    "E21": "降低村民出行和农产品运输成本", "F21": "降低村民出行和农产品运输成本",
    # the stored copy ends inside this row's 全年完成值 ("提高村民收"): typed as far as the copy goes
    "C22": "社会效益指标", "D22": "道路交通设施", "E22": "提高村民收入", "F22": "提高村民收",
}

TABLES.append(Table(
    slug="chongqing_zhongxian_tujing_resettlement_roads_2021",
    province="重庆",
    kind="department",
    url="http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/"
        "t20230412_11869955.html",
    copied=_TUJING_COPIED,
    rows=_sheet(_tujing),
    merges=["A1:G1", "A2:G2", "B3:D3", "F3:G3", "B4:G4", "B5:D5", "F5:G5", "A6:A10",
            "A11:A12", "B11:D11", "E11:G11", "B12:D12", "E12:G12",
            "A13:A22", "B14:B20", "C14:C16", "C17:C18", "B21:B22"],
    scheme="department-overall",
    categories={"预算执行": "10.00", "投入管理": "0.00", "产出指标": "40.00", "效益指标": "15.00"},
    weights={"预算执行": "10.00", "投入管理": "20.00", "产出指标": "40.00", "效益指标": "30.00"},
    total="65.00",
    grade="中",
    findings=[
        ("scheme-auto", ""),
        ("missing-label", ""),                # 部门(单位)名称: a department table, and the form has none
        ("category-empty", ""),               # 投入管理: no 一级 投入管理指标 on a project-style form
        ("weights-split", ""),                # no 分值 column: 40/7 per 产出 row, 30/2 per 效益 row
        ("bare-number-at-most", "E20"),       # 二级 成本指标: bare "713万元" read as at most
        ("not-quantified", "E21"),            # 效益指标: qualitative target 降低村民出行和农产品运输成本
        ("not-quantified", "E22"),            # 效益指标: qualitative target 提高村民收入
        ("qualitative-no-band", "F22"),       # "提高村民收" (the copy's cut) fits no band -> 0
        ("reason-missing", "G22"),            # R22 below full marks, its reason cell empty
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "execution-above-100", "missing-sheet", "target-missing", "actual-missing", "target-unreadable",
            "unmapped-first-level", "text-actual-on-number", "self-score-mismatch", "self-score-above-weight",
            "weights-not-summing", "weights-partly-filled", "form-weight-overridden", "form-weight-used",
            "level-points-mismatch", "approximate-actual", "far-above-target",
            "number-taken-from-text",         # "524m" / "14.7km": a number and its unit, not a number amid words
            "equal-missed", "strict-met-by-equality", "looks-like-fraction", "not-applicable", "rate-mismatch",
            "rate-filled", "yuan-converted", "total-vs-initial-budget", "total-mismatch", "budget-not-number"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): no key/value label 项目名称 above the indicator header: A3 "专项(项目)名称" is not 项目名称 (the
bracket rule drops only a trailing bracketed group, and nothing matches by containment; read by the list-prefix rule,
what follows the last ")" is 名称, no label either), and no cell there whose normal form contains 项目支出绩效自评表 or
项目绩效自评表 (A1 "中央、市级专项转移支付绩效目标自评表" holds 绩效目标自评表 only; the page's article title
"涂井乡2021年度项目绩效自评表" is the website's and is not typed) -> a department table; --scheme auto ->
department-overall (预算执行 10, 投入管理 20, 产出指标 40, 效益指标 30; form_weights = false); scheme-auto 提示.
Labels (SPEC 2.1; README 取舍 adds 部门名称 and 单位名称): no 部门(单位)名称 / 部门名称 / 单位名称 anywhere (市级主管部门,
县级主管部门, 实施单位 and 负责人及电话 are none of them) -> missing-label 错误 (SPEC 4) -> not clean; the workbook is still
scored. 年度: no cell labelled 年度 (A11 年度总体目标 is another label); the first cell above the header holding a year
followed by 年度 is A2 "(2021年度)" -> 2021.

Budget table (SPEC 2.4): row 6 holds 全年预算数(A) -> 全年预算数 and 全年执行数(B) -> 全年执行数 ("(A)", "(B)" dropped by
the bracket rule): two of the three figure headings -> the budget header; 执行率(B/A) -> 执行率 (optional); no
年初预算数, no 分值, no 得分. A6 项目资金(万元) is merged over A6:A10 (the block's label; "(万元)" does not say 元); the label
column is B (B7 "年度资金总额:" in a cell of its own). Budget rows 7-10 (县级资金 and 其他资金 hold a label and empty
figure cells: not blank rows, their figures are no money, 0); row 11's figure cells hold text (C11, D11 covered by
B11:D11 "年初设定目标", E11 "全年实际完成情况") -> the table ends at row 10.
Total row: "年度资金总额:" normalises (trailing colon dropped) to 年度资金总额 -> row 7: 全年预算数 "372.29万元" -> 372.29,
全年执行数 "372.29万元" -> 372.29 (a number followed by the unit 万元 is a figure, 万元: nothing converted), 执行率 "100%".
Parts: 其中:中央、市级补助 372.29 / 372.29; 县级资金 0; 其他资金 0 -> sums 372.29 = the total in both columns -> no
budget-parts-mismatch.
预算执行率 = 372.29 / 372.29 = 100% (not above 100%: no execution-above-100); the typed 100% agrees -> no
budget-rate-mismatch. 预算执行 = 10 x min(100%, 1) = 10. No 得分 typed; no 分值 and no "(N分)" in the block's label ->
the form declares no 预算执行 weight (and form_weights = false anyway).

Indicator header row 13 (SPEC 2.1): "一级\\n指标" -> 一级指标, 二级指标 (C13, rebuilt: see notes), 三级指标, 年度指标值
(alias of 指标值), 全年完成值 (alias of 实际完成值), "未完成原因和\\n改进措施" -> 未完成原因和改进措施 (not among SPEC's
aliases of 偏差原因分析及改进措施; read as the reason column by forms.toml, beyond SPEC; its cells are empty here, so by
either reading no row has a reason). No 分值, no 自评得分, no 度量单位, no operator column. Rows 14-22 are indicators
(A13:A22 "绩效指标" lies outside the table's columns); the sheet ends at row 22, where the stored copy ends.
一级 names: "产\\n出\\n指\\n标" -> 产出指标 (B14:B20), "效\\n益\\n指\\n标" -> 效益指标 (B21:B22); 二级 inherits down its merges.
三级 "指标1:新建道路" etc.: "指标1:" followed by a name is read as that name (SPEC 2.1).
Weights (SPEC 3.2): no 分值 anywhere -> each category weight split equally (weights-split 提示).

预算执行 = 10.
投入管理 (20): no indicator -> 0 (category-empty 警告; the total is not rescaled).
产出指标 (40): 7 indicators, w = 40/7 each.
  R14 新建道路 "524m" bare -> at least 524 (unit m; 二级 数量指标, no limit word in the name); actual 524 >= 524 -> 40/7.
  R15 硬化道路 5719m / 5719m -> 40/7.  R16 人行便道硬化 14.7km / 14.7km -> 40/7.
  The actuals "524m", "5719m", "14.7km" are a number followed by its unit, the target's own (SPEC 2.3: "text after the
  number is its unit"), like "98%": no number amid words or a comparison -> no number-taken-from-text 提示.
  R17 工程完工率 "100%" bare -> at least 100; actual 100 -> 40/7.  R18 工程验收合格率 100% / 100% -> 40/7.
  R19 道路交通设施完成时间 "2021年": a year alone is neither a date nor a month (SPEC 2.3's deadlines are "a date or
      month"), so it is a number with the unit 年; under 时效指标 年 is not a duration ("not 年") -> bare number = at
      least 2021; actual "2021年" = 2021 >= 2021 -> 40/7 (read as a deadline met it would be 达成, 40/7 too).
  R20 道路交通设施 "713万元" under 二级 成本指标 -> bare number = at most 713 (bare-number-at-most 提示, E20); actual 713
      <= 713 -> 40/7.
  Every row at full marks -> no reason-missing; no actual is 130% or more of its target -> no far-above-target.
  产出指标 = 7 x 40/7 = 40.
效益指标 (30): 2 indicators, w = 15 each.
  R21 经济效益指标 道路交通设施: target "降低村民出行和农产品运输成本" holds no number -> qualitative (not-quantified 警告,
      E21); the actual equals the target text -> 达成 (band 1) -> 100% of 15 = 15.
  R22 社会效益指标 道路交通设施: target "提高村民收入" -> qualitative (not-quantified 警告, E22); the actual as the copy
      gives it, "提高村民收" (cut by the stored copy): 1. not equal to the target; 2. does not start with 未/不/没有/无法,
      is not 否/无效, holds none of 未完成/未达到/未实现/未达标/不达标/不合格/较差; 3. does not start with 基本/部分/
      大部分/较/一般; 4. holds none of the 达成 words, does not contain the target text "提高村民收入", is not 是/有/高/好
      -> 5. fits no band: qualitative-no-band 警告 (F22), score 0. Below full marks with an empty reason cell (G22)
      -> reason-missing 警告.
  效益指标 = 15 + 0 = 15.
Total = 10 + 0 + 40 + 15 = 65.00 -> 中 (>= 60, < 80).""",
    notes="""Chongqing (忠县) 中央、市级专项转移支付绩效目标自评表 for 2021 of 忠县涂井乡人民政府, published on 2023-04-12 under
预算/决算 > 决算 with the article title "涂井乡2021年度项目绩效自评表": the Chongqing county copy of the central
专项转移支付绩效目标自评表 (the same family as the Hunan 衡山 county table of corpus_e). Its header block names the project
专项(项目)名称 and two supervising departments (市级主管部门 重庆市水利局, 县级主管部门 忠县水利局); the budget block has only
全年预算数(A) / 全年执行数(B) / 执行率(B/A) with the rows 年度资金总额:, 其中:中央、市级补助, 县级资金 and 其他资金; the
indicator table has no 分值 and no 得分 columns, so the form carries no self-score at all.
Source: the page's table flattened to text, cells separated by spaces or line breaks, merged cells printed once;
the grid is rebuilt on the corpus_e layout (7 columns, see the comment above the cells). The budget figures are typed
as text as printed ("372.29万元", "100%"), the targets and actuals as printed ("524m", "14.7km", "2021年", "713万元").
Vertical headings printed with spaces ("绩 效 指 标", "产 出 指 标", "效 益 指 标", "一级 指标") are typed with line breaks.
One heading is rebuilt: the copy's header line reads "绩 效 指 标  一级 指标 / 三级指标 …" with no "二级指标", although
every indicator row carries a 二级 name (数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标, 社会效益指标) in the column between
一级 and 三级, and the form family heads that column 二级指标 (corpus_e's 衡山 copy prints "二级 指标"): the text
extraction lost that one header cell, and C13 is typed "二级指标". Without it no row holds SPEC's required headings and the
reader would refuse the table (SPEC 6) for a defect of the copy, not of the form.
The stored copy ends inside the 社会效益指标 row's 全年完成值 ("提高村民收", surely 提高村民收入 on the page): that value is typed
as the copy gives it, so R22 fits no qualitative band and scores 0 here — an artefact of the cut, not the officers'
defect; the 满意度指标 rows, any 说明 / 注 rows and the rest of the page are not typed. So 效益指标 15 and the total 65
are the score of the part that could be read, not of the whole published table (read whole, R22 would be 达成 and the
total 80, 良).
Real content and defects: the budget is sound (372.29 budgeted, 372.29 spent, 100%; 中央、市级补助 the only source); the
targets are met exactly (524m, 5719m, 14.7km, 100%, 2021年); the 成本指标 target "713万元" (the 道路交通设施's cost) is almost
twice the project's whole 372.29 万元 and is "met" by an actual of 713万元 — a figure SPEC takes at face value (a limit met);
the 效益 targets are unquantified phrases with the actual copied from the target; and the 三级 name 道路交通设施 is repeated
for the 时效, 成本 and both 效益 rows.
What it teaches about SPEC: a 转移支付 self-evaluation of one project is, by SPEC 2.4's markers, a department table
(专项(项目)名称 is not 项目名称), so it is scored with department-overall and loses 投入管理's 20 points to an empty category;
and a bare year target ("2021年") is neither SPEC's deadline (a date or month) nor a duration, so it reads as the number
2021 with the unit 年.""",
))
