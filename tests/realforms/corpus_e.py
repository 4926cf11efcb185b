"""Corpus E: a Hunan county 县级专项资金绩效目标自评表 (no 项目名称, no 分值/得分 columns, so SPEC reads it as a
department table), and a Hainan provincial 项目绩效自评表 that is a scoring framework without targets or
actuals (refused).

Found in the stored copies of published pages (search corpus "pages"); those copies hold only the first
~2,000 characters of a page, so each table ends where the stored copy ends, and nothing past that point
is typed. Cells are typed as published (spellings, marks, the officer's own figures); where the extracted
text lost the grid, the province's usual layout was rebuilt, and each table's ``notes`` say how.
The expected results are worked by hand from SPEC.md only.

``TABLES`` holds the tables the reader can read. ``UNREADABLE`` holds a real table that SPEC's reader must
refuse (SPEC §6: a required column missing, exit code 2); it is kept, typed, so that the day SPEC can read such
a form it can move to ``TABLES``; until then tests/test_realforms.py checks that it is refused as SPEC says
(its ``refusal``: the code, and what the message names).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []
UNREADABLE: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 湖南 衡山县商务和粮食局 — 2020年度县级专项资金绩效目标自评表, 县级储备粮
#    (Hunan/衡阳 county form descended from the central 转移支付 区域绩效目标自评表: 专项资金名称 instead of
#    项目名称; budget block 全年预算数(A)/全年执行数(B)/执行率(B/A) with no 年初预算数, 分值 or 得分; indicator
#    table 年度指标值/全年完成值/未完成原因和改进措施 with no 分值 and no 得分; a "说明" row before the note)
# ---------------------------------------------------------------------------------------------------
_HENGSHAN_COPIED = r"""2020年度县级专项资金绩效目标自评表.docx
《2020年度县级专项资金绩效目标自评表.docx》由会员分享,可在线阅读,更多相关《2020年度县级专项资金绩效目标自评表.docx(2页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。
1、2020年度县级专项资金绩效目标自评表专项资金名称县级储备粮负责人及电话旷建成、向建军县级主管部门衡山县商务和粮食局实施单位粮食调控储备与产业发展股项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额194.9194.9100%其中:中央、省、市补助县级资金194.9194.9100%其他资金年度 总体 目标年初设定目标全年实际完成情况保持和稳定地方粮食储备机制地方储备粮食规模达标绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标5000吨稻谷、500吨成 品粮储备到位率100%100%库存数量真实率100%
2、100%质量 指标县级储备粮管理制 度严格执行率100%100%储备粮管理专户管 理率100%100%县级储备粮库存粮 食明显变质比例00时效 指标县级储备粮贷款付 息及时率100%100%县级储备粮应急保 障率100%100%成本 指标国家政策性粮收购 价格执行率100%100%县级储备粮库存成 本核算率100%100%效益 指标经济 效益 指标利息费用保障率100%100%政策性挂账利息补 贴保障率100%无没有轮换、动用库存绩效 指标效 益 指 标生态 效益 指标低温、低氧、低剂量 科学保粮率100%100%食品安全指标达标 率100%100%可持 续影 响指标粮食储备设备维 护及安全性
3、高高满意 度指 标服务 对象 满意 度指 标因粮食市场波动引 起的粮食安全事件 发生数0起0起市民满意度调查290%100%说明无注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自"""

# Grid (7 columns): A = block labels (专项资金名称, 县级主管部门, 项目资金(万元), 年度总体目标, 绩效指标, 说明, 注);
# B = key values / budget-row labels / 一级指标; C = 二级指标; D = 全年预算数(A) / 三级指标; E = 全年执行数(B) /
# 年度指标值 (also 负责人及电话, 实施单位 labels and 全年实际完成情况); F = 执行率(B/A) / 全年完成值; G = 未完成原因和改进措施.
# A space inside a cell of the copy (a line break of the printed cell, vertical text) is typed "\n".
_hengshan = {
    "A1": "2020年度县级专项资金绩效目标自评表",
    "A2": "专项资金名称", "B2": "县级储备粮", "E2": "负责人及电话", "F2": "旷建成、向建军",
    "A3": "县级主管部门", "B3": "衡山县商务和粮食局", "E3": "实施单位", "F3": "粮食调控储备与产业发展股",
    "A4": "项目资金(万元)", "D4": "全年预算数(A)", "E4": "全年执行数(B)", "F4": "执行率(B/A)",
    "B5": "年度资金总额", "D5": 194.9, "E5": 194.9, "F5": "100%",
    "B6": "其中:中央、省、市补助县级资金", "D6": 194.9, "E6": 194.9, "F6": "100%",
    "B7": "其他资金",
    "A8": "年度\n总体\n目标", "B8": "年初设定目标", "E8": "全年实际完成情况",
    "B9": "保持和稳定地方粮食储备机制", "E9": "地方储备粮食规模达标",
    "A10": "绩\n效\n指\n标", "B10": "一级\n指标", "C10": "二级\n指标", "D10": "三级指标", "E10": "年度指标\n值",
    "F10": "全年\n完成值", "G10": "未完成原因和\n改进措施",
    "B11": "产\n出\n指\n标",
    "C11": "数量\n指标", "D11": "5000吨稻谷、500吨成\n品粮储备到位率", "E11": "100%", "F11": "100%",
    "D12": "库存数量真实率", "E12": "100%", "F12": "100%",
    "C13": "质量\n指标", "D13": "县级储备粮管理制\n度严格执行率", "E13": "100%", "F13": "100%",
    "D14": "储备粮管理专户管\n理率", "E14": "100%", "F14": "100%",
    "D15": "县级储备粮库存粮\n食明显变质比例", "E15": 0, "F15": 0,
    "C16": "时效\n指标", "D16": "县级储备粮贷款付\n息及时率", "E16": "100%", "F16": "100%",
    "D17": "县级储备粮应急保\n障率", "E17": "100%", "F17": "100%",
    "C18": "成本\n指标", "D18": "国家政策性粮收购\n价格执行率", "E18": "100%", "F18": "100%",
    "D19": "县级储备粮库存成\n本核算率", "E19": "100%", "F19": "100%",
    "B20": "效益\n指标",
    "C20": "经济\n效益\n指标", "D20": "利息费用保障率", "E20": "100%", "F20": "100%",
    "D21": "政策性挂账利息补\n贴保障率", "E21": "100%", "F21": "无", "G21": "没有轮换、动用库存",
    "A22": "绩效\n指标", "B22": "效\n益\n指\n标",
    "C22": "生态\n效益\n指标", "D22": "低温、低氧、低剂量\n科学保粮率", "E22": "100%", "F22": "100%",
    "D23": "食品安全指标达标\n率", "E23": "100%", "F23": "100%",
    "C24": "可持\n续影\n响指标", "D24": "粮食储备设备维\n护及安全性", "E24": "高", "F24": "高",
    "B25": "满意\n度指\n标",
    "C25": "服务\n对象\n满意\n度指\n标", "D25": "因粮食市场波动引\n起的粮食安全事件\n发生数", "E25": "0起", "F25": "0起",
    "D26": "市民满意度调查", "E26": "290%", "F26": "100%",
    "A27": "说明", "B27": "无",
    "A28": "注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自",
}

TABLES.append(Table(
    slug="hunan_hengshan_county_grain_reserve_2020",
    province="湖南",
    kind="department",
    url="https://taowenge.com/p-72820237.html",
    copied=_HENGSHAN_COPIED,
    rows=_sheet(_hengshan),
    merges=["A1:G1", "B2:D2", "F2:G2", "B3:D3", "F3:G3", "A4:A7", "A8:A9", "B8:D8", "E8:G8", "B9:D9", "E9:G9",
            "A10:A21", "B11:B19", "C11:C12", "C13:C15", "C16:C17", "C18:C19", "B20:B21", "C20:C21",
            "A22:A26", "B22:B24", "C22:C23", "B25:B26", "C25:C26", "B27:G27", "A28:G28"],
    scheme="department-overall",
    categories={"预算执行": "10.00", "投入管理": "0.00", "产出指标": "40.00", "效益指标": "26.72"},
    weights={"预算执行": "10.00", "投入管理": "20.00", "产出指标": "40.00", "效益指标": "30.00"},
    total="76.72",
    grade="中",
    findings=[
        ("missing-label", ""),            # 部门(单位)名称: a department table, and the form has none
        ("category-empty", ""),           # 投入管理: no 一级 投入管理指标 on a project-style form
        ("weights-split", ""),            # no 分值 column: 40/9 per 产出 row, 30/6 per 效益 row
        ("not-applicable", ""),           # F21 "无" against the target 100%
        ("not-quantified", "E24"),        # 效益指标: qualitative target 高
        ("bare-number-at-most", "E18"),   # 二级 成本指标: bare "100%" read as at most (E18, E19)
        ("bare-number-at-most", "E20"),   # 利息费用保障率: the 三级 name contains 费用 -> at most
        ("reason-missing", "G26"),        # R26 市民满意度调查 below full marks, its reason cell (G26) empty
        ("scheme-auto", ""),
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "execution-above-100", "missing-sheet", "target-missing", "actual-missing", "target-unreadable",
            "unmapped-first-level", "text-actual-on-number", "qualitative-no-band", "self-score-mismatch",
            "self-score-above-weight", "weights-not-summing", "form-weight-overridden", "form-weight-used",
            "level-points-mismatch", "number-taken-from-text", "approximate-actual"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): no key/value label 项目名称 (the form says 专项资金名称, which matches no label), and no cell above the
indicator header whose normal form contains 项目支出绩效自评表 or 项目绩效自评表 (the title A1 is
"2020年度县级专项资金绩效目标自评表": 绩效目标自评表 only; "项目资金(万元)" is no marker) -> a department table;
--scheme auto -> department-overall (预算执行 10, 投入管理 20, 产出指标 40, 效益指标 30; form_weights = false).
Labels: no 部门(单位)名称 anywhere -> missing-label (错误, SPEC 4) -> not clean. 年度: no cell is the label 年度 (A8
"年度\\n总体\\n目标" normalises to 年度总体目标); the first cell above the header holding a year followed by 年度 is A1
"2020年度…" -> 2020.

Budget table (SPEC 2.4): row 4 holds 全年预算数(A) -> 全年预算数 and 全年执行数(B) -> 全年执行数 (two of the three figure
headings, "(A)"/"(B)" dropped by the bracket rule) and 执行率(B/A) -> 执行率; no 年初预算数, no 分值, no 得分. A4
项目资金(万元) is merged over A4:A7 (the block's label, does not count); label column B. Budget rows 5-7; row 8 has text
in the figure columns (D8 covered by B8:D8 "年初设定目标", E8 "全年实际完成情况") -> the table ends at row 7.
Total row 5 年度资金总额: 全年预算数 194.9, 全年执行数 194.9, 执行率 "100%". Parts: 其中:中央、省、市补助县级资金
194.9 / 194.9 (sum of parts = total: no parts finding); 其他资金 empty = 0.
预算执行率 = 194.9 / 194.9 = 100% -> 预算执行 = 10 x min(100%, 1) = 10. The officer's 100% equals it (no rate finding);
no 得分 typed (no score finding); no 分值 -> the form declares no 预算执行 weight.

Indicator header row 10: 一级指标, 二级指标, 三级指标 ("一级\\n指标" etc., white space removed), "年度指标\\n值" ->
年度指标值 -> 指标值, "全年\\n完成值" -> 全年完成值 -> 实际完成值. "未完成原因和改进措施" is none of SPEC's aliases of
偏差原因分析及改进措施 (未完成原因分析 / 未完成原因 / 偏差原因 / 偏差原因分析 / 原因分析; nothing by containment); the
reader takes it as the reason column all the same (forms.toml, beyond SPEC, like 未完成原因及拟采取的改进措施), and its
cells are empty here, so by either reading no row has a reason. No 分值, no 自评得分, no 度量单位, no operator column.
Rows 11-26 are indicators (A10:A21 and A22:A26 "绩效指标" are outside the table's columns). Row 27 "说明 | 无" -> note
row (first cell is 说明), skipped; row 28 "注:1、…" -> note row; then the end of the sheet.
一级 names: 产出指标 (B11), 效益指标 (B20, repeated in B22 where the second page's part of the table starts),
满意度指标 (B25) -> 产出指标 and 效益指标 (department-overall maps 效果指标, 效益指标, 满意度指标 to 效益指标).
No form weights: no "(N分)" on any 一级 label, no 分值; form_weights = false anyway -> scheme weights 10/20/40/30.

预算执行 = 10.
投入管理 (20): no indicator -> 0 (category-empty 警告; the total is not rescaled).
产出指标 (40): 9 indicators, none not applicable, no 分值 -> split equally, w = 40/9 each (weights-split 提示).
  R11-R14 "100%" bare -> at least 100 (no limit word in the names, 二级 数量/质量指标); actual 100% -> 100 >= 100 -> w.
  R15 县级储备粮库存粮食明显变质比例: target 0 bare -> at least 0 (变质, 比例 are in no limit list); actual 0 >= 0 -> w.
  R16 R17 (时效指标) "100%": unit % is no duration -> at least; 100 >= 100 -> w.
  R18 R19: 二级 "成本\\n指标" = 成本指标 -> bare "100%" means at most 100 (bare-number-at-most 提示, E18 and E19);
      actual 100 <= 100 -> w.
  产出指标 = 9 x 40/9 = 40.
效益指标 (30): rows R20, R21, R22, R23, R24 (一级 效益指标) and R25, R26 (一级 满意度指标).
  R21 政策性挂账利息补贴保障率: actual "无", target 100% (neither 无 nor 0) -> not applicable (not-applicable 提示),
      removed before the weights are worked out -> 6 indicators share 30: w = 30/6 = 5 each (weights-split).
  R20 利息费用保障率: the 三级 name contains 费用 (a limit word of 2.3) -> bare "100%" means at most 100
      (bare-number-at-most 提示, E20; an 保障率 read as a ceiling); actual 100 <= 100 -> 5.
  R22 低温、低氧、低剂量科学保粮率 100% vs 100% -> 5. R23 食品安全指标达标率 -> 5.
  R24 粮食储备设备维护及安全性: qualitative target "高"; actual "高" equals it -> 达成 -> 100% x 5 = 5 (no 自评得分);
      a qualitative target in 效益指标 -> not-quantified (E24).
  R25 因粮食市场波动引起的粮食安全事件发生数: "0起" bare -> at least 0 (事件 is not 事故: no limit word); actual "0起"
      -> 0 >= 0 -> 5.
  R26 市民满意度调查: "290%" bare -> at least 290; actual 100 < 290 -> 5 x 100 / 290 = 50/29 = 1.7241…; below full
      marks and no reason -> reason-missing.
  效益指标 = 5 x 5 + 50/29 = 775/29 = 26.7241… -> 26.72.
Total = 10 + 0 + 40 + 775/29 = 2225/29 = 76.7241… -> 76.72 -> 中 (>= 60, < 80).""",
    notes="""Hunan (衡阳 衡山县) 2020 county special-fund self-evaluation, 县级储备粮 (grain reserve), filled by the county
商务和粮食局 on the 县级专项资金绩效目标自评表 — a copy of the central 转移支付 区域绩效目标自评表 (全年预算数(A) /
全年执行数(B) / 执行率(B/A); 年度指标值 / 全年完成值 / 未完成原因和改进措施; no 分值 and no 得分 anywhere).
Source: a document-sharing site's text preview of the published .docx (three preview chunks "1、", "2、", "3、", which
cut the text at arbitrary points: "…库存数量真实率100% | 100%…", "…维护及安全性 | 高高…"; the chunk markers are not cells).
Grid rebuilt on the form's layout (7 columns, see the comment above the cells). Splits of the run-together figures:
"194.9194.9100%" -> 194.9 | 194.9 | 100% (B/A = 100%), on the total and the 其中 row alike; each indicator row is
"<三级><年度指标值><全年完成值>[<未完成原因>]": "…变质比例00" -> 0 | 0, "…补贴保障率100%无没有轮换、动用库存" -> 100% | 无 |
没有轮换、动用库存, "高高" -> 高 | 高, "0起0起" -> 0起 | 0起, "市民满意度调查290%100%" -> 290% | 100%. Spaces inside the
copy's cells are the printed cells' line breaks (and vertical headings "产 出 指 标"), typed as "\\n". The repeated
"绩效 指标" and "效 益 指 标" after the 政策性挂账 row are the table's second page, where the printed form restates the
tall 绩效指标 and 效益指标 cells: typed as a second block (A22, B22). "说明 | 无" is the form's 说明 row; the copy ends
inside the first note ("…共同投入到同一项目的自"), and nothing after that is typed.
Real defects: (1) the 满意度 target is printed "290%" — almost surely "≥90%" with ≥ turned into "2" (the same damage
shows in other previews of this form family, "目标值为2X"), typed as the copy has it: SPEC reads an unreachable target
of 290% and the row scores 50/29 of 5; (2) a quality indicator 变质比例 written as a bare 0 (really a ceiling), and a
粮食安全事件发生数 0起 put under 服务对象满意度指标 — both score full as "at least 0"; (3) 国家政策性粮收购价格执行率 put
under 成本指标, and 利息费用保障率 (its name holds 费用), so SPEC reads their bare 100% as ceilings (both score full
either way); (4) one 效益 row answered 无
with a reason (没有轮换、动用库存) — not applicable; (5) a qualitative 效益 target 高; (6) no 分值/得分 at all, so the
officer scored nothing on the form.
What it teaches: this Hunan project-level form names the project 专项资金名称, so SPEC 2.4 (markers 项目名称 /
项目支出绩效自评表 / 项目绩效自评表) reads it as a department table: department-overall scores it, 投入管理 (20) is
empty, and 部门(单位)名称 is reported missing. By its content it is a project table (the project scheme would weigh
预算执行 10 / 产出 50 / 效益 30 / 满意度 10); SPEC has no marker for 专项资金名称 or 专项资金绩效目标自评表 (a SPEC gap).""",
))


