"""Corpus I: an Anhui 衔接资金 绩效目标自评表 (萧县 张庄寨镇, 2023: five ★ indicators carrying 分值 and seven
"其中…" breakdown rows with targets and actuals but no 分值, a reason column headed 未完成原因及拟采取的改进措施) and a
Yunnan 预算管理一体化 export 项目支出绩效自评表 (保山市能源局, 2023: no year on the table, figures in 元 with thousands
separators, the operator column written with the platform's codes "004 >=" and "005 <=").

No table from 山西, 内蒙古, 辽宁, 吉林, 黑龙江, 新疆 or 天津 was found in the stored copies of published pages (search
corpus "pages", 48 look-ups by province, city and typical northern project names); these two were the best new
tables the store holds. The stored copies hold only the first ~2,000 characters of a page, so each table ends
where the stored copy ends, and nothing past that point is typed. Cells are typed as published (spellings, marks,
the officer's own figures); where the extracted text lost the grid, the province's usual layout was rebuilt, and
each table's ``notes`` say how. The expected results are worked by hand from SPEC.md only.
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 安徽 萧县 张庄寨镇人民政府 — 绩效目标自评表 (2023年度), 河西村特色种养补贴到户项目
#    (Anhui's 衔接推进乡村振兴 form: 项目负责人及电话 beside 项目名称, a 资金情况(万元) block with 全年预算数(A) /
#    全年执行数(B) / 分值 / 执行率(B/A) / 得分 and no 年初预算数, indicator header 分值 before 年度指标值 / 全年实际值,
#    ★ rows with points and "其中…" breakdown rows without)
# ---------------------------------------------------------------------------------------------------
_HEXI_COPIED = r"""绩效目标自评表 | ||||||||||
(2023年度) | ||||||||||
项目名称 | 河西村特色种养补贴到户项目 | 项目负责人及电话 | 李宁0557-5788003 | |||||||
主管部门 | 县农业农村局 | 实施单位 | 张庄寨镇人民政府 | |||||||
资金情况 (万元) |
全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | |||||
年度资金总额: | 9.48 | 9.48 | 10 | 100% | 10 | |||||
其中:本年财政拨款 | 9.48 | 9.48 | 10 | 100% | 10 | |||||
其他资金 | - | - | ||||||||
年度总体目标 | 年初设定目标 | 年度总体目标完成情况综述 | ||||||||
落实39户特色种养业奖补政策,增加脱贫户家庭收入 | 落实39户特色种养业奖补政策,增加脱贫户家庭收入 | |||||||||
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||
产 出 指 标 (50分) |
数量指标 | ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||
其中桃树种植面积 | 1.5亩 | 1.5亩 | ||||||||
其中苹果树种植面积 | 5亩 | 5亩 | ||||||||
其中露天蔬菜 | 20亩 | 20亩 | ||||||||
其中大棚蔬菜 | 3亩 | 3亩 | ||||||||
★补助鱼塘面积 | 10 | 3亩 | 3亩 | 10 | ||||||
其中鱼塘养殖面积 | 3亩 | 3亩 | ||||||||
★补助家畜家禽养殖数量 | 10 | 192只 | 192只 | 10 | ||||||
其中羊养殖数量 | 180只 | 180只 | ||||||||
其中猪养殖数量 | 12头 | 12头 | ||||||||
质量指标 | ||||||||||
种植作物成活率 | 5 | 95% | 95% | 5 | ||||||
养殖家畜家禽成活率 | 5 | 95% | 100% | 5 | ||||||
…… | ||||||||||
效 益 指 标 (30分) |
经济效益 指标 |
|||||||||
特色产业带动增加受益农户收入(总收入) | 20 | ≥11.376万元 | 12万元 | 20 | ||||||
社会效益 指标 |
受益人口数量 | 10 | 90人 | 90人 | 10 | |||||
生态效益 指标 |
||||||||||
可持续影响指标 | ||||||||||
…… | ||||||||||
满意"""

# Grid (11 columns: every row of the copy is padded to 11 cells): A = block labels (项目名称, 主管部门, 资金情况(万元),
# 年度总体目标) and 绩效指标 merged down the indicator table; B = values / budget-row labels / 一级指标 (vertical,
# merged down its group); C..G = 全年预算数(A), 全年执行数(B), 分值, 执行率(B/A), 得分 / C = 二级指标, D = 三级指标,
# E = 分值, F = 年度指标值, G = 全年实际值, H = 得分; I:K = 未完成原因及拟采取的改进措施. A space inside a cell of the
# copy (a line break of the printed cell) is typed "\n".
_hexi = {
    "A1": "绩效目标自评表",
    "A2": "(2023年度)",
    "A3": "项目名称", "B3": "河西村特色种养补贴到户项目", "F3": "项目负责人及电话", "H3": "李宁0557-5788003",
    "A4": "主管部门", "B4": "县农业农村局", "F4": "实施单位", "H4": "张庄寨镇人民政府",
    # the budget block: no 年初预算数 column on this form
    "A5": "资金情况\n(万元)",
    "C5": "全年预算数(A)", "D5": "全年执行数(B)", "E5": "分值", "F5": "执行率(B/A)", "G5": "得分",
    "B6": "年度资金总额:", "C6": 9.48, "D6": 9.48, "E6": 10, "F6": "100%", "G6": 10,
    # the part row repeats 分值 10, 执行率 100% and 得分 10 (not figures SPEC reads for a part)
    "B7": "其中:本年财政拨款", "C7": 9.48, "D7": 9.48, "E7": 10, "F7": "100%", "G7": 10,
    "B8": "其他资金", "C8": "-", "D8": "-",
    "A9": "年度总体目标", "B9": "年初设定目标", "G9": "年度总体目标完成情况综述",
    "B10": "落实39户特色种养业奖补政策,增加脱贫户家庭收入", "G10": "落实39户特色种养业奖补政策,增加脱贫户家庭收入",
    # the indicator header: the reason heading is none of SPEC 2.1's aliases
    "A11": "绩效指标", "B11": "一级\n指标", "C11": "二级指标", "D11": "三级指标", "E11": "分值", "F11": "年度指标值",
    "G11": "全年实际值", "H11": "得分", "I11": "未完成原因及拟采取的改进措施",
    "B12": "产\n出\n指\n标\n(50分)",
    "C12": "数量指标",
    "D12": "★补助各类瓜果蔬菜种植面积", "E12": 20, "F12": "29.5亩", "G12": "29.5亩", "H12": 20,
    # "其中…" breakdown rows: target and actual, no 分值, no 得分
    "D13": "其中桃树种植面积", "F13": "1.5亩", "G13": "1.5亩",
    "D14": "其中苹果树种植面积", "F14": "5亩", "G14": "5亩",
    "D15": "其中露天蔬菜", "F15": "20亩", "G15": "20亩",
    "D16": "其中大棚蔬菜", "F16": "3亩", "G16": "3亩",
    "D17": "★补助鱼塘面积", "E17": 10, "F17": "3亩", "G17": "3亩", "H17": 10,
    "D18": "其中鱼塘养殖面积", "F18": "3亩", "G18": "3亩",
    "D19": "★补助家畜家禽养殖数量", "E19": 10, "F19": "192只", "G19": "192只", "H19": 10,
    "D20": "其中羊养殖数量", "F20": "180只", "G20": "180只",
    "D21": "其中猪养殖数量", "F21": "12头", "G21": "12头",
    # 质量指标 printed on a row of its own (merged down over its indicators)
    "C22": "质量指标",
    "D23": "种植作物成活率", "E23": 5, "F23": "95%", "G23": "95%", "H23": 5,
    "D24": "养殖家畜家禽成活率", "E24": 5, "F24": "95%", "G24": "100%", "H24": 5,
    "D25": "……",
    "B26": "效\n益\n指\n标\n(30分)",
    "C26": "经济效益\n指标",
    "D27": "特色产业带动增加受益农户收入(总收入)", "E27": 20, "F27": "≥11.376万元", "G27": "12万元", "H27": 20,
    "C28": "社会效益\n指标", "D28": "受益人口数量", "E28": 10, "F28": "90人", "G28": "90人", "H28": 10,
    "C29": "生态效益\n指标",
    "C30": "可持续影响指标",
    "D31": "……",
    # the stored copy ends here, inside the 满意度指标 一级 cell
    "B32": "满意",
    "K32": None,
}

TABLES.append(Table(
    slug="anhui_xiaoxian_hexi_village_breeding_subsidy_2023",
    province="安徽",
    kind="project",
    url="https://www.ahxx.gov.cn/grassroots/279/158998981.html",
    copied=_HEXI_COPIED,
    rows=_sheet(_hexi),
    merges=["A1:K1", "A2:K2", "B3:E3", "F3:G3", "H3:K3", "B4:E4", "F4:G4", "H4:K4", "A5:A8", "A9:A10", "B9:F9",
            "G9:K9", "B10:F10", "G10:K10", "I11:K11", "A11:A32", "B12:B25", "C12:C21", "C22:C25", "B26:B31",
            "C26:C27"],
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="90.00",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("weights-partly-filled", ""),    # 产出指标: 5 of its 12 indicators carry a 分值 -> 50 split equally
        ("category-empty", ""),           # 满意度指标: past the stored copy
    ],
    absent=["missing-label", "budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch",
            "budget-total-empty", "execution-above-100", "self-score-mismatch", "self-score-above-weight",
            "reason-missing", "target-missing", "actual-missing", "target-unreadable", "unmapped-first-level",
            "not-quantified", "qualitative-no-band", "form-weight-overridden", "form-weight-used",
            "level-points-mismatch", "weights-not-summing", "far-above-target", "bare-number-at-most",
            "text-actual-on-number", "equal-missed", "strict-met-by-equality", "yuan-converted"],
    clean=True,
    arithmetic="""Kind (SPEC 2.4): key/value label 项目名称 (A3) above the indicator header -> project; --scheme auto ->
