"""Corpus B: department-wide tables (部门整体支出绩效自评表, any province) and project tables
(项目支出绩效自评表) from provinces other than 安徽, 四川, 湖南, 北京, 广东, 湖北.

Every table was found in the stored copies of published pages (the search corpus "pages"). Those copies
hold only the beginning of each page (about 1,500–2,000 characters), so several tables end where the
stored copy ends; each table's ``notes`` say exactly where, and nothing past that point was invented.
The sheet is typed as the published table is laid out: headings, labels, typos, empty cells and the
officer's own (wrong) figures verbatim. Where the extracted text lost the grid (cells of a row run
together, empty cells dropped), the usual layout of that province's form was rebuilt and the notes say
how. The expected result is worked by hand from SPEC.md only.
"""
from __future__ import annotations

from . import Table

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 湖北 通城县塘湖镇人民政府 — 部门整体支出绩效自评表 (Hubei 2020 form: 预算执行情况(20分) + 年度目标1(80分))
# ---------------------------------------------------------------------------------------------------
TABLES.append(Table(
    slug="hubei_tongcheng_tanghu_town_dept",
    province="湖北",
    kind="department",
    url="http://www.zgtc.gov.cn/xxgk/dfbmptlj/xzxxgkpt/thz/fdzdgknr_22529/czzj_22533/202108/"
        "t20210825_2381407.shtml",
    copied=r"""单位名称:塘湖镇政府 填报日期:2021.5.18
单位名称 | 塘湖镇人民政府 | ||||||||
基本支出总额 | 864.2万 | 项目支出总额 | 0 | ||||||
预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||
部门整体支出总额 | 864.2 | 100% | 20 | ||||||
年度目标1:(80分) | 增强政府工作效率、改善乡镇居住环境 | ||||||||
年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||
产出指标 | 数量指标 | 办结信访案件 | 168起 | 168起 | 10 | ||||
数量指标 | 拆除活人墓、豪华墓 | 32座 | 32座 | 20 | |||||
日效性指标 | 解决群众问题时间 | 2天以内 | 2天以内 | 10 | |||||
效益指标 | 社会效益指标 | 改善人居环境 | 有效改善 | 有效改善 | 10 | ||||
社会效益指标 | 提升出行效率 | 有效提升 | 有效提升 | 10 | |||||
满意度指标 | 群众满意度 指标 | 群众对政府工作满意度 | ≧90% | 95% | 20 | ||||
总分 | 100分 | ||||||||
偏差大或 目标未完成 原因分析 | 无 | ||||||||
改进措施及 结果应用方案 | 无 |
备注:
1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。
2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为≥X,得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。
3.定性指标计分原则:达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档,分别按照该指标对应分值区间100-80%(含80%)、80-50%(含50%)、50-0%合理确定分值。汇总时,以资金额度为权重,对分值进行加权平均计算。
4.基于经济性""",
    rows=[
        ["单位名称:塘湖镇政府", None, None, None, "填报日期:2021.5.18", None, None],
        ["单位名称", "塘湖镇人民政府", None, None, None, None, None],
        ["基本支出总额", "864.2万", None, "项目支出总额", 0, None, None],
        ["预算执行情况(万元) (20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)", None, None],
        ["部门整体支出总额", 864.2, None, "100%", 20, None, None],
        ["年度目标1:(80分)", "增强政府工作效率、改善乡镇居住环境", None, None, None, None, None],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        [None, "产出指标", "数量指标", "办结信访案件", "168起", "168起", 10],
        [None, None, "数量指标", "拆除活人墓、豪华墓", "32座", "32座", 20],
        [None, None, "日效性指标", "解决群众问题时间", "2天以内", "2天以内", 10],
        [None, "效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", 10],
        [None, None, "社会效益指标", "提升出行效率", "有效提升", "有效提升", 10],
        [None, "满意度指标", "群众满意度 指标", "群众对政府工作满意度", "≧90%", "95%", 20],
        ["总分", None, None, None, None, None, "100分"],
        ["偏差大或 目标未完成 原因分析", "无", None, None, None, None, None],
        ["改进措施及 结果应用方案", "无", None, None, None, None, None],
        ["备注:\n1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际"
         "支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:"
         "正向指标(即目标值为≥X,得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。"
         "定量指标先汇总完成数,再计算得分。\n3.定性指标计分原则:达成预期指标、部分达成预期指标并具有一定效果、"
         "未达成预期指标且效果较差三档,分别按照该指标对应分值区间100-80%(含80%)、80-50%(含50%)、50-0%合理确定"
         "分值。汇总时,以资金额度为权重,对分值进行加权平均计算。\n4.基于经济性",
         None, None, None, None, None, None],
    ],
    merges=["A1:D1", "E1:G1", "B2:G2", "B3:C3", "E3:G3", "B6:G6",
            "A7:A13", "B8:B10", "B11:B12", "A14:F14", "B15:G15", "B16:G16", "A17:G17"],
    scheme="department-overall",
    categories={"预算执行": "0.00", "投入管理": "0.00", "产出指标": "40.00", "效益指标": "30.00"},
    total="70.00",
    grade="中",
    findings=[
        ("missing-label", ""),            # no year anywhere (and, by SPEC 2.1's letter, no 部门(单位)名称 label)
        ("budget-rate-mismatch", "D5"),   # typed 100%, computed 0 / 864.2 = 0%
        ("budget-score-mismatch", "E5"),  # typed 20, computed 20 × 0% = 0 on the form's own 20 points
        ("form-weight-overridden", "A4"), # "(20分)" over the label column: 预算执行 20, the scheme's 10 scores
        ("category-empty", ""),           # 投入管理 has no indicator
        ("weights-split", ""),            # no 分值 column: each category weight split equally
        ("self-score-mismatch", "G8"),
        ("self-score-mismatch", "G9"),
        ("self-score-mismatch", "G10"),
        ("self-score-mismatch", "G13"),
        ("self-score-above-weight", "G9"),
        ("self-score-above-weight", "G13"),
        ("not-quantified", "E11"),
        ("not-quantified", "E12"),
    ],
    absent=["reason-missing", "weights-not-summing", "budget-total-empty", "unmapped-first-level"],
    arithmetic="""Kind: no 项目名称 label, no title with 项目支出绩效自评表 -> department; --scheme auto -> department-overall
(form_weights = false): 预算执行 10, 投入管理 20, 产出指标 40, 效益指标 30.

Budget table (SPEC 2.4): header row 4 holds 预算数(A) (= 全年预算数, alias 预算数, "(A)" dropped by the bracket rule)
and 执行数(B) (= 全年执行数); 执行率(B/A) -> 执行率, 得分(20分*执行率) -> 得分; no 分值 column. A4 is the heading over
the label column (names no figure). It is not a block label merged over several rows, but it is SPEC 2.4's own
example of a declaring block label ("预算执行情况(20分)"), and the reader takes its "(20分)" as the form's 预算执行
weight (README 取舍; this table's first reading said it declares nothing): 20.
Label column A; 部门整体支出总额 matches none of 年度资金总额/资金总额/总额/合计/小计, so the total row is the first budget
row, row 5. 全年预算数 = 864.2; 全年执行数 = C5 empty = 0 (an empty budget cell is no money, no finding).
预算执行率 = 0 / 864.2 = 0%  ->  预算执行 = 10 x min(0, 1) = 0.
Officer reported 执行率 100% (D5): |100 - 0| > 0.5 pp -> budget-rate-mismatch; 得分 20 (E5) vs the computed score on
the form's own 20 points: 20 x 0 = 0 -> budget-score-mismatch. department-overall has form_weights = false, so the
declared 预算执行 20 differs from the scheme's 10 -> form-weight-overridden (A4); no other category weight is
declared (no (N分) on a 一级 label, no 分值 column).

Indicator header row 7 (年初目标值(A) = 指标值 alias, 实际完成值(B), 得分 = 自评得分); no 分值 column, so every
category weight is split equally (weights-split), and 自评得分 is read on the scale of w.
投入管理 (20): no 一级 投入管理指标 -> 0 (category-empty).
产出指标 (40): 3 indicators, w = 40/3 = 13.333...
  R8 办结信访案件: "168起" bare -> at least 168; a = 168 >= 168 -> 40/3. s = 10 != 13.33 -> self-score-mismatch.
  R9 拆除活人墓、豪华墓: "32座" -> at least 32; a = 32 -> 40/3. s = 20 > w -> self-score-above-weight + mismatch.
  R10 解决群众问题时间: "2天以内" -> at most 2 天; actual "2天以内" -> 2 (number taken from text) <= 2 -> 40/3.
      s = 10 -> mismatch.
  产出指标 = 40/3 x 3 = 40.
效益指标 (30): 一级 效益指标 (R11, R12) and 满意度指标 (R13) -> 3 indicators, w = 10.
  R11 改善人居环境: qualitative target "有效改善"; actual equals the target -> 达成 100% = 10; s = 10 lies in
      [8, 10] -> used, 10. Qualitative target in 效益指标 -> not-quantified (E11).
  R12 提升出行效率: "有效提升" = "有效提升" -> 达成 -> 10 (s = 10 used). not-quantified (E12).
  R13 群众对政府工作满意度: "≧90%" -> at least 90; a = 95 >= 90 -> 10. s = 20 > w = 10 -> above-weight + mismatch.
  效益指标 = 30.
Total = 0 + 0 + 40 + 30 = 70.00 -> 中 (>= 60, < 80).""",
    notes="""湖北's 2020 self-evaluation form (the one the other Hubei tables of this family use: "预算执行情况(万元)(20分)
预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)", "年度目标1:(80分)", then 一级/二级/三级 with 年初目标值(A) and
实际完成值(B) and a 得分 column but no 分值 column), filled by a township for its whole budget.
Grid: the stored copy is an HTML table flattened with " | " and padded to 10 cells per row; empty cells in the
middle of a row are dropped, merged cells appear once. The total row has four cells (label, 864.2, 100%, 20)
under five headings: one of 预算数/执行数 was empty. It is typed here as 预算数 864.2 and 执行数 empty (the
officer filled the first figure column and left the second blank, yet reported 100% and full marks).
"年度绩效指标" is taken as merged down over the indicator rows (the rows after the header lack that cell),
一级 cells as merged over their rows (they appear once), 二级 cells as written in every row (they repeat).
总分 is laid out over A:F with 100分 in the 得分 column (the form's usual closing row).
Real defects: no year on the table, and the name is labelled 单位名称, not 部门(单位)名称 (SPEC 2.1 lists no alias;
the reader accepts 单位名称 — see the report); 执行数 left empty while 执行率 says 100% and 得分 20; the form gives
预算执行 20 points ("预算执行情况(万元)(20分)" in the heading over the label column; the scheme's 10 score, with a
form-weight warning); self-scores 20 on two rows
(the officer's own points, not on any declared 分值); qualitative targets (有效改善/有效提升) in 效益指标;
二级 typo 日效性指标 (for 时效指标). The page shows no 分值 at all, so the officer's 得分 are his own weights.""",
))


