"""Corpus D: a Sichuan county 衔接资金 project table with form weights that add to 110, and a Chongqing
部门整体绩效自评表 whose headings SPEC does not list.

Found in the stored copies of published pages (search corpus "pages"); those copies hold only the first
~2,000 characters of a page, so each table ends where the stored copy ends, and nothing past that point
is typed. Cells are typed as published (spellings, marks, the officer's own figures and scores); where the
extracted text lost the grid, the province's usual layout was rebuilt, and each table's ``notes`` say how.
The expected results are worked by hand from SPEC.md only.

``TABLES`` holds the tables the reader can read. ``UNREADABLE`` holds a real table that SPEC's reader must
refuse (SPEC §6: no indicator header row, exit code 2); it is kept, typed, so that the day SPEC lists its
headings it can move to ``TABLES``; until then tests/test_realforms.py checks that it is refused as SPEC
says (its ``refusal``: the code, and what the message names).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []
UNREADABLE: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 四川 中江县水利局 — 绩效目标自评表(2022年度), 2022年财政衔接资金: 小型水库水标尺制作安装
#    (a county 衔接资金 form: 全年预算数(A)/全年执行数(B)/分值/执行率(B/A)/得分 with no 年初预算数; 分值 LEFT
#    of 年度指标值/全年实际值; the heading 未完成原因及拟采取的改进措施; 一级 weights 70/20/10 + budget 10 = 110)
# ---------------------------------------------------------------------------------------------------
_ZHONGJIANG_COPIED = r"""现已完成中江县2022年衔接资金实施项目绩效目标自评,意见收集人:罗娟联系电话:0838-7211924附件:2022年财政衔接资金实施项目绩效自评表中江县水利局2022年12月30日绩效目标自评表(2022年度)项目名称中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目负责人及电话谢凯13990260322(办公)主管部门中江县水利局实施单位中江县水利局资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020其他资金年度总体目标年初设定目标年度总体目标完成情况综述对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,对项目区农业用水计量,为项目区农业生产夯实基础,绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10质量指标项目(工程)验收合格率20100%100%20时效指标及时(按期)开工率10≥90%≥90%10及时(按期)完工率10≥90%≥90%10成本指标项目计划总投资1020万元20万元10效益指标(20分)经济效益指标社会效益指标受益脱贫(含监测对象)户人口数10≥1000人≥1000人10群众生产生活条件改善状况10显著提升显著提升10满意度指标(10分)服务对象满意度指标受益脱贫(含监测对象)户满意度10≥95%≥95%10……总分100100注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向"""

# Grid (9 columns): A = block labels (资金情况(万元), 年度总体目标, 绩效指标, 总分); B = budget-row labels / 一级指标;
# C = 全年预算数(A) / 二级指标; D = 全年执行数(B) / 三级指标; E = 分值 (both tables); F = 执行率(B/A) / 年度指标值;
# G = 得分 / 全年实际值; H = 得分; I = 未完成原因及拟采取的改进措施.
_zhongjiang = {
    "A1": "绩效目标自评表",
    "A2": "(2022年度)",
    "A3": "项目名称", "B3": "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装",
    "F3": "项目负责人及电话", "G3": "谢凯13990260322(办公)",
    "A4": "主管部门", "B4": "中江县水利局", "F4": "实施单位", "G4": "中江县水利局",
    "A5": "资金情况(万元)", "C5": "全年预算数(A)", "D5": "全年执行数(B)", "E5": "分值", "F5": "执行率(B/A)",
    "G5": "得分",
    "B6": "年度资金总额:", "C6": 20, "D6": 20, "E6": 10, "F6": "100.00%", "G6": 10,
    "B7": "其中:本年财政拨款", "C7": 20, "D7": 20,
    "B8": "其他资金",
    "A9": "年度总体目标", "B9": "年初设定目标", "F9": "年度总体目标完成情况综述",
    "B10": "对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,",
    "F10": "对项目区农业用水计量,为项目区农业生产夯实基础,",
    "A11": "绩效指标", "B11": "一级指标", "C11": "二级指标", "D11": "三级指标", "E11": "分值", "F11": "年度指标值",
    "G11": "全年实际值", "H11": "得分", "I11": "未完成原因及拟采取的改进措施",
    "B12": "产出指标(70分)",
    "C12": "数量指标", "D12": "安装坡面水标尺", "E12": 10, "F12": "≥266米", "G12": "≥266米", "H12": 10,
    "D13": "水标尺宽度", "E13": 10, "F13": "≥50厘米", "G13": "≥50厘米", "H13": 10,
    "C14": "质量指标", "D14": "项目(工程)验收合格率", "E14": 20, "F14": "100%", "G14": "100%", "H14": 20,
    "C15": "时效指标", "D15": "及时(按期)开工率", "E15": 10, "F15": "≥90%", "G15": "≥90%", "H15": 10,
    "D16": "及时(按期)完工率", "E16": 10, "F16": "≥90%", "G16": "≥90%", "H16": 10,
    "C17": "成本指标", "D17": "项目计划总投资", "E17": 10, "F17": "20万元", "G17": "20万元", "H17": 10,
    "B18": "效益指标(20分)",
    "C18": "经济效益指标",
    "C19": "社会效益指标", "D19": "受益脱贫(含监测对象)户人口数", "E19": 10, "F19": "≥1000人", "G19": "≥1000人",
    "H19": 10,
    "D20": "群众生产生活条件改善状况", "E20": 10, "F20": "显著提升", "G20": "显著提升", "H20": 10,
    "B21": "满意度指标(10分)",
    "C21": "服务对象满意度指标", "D21": "受益脱贫(含监测对象)户满意度", "E21": 10, "F21": "≥95%", "G21": "≥95%",
    "H21": 10,
    "D22": "……",
    "A23": "总分", "E23": 100, "H23": 100,
    "A24": "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项"
           "指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、"
           "80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向",
}

TABLES.append(Table(
    slug="sichuan_zhongjiang_water_gauge_2022",
    province="四川",
    kind="project",
    url="https://chacewang.com/newsdetail/news242266.html",
    copied=_ZHONGJIANG_COPIED,
    rows=_sheet(_zhongjiang),
    merges=["A1:I1", "A2:I2", "B3:E3", "G3:I3", "B4:E4", "G4:I4", "A5:A8", "A9:A10", "B9:E9", "F9:I9",
            "B10:E10", "F10:I10", "A11:A22", "B12:B17", "C12:C13", "C15:C16", "B18:B20", "C19:C20", "B21:B22",
            "C21:C22", "A23:D23", "A24:I24"],
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="100.00",
    grade="优",
    findings=[
        ("form-weight-overridden", ""),     # 产出指标 declared 70 (scheme 50), 效益指标 declared 20 (scheme 30)
        ("weights-not-summing", ""),        # 产出 分值 sum 70 -> scaled to 50; 效益 分值 sum 20 -> scaled to 30
        ("not-quantified", "F20"),          # 效益指标: qualitative target 显著提升
        ("number-taken-from-text", "G12"),  # actuals "≥266米", "≥50厘米", "≥90%", "≥1000人", "≥95%"
        ("bare-number-at-most", "F17"),     # 成本指标: "20万元" bare -> at most
        ("scheme-auto", ""),
    ],
    absent=["missing-label", "budget-rate-mismatch", "budget-score-mismatch", "self-score-mismatch",
            "self-score-above-weight", "level-points-mismatch", "reason-missing", "target-missing",
            "actual-missing", "unmapped-first-level", "budget-parts-mismatch", "budget-total-empty",
            "form-weight-used", "execution-above-100", "category-empty", "qualitative-no-band",
            "text-actual-on-number", "target-unreadable"],
    clean=True,
    arithmetic="""Kind: A3 项目名称 (a key/value label above the indicator header) -> project ("绩效目标自评表" alone would not say so);