project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true); scheme-auto 提示.
Labels (SPEC 2.1, 2.4): 项目名称 B3; 主管部门 B4; 实施单位 H4 (项目负责人及电话 F3 is no label SPEC reads). 年度: no cell
labelled 年度; the first cell above the header holding a year followed by 年度 is A2 "(2023年度)" -> 2023.

Budget table (SPEC 2.4): header row 5 holds 全年预算数(A) and 全年执行数(B) ("(A)", "(B)" fall away by the bracket
rule): two of the three figure headings -> a budget header; 分值 (E), 执行率(B/A) -> 执行率 (F), 得分 (G); no 年初预算数
column. A5:A8 "资金情况\\n(万元)" is the block label (merged over rows; 万元, nothing converted). Label column B (B6
"年度资金总额:" in a cell of its own). Budget rows 6-8; row 9's figure cells hold text (年初设定目标, B9:F9) -> end.
Total row: "年度资金总额:" (the trailing colon dropped) = 年度资金总额 -> row 6: 全年 9.48, 执行 9.48, 分值 10,
执行率 "100%", 得分 10. Parts: 其中:本年财政拨款 9.48 / 9.48 (= the total); 其他资金 "-" / "-" = 0 -> no parts finding.
预算执行率 = 9.48 / 9.48 = 100% -> 预算执行 = 10 x 1 = 10; the officer's 100% and 10 (on the form's 分值 10) agree.
(No 年初预算数: no 预算调整率, which no indicator asks for; 年初预算数 is not a required label, SPEC 4.)