# ---------------------------------------------------------------------------------------------------
# 2. 贵州 绥阳县太白镇人民政府 — 部门整体支出绩效自评表 (年初预算数(A)/全年执行数(B) form)
# ---------------------------------------------------------------------------------------------------
TABLES.append(Table(
    slug="guizhou_suiyang_taibai_town_dept",
    province="贵州",
    kind="department",
    url="https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/"
        "202208/t20220824_76240024.html",
    copied=r"""部门整体支出绩效自评表 | |||||||||
单位(盖章):绥阳县太白镇人民政府 | 填报日期:2022年2月3日 | ||||||||
部门(单位)名称 | 绥阳县太白镇人民政府 | ||||||||
部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | |||
年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 | ||||
基本支出 | 985.19 | 914.97 |
10 | 10 | |||||
项目支出 | 187.36 | 353.75 | 10 | 10 | |||||
其他 | |||||||||
年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | |||||||
(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。 | (1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 (4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。 | ||||||||
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值 | 得分计算""",
    rows=[
        ["部门整体支出绩效自评表", None, None, None, None, None, None, None, None, None],
        ["单位(盖章):绥阳县太白镇人民政府", None, None, None, None, "填报日期:2022年2月3日", None, None, None, None],
        ["部门(单位)名称", "绥阳县太白镇人民政府", None, None, None, None, None, None, None, None],
        ["部门(单位)总体\n资金(万元)", "资 金 来 源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分",
         "得分计算方法", None, None, None],
        [None, "年度资金总额:", 1172.55, 1268.72, 10, 10, "执行率*该指标分值,最高不得超过分值上限。",
         None, None, None],
        [None, "基本支出", 985.19, 914.97, 10, 10, None, None, None, None],
        [None, "项目支出", 187.36, 353.75, 10, 10, None, None, None, None],
        [None, "其他", None, None, None, None, None, None, None, None],
        ["年度总体目标", "年初设定目标", None, None, None, "年度总体目标完成情况", None, None, None, None],
        [None,
         "(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,"
         "搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济"
         "运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,"
         "负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,"
         "完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。",
         None, None, None,
         "(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体"
         "支出管理水平得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林"
         "防火工作。 (4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它"
         "事项。",
         None, None, None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分计算方法",
         None, None],
    ],
    merges=["A1:J1", "A2:E2", "F2:J2", "B3:J3", "A4:A8", "G4:J4", "G5:J8", "A9:A10", "B9:E9", "F9:J9",
            "B10:E10", "F10:J10"],
    scheme="department-overall",
    categories={"预算执行": "0.00", "投入管理": "0.00", "产出指标": "0.00", "效益指标": "0.00"},
    total="0.00",
    grade="差",
    findings=[
        ("missing-label", ""),     # no year anywhere on the table; no 全年预算数 column in the budget table
        ("category-empty", ""),    # no indicator row in the stored copy: every category is empty
        ("budget-score-mismatch", "F5"),   # the officer's 10 against 预算执行's computed 0 (no 全年预算数)
    ],
    absent=["budget-parts-mismatch", "budget-total-empty", "form-weight-overridden", "execution-above-100",
            "unmapped-first-level"],
    arithmetic="""Kind: title 部门整体支出绩效自评表, no 项目名称 -> department; scheme department-overall.
部门(单位)名称 = 绥阳县太白镇人民政府 (B3). Year: no 年度 label; no cell above the header holds 20xx年度 or "(20xx年)"
("填报日期:2022年2月3日" has 年 but not inside brackets) -> missing-label (年度).

Budget table: header row 4 holds 年初预算数(A) (= 年初预算数) and 全年执行数(B) (= 全年执行数): two of the three figure
headings, so it is a budget header; 分值(10分) -> 分值, 得分 -> 得分; 得分计算方法 names nothing. B4 (资 金 来 源) is the
heading over the label column. A4:A8 is the block label (merged over rows, does not count); label column B.
Total row: 年度资金总额: (trailing colon dropped) = row 5: 年初预算数 1172.55, 全年执行数 1268.72, 分值 10, 得分 10.
Parts: 基本支出 985.19 + 项目支出 187.36 = 1172.55 (= total); 914.97 + 353.75 = 1268.72 (= total) -> no
budget-parts-mismatch (the 10/10 typed in the parts' 分值/得分 columns are not figures).
No 全年预算数 column at all -> missing-label (全年预算数): 预算执行 scores 0 and no rate is computed (SPEC 4), so no
execution-above-100 either (the form's own B/A would be 1268.72/1172.55 = 108.2%). Declared 预算执行 分值 10 = scheme
10 -> no form-weight-overridden. The officer's 得分 10 (F5) is checked against the computed 预算执行 score (SPEC 2.4),
0: |10 - 0| > 0.01 -> budget-score-mismatch 警告.

Indicator header row 11 (年度指标值(A) -> 年度指标值 = 指标值 alias; 全年实际值(B) -> 全年实际值 = 实际完成值 alias):
the stored copy ends inside this header, so the sheet has no indicator row.
投入管理 0, 产出指标 0, 效益指标 0 (each empty -> category-empty).
Total = 0 + 0 + 0 + 0 = 0.00 -> 差.""",
    notes="""A Guizhou township's 部门整体 table on the old MOF-style form (the Beijing 2016 layout of scoring-rules 1.3):
the budget block has only 年初预算数(A) and 全年执行数(B) with "执行率*该指标分值,最高不得超过分值上限" — the form's
own rate is B/A with A the 年初 budget — and the indicator table has 年度指标值(A), 全年实际值(B), 分值, 得分计算方法.
The stored copy of the page ends in the indicator header ("…| 分值 | 得分计算"); the header cell is typed as
得分计算方法 (the form's heading) and nothing after it is typed: the published table continues with indicator rows
this copy does not have. So the sheet tests the budget block only.
Grid rebuilt: 部门(单位)总体资金(万元) merged down over the budget rows in column A, 资金来源 heading over the label
column B, 得分计算方法 text merged down beside the budget rows; the stray line break after "914.97 |" in the copy is
the row's remaining cells (10, 10) of the 基本支出 row.
What it teaches: (1) the form spends more than budgeted (1268.72 against 1172.55: 108%) because its budget is the
年初 figure — mid-year additions (项目支出 187.36 -> 353.75) never reach the budget column; (2) SPEC's reader, which
divides by 全年预算数 only, cannot score 预算执行 on this form at all (see report); (3) no year on the table.""",
))


