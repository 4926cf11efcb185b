"""Corpus C: project tables from provinces not in corpora A and B (北京, 山东).

Found in the stored copies of published pages (search corpus "pages"); those copies hold only the first
~2,000 characters of a page, so both tables end where the stored copy ends, and nothing past that point
is typed. Cells are typed as published (spellings, marks, the officer's own figures); where the extracted
text lost the grid, the province's usual layout was rebuilt, and each table's ``notes`` say how.
The expected results are worked by hand from SPEC.md only.

``TABLES`` holds the tables the reader can read. ``UNREADABLE`` holds a real table that SPEC's reader must
refuse (SPEC §6: no indicator header row, exit code 2); it is kept, typed, so that the day SPEC lists its
headings as aliases it can move to ``TABLES``; until then tests/test_realforms.py checks that it is refused
as SPEC says (its ``refusal``: the code, and the sheet, row and missing columns the message names; exit 2,
no output).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []
UNREADABLE: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 北京 海淀区学院路街道 — 项目支出绩效自评表(2016年度), 自管道路清扫保洁外包工作经费
#    (Beijing 2016 form: 年初预算数(A)/全年执行数(B)/分值(10分)/执行率/得分/得分计算方法; indicator
#    table with 分值 LEFT of 年度指标值(A), a 得分计算方法 column between 全年实际值(B) and 得分)
# ---------------------------------------------------------------------------------------------------
_HAIDIAN_COPIED = r"""项目支出绩效自评表.doc

项目支出绩效自评表.doc

ID:60761775

大小:43.50 KB

页数:2页

时间:2020-12-15

项目支出绩效自评表.doc_第1页
项目支出绩效自评表.doc_第2页
资源描述:

《项目支出绩效自评表.doc》由会员上传分享,免费在线阅读,更多相关内容在教育资源-天天文库

1、项目支出绩效自评表(2016年度)           项目名称【体制】自管道路清扫保洁外包工作经费主管部门及代码北京市海淀区人民政府学院路街道办事处实施单位:北京市海淀区学院路街道城市运行服务中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:310.2154.741050%5执行率*该指标分值,最高不得超过分值上限。其中:本年一般公共预算拨款 310.2154.74   其他资金     年度总体目标通过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用,明确专项资金使用目的,实现科学管

2、理,充分发挥项目资金在地区自管小区、小广告、三级以下道路、无主垃圾渣土清运及重大活动环境卫生保障工作中的作用,将自管道路保洁进行外包,更好的服务于本地区政治、经济、文化等各项事业的发展按照年初设定目标,将辖区20条城市道路清扫保洁、4处居民生活区小广场清扫保洁业务通过公开招投标方式进行了外包,通过地区自管道路清扫保洁外包项目的实施,使地区环境卫生及社区环境更加优美,为建设全国文明城区及建设美丽学院路做出了贡献绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分未完成原因分析数量指标是否完成绩效目标申报表中申报的数量12.51

