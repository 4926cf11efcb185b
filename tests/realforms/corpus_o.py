"""Corpus O: an Anhui 衔接资金 project self-evaluation table of a township (萧县 杨楼镇人民政府, 2023, 杨楼社区特色种养殖
补贴到户项目, published 2023-09-28 on the county site's 乡镇 (grassroots) pages under 行业扶贫相关财政资金和县域结对帮扶
财政支援资金使用情况): the provincial 衔接资金 form of corpus_i's 张庄寨镇 table (项目负责人及电话 beside 项目名称, a
资金情况(万元) block with 全年预算数(A) / 全年执行数(B) / 分值 / 执行率(B/A) / 得分 and no 年初预算数, an indicator header
with 分值 before 年度指标值 / 全年实际值 and 未完成原因及拟采取的改进措施), but with no title and no year on the table, and
★ rows that carry only 分值 and 得分 while their targets and actuals stand on the indented breakdown rows below them.

Found in the stored copies of published pages (search corpus "pages", 32 look-ups over 湖北, 湖南, 安徽 and 江西
county, township and 街道 project tables; the other hits were already in the corpus, 决算 reports or 自评报告 whose
stored copy stops before any table, target declarations (绩效目标申报表) without actuals, city or university tables,
or copies converted to traditional characters). The stored copy holds only the first ~2,000 characters of the page;
it ends inside the first 质量指标 row ("★种植作物成活率 10 9"), and nothing past that point is typed. Cells are typed as
published (spellings, marks, the officer's own figures); where the extracted text lost the grid, the form's usual
layout was rebuilt (the 张庄寨镇 table of corpus_i, same county, same year, same form), and the table's ``notes`` say
how. The expected result is worked by hand from SPEC.md (and README's 取舍 where SPEC is silent).
"""
from __future__ import annotations

from . import Table, sheet as _sheet

TABLES: list[Table] = []


# ---------------------------------------------------------------------------------------------------
# 1. 安徽 萧县 杨楼镇人民政府 — 2023年杨楼社区特色种养殖补贴到户项目 (衔接资金 绩效自评表, no title or year on the table)
#    (★ rows with 分值 and 得分 but no 年度指标值 / 全年实际值; the breakdown rows under them, indented with spaces, hold
#    the targets and actuals and no 分值; 8.408 万元 budgeted and spent)
# ---------------------------------------------------------------------------------------------------
_YANGLOU_COPIED = r"""信息分类: 内容分类: 行业扶贫相关财政资金和县域结对帮扶财政支援资金使用情况
发文日期: 2023-09-28 10:42:51 生成日期: 2023-09-28 10:42:51
生效时间: 废止时间:
发布机构: 杨楼镇人民政府 文  号:
名  称: 2023年杨楼社区特色种养殖补贴到户项目资金使用情况
词:

2023年杨楼社区特色种养殖补贴到户项目资金使用情况

发表时间:2023-09-28 10:42信息来源:杨楼镇人民政府作者:杨楼镇阅读人次: 字体:[    ] 保护视力色:
项目名称 2023年杨楼社区特色种养殖补贴到户项目 项目负责人及电话 黄蓓蓓0557-5271001
主管部门 县农业农村局 实施单位 杨楼镇人民政府
资金情况
(万元)
全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 8.408 8.408 10 100.00% 10
其中:本年财政拨款 8.408 8.408 10 100.00% 10
      其他资金 0 0
年度总体目标 年初设定目标 年度总体目标完成情况综述
 以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。 落实64户特色种养业奖补政策,增加脱贫户家庭收入10.9304万元
绩效指标 一级
指标
二级指标 三级指标 分值 年度指标值 全年实际值 得分 未完成原因及拟采取的改进措施




(50分)
数量指标 ★补助各类粮食作物种植面积 10 10
        红薯种植面积 5.5亩 5.5亩
★补助各类瓜果蔬菜种植面积 10 10
         梨树种植面积 6亩 6亩
        桃种植面积 1亩 1亩
        葡萄种植面积 4.5亩 4.5亩
        苹果种植面积 4.7亩 4.7亩
★补助家畜家禽养殖数量 10 10
        猪养殖数量 80头 80头
        牛养殖数量 3头 3头
        鸡养殖数量 500只 500只
        羊养殖数量 283只 283只
质量指标 ★种植作物成活率 10 9"""