# ---------------------------------------------------------------------------------------------------
# 3. 福建 宁德 中共宁德市委党史和地方志研究室 — 部门整体支出绩效自评表 (2018年度) (Fujian 2018 form)
# ---------------------------------------------------------------------------------------------------
TABLES.append(Table(
    slug="fujian_ningde_dangshi_fangzhi_dept",
    province="福建",
    kind="department",
    url="http://ndfzw.com/ggl/2019-12-31/7212.html",
    copied=r"""18年度部门整体支出绩效自评(原方志委)

时间:2019-12-31 15:47:28 来源::

 附件9:2018年度部门整体支出绩效自评表(201912330 原方志委).xls

文件类型: .xls

22470b7945131011345d5890e02bc019.xls (46.00 KB)

部门整体支出绩效自评表
(2018年度)
部门(单位)名称 中共宁德市委党史和地方志研究室 部门预算编码 901001033
财政资金安排和使用情况  资金结构
(万元)
预算安排 拨付情况 结余情况
年初部门预算安排金额
历年结余结转
年中调整金额③ 小计
④ = ①+② +③                        
年度拨付金额
支出实现率(%)
⑥=⑤/④
本年度结余金额        
⑦=④-⑤
资金结余率
(%)
⑧=⑦/④
财政资金小计 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%
①中央及省级财政资金        
②市级财政资金 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%
③县(市、区)财政资金        
其他资金小计        
①……        
合 计 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%
年度
总体
目标
完成
情况
预期目标 目标实际完成情况

 目标1:确保本委在职及退休人员工资、福利的发放;
 目标2:确保本委日常办公所需经费正常运行;
 目标3:保障志鉴地情相关工作开展所需资金,确保完成2018年度任务。

 目标1完成情况:基本完成,达成率为90%以上
 
目标2完成情况:基本完成,达成率为90%以上
 
目标3完成情况:基本完成,达成率为97%
年度
绩效
指标
完成
情况
一级
指标
二级
指标
三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分
产出
指标
(60分)
数量
指标
 指标1  按月发放员工工""",
    rows=[
        ["部门整体支出绩效自评表", None, None, None, None, None, None, None, None, None],
        ["(2018年度)", None, None, None, None, None, None, None, None, None],
        ["部门(单位)名称", "中共宁德市委党史和地方志研究室", None, None, None, None, "部门预算编码", "901001033",
         None, None],
        ["财政资金安排和使用情况", "资金结构\n(万元)", "预算安排", None, None, None, "拨付情况", None, "结余情况", None],
        [None, None, "年初部门预算安排金额", "历年结余结转", "年中调整金额③", "小计\n④ = ①+② +③", "年度拨付金额",
         "支出实现率(%)\n⑥=⑤/④", "本年度结余金额\n⑦=④-⑤", "资金结余率\n(%)\n⑧=⑦/④"],
        [None, "财政资金小计", 2537695, 213722.82, 0, 2751417.82, 2546673.98, "93%", 204743.84, "7%"],
        [None, "①中央及省级财政资金", None, None, None, None, None, None, None, None],
        [None, "②市级财政资金", 2537695, 213722.82, 0, 2751417.82, 2546673.98, "93%", 204743.84, "7%"],
        [None, "③县(市、区)财政资金", None, None, None, None, None, None, None, None],
        [None, "其他资金小计", None, None, None, None, None, None, None, None],
        [None, "①……", None, None, None, None, None, None, None, None],
        [None, "合 计", 2537695, 213722.82, 0, 2751417.82, 2546673.98, "93%", 204743.84, "7%"],
        ["年度\n总体\n目标\n完成\n情况", "预期目标", None, None, None, "目标实际完成情况", None, None, None, None],
        [None,
         "目标1:确保本委在职及退休人员工资、福利的发放;\n目标2:确保本委日常办公所需经费正常运行;\n目标3:保障志鉴地情"
         "相关工作开展所需资金,确保完成2018年度任务。",
         None, None, None,
         "目标1完成情况:基本完成,达成率为90%以上\n目标2完成情况:基本完成,达成率为90%以上\n目标3完成情况:基本完成,"
         "达成率为97%",
         None, None, None, None],
        ["年度\n绩效\n指标\n完成\n情况", "一级\n指标", "二级\n指标", "三级指标", "指标解释", "绩效目标值", "实际完成值",
         "指标分值", "得分", None],
    ],
    merges=["A1:J1", "A2:J2", "B3:F3", "H3:J3", "A4:A12", "B4:B5", "C4:F4", "G4:H4", "I4:J4",
            "A13:A14", "B13:E13", "F13:J13", "B14:E14", "F14:J14"],
    scheme="department-overall",
    categories={"预算执行": "9.26", "投入管理": "0.00", "产出指标": "0.00", "效益指标": "0.00"},
    total="9.26",
    grade="差",
    findings=[
        ("category-empty", ""),          # no indicator row in the stored copy
    ],
    absent=["budget-total-empty", "budget-rate-mismatch", "unmapped-first-level",
            "budget-parts-mismatch",     # the 小计 rows are subtotals of the parts beside them
            "missing-label"],            # 小计 ④ between 年初 and 拨付 is read as 全年预算数 (README 取舍)
    arithmetic="""Kind: title 部门整体支出绩效自评表, no 项目名称 -> department; scheme department-overall. Year: "(2018年度)"
(A2) -> 2018. 部门(单位)名称 = 中共宁德市委党史和地方志研究室 (B3).

Budget table: row 4 holds group headings only (预算安排 / 拨付情况 / 结余情况). Row 5 headings, after dropping circled
numbers and a trailing "=..." formula and the bracket rule:
  C5 年初部门预算安排金额 -> 年初预算数; D5 历年结余结转 -> nothing; E5 年中调整金额③ -> 年中调整金额 -> nothing;
  F5 "小计 ④ = ①+② +③" -> 小计: a total-row label, not a 全年预算数 alias in SPEC 2.4; the reader takes a 小计 heading
     between the 年初预算数 and the 全年执行数 columns as 全年预算数 when no heading names it (README 取舍; this
     table's first reading found no 全年预算数, a missing-label 错误, and 预算执行 0) -> 全年预算数;
  G5 年度拨付金额 -> 全年执行数; H5 "支出实现率(%) ⑥=⑤/④" -> 支出实现率 -> 执行率; I5, J5 -> nothing.
  Two figure headings (年初预算数, 全年执行数) -> row 5 is the budget header.
A4:A12 is the block label (merged over rows); B4:B5 资金结构(万元) is the heading over the label column B; figures are
万元 (that heading says 万元; nothing says 元).
Total row: the first label matching 年度资金总额/资金总额/总额/合计/小计 as a label: 财政资金小计 and 其他资金小计 do not
(no containment), "合 计" -> 合计 does: row 12 (年初预算数 2537695, 全年预算数 2751417.82, 全年执行数 2546673.98,
执行率 93%).
Parts = rows 6-11. 年初 column: 2537695 (财政资金小计) + 2537695 (②市级财政资金) = 5075390 != 2537695 (differ by more
than 0.01), and likewise in the 全年执行数 column (5093347.96 != 2546673.98): by SPEC's letter a budget-parts-mismatch.
But 财政资金小计 and 其他资金小计 are subtotals (labels ending in 小计): summed without them, the parts give 2537695 and
2546673.98, the totals, so the reader raises nothing (README 取舍; this table's first reading expected the warning).
预算执行率 = 2546673.98 / 2751417.82 = 92.5586% (< 100%); the reported 93% differs by 0.44 <= 0.5 points -> no
budget-rate-mismatch. 预算执行 = 10 x 92.5586% = 9.2559 -> 9.26. (预算调整率 = |2751417.82 - 2537695| / 2537695 =
8.42%; no indicator asks for it.)

Indicator header row 15 (一级/二级/三级, 绩效目标值 = 指标值 alias, 实际完成值, 指标分值 = 分值 alias, 得分): the stored
copy ends inside the first indicator row, so no indicator row is typed.
投入管理 0, 产出指标 0, 效益指标 0 (category-empty). Total = 9.2559 -> 9.26 -> 差.""",
    notes="""Fujian's 2018 部门整体支出绩效自评表 — the form SPEC 2.4 took the aliases 年初部门预算安排金额, 年度拨付金额 and
支出实现率 and the circled-number/formula stripping from. Its budget block is a matrix: 预算安排 (①年初 ②历年结余结转
③年中调整 ④小计=①+②+③), 拨付情况 (⑤年度拨付金额, ⑥支出实现率=⑤/④), 结余情况 (⑦=④-⑤, ⑧=⑦/④); rows 财政资金小计
(①中央及省级 ②市级 ③县级) / 其他资金小计 / 合计. The extracted text lost the grid and the circled numbers ① ② ⑤ of
three headings (only ③ ④ ⑥ ⑦ ⑧ survive); the headings are typed as extracted, the grid rebuilt as the form lays it out.
The stored copy ends in the first indicator row ("产出指标(60分) | 数量指标 | 指标1 按月发放员工工…"): that row and all
after it are not typed.
Real defects: the figures are yuan (2,537,695 = 253.77 万元 for a small office) under a "(万元)" heading — nothing in
SPEC catches a unit that is off by 10,000; the reader takes them as 万元. 93% is 2546673.98/2751417.82 (⑤/④).
What it teaches about SPEC: the form's denominator ④ is headed 小计, which SPEC lists as a total-row label but not
as a 全年预算数 alias, so by SPEC's letter 预算执行 cannot be computed (the reader reads that 小计 as 全年预算数, README
取舍); and the 小计 subtotal rows (财政资金小计 = ①+②+③) are summed as
parts together with their own components, so SPEC's parts check raises a false budget-parts-mismatch on a table
whose arithmetic is right (5075390 = 2 x 2537695) — the reader now sums the parts without a subtotal row when that
makes them agree (README 取舍).""",
))