3、2.512.5完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。12.5 产出指标(50分)质量指标是否达到国"""

# Grid (9 columns): A = block labels (项目资金(万元), 年度总体目标, 绩效指标) and 一级指标; B = budget-row labels /
# 二级指标; C… = the figures / 三级指标, 分值, 年度指标值(A), 全年实际值(B), 得分计算方法, 得分, 未完成原因分析.
_haidian = {
    "A1": "项目支出绩效自评表(2016年度)",
    "A2": "项目名称", "B2": "【体制】自管道路清扫保洁外包工作经费",
    "A3": "主管部门及代码", "B3": "北京市海淀区人民政府学院路街道办事处",
    "F3": "实施单位:", "G3": "北京市海淀区学院路街道城市运行服务中心",
    "A4": "项目资金(万元)", "C4": "年初预算数(A)", "D4": "全年执行数(B)", "E4": "分值(10分)",
    "F4": "执行率(B/A)", "G4": "得分", "H4": "得分计算方法",
    "B5": "年度资金总额:", "C5": 310.2, "D5": 154.74, "E5": 10, "F5": "50%", "G5": 5,
    "H5": "执行率*该指标分值,最高不得超过分值上限。",
    "B6": "其中:本年一般公共预算拨款", "C6": 310.2, "D6": 154.74,
    "B7": "其他资金",
    "A8": "年度总体目标",
    "B8": "通过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用,明确专项资金使用目的,实现科学管理,充分发挥"
          "项目资金在地区自管小区、小广告、三级以下道路、无主垃圾渣土清运及重大活动环境卫生保障工作中的作用,将自管道路"
          "保洁进行外包,更好的服务于本地区政治、经济、文化等各项事业的发展",
    "F8": "按照年初设定目标,将辖区20条城市道路清扫保洁、4处居民生活区小广场清扫保洁业务通过公开招投标方式进行了外包,"
          "通过地区自管道路清扫保洁外包项目的实施,使地区环境卫生及社区环境更加优美,为建设全国文明城区及建设美丽学院路"
          "做出了贡献",
    "A9": "绩效指标",
    "A10": "一级指标", "B10": "二级指标", "C10": "三级指标", "D10": "分值", "E10": "年度指标值(A)",
    "F10": "全年实际值(B)", "G10": "得分计算方法", "H10": "得分", "I10": "未完成原因分析",
    "A11": "产出指标(50分)", "B11": "数量指标", "C11": "是否完成绩效目标申报表中申报的数量",
    "D11": 12.5, "E11": 12.5, "F11": 12.5,
    "G11": "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。", "H11": 12.5,
    "I11": None,
}

TABLES.append(Table(
    slug="beijing_haidian_xueyuanlu_road_cleaning_2016",
    province="北京",
    kind="project",
    url="https://www.wenku365.com/s-60761775.html",
    copied=_HAIDIAN_COPIED,
    rows=_sheet(_haidian),
    merges=["A1:I1", "B2:I2", "B3:E3", "G3:I3", "A4:A7", "H5:I7", "B8:E8", "F8:I8", "A9:I9"],
    scheme="project",
    categories={"预算执行": "0.00", "产出指标": "50.00", "效益指标": "0.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="50.00",
    grade="差",
    findings=[
        ("missing-label", ""),            # no 全年预算数 anywhere: the form has 年初预算数(A) and 全年执行数(B) only
        ("weights-not-summing", ""),      # 产出指标: the only 分值 is 12.5, scaled to the category's 50
        ("level-points-mismatch", ""),    # "产出指标(50分)" against its indicators' 分值 12.5
        ("category-empty", ""),           # 效益指标, 满意度指标: not in the stored copy
        ("budget-score-mismatch", "G5"),  # the officer's 5 against 预算执行's computed 0 (no 全年预算数)
    ],
    absent=["budget-rate-mismatch", "execution-above-100", "self-score-mismatch",
            "reason-missing", "target-missing", "actual-missing", "form-weight-overridden", "form-weight-used",
            "unmapped-first-level", "budget-parts-mismatch", "budget-total-empty"],
    arithmetic="""Kind: A2 项目名称 (and the title 项目支出绩效自评表(2016年度)) -> project; --scheme auto -> project
(预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true).
Year: the title cell A1 holds "(2016年度)" -> 2016. 项目名称 = B2. 主管部门及代码 matches no label (shown nowhere, no
finding: 主管部门 is optional); 实施单位: (F3, colon dropped) -> G3.

