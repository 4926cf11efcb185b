"""Corpus F: an Anhui 部门整体支出绩效自评表 (金寨县, 2023: a department table on the 10号 layout, budget overspent,
产出 分值 adding to 60) and a Yunnan 公开14表 项目支出绩效自评表 (永德县, 2022: figures in 元, an operator column
written with "≧" and "═", the form's own total 96 / 优).

Found in the stored copies of published pages (search corpus "pages"); those copies hold only the first
~2,000 characters of a page, so each table ends where the stored copy ends, and nothing past that point
is typed. Cells are typed as published (spellings, marks, the officer's own figures); where the extracted
text lost the grid, the province's usual layout was rebuilt, and each table's ``notes`` say how.
The expected results are worked by hand from SPEC.md only.
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 安徽 金寨县茶谷和美丽乡村建设服务中心 — 部门整体支出绩效自评表 (2023年度)
#    (Anhui's department form on the 10号 layout: 部门 instead of 项目名称, budget block 预算资金(万元) with
#    年初预算数/全年预算数/全年执行数/分值/执行率/得分, indicator table with 分值 and 得分 columns)
# ---------------------------------------------------------------------------------------------------
_JINZHAI_COPIED = r"""部门整体支出绩效自评表 | |||||||||||||
(2023年度) | |||||||||||||
部门 | 金寨县茶谷和美丽乡村建设服务中心 | ||||||||||||
预算资金 (万元) |
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||||||
年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | ||||||||
其中:当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — | |||||||
上年结转资金 | — | — | |||||||||||
其他资金 | — | — | |||||||||||
年度总体目标 | 预期目标 | 实际完成情况 | |||||||||||
1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。 | 1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;加快2023年度10个省级中心村任务,确保2024年通过各级验收。 | ||||||||||||
绩 效 指 标 |
一级指标 | 二级指标 | 三级指标 | 年度 指标值 |
实际 完成值 |
分值 | 得分 | 偏差原因分析及改进措施 | |||||
产出指标 | 数量指标 | 指标1:开展精品示范村建设数量 | ≤4 | 4 | 10 | 10 | |||||||
指标2:建设美丽宜居自然村庄数量 | ≥200 | 202 | 10 | 10 | |||||||||
指标3:完成农村户用卫生厕所改造数量 | ≥2000 | 3061 | 10 | 10 | |||||||||
指标4:新建省级中心村数量 | ≥10 | 10 | 10 | 10 | |||||||||
质量指标 | 指标1:美丽宜居自然村庄验收通过率 | ≥95% | 100% | 5 | 5 | ||||||||
指标2:户用卫生厕所改造验收通过率 | ≥95% | 100% | 5 | 5 | |||||||||
时效指标 | 指标1:完成美丽宜居自然村庄验收时间 | 9月前 | 7月 | 5 | 5 | ||||||||
指标2:完成户用卫生厕所改造验收时间 | 11月前 | 10月 | 5 | 5 | |||||||||
成本指标 | 指标1:"""

# Grid (9 columns, the 10号 layout as the Anhui 池州 tables of corpus_a have it): A = block labels (部门,
# 预算资金(万元), 年度总体目标, 绩效指标); B = budget-row labels / 一级指标; C..H = 年初预算数, 全年预算数, 全年执行数, 分值,
# 执行率, 得分 / 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分; I = 偏差原因分析及改进措施.
# A space inside a cell of the copy (a line break of the printed cell) is typed "\n".
_jinzhai = {
    "A1": "部门整体支出绩效自评表",
    "A2": "(2023年度)",
    "A3": "部门", "C3": "金寨县茶谷和美丽乡村建设服务中心",
    "A4": "预算资金\n(万元)",
    "C4": "年初预算数", "D4": "全年预算数", "E4": "全年执行数", "F4": "分值", "G4": "执行率", "H4": "得分",
    # 年度资金总额: 338.31 spent against 329.77, 执行率 102.59%, and the 得分 cell left empty
    "B5": "年度资金总额", "C5": 329.77, "D5": 329.77, "E5": 338.31, "F5": 10, "G5": "102.59%",
    "B6": "其中:当年财政拨款", "C6": 329.77, "D6": 329.77, "E6": 338.31, "F6": "—", "G6": "102.59%", "H6": "—",
    "B7": "上年结转资金", "F7": "—", "H7": "—",
    "B8": "其他资金", "F8": "—", "H8": "—",
    "A9": "年度总体目标", "B9": "预期目标", "F9": "实际完成情况",
    "B10": "1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;"
           "5.促进茶谷果岭融合发展。",
    "F10": "1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;"
           "3.完成农村户用卫生厕所改造3061户;4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;"
           "加快2023年度10个省级中心村任务,确保2024年通过各级验收。",
    "A11": "绩\n效\n指\n标", "B11": "一级指标", "C11": "二级指标", "D11": "三级指标", "E11": "年度\n指标值",
    "F11": "实际\n完成值", "G11": "分值", "H11": "得分", "I11": "偏差原因分析及改进措施",
    "B12": "产出指标",
    "C12": "数量指标", "D12": "指标1:开展精品示范村建设数量", "E12": "≤4", "F12": 4, "G12": 10, "H12": 10,
    "D13": "指标2:建设美丽宜居自然村庄数量", "E13": "≥200", "F13": 202, "G13": 10, "H13": 10,
    "D14": "指标3:完成农村户用卫生厕所改造数量", "E14": "≥2000", "F14": 3061, "G14": 10, "H14": 10,
    "D15": "指标4:新建省级中心村数量", "E15": "≥10", "F15": 10, "G15": 10, "H15": 10,
    "C16": "质量指标", "D16": "指标1:美丽宜居自然村庄验收通过率", "E16": "≥95%", "F16": "100%", "G16": 5, "H16": 5,
    "D17": "指标2:户用卫生厕所改造验收通过率", "E17": "≥95%", "F17": "100%", "G17": 5, "H17": 5,
    "C18": "时效指标", "D18": "指标1:完成美丽宜居自然村庄验收时间", "E18": "9月前", "F18": "7月", "G18": 5, "H18": 5,
    "D19": "指标2:完成户用卫生厕所改造验收时间", "E19": "11月前", "F19": "10月", "G19": 5, "H19": 5,
    # the stored copy ends here, inside the 成本指标 row's 三级 cell
    "C20": "成本指标", "D20": "指标1:",
    "I20": None,
}

TABLES.append(Table(
    slug="anhui_jinzhai_chagu_meili_xiangcun_dept_2023",
    province="安徽",
    kind="department",
    url="https://www.ahjinzhai.gov.cn/public/6624963/37545031.html",
    copied=_JINZHAI_COPIED,
    rows=_sheet(_jinzhai),
    merges=["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10",
            "A11:A20", "B12:B20", "C12:C15", "C16:C17", "C18:C19"],
    scheme="department-overall",
    categories={"预算执行": "10.00", "投入管理": "0.00", "产出指标": "40.00", "效益指标": "0.00"},
    weights={"预算执行": "10.00", "投入管理": "20.00", "产出指标": "40.00", "效益指标": "30.00"},
    total="50.00",
    grade="差",
    findings=[
        ("scheme-auto", ""),
        ("missing-label", ""),            # 部门(单位)名称: the form labels the unit 部门, which matches no label
        ("execution-above-100", ""),      # 338.31 / 329.77 = 102.59%
        ("form-weight-overridden", ""),   # 产出指标 declares 60 (its 分值), the scheme's 40 scores
        ("weights-not-summing", ""),      # 产出 分值 60 scaled to 40
        ("category-empty", ""),           # 投入管理 (no such 一级 on the form), 效益指标 (past the stored copy)
        ("far-above-target", ""),         # 3061 against ≥2000 (153%)
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "self-score-mismatch", "self-score-above-weight", "reason-missing", "target-missing",
            "actual-missing", "target-unreadable", "unmapped-first-level", "not-quantified",
            "qualitative-no-band", "form-weight-used", "level-points-mismatch", "weights-split",
            "text-actual-on-number", "equal-missed", "bare-number-at-most"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): no key/value label 项目名称 above the indicator header, and no cell there whose normal form
contains 项目支出绩效自评表 or 项目绩效自评表 (A1 "部门整体支出绩效自评表" holds 支出绩效自评表 only) -> a department
table; --scheme auto -> department-overall (预算执行 10, 投入管理 20, 产出指标 40, 效益指标 30; form_weights = false);
scheme-auto 提示.
Labels (SPEC 2.1): the unit is labelled "部门" (A3); 部门 does not match 部门(单位)名称 (the bracket group is not trailing,
nothing matches by containment) -> missing-label 错误 (SPEC 4) -> not clean. 年度: no cell labelled 年度; the first cell
above the header holding a year followed by 年度 is A2 "(2023年度)" -> 2023.

Budget table (SPEC 2.4): header row 4 (C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分); A4:A8
预算资金(万元) is the block label (万元: nothing is converted); label column B; budget rows 5-8; row 9's figure cells
hold text (预期目标, merged B9:E9) -> the table ends at row 8. Total row 5 年度资金总额: 年初 329.77, 全年 329.77,
执行 338.31, 分值 10, 执行率 "102.59%", 得分 empty. Parts: 其中:当年财政拨款 329.77 / 329.77 / 338.31 (= the total);
上年结转资金 and 其他资金 empty (the "—" stand in the 分值/得分 cells) = 0 -> no parts finding.
预算执行率 = 338.31 / 329.77 = 33831 / 32977 = 4833 / 4711 = 102.5897% -> above 100% -> execution-above-100 警告.
The officer's 102.59% differs by 0.0003 points (<= 0.5: no rate finding); 得分 empty -> nothing to compare.
预算执行 = 10 x min(102.5897%, 100%) = 10.

Indicator header row 11: 一级指标, 二级指标, 三级指标, "年度\\n指标值" -> 年度指标值 (alias of 指标值), "实际\\n完成值" ->
实际完成值, 分值, 得分 (alias of 自评得分), 偏差原因分析及改进措施. No operator column, no 度量单位.
"指标1:开展…" etc. are read as the names after the prefix (SPEC 2.1). Row 20 "成本指标 | 指标1:" (where the stored copy
ends): 三级 "指标1:" is a placeholder (指标 followed by a number) and 指标值 and 实际完成值 are empty -> skipped.
一级: 产出指标 only (rows 12-19) -> category 产出指标.
Form weights (SPEC 2.4, 3.1): budget 分值 10 = the scheme's 10. 产出指标 has no "(N分)", but every one of its
indicators carries a 分值: 10 + 10 + 10 + 10 + 5 + 5 + 5 + 5 = 60 -> the form declares 60 for 产出指标; form_weights =
false -> the scheme's 40 scores, and 60 != 40 -> form-weight-overridden 警告.

预算执行 = 10.
投入管理 (20): no 一级 投入管理指标 -> 0 (category-empty 警告; the total is not rescaled).
产出指标 (40): all 8 分值 readable, sum 60 != 40 -> scaled to 40 (weights-not-summing 警告): w = v x 40/60 = v x 2/3,
  so 分值 10 -> w = 20/3, 分值 5 -> w = 10/3. A 自评得分 s is read as s x w / v = s x 2/3.
  R12 开展精品示范村建设数量: "≤4" -> at most 4; a = 4 <= 4 -> 20/3. (s 10 -> 20/3: agrees.)
  R13 建设美丽宜居自然村庄数量: ">=200"; a = 202 >= 200 -> 20/3 (202/200 = 101%).
  R14 完成农村户用卫生厕所改造数量: ">=2000"; a = 3061 -> 20/3; 3061/2000 = 153.05% >= 130% -> far-above-target 提示.
  R15 新建省级中心村数量: ">=10"; a = 10 -> 20/3.
  R16 R17 验收通过率: ">=95%"; a = 100 -> 10/3 each.
  R18 完成美丽宜居自然村庄验收时间: "9月前" is a deadline (SPEC 2.3: a month followed by 前): by 2023-09-30; the actual
      "7月" is a month, counted as 2023-07-31 <= 2023-09-30 -> met -> 达成 -> 100% of w = 10/3; s 5 -> 5 x 2/3 = 10/3
      lies in the 达成 band [8/3, 10/3] -> used: 10/3.
  R19 完成户用卫生厕所改造验收时间: "11月前" by 2023-11-30; actual "10月" (2023-10-31) -> met -> 10/3 (s -> 10/3).
  A deadline is not qualitative text (SPEC 2.3's target grammar: "a number …; or a deadline; or qualitative text") ->
  no not-quantified on E18, E19. Every row full marks -> no reason-missing; every s x 2/3 equals w -> no
  self-score-mismatch.
  产出指标 = 4 x 20/3 + 4 x 10/3 = 80/3 + 40/3 = 40.
效益指标 (30): no indicator in the stored copy -> 0 (category-empty 警告).
Total = 10 + 0 + 40 + 0 = 50.00 -> 差 (< 60).""",
    notes="""Anhui (六安 金寨县) 2023 部门整体支出绩效自评表 of the 茶谷和美丽乡村建设服务中心, published on the county site: the
10号 project layout reused for the whole department (部门 instead of 项目名称, 预算资金(万元) instead of 项目资金(万元)).
Source: the county page's table flattened with " | " and padded to 14 cells per row (merged cells printed once,
empty cells as bare "|"); lines broken inside the budget and indicator headers are the printed cells' line breaks
("预算资金 (万元)", "年度 指标值", "实际 完成值", the vertical "绩 效 指 标"). Grid rebuilt on the 10号 layout of the
Anhui tables in corpus_a (9 columns, see the comment above the cells): the budget header sits on the row of the
block label; in the part rows the pre-printed "—" stand in the 分值 and 得分 cells (上年结转资金 / 其他资金 "— | —"
as on the 南华 table of corpus_b); 一级 and 二级 cells are merged down their rows. The stored copy ends inside the
成本指标 row ("指标1:"), so the 成本, 效益 and 满意度 rows and the closing rows are not typed: 效益指标 scores 0 here
and the total 50 is the score of the part that could be read, not of the whole published table.
Real defects: (1) 338.31 万元 spent against a 全年预算数 of 329.77 (执行率 102.59%, an overspend the 全年预算数 was
never adjusted for), with 分值 10 and the 得分 cell left empty; (2) a quantity target written "≤4"
(精品示范村 to build), a ceiling where a floor was meant — 0 villages would score full; (3) 3061 toilets against a
target of ≥2000 (153%: the target was set far too low); (4) 产出指标 分值 adding up to 60 (4 x 10 + 4 x 5).
What it teaches: Anhui's department form names the unit 部门, which SPEC 2.1 does not read as 部门(单位)名称, and has
no 投入管理 一级 (it copies the project form's 产出/效益/满意度), so department-overall leaves 投入管理's 20 points empty
and overrides the form's 产出 weight; deadlines "9月前" against months "7月" are met.""",
))