# Grid (11 columns, the layout of corpus_i's 张庄寨镇 table of the same form): A = block labels (项目名称, 主管部门,
# 资金情况(万元) merged down the budget block, 年度总体目标 merged down its two rows) and 绩效指标 merged down the indicator
# table; B = values / budget-row labels / 一级指标 (vertical, merged down its group); budget block: C..G = 全年预算数(A),
# 全年执行数(B), 分值, 执行率(B/A), 得分; indicator table: C = 二级指标, D = 三级指标, E = 分值, F = 年度指标值,
# G = 全年实际值, H = 得分, I:K = 未完成原因及拟采取的改进措施. A line break of the copy inside a printed cell ("资金情况" /
# "(万元)", "一级" / "指标") is typed "\n". Leading spaces the copy prints inside a cell (the indented breakdown rows,
# "      其他资金", " 以产业补助…") are typed as printed. The page's own metadata and article heading (信息分类 … 保护视力色)
# are the web page's, not the form's, and are not typed.
_yanglou = {
    "A1": "项目名称", "B1": "2023年杨楼社区特色种养殖补贴到户项目", "F1": "项目负责人及电话", "H1": "黄蓓蓓0557-5271001",
    "A2": "主管部门", "B2": "县农业农村局", "F2": "实施单位", "H2": "杨楼镇人民政府",
    # the budget block: no 年初预算数 column on this form
    "A3": "资金情况\n(万元)",
    "C3": "全年预算数(A)", "D3": "全年执行数(B)", "E3": "分值", "F3": "执行率(B/A)", "G3": "得分",
    "B4": "年度资金总额:", "C4": 8.408, "D4": 8.408, "E4": 10, "F4": "100.00%", "G4": 10,
    # the part row repeats 分值 10, 执行率 100.00% and 得分 10 (not figures SPEC reads for a part)
    "B5": "其中:本年财政拨款", "C5": 8.408, "D5": 8.408, "E5": 10, "F5": "100.00%", "G5": 10,
    "B6": "      其他资金", "C6": 0, "D6": 0,
    "A7": "年度总体目标", "B7": "年初设定目标", "G7": "年度总体目标完成情况综述",
    "B8": " 以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。",
    "G8": "落实64户特色种养业奖补政策,增加脱贫户家庭收入10.9304万元",
    # the indicator header
    "A9": "绩效指标", "B9": "一级\n指标", "C9": "二级指标", "D9": "三级指标", "E9": "分值", "F9": "年度指标值",
    "G9": "全年实际值", "H9": "得分", "I9": "未完成原因及拟采取的改进措施",
    # the vertical 一级 cell: the copy keeps its four line breaks and "(50分)" but lost the four characters (notes)
    "B10": "产\n出\n指\n标\n(50分)",
    "C10": "数量指标",
    # ★ rows: 分值 and 得分 only; the breakdown rows below them: target and actual only
    "D10": "★补助各类粮食作物种植面积", "E10": 10, "H10": 10,
    "D11": "        红薯种植面积", "F11": "5.5亩", "G11": "5.5亩",
    "D12": "★补助各类瓜果蔬菜种植面积", "E12": 10, "H12": 10,
    "D13": "         梨树种植面积", "F13": "6亩", "G13": "6亩",
    "D14": "        桃种植面积", "F14": "1亩", "G14": "1亩",
    "D15": "        葡萄种植面积", "F15": "4.5亩", "G15": "4.5亩",
    "D16": "        苹果种植面积", "F16": "4.7亩", "G16": "4.7亩",
    "D17": "★补助家畜家禽养殖数量", "E17": 10, "H17": 10,
    "D18": "        猪养殖数量", "F18": "80头", "G18": "80头",
    "D19": "        牛养殖数量", "F19": "3头", "G19": "3头",
    "D20": "        鸡养殖数量", "F20": "500只", "G20": "500只",
    "D21": "        羊养殖数量", "F21": "283只", "G21": "283只",
    # the stored copy ends inside this row: "★种植作物成活率 10 9" — 分值 10, then a "9" that is either the 得分 (as on
    # the ★ rows above) or the start of a target (as on corpus_i's 成活率 rows): not typed
    "C22": "质量指标", "D22": "★种植作物成活率", "E22": 10,
    "K22": None,
}