Budget table (SPEC 2.4): row 4 holds 年初预算数(A) -> 年初预算数 and 全年执行数(B) -> 全年执行数 (two of the three figure
headings, "(A)"/"(B)" dropped by the bracket rule), 分值(10分) -> 分值, 执行率(B/A) -> 执行率, 得分 -> 得分; 得分计算方法
names nothing. A4 项目资金(万元) is the block label (merged down over A4:A7, so it does not count); the label column is
B, the leftmost column where budget rows hold text in a cell of their own (年度资金总额:, 其中:…, 其他资金).
Total row: 年度资金总额: (row 5) -> 年初预算数 310.2, 全年执行数 154.74, 分值 10, 执行率 50%, 得分 5.
Parts: 其中:本年一般公共预算拨款 310.2 / 154.74 (= total); 其他资金 empty (no money). No parts mismatch.
There is no 全年预算数 column -> missing-label (全年预算数, an 错误, SPEC 4): 预算执行 scores 0 and no rate is computed, so
the officer's 50% is compared with nothing (no budget-rate-mismatch, no execution finding); the officer's 得分 5 is
checked against the computed 预算执行 score (SPEC 2.4), which is 0: |5 - 0| > 0.01 -> budget-score-mismatch 警告 (G5).
(An earlier reading of this table compared the 5 with nothing as well; SPEC 2.4 checks the 得分 against the computed
score, and SPEC 4 says what that score is without 全年预算数: 0.) (The form's own rate is B/A = 154.74 / 310.2 = 49.88%, which the officer rounded to 50%.)

Indicator header row 10: 一级指标, 二级指标, 三级指标, 分值, 年度指标值(A) -> 指标值, 全年实际值(B) -> 实际完成值, 得分 ->
自评得分, 未完成原因分析 -> 偏差原因分析及改进措施; 得分计算方法 is an extra column (ignored). Column order is free (2).
Row 11 (the only row in the stored copy): 一级 产出指标(50分), 二级 数量指标, 三级 是否完成绩效目标申报表中申报的数量,
分值 12.5, target 12.5 (bare number: at least; no limit word in the name, 二级 is not 成本), actual 12.5, 自评得分 12.5.

Form weights (3.1): 预算执行 declared 10 (total row 分值); 产出指标 declared 50 by its label (the label wins over the 分值
sum 12.5 -> level-points-mismatch); 效益指标 and 满意度指标 declare nothing -> not every category declares -> the
scheme's weights score (10/50/30/10); no declared weight differs from the scheme's -> no form-weight finding.
产出指标 (50): every indicator has a 分值 (12.5) but they sum to 12.5 != 50 -> scaled to 50 (weights-not-summing).
  R11: w = 12.5 x 50 / 12.5 = 50; a = 12.5 >= t = 12.5 -> 50.
  自评得分 s = 12.5 on v = 12.5, read as s x w / v = 12.5 x 50 / 12.5 = 50 = computed -> no self-score-mismatch.
  Full marks -> no reason-missing. 产出指标 = 50.
效益指标 (30): no indicator -> 0 (category-empty). 满意度指标 (10): none -> 0 (category-empty).
Total = 0 + 50 + 0 + 0 = 50.00 -> 差 (< 60).""",
    notes="""Beijing's 2016 项目支出绩效自评表 (the form SPEC's Guizhou table also descends from): the budget block has
only 年初预算数(A) and 全年执行数(B) with 分值(10分), 执行率(B/A), 得分 and a 得分计算方法 text column; the indicator
table puts 分值 LEFT of 年度指标值(A)/全年实际值(B), then a 得分计算方法 text column, then 得分 and 未完成原因分析.
Source: a document-sharing site's text preview of the published .doc (three preview chunks "1、", "2、", "3、",
which cut the text at arbitrary points: "实现科学管 | 理", "12.51 | 2.512.5"). The chunk markers are not cells.
Grid rebuilt (the preview runs all cells together): A/B/C… as in the comment above; "310.2154.741050%5" is read
as 310.2 | 154.74 | 10 | 50% | 5 (the only split where B/A gives the reported 50%: 154.74/310.2 = 49.88%); the
part row "310.2154.74" likewise. The 年度总体目标 text is two cells (年初设定目标 / 完成情况: the second begins
"按照年初设定目标"). In the indicator row, "…申报的数量12.51" + "2.512.5" joins to "12.512.512.5": 分值 12.5, 年度指标值
12.5, 全年实际值 12.5; after the 得分计算方法 text comes 得分 12.5. "产出指标(50分)" appears in the text after that row
(the merged 一级 cell printed mid-block); it is typed in A11, the block's first row. 实施单位: is typed as a label
cell with its value beside it (the colon suggests a label cell). The copy ends inside the second indicator row
("质量指标 | 是否达到国…"): that row and all after it are not typed, so 效益指标 and 满意度指标 score 0 here.
Real defects / what it teaches: (1) as with Guizhou, SPEC cannot score 预算执行 on this form (no 全年预算数; the
form's own denominator is the 年初 budget); (2) the officer wrote the 分值 (12.5) as the target and the actual —
the indicator is really qualitative ("是否完成…") — so the row scores full on a meaningless 12.5 >= 12.5;
(3) the one 产出 indicator carries 12.5 of the label's 50 points (the rest are in rows the copy lacks).""",
))