Indicator header row 11: "一级\\n指标" -> 一级指标, 二级指标, 三级指标, 分值, 年度指标值 (alias of 指标值), 全年实际值 (alias
of 实际完成值), 得分 (alias of 自评得分). "未完成原因及拟采取的改进措施" matches none of 偏差原因分析及改进措施 / 未完成原因分析 /
未完成原因 / 偏差原因 / 偏差原因分析 / 原因分析 (nothing matches by containment) -> no reason column (an extra column).
Rows: 12-21, 23, 24, 27, 28 are indicators (三级 filled). Row 22 (二级 质量指标 only), 26 (一级 效益 and 二级 经济效益指标
only), 29, 30 (二级 only) and 32 (一级 "满意" only, where the stored copy ends) are section rows; rows 25 and 31
("……", 指标值 and 实际完成值 empty) are placeholders -> skipped. The "其中…" rows are indicators like any other (三级,
指标值 and 实际完成值 filled); 一级 by the merges B12:B25 / B26:B31, 二级 by C12:C21 / C22:C25 / C26:C27 / inheritance.
一级 "产\\n出\\n指\\n标\\n(50分)" normalises to 产出指标(50分) -> 产出指标; "效…(30分)" -> 效益指标. Row 32's "满意" is not an
indicator, so no unmapped-first-level.
Form weights (SPEC 2.4, 3.1): 预算执行 10 (total row 分值); 产出指标 "(50分)" -> 50 (its indicators do not all carry a
分值, so no 分值 sum and no level-points-mismatch); 效益指标 "(30分)" -> 30 (20 + 10 = 30 too: agree); 满意度指标: nothing
declared (no label past "满意", no indicator) -> not every category declared -> the scheme's weights score; every
declared weight equals the scheme's (10, 50, 30) -> no form-weight finding.