# ---------------------------------------------------------------------------------------------------
# 4. 云南 丽江市古城区自然资源局 — 2020年度项目支出绩效自评表 (Yunnan form with 指标性质 / 度量单位 columns)
# ---------------------------------------------------------------------------------------------------
TABLES.append(Table(
    slug="yunnan_lijiang_gucheng_satellite_enforcement",
    province="云南",
    kind="project",
    url="http://m.jjiadianqingjie.com.cn/changyong/13241.html",
    copied=r"""最新資訊
2020年云南省級自然資源衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi)
時間:2021-06-28 17:07 來源: 微信公眾號:yn2553 QQ公眾號:800061629
| 2020年度項(xiàng)目支出績效自評表 | ||||||||||
| 項(xiàng)目名稱 |
2020年省級自然資源衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi)支出績效自評表 |
|||||||||
| 主管部門 | 麗江市自然資源和規(guī)劃局 | 實(shí)施單位 | 麗江市古城區(qū)自然資源局 | |||||||
|
項(xiàng)目資金 (萬元) |
年初預(yù)算數(shù) | 全年預(yù)算數(shù) | 全年執(zhí)行數(shù) | 分值 | 執(zhí)行率 | 得分 | ||||
| 年度資金總額 | 7.29 | 7.29 | 7.29 | 10.00 | 100% | 10.00 | ||||
| 其中:當(dāng)年財政撥款 | 7.29 | 7.29 | 7.29 | 100% | ||||||
| 上年結(jié)轉(zhuǎn)資金 | ||||||||||
| 其他資金 | ||||||||||
|
年度 總體 目標(biāo) |
預(yù)期目標(biāo) | 實(shí)際完成情況 | ||||||||
| 自然資源衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi) | 自然資源衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi) | |||||||||
| 績效指標(biāo) | 年度指標(biāo)值 | 實(shí)際完成值 | 分值 | 得分 | 偏差原因分析及改進(jìn)措施 | |||||
|
一級 指標(biāo) |
二級指標(biāo) | 三級指標(biāo) | 指標(biāo)性質(zhì) | 指標(biāo)值 | 度量單位 | |||||
| 產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | 衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi) | ﹦ | 72890 | 元 | 72890 | 10.00 | 9.00 | ||
| 質(zhì)量指標(biāo) | 項(xiàng)目驗(yàn)收合格率 | ﹦ | 100 | % | 100 | 20 | 19 | |||
| 時效指標(biāo) | 項(xiàng)目完成及時率 | ﹦ | 100 | % | 100 | 20.00 | 19.00 | |||
| 效益指標(biāo) | 社會效益指標(biāo) | 違法行為責(zé)停率 | ≥ | 95 | % | 95 | 30.00 | 27.00 | ||
| 滿意度指標(biāo) | 服務(wù)對象滿意度指標(biāo) | 滿意度 | ≥ | 95 | % | 95 | 10.00 |""",
    rows=[
        ["2020年度项目支出绩效自评表"] + [None] * 10,
        ["项目名称", "2020年省级自然资源卫片执法补助经费支出绩效自评表"] + [None] * 9,
        ["主管部门", "丽江市自然资源和规划局", None, None, None, "实施单位", "丽江市古城区自然资源局",
         None, None, None, None],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
         None, None, None],
        [None, "年度资金总额", 7.29, 7.29, 7.29, 10, "100%", 10, None, None, None],
        [None, "其中：当年财政拨款", 7.29, 7.29, 7.29, None, "100%", None, None, None, None],
        [None, "上年结转资金", None, None, None, None, None, None, None, None, None],
        [None, "其他资金", None, None, None, None, None, None, None, None, None],
        ["年度\n总体\n目标", "预期目标", None, None, None, None, "实际完成情况", None, None, None, None],
        [None, "自然资源卫片执法补助经费", None, None, None, None, "自然资源卫片执法补助经费",
         None, None, None, None],
        ["绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
         None],
        ["一级\n指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", None, None, None, None, None],
        ["产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, 10, 9, None, None],
        [None, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19, None, None],
        [None, "时效指标", "项目完成及时率", "﹦", 100, "%", 100, 20, 19, None, None],
        ["效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, 30, 27, None, None],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, 10, None, None, None],
    ],
    merges=["A1:K1", "B2:K2", "B3:E3", "G3:K3", "A4:A8", "A9:A10", "B9:F9", "G9:K9", "B10:F10",
            "G10:K10", "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12", "J11:K12", "A13:A15"],
    number_formats={"F5": "0.00", "H5": "0.00", "H13": "0.00", "I13": "0.00", "H15": "0.00", "I15": "0.00",
                    "H16": "0.00", "I16": "0.00", "H17": "0.00"},
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="100.00",
    grade="优",
    findings=[
        ("self-score-mismatch", "I13"),
        ("self-score-mismatch", "I14"),
        ("self-score-mismatch", "I15"),
        ("self-score-mismatch", "I16"),
    ],
    absent=["reason-missing", "weights-not-summing", "budget-rate-mismatch", "budget-score-mismatch",
            "form-weight-overridden", "form-weight-used", "target-missing", "actual-missing", "equal-missed",
            "level-points-mismatch"],
    clean=True,
    arithmetic="""Kind: 项目名称 (A2) and the title 2020年度项目支出绩效自评表 -> project; scheme project (form_weights = true).
Year: title "2020年度…" -> 2020.

Budget: header row 4 (C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分); A4:A8 项目资金(万元) is the
block label; label column B; total row 年度资金总额 (row 5): 7.29 / 7.29 / 7.29, 分值 10.
预算执行率 = 7.29 / 7.29 = 100% -> 预算执行 = 10 x 1 = 10. Reported 100% and 10.00 agree.
Parts: 其中：当年财政拨款 7.29 (= total); 上年结转资金, 其他资金 empty.

Header: two rows (11-12). Row 11 holds 绩效指标 (A:C) and 年度指标值 (D:F, merged across, not down); 实际完成值,
分值, 得分, 偏差原因… are merged down over rows 11-12 and count on row 12. Row 12 holds 一级指标, 二级指标, 三级指标,
指标值 and (merged) 实际完成值 -> row 12 is the header; 指标性质 is the operator column, 度量单位 the unit column.
"﹦" (U+FE66) folds to "=" under NFKC -> equal, scored as at least.
Form weights: 预算执行 10 (budget 分值); 产出指标 10 + 20 + 20 = 50; 效益指标 30; 满意度指标 10 (every indicator has a
分值); 10 + 50 + 30 + 10 = 100 -> the form's weights are used (equal to the scheme's, so no 提示 and no 警告).
产出指标 (50): R13 卫片执法补助经费 = 72890 元, a = 72890 >= 72890 -> 10;
              R14 项目验收合格率 = 100 %, a = 100 -> 20;  R15 项目完成及时率 = 100 %, a = 100 -> 20.  Sum 50.
效益指标 (30): R16 违法行为责停率 >= 95 %, a = 95 -> 30.
满意度指标 (10): R17 满意度 >= 95 %, a = 95 -> 10.
Self-scores (on 分值 = w): I13 9 vs 10, I14 19 vs 20, I15 19 vs 20, I16 27 vs 30 -> self-score-mismatch x4;
I17 empty (not compared). Every computed score is full, so no reason-missing.
Total = 10 + 50 + 30 + 10 = 100.00 -> 优.""",
    notes="""Yunnan's 2020 项目支出绩效自评表 as the provincial system exports it: the 10号 budget block, a two-row
indicator header (绩效指标 and 年度指标值 as group headings over 一级/二级/三级 and 指标性质/指标值/度量单位), the
operator in its own 指标性质 column written as the small-form "﹦", and the unit in 度量单位.
The page is a mirror that re-renders the text in traditional characters and inserts readings in brackets
("項(xiàng)目", "數(shù)"); the sheet is typed in the simplified characters the officer's table was written in. The grid is
rebuilt from the mirror's cell counts (11 columns; a row's missing cells are merged or empty ones: the blank
cell over the budget label column, 实际完成值/分值/得分/偏差原因 merged down over both header rows, 产出指标 merged
over three rows). The stored copy ends after the 满意度 row's 分值: its 得分 and the closing rows (总分, 评价结论 …)
are not typed.
Real defect: every target is met exactly, yet the officer took 10% off each self-score (9/10, 19/20, 19/20,
27/30) without a word of 偏差原因 — the computed score is 100, the self-scores are not (a reviewer must see the
gap; SPEC raises self-score-mismatch, not reason-missing, because the computed score is full).
Also: 项目名称 holds the table's name (…经费支出绩效自评表), not the project's.""",
))


# ---------------------------------------------------------------------------------------------------
# 5. 云南 南华县农业农村局 — 野生菌加工车间建设项目(续建) 项目支出绩效自评表 (10号 form)
# ---------------------------------------------------------------------------------------------------
TABLES.append(Table(
    slug="yunnan_nanhua_wild_mushroom_plant",
    province="云南",
    kind="project",
    url="https://www.ynnh.gov.cn/info/17693/347777.htm",
    copied=r"""项目名称 | 南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建) | |||||||||||
主管部门 | 南华县农业农村局 | 实施单位 | 南华县国有资本管理有限公司 | |||||||||
项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||||
年度资金总额 | 1100 | 1100 | 1100 | 10 | 100% | 10 | ||||||
其中:当年财政拨款 | 1100 | 1100 | 1100 | — | 100% | — | ||||||
上年结转资金 | — | — | ||||||||||
其他资金 | — | — | ||||||||||
年度总体目标 | 预期目标 | 实际完成情况 | ||||||||||
目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及土建安装投资150万元。 | 目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及土建安装投资150万元。 | |||||||||||
绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | ||||
产出指标(50分) | 数量指标 | 1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装 | ≥1290.3平方米 | 1290.3平方米 | 10.3 | 10.3 | ||||||
配套烘干杀菌设备及包装设备购置及安装 | 550 | 20 | 9.3 | 9.3 | ||||||||
配套电力设施1250KVA变压器3台 | 3 | 9.3 | 9.3 | |||||||||
经济效益 指标 | 奖补资金兑付率(%) | ≥100% | ≥100% | 10.8 | 10.8 | |||||||
时效指标 | 任务完成时限(月) | 10 | 10 | 10.3 | 10.3 | |||||||
成本指标 | ||||||||||||
绩 效 指 标 | 效益""",
    rows=[
        ["项目名称", "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)",
         None, None, None, None, None, None, None],
        ["主管部门", "南华县农业农村局", None, None, "实施单位", "南华县国有资本管理有限公司", None, None, None],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", None],
        [None, "年度资金总额", 1100, 1100, 1100, 10, "100%", 10, None],
        [None, "其中：当年财政拨款", 1100, 1100, 1100, "—", "100%", "—", None],
        [None, "上年结转资金", None, None, None, "—", None, "—", None],
        [None, "其他资金", None, None, None, "—", None, "—", None],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况", None, None, None],
        [None,
         "目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;"
         "目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及土建"
         "安装投资150万元。",
         None, None, None,
         "目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;"
         "目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及土建"
         "安装投资150万元。",
         None, None, None],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标(50分)", "数量指标", "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装",
         "≥1290.3平方米", "1290.3平方米", 10.3, 10.3, None],
        [None, None, None, "配套烘干杀菌设备及包装设备购置及安装", 550, 20, 9.3, 9.3, None],
        [None, None, None, "配套电力设施1250KVA变压器3台", 3, None, 9.3, 9.3, None],
        [None, None, "经济效益\n指标", "奖补资金兑付率(%)", "≥100%", "≥100%", 10.8, 10.8, None],
        [None, None, "时效指标", "任务完成时限(月)", 10, 10, 10.3, 10.3, None],
        [None, None, "成本指标", None, None, None, None, None, None],
    ],
    merges=["B1:I1", "B2:D2", "F2:I2", "A3:A7", "A8:A9", "B8:E8", "F8:I8", "B9:E9", "F9:I9",
            "A10:A16", "B11:B16", "C11:C13"],
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "31.74", "效益指标": "0.00", "满意度指标": "0.00"},
    total="41.74",
    grade="差",
    findings=[
        ("missing-label", ""),            # no year on the stored table
        ("actual-missing", "F13"),        # 配套电力设施…3台: target 3, no actual
        ("self-score-mismatch", "H12"),   # 9.3 typed, 9.3 x 20/550 = 0.34 computed
        ("self-score-mismatch", "H13"),   # 9.3 typed, 0 computed
        ("reason-missing", "I12"),
        ("reason-missing", "I13"),
        ("category-empty", ""),           # 效益指标, 满意度指标: not in the stored copy
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "level-points-mismatch", "form-weight-overridden", "weights-not-summing", "unmapped-first-level"],
    arithmetic="""Kind: 项目名称 (A1) -> project; scheme project (预算执行 10, 产出 50, 效益 30, 满意度 10; form_weights true).
Year: no 年度 label and no cell above the header holds a year with 年度 / "(20xx年)" -> missing-label (年度).

Budget: header row 3 (C..H: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分); A3:A7 项目资金(万元) is the block
label; label column B; total row 年度资金总额 (row 4): 1100 / 1100 / 1100, 分值 10, 执行率 100%, 得分 10.
预算执行率 = 1100 / 1100 = 100% -> 预算执行 = 10. Reported 100% / 10 agree. Parts: 其中：当年财政拨款 1100 (= total);
"—" cells are no money.

Indicators (header row 10; 一级 产出指标(50分) merged over rows 11-16):
Form weights: 预算执行 10; 产出指标: label (50分) and 分值 10.3 + 9.3 + 9.3 + 10.8 + 10.3 = 50.0 (agree);
效益指标 and 满意度指标 declare nothing (no rows) -> not every category declared -> scheme weights (same numbers).
产出指标 (50; 分值 sum 50 = category weight, used as typed):
  R11 冷库仓储…: ">=1290.3平方米", a = 1290.3 -> 10.3 (s 10.3 ok).
  R12 配套烘干杀菌设备…: 550 bare -> at least 550; a = 20 < 550 -> 9.3 x 20 / 550 = 93/275 = 0.338181...
      s = 9.3 -> self-score-mismatch; below full, no 偏差原因 -> reason-missing (I12).
  R13 配套电力设施…3台: target 3, actual empty -> actual-missing (F13), 0; s = 9.3 -> mismatch; reason-missing (I13).
  R14 奖补资金兑付率(%) (二级 经济效益指标 under 一级 产出指标): ">=100%", actual ">=100%" -> 100 taken -> 10.8.
  R15 任务完成时限(月): 10 bare; 三级 contains 时限 -> at most 10; a = 10 <= 10 -> 10.3.
  R16 成本指标: 三级/指标值/实际完成值 empty -> section row, not scored.
  产出指标 = 10.3 + 0.338181... + 0 + 10.8 + 10.3 = 31.738181... -> 31.74
效益指标 (30): no indicator -> 0 (category-empty).  满意度指标 (10): no indicator -> 0 (category-empty).
Total = 10 + 31.738181... + 0 + 0 = 41.738181... -> 41.74 -> 差.""",
    notes="""A Yunnan county project table on the 10号 form (项目资金 block with 其中：当年财政拨款, "—" pre-printed in the
分值/得分 cells of the part rows, a tall merged "绩 效 指 标" cell, "产出指标(50分)").
The stored copy ends after the 产出指标 block ("成本指标" with no indicator, then a second "绩 效 指 标 | 效益…" block
that is cut off): the published 效益指标 and 满意度指标 rows are not typed, so those categories score 0 here — the
total 41.74 is the score of the part that could be read, not of the whole published table.
Grid: the copy drops empty cells. Row 12 has four values after the name (550, 20, 9.3, 9.3): target 550, actual 20,
分值 9.3, 得分 9.3 (the 分值 column must hold 9.3: the five 分值 add up to the declared 50). Row 13 has three
(3, 9.3, 9.3): one of 年度指标值/实际完成值 was empty; it is typed as target 3 with the actual empty (the target
column is carried over from the declaration in Yunnan's system; the officer fills the actual).
Real defects: no year on the table; a target "550" (万元 of equipment, per 目标2) against an actual "20" with no unit
and full self-score; a missing actual with full self-score; no 偏差原因 at all; a 二级 经济效益指标 placed under 一级
产出指标; units only in the 三级 names (奖补资金兑付率(%), 任务完成时限(月)).""",
))