# ---------------------------------------------------------------------------------------------------
# 2. 海南 省商务厅 — 服务贸易项目绩效自评表 (the provincial 项目绩效自评表: a 绩效评价 scoring framework,
#    项目决策 / 项目管理 / 项目绩效 with 分值 at each of the three levels and 得分, but no target and no actual)
# ---------------------------------------------------------------------------------------------------
_HAINAN_COPIED = r"""服务贸易项目绩效自评表.docx

上传人:b****5 文档编号:30238812 上传时间:2023-08-13 格式:DOCX 页数:28 大小:31.55KB
下载 相关 举报
服务贸易项目绩效自评表.docx_第1页
第1页 / 共28页
服务贸易项目绩效自评表.docx_第2页
第2页 / 共28页
服务贸易项目绩效自评表.docx_第3页
第3页 / 共28页
服务贸易项目绩效自评表.docx_第4页
第4页 / 共28页
服务贸易项目绩效自评表.docx_第5页
第5页 / 共28页
点击查看更多>>
下载资源
资源描述

服务贸易项目绩效自评表.docx

《服务贸易项目绩效自评表.docx》由会员分享,可在线阅读,更多相关《服务贸易项目绩效自评表.docx(28页珍藏版)》请在冰豆网上搜索。

服务贸易项目绩效自评表.docx

服务贸易项目绩效自评表

服务贸易项目绩效自评表

一、项目基本情况

项目实施单位

省商务厅服务贸易和商贸服务业处

主管部门

省商务厅

项目负责人

李鹏

联系电话

地址

海口市国兴大道省政府办公楼2楼

邮编

570204

项目类型

经常性项目(√)一次性项目()

计划投资额

(万元)

570

实际到位资金

(万元)

398.88

实际使用情况(万元)

395.86

其中:

中央财政

0

其中:

中央财政

0

省财政

570

省财政

398.88

市县财政

0

市县财政

0

其他

0

其他

0

二、绩效评价指标评分

一级指标

分值

二级指标

分值

三级指标

分值

得分

项目决策

20

项目目标

4

目标内容

4

4

决策过程

8

决策依据

3

3

决策程序

5

5

资金分配

8

分配办法

2

2

分配结果

6

6

项目管理

25

资金到位

5

到位率

3

3

到位时效

2

2

资金管理

10

资金使用

7

7

财务管理

3

3

组织实施

10

组织机构

1

1

管理制度

9

9

项目绩效

55

项目产出

15

产出数量

5

5

产出质量

4

4

产出时效

3

3

产出成本

3

3

项目效益

40

经济"""