TABLES.append(Table(
    slug="anhui_xiaoxian_yanglou_community_breeding_subsidy_2023",
    province="安徽",
    kind="project",
    url="https://www.ahxx.gov.cn/grassroots/275/159708041.html",
    copied=_YANGLOU_COPIED,
    rows=_sheet(_yanglou),
    merges=["B1:E1", "F1:G1", "H1:K1", "B2:E2", "F2:G2", "H2:K2", "A3:A6", "A7:A8", "B7:F7", "G7:K7", "B8:F8",
            "G8:K8", "I9:K9", "A9:A22", "B10:B22", "C10:C21"],
    scheme="project",
    categories={"预算执行": "10.00", "产出指标": "34.62", "效益指标": "0.00", "满意度指标": "0.00"},
    weights={"预算执行": "10.00", "产出指标": "50.00", "效益指标": "30.00", "满意度指标": "10.00"},
    total="44.62",
    grade="差",
    findings=[
        ("scheme-auto", ""),
        ("missing-label", ""),               # no 年度 label and no year the title rule reads
        ("weights-partly-filled", ""),       # 产出指标: 4 of its 13 indicators carry a 分值 -> 50 split equally
        ("target-missing", ""),              # the ★ rows R10, R12, R17, R22 have no 年度指标值
        ("self-score-mismatch", "H10"),      # 10 typed on v 10 = 50/13 on w, 0 computed
        ("self-score-mismatch", "H12"),
        ("self-score-mismatch", "H17"),
        ("reason-missing", ""),              # R10, R12, R17, R22 score 0 with an empty reason cell
        ("category-empty", ""),              # 效益指标 and 满意度指标: past the stored copy
    ],
    absent=["budget-rate-mismatch", "budget-score-mismatch", "budget-parts-mismatch", "budget-total-empty",
            "execution-above-100", "missing-sheet", "self-score-above-weight", "unmapped-first-level",
            "not-quantified", "qualitative-no-band", "form-weight-overridden", "form-weight-used",
            "level-points-mismatch", "weights-not-summing", "weights-split", "far-above-target",
            "bare-number-at-most", "text-actual-on-number", "equal-missed", "strict-met-by-equality",
            "yuan-converted", "target-unreadable", "looks-like-fraction", "number-taken-from-text",
            "approximate-actual", "total-mismatch", "rate-mismatch", "duplicate-label"],
    clean=False,
    arithmetic="""Kind (SPEC 2.4): key/value label 项目名称 (A1) above the indicator header -> project; --scheme auto ->
project (预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10; form_weights = true); scheme-auto 提示.
Labels (SPEC 2.1, 2.4): 项目名称 B1; 主管部门 B2; 实施单位 H2 (F2:G2 is the label's own merged range; 项目负责人及电话 F1 is
no label SPEC reads). 年度: no cell labelled 年度; above the header no cell holds a year followed by 年度 or by 年 inside
brackets ("2023年杨楼社区…" in B1 holds 年 outside brackets) -> missing-label 错误 (SPEC 4: 年度 is required for a
project table). The workbook is still scored.

Budget table (SPEC 2.4): header row 3 holds 全年预算数(A) and 全年执行数(B) ("(A)", "(B)" fall away by the bracket rule):
two of the three figure headings -> a budget header; 分值 (E), 执行率(B/A) -> 执行率 (F; "(B/A)" is a trailing bracketed
group), 得分 (G); no 年初预算数 column. A3:A6 "资金情况\\n(万元)" is the block label (merged over rows; 万元, nothing
converted). Label column B (B4 "年度资金总额:" in a cell of its own). Budget rows 4-6; row 7's figure cells hold text
(年初设定目标, merged B7:F7) -> end. Total row: "年度资金总额:" (trailing colon dropped) = 年度资金总额 -> row 4: 全年 8.408,
执行 8.408, 分值 10, 执行率 "100.00%", 得分 10. Parts: 其中:本年财政拨款 8.408 / 8.408 (the list prefix "其中:" is the
reader's; the row is a part either way); "      其他资金" 0 / 0 = no money. 8.408 + 0 = 8.408 = the total -> no parts
finding. 预算执行率 = 8.408 / 8.408 = 100% -> 预算执行 = 10 x min(100%, 100%) = 10; the officer's 100.00% and 10 (on
the form's 分值 10) agree -> no budget-rate-mismatch, no budget-score-mismatch.

Indicator header row 9: "一级\\n指标" -> 一级指标 (white space removed), 二级指标, 三级指标, 分值, 年度指标值 (alias of 指标值),
全年实际值 (alias of 实际完成值), 得分 (alias of 自评得分); 未完成原因及拟采取的改进措施 -> the reason column (forms.toml's
alias beyond SPEC; by SPEC's letter there is no reason column, and reason-missing follows either way).
Rows 10-22 are indicators: each holds a 三级指标 (SPEC 2.1: an indicator when its 三级指标, 指标值 or 实际完成值 is
non-empty); none is a placeholder, total, note or block-title row. 一级 of every row: B10:B22
"产\\n出\\n指\\n标\\n(50分)" -> 产出指标(50分) -> 产出指标 (the mapping ignores "(50分)", SPEC 3.1); 二级 数量指标 (C10:C21),
质量指标 (C22). The table ends at the end of the sheet.
Form weights (SPEC 2.4, 3.1): 预算执行 10 (total row 分值); 产出指标 "(50分)" -> 50 (its indicators do not all carry a
分值, so no 分值 sum and no level-points-mismatch); 效益指标 and 满意度指标: nothing declared -> not every category
declared -> the scheme's weights score; every declared weight equals the scheme's (10, 50) -> no form-weight finding.

预算执行 = 10.
产出指标 (50): 13 indicators (R10-R22), a 分值 on 4 of them (R10, R12, R17, R22: 10 each) -> not every one readable ->
  50 split equally (SPEC 3.2): w = 50/13 each, with a 提示 (some filled, some not: weights-partly-filled).
  R10 ★补助各类粮食作物种植面积, R12 ★补助各类瓜果蔬菜种植面积, R17 ★补助家畜家禽养殖数量, R22 ★种植作物成活率: 年度指标值
  empty -> a missing target, 错误, score 0 (SPEC 3.3; target-missing; no digit in these names). (Their 全年实际值 is
  empty too; whether SPEC 3.3's "missing actual: 0, with an 错误" is raised as well on a row whose target is already
  missing SPEC does not say, so actual-missing is asserted neither way.)
  Breakdown rows, bare numbers with a unit (SPEC 2.3) -> at least (二级 数量指标; no 三级 contains 成本, 费用, 单价, 超支,
  事故, 投诉, 差错, 时限, 用时 or 时长) -> no bare-number-at-most:
  R11 5.5亩 / 5.5亩; R13 6亩 / 6亩; R14 1亩 / 1亩; R15 4.5亩 / 4.5亩; R16 4.7亩 / 4.7亩; R18 80头 / 80头;
  R19 3头 / 3头; R20 500只 / 500只; R21 283只 / 283只: a = t -> w = 50/13 each (9 rows; no a >= 130% of t).
  Self-scores (SPEC 3.2, w != v): R10, R12, R17 s = 10 on v = 10 -> read as 10 x (50/13) / 10 = 50/13 = 3.85; computed
  0 -> |3.85 - 0| > 0.01 -> self-score-mismatch 警告 at H10, H12, H17; s = v, not above -> no self-score-above-weight.
  R22: no 得分 typed (the copy's "9" is not typed) -> nothing to compare.
  Reasons (SPEC 4): R10, R12, R17, R22 are below full marks and their reason cells are empty -> reason-missing 警告.
  产出指标 = 9 x 50/13 = 450/13 = 34.615… -> 34.62 shown.
效益指标 (30): no indicator in the stored copy -> 0, category-empty 警告 (SPEC 3.1: the total is not rescaled).
满意度指标 (10): none either -> 0, category-empty 警告.
Total = 10 + 450/13 + 0 + 0 = 580/13 = 44.615… -> 44.62 (rounded half-up only here, SPEC 3) -> 差 (< 60).""",
    notes="""Anhui (宿州 萧县) 2023 衔接推进乡村振兴 project table of 杨楼镇人民政府 for the 杨楼社区特色种养殖补贴到户项目, posted
on the county site's township pages as "…项目资金使用情况": the provincial 衔接资金 form of corpus_i's 张庄寨镇 table.
Source: the page's table flattened to text, one line per printed row, cells separated by spaces, empty cells dropped
and merged cells printed once; printed line breaks inside a cell ("资金情况" / "(万元)", "一级" / "指标") are typed "\\n".
Grid rebuilt on 11 columns after the 张庄寨镇 table (same county, year and form; see the comment above the cells): the
资金情况(万元) block label merged down its four rows with the budget-row labels in B; 年度总体目标 merged down its two rows;
绩效指标 merged down column A; the 一级 cell merged down its group; on the ★ rows the two figures "10 10" are put under
分值 (E) and 得分 (H), as on the 张庄寨镇 table's ★ rows, and on the breakdown rows the two figures under 年度指标值 (F)
and 全年实际值 (G). The page's metadata lines and the article heading "2023年杨楼社区特色种养殖补贴到户项目资金使用情况"
belong to the web page, not to the table, and are not typed; the table itself has no title and no year.
One cell is restored, not copied: the vertical 一级 cell reads in the copy as four empty lines and "(50分)" — the four
characters, one a line, were lost in extraction while their line breaks survived; it is typed "产\\n出\\n指\\n标\\n(50分)"
as the same form prints it on the 张庄寨镇 page ("产 出 指 标 (50分)"). Typed as the copy shows ("(50分)" alone) every
产出 row would instead be unmapped (an extraction defect, not the officers').
The stored copy ends inside the first 质量指标 row: "★种植作物成活率 10 9" — its name and 分值 10 are typed; the "9" is
either that row's 得分 (the ★ rows above carry only 分值 and 得分) or the start of its target (corpus_i's 成活率 rows carry
"95%"), so it is not typed, and the rest of the 质量指标 rows, the 效益 and 满意度 rows and the closing rows are not typed:
效益指标 and 满意度指标 score 0 here, and the total 44.62 is the score of the part that could be read.
Real defects: (1) no year anywhere on the table (missing-label); (2) the four ★ rows carry the points (10 each) and the
officer's full 得分 but no target or actual: the figures stand on the breakdown rows beneath them (粮食 5.5亩 红薯;
瓜果蔬菜 6 + 1 + 4.5 + 4.7 = 16.2亩; 家畜家禽 80头 猪, 3头 牛, 500只 鸡, 283只 羊), so a reader of the table as SPEC defines it
sees four scored rows with no target (0 each, against the officer's 10) and nine unscored rows that meet their targets;
SPEC splits 产出's 50 over all thirteen (50/13 a row), and the officer's 10 of 10 on the ★ rows is read as 50/13 and
flagged against the computed 0; (3) every actual equals its target to the decimal (targets written after the fact);
(4) the budget block repeats 分值 10, 执行率 and 得分 on the part row 本年财政拨款.""",
))