--scheme auto -> project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true).
Year: no 年度 label; the first cell above the header holding a year followed by 年度 is A2 "(2022年度)" -> 2022.
项目名称 = B3; 主管部门 = B4; 实施单位 = G4 ("项目负责人及电话" is no label of SPEC's and is ignored).

Budget table (SPEC 2.4): row 5 holds 全年预算数(A) -> 全年预算数, 全年执行数(B) -> 全年执行数 (two of the three figure
headings; "(A)"/"(B)" dropped by the bracket rule), 分值, 执行率(B/A) -> 执行率, 得分. No 年初预算数 column (not required).
A5 资金情况(万元) is merged over A5:A8 (the block's label, does not count); label column B (年度资金总额:, 其中:本年财政拨款,
其他资金 in cells of their own). Row 9 (年度总体目标) has text in its figure cells -> the budget table ends at row 8.
Total row 6 "年度资金总额:" (colon dropped) -> 全年预算数 20, 全年执行数 20, 分值 10, 执行率 100.00%, 得分 10.
Parts: 本年财政拨款 20 / 20 (= the total: no parts mismatch); 其他资金 empty = 0.
预算执行率 = 20 / 20 = 100% -> 预算执行 = 10 x min(100%, 1) = 10. The officer's 100.00% equals it (no rate finding); his
得分 10 equals 10 x 100% on the form's own 分值 10 (no score finding).

Indicator header row 11: 一级指标, 二级指标, 三级指标, 分值, 年度指标值 -> 指标值, 全年实际值 -> 实际完成值, 得分 -> 自评得分.
"未完成原因及拟采取的改进措施" is none of the aliases of 偏差原因分析及改进措施 (未完成原因分析 / 未完成原因 / 偏差原因 /
偏差原因分析 / 原因分析; no containment) -> an extra column; no reason column. (Every indicator scores full below, so no
reason-missing arises either way.)
Rows: 12-17 产出, 18 经济效益指标 (三级, 指标值, 实际完成值 all empty -> section row, not scored), 19-20 效益, 21 满意度,
22 "……" with empty target and actual -> placeholder row, skipped; 23 总分 (A23:D23 covers the 一级/二级/三级 columns ->
a total row, skipped); 24 "注:1.…" -> note row, skipped.

Form weights (2.4, 3.1): 一级 labels declare 产出指标 70, 效益指标 20, 满意度指标 10; their 分值 sums agree (产出
10+10+20+10+10+10 = 70, 效益 10+10 = 20, 满意度 10) -> no level-points-mismatch; the budget row's 分值 declares 预算执行 10.
Every category declares, but 10 + 70 + 20 + 10 = 110 != 100 -> the scheme's weights score (10/50/30/10), and a 警告
(form-weight-overridden) names each declared weight that differs: 产出指标 70 (scheme 50), 效益指标 20 (scheme 30).

产出指标 (50): every row has a 分值, sum 70 != 50 -> scaled by 50/70 (weights-not-summing):
  R12 安装坡面水标尺, v 10 -> w = 10 x 50/70 = 50/7; "≥266米" at least 266; actual "≥266米" -> 266 (one number amid a
      comparison, taken with a 提示: number-taken-from-text); 266 >= 266 -> 50/7.
  R13 水标尺宽度, v 10 -> 50/7; "≥50厘米" vs "≥50厘米" -> 50 >= 50 -> 50/7.
  R14 项目(工程)验收合格率, v 20 -> 100/7; "100%" bare -> at least (not a limit by nature); 100 >= 100 -> 100/7.
  R15 及时(按期)开工率, v 10 -> 50/7; "≥90%" vs "≥90%" -> 90 >= 90 -> 50/7 (unit %, not a duration).
  R16 及时(按期)完工率, v 10 -> 50/7; likewise -> 50/7.
  R17 项目计划总投资, v 10 -> 50/7; 二级 成本指标 -> bare "20万元" means at most 20 (bare-number-at-most 提示);
      actual "20万元" = 20 <= 20 -> 50/7.
  Self-scores s = v on every row, read as s x w / v = w = the computed score -> no self-score-mismatch.
  产出指标 = 50/7 x 5 + 100/7 = 350/7 = 50.
效益指标 (30): R19, R20 have 分值 10 + 10 = 20 != 30 -> scaled by 30/20 (weights-not-summing): w = 15 each.
  R19 受益脱贫(含监测对象)户人口数: "≥1000人" vs "≥1000人" -> 1000 >= 1000 -> 15.
  R20 群众生产生活条件改善状况: qualitative target "显著提升"; actual equals it -> 达成 -> 100% x 15 = 15; s = 10 on v = 10,
      read as 10 x 15/10 = 15, inside 达成's [12, 15] -> used: 15. Qualitative target in 效益指标 -> not-quantified (F20).
  效益指标 = 30.
满意度指标 (10): R21 分值 10 = the category weight, w = 10; "≥95%" vs "≥95%" -> 95 >= 95 -> 10 (s = 10).
Total = 10 + 50 + 30 + 10 = 100.00 -> 优 (>= 90). No 错误 finding -> clean (check exits 0).""",
    notes="""Sichuan (德阳 中江县) 2022 财政衔接资金 project, published by the county water bureau as 绩效目标自评表(2022年度)
(a copy of the 10号 project table, with the Beijing-2016 column order: 分值 left of 年度指标值/全年实际值).
Source: a policy-aggregator page (chacewang) that reprints the county's notice with the table flattened into one
run of text (no cell separators at all). The notice text before the title (意见收集人, 附件 …, the date) is not typed.
Grid rebuilt on the 10号 layout (9 columns, see the comment above the cells). Splits of the run-together figures:
"202010100.00%10" -> 20 | 20 | 10 | 100.00% | 10 (全年预算数, 全年执行数, 分值, 执行率, 得分: the only split where
B/A = 100.00%); "2020" on the 本年财政拨款 row -> 20 | 20; indicator rows "<三级><分值><指标值><实际值><得分>", e.g.
"安装坡面水标尺10≥266米≥266米10" -> 10 | ≥266米 | ≥266米 | 10 and "项目计划总投资1020万元20万元10" -> 10 | 20万元 |
20万元 | 10. The 年度总体目标 text is two cells: 年初设定目标 and a 完成情况 that repeats its second half.
"经济效益指标" is followed directly by "社会效益指标": an empty 二级 row (section row). The "……" after the 满意度 row is
the form's placeholder row. "总分100100" -> 分值 100 | 得分 100 on a 总分 row merged over A:D. The note is one merged
cell; the stored copy ends inside it ("3.定量指标若为正向"), and nothing after that is typed.
Real defects: (1) the form's own 一级 weights 产出70/效益20/满意度10 plus 预算 10 add to 110, against the note printed
on the same form ("一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分") — SPEC
falls back to the scheme's 10/50/30/10 and rescales the 分值; (2) the 总分 row says 100/100 though the form carries
110 points (100 of indicators + 10 of budget), i.e. the budget points were left out of the total; (3) every
全年实际值 copies its target verbatim, comparison sign included ("≥266米", "≥90%", "≥95%") — no measured figure was
reported; (4) 经济效益指标 left empty; (5) a qualitative 效益 target (显著提升); (6) the note jumps from "1." to "3.".""",
))


# ---------------------------------------------------------------------------------------------------
# 2. 重庆 西部(重庆)科学城 融媒体中心 — 部门整体绩效自评表 (2021)
#    (Chongqing department form: one flat indicator list under 指标名称 — no 一级/二级/三级 columns — with
#    计量单位, 指标性质 定量指标/定性指标, 年初指标值, 调整指标值, 全年完成值, 得分系数(%), 指标权重(分), 指标得分(分),
#    是否核心指标; a 自评总分(分) field at the top; budget block with 执行率权重 and 执行率得分(分))
# ---------------------------------------------------------------------------------------------------
_KEXUECHENG_COPIED = r"""《部门整体绩效自评表.docx》由会员分享,可在线阅读,更多相关《部门整体绩效自评表.docx(4页珍藏版)》请在优知文库上搜索。
1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人曾雪莲联系电话部门预算执行情况相)预资5年初预算数全年(If整)预算数全年执行数执行率(%)执行率权重执行率得分(分)O76%107.6当年绩效目标年初绩效目标全年(调整)绩效目标全年目标实际完成情况无通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好氛围。保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,为建设成渝地区
2、双城经济圈和西部(重庆)重庆科学城营造了良好氛围。指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)指标权重(分)指标得分(分)是否核心指标财政供养人员控制率%定量指标100%92%100%22否“三公经费变动率%100%22否基础信息完善%100%100%100%11否预算完成率%70%76%100%22是预算调整率%3%0100%22否结转结余率%2%0100%22是公用经费控制率%100%97%100%22是“三公经费控制率%100%22否政府采购执行率%100%72.74%100%22是管理制度健全性性标定指高高100%33否资金使用合规性好好100%55否绩效指标
3、预决算信息公开性高高100%11否资产管理安全好好100%22否固定资产利用率%定量指标90%100%100%22否党性教育培训次数次26次12次100%55是组织宣传活动次数次到0次43次100%1010是制作宣传品数量份第O份20份100%55否播发稿件数量tot扁2200篇2859篇100%1010是业务保障能力提升%90%95%100%1010否公共服务"""

# Grid (11 columns): A = block labels (部门预算执行情况, 当年绩效目标, 绩效指标); B = 指标名称 / budget figures;
# C 计量单位, D 指标性质, E 年初指标值, F 调整指标值, G 全年完成值, H 得分系数(%), I 指标权重(分), J 指标得分(分),
# K 是否核心指标.
_kexuecheng = {
    "A1": "部门整体绩效自评表",
    "A2": "主管部门", "E2": "财政处室", "I2": "自评总分(分)", "J2": 97.6,
    "A3": "部门联系人", "B3": "曾雪莲", "E3": "联系电话",
    "A4": "部门预算执行情况", "B4": "年初预算数", "C4": "全年(调整)预算数", "D4": "全年执行数", "E4": "执行率(%)",
    "F4": "执行率权重", "G4": "执行率得分(分)",
    "B5": "O", "E5": "76%", "F5": 10, "G5": 7.6,
    "A6": "当年绩效目标", "B6": "年初绩效目标", "E6": "全年(调整)绩效目标", "H6": "全年目标实际完成情况",
    "B7": "无",
    "E7": "通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好"
          "氛围。保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。",
    "H7": "中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,为建设成渝"
          "地区双城经济圈和西部(重庆)重庆科学城营造了良好氛围。",
    "A8": "绩效指标", "B8": "指标名称", "C8": "计量单位", "D8": "指标性质", "E8": "年初指标值", "F8": "调整指标值",
    "G8": "全年完成值", "H8": "得分系数(%)", "I8": "指标权重(分)", "J8": "指标得分(分)", "K8": "是否核心指标",
}
_KX_ROWS = [  # 指标名称, 计量单位, 指标性质, 年初指标值, 全年完成值, 得分系数, 指标权重, 指标得分, 是否核心指标
    ("财政供养人员控制率", "%", "定量指标", "100%", "92%", "100%", 2, 2, "否"),
    ("“三公经费变动率", "%", None, None, None, "100%", 2, 2, "否"),
    ("基础信息完善", "%", None, "100%", "100%", "100%", 1, 1, "否"),
    ("预算完成率", "%", None, "70%", "76%", "100%", 2, 2, "是"),
    ("预算调整率", "%", None, "3%", 0, "100%", 2, 2, "否"),
    ("结转结余率", "%", None, "2%", 0, "100%", 2, 2, "是"),
    ("公用经费控制率", "%", None, "100%", "97%", "100%", 2, 2, "是"),
    ("“三公经费控制率", "%", None, None, None, "100%", 2, 2, "否"),
    ("政府采购执行率", "%", None, "100%", "72.74%", "100%", 2, 2, "是"),
    ("管理制度健全性", None, "定性指标", "高", "高", "100%", 3, 3, "否"),
    ("资金使用合规性", None, None, "好", "好", "100%", 5, 5, "否"),
    ("预决算信息公开性", None, None, "高", "高", "100%", 1, 1, "否"),
    ("资产管理安全", None, None, "好", "好", "100%", 2, 2, "否"),
    ("固定资产利用率", "%", "定量指标", "90%", "100%", "100%", 2, 2, "否"),
    ("党性教育培训次数", "次", None, "26次", "12次", "100%", 5, 5, "是"),
    ("组织宣传活动次数", "次", None, "到0次", "43次", "100%", 10, 10, "是"),
    ("制作宣传品数量", "份", None, "第O份", "20份", "100%", 5, 5, "否"),
    ("播发稿件数量", "篇", None, "2200篇", "2859篇", "100%", 10, 10, "是"),
    ("业务保障能力提升", "%", None, "90%", "95%", "100%", 10, 10, "否"),
]
for _i, (_name, _unit, _kind, _target, _actual, _coef, _weight, _score, _core) in enumerate(_KX_ROWS, start=9):
    for _col, _v in zip("BCDEGHIJK", (_name, _unit, _kind, _target, _actual, _coef, _weight, _score, _core)):
        if _v is not None:
            _kexuecheng[f"{_col}{_i}"] = _v

UNREADABLE.append(Table(
    slug="chongqing_kexuecheng_media_centre_dept_2021",
    province="重庆",
    kind="department",
    url="https://m.yzwku.com/doc/98587.html",
    copied=_KEXUECHENG_COPIED,
    rows=_sheet(_kexuecheng),
    merges=["A1:K1", "B2:D2", "F2:H2", "J2:K2", "B3:D3", "F3:K3", "A4:A5", "A6:A7", "B6:D6", "E6:G6", "H6:K6",
            "B7:D7", "E7:G7", "H7:K7", "A8:A27", "D9:D17", "D18:D21", "D22:D27"],
    scheme="department-overall",
    refusal=("no-header", "一级指标", "二级指标", "三级指标"),
    categories={},
    total="",
    grade="",
    findings=[],
    arithmetic="""SPEC verdict: the file cannot be used (SPEC 6: no indicator header row), exit code 2, one Chinese message naming