# Grid (7 columns). Part 一: A/C/E = labels, B/D/F = values (项目实施单位 | … | 主管部门 | …), the 其中 breakdown as two
# side-by-side blocks (计划投资额: B label, C figure; 实际到位资金: E label, F figure). Part 二: A 一级指标, B 分值,
# C 二级指标, D 分值, E 三级指标, F 分值, G 得分 (the 一级 and 二级 cells and their 分值 merged down their rows).
_hainan = {
    "A1": "服务贸易项目绩效自评表",
    "A2": "一、项目基本情况",
    "A3": "项目实施单位", "B3": "省商务厅服务贸易和商贸服务业处", "E3": "主管部门", "F3": "省商务厅",
    "A4": "项目负责人", "B4": "李鹏", "E4": "联系电话",
    "A5": "地址", "B5": "海口市国兴大道省政府办公楼2楼", "E5": "邮编", "F5": "570204",
    "A6": "项目类型", "B6": "经常性项目(√)一次性项目()",
    "A7": "计划投资额\n(万元)", "B7": 570, "C7": "实际到位资金\n(万元)", "D7": 398.88, "E7": "实际使用情况(万元)",
    "F7": 395.86,
    "A8": "其中:", "B8": "中央财政", "C8": 0, "D8": "其中:", "E8": "中央财政", "F8": 0,
    "B9": "省财政", "C9": 570, "E9": "省财政", "F9": 398.88,
    "B10": "市县财政", "C10": 0, "E10": "市县财政", "F10": 0,
    "B11": "其他", "C11": 0, "E11": "其他", "F11": 0,
    "A12": "二、绩效评价指标评分",
    "A13": "一级指标", "B13": "分值", "C13": "二级指标", "D13": "分值", "E13": "三级指标", "F13": "分值", "G13": "得分",
}
_HN_ROWS = [  # 一级, 一级分值, 二级, 二级分值, 三级, 分值, 得分 (None: inside the merged cell above)
    ("项目决策", 20, "项目目标", 4, "目标内容", 4, 4),
    (None, None, "决策过程", 8, "决策依据", 3, 3),
    (None, None, None, None, "决策程序", 5, 5),
    (None, None, "资金分配", 8, "分配办法", 2, 2),
    (None, None, None, None, "分配结果", 6, 6),
    ("项目管理", 25, "资金到位", 5, "到位率", 3, 3),
    (None, None, None, None, "到位时效", 2, 2),
    (None, None, "资金管理", 10, "资金使用", 7, 7),
    (None, None, None, None, "财务管理", 3, 3),
    (None, None, "组织实施", 10, "组织机构", 1, 1),
    (None, None, None, None, "管理制度", 9, 9),
    ("项目绩效", 55, "项目产出", 15, "产出数量", 5, 5),
    (None, None, None, None, "产出质量", 4, 4),
    (None, None, None, None, "产出时效", 3, 3),
    (None, None, None, None, "产出成本", 3, 3),
    (None, None, "项目效益", 40, None, None, None),
]
for _i, _row in enumerate(_HN_ROWS, start=14):
    for _col, _v in zip("ABCDEFG", _row):
        if _v is not None:
            _hainan[f"{_col}{_i}"] = _v