# ---------------------------------------------------------------------------------------------------
# 6. 云南 昌宁县供销合作社联合社 — 2022年度项目支出绩效自评表 (生猪养殖场建设项目; Hubei-style 20/80 form)
# ---------------------------------------------------------------------------------------------------
_CHANGNING_ROWS = [
    ("公猪舍(≥**平方米)", 22.8, 22.8, 1),
    ("母猪、保育猪舍(≥**平方米)", 180, 180, 3),
    ("育肥猪舍(≥**平方米)", 180, 180, 3),
    ("周转猪舍(≥**平方米)", 180, 180, 3),
    ("隔离舍(≥**平方米)", 54, 54, 2),
    ("仓库(≥**平方米)", 104, 104, 2),
    ("管理用房及消通道(≥**平方米)", 76.44, 76.44, 2),
    ("化粪池(≥**立方米)", 63, 63, 1),
    ("堆粪房(≥**平方米)", 29.6, 29.6, 1),
    ("消毒池(≥**平方米)", 14, 14, 1),
    ("排污沟(≥米)", 50, 50, 1),
    ("场地硬化(≥**平方米)", 230, 230, 2),
    ("粉碎拌合机(11kw)(≥台)", 1, 1, 1),
    ("产床(全复合双体产床)(≥套)", 2, 2, 1),
    ("保育栏(≥套)", 4, 4, 1),
    ("消毒机(≥台)", 1, 1, 1),
    ("冲洗机(≥台)", 1, 1, 1),
    ("种公猪(≥头)", 2, 2, 2),
    ("种母猪(≥头)", 20, 20, None),     # the stored copy ends before this row's 得分
]