# ---------------------------------------------------------------------------------------------------
# 2. 山东 济南市历城区文化馆 — 区级部门预算项目支出绩效自评表(2019年度), 商品和服务支出
#    (Shandong district form: 预期指标值(A) / 实际完成指标值(B) headings, "-" placeholder rows, 一级 cells that
#    carry only "(50分)", 年度总体目标 above the budget block, 项目负责人/联系电话 on the 实施单位 row)
# ---------------------------------------------------------------------------------------------------
_LICHENG_COPIED = r"""当前位置:首页 >> 内容详情内容详情

区级部门预算项目支出绩效自评表

发布时间:2020-04-27 发布者:admin

( 2019 年度)
主管部门(盖章):                                       单位:万元
项目名称 商品和服务支出 主管部门 济南市历城区文化和旅游局
项目实施单位 济南市历城区文化馆 项目负责人 田延青 联系电话 88894492
年度总体目标 年初设定目标 年度总体目标完成情况综述
历城区文化馆免费开放 用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。
项目预算
执行情况
(10分)
  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法
年度资金总额 45 45 10 100% 10 执行率*该指标分值,最高不得超过分值上限。
其中:财政拨款 45 45 - - -
      其他资金     - - -









一级
指标
二级
指标
三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法




(50分)
数量指标 全年免费开放 100% 100% 12.5 12.5  
定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。
定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。
-          
质量指标 免费开放管理制度健全、执行有效性 100% 100% 12.5 12.5  
-          
时效指标 免费开放率 100% 100% 12.5 12.5  
-          
成本指标 实际成本与工作内容的匹配程度 45万 45万 12.5 12.5  
-          
- -          




(30分)
经济效益
指标
承担重要公益服务项目、助推民生事业发展 100% 100% 10 10  
-          
社会效益
指标
促进基本公共文化服务标准化均等化,保障群众基本文化权益。满足广大人民群众接受素质教育、"""

# Grid (9 columns): A = block labels / 一级指标; B = budget-row labels / 二级指标; C = 年初预算数(A) / 三级指标; …
_licheng = {
    "A1": "区级部门预算项目支出绩效自评表",
    "A2": "( 2019 年度)",
    "A3": "主管部门(盖章):", "G3": "单位:万元",
    "A4": "项目名称", "B4": "商品和服务支出", "E4": "主管部门", "F4": "济南市历城区文化和旅游局",
    "A5": "项目实施单位", "B5": "济南市历城区文化馆", "E5": "项目负责人", "F5": "田延青", "G5": "联系电话",
    "H5": "88894492",
    "A6": "年度总体目标", "B6": "年初设定目标", "E6": "年度总体目标完成情况综述",
    "B7": "历城区文化馆免费开放",
    "E7": "用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。",
    "A8": "项目预算\n执行情况\n(10分)",
    "C8": "年初预算数(A)", "D8": "全年执行数(B)", "E8": "分值", "F8": "执行率(B/A)", "G8": "得分", "H8": "得分计算方法",
    "B9": "年度资金总额", "C9": 45, "D9": 45, "E9": 10, "F9": "100%", "G9": 10,
    "H9": "执行率*该指标分值,最高不得超过分值上限。",
    "B10": "其中:财政拨款", "C10": 45, "D10": 45, "E10": "-", "F10": "-", "G10": "-",
    "B11": "      其他资金", "E11": "-", "F11": "-", "G11": "-",
    "A12": "一级\n指标", "B12": "二级\n指标", "C12": "三级指标", "D12": "预期指标值(A)", "E12": "实际完成指标值(B)",
    "F12": "分值", "G12": "得分", "H12": "未完成原因", "I12": "得分计算方法",
    "A13": "(50分)",
    "B13": "数量指标", "C13": "全年免费开放", "D13": "100%", "E13": "100%", "F13": 12.5, "G13": 12.5,
    "I13": "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n定性指标计算:根据“三档”"
           "原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。",
    "C14": "-",
    "B15": "质量指标", "C15": "免费开放管理制度健全、执行有效性", "D15": "100%", "E15": "100%", "F15": 12.5, "G15": 12.5,
    "C16": "-",
    "B17": "时效指标", "C17": "免费开放率", "D17": "100%", "E17": "100%", "F17": 12.5, "G17": 12.5,
    "C18": "-",
    "B19": "成本指标", "C19": "实际成本与工作内容的匹配程度", "D19": "45万", "E19": "45万", "F19": 12.5, "G19": 12.5,
    "C20": "-",
    "B21": "-", "C21": "-",
    "A22": "(30分)",
    "B22": "经济效益\n指标", "C22": "承担重要公益服务项目、助推民生事业发展", "D22": "100%", "E22": "100%",
    "F22": 10, "G22": 10,
    "C23": "-",
}