the file and saying which headings a header row needs, no output.
Why: SPEC 2.1's indicator header row must hold 一级指标, 二级指标, 三级指标, 指标值 and 实际完成值. Row 8 holds 年初指标值
(an alias of 指标值), 全年完成值 (an alias of 实际完成值), and, optional, 计量单位 (alias of 度量单位), 指标性质 (the operator
column), 调整指标值, 指标权重(分) -> 指标权重 (alias of 分值, bracket rule), 指标得分(分) -> 指标得分 (alias of 自评得分);
得分系数(%) and 是否核心指标 are extra columns. But the form has one name column, 指标名称, and no 一级指标, 二级指标 or
三级指标 heading: 指标名称 is no alias of 三级指标, and nothing matches by containment (SPEC 2). No other row holds the
headings, and no sheet is named 整体绩效目标申报表 -> no indicator header row (SPEC 2.1: a header row holds ALL the
required headings; row 8 holds two of the five) -> refused as "no indicator header row", not as a header row with a
column missing: no row of this sheet is an indicator header in SPEC's sense, so there is no header row whose
missing columns could be named. The message names the file, the sheet (Sheet1) and the headings a header row
needs (一级指标, 二级指标, 三级指标 among them). It need not name Sheet1: no sheet is named 整体绩效目标申报表 and no sheet
holds a header row, so no sheet is the declaration sheet (SPEC 2.1) and there is no sheet "where" the header is
missing (SPEC 6: "the sheet/cell where there is one"); saying that no sheet holds a header row is as true.
Had 指标名称 been read as 三级指标 (and the levels left blank), every row would be an indicator with an empty 一级 ->
unmapped-first-level on every row, so even then nothing could be scored by department-overall; the 自评总分 97.6 =
执行率得分 7.6 + 90 points of indicators is the officer's, not SPEC's.""",
    notes="""Chongqing's 部门整体绩效自评表 (the 2021 form of the 重庆 budget system), filled by the 融媒体中心 of 西部(重庆)科学城