TABLES.append(Table(
    slug="yunnan_changning_pig_farm_2022",
    province="云南",
    kind="project",
    url="https://yncn.gov.cn/info/5102/8340150.htm",
    copied=r"""| 无障碍浏览 | 打开适老化模式
x
索引号 12533025MB0T65759N/20231103-00020 发布机构 昌宁县供销社
公开目录 自评报告 发布日期 2023-04-20
文号 浏览量
主题词
2022年度项目支出绩效自评表(昌龙鸿运)

附件3:

2022年度项目支出绩效自评表

单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日

项目名称

昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目

主管部门

昌宁县供销合作社联合社

项目实施单位

昌宁县昌龙鸿运牧业专业合作社

项目类别

1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □

项目属性

1、持续性项目 ☑ 2、新增性项目 □

预算执行情况(万元)

(20分)


预算数(A)

执行数(B)

执行率(B/A)

得分

(20分*执行率)

年度财政资金总额

50

10

20

4

年度绩效目标

(80分)

一级指标

二级指标

三级指标

年初目标值(A)

实际完成值(B)

得分

产出指标(40分)

数量指标

公猪舍(≥**平方米)

22.8

22.8

1

母猪、保育猪舍(≥**平方米)

180

180

3

育肥猪舍(≥**平方米)

180

180

3

周转猪舍(≥**平方米)

180

180

3

隔离舍(≥**平方米)

54

54

2

仓库(≥**平方米)

104

104

2

管理用房及消通道(≥**平方米)

76.44

76.44

2

化粪池(≥**立方米)

63

63

1

堆粪房(≥**平方米)

29.6

29.6

1

消毒池(≥**平方米)

14

14

1

排污沟(≥米)

50

50

1

场地硬化(≥**平方米)

230

230

2

粉碎拌合机(11kw)(≥台)

1

1

1

产床(全复合双体产床)(≥套)

2

2

1

保育栏(≥套)

4

4

1

消毒机(≥台)

1

1

1

冲洗机(≥台)

1

1

1

种公猪(≥头)

2

2

2

种母猪(≥头)

20

20
(runs of empty lines between the cells of the stored copy are shortened to one here)""",
    rows=[
        ["2022年度项目支出绩效自评表", None, None, None, None, None, None],
        ["单位名称:昌宁县供销合作社联合社", None, None, None, "填报日期:2023年4月15日", None, None],
        ["项目名称", "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目", None, None, None, None, None],
        ["主管部门", "昌宁县供销合作社联合社", None, "项目实施单位", "昌宁县昌龙鸿运牧业专业合作社", None, None],
        ["项目类别", "1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □", None, None, None, None, None],
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □", None, None, None, None, None],
        ["预算执行情况(万元)\n(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)", None, None],
        ["年度财政资金总额", 50, 10, 20, 4, None, None],
        ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    ] + [
        [None, "产出指标(40分)" if i == 0 else None, "数量指标" if i == 0 else None, name, target, actual, score]
        for i, (name, target, actual, score) in enumerate(_CHANGNING_ROWS)
    ],
    merges=["A1:G1", "A2:D2", "E2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:G5", "B6:G6",
            "A9:A28", "B10:B28", "C10:C28"],
    scheme="project",
    categories={"预算执行": "2.00", "产出指标": "50.00", "效益指标": "0.00", "满意度指标": "0.00"},
    total="52.00",
    grade="差",
    findings=[
        ("form-weight-overridden", "B10"),  # 产出指标(40分) on the 一级 label; the scheme's 50 scores
        ("form-weight-overridden", "A7"),   # "(20分)" over the label column: 预算执行 20, the scheme's 10 scores
        ("weights-split", ""),              # no 分值 column: 产出指标 50 split over 19 indicators
        ("self-score-mismatch", "G10"),     # 1 typed, 50/19 = 2.63 computed
        ("self-score-above-weight", "G11"), # 3 typed > 50/19
        ("category-empty", ""),             # 效益指标, 满意度指标: not in the stored copy
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "missing-label", "reason-missing",
            "weights-not-summing", "target-missing", "actual-missing", "unmapped-first-level"],
    arithmetic="""Kind: title 2022年度项目支出绩效自评表 and 项目名称 -> project; scheme project (form_weights = true).
Year: "2022年度…" (A1) -> 2022. 项目实施单位 = alias of 实施单位.

Budget: header row 7: B 预算数(A) -> 预算数 (= 全年预算数), C 执行数(B) -> 执行数 (= 全年执行数), D 执行率(B/A) -> 执行率,
E 得分(20分*执行率) -> 得分; no 分值 column. A7 预算执行情况(万元)(20分) is the heading over the label column, not a
block label merged over rows; SPEC 2.4's example of a declaring block label is this heading ("预算执行情况(20分)"),
and the reader takes it as declaring (README 取舍; this table's first reading said it declares nothing) -> 预算执行 20.
Label column A; 年度财政资金总额 is no
total label -> total row = the first budget row, row 8: 全年预算数 50, 全年执行数 10, 执行率 typed 20 (a number: 20%),
得分 4.
预算执行率 = 10 / 50 = 20%. Reported 20 -> 20%: no budget-rate-mismatch. Reported 得分 4 vs the computed score on the
form's own 20 points (SPEC 2.4): 20 x 20% = 4 -> agrees, no budget-score-mismatch.
Category weights: the form declares 预算执行 20 and 产出指标 40 ("产出指标(40分)") but nothing for 效益指标, 满意度指标 ->
not every category declared -> scheme weights 10 / 50 / 30 / 10; 20 != 10 -> form-weight-overridden (A7); 40 != 50 ->
form-weight-overridden (B10).
年度绩效目标(80分) declares nothing.
预算执行 = 10 x 20% = 2.
产出指标 (50): header row 9 (年初目标值(A) = 指标值 alias, 实际完成值(B), 得分 = 自评得分); no 分值 column ->
  50 split over the 19 indicator rows (weights-split): w = 50/19 = 2.6315...
  Every target is a bare number (the "(≥**平方米)" in the 三级 names is template text, not a comparison) -> at least;
  no name holds a limit word; each actual equals its target -> every row scores w. 产出指标 = 19 x 50/19 = 50.
  Self-scores on the scale of w: G10 1 vs 2.63 -> self-score-mismatch; G11 3 > 2.63 -> self-score-above-weight (and
  mismatch); likewise every other row; G28 empty.
效益指标 (30): no indicator -> 0 (category-empty).  满意度指标 (10): no indicator -> 0 (category-empty).
Total = 2 + 50 + 0 + 0 = 52.00 -> 差.""",
    notes="""A Yunnan county table on a 20/80 form (the layout Hubei's tables use: 项目类别/项目属性 tick boxes,
"预算执行情况(万元)(20分) 预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)", "年度绩效目标(80分)", 一级 labels with
points, a 得分 column but no 分值 column). The stored copy is the cell text one cell per line; the grid is rebuilt as
that form lays it out (labels in column A, values merged to the right, 年度绩效目标(80分) merged down beside the
indicator table, 产出指标(40分) and 数量指标 merged over their rows). The copy ends at the 种母猪 row before its 得分:
that 得分 is left empty and nothing after it is typed — the 效益/满意度 part of the published table is missing here,
so the total 52 is the score of the readable part.
Real defects: only 10 of 50 万元 spent (20%) — the officer's 执行率 and 得分 are right on the form's 20-point scale
(the reader takes the "(20分)" in the heading over the label column as the form's 预算执行 weight, so it checks the 4
on 20 points and finds it right; read by the letter of SPEC's block-label definition it would warn that 4 should
be 2); the
template's "(≥**平方米)" placeholders were left in every 三级 name (the comparison never reached the target cells,
which hold bare numbers); self-scores 1/2/3 are the officer's own weights (no 分值 column), so against the scheme's
equal split every row differs; the form gives 预算执行 20 and 产出 40 where the project scheme gives 10 and 50.""",
))