# ---------------------------------------------------------------------------------------------------
# 2. 云南 永德县明朗中学 — 2022年度项目支出绩效自评表 (公开14表), 义务教育营养改善计划专项资金
#    (Yunnan 公开 form: 项目资金(元), two-row indicator header with 指标性质 / 指标值 / 度量单位, the operator written
#    "≧" and "═", closing rows 其他需要说明事项 and 总分 with the officer's 96 and 优)
# ---------------------------------------------------------------------------------------------------
_MINGLANG_COPIED = r"""2022年度项目支出绩效自评表 | 部门:临沧市永德县明朗中学 |
|
|
|
|
| 公开14表 | 项目名称 | 义务教育营养改善计划专项资金 | 主管部门 | 永德县教育体育局 | 实施单位 | 永德县明朗中学 | 项目资金 (元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |
| 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政 拨款 |
| 387664.62 | 387664.62 | — |
| — | 上年结转 资金 |
|
|
| — |
| — | 其他资金 | — | — | — | — |
| — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 确保每一个学生都能享受到国家政策福利,改善学生体质 | 确保每一个学生都能享受到国家政策福利,改善学生体质 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |
| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |
| 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7 |
| 成本指标 | 生均补助标准达标率 | ═ | 100 | % | 100% | 10 | 10 |
| 效益指标 | 经济效益 指标 | 减轻贫困学生家庭经济负担 |
| 有效 |
| 有效 | 10 | 10 |
| 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |
| 生态效益 指标 |
|
|
|
|
|
|
|
| 可持续影响 指标 | 促进学校教育事业健康发展 | ≧ | 100 | % | 100% | 10 | 10 |
| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 95 | % | 100% | 10 | 10 |
| 家长满意度 | ≧ | 95 | % | 100% | 10 | 10 |
| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |
|"""