UNREADABLE.append(Table(
    slug="hainan_commerce_dept_service_trade_project",
    province="海南",
    kind="project",
    url="https://m.bdocx.com/doc/30238812.html",
    copied=_HAINAN_COPIED,
    rows=_sheet(_hainan),
    merges=["A1:G1", "A2:G2", "B3:D3", "F3:G3", "B4:D4", "F4:G4", "B5:D5", "F5:G5", "B6:G6", "F7:G7",
            "A8:A11", "D8:D11", "A12:G12",
            "A14:A18", "B14:B18", "C15:C16", "D15:D16", "C17:C18", "D17:D18",
            "A19:A24", "B19:B24", "C19:C20", "D19:D20", "C21:C22", "D21:D22", "C23:C24", "D23:D24",
            "A25:A29", "B25:B29", "C25:C28", "D25:D28"],
    scheme="project",
    refusal=("missing-column", "工作表“Sheet1”", "第 13 行", "“指标值”“实际完成值”"),
    categories={},
    total="",
    grade="",
    findings=[],
    arithmetic="""SPEC verdict: the file cannot be used (SPEC 6: a required column missing), exit code 2, one Chinese message
naming the file, the sheet (Sheet1), the header row (row 13) and the missing columns 指标值 and 实际完成值; no output.
Why: SPEC 2.1's indicator header row must hold 一级指标, 二级指标, 三级指标, 指标值 and 实际完成值 (or their aliases:
年度指标值 / 年初指标值 / 年初目标值 / 目标值 / 绩效目标值 / 指标目标值; 完成值 / 全年实际值 / 全年完成值 / 实际值).
Row 13 holds 一级指标, 二级指标, 三级指标 and 分值 (three times) and 得分 (an alias of 自评得分), but no heading for a target
and none for an actual: the form scores a fixed framework (项目决策 20 / 项目管理 25 / 项目绩效 55) with no target
values at all. SPEC 6 names two refusals, "no indicator header row" and "a required column missing"; SPEC does not
say where one ends and the other begins. Read as in corpus_c (山东 历城区, whose row 12 likewise holds the three level
headings but no recognised target/actual heading): a row holding 一级指标, 二级指标 and 三级指标 is the table's header
row, and what it lacks are required columns -> missing-column, naming row 13 and 指标值, 实际完成值. (Corpus_d's
重庆 form, whose header has no level headings at all, is the no-header case.) My first hand reading said no-header,
from 2.1's "a header row holds ALL the required headings"; the program said missing-column; 6's second refusal only
has a meaning if a row short of some headings can still be the header row, so the first reading was wrong.
(Had it been read: the kind would be project — A1 "服务贸易项目绩效自评表" contains 项目绩效自评表 — and its 一级 names
项目决策 / 项目管理 / 项目绩效 map to no category of the project scheme: every row would be unmapped-first-level.)""",
    notes="""Hainan's provincial 项目绩效自评表 as filled by the 省商务厅 (服务贸易和商贸服务业处) for its 服务贸易 project: part 一
项目基本情况 (实施单位, 负责人, 地址, 计划投资额 570 / 实际到位资金 398.88 / 实际使用情况 395.86 万元, with a 中央 / 省 /
市县 / 其他 breakdown), part 二 绩效评价指标评分: the 53号-style evaluation framework 项目决策 (20) / 项目管理 (25) /
项目绩效 (55) with 分值 at each level and the officer's 得分 — a score sheet, not a target-vs-actual table.
Source: a document-sharing site's text preview of the published .docx (one cell per line, merged cells printed once).
No year appears in the stored copy (the site gives only the upload date 2023-08-13). Grid rebuilt on the printed
layout (see the comment above the cells): the 其中 breakdown is two side-by-side blocks (planned, received), each row
"中央财政 0 | 中央财政 0" etc.; the 一级/二级 cells and their 分值 are merged down their rows.
The copy ends inside the 项目效益 rows ("项目效益 | 40 | 经济…"): 项目效益 and its 40 are typed, the cut-off 三级 name
("经济…") and everything after it are not.
Real defects (officer's): full marks on every visible row (得分 = 分值 throughout), although only 398.88 of
the planned 570 万元 arrived (70%) and 到位率 still scores 3/3; the 实际使用情况 395.86 has no breakdown.
What it teaches: some provinces' "项目绩效自评表" is a scoring framework without targets or actuals; SPEC's reader
cannot score it (no 指标值 / 实际完成值), and rightly refuses it rather than guessing.""",
))