# ---------------------------------------------------------------------------------------------------
# 7. 宁夏 银川市第六中学 — 银川市本级部门项目支出绩效自评表(2021年) (决策/管理/产出/效益 form)
# ---------------------------------------------------------------------------------------------------
TABLES.append(Table(
    slug="ningxia_yinchuan_no6_middle_school_2021",
    province="宁夏",
    kind="project",
    url="https://m.yzwku.com/doc/476505.html",
    copied=r"""《银川市本级部门项目支出绩效自评表.docx》由会员分享,可在线阅读,更多相关《银川市本级部门项目支出绩效自评表.docx(5页珍藏版)》请在优知文库上搜索。
1、银川市本级部门项目支出绩效自评表(2021年)项目名称初中公用经费主管部门银川市教育局实施第位自评得分98财政审1度评分银川市第六中学项Fl资金(万兀)年度资金总额年初预匏数调整预算将,A、全年执行数(B)执行率(B/A)64.864.864.8100%年度总体r二年初设定目标保障学校正常工作运行年度总体目标完成情况公,4一级指标二级指标三级指标考值参分指标值(八)全年实际值(B)得分未完成原因分析及改进措施项目决策(10分)项目目标完整性4一目标明确、内容细化、目标量化4项目立项相关性2一按照学校管理标准对学校进行管理2可行性2实际工作需求2适当性2有资金测第标准2项目管理(25分)投入管理
2、预算执行率10一100%9财务管理财务管理制度有效性7一财务制度健全,严格执行制度,会计核算规范7项Fl实施绩效监控有效性2一持续有效2管理制度有效性6-严格执行相关管理制度6顼目产出(30分)数量指标(10分)保障人数102370人2370人IO指标2:质量指标(5分)公用经费标准5符合相关文件要求符合相关文件要求5指标2:时效指标(5分)公用经费完成时间52021年12月完成2021年12月完成4指标2:成本指标(10分)办公所需成本415万元15万元4维修(维护)所需成本335万元35万元3绿化、水电费等成本3M.8万元14.8万元3项目效益(35分)经济效益指标指标1:指标2:社会效益
3、指标效果显著15改善学校的办学条件改善学校的办学条件13生态效益指标指标L指标2:可持续影响指标使学生和老师行个更好的学习和工作环境,做到10社会认可的办学环境.社会认可的办学环境.8指标2:服务对象满意度指标(10分)学生和老""",
    rows=[
        ["银川市本级部门项目支出绩效自评表(2021年)", None, None, None, None, None, None, None],
        ["项目名称", "初中公用经费", "主管部门", "银川市教育局", None, None, None, None],
        ["实施单位", "银川市第六中学", "自评得分", 98, "财政审核评分", None, None, None],
        ["项目资金(万元)", None, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)", None, None],
        [None, "年度资金总额", 64.8, 64.8, 64.8, "100%", None, None],
        ["年度总体目标", "年初设定目标", "保障学校正常工作运行", None, "年度总体目标完成情况", None, None, None],
        ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
        ["项目决策(10分)", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4, None],
        [None, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2, None],
        [None, None, "可行性", 2, None, "实际工作需求", 2, None],
        [None, None, "适当性", 2, None, "有资金测算标准", 2, None],
        ["项目管理(25分)", "投入管理", "预算执行率", 10, "—", "100%", 9, None],
        [None, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全,严格执行制度,会计核算规范", 7, None],
        [None, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2, None],
        [None, None, "管理制度有效性", 6, "-", "严格执行相关管理制度", 6, None],
        ["项目产出(30分)", "数量指标(10分)", "保障人数", 10, "2370人", "2370人", 10, None],
        [None, None, "指标2:", None, None, None, None, None],
        [None, "质量指标(5分)", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5, None],
        [None, None, "指标2:", None, None, None, None, None],
        [None, "时效指标(5分)", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4, None],
        [None, None, "指标2:", None, None, None, None, None],
        [None, "成本指标(10分)", "办公所需成本", 4, "15万元", "15万元", 4, None],
        [None, None, "维修(维护)所需成本", 3, "35万元", "35万元", 3, None],
        [None, None, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3, None],
        ["项目效益(35分)", "经济效益指标", "指标1:", None, None, None, None, None],
        [None, None, "指标2:", None, None, None, None, None],
        [None, "社会效益指标", "效果显著", 15, "改善学校的办学条件", "改善学校的办学条件", 13, None],
        [None, "生态效益指标", "指标1:", None, None, None, None, None],
        [None, None, "指标2:", None, None, None, None, None],
        [None, "可持续影响指标", "使学生和老师行个更好的学习和工作环境,做到", 10, "社会认可的办学环境.",
         "社会认可的办学环境.", 8, None],
        [None, None, "指标2:", None, None, None, None, None],
    ],
    merges=["A1:H1", "D2:H2", "F3:H3", "A4:A5", "C6:D6", "F6:H6",
            "A8:A11", "B9:B11", "A12:A15", "B14:B15", "A16:A24", "B16:B17", "B18:B19", "B20:B21", "B22:B24",
            "A25:A31", "B25:B26", "B28:B29", "B30:B31"],
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "0.00", "效益指标": "0.00", "满意度指标": "0.00"},
    total="10.00",
    grade="差",
    findings=[
        ("unmapped-first-level", ""),   # 项目决策 / 项目管理 / 项目产出 / 项目效益 map to no category of `project`
        ("category-empty", ""),         # 产出指标, 效益指标, 满意度指标 get no indicator
    ],
    absent=["budget-rate-mismatch", "missing-label", "weights-not-summing", "form-weight-overridden"],
    arithmetic="""Kind: title 银川市本级部门项目支出绩效自评表(2021年) holds 项目支出绩效自评表, and 项目名称 -> project; scheme
project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10). Year: "(2021年)" (年 inside brackets) -> 2021.

Budget: header row 4 (C 年初预算数, D 调整预算数(A) -> 调整预算数 = 全年预算数, E 全年执行数(B), F 执行率(B/A)); A4:A5
项目资金(万元) is the block label; label column B; total row 年度资金总额 (row 5): 64.8 / 64.8 / 64.8, 执行率 100%.
No 分值 column, no (N分) on the block -> the form declares no 预算执行 weight.
预算执行率 = 64.8 / 64.8 = 100% -> 预算执行 = 10 x 1 = 10 (scheme weight). Reported 100% agrees.

Indicator header row 7 (参考分值 = 分值 alias, 指标值(A), 全年实际值(B) = 实际完成值 alias, 得分; the heading
未完成原因分析及改进措施 is not among SPEC's aliases of 偏差原因分析及改进措施, so it is not read).
一级 labels, with "(N分)" removed and a trailing 指标/目标 forgiven: 项目决策, 项目管理, 项目产出, 项目效益 — none is
产出指标 / 效益指标 / 效果指标 / 满意度指标 / 服务对象满意度指标 ("项目产出" is not "产出") -> every indicator row
(8-16, 18, 20, 22-24, 27, 30) is an 错误 unmapped-first-level and is not scored. Rows whose 三级 is only
"指标1:" / "指标2:" with no values are placeholders (skipped).
Form weights: the (N分) on the 一级 labels belong to unmapped groups and declare no weight of a scheme category
-> scheme weights.
产出指标 0, 效益指标 0, 满意度指标 0 (category-empty). Total = 10 + 0 + 0 + 0 = 10.00 -> 差 (the officer: 自评得分 98).""",
    notes="""Ningxia's 银川市本级 project form scores a project on four 一级 parts — 项目决策(10分), 项目管理(25分),
项目产出(30分), 项目效益(35分, with 服务对象满意度指标(10分) as a 二级 inside it) — with the 10号 产出/效益 breakdown
pushed down to 二级 (数量指标(10分) …). It is the 2013 (53号) 决策-管理-产出-效益 frame, not the 10号 产出/效益/满意度 one.
The page is an OCR'd preview of the .docx (cells run together, characters misread); the grid is rebuilt from
the form's columns (一级 | 二级 | 三级 | 参考分值 | 指标值(A) | 全年实际值(B) | 得分 | 未完成原因分析及改进措施) and only
plain OCR garbage was corrected: 实施第位->实施单位, 财政审1度评分->财政审核评分 (a guess), 项Fl资金(万兀)->项目资金(万元),
年初预匏数->年初预算数, 调整预算将,A、->调整预算数(A), 考值参分->参考分值, 指标值(八)->指标值(A), 测第->测算,
顼目产出->项目产出, IO->10, M.8万元->14.8万元, "一" in the 指标值 column -> "—" (the form's dash). The text of the
年度总体目标完成情况 cell is illegible ("公,4") and left empty; "行个" and the cell contents are kept as read. Where a
row shows no dash (可行性, 适当性) the 指标值 cell is left empty. The copy ends at the 满意度 row ("学生和老…"): that row
and the closing rows are not typed — they are under 一级 项目效益 too, so they would not change the score.
What it teaches: the project scheme maps none of this form's 一级 names, so a table the officer scored 98 gets
10 (budget only) and one 错误 per indicator — a reviewer needs a scheme for this form (or a mapping of 项目产出 ->
产出指标, 项目效益 -> 效益指标) before the score means anything. Also: the 项目决策/项目管理 rows have no targets
(a dash) and text actuals; the officer's 预算执行率 row scores itself 9/10 at 100%.""",
))