# Grid (11 columns, the Yunnan 公开 layout of the 丽江 table in corpus_b): A = block labels (项目名称, 主管部门, 项目资金(元),
# 年度总体目标, 绩效指标) / 一级指标; B = values / budget-row labels / 二级指标; C..H = 年初预算数 … 得分 / 三级指标, 指标性质,
# 指标值, 度量单位, 实际完成值, 分值; I = 得分; J:K = 偏差原因分析及改进措施. "═" (U+2550) and "≧" (U+2267) typed as published.
_minglang = {
    "A1": "2022年度项目支出绩效自评表",
    "A2": "部门:临沧市永德县明朗中学", "J2": "公开14表",
    "A3": "项目名称", "B3": "义务教育营养改善计划专项资金",
    "A4": "主管部门", "B4": "永德县教育体育局", "F4": "实施单位", "G4": "永德县明朗中学",
    "A5": "项目资金\n(元)",
    "C5": "年初预算数", "D5": "全年预算数", "E5": "全年执行数", "F5": "分值", "G5": "执行率", "H5": "得分",
    # two figures under three headings: 年初预算数 left empty (see notes)
    "B6": "年度资金总额", "D6": 387664.62, "E6": 387664.62, "F6": 10, "G6": "100%", "H6": 10,
    "B7": "其中:当年财政\n拨款", "D7": 387664.62, "E7": 387664.62, "F7": "—", "H7": "—",
    "B8": "上年结转\n资金", "F8": "—", "H8": "—",
    "B9": "其他资金", "C9": "—", "D9": "—", "E9": "—", "F9": "—", "H9": "—",
    "A10": "年度\n总体\n目标", "B10": "预期目标", "G10": "实际完成情况",
    "B11": "确保每一个学生都能享受到国家政策福利,改善学生体质",
    "G11": "确保每一个学生都能享受到国家政策福利,改善学生体质",
    "A12": "绩效指标", "D12": "年度指标值", "G12": "实际完成值", "H12": "分值", "I12": "得分",
    "J12": "偏差原因分析及改进措施",
    "A13": "一级指标", "B13": "二级指标", "C13": "三级指标", "D13": "指标性质", "E13": "指标值", "F13": "度量单位",
    "A14": "产出指标",
    "B14": "数量指标", "C14": "学生受资助人数", "D14": "≧", "E14": 735, "F14": "人次", "G14": 735, "H14": 10, "I14": 10,
    "B15": "质量指标", "C15": "营养改善计划覆盖率", "D15": "≧", "E15": 100, "F15": "%", "G15": "100%", "H15": 10,
    "I15": 10,
    "B16": "时效指标", "C16": "资金到位及时率", "D16": "≧", "E16": 100, "F16": "%", "G16": "100%", "H16": 10, "I16": 7,
    "B17": "成本指标", "C17": "生均补助标准达标率", "D17": "═", "E17": 100, "F17": "%", "G17": "100%", "H17": 10,
    "I17": 10,
    "A18": "效益指标",
    "B18": "经济效益\n指标", "C18": "减轻贫困学生家庭经济负担", "E18": "有效", "G18": "有效", "H18": 10, "I18": 10,
    "B19": "社会效益\n指标", "C19": "政策知晓率", "D19": "═", "E19": 100, "F19": "%", "G19": "98%", "H19": 10, "I19": 9,
    "B20": "生态效益\n指标",
    "B21": "可持续影响\n指标", "C21": "促进学校教育事业健康发展", "D21": "≧", "E21": 100, "F21": "%", "G21": "100%",
    "H21": 10, "I21": 10,
    "A22": "满意度指标",
    "B22": "服务对象满意度指标等", "C22": "学生满意度", "D22": "≧", "E22": 95, "F22": "%", "G22": "100%", "H22": 10,
    "I22": 10,
    "C23": "家长满意度", "D23": "≧", "E23": 95, "F23": "%", "G23": "100%", "H23": 10, "I23": 10,
    "A24": "其他需要说明事项", "B24": "无",
    "A25": "总分", "H25": 100, "I25": 96, "J25": "优",
}

