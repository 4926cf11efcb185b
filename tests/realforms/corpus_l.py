"""Corpus L: a Yunnan 项目支出绩效自评表 of the older provincial form (施甸县农业农村局, published 2022 for the
2019年新型农业经营主体扶持项目: 单位名称 / 填报日期 above the table, 项目类别 and 项目属性 checkbox rows, a
预算执行情况(万元)(20分) block with 预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率) and no 年初预算数, an
indicator table headed 年度绩效目标1(80分) with 年初目标值(A) / 实际完成值(B) / 得分 and no 分值 column, units written
in the 三级指标 names, a 总分 row with the officer's own 71.7, and the closing rows 偏差大或目标未完成原因分析 and
改进措施及结果应用方案).

Found in the stored copies of published pages (search corpus "pages", 24 look-ups by province, city and project
type over 云南, 宁夏, 福建, 河北, 北京, 上海, 山东 and 海南; the other hits were either already in the corpus, reports
without a table, or OCR text too garbled to type cell by cell). The stored copy holds only the first ~2,000
characters of the page; it ends inside the 改进措施及结果应用方案 text, and nothing past that point is typed. Cells are
typed as published (spellings, marks, the officer's own figures); where the extracted text lost the grid, the
form's usual layout was rebuilt, and the table's ``notes`` say how. The expected result is worked by hand from
SPEC.md (and README's 取舍 where SPEC is silent).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 云南 保山 施甸县农业农村局 — 项目支出绩效自评表, 2019年新型农业经营主体扶持项目 (填报日期 2022年7月5日)
#    (the pre-10号 Yunnan project form: 预算执行情况(万元)(20分) + 年度绩效目标1(80分), no 分值 column, no year,
#    650 万元 budgeted and 94 spent, self-scores proportional to the actual and never capped, 总分 71.7)
# ---------------------------------------------------------------------------------------------------
_SHIDIAN_COPIED = r"""索引号 | 01525910-3-/2022-0803002 | 发布机构 | 施甸县农业农村局 |
公开目录 | 绩效评价 | 发布日期 | 2022-08-03 |
文号 | 浏览量 | 28 |
项目支出绩效自评表 |
||||||
单位名称:施甸县农业农村局 | 填报日期:2022年7月5日 | |||||
项目名称 | 2019年新型农业经营主体扶持项目 | |||||
主管部门 | 施甸县人民政府 | 项目实施单位 | 施甸县农业农村局 | |||
项目类别 | 1、部门预算项目 □ 2、上级专项 þ | |||||
项目属性 | 1、持续性项目 □ 2、新增性项目þ | |||||
预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
||
年度财政资金总额 | 650 | 94 | 0.1 | 2.9 | ||
年度绩效目标1 (80分) |
一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标 | 数量指标 | 扶持发展新型农业经营主体 (个) |
15 | 6 | 8.0 | |
数量指标 | 带动贫困户(人) | 11442 | 4164 | 7.3 | ||
效益指标 | 经济效益指标 | 新型经营主体实现产值(%) | 8000 | 12767.36 | 31.9 | |
经济效益指标 | 新型经营主体助农增收 (元) |
1980 | 2074 | 10.5 | ||
满意度指标 | 服务对象满意度指标 | 满意度(%) | 90 | 100 | 11.1 | |
总分 | 71.7 | |||||
偏差大或 目标未完成 原因分析 |
一是相关台账不健全,部分新型农业经营主体提供带动建档立卡户发展的相关支撑材料不足,与扶持奖补要求和标准有差距;二是新型农业经营主体自身发展状况欠佳,带动建档立卡户发展的能力有限;三是项目执行先建后补,有的经营主体没有带动建档立卡户,或建设内容与项目扶持奖补不符,不具备扶持奖补条件,经现场核实综合评价后据实补贴,资金结余,没有100%执行完毕。 | |||||
改进措施及 结果应用方案 |
一是加大新型农业经营主体管理指导力度,增强管理意识,健全内部管理制度,规范业务管"""

# Grid (7 columns: every line of the copy is padded to 7 cells, so each row is one line, the "\n||" after the
# budget header being that row's padding): A = block labels (项目名称, 主管部门, 项目类别, 项目属性, the heading over the
# budget's label column, the budget row's label, 年度绩效目标1 merged down the indicator table, 总分 and the closing
# labels); budget block: B..E = 预算数(A), 执行数(B), 执行率(B/A), 得分; indicator table: B = 一级指标 (merged down its
# group), C = 二级指标 (repeated on each row, as printed), D = 三级指标, E = 年初目标值(A), F = 实际完成值(B),
# G = 得分. A space inside a cell of the copy (a line break of the printed cell) is typed "\n". The website's
# metadata lines (索引号, 发布机构, 发布日期 …) are the page's, not the form's, and are not typed.
_shidian = {
    "A1": "项目支出绩效自评表",
    "A2": "单位名称:施甸县农业农村局", "E2": "填报日期:2022年7月5日",
    "A3": "项目名称", "B3": "2019年新型农业经营主体扶持项目",
    "A4": "主管部门", "B4": "施甸县人民政府", "D4": "项目实施单位", "E4": "施甸县农业农村局",
    # the checkbox rows: "þ" is the Wingdings tick exported as text
    "A5": "项目类别", "B5": "1、部门预算项目 □ 2、上级专项 þ",
    "A6": "项目属性", "B6": "1、持续性项目 □ 2、新增性项目þ",
    # the budget block: the heading over the label column carries the form's "(20分)"; no 年初预算数, no 分值 column
    "A7": "预算执行情况(万元)(20分)", "B7": "预算数(A)", "C7": "执行数(B)", "D7": "执行率(B/A)",
    "E7": "得分\n(20分*执行率)",
    # 94 / 650 = 14.46%, reported as 0.1 (a General cell) and 得分 2.9 (= 20 x 14.46% on the form's 20 points)
    "A8": "年度财政资金总额", "B8": 650, "C8": 94, "D8": 0.1, "E8": 2.9,
    # the indicator table: no 分值 column; the units stand in the 三级指标 names, the targets are bare numbers
    "A9": "年度绩效目标1\n(80分)", "B9": "一级指标", "C9": "二级指标", "D9": "三级指标", "E9": "年初目标值(A)",
    "F9": "实际完成值(B)", "G9": "得分",
    "B10": "产出指标", "C10": "数量指标", "D10": "扶持发展新型农业经营主体\n(个)", "E10": 15, "F10": 6, "G10": 8.0,
    "C11": "数量指标", "D11": "带动贫困户(人)", "E11": 11442, "F11": 4164, "G11": 7.3,
    # 31.9 = 20 x 12767.36 / 8000: the officer's own 20 points, not capped
    "B12": "效益指标", "C12": "经济效益指标", "D12": "新型经营主体实现产值(%)", "E12": 8000, "F12": 12767.36,
    "G12": 31.9,
    "C13": "经济效益指标", "D13": "新型经营主体助农增收\n(元)", "E13": 1980, "F13": 2074, "G13": 10.5,
    "B14": "满意度指标", "C14": "服务对象满意度指标", "D14": "满意度(%)", "E14": 90, "F14": 100, "G14": 11.1,
    # the officer's total: 2.9 + 8.0 + 7.3 + 31.9 + 10.5 + 11.1 = 71.7
    "A15": "总分", "G15": 71.7,
    "A16": "偏差大或\n目标未完成\n原因分析",
    "B16": "一是相关台账不健全,部分新型农业经营主体提供带动建档立卡户发展的相关支撑材料不足,与扶持奖补要求和标准有差距;"
           "二是新型农业经营主体自身发展状况欠佳,带动建档立卡户发展的能力有限;三是项目执行先建后补,有的经营主体没有带动"
           "建档立卡户,或建设内容与项目扶持奖补不符,不具备扶持奖补条件,经现场核实综合评价后据实补贴,资金结余,没有100%"
           "执行完毕。",
    # the stored copy ends inside this text
    "A17": "改进措施及\n结果应用方案",
    "B17": "一是加大新型农业经营主体管理指导力度,增强管理意识,健全内部管理制度,规范业务管",
}

TABLES.append(Table(
    slug="yunnan_shidian_new_agri_entities_2019",
    province="云南",
    kind="project",
    url="https://shidian.gov.cn/info/4312/182383.htm",
    copied=_SHIDIAN_COPIED,
    rows=_sheet(_shidian),
    merges=["A1:G1", "A2:D2", "E2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:G5", "B6:G6", "A9:A14", "B10:B11",
            "B12:B13", "A15:F15", "B16:G16", "B17:G17"],
    scheme="project",
    categories={"预算执行": "1.45", "产出指标": "19.10", "效益指标": "30.00", "满意度指标": "10.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="60.54",
    grade="中",
    findings=[
        ("scheme-auto", ""),
        ("missing-label", ""),               # no 年度 label and no year the title rule reads
        ("budget-rate-mismatch", "D8"),      # typed 0.1 (10% at most), computed 94 / 650 = 14.46%
        ("form-weight-overridden", "A7"),    # "(20分)" over the label column: 预算执行 20, the scheme's 10 scores
        ("weights-split", ""),               # no 分值 column: every category weight split equally
        ("self-score-mismatch", "G10"),      # 8.0 typed, 25 x 6/15 = 10 computed
        ("self-score-mismatch", "G11"),      # 7.3 typed, 25 x 4164/11442 = 9.10 computed
        ("self-score-mismatch", "G12"),      # 31.9 typed, 15 computed
        ("self-score-mismatch", "G13"),      # 10.5 typed, 15 computed
        ("self-score-mismatch", "G14"),      # 11.1 typed, 10 computed
        ("self-score-above-weight", "G12"),  # 31.9 > w = 15
        ("self-score-above-weight", "G14"),  # 11.1 > w = 10
        ("far-above-target", ""),            # 实现产值 12767.36 against 8000 (159.6%)
        ("reason-missing", ""),              # R10, R11 below full marks, and the table has no reason column
    ],
    absent=["budget-score-mismatch", "form-weight-used", "level-points-mismatch", "weights-not-summing",
            "weights-partly-filled", "weight-unreadable", "budget-total-empty", "budget-parts-mismatch",
            "execution-above-100", "rate-zero-budget", "yuan-converted", "unmapped-first-level", "category-empty",
            "target-missing", "actual-missing", "target-unreadable", "not-quantified", "qualitative-no-band",
            "bare-number-at-most", "text-actual-on-number", "equal-missed", "strict-met-by-equality",
            "looks-like-fraction", "total-mismatch", "number-taken-from-text", "approximate-actual"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): A1 "项目支出绩效自评表" contains 项目支出绩效自评表 (and 项目名称 A3 is a key/value label above
the indicator header) -> project; --scheme auto -> project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10;
form_weights = true); scheme-auto 提示.
Labels (SPEC 2.1, 2.4): 项目名称 B3; 主管部门 B4; 项目实施单位 (alias of 实施单位) E4. "单位名称:施甸县农业农村局" (A2) holds
its value in its own cell: by the list-prefix rule what follows the ":" is matched, 施甸县农业农村局, no label (and a
project table needs no 部门(单位)名称). 年度: no cell labelled 年度; above the header no cell holds a year followed by
年度 or by 年 inside brackets ("填报日期:2022年7月5日" and "2019年新型农业经营主体扶持项目" hold 年 outside brackets) ->
missing-label 错误 (SPEC 4: 年度 is a required label). The workbook is still scored.

Budget table (SPEC 2.4): row 7 holds 预算数(A) (= 全年预算数, alias 预算数, "(A)" dropped by the bracket rule) and
执行数(B) (= 全年执行数, alias 执行数): two of the three figure headings -> the budget header; 执行率(B/A) -> 执行率 and
"得分\\n(20分*执行率)" -> 得分 (white space removed, the trailing bracketed group dropped); no 年初预算数 and no 分值
column. Label column A (A8 年度财政资金总额, a cell of its own); A7 is the heading over the label column and names
no figure. Budget rows: row 8 only (row 9 is the indicator header). 年度财政资金总额 is none of 年度资金总额 / 资金总额 /
总额 / 合计 / 小计 (matched as labels, not by containment), so the total row is the first budget row, row 8:
全年预算数 650, 全年执行数 94 (万元: nothing says 元). No parts.
预算执行率 = 94 / 650 = 14.4615...% (< 100%: no execution-above-100) -> 预算执行 = 10 x 94/650 = 94/65 = 1.446153... ->
1.45. No 年初预算数: no 预算调整率 (no indicator asks for one).
Form weight for 预算执行: the total row has no 分值; the "(20分)" stands in A7, the heading over the label column, on
the header row and merged over nothing. SPEC 2.4 names "a '(N分)' in the budget block's label ('预算执行情况(20分)')"
and defines the block label as "a cell merged over several rows"; its example is this very heading, which the reader
takes as declaring (README 取舍; this table's first reading, by the definition's letter, declared nothing) -> the form
declares 预算执行 20. Reported 执行率 D8 = 0.1 in a General cell: as typed 0.1%, or as a fraction (README 取舍) 10%;
either differs from 14.46% by more than 0.5 pp -> budget-rate-mismatch (D8). Reported 得分 E8 = 2.9 against the
computed score on the form's own 分值 (SPEC 2.4): 20 x 94/650 = 376/130 = 2.8923; |2.9 - 2.8923| = 0.0077 <= 0.01 ->
no budget-score-mismatch.

Indicator header row 9 (SPEC 2.1): 一级指标, 二级指标, 三级指标, 年初目标值(A) (alias of 指标值 once "(A)" falls away),
实际完成值(B) (= 实际完成值), 得分 (alias of 自评得分). No 分值, 度量单位, operator or reason column. A9:A14
"年度绩效目标1\\n(80分)" is a label merged down the table's left (declares nothing: SPEC 2.4 "Labels elsewhere
('年度绩效目标1(40分)') declare nothing"). Rows 10-14 are indicators. Row 15: 总分 over A15:F15 covers the 一级, 二级
and 三级 columns -> a total row, skipped (its 71.7 is not read; no 自评总分 label, so nothing compares it). Row 16
"偏差大或\\n目标未完成\\n原因分析" (normalised 偏差大或目标未完成原因分析) is a closing row -> the table ends.
一级: 产出指标 (B10:B11), 效益指标 (B12:B13), 满意度指标 (B14) -> the scheme's three indicator categories. No 一级
label carries "(N分)" and no 分值 is typed -> the form declares no weight for them -> not every category declared
(SPEC 3.1) -> the scheme's weights score, and a 警告 names the declared 预算执行 20 against the scheme's 10
(form-weight-overridden, A7); 预算执行 scores 10 x 94/650 as above.
Values (SPEC 2.3): every target is a bare number with no unit (no 度量单位 column; the units in the 三级 names are
not read) -> at least: no 二级 成本指标 or 时效指标, and no 三级 contains 成本, 费用, 单价, 超支, 事故, 投诉, 差错, 时限,
用时 or 时长 -> no bare-number-at-most. No 三级 contains a rate name of SPEC 3.4.
Weights (SPEC 3.2): no 分值 at all -> each category weight split equally (weights-split 提示); "where no 分值 was
typed, s is on the scale of w".

预算执行 = 94/65 = 1.446153...
产出指标 (50): 2 indicators, w = 25 each.
  R10 扶持发展新型农业经营主体(个): t = 15, a = 6 < 15 -> 25 x 6/15 = 10. s = 8.0 vs 10 -> self-score-mismatch (G10).
      Below full marks and no 偏差原因分析及改进措施 (the table has no such column) -> reason-missing.
  R11 带动贫困户(人): t = 11442, a = 4164 -> 25 x 4164/11442 = 17350/1907 = 9.098059...; s = 7.3 -> self-score-mismatch
      (G11); below full marks, no reason -> reason-missing.
  产出指标 = 10 + 17350/1907 = 36420/1907 = 19.098059... -> 19.10.
效益指标 (30): 2 indicators, w = 15 each.
  R12 新型经营主体实现产值(%): t = 8000, a = 12767.36 >= 8000 -> 15; 12767.36/8000 = 159.59% >= 130% ->
      far-above-target 提示. s = 31.9 > w = 15 -> self-score-above-weight (G12) and self-score-mismatch (G12).
  R13 新型经营主体助农增收(元): t = 1980, a = 2074 -> 15 (2074/1980 = 104.7%); s = 10.5 vs 15 -> self-score-mismatch
      (G13). Full marks -> no reason-missing.
  效益指标 = 30.
满意度指标 (10): 1 indicator, w = 10.
  R14 满意度(%): t = 90, a = 100 -> 10 (100/90 = 111.1% < 130%); s = 11.1 > 10 -> self-score-above-weight (G14) and
      self-score-mismatch (G14).
  满意度指标 = 10.
Total (SPEC 3: nothing rounded before the total) = 94/65 + 36420/1907 + 30 + 10 = 7504758/123955 = 60.544213... ->
60.54 -> 中 (>= 60, < 80). (The rounded categories add up to 60.55.) The officer's 总分 71.7 adds his own uncapped
scores: 2.9 + 8.0 + 7.3 + 31.9 + 10.5 + 11.1.""",
    notes="""Yunnan (保山 施甸县) 项目支出绩效自评表 of the 施甸县农业农村局 for the 2019年新型农业经营主体扶持项目 (an 上级专项,
新增性项目), filled on 2022-07-05 and published on the county site on 2022-08-03 under 绩效评价. It is the older Yunnan
form (the family of the Hubei department form in corpus_b): 单位名称 and 填报日期 above the table, 项目类别 and
项目属性 checkbox rows, 预算执行情况(万元)(20分) with 预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率) and one
row 年度财政资金总额, an indicator block 年度绩效目标1(80分) without a 分值 column, 总分 and the closing rows
偏差大或目标未完成原因分析 and 改进措施及结果应用方案. It is the corpus's first project table of this form.
Source: the county page's table flattened with " | ", every line padded to 7 cells (empty cells at the end of a
line printed as bare "|"); merged cells appear once (产出指标 and 效益指标 on their first row only, while 二级
数量指标 and 经济效益指标 are printed on each row and typed so); lines broken inside a cell of the copy ("扶持发展新型
农业经营主体 (个) |\\n15") are the flattener's. The 7-column grid is rebuilt with A as the label column of every block
(the Hubei layout of corpus_b): the budget headings and figures in B..E beside A7 / A8, 年度绩效目标1(80分) merged down
A9:A14 at the left of the indicator table (its header row has 7 cells, its indicator rows 6), 总分 laid over A:F
with 71.7 under 得分, the closing texts over B:G. The figures are typed as numbers, as printed (0.1, 2.9, 8.0 …).
The page's metadata lines (索引号 … 浏览量) are not part of the form and are not typed. The stored copy ends inside
the 改进措施及结果应用方案 text ("规范业务管"); nothing after it is typed.
Real defects: (1) no year anywhere on the table (the project name's "2019年" is the project's, the 填报日期 2022);
(2) 94 of 650 万元 spent (14.46%), the 执行率 written 0.1 (a rounded fraction) and 得分 2.9 (20 x 14.46% on the form's
20 points, which the project scheme gives 10); (3) self-scores proportional to the actual and never capped: the
officer's points are evidently 20 / 20 / 20 / 10 / 10 (80 in all: 8.0 = 20 x 6/15, 7.3 = 20 x 4164/11442, 31.9 =
20 x 12767.36/8000, 10.5 = 10 x 2074/1980, 11.1 = 10 x 100/90), so 31.9 exceeds its 20 and 10.5 and 11.1 their 10,
and the 总分 71.7 adds them; (4) a target of 8000 for 新型经营主体实现产值 marked "(%)" (an amount, not a percentage),
exceeded by 60%; (5) the units live in the 三级 names ((个), (人), (%), (元)), the targets are bare numbers; (6) two
indicators below target with no per-row reason (the form has only the overall 偏差大或目标未完成原因分析 text).
What SPEC does not settle here: whether "(20分)" in the heading over the budget's label column (SPEC 2.4's own
example, "预算执行情况(20分)") is "the budget block's label" — SPEC defines the block label as a cell merged over
several rows; the reader takes the heading as declaring (README 取舍), so the officer's 2.9 on the form's 20 points
is right and no warning says otherwise; whether reason-missing applies when the
table has no reason column at all (SPEC 4 says "an indicator below full marks with no 偏差原因分析及改进措施", read
here as applying); the overall 偏差大或目标未完成原因分析 text, which SPEC reads as a closing row only; the 总分 row's
officer total, which SPEC skips (it compares a total only under a 自评总分 label, README 取舍).""",
))