预算执行 = 10.
产出指标 (50): 12 indicators, 分值 on 5 of them (R12 20, R17 10, R19 10, R23 5, R24 5) -> not every one readable ->
  50 split equally (SPEC 3.2): w = 50/12 = 25/6 each, with a 提示 (some 分值 filled, some not: weights-partly-filled).
  Targets are bare numbers with units ("29.5亩") -> at least (数量指标 / 质量指标; no 三级 holds 成本, 费用, 单价, 超支, 事故,
  投诉, 差错, 时限, 用时 or 时长) -> no bare-number-at-most.
  R12 29.5亩 / 29.5亩; R13 1.5 / 1.5; R14 5 / 5; R15 20 / 20; R16 3 / 3; R17 3 / 3; R18 3 / 3; R19 192只 / 192只;
  R20 180 / 180; R21 12头 / 12头: a = t -> 25/6 each.
  R23 95% / 95% -> 25/6. R24 95% / 100% -> 25/6 (100/95 = 105.3% < 130%: no far-above-target).
  Self-scores (SPEC 3.2, w != v): R12 s 20 on v 20 -> 20 x (25/6) / 20 = 25/6; R17, R19 s 10 on v 10 -> 25/6;
  R23, R24 s 5 on v 5 -> 25/6: each equals its computed score -> no self-score-mismatch; no s > v.
  产出指标 = 12 x 25/6 = 50.
效益指标 (30): R27, R28 both carry 分值, 20 + 10 = 30 -> w = 20, 10.
  R27 "≥11.376万元" / "12万元": 12 >= 11.376 -> 20 (12/11.376 = 105.5%). R28 "90人" / "90人" -> 10.
  效益指标 = 30. Every row full marks -> no reason-missing (and no reason column to look in).