for its whole budget. Source: a document-sharing site's text preview of the published .docx (three preview chunks
"1、", "2、", "3、", which cut the text at arbitrary points; the chunk markers are not cells). The preview is an OCR of
the pages, with damage.
Grid rebuilt on the form's layout (11 columns, see the comment above the cells). The form's printed headings are
typed as the form prints them where the OCR garbled them: "全年(If整)预算数" -> 全年(调整)预算数; "年成值全完值" (the
vertical heading read across its lines) -> 全年完成值; the budget block's label "部门预算执行情况相)预资5" -> 部门预算执行情况
(the debris "相)预资5" is left out; it is probably "(万元)" and a vertical 预算资金 label). "绩效指标", printed mid-block
in the preview, is the tall cell left of the indicator list (A8:A27). The 指标性质 "性标定指" is the vertical merged
cell 定性指标 read out of order; 定量指标 / 定性指标 are typed merged down their rows.
The officer's entries are typed as the preview gives them, damage included, and not guessed at: the budget row
"O76%107.6" -> "O" | | | 76% | 10 | 7.6 (the three budget figures are illegible in the copy: "O" in the first, the
other two lost); targets "26次", "到0次", "第O份" (probably comparison signs and digits misread: ≥6次?, ≥40次?, ≥10份?);
the unit "tot扁" of 播发稿件数量 is typed 篇 (the unit its own values carry: 2200篇, 2859篇). Rows "“三公经费变动率" and
"“三公经费控制率" (one opening quote only, as printed) have no target and no actual — only 100% | 2 | 2. In the
年度目标 row the text order is 无, then the 年初 text, then the 完成情况 text; they are typed in that order into the three
cells (年初绩效目标 = 无). The copy ends at the name "公共服务" of the next row: that row and all after it are not typed.
Real defects (officer's): 得分系数 100% and full 指标得分 on every row, also where the actual misses the target
(政府采购执行率 72.74% against 100%; 党性教育培训次数 12次 against the target as printed) and where no actual was
given at all (the two "三公经费 rows); the budget block reports 执行率 76% but no legible figures.
What it teaches: the Chongqing department form has a flat indicator list (指标名称, with 指标性质 定量/定性 and
是否核心指标) and no 一级/二级/三级 levels, so SPEC's reader refuses it (a SPEC gap: no alias maps 指标名称 to 三级指标, and
no rule supplies the missing levels).""",
))
