"""Corpus J: a Hunan township 部门整体支出绩效自评表 (衡山县贯塘乡人民政府, 2023: the unit labelled 预算部门、单位名称, a
年度预算申请(万元) block whose budget header ends in 自评得分, and under the total row two side-by-side breakdowns
written as "label:figure" text, 按收入性质分 and 按支出性质分), published with its 部门整体支出绩效评价基础数据表 on the
county site.

No department table from 湖北, 湖南, 江西, 河南, 安徽 or 广西 other than those already in the corpus was found in the
stored copies of published pages (search corpus "pages", 45 look-ups by province, city, county, township and the
forms' typical headings); this is the only new one. The stored copies hold only the first ~2,000 characters of a
page, and this one ends inside the 年度总体目标 row, before the indicator table: nothing past that point is typed.
Cells are typed as published (spellings, marks, the officer's own figures); where the extracted text lost the grid,
the province's usual layout was rebuilt, and the table's ``notes`` say how. The expected result is worked by hand
from SPEC.md only.

``TABLES`` is empty. ``UNREADABLE`` holds the table: as stored it has no indicator header row, so SPEC's reader
must refuse it (SPEC §6, exit code 2); tests/test_realforms.py checks that it is refused as SPEC says (its
``refusal``: the code, and what the message names). The day a fuller copy of the page is found, the indicator
table can be typed below the 年度总体目标 row and the table moved to ``TABLES``.
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []
UNREADABLE: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 湖南 衡山县贯塘乡人民政府 — 2023年度部门整体支出绩效自评表 (附件二), with 附件一 2023年度部门整体支出绩效评价基础数据表
#    (Hunan's township department form: 预算部门、单位名称; 年度预算申请(万元) with 年初预算数 / 全年预算数 / 全年执行数 /
#    分值 / 执行率 / 自评得分; under 年度资金总额 the breakdowns 按收入性质分 (一般公共预算, 政府性基金拨款, 纳入专户管理的
#    非税收入拨款, 其他资金) and 按支出性质分 (基本支出, 项目支出) as "label:figure" text; the stored copy ends inside
#    the 年度总体目标 row)
# ---------------------------------------------------------------------------------------------------
_GUANTANG_COPIED = r"""2023年贯塘乡人民政府决算编制说明

411001-衡山县贯塘乡人民政府2023年部门决算公开

附件一

2023年度部门整体支出绩效评价基础数据表

 