满意度指标 (10): no indicator in the stored copy -> 0 (category-empty 警告; the total is not rescaled).
Total = 10 + 50 + 30 + 0 = 90.00 -> 优 (>= 90).""",
    notes="""Anhui (宿州 萧县) 2023 绩效目标自评表 of 张庄寨镇人民政府 for the 河西村特色种养补贴到户项目 (衔接推进乡村振兴
补助资金), published on the county site: the provincial 衔接资金 form (项目负责人及电话 beside 项目名称; 资金情况(万元) with
全年预算数(A), 全年执行数(B), 分值, 执行率(B/A), 得分 and no 年初预算数; the indicator header with 分值 before 年度指标值 and
全年实际值, and 未完成原因及拟采取的改进措施 as the reason heading).
Source: the county page's table flattened with " | ", empty cells dropped and every row padded to 11 cells; merged
cells printed once; line breaks inside the printed vertical 一级 cells ("产 出 指 标 (50分)", "效 益 指 标 (30分)") and
二级 cells ("经济效益 指标", "社会效益 指标") are typed "\\n". Grid rebuilt on 11 columns (see the comment above the
cells): the 资金情况(万元) block label merged down its four rows with the budget-row labels in B; 绩效指标 merged down
column A; 一级 cells merged down their groups; 质量指标 and 经济效益指标 printed on a row of their own (the form's empty
first row of the group), so they are typed on that row and merged down; the ★ rows' 分值 in E and 得分 in H; the
"其中…" rows' targets and actuals in F and G. The stored copy ends inside the 满意度指标 一级 cell ("满意", typed in B32):
the 满意度 rows, the 总分 row and the closing rows are not typed, so 满意度指标 scores 0 here and the total 90 is the
score of the part that could be read.
Real defects: (1) 产出指标 has 12 indicator rows but only the five ★ rows carry points (20 + 10 + 10 + 5 + 5 = 50); the
seven "其中…" rows break the ★ rows down (1.5 + 5 + 20 + 3 = 29.5亩; 180 + 12 = 192 head, typed "192只" though it
counts 头 too) and are scored by no one; SPEC therefore splits 50 equally (25/6 a row) — the same total here only
because every row is met; (2) every 数量 actual equals its target to the decimal (targets written after the fact);
(3) empty 生态效益指标 and 可持续影响指标 rows and "……" placeholder rows left in; (4) the reason column's heading
未完成原因及拟采取的改进措施 is not among SPEC 2.1's aliases, so a row below full marks would always get reason-missing
here; (5) no 年初预算数 on the form, so no 预算调整率 could ever be computed from it.""",
))


# ---------------------------------------------------------------------------------------------------
# 2. 云南 保山市能源局 — 项目支出绩效自评表 (预算管理一体化 export, 2023), 能源安全检查及新能源项目推进经费
#    (Yunnan 公开 layout: 项目资金(元) with a 备注 column, two-row header 绩效指标 / 年度指标值 over 一级/二级/三级 and
#    指标性质/指标值/度量单位, a row "90.00 | 90.00" under 分值 and 得分, operator codes "004 >=" / "005 <=")
# ---------------------------------------------------------------------------------------------------
_BAOSHAN_COPIED = r"""索引号 | 11533000MB1632050L/20240419-00001 | 发布机构 | 保山市能源局 |
公开目录 | 自评报告 | 发布日期 | 2024-04-19 |
文号 | 浏览量 |
项目支出绩效自评表 | |||||||||||
项目名称 | 能源安全检查及新能源项目推进经费 | ||||||||||
主管部门 | 保山市能源局 | 实施单位 | 保山市能源局 | ||||||||
项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 备注 | ||||
年度资金总额 | 330,000.00 | 329,998.60 | 329,998.60 | 10.00 | 100.00 | 10.00 | |||||
其中:当年财政拨款 | 330,000.00 | 329,998.60 | 329,998.60 | 100.00 | |||||||
上年结转资金 | |||||||||||
其他资金 | |||||||||||
年度 总体 目标 | 预期目标 | 实际完成情况 | |||||||||
通过严格能源安全执法检查工作、组织开展应急演练、加大法制宣传力度,力保全市能源运行安全、能源行业建设工程施工安全、能源行业工程质量安全。立足保山新能源资源优势及地理区位优势,加强能源网络建设、增强能源保障能力,大力优化能源供给结构,提升能源治理效能。 | 2023年,通过开展项目现场踏勘、检查、督导,向上汇报等113次,形成新能源投资增加数24亿元,市内新增电源145.2万千瓦,确保了能源保障平稳可靠。 | ||||||||||
项目支出绩效指标表 | |||||||||||
绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | ||||||
一级 指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | ||||||
90.00 | 90.00 | ||||||||||
产出指标 | 数量指标 | 开展项目现场踏勘、检查、督导,赴省能源局等汇报工作次数 | 004 >= | 20 | 次 | 113 | 22.50 | 22.50 | |||
产出指标 | 成本指标 | 经费支出 | 005 <= | 33 | 万元 | 32.9999 | 22.50 | 22.50 | |||
效益指标 | 经济效益 | 形成新能源投资增加数 | 004 >= | 1亿 | 元 | 24亿 | 9.00 | 9.00 | |||
"""

# Grid (12 columns: every row of the copy is padded to 12 cells), the Yunnan 公开 layout of the 永德 table in corpus_f:
# A = block labels (项目名称, 主管部门, 项目资金(元) merged down its rows, 年度总体目标) / 一级指标; B = values / budget-row
# labels / 二级指标; C..H = 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 / 三级指标, 指标性质, 指标值, 度量单位,
# 实际完成值, 分值; I = 得分; I:L = 备注 (budget block); J:L = 偏差原因分析及改进措施. The page's own header (索引号, 发布机构,
# 公开目录, 发布日期, 文号, 浏览量) is the web page's metadata, not part of the table, and is not typed.
# The platform's figures are numbers shown with a thousands format ("330,000.00"): typed as numbers with that format.
_baoshan = {
    "A1": "项目支出绩效自评表",
    "A2": "项目名称", "B2": "能源安全检查及新能源项目推进经费",
    "A3": "主管部门", "B3": "保山市能源局", "F3": "实施单位", "H3": "保山市能源局",
    "A4": "项目资金(元)",
    "C4": "年初预算数", "D4": "全年预算数", "E4": "全年执行数", "F4": "分值", "G4": "执行率", "H4": "得分", "I4": "备注",
    # 执行率 typed 100.00 without a % sign
    "B5": "年度资金总额", "C5": 330000, "D5": 329998.6, "E5": 329998.6, "F5": 10, "G5": 100, "H5": 10,
    "B6": "其中:当年财政拨款", "C6": 330000, "D6": 329998.6, "E6": 329998.6, "G6": 100,
    "B7": "上年结转资金",
    "B8": "其他资金",
    "A9": "年度\n总体\n目标", "B9": "预期目标", "G9": "实际完成情况",
    "B10": "通过严格能源安全执法检查工作、组织开展应急演练、加大法制宣传力度,力保全市能源运行安全、能源行业建设工程施工"
           "安全、能源行业工程质量安全。立足保山新能源资源优势及地理区位优势,加强能源网络建设、增强能源保障能力,大力优化"
           "能源供给结构,提升能源治理效能。",
    "G10": "2023年,通过开展项目现场踏勘、检查、督导,向上汇报等113次,形成新能源投资增加数24亿元,市内新增电源145.2万千瓦,"
           "确保了能源保障平稳可靠。",
    "A11": "项目支出绩效指标表",
    "A12": "绩效指标", "D12": "年度指标值", "G12": "实际完成值", "H12": "分值", "I12": "得分",
    "J12": "偏差原因分析及改进措施",
    "A13": "一级\n指标", "B13": "二级指标", "C13": "三级指标", "D13": "指标性质", "E13": "指标值", "F13": "度量单位",
    # the platform's total of the indicators' 分值 and 得分 (90 = 100 - the budget's 10), on a row of its own
    "H14": 90, "I14": 90,
    "A15": "产出指标", "B15": "数量指标", "C15": "开展项目现场踏勘、检查、督导,赴省能源局等汇报工作次数", "D15": "004 >=",
    "E15": 20, "F15": "次", "G15": 113, "H15": 22.5, "I15": 22.5,
    "A16": "产出指标", "B16": "成本指标", "C16": "经费支出", "D16": "005 <=", "E16": 33, "F16": "万元", "G16": 32.9999,
    "H16": 22.5, "I16": 22.5,
    # the stored copy ends after this row
    "A17": "效益指标", "B17": "经济效益", "C17": "形成新能源投资增加数", "D17": "004 >=", "E17": "1亿", "F17": "元",
    "G17": "24亿", "H17": 9, "I17": 9,
    "L17": None,
}

TABLES.append(Table(
    slug="yunnan_baoshan_energy_bureau_inspection_2023",
    province="云南",
    kind="project",
    url="https://alkalih2o.com/info/7535/9976364.htm",
    copied=_BAOSHAN_COPIED,
    rows=_sheet(_baoshan),
    merges=["A1:L1", "B2:L2", "B3:E3", "F3:G3", "H3:L3", "A4:A8", "I4:L4", "A9:A10", "B9:F9", "G9:L9", "B10:F10",
            "G10:L10", "A11:L11", "A12:C12", "D12:F12", "G12:G13", "H12:H13", "I12:I13", "J12:L13"],
    number_formats={"C5": "#,##0.00", "D5": "#,##0.00", "E5": "#,##0.00", "F5": "0.00", "G5": "0.00", "H5": "0.00",
                    "C6": "#,##0.00", "D6": "#,##0.00", "E6": "#,##0.00", "G6": "0.00",
                    "H14": "0.00", "I14": "0.00", "H15": "0.00", "I15": "0.00", "H16": "0.00", "I16": "0.00",
                    "H17": "0.00", "I17": "0.00"},
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="90.00",
    grade="优",
    findings=[
        ("scheme-auto", ""),
        ("missing-label", ""),            # 年度: no year anywhere on the table
        ("yuan-converted", ""),           # 项目资金(元)
        ("far-above-target", ""),         # 113 against 20 (565%), 24亿 against 1亿 (2400%)
        ("form-weight-overridden", ""),   # 产出指标 45, 效益指标 9 declared by their 分值 (满意度 declares nothing)
        ("weights-not-summing", ""),      # 产出 45 -> 50, 效益 9 -> 30
        ("category-empty", ""),           # 满意度指标: past the stored copy
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "execution-above-100", "self-score-mismatch", "self-score-above-weight", "reason-missing",
            "target-missing", "actual-missing", "target-unreadable", "unmapped-first-level", "not-quantified",
            "qualitative-no-band", "form-weight-used", "level-points-mismatch", "weights-split",
            "weights-partly-filled", "text-actual-on-number", "equal-missed", "op-conflict", "looks-like-fraction",
            "strict-met-by-equality", "total-vs-initial-budget", "op-column-unreadable", "bare-number-at-most",
            "number-taken-from-text"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): key/value label 项目名称 (A2), and A1 "项目支出绩效自评表" -> project; --scheme auto -> project
(预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true); scheme-auto 提示.
Labels: 项目名称 B2; 主管部门 B3; 实施单位 H3. 年度 (SPEC 2.1): no cell labelled 年度; above the header no cell holds a year
followed by 年度, or followed by 年 inside brackets (G10 "2023年,通过…" has 年 but not in brackets) -> missing-label 错误
(SPEC 4) -> not clean.

Budget table (SPEC 2.4): header row 4 (C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分; 备注 names
nothing). A4:A8 "项目资金(元)" is the block label and says 元 -> figures converted to 万元 with a 提示 (yuan-converted).
Label column B; budget rows 5-8; row 9's figure cells hold text (预期目标, B9:F9) -> end.
Total row 5 年度资金总额: 年初 330000 元 = 33 万元, 全年 329998.6 元 = 32.99986 万元, 执行 329998.6 元 = 32.99986 万元,
分值 10, 执行率 100 (a number, no %), 得分 10. Parts: 当年财政拨款 330000 / 329998.6 / 329998.6 (= the total); 上年结转资金
and 其他资金 empty = 0 -> no parts finding.
预算执行率 = 32.99986 / 32.99986 = 100% -> 预算执行 = 10 x 1 = 10; the officer's 100 (percent) and 10 agree.
(预算调整率 = |32.99986 - 33| / 33 = 0.00014 / 33 = 0.0004%: no indicator asks for it.)

Indicator header: rows 12-13. Row 12 holds 绩效指标 (A12:C12) and 年度指标值 (D12:F12); 实际完成值, 分值, 得分 and
偏差原因分析及改进措施 are merged down over rows 12-13 and count on row 13. Row 13 holds 一级指标, 二级指标, 三级指标,
指标值 (E, canonical) and (merged) 实际完成值 -> header row 13; 指标性质 (D) is the operator column, 度量单位 (F) the unit.
Row 14 (90 | 90 under 分值 and 得分, 三级 / 指标值 / 实际完成值 empty) is a section row: not scored, and a section row's
分值 declares nothing (only "(N分)" labels and indicators' 分值 do, SPEC 2.4).
Operator column (SPEC 2.3): it "holds a comparison in the same vocabulary (or 正向 / 反向 / 定性 / 定量)"; "004 >=" and
"005 <=" are a platform code followed by a comparison. SPEC names no codes; the reader takes a leading-zero code
before a comparison as the platform's numbering and reads the comparison (a choice, README 本项目的取舍; an earlier
reading of this table, by SPEC's letter, found the cells unreadable: op-column-unreadable 警告, the column ignored,
the targets read as bare numbers — the same scores here, since 经费支出 under 成本指标 is at most either way).
R15 and R17 -> at least, R16 -> at most; no inline comparison, so no conflict.
Form weights (SPEC 2.4, 3.1): 预算执行 10 (total row 分值); 产出指标: no "(N分)", every indicator carries a 分值 ->
22.5 + 22.5 = 45; 效益指标: R17's 9 -> 9; 满意度指标: nothing -> not every category declared -> the scheme's weights
score, and a 警告 names 产出指标 45 (scheme 50) and 效益指标 9 (scheme 30) -> form-weight-overridden.

预算执行 = 10.
产出指标 (50): 分值 22.5 + 22.5 = 45 != 50 -> scaled to 50 (weights-not-summing 警告): w = 22.5 x 50/45 = 25 each.
  R15 开展项目现场踏勘…汇报工作次数: 20 次, at least ("004 >="); a = 113 >= 20 -> 25;
      113 / 20 = 565% >= 130% -> far-above-target 提示.
  R16 经费支出: 33 万元, at most ("005 <="; not a bare number, so no bare-number-at-most); a = 32.9999 <= 33 -> 25.
  Self-scores: s 22.5 on v 22.5, w 25 -> 22.5 x 25 / 22.5 = 25 = computed -> no self-score-mismatch.
  产出指标 = 25 + 25 = 50.
效益指标 (30): one indicator in the stored copy, 分值 9 != 30 -> scaled (weights-not-summing): w = 30.
  R17 形成新能源投资增加数: "1亿" -> number 1 with the inline unit 亿 (text after the number is its unit; 度量单位 元),
      at least ("004 >="); actual "24亿" -> 24 with the unit 亿 (SPEC 2.3 lists no units; 亿 is one in the reader's
      list, so the number is not "taken from text": no 提示); 24 >= 1 -> 30; 24 / 1 = 2400% -> far-above-target.
      s 9 on v 9 -> 9 x 30 / 9 = 30 = computed.
  效益指标 = 30. Every row full marks -> no reason-missing.
满意度指标 (10): no indicator in the stored copy -> 0 (category-empty 警告).
Total = 10 + 50 + 30 + 0 = 90.00 -> 优 (>= 90).""",
    notes="""Yunnan (保山) 项目支出绩效自评表 of 保山市能源局 for 能源安全检查及新能源项目推进经费, fiscal year 2023 (the
实际完成情况 text says "2023年"; the page was published 2024-04-19 under 公开目录 自评报告), as exported by Yunnan's
预算管理一体化 platform: 项目资金(元) with a 备注 column, the two-row Yunnan indicator header, a row holding only the
indicators' total 分值 and 得分 (90.00 | 90.00), and 指标性质 written as code + comparison ("004 >=", "005 <=").
URL: the stored copy sits on a mirror host (alkalih2o.com) that copies the 保山 government site's page path
(info/7535/9976364.htm) and its 索引号 11533000MB1632050L/20240419-00001.
Source: the table flattened with " | ", empty cells dropped and every row padded to 12 cells; merged cells printed
once. Grid rebuilt on the layout of the 永德 table in corpus_f (see the comment above the cells); the part row's lone
"100.00" is typed under 执行率; the "90.00 | 90.00" row under 分值 and 得分 (where the platform prints them); the page's
metadata rows above the table are not typed. The stored copy ends after the first 效益指标 row: the rest of 效益,
满意度指标 and the closing rows are not typed, so 满意度指标 scores 0 and 效益指标 rests on one row.
Real defects: (1) no year on the table (only the web page's 发布日期 says when); (2) operator codes SPEC does not know ("004 >=", "005 <=");
(3) targets far below the actuals: 20 visits against 113 (565%), 新能源投资 1亿 against 24亿 (2400%); (4) the 成本
target 33 万元 is the 年初 budget, the actual 32.9999 the spend (32.99986 万元 rounded to 4 places); (5) 分值 22.5 /
22.5 / 9 on the visible rows (the platform's 90 points spread over more rows than the copy holds).""",
))