TABLES.append(Table(
    slug="yunnan_yongde_minglang_school_nutrition_2022",
    province="云南",
    kind="project",
    url="https://www.yongde.gov.cn/info/3003/116104.htm",
    copied=_MINGLANG_COPIED,
    rows=_sheet(_minglang),
    merges=["A1:K1", "A2:G2", "J2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:A9", "A10:A11", "B10:F10", "G10:K10",
            "B11:F11", "G11:K11", "A12:C12", "D12:F12", "G12:G13", "H12:H13", "I12:I13", "J12:K13",
            "A14:A17", "A18:A21", "A22:A23", "B22:B23", "B24:K24", "A25:G25", "J25:K25"],
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "40.00", "效益指标": "29.80", "满意度指标": "20.00"},
    weights={"预算执行": "10.00", "产出指标": "40.00", "效益指标": "30.00", "满意度指标": "20.00"},
    total="99.80",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("yuan-converted", ""),           # 项目资金(元): 387664.62 元 -> 38.766462 万元
        ("rate-zero-budget", ""),         # 预算调整率: 全年 38.766462 over an empty (0) 年初预算数 is not computed
        ("form-weight-used", ""),         # 产出指标 40 (scheme 50), 满意度指标 20 (scheme 10)
        ("self-score-mismatch", "I16"),   # 7 typed, 10 computed (资金到位及时率 100% against ≧100%)
        ("self-score-mismatch", "I19"),   # 9 typed, 9.8 computed
        ("equal-missed", ""),             # 政策知晓率 ═100 (= 100), actual 98%
        ("reason-missing", "J19"),        # 政策知晓率 below full marks, 偏差原因 empty
        ("not-quantified", "E18"),        # 效益指标: qualitative target 有效
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "execution-above-100", "form-weight-overridden", "weights-not-summing", "level-points-mismatch",
            "target-unreadable", "op-column-unreadable", "op-conflict", "bare-number-at-most", "missing-label",
            "category-empty", "target-missing", "actual-missing", "unmapped-first-level", "qualitative-no-band",
            "far-above-target", "weights-split", "self-score-above-weight", "text-actual-on-number"],
    clean=True,
    arithmetic="""Kind (SPEC 2.4): key/value label 项目名称 (A3), and A1 "2022年度项目支出绩效自评表" contains 项目支出绩效自评表 ->
project; --scheme auto -> project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true).
Labels: 项目名称 B3 义务教育营养改善计划专项资金; 主管部门 B4, 实施单位 G4. 年度: A1 "2022年度…" -> 2022.
("部门:临沧市永德县明朗中学" A2 matches no label; "公开14表" J2 is no marker.)

Budget table (SPEC 2.4): header row 5 (C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分); A5:A9
"项目资金\\n(元)" is the block label and says 元 (its normal form holds "(元)") -> figures converted to 万元 with a
提示 (yuan-converted). Label column B; budget rows 6-9; row 10's figure cells hold text (预期目标, B10:F10) -> end.
Total row 6 年度资金总额: 年初 empty (0), 全年 387664.62 元 = 38.766462 万元, 执行 387664.62 元 = 38.766462 万元,
分值 10, 执行率 "100%", 得分 10. Parts: 当年财政拨款 387664.62 / 387664.62 (= the total); 上年结转资金 and 其他资金 "—" /
empty = 0 -> no parts finding (the 年初 column has no non-zero part).
预算执行率 = 38.766462 / 38.766462 = 100% -> 预算执行 = 10 x 1 = 10; the officer's 100% and 10 agree (no finding).
预算调整率 = |38.766462 - 0| / 0: a positive figure over a 0 budget is not computed, with a 警告 (SPEC 3.4) ->
rate-zero-budget (no indicator asks for the rate; the empty 年初 cell itself is no money with no finding, SPEC 2.4).

Indicator header: rows 12-13. Row 12 holds 绩效指标 (A12:C12) and 年度指标值 (D12:F12, merged across); 实际完成值,
分值, 得分, 偏差原因分析及改进措施 are merged down over rows 12-13 and count on row 13. Row 13 holds 一级指标, 二级指标,
三级指标, 指标值 and (merged) 实际完成值 -> the header row is 13; 指标性质 (D) is the operator column, 度量单位 (F) the unit.
Operators (SPEC 2.3): "≧" is listed among the at-least comparisons ("at least: ≥ >= ≧ 不低于 …"); "═" is folded before
parsing ("═, which some platforms export for =, folds to =") -> equal. The operator column "holds a comparison in
the same vocabulary" -> both are read; nothing is unreadable, no bare number (so R17 under 成本指标 is not read as a
ceiling).
Rows 14-23 are indicators, except R20 生态效益指标 (三级, 指标值, 实际完成值 empty: a section row). Row 24 "其他需要说明
事项 | 无" is a closing row (SPEC 2.1) -> the table ends there; the 总分 row 25 (100 | 96 | 优) is not read.
Form weights (SPEC 2.4, 3.1): no "(N分)" on the 一级 labels, but every indicator carries a 分值: 预算执行 10 (budget
分值 F6); 产出指标 10 + 10 + 10 + 10 = 40; 效益指标 10 + 10 + 10 = 30 (R18, R19, R21); 满意度指标 10 + 10 = 20.
Every category declared, 10 + 40 + 30 + 20 = 100 -> the form's weights score (form_weights = true), with a 提示 for
产出指标 (40, scheme 50) and 满意度指标 (20, scheme 10) -> form-weight-used. Each category's 分值 add up to its weight
-> w = v = 10 for every indicator; 自评得分 are on w's scale.

预算执行 = 10.
产出指标 (40):
  R14 学生受资助人数: ≧ 735 人次; a = 735 >= 735 -> 10 (s 10).
  R15 营养改善计划覆盖率: ≧ 100 %; a = 100 (from "100%") -> 10 (s 10).
  R16 资金到位及时率: ≧ 100 %; a = 100 -> 10; s = 7 != 10 -> self-score-mismatch (I16). Full marks -> no reason-missing.
  R17 生均补助标准达标率: ═ -> = 100 %, scored as at least; a = 100 = t -> 10 (s 10).
  产出指标 = 10 + 10 + 10 + 10 = 40.
效益指标 (30):
  R18 减轻贫困学生家庭经济负担: qualitative target "有效"; the actual "有效" equals it -> 达成 -> 100% x 10 = 10; s = 10 in
      [8, 10] -> used: 10. A qualitative target in 效益指标 -> not-quantified (E18).
  R19 政策知晓率: ═ -> = 100 %, scored as at least; a = 98 < 100 -> 10 x 98 / 100 = 9.8; a != t -> equal-missed 提示;
      s = 9 vs 9.8 (0.8 > 0.01) -> self-score-mismatch (I19); below full marks and J19 empty -> reason-missing.
  R21 促进学校教育事业健康发展: ≧ 100 %; a = 100 -> 10 (s 10).
  效益指标 = 10 + 9.8 + 10 = 29.8.
满意度指标 (20):
  R22 学生满意度: ≧ 95 %; a = 100 -> 10 (100/95 = 105.3% < 130%: no far-above-target). R23 家长满意度: the same -> 10.
  满意度指标 = 20.
Total = 10 + 40 + 29.8 + 20 = 99.80 -> 优 (>= 90). (The form's own 总分 is 96 = 10 + 37 + 29 + 20, the sum of the
officer's 得分; the difference is the 资金到位及时率 row scored 7 with its target met, and 政策知晓率 scored 9 for 9.8.)""",
    notes="""Yunnan (临沧 永德县) 2022 项目支出绩效自评表 (公开14表 of a school's 部门决算 publication) of 永德县明朗中学 for the
义务教育营养改善计划专项资金 (school-meal subsidies), published on the county site: the 10号 budget block in 元, the
Yunnan two-row indicator header (绩效指标 / 年度指标值 over 一级/二级/三级 and 指标性质/指标值/度量单位), the operator
column written with the platform's "≧" (U+2267) and "═" (U+2550, box-drawing double line, for "="), and closing rows
其他需要说明事项 | 无 and 总分 | 100 | 96 | 优.
Source: the county page's table flattened with " | " without padding: empty cells are dropped and rows run into
each other ("… | 项目资金 (元) |", "得分 | 年度资金总额 |"). Grid rebuilt on the Yunnan layout of the 丽江 table in
corpus_b (11 columns, see the comment above the cells). The total row has two figures under three headings
("387664.62 | 387664.62 | 10 | 100% | 10"), and so has 当年财政拨款: one figure column was empty. It is typed as
年初预算数 empty, 全年预算数 and 全年执行数 387664.62 (the officer's 执行率 100% = 全年执行数 / 全年预算数 needs both; a
transfer fund such as 营养改善计划 is often not in the 年初 budget). The "—" of the part rows stand in the 分值 and
得分 cells (其他资金 prints five: its three figures, 分值 and 得分). Printed line breaks ("其中:当年财政 拨款",
"经济效益 指标", "年度 总体 目标") are typed "\\n". 减轻贫困学生家庭经济负担 has no 指标性质 and no 度量单位 (the copy
shows only "有效 | 有效"). 生态效益指标 is an empty row of the form. The 总分 row is laid over A:G with 100 under 分值,
96 under 得分 and 优 in the last cells.
Real defects: (1) 资金到位及时率 met (100% against ≧100%) yet self-scored 7 of 10, with no reason; (2) 政策知晓率 98%
against "═100%" (a 知晓率 target of exactly 100%) scored 9 for the computed 9.8, with no 偏差原因; (3) the form's total
96 / 优 follows those self-scores, SPEC's is 99.80 / 优; (4) 分值 10 per row make 产出 40 and 满意度 20 against the 10号
50 / 10; (5) a qualitative 效益 target 有效 and a 可持续影响 target "≧100%" for 促进学校教育事业健康发展; (6) 二级
服务对象满意度指标等 keeps the form's "等".""",
))