UNREADABLE.append(Table(
    slug="shandong_jinan_licheng_culture_centre_2019",
    province="山东",
    kind="project",
    url="http://jnslcqwhg.cn/newsinf_id_308.html",
    copied=_LICHENG_COPIED,
    rows=_sheet(_licheng),
    merges=["A1:I1", "A2:I2", "A3:F3", "G3:I3", "B4:D4", "F4:I4", "B5:D5", "H5:I5", "A6:A7", "B6:D6",
            "E6:I6", "B7:D7", "E7:I7", "A8:A11", "H9:I11", "I12:I23", "A13:A21", "B13:B14", "B15:B16",
            "B17:B18", "B19:B20", "A22:A23", "B22:B23"],
    scheme="project",
    refusal=("missing-column", "工作表“Sheet1”", "第 12 行", "“指标值”“实际完成值”"),
    categories={},
    total="",
    grade="",
    findings=[],
    arithmetic="""SPEC verdict: the file cannot be used (SPEC 6), exit code 2, one Chinese message naming the file, no output.
Why: SPEC 2.1's indicator header row must hold 一级指标, 二级指标, 三级指标, 指标值 and 实际完成值 (aliases listed there).
Row 12 holds 一级指标 ("一级\\n指标" with white space removed), 二级指标, 三级指标, but "预期指标值(A)" normalises (bracket
rule) to 预期指标值 and "实际完成指标值(B)" to 实际完成指标值; neither is 指标值 / 实际完成值 nor one of their aliases
(年度指标值, 年初指标值, 年初目标值, 目标值, 绩效目标值, 指标目标值 / 完成值, 全年实际值, 全年完成值, 实际值), and nothing
matches by containment (SPEC 2). No other row holds the headings, and no sheet is named 整体绩效目标申报表 -> "no
indicator header row" -> refused (exit 2, `check` and `process` alike).
Had the two headings been recognised, SPEC would read: kind project (项目名称 A4; the title's normal form contains
项目支出绩效自评表); year 2019 from "( 2019 年度)"; a budget table at row 8 (年初预算数(A), 全年执行数(B), 分值, 执行率(B/A),
得分) with no 全年预算数 -> missing-label and 预算执行 0, as for Beijing; 一级 "(50分)"/"(30分)" have an empty name ->
unmapped-first-level 错误 on every indicator row; the "-" rows are not placeholders in SPEC's sense ("-" is not
指标N/……/等/其他) but have an empty 指标值 and 实际完成值 and a non-empty 三级 ("-") -> indicator rows with missing
target (target-missing, "-" is a missing target) — so that reading would score 0 throughout.""",
    notes="""Shandong (Jinan, 历城区) district form 区级部门预算项目支出绩效自评表, 2019, a culture centre's free-opening
funds. Source: the centre's own site, an HTML table flattened to text (cells separated by spaces, empty cells as
runs of spaces, merged cells printed once, vertical text broken into lines).
Grid rebuilt (9 columns): title / "( 2019 年度)" / "主管部门(盖章):" … "单位:万元" / 项目名称 + 主管部门 / 项目实施单位 +
项目负责人 + 联系电话 / 年度总体目标 (年初设定目标 | 年度总体目标完成情况综述) / the budget block under the tall label
"项目预算执行情况(10分)" (A8:A11), its header starting with an empty cell over the label column / the indicator table.
In the budget rows the part rows hold "-" in 分值, 执行率 and 得分 (pre-printed dashes); 其他资金 keeps its leading
spaces. Indicator rows: each 二级 has one filled row and one row holding only "-" (typed in the 三级 column, the
row's first unmerged cell); after 成本指标 a row "- -" (二级 and 三级 both "-"); the 得分计算方法 text is one cell merged
down the indicator rows (I13:I23). The 一级 cells read only "(50分)" and "(30分)" after four empty lines: the
page's text has no 一级 name there (probably 产出指标 / 效益指标 written vertically and lost in the page's HTML) —
typed verbatim, not guessed. The copy ends inside the 社会效益指标 row (三级 cut mid-sentence): that row and all
after it are not typed.
Real defects / what it teaches: (1) the headings 预期指标值(A) and 实际完成指标值(B) are not in SPEC's alias lists, so
SPEC's reader refuses the whole table (see report: a SPEC gap, not a tool bug); (2) no 全年预算数 (B/A on the 年初
budget, as in Beijing and Guizhou); (3) "45万" targets/actuals, "100%" on qualitative-named indicators (制度健全、执行
有效性); (4) "-" placeholder rows that SPEC's placeholder list (指标N, ……, 等, 其他) does not name.""",
))