财政供养人员情况(人

编制数

2023 年实际在职人数

控制率

46

50

108.70%

经费控制情况(万元

2022 年决算数

2023 年预算数

2023 年决算数

三公经费:

0

0

0

1、公务用车购置和维护经费

0

0

0

其中:公车购置

0

0

0

公车运行维护

0

0

0

2、出国经费

0

0

0

3、公务接待

0

0

0

项目支出:

874.20

308.17

1025.20

1、业务工作经费




2、运行维护经费




……




3、省级专项资金(每个专项一行




……




公用经费

118.31

85.76

193.42

其中:办公经费

29.35

27.00

49.09

水费、电费、差旅费

8.80

13.00

12.64

会议费、培训费

4.92

3.00

5.42

政府采购金额



部门基本支出预算调整



 

楼堂馆所控制情况

2023 年完工项目

 

批复规模(㎡

 

实际规(㎡)

 

规模控制

 

预算投资

(万元

 

实际投资

(万元

投资概算控制






厉行节约保障措施


说明:项目支出需要填报基本支出以外的所有项目支出情况,公用经费填报基本支出中的一般商品和服务支出。

 

 

附件二

2023年度部门整体支出绩效自评表

预算部门、单位名称

衡山县贯塘乡人民政府

 

 

年度预算申请

(万元


年初预算数

全年预算数

全年执行数

分值

执行率

自评得分

年度资金总额

861.10

2030.12

2030.12

10

100%

10

按收入性质分:2030.12

按支出性质分:1925.67

其中: 一般公共预算:1325.68

其中:基本支出:900.47

政府性基金拨款:118.82

项目支出:1025.20

纳入专户管理的非税收入拨款:


其他资金:585.62


 

 

年度总体目标

预期目标

实际完成情况

搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展"""

# 附件二, the self-evaluation table (the main sheet, 8 columns): A = block labels (预算部门、单位名称, 年度预算申请(万元 merged
# down its rows, 年度总体目标); B = the unit's name / budget-row labels / 预期目标; C..H = 年初预算数, 全年预算数, 全年执行数,
# 分值, 执行率, 自评得分; the breakdown rows hold two text cells each, 按收入性质分… over B:D and 按支出性质分… over E:H;
# E = 实际完成情况 (over E:H). A line break inside a printed cell ("年度预算申请 / (万元") is typed "\n". The closing
# brackets the copy lacks ("(万元", "(人") are not supplied.
_guantang = {
    "A1": "2023年度部门整体支出绩效自评表",
    "A2": "预算部门、单位名称", "B2": "衡山县贯塘乡人民政府",
    # the budget block: its header row has an empty cell (B3) between the block label and 年初预算数
    "A3": "年度预算申请\n(万元",
    "C3": "年初预算数", "D3": "全年预算数", "E3": "全年执行数", "F3": "分值", "G3": "执行率", "H3": "自评得分",
    "B4": "年度资金总额", "C4": 861.10, "D4": 2030.12, "E4": 2030.12, "F4": 10, "G4": "100%", "H4": 10,
    # the two breakdowns, figures written into the label text
    "B5": "按收入性质分:2030.12", "E5": "按支出性质分:1925.67",
    "B6": "其中: 一般公共预算:1325.68", "E6": "其中:基本支出:900.47",
    "B7": "政府性基金拨款:118.82", "E7": "项目支出:1025.20",
    "B8": "纳入专户管理的非税收入拨款:",
    "B9": "其他资金:585.62",
    "A10": "年度总体目标", "B10": "预期目标", "E10": "实际完成情况",
    # the stored copy ends here, inside the 预期目标 text
    "B11": "搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展",
    "H11": None,
}

# 附件一, the 基础数据表 (an extra sheet, 7 columns): A = row labels; B..D = 编制数 / 2023 年实际在职人数 / 控制率, then
# 2022 年决算数 / 2023 年预算数 / 2023 年决算数; the 楼堂馆所 block uses B..G. Empty cells of the copy are left empty.
_guantang_base = _sheet({
    "A1": "2023年度部门整体支出绩效评价基础数据表",
    "A2": "财政供养人员情况(人", "B2": "编制数", "C2": "2023 年实际在职人数", "D2": "控制率",
    "B3": 46, "C3": 50, "D3": "108.70%",
    "A4": "经费控制情况(万元", "B4": "2022 年决算数", "C4": "2023 年预算数", "D4": "2023 年决算数",
    "A5": "三公经费:", "B5": 0, "C5": 0, "D5": 0,
    "A6": "1、公务用车购置和维护经费", "B6": 0, "C6": 0, "D6": 0,
    "A7": "其中:公车购置", "B7": 0, "C7": 0, "D7": 0,
    "A8": "公车运行维护", "B8": 0, "C8": 0, "D8": 0,
    "A9": "2、出国经费", "B9": 0, "C9": 0, "D9": 0,
    "A10": "3、公务接待", "B10": 0, "C10": 0, "D10": 0,
    "A11": "项目支出:", "B11": 874.20, "C11": 308.17, "D11": 1025.20,
    "A12": "1、业务工作经费",
    "A13": "2、运行维护经费",
    "A14": "……",
    "A15": "3、省级专项资金(每个专项一行",
    "A16": "……",
    "A17": "公用经费", "B17": 118.31, "C17": 85.76, "D17": 193.42,
    "A18": "其中:办公经费", "B18": 29.35, "C18": 27.00, "D18": 49.09,
    "A19": "水费、电费、差旅费", "B19": 8.80, "C19": 13.00, "D19": 12.64,
    "A20": "会议费、培训费", "B20": 4.92, "C20": 3.00, "D20": 5.42,
    "A21": "政府采购金额",
    "A22": "部门基本支出预算调整",
    "A23": "楼堂馆所控制情况\n2023 年完工项目", "B23": "批复规模(㎡", "C23": "实际规(㎡)", "D23": "规模控制",
    "E23": "预算投资\n(万元", "F23": "实际投资\n(万元", "G23": "投资概算控制",
    "A25": "厉行节约保障措施",
    "A26": "说明:项目支出需要填报基本支出以外的所有项目支出情况,公用经费填报基本支出中的一般商品和服务支出。",
})

UNREADABLE.append(Table(
    slug="hunan_hengshan_guantang_township_dept_2023",
    province="湖南",
    kind="department",
    url="http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html",
    copied=_GUANTANG_COPIED,
    rows=_sheet(_guantang),
    merges=["A1:H1", "B2:H2", "A3:A9", "B5:D5", "E5:H5", "B6:D6", "E6:H6", "B7:D7", "E7:H7", "B8:D8", "E8:H8",
            "B9:D9", "E9:H9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11"],
    sheet="附件二",
    extra_sheets={"附件一": _guantang_base},
    scheme="department-overall",
    refusal=("no-header", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值"),
    categories={},
    total="",
    grade="",
    findings=[],
    arithmetic="""SPEC verdict: the file cannot be used (SPEC 6: "no indicator header row"), exit code 2, one Chinese message
naming the file and the headings a header row needs, no output.
Why (SPEC 2.1): no sheet is named 整体绩效目标申报表 (the sheets are 附件二 and 附件一), so the declaration sheet is "the
first sheet holding an indicator header row": a row that holds ALL of 一级指标, 二级指标, 三级指标, 指标值 and 实际完成值
(or their aliases: 年度指标值 … for 指标值, 完成值 / 全年完成值 … for 实际完成值). No cell of either sheet is any of these
headings: 附件二 stops at row 11 (the 年度总体目标 text, where the stored copy ends), before its 年度绩效指标 block; 附件一
is the 基础数据表 (编制数, 决算数, 预算数 …), which has no indicator table at all. Nothing matches by containment (SPEC 2),
so "实际完成情况" (E10) is no 实际完成值 and "年度预算申请" no 指标值. -> no sheet holds a header row -> refused; there is
no declaration sheet, so the message need not name a sheet (SPEC 6: "the sheet/cell where there is one").
The copy is not refused for being a project table or for a missing column: it is a department table (SPEC 2.4: no
key/value label 项目名称 and no cell containing 项目支出绩效自评表 or 项目绩效自评表 above where the header would be; the
title is 部门整体支出绩效自评表), and no row comes close enough to a header for a column to be "missing".

What SPEC would read once the indicator table is typed below row 11 (worked here so that moving the table to TABLES
needs only the indicator part):
- 部门(单位)名称: A2 "预算部门、单位名称": by the list-prefix rule (SPEC 2, 2.1) what follows the last "、" is matched:
  "单位名称", which README's 取舍 (and forms.toml) accept as 部门(单位)名称 -> B2 衡山县贯塘乡人民政府.
- 年度: no cell labelled 年度; the first cell above the header holding a year followed by 年度 is A1
  "2023年度部门整体支出绩效自评表" -> 2023.
- Budget table (SPEC 2.4): header row 3 holds 年初预算数 (C), 全年预算数 (D), 全年执行数 (E) -> a budget header; 分值 (F)
  and 执行率 (G) are optional headings; "自评得分" (H) is NOT among SPEC's optional headings for the budget table (得分 /
  执行率得分), but the reader takes it as 得分 (forms.toml, beyond SPEC, README), so the officer's budget score is read. A3:A9 "年度预算申请\\n(万元" is the block label (merged over rows; "(万元"
  does not say 元). Label column B (B4 年度资金总额 in a cell of its own). Row 4 is the total row (年度资金总额): 年初 861.10,
  全年 2030.12, 执行 2030.12, 分值 10, 执行率 "100%". Row 5's figure cells C5, D5 (covered by the merge B5:D5) hold
  "按收入性质分:2030.12", text that is neither a figure nor a no-money mark -> the budget table ends at row 4: no
  parts are read (so no parts-mismatch finding either way).
  预算执行率 = 2030.12 / 2030.12 = 100% -> 预算执行 = 10 x 1 = 10 (the officer's 100% agrees; the form's 分值 10 = the
  scheme's 10). 预算调整率 = |2030.12 - 861.10| / 861.10 = 1169.02 / 861.10 = 135.76% (116902/86110, rounded half-up),
  to be used if an indicator names 预算调整率.
- No "三公经费" / 公用经费 / 政府采购 labels on 附件二 and no 资金执行情况 sheet; 附件一's figures (公用经费 2023 预算数 85.76,
  决算数 193.42; 三公经费 0 / 0) sit on a sheet SPEC does not read and under row labels that are not SPEC's key/value
  labels (公用经费 is not 公用经费预算数), so 公用经费控制率 (193.42 / 85.76 = 225.54%) would not be computed.""",
    notes="""Hunan (衡阳 衡山县) 2023 部门整体支出绩效自评表 of 贯塘乡人民政府 (附件二 of its 2023 部门决算公开), published on the
county site after 附件一, the 部门整体支出绩效评价基础数据表. Source: the page's text, one cell per paragraph; the page's
own headings ("2023年贯塘乡人民政府决算编制说明", "411001-衡山县贯塘乡人民政府2023年部门决算公开", "附件一", "附件二")
are not typed. Grid rebuilt on the Hunan township layout (see the comments above the cells): 附件二, the
self-evaluation table, is the main sheet (it carries the merges); 附件一 is typed as an extra sheet after it (the
page prints it first; an extra sheet carries no merges, so its 楼堂馆所 block is typed without them). The empty
paragraphs of the copy are empty cells: B3 (between the block label and 年初预算数), E8 and E9 (no 按支出性质分 entry
beside 纳入专户管理的非税收入拨款 and 其他资金). "楼堂馆所控制情况" and "2023 年完工项目" are typed as one cell with a line
break (the form's label and the year line under it). The closing brackets missing in the copy ("(人", "(万元", "(㎡",
"(每个专项一行") are typed as the copy has them, not supplied. The stored copy ends inside the 预期目标 text of the
年度总体目标 row ("…服务市场主体和营造发展"): the rest of that text, the 实际完成情况, the indicator table and the closing
rows are not typed, so the table is refused here, for want of its indicator header.
Real figures and defects: (1) 全年预算数 2030.12 against a 年初预算数 of 861.10 万元: the budget was more than doubled
during the year (预算调整率 135.76%); (2) the two breakdowns disagree: 按收入性质分 2030.12 (= 1325.68 + 118.82 + 0 +
585.62, and = 全年执行数) but 按支出性质分 1925.67 (= 900.47 + 1025.20): 104.45 万元 of the 2030.12 spent belong to
neither 基本支出 nor 项目支出; (3) 附件一: 50 staff in post against 46 posts (控制率 108.70% = 50/46), 项目支出 1025.20
against a 预算数 of 308.17, 公用经费 193.42 against 85.76 (办公经费 49.09 against 27.00), and the 项目支出 detail rows
(业务工作经费 …) left empty though 项目支出 is 1025.20.
What it teaches (SPEC gaps, none of which changes the refusal): the budget header's score column is headed 自评得分,
which SPEC 2.4 does not list for the budget table (得分 / 执行率得分 only), so by SPEC's letter the officer's budget score
could never be checked (the reader now takes it as 得分); the parts are written as "label:figure" text in merged cells, in two parallel breakdowns (by income and by
expenditure nature), which SPEC 2.4's parts (one row per part, figures in the figure columns) do not cover — SPEC
ends the budget table at the first of them, and the 1925.67 / 2030.12 disagreement goes unseen; the unit's label
预算部门、单位名称 is read only through the list-prefix rule and README's 单位名称.""",
))
