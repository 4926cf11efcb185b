"""The forms departments already fill (SPEC §2.1, §2.2, §2.4) and the weights they declare (§3.1, §3.2, §4).

Each test builds one small workbook in code for one clause of SPEC; the expected figures are worked
out by hand from SPEC (the arithmetic is in the comments), never copied from what the code prints.
"""
from __future__ import annotations

from fractions import Fraction as F

import pytest
from openpyxl import Workbook

from helpers import build_once

import selfeval_xl
from selfeval_xl.reading import read_workbook

SHEET = "整体绩效目标申报表"
DEFAULT_BUDGET = {"年初预算数": 100, "全年预算数": 100, "全年执行数": 100}
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "自评得分",
        "偏差原因分析及改进措施"]


# ------------------------------------------------------------------------------------------------
# Building workbooks
# ------------------------------------------------------------------------------------------------

def write(path, cells: dict[int, list], merges=(), budget=DEFAULT_BUDGET, sheet=SHEET, formats=None):
    """cells: sheet row → values from column A (None leaves a cell blank); merges: "A5:A9" …;
    budget: the 资金执行情况 sheet's label → value, or None for no such sheet.  Built once for the
    same arguments (helpers.build_once)."""
    return build_once(path, _build, cells, tuple(merges), budget, sheet, formats)


def _build(out, cells, merges, budget, sheet, formats) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r, values in cells.items():
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for m in merges:
        ws.merge_cells(m)
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    if budget is not None:
        b = wb.create_sheet("资金执行情况")
        for i, (k, v) in enumerate(budget.items(), start=1):
            b.cell(i, 1, k)
            if v is not None:
                b.cell(i, 2, v)
    wb.save(out)


def dept(tmp_path, rows, head=HEAD, *, merges=(), budget=DEFAULT_BUDGET, pre=None, name="d.xlsx"):
    """A department table: title, 年度, 部门(单位)名称, the header on row 5, `rows` from row 6."""
    cells = {1: ["部门（单位）整体绩效自评表"], 2: ["年度", 2021], 3: ["部门（单位）名称", "测试单位"]}
    if pre:
        cells.update(pre)
    cells[5] = list(head)
    for i, row in enumerate(rows, start=6):
        cells[i] = list(row)
    return write(tmp_path / name, cells, merges, budget)


def records(d):
    return d.indicators.to_dict("records")


def thirds(d):
    return [r["third"] for r in records(d)]


def codes(findings, level=None):
    return [f.code for f in findings if level is None or f.level == level]


def found(findings, code):
    return [f for f in findings if f.code == code]


def cats(result):
    return {r["指标"]: (r["权重分值"], r["得分"]) for r in result.categories.to_dict("records")}


def ind(result, third):
    rows = result.indicators[result.indicators["三级指标"] == third]
    assert len(rows) == 1, third
    return rows.iloc[0]


# The 10号 project form: title, (year), 项目名称, 主管部门/实施单位, the 项目资金(万元) block, 年度总体目标,
# then the indicator table.
BUDGET_HEAD = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
#                 label              年初  全年  执行  分值 执行率 得分
BUDGET_ROWS = [["年度资金总额",        100, 120, 108, 10, 90, 9],
               ["其中：本年财政拨款",   80, 100, 90, "—", "—", "—"],
               ["上年结转资金",         20, 20, 18],
               ["其他资金",             0, 0, 0]]
IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评得分",
            "偏差原因分析及改进措施"]
PROJECT_INDICATORS = [
    ["产出指标（50分）", "数量指标", "培训人次", "≥100人次", "100人次", 50, 50],
    ["效益指标（30分）", "社会效益指标", "培训合格率", "≥90%", "95%", 30, 30],
    ["满意度指标（10分）", "服务对象满意度指标", "学员满意度", "≥90%", "96%", 10, 10],
]


def project(tmp_path, *, title="项目支出绩效自评表", year_line="（2022年度）", block="项目资金（万元）",
            budget_head=BUDGET_HEAD, budget_rows=BUDGET_ROWS, label_heading=None,
            indicators=PROJECT_INDICATORS, ind_head=IND_HEAD, budget=None, project_name="测试项目",
            after=(), name="p.xlsx", formats=None):
    """Rows: 1 title, 2 year line, 3 项目名称, 4 主管部门 | 实施单位, 5 budget header (block label in A,
    merged down over the budget rows; label column B, figures from C), budget rows, 年度总体目标
    (two rows), the indicator header, the indicators, then `after`."""
    cells = {1: [title], 2: [year_line], 3: ["项目名称", project_name],
             4: ["主管部门", "某局", None, "实施单位（盖章）", "某单位"]}
    merges = ["A1:H1"]
    h = 5
    cells[h] = [block, label_heading, *budget_head]
    for i, row in enumerate(budget_rows, start=h + 1):
        cells[i] = [None, *row]
    last = h + len(budget_rows)
    merges.append(f"A{h}:A{last}")
    g = last + 1
    cells[g] = ["年度总体目标", "预期目标", None, None, "实际完成情况"]
    cells[g + 1] = [None, "完成培训任务", None, None, "已完成培训任务"]
    merges += [f"A{g}:A{g + 1}", f"B{g}:D{g}", f"E{g}:H{g}", f"B{g + 1}:D{g + 1}", f"E{g + 1}:H{g + 1}"]
    ih = g + 2
    cells[ih] = list(ind_head)
    for i, row in enumerate(indicators, start=ih + 1):
        cells[i] = list(row)
    r = ih + len(indicators) + 1
    for row in after:
        cells[r] = list(row)
        r += 1
    return write(tmp_path / name, cells, merges, budget, formats=formats)


# ================================================================================================
# §2.1 The indicator header
# ================================================================================================

def test_unit_column_is_optional_the_unit_is_in_the_value(tmp_path):
    """§2.1: without 度量单位 the unit is the one written in the value ("≥50个", "≤90万元")."""
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"]
    rows = [["产出指标", "数量指标", "培训人次", "≥50个", "40个"],
            ["产出指标", "成本指标", "培训经费", "≤90万元", "80万元"]]
    r = selfeval_xl.evaluate(dept(tmp_path, rows, head))
    assert "unit" not in r.declaration.columns
    # 产出指标 40 split equally: 20 each.  40 个 of ≥50 个: 20 × 40/50 = 16; 80 万元 ≤ 90 万元: 20.
    assert ind(r, "培训人次")["得分"] == 16
    assert ind(r, "培训经费")["得分"] == 20
    assert ind(r, "培训人次")["target_number"] == 50
    assert not [f for f in r.findings if f.level == "错误"]


ROW = {"first": "产出指标", "second": "数量指标", "third": "培训人次", "target": "≥10", "unit": "人次",
       "actual": "8", "weight": 40, "self_score": 30, "reason": "受疫情影响", "op": "≥", "adjusted": None}
CANON = {"一级指标": "first", "二级指标": "second", "三级指标": "third", "指标值": "target", "度量单位": "unit",
         "实际完成值": "actual", "分值": "weight", "自评得分": "self_score", "偏差原因分析及改进措施": "reason",
         "指标性质": "op"}
ALIASES = [("指标值", a) for a in ["年度指标值", "年初指标值", "年初目标值", "目标值", "绩效目标值", "指标目标值"]] + \
          [("度量单位", "计量单位")] + \
          [("实际完成值", a) for a in ["完成值", "全年实际值", "全年完成值", "实际值"]] + \
          [("分值", a) for a in ["权重", "指标权重", "指标分值", "参考分值"]] + \
          [("自评得分", a) for a in ["得分", "指标得分", "自评分"]] + \
          [("偏差原因分析及改进措施", a) for a in ["未完成原因分析", "未完成原因", "偏差原因", "偏差原因分析", "原因分析"]] + \
          [("指标性质", "计算符号")]


@pytest.mark.parametrize("canon, alias", ALIASES, ids=[a for _c, a in ALIASES])
def test_heading_alias(tmp_path, canon, alias):
    """§2.1: each alias stands for its heading."""
    heads = [alias if h == canon else h for h in CANON]
    row = [ROW[CANON[h]] for h in CANON]
    d = read_workbook(dept(tmp_path, [row], heads))
    got = records(d)[0]
    assert got[CANON[canon]] == ROW[CANON[canon]]


def test_heading_alias_adjusted_target(tmp_path):
    """§2.1: 调整后指标值 is an alias of 调整指标值, whose value is the row's target."""
    heads = HEAD + ["调整后指标值"]
    d = read_workbook(dept(tmp_path, [["产出指标", "数量指标", "培训人次", "≥10", "人次", "11", None, None,
                                       None, "≥12"]], heads))
    got = records(d)[0]
    assert got["target"] == "≥12" and got["target_initial"] == "≥10"


CANON_VS_ALIAS = [("指标值", "目标值", "target", "≥10", "≥99"),
                  ("实际完成值", "完成值", "actual", "8", "99"),
                  ("度量单位", "计量单位", "unit", "人次", "个"),
                  ("分值", "权重", "weight", 40, 99),
                  ("偏差原因分析及改进措施", "原因分析", "reason", "受疫情影响", "别的"),
                  ("指标性质", "计算符号", "op", "≥", "≤")]


@pytest.mark.parametrize("canon, alias, field, good, other", CANON_VS_ALIAS, ids=[c[1] for c in CANON_VS_ALIAS])
def test_canonical_heading_wins_over_its_alias(tmp_path, canon, alias, field, good, other):
    """§2.1: "a canonical heading wins over its alias when both are present" — the alias is put
    LEFT of the canonical heading, so the leftmost rule cannot explain the result."""
    heads = ["一级指标", "二级指标", "三级指标", alias, canon]
    row = ["产出指标", "数量指标", "培训人次", other, good]
    for h, v in (("指标值", "≥10"), ("实际完成值", "8")):
        if h not in heads:
            heads.append(h)
            row.append(v)
    d = read_workbook(dept(tmp_path, [row], heads))
    assert records(d)[0][field] == good


def test_adjusted_target_canonical_wins_over_alias(tmp_path):
    heads = HEAD + ["调整后指标值", "调整指标值"]
    d = read_workbook(dept(tmp_path, [["产出指标", "数量", "甲", "≥10", "个", "11", None, None, None,
                                       "≥99", "≥12"]], heads))
    assert records(d)[0]["target"] == "≥12"


def test_two_row_header_lower_row_is_the_header(tmp_path):
    """§2.1: a group heading (年度指标值) above, the headings below, 一级/二级/三级 and 实际完成值 merged
    down over both rows.  Both rows hold every required heading (年度指标值 is an alias of 指标值
    on the upper row); the lower one is the header, so 指标值 is E (below), not D (where the
    merged-across group heading starts — the lower row puts 度量单位 there)."""
    cells = {1: ["部门（单位）整体绩效自评表"], 2: ["年度", 2021], 3: ["部门（单位）名称", "测试单位"],
             5: ["一级指标", "二级指标", "三级指标", "年度指标值", None, "实际完成值"],
             6: [None, None, None, "度量单位", "指标值"],
             7: ["产出指标", "数量指标", "培训人次", "人次", "≥10", "12"]}
    p = write(tmp_path / "a.xlsx", cells, ["A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6"])
    d = read_workbook(p)
    assert d.header_row == 6
    got = records(d)
    assert len(got) == 1
    assert got[0]["target"] == "≥10" and got[0]["unit"] == "人次" and got[0]["actual"] == "12"


def test_two_row_header_under_a_group_heading(tmp_path):
    """§2.1: "绩效指标" merged across the three level columns above them; 指标值 and 实际完成值 merged
    down over both rows count on the lower row, which is the header."""
    cells = {1: ["部门（单位）整体绩效自评表"], 2: ["年度", 2021], 3: ["部门（单位）名称", "测试单位"],
             5: ["绩效指标", None, None, "指标值", "实际完成值"],
             6: ["一级指标", "二级指标", "三级指标"],
             7: ["产出指标", "数量指标", "培训人次", "≥10", "12"]}
    p = write(tmp_path / "a.xlsx", cells, ["A5:C5", "D5:D6", "E5:E6"])
    d = read_workbook(p)
    assert d.header_row == 6
    assert [(r["first"], r["third"], r["target"], r["actual"]) for r in records(d)] == \
        [("产出指标", "培训人次", "≥10", "12")]


def test_adjusted_target_with_a_value_is_the_target(tmp_path):
    """§2.1: 调整指标值 holding a value is the target, 指标值 kept beside it; 40 × 11/12 scores."""
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "调整指标值", "实际完成值"]
    r = selfeval_xl.evaluate(dept(tmp_path, [["产出指标", "数量指标", "培训人次", "≥10人次", "≥12人次",
                                              "11人次"]], heads))
    row = records(r.declaration)[0]
    assert row["target"] == "≥12人次" and row["target_initial"] == "≥10人次"
    # the only 产出指标 indicator: w = 40; 11 of ≥12: 40 × 11/12 = 110/3
    assert ind(r, "培训人次")["得分"] == F(110, 3)


@pytest.mark.parametrize("mark", ["—", "-", "/", "无", None])
def test_adjusted_target_dash_or_none_is_ignored(tmp_path, mark):
    """§2.1: a 调整指标值 of —, -, / or 无 (or empty) holds no value: the 指标值 is the target."""
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "调整指标值", "实际完成值"]
    r = selfeval_xl.evaluate(dept(tmp_path, [["产出指标", "数量指标", "培训人次", "≥10人次", mark,
                                              "11人次"]], heads))
    row = records(r.declaration)[0]
    assert row["target"] == "≥10人次" and row["target_initial"] is None
    assert ind(r, "培训人次")["得分"] == 40          # 11 ≥ 10: full marks, w = 40


# ================================================================================================
# §2.1 Indicator rows
# ================================================================================================

H5 = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"]


def levels(d):
    return [(r["first"], r["second"], r["third"]) for r in records(d)]


def test_section_rows_set_inheritance(tmp_path):
    """§2.1: a row with 三级指标, 指标值 and 实际完成值 all empty is a section row; it sets what later
    rows inherit and is not an indicator."""
    rows = [["产出指标", None, None, None, None],
            [None, "数量指标", None, None, None],
            [None, None, "甲", "≥1", "1"],
            [None, "质量指标", None, None, None],
            [None, None, "乙", "≥1", "1"],
            ["效益指标", "社会效益指标", None, None, None],
            [None, None, "丙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("产出指标", "质量指标", "乙"),
                         ("效益指标", "社会效益指标", "丙")]


PLACEHOLDERS = ["指标1", "指标2：", "指标3:", "……", "…", "⋯", "...", "等", "其他"]


@pytest.mark.parametrize("ph", PLACEHOLDERS)
def test_placeholder_rows_skipped_but_change_inheritance(tmp_path, ph):
    """§2.1: a placeholder 三级指标 with 指标值 and 实际完成值 empty is skipped, and it does change what
    later rows inherit."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            ["效益指标", "社会效益指标", ph, None, None],
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("效益指标", "社会效益指标", "乙")]


@pytest.mark.parametrize("text", ["指标1：培训人次", "指标1、培训人次", "指标1培训人次", "指标12:培训人次"])
def test_placeholder_prefix_with_a_name_is_the_name(tmp_path, text):
    d = read_workbook(dept(tmp_path, [["产出指标", "数量指标", text, "≥1", "1"]], H5))
    assert thirds(d) == ["培训人次"]


def test_placeholder_with_a_value_is_an_indicator(tmp_path):
    """§2.1: a placeholder is skipped only when 指标值 and 实际完成值 are both empty."""
    d = read_workbook(dept(tmp_path, [["产出指标", "数量指标", "其他", "≥1", "1"]], H5))
    assert thirds(d) == ["其他"]


@pytest.mark.parametrize("note", ["注：以上指标为示例", "注", "说明:本表由单位填写", "备注1.指标值见附件",
                                  "注1、示例"])
@pytest.mark.parametrize("col", [0, 2], ids=["A", "C"])
def test_note_rows_skipped_without_changing_inheritance(tmp_path, note, col):
    """§2.1: a note row's first non-empty cell is 注, 说明 or 备注, or starts with one followed by ：,
    :, a digit or a list mark; it is skipped and does not change inheritance."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [note, None, None, None, None] if col == 0 else [None, None, note, None, None],
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙")]


@pytest.mark.parametrize("name", ["注册登记率", "说明书发放数", "备案完成率"])
def test_words_starting_like_a_note_are_indicators(tmp_path, name):
    """§2.1: "注册登记率" is no note — even as the row's first non-empty cell (一级/二级 inherited)."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [None, None, name, "≥90%", "95%"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", name)]


@pytest.mark.parametrize("total", ["合计", "小计", "总计", "得分合计", "总分（100分）", "合 计"])
@pytest.mark.parametrize("col", [0, 2], ids=["一级", "三级"])
def test_total_rows_skipped(tmp_path, total, col):
    """§2.1: a row whose 一级, 二级 or 三级 matches, as a label, 合计/小计/总计/总分/得分合计 is skipped
    (even with numbers beside it) and does not change inheritance."""
    head = H5 + ["分值", "自评得分"]
    trow = [None] * 7
    trow[col] = total
    trow[5], trow[6] = 100, 95
    rows = [["产出指标", "数量指标", "甲", "≥1", "1", 100, 100],
            trow,
            [None, None, "乙", "≥1", "1", None, None]]
    d = read_workbook(dept(tmp_path, rows, head))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙")]


def test_repeated_header_row_skipped(tmp_path):
    """§2.1: a repeated header row is skipped and does not change inheritance."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            H5,
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙")]


@pytest.mark.parametrize("span", ["A7:E7", "A7:C7", "B7:D7"])
def test_block_title_row_skipped_without_changing_inheritance(tmp_path, span):
    """§2.1: a row whose only content is one merged cell across the table ("年度绩效目标2(40分)")
    is a block title: skipped, inheritance unchanged."""
    title = [None] * 5
    title["ABCDE".index(span[0])] = "年度绩效目标2（40分）"
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            title,
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5, merges=[span]))
    assert levels(d) == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙")]


def test_cell_merged_over_first_and_second_level_only_is_a_section_row(tmp_path):
    """§2.1: a cell merged across only the 一级 and 二级 columns is no block title: a section row,
    which sets the inherited 一级."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            ["效益指标", None, None, None, None],
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5, merges=["A7:B7"]))
    got = levels(d)
    assert [t for _f, _s, t in got] == ["甲", "乙"]
    assert got[1][0] == "效益指标"


@pytest.mark.parametrize("closing", ["评价结论", "自评结论：良", "存在问题：部分指标未完成", "存在的问题",
                                     "改进措施:加强管理", "项目负责人：张三", "填报人:李四", "其他需要说明事项"])
def test_closing_rows_end_the_table(tmp_path, closing):
    """§2.1: the table ends at the first closing row (the word alone, or followed by ：or :)."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [closing, None, "写在三级列里的文字", None, None],
            ["产出指标", "数量指标", "不属于表格", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert thirds(d) == ["甲"]


@pytest.mark.parametrize("name", ["存在问题整改率", "改进措施落实率", "联系人员培训次数"])
def test_closing_word_inside_an_indicator_name_is_no_closing_row(tmp_path, name):
    """§2.1: "存在问题整改率 is not a closing row: the word must stand alone or be followed by a colon"
    — here it is the row's first non-empty cell (一级/二级 inherited)."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [None, None, name, "≥90%", "95%"],
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert thirds(d) == ["甲", name, "乙"]


def test_table_ends_after_three_empty_rows_not_two(tmp_path):
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [None] * 5, [None] * 5,
            [None, None, "乙", "≥1", "1"],
            [None] * 5, [None] * 5, [None] * 5,
            [None, None, "丙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert thirds(d) == ["甲", "乙"]


# ================================================================================================
# §2.4 Form kind, labels, year
# ================================================================================================

def test_project_name_label_above_header_makes_a_project_table(tmp_path):
    cells = {1: ["绩效自评表"], 2: ["项目名称", "农村道路养护"], 3: ["年度", 2022], 5: H5,
             6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.kind == "project"
    assert "项目名称" in d.kind_reason and "A2" in d.kind_reason
    assert d.fact("项目名称") == "农村道路养护"
    assert not found(d.findings, "missing-label")     # 部门(单位)名称 is not required of a project table


@pytest.mark.parametrize("title", ["项目支出绩效自评表", "2022年度项目支出绩效自评表",
                                   "附件2：项目支出 绩效自评表", "某局项目绩效自评表"])
def test_title_naming_the_project_form_makes_a_project_table(tmp_path, title):
    cells = {1: [None, title], 2: ["年度", 2022], 5: H5, 6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.kind == "project" and "B1" in d.kind_reason
    # a project table requires 项目名称 (an 错误 here, none filled) and not 部门(单位)名称
    missing = found(d.findings, "missing-label")
    assert [f.level for f in missing] == ["错误"]
    assert "项目名称" in missing[0].message and "部门" not in missing[0].message


def test_project_table_requires_a_year(tmp_path):
    cells = {1: ["项目支出绩效自评表"], 2: ["项目名称", "农村道路养护"], 5: H5,
             6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.kind == "project" and d.year is None
    missing = found(d.findings, "missing-label")
    assert len(missing) == 1 and "年度" in missing[0].message and missing[0].level == "错误"


def test_note_below_the_table_mentioning_the_project_form_changes_nothing(tmp_path):
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [None] * 5, [None] * 5, [None] * 5,
            ["注：项目填报格式参照项目支出绩效自评表"],
            ["项目名称", "不算数"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert d.kind == "department"
    assert not found(d.findings, "missing-label")


def test_department_table_requires_its_name(tmp_path):
    cells = {1: ["部门（单位）整体绩效自评表"], 2: ["年度", 2021], 5: H5, 6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.kind == "department"
    missing = found(d.findings, "missing-label")
    assert len(missing) == 1 and "部门(单位)名称" in missing[0].message


@pytest.mark.parametrize("label, impl", [("主管部门", "实施单位（盖章）"), ("项目主管部门", "项目实施单位"),
                                         ("主管部门：", "实施单位(盖章)：")])
def test_supervising_and_implementing_units_are_read(tmp_path, label, impl):
    cells = {1: ["项目支出绩效自评表"], 2: ["（2022年度）"], 3: ["项目名称", "农村道路养护"],
             4: [label, "市交通局", None, impl, "市公路中心"], 5: H5,
             6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.fact("主管部门") == "市交通局" and d.fact("实施单位") == "市公路中心"


def test_blank_supervising_unit_followed_by_a_label_is_unfilled(tmp_path):
    """§2.1: when the value cell is itself a known label (a blank 主管部门 followed by 实施单位),
    the label is unfilled."""
    cells = {1: ["项目支出绩效自评表"], 2: ["（2022年度）"], 3: ["项目名称", "农村道路养护"],
             4: ["主管部门", None, "实施单位", "市公路中心"], 5: H5,
             6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.fact("主管部门") is None and d.fact("实施单位") == "市公路中心"


@pytest.mark.parametrize("text, year", [("（2022年度）", 2022), ("(2021年)", 2021), ("（2021年）", 2021),
                                        ("(2021 年度)", 2021), ("2023年度绩效目标完成情况", 2023),
                                        ("项目支出绩效自评表（2020年度）", 2020)])
def test_year_from_a_cell_above_the_header(tmp_path, text, year):
    cells = {1: ["项目支出绩效自评表"], 2: [None, text], 3: ["项目名称", "农村道路养护"], 5: H5,
             6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.year == year
    assert not found(d.findings, "missing-label")


def test_year_not_from_a_bare_year_outside_brackets(tmp_path):
    """§2.1: 19xx/20xx followed by 年度, or by 年 inside brackets — "成立于2015年" gives no year."""
    cells = {1: ["项目支出绩效自评表"], 2: ["单位成立于2015年"], 3: ["项目名称", "农村道路养护"], 5: H5,
             6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.year is None


# ================================================================================================
# §2.4 The budget table
# ================================================================================================

def test_budget_table_10hao_layout(tmp_path):
    """The 10号 layout: 年初/全年/执行 from the total row 年度资金总额 (100 / 120 / 108); parts sum to
    the total (80+20+0 = 100, 100+20+0 = 120, 90+18+0 = 108): no budget finding."""
    d = read_workbook(project(tmp_path))
    t = d.budget_table
    assert t is not None
    assert t.total.label == "年度资金总额"
    assert [p.label for p in t.parts] == ["其中：本年财政拨款", "上年结转资金", "其他资金"]
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)
    assert t.declared_weight == 10
    assert not t.summed
    assert not [c for c in codes(d.findings) if c.startswith("budget-")]
    assert "missing-sheet" not in codes(d.findings)


def test_budget_table_other_funds_row_is_not_the_declarations_other_funds(tmp_path):
    """§2.4: the budget table's 其他资金 row is not the declaration's 其他资金."""
    rows = [r[:] for r in BUDGET_ROWS]
    rows[3] = ["其他资金", 5, 5, 5]
    rows[0] = ["年度资金总额", 105, 125, 113, 10, None, None]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert d.fact("其他资金") is None
    assert d.budget_value("全年预算数") == 125


def test_budget_headings_with_circled_numbers_and_formulas(tmp_path):
    """§2.4: circled numbers and a trailing formula are dropped from a heading before matching."""
    head = ["年初预算数①", "全年预算数③=①+②", "全年执行数④", "分值⑤", "执行率=执行数/预算数", "得分⑥=⑤×执行率"]
    d = read_workbook(project(tmp_path, budget_head=head))
    t = d.budget_table
    assert set(t.columns) == {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"}
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)


# regression: with 预算数 (listed after 年度预算数) the label column's heading won, then was dropped
@pytest.mark.parametrize("full", ["全年预算数", "调整预算数", "预算数"])
def test_budget_table_sichuan_label_column_headed_annual_budget(tmp_path, full):
    """§2.4: the 四川 form heads its label column 年度预算数(万元): that heading names no figure.  The
    figure columns are right of the label column, so 全年预算数 is column D whatever alias heads it
    (with 预算数, listed after 年度预算数, the label column's heading must not win)."""
    head = ["年初预算数", full, "执行数", "分值", "执行率", "得分"]
    d = read_workbook(project(tmp_path, budget_head=head, label_heading="年度预算数（万元）"))
    t = d.budget_table
    assert t is not None and t.label_column == 2
    assert t.columns["全年预算数"] == 4
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)


def test_budget_total_row_empty_uses_the_sums_of_the_parts(tmp_path):
    """§2.4: total row all empty while parts hold figures → the parts' sums, with a 警告.
    年初 80+20 = 100, 全年 100+20 = 120, 执行 90+18 = 108."""
    rows = [["年度资金总额", None, None, None, 10, None, None],
            ["其中：本年财政拨款", 80, 100, 90],
            ["上年结转资金", 20, 20, 18],
            ["其他资金", "—", "/", "无"]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert d.budget_table.summed
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)
    w = found(d.findings, "budget-total-empty")
    assert len(w) == 1 and w[0].level == "警告"


@pytest.mark.parametrize("head, figures, budget", [
    # 福建's 2020 form: ① 年初, ② 年中调整, ③ 小计 = ① + ②, then 年度拨付金额 (执行): 小计 is the 全年预算数
    (["年初部门预算安排金额①", "年中调整金额②", "小计\n③=①+②", "年度拨付金额", "支出实现率(%)"],
     [100, 20, 120, 108, 90], 120),
    # 小计 after the 执行 column: not a budget
    (["年初预算数", "全年执行数", "小计", "执行率", "得分"], [100, 108, 120, 90, 9], None),
    # a heading names 全年预算数: it wins
    (["年初预算数", "小计", "全年预算数", "全年执行数", "执行率"], [100, 120, 115, 108, 94], 115),
])
def test_budget_subtotal_heading_between_the_initial_and_the_spent(tmp_path, head, figures, budget):
    """Beyond SPEC 2.4's aliases (README; the 宁德 tables of tests/realforms): a 小计 heading between the 年初预算数
    and the 全年执行数 columns, when no heading names 全年预算数, is the 全年预算数: 108 / 120 = 90%, 10 x 90% = 9;
    108 / 115 = 93.9%, 10 x 108/115 = 9.39."""
    rows = [["合计", *figures], ["其中：财政拨款", *figures[:4]]]
    r = selfeval_xl.evaluate(project(tmp_path, budget_head=head, budget_rows=rows))
    assert r.declaration.budget_value("全年预算数") == budget
    if budget is None:
        assert any(f.code == "missing-label" for f in r.findings)
    else:
        assert cats(r)["预算执行"] == (10, F(10 * 108, budget))


@pytest.mark.parametrize("parts, warned", [
    # 福建's form: 财政资金小计 beside its own ① and ②, then 其他资金; total 合计 120 / 120 / 108
    ([["财政资金小计", 100, 110, 100], ["①项目支出", 30, 40, 30], ["②基本支出", 70, 70, 70],
      ["其他资金", 0, 10, 8]], False),      # with it 210 / 230 / 208; without it 100 / 120 / 108 = the total
    ([["财政资金小计", 100, 110, 100], ["其他资金", 0, 10, 8]], False),   # no components: 100 / 120 / 108 with it
    ([["财政资金小计", 100, 110, 100], ["①项目支出", 30, 40, 30], ["②基本支出", 60, 70, 70],
      ["其他资金", 0, 10, 8]], True),       # 年初 with it 190, without it 90: neither is 100
])
def test_budget_subtotal_beside_its_components(tmp_path, parts, warned):
    """A part whose label ends in 小计 is a subtotal: when the parts agree with the total only without it, it
    was counted twice, and no 警告 (beyond SPEC 2.4, README; the 宁德 tables of tests/realforms)."""
    rows = [["合计", 100, 120, 108, 10, 90, 9], *parts]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    w = found(d.findings, "budget-parts-mismatch")
    assert bool(w) is warned
    if warned:
        assert [f.cell for f in w] == ["C6"]            # the 年初预算数 column only


@pytest.mark.parametrize("total, warn", [(125, True), (119.98, True), (120.01, False), (119.99, False)])
def test_budget_total_differing_from_the_parts(tmp_path, total, warn):
    """§2.4: a total figure and the sum of its parts differing by more than 0.01 万元 → a 警告 naming
    both (parts: 100 + 20 + 0 = 120).  |120.01 − 120| = 0.01 is not more than 0.01."""
    rows = [r[:] for r in BUDGET_ROWS]
    rows[0] = ["年度资金总额", 100, total, 108, 10, None, None]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    w = found(d.findings, "budget-parts-mismatch")
    if warn:
        assert len(w) == 1 and w[0].level == "警告"
        assert str(total) in w[0].message and "120" in w[0].message
        assert d.budget_value("全年预算数") == F(str(total))      # the total row still gives the figure
    else:
        assert not w


def test_budget_no_money_marks_mean_zero_without_findings(tmp_path):
    """§2.4: an empty cell, —, –, -, －, /, 无 or 0 in a budget row means 0, with no finding."""
    rows = [["年度资金总额", 100, 120, 108, 10, 90, 9],
            ["其中：本年财政拨款", 100, 120, 108, "—", "—", "—"],
            ["上年结转资金", "—", "–", "-"],
            ["其他资金", "－", "/", "无"],
            ["单位资金", 0, None, "0"]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    t = d.budget_table
    assert [p.label for p in t.parts] == ["其中：本年财政拨款", "上年结转资金", "其他资金", "单位资金"]
    for p in t.parts[1:]:
        assert all(p.figures[n].value == 0 for n in ("年初预算数", "全年预算数", "全年执行数"))
    assert not [f for f in d.findings if f.level in ("错误", "警告")]
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)


@pytest.mark.parametrize("where", ["block", "heading", "row", "figure", "unit-heading"])
def test_budget_figures_in_yuan_converted(tmp_path, where):
    """§2.4: figures are 万元 unless a heading, the block's label, the row's label or the figure says
    元; then converted (÷ 10000) with a 提示.  1,000,000 元 = 100 万元; 1,200,000 = 120; 1,080,000 = 108."""
    head = list(BUDGET_HEAD)
    block = "项目资金（万元）"
    total_label = "年度资金总额"
    figs = [1000000, 1200000, 1080000]
    if where == "block":
        block = "项目资金（元）"
    elif where == "heading":
        head[:3] = ["年初预算数（元）", "全年预算数（元）", "全年执行数（元）"]
    elif where == "unit-heading":
        head[:3] = ["年初预算数（单位：元）", "全年预算数(单位:元)", "全年执行数（单位：元）"]
    elif where == "row":
        total_label = "年度资金总额（元）"
    elif where == "figure":
        figs = ["1000000元", "1200000元", "1080000元"]
    rows = [[total_label, *figs, 10, 90, 9]]
    d = read_workbook(project(tmp_path, budget_rows=rows, block=block, budget_head=head))
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)
    conv = found(d.findings, "yuan-converted")
    assert conv and all(f.level == "提示" for f in conv)


def test_budget_figures_in_wan_yuan_not_converted(tmp_path):
    """§2.4: "(万元)" does not say 元, nor does "100万元"."""
    rows = [["年度资金总额（万元）", "100万元", "120万元", "108万元", 10, 90, 9]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)
    assert not found(d.findings, "yuan-converted")


def test_budget_sheet_wins_figure_by_figure(tmp_path):
    """§2.2/§2.4: a 资金执行情况 sheet's figures win where it has them, figure by figure; the rest
    come from the table.  Sheet: 全年执行数 114 only → 年初 100, 全年 120 (table), 执行 114 (sheet)."""
    d = read_workbook(project(tmp_path, budget={"全年执行数": 114}))
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 114)
    src = dict(zip(d.budget["name"], d.budget["source"]))
    assert src["全年执行数"] == "sheet" and src["全年预算数"] == "table" and src["年初预算数"] == "table"
    assert d.budget_table.declared_weight == 10          # the table still declares the weight


@pytest.mark.parametrize("rate, score, rate_warn, score_warn", [
    (90, 9, False, False),          # 108/120 = 90%; 10 × 90% = 9
    (95, 9, True, False),           # |95 − 90| = 5 > 0.5
    (90.5, 9, False, False),        # 0.5 is not beyond 0.5
    (89.4, 9, True, False),         # 0.6 > 0.5
    (90, 9.5, False, True),         # |9.5 − 9| > 0.01
    (90, 9.01, False, False),       # 0.01 is not beyond 0.01
    (90, 8.98, False, True),        # 0.02 > 0.01
])
def test_budget_reported_rate_and_score_checked(tmp_path, rate, score, rate_warn, score_warn):
    rows = [r[:] for r in BUDGET_ROWS]
    rows[0] = ["年度资金总额", 100, 120, 108, 10, rate, score]
    r = selfeval_xl.evaluate(project(tmp_path, budget_rows=rows))
    assert bool(found(r.findings, "budget-rate-mismatch")) is rate_warn
    assert bool(found(r.findings, "budget-score-mismatch")) is score_warn
    for f in found(r.findings, "budget-rate-mismatch") + found(r.findings, "budget-score-mismatch"):
        assert f.level == "警告"


@pytest.mark.parametrize("score, warned", [(10, True), (0.01, False), (0, False), (None, False)])
def test_budget_score_checked_when_the_rate_cannot_be_computed(tmp_path, score, warned):
    """Regression (山西 稷山县's table, tests/realforms/corpus_g.py): 全年预算数 0 and 全年执行数 207.4538,
    the officer's 执行率 "100%" and 得分 10.  §3.4: a positive figure over a 0 budget is not computed (警告
    rate-zero-budget), so 预算执行 scores 0; §2.4 checks the typed 得分 against that computed score:
    |10 − 0| > 0.01 → budget-score-mismatch 警告; 0.01 is not beyond 0.01; 0 or no 得分 → nothing.  The
    typed 执行率 has no computed rate to differ from → no budget-rate-mismatch."""
    rows = [["年度资金总额", 0, 0, 207.4538, 10, "100%", score], ["其中：本年财政拨款", 0, 0, 207.4538]]
    r = selfeval_xl.evaluate(project(tmp_path, budget_rows=rows))
    assert found(r.findings, "rate-zero-budget")
    assert {c["指标"]: c["得分"] for c in r.category_rows}["预算执行"] == 0
    assert not found(r.findings, "budget-rate-mismatch")
    got = found(r.findings, "budget-score-mismatch")
    assert bool(got) is warned
    if warned:
        (f,) = got
        assert f.level == "警告" and f.cell == "H6"
        assert f.message == "预算表填报预算执行得分 10，但预算执行率无法计算，预算执行按 0 分计（原因见其他复核意见）。"


@pytest.mark.parametrize("score, warned", [(9, False), (10, True)])
def test_budget_score_headed_self_score(tmp_path, score, warned):
    """湖南 衡山县贯塘乡's 部门整体 form heads the budget row's score 自评得分 (tests/realforms/corpus_j.py),
    read as 得分 (beyond SPEC 2.4's 得分 / 执行率得分, README): 108 / 120 = 90%, 10 x 90% = 9 on the form's 分值
    10; the officer's 9 agrees, a 10 is off by 1 > 0.01 -> budget-score-mismatch at the 自评得分 cell (H6)."""
    head = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"]
    rows = [r[:] for r in BUDGET_ROWS]
    rows[0] = ["年度资金总额", 100, 120, 108, 10, 90, score]
    r = selfeval_xl.evaluate(project(tmp_path, budget_head=head, budget_rows=rows))
    got = found(r.findings, "budget-score-mismatch")
    assert [f.cell for f in got] == (["H6"] if warned else [])


def test_budget_score_checked_on_the_forms_own_weight(tmp_path):
    """§2.4: the 得分 is checked on the form's own 分值: 分值 20, rate 90% → 18 expected; the
    officer's 18 is right even though the scheme's 预算执行 weight is 10 (10 × 90% = 9)."""
    rows = [r[:] for r in BUDGET_ROWS]
    rows[0] = ["年度资金总额", 100, 120, 108, 20, 90, 18]
    r = selfeval_xl.evaluate(project(tmp_path, budget_rows=rows))
    assert not found(r.findings, "budget-score-mismatch")


def test_budget_score_checked_on_the_schemes_weight_when_none_declared(tmp_path):
    """§2.4: no 分值 and no "(N分)": the scheme's weight (project: 10) → 10 × 90% = 9; 18 is off."""
    head = ["年初预算数", "全年预算数", "全年执行数", "执行率", "得分"]
    rows = [["年度资金总额", 100, 120, 108, 90, 18], ["其中：本年财政拨款", 100, 120, 108]]
    r = selfeval_xl.evaluate(project(tmp_path, budget_head=head, budget_rows=rows))
    assert r.declaration.budget_table.declared_weight is None
    assert found(r.findings, "budget-score-mismatch")


def test_budget_weight_from_the_block_label(tmp_path):
    """§2.4: no 分值 on the total row → the "(N分)" of the block label."""
    head = ["年初预算数", "全年预算数", "全年执行数", "执行率", "得分"]
    rows = [["年度资金总额", 100, 120, 108, 90, 9], ["其中：本年财政拨款", 100, 120, 108]]
    d = read_workbook(project(tmp_path, budget_head=head, budget_rows=rows, block="预算执行情况（10分）"))
    assert d.budget_table.declared_weight == 10


def test_budget_weight_total_row_wins_over_block_label(tmp_path):
    d = read_workbook(project(tmp_path, block="预算执行情况（20分）"))
    assert d.budget_table.declared_weight == 10


def test_budget_weight_from_the_heading_over_the_label_column(tmp_path):
    """The old 湖北 / 云南 form heads its label column "预算执行情况(万元)(20分)" on the header row (云南 施甸县,
    昌宁县 and 湖北 塘湖镇 in tests/realforms): SPEC 2.4's own example of a declaring block label, read as the form's
    预算执行 weight (README 取舍).  108 / 120 = 90%: the officer's 18 is right on 20 points (20 x 90% = 18), so no
    budget-score-mismatch; the categories declare 20 + 50 + 30 + 10 = 110, not 100 -> the scheme's weights score
    (预算执行 10 x 90% = 9) and a 警告 names the 20 at the heading's cell (B5)."""
    head = ["年初预算数", "全年预算数", "全年执行数", "执行率", "得分"]
    rows = [["年度资金总额", 100, 120, 108, 90, 18], ["其中：本年财政拨款", 100, 120, 108]]
    r = selfeval_xl.evaluate(project(tmp_path, budget_head=head, budget_rows=rows, block=None,
                                     label_heading="预算执行情况（万元）（20分）"))
    assert r.declaration.budget_table.declared_weight == 20
    assert not found(r.findings, "budget-score-mismatch")
    assert [f.cell for f in found(r.findings, "form-weight-overridden")] == ["B5"]
    assert cats(r)["预算执行"] == (10, 9)


def test_budget_weight_block_label_wins_over_the_heading(tmp_path):
    head = ["年初预算数", "全年预算数", "全年执行数", "执行率", "得分"]
    rows = [["年度资金总额", 100, 120, 108, 90, 13.5], ["其中：本年财政拨款", 100, 120, 108]]
    d = read_workbook(project(tmp_path, budget_head=head, budget_rows=rows, block="预算执行情况（15分）",
                              label_heading="预算执行情况（万元）（20分）"))
    assert d.budget_table.declared_weight == 15


# ================================================================================================
# §3.1 Schemes and the form's own weights
# ================================================================================================

def test_project_table_under_auto_scores_with_project(tmp_path):
    """§3.1: auto scores a project table with `project`; the 提示 says why (the kind and the first
    marker, in reading order: the title in A1, above 项目名称 in A3).
    Scores: 50 (100 ≥ 100) + 30 (95 ≥ 90) + 10 (96 ≥ 90) + 预算执行 10 × 108/120 = 9 → 99."""
    r = selfeval_xl.evaluate(project(tmp_path))
    assert r.scheme.name == "project"
    info = found(r.findings, "scheme-auto")
    assert len(info) == 1 and info[0].level == "提示"
    assert "项目支出绩效自评表" in info[0].message and "A1" in info[0].message
    assert r.total == 99
    assert cats(r) == {"预算执行": (10, 9), "产出指标": (50, 50), "效益指标": (30, 30), "满意度指标": (10, 10)}


def test_department_table_under_auto_scores_with_department_overall(tmp_path):
    r = selfeval_xl.evaluate(dept(tmp_path, [["产出指标", "数量指标", "甲", "≥1", "1"]], H5))
    assert r.scheme.name == "department-overall"
    info = found(r.findings, "scheme-auto")
    assert len(info) == 1 and "部门整体绩效自评表" in info[0].message


def test_form_weights_equal_to_the_scheme_are_used_quietly(tmp_path):
    """§3.1: (50分)/(30分)/(10分) and 分值 10 sum to 100 → those are the weights (equal to project's):
    no form-weight-used (none differs) and no override."""
    r = selfeval_xl.evaluate(project(tmp_path))
    assert {k: v[0] for k, v in cats(r).items()} == {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}
    assert not found(r.findings, "form-weight-used") and not found(r.findings, "form-weight-overridden")


ADJUSTED = [
    ["产出指标（60分）", "数量指标", "培训人次", "≥100人次", "80人次", 30, None, "疫情影响"],
    [None, "时效指标", "完成时限", "≤5天", "4天", 30],
    ["效益指标（20分）", "社会效益指标", "培训成效", "有效提升", "基本实现", 20, None, "部分学员未结业"],
    ["满意度指标（10分）", "服务对象满意度指标", "学员满意度", "≥90%", "95%", 10],
]


def test_form_weights_differing_from_the_scheme_used_under_project(tmp_path):
    """§3.1: 预算执行 10 + 产出 60 + 效益 20 + 满意度 10 = 100 → the form's weights score, with a
    提示 naming each that differs (产出指标 60 ≠ 50, 效益指标 20 ≠ 30).
    产出: 分值 30 + 30 = 60 = the label; 80 of ≥100: 30 × 0.8 = 24; 4 天 ≤ 5 天: 30 → 54.
    效益: "基本实现" starts with 基本 → 部分达成: 70% × 20 = 14.
    满意度: 95% ≥ 90% → 10.  预算执行: 10 × 108/120 = 9.  Total 9 + 54 + 14 + 10 = 87 → 良."""
    r = selfeval_xl.evaluate(project(tmp_path, indicators=ADJUSTED))
    assert cats(r) == {"预算执行": (10, 9), "产出指标": (60, 54), "效益指标": (20, 14), "满意度指标": (10, 10)}
    assert r.total == 87 and r.grade == "良"
    used = found(r.findings, "form-weight-used")
    assert sorted(("产出指标" in f.message, "效益指标" in f.message) for f in used) == [(False, True), (True, False)]
    assert all(f.level == "提示" for f in used)
    assert not found(r.findings, "form-weight-overridden")


def test_form_weights_not_summing_to_100_keep_the_schemes(tmp_path):
    """§3.1: 10 + 60 + 30 + 10 = 110 ≠ 100 → project's weights 10/50/30/10 score, with a 警告 naming
    the declared 产出指标 60 (the only one differing from the scheme).
    产出: 分值 30 + 30 = 60 scaled to 50 → 25 each: 25 × 0.8 = 20, and 25 → 45.
    效益: 部分达成 70% × 30 = 21.  满意度 10.  预算执行 9.  Total 85."""
    ind_rows = [r[:] for r in ADJUSTED]
    ind_rows[2] = ["效益指标（30分）", "社会效益指标", "培训成效", "有效提升", "基本实现", 30, None, "部分学员未结业"]
    r = selfeval_xl.evaluate(project(tmp_path, indicators=ind_rows))
    assert cats(r) == {"预算执行": (10, 9), "产出指标": (50, 45), "效益指标": (30, 21), "满意度指标": (10, 10)}
    assert r.total == 85
    over = found(r.findings, "form-weight-overridden")
    assert len(over) == 1 and over[0].level == "警告" and "产出指标" in over[0].message and "60" in over[0].message
    assert not found(r.findings, "form-weight-used")


def test_department_overall_only_compares_declared_weights(tmp_path):
    """§3.1: department-overall has form_weights = false: even a form declaring every category and
    summing to 100 (预算执行 10 + 投入管理 10 + 产出 50 + 效益 30) is scored on 10/20/40/30, with a
    警告 for each declared weight that differs (投入管理 10 ≠ 20, 产出指标 50 ≠ 40).
    Each category has one indicator at full marks: 10 (预算 100/100) + 20 + 40 + 30 = 100."""
    cells = {1: ["部门（单位）整体绩效自评表"], 2: ["年度", 2021], 3: ["部门（单位）名称", "测试单位"],
             4: [None, "年初预算数", "全年预算数", "全年执行数", "分值"],
             5: ["合计", 100, 100, 100, 10],
             7: ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
             8: ["投入管理指标（10分）", "预算管理", "制度健全性", "健全", "已健全"],
             9: ["产出指标（50分）", "数量指标", "培训人次", "≥100", "100"],
             10: ["效益指标（30分）", "社会效益", "覆盖率", "≥90%", "95%"]}
    r = selfeval_xl.evaluate(write(tmp_path / "a.xlsx", cells, budget=None))
    assert r.declaration.kind == "department" and r.scheme.name == "department-overall"
    assert r.declaration.budget_table is not None and r.declaration.budget_table.declared_weight == 10
    assert cats(r) == {"预算执行": (10, 10), "投入管理": (20, 20), "产出指标": (40, 40), "效益指标": (30, 30)}
    over = found(r.findings, "form-weight-overridden")
    assert sorted(next(n for n in ("投入管理", "产出指标") if n in f.message) for f in over) == ["产出指标", "投入管理"]
    assert not found(r.findings, "form-weight-used")


def test_level_points_differing_from_indicator_points(tmp_path):
    """§2.4/§4: 一级 "效益指标(30分)" whose indicators' 分值 sum to 10 + 10 = 20 → level-points-mismatch
    警告.  Scored on department-overall's 30: 分值 20 scaled to 30 → 15 each, both full → 30."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1", None],
            ["效益指标（30分）", "社会效益", "乙", "≥1", "1", 10],
            [None, "社会效益", "丙", "≥1", "1", 10]]
    r = selfeval_xl.evaluate(dept(tmp_path, rows, H5 + ["分值"]))
    w = found(r.findings, "level-points-mismatch")
    assert len(w) == 1 and w[0].level == "警告" and "30" in w[0].message and "20" in w[0].message
    assert ind(r, "乙")["分值"] == 15 and cats(r)["效益指标"] == (30, 30)


def test_level_points_equal_to_indicator_points_no_finding(tmp_path):
    rows = [["效益指标（30分）", "社会效益", "乙", "≥1", "1", 20],
            [None, "社会效益", "丙", "≥1", "1", 10]]
    r = selfeval_xl.evaluate(dept(tmp_path, rows, H5 + ["分值"]))
    assert not found(r.findings, "level-points-mismatch")


# ================================================================================================
# §3.2 The 自评得分 on the officer's own 分值
# ================================================================================================

SELF_HEAD = H5 + ["分值", "自评得分", "偏差原因分析及改进措施"]


@pytest.mark.parametrize("typed, rescaled, expected", [
    ("6", "9", F(9)),             # 6 × 15/10 = 9: the lower bound of 部分达成 [9, 12), inclusive → used, 9
    ("7.5", "11.25", F(45, 4)),   # 7.5 × 15/10 = 11.25 ∈ [9, 12) → used, 11.25
    ("8", "12", F(21, 2)),        # 8 × 15/10 = 12: NOT inside [9, 12) (upper bound excluded) → 70% × 15 = 10.5
    ("5.9", "8.85", F(21, 2)),    # 5.9 × 15/10 = 8.85 < 9 → 10.5
])
def test_self_score_read_on_the_officers_own_points(tmp_path, typed, rescaled, expected):
    """§3.2/§3.3: 效益指标 has weight 30 (department-overall); 分值 typed 10 + 10 = 20 are scaled to 30,
    so each w = 15.  A self score s on v = 10 is read as s × 15/10.  "基本实现" → 部分达成, whose
    band on w is [60%, 80%) = [9, 12); inside it the self score is used, else 70% × 15 = 10.5."""
    rows = [["效益指标", "社会效益", "培训成效", "有效提升", "基本实现", 10, float(typed), "部分未结业"],
            [None, "社会效益", "覆盖率", "≥90%", "95%", 10, 10]]
    r = selfeval_xl.evaluate(dept(tmp_path, rows, SELF_HEAD))
    row = ind(r, "培训成效")
    assert row["分值"] == 15
    assert row["得分"] == expected
    mism = [f for f in found(r.findings, "self-score-mismatch") if "培训成效" in f.message]
    if expected == F(rescaled):
        assert not mism
    else:
        # a finding that compares a 自评得分 quotes it on the officer's own 分值 and as rescaled (§4)
        assert len(mism) == 1 and mism[0].level == "警告"
        assert typed in mism[0].message and rescaled in mism[0].message


def test_self_score_above_weight_compares_with_the_typed_points(tmp_path):
    """§3.2: "a 自评得分 above its own typed 分值 (s > v) is the 警告".  Row 甲: v = 10, w = 15 (scaled),
    s = 12: 12 > 10 → 警告 although 12 ≤ w.  Row 乙: v = 10, w = 15, s = 10 → no 警告."""
    rows = [["效益指标", "社会效益", "甲", "≥90%", "95%", 10, 12],
            [None, "社会效益", "乙", "≥90%", "95%", 10, 10]]
    r = selfeval_xl.evaluate(dept(tmp_path, rows, SELF_HEAD))
    w = found(r.findings, "self-score-above-weight")
    assert len(w) == 1 and "甲" in w[0].message and w[0].level == "警告"


def test_self_score_above_scaled_weight_but_within_typed_points_is_fine(tmp_path):
    """§3.2: 分值 20 + 40 = 60 in a category of 30 → scaled by 1/2: w = 10 and 20.  Row 甲: v = 20,
    s = 15 > w = 10 but ≤ v → no self-score-above-weight.  Read on w: 15 × 10/20 = 7.5, the score
    is 10 (95% ≥ 90%): a self-score-mismatch, quoting 15 and 7.5."""
    rows = [["效益指标", "社会效益", "甲", "≥90%", "95%", 20, 15, "无"],
            [None, "社会效益", "乙", "≥90%", "95%", 40, 40]]
    r = selfeval_xl.evaluate(dept(tmp_path, rows, SELF_HEAD))
    assert ind(r, "甲")["分值"] == 10 and ind(r, "乙")["分值"] == 20
    assert not found(r.findings, "self-score-above-weight")
    mism = [f for f in found(r.findings, "self-score-mismatch") if "甲" in f.message]
    assert len(mism) == 1 and "15" in mism[0].message and "7.5" in mism[0].message


def test_self_score_on_form_weights_is_not_rescaled(tmp_path):
    """§3.2: under project with the form's weights used (产出 60 = 30 + 30), w = v = 30: the self score
    is taken as typed.  "80人次" of ≥100: 30 × 0.8 = 24; the officer's 24 matches: no mismatch."""
    ind_rows = [r[:] for r in ADJUSTED]
    ind_rows[0] = ["产出指标（60分）", "数量指标", "培训人次", "≥100人次", "80人次", 30, 24, "疫情影响"]
    r = selfeval_xl.evaluate(project(tmp_path, indicators=ind_rows))
    assert ind(r, "培训人次")["分值"] == 30 and ind(r, "培训人次")["得分"] == 24
    assert not [f for f in found(r.findings, "self-score-mismatch") if "培训人次" in f.message]


# ================================================================================================
# More of §2.1 / §2.4 / §3.1
# ================================================================================================

def test_cells_outside_the_table_columns_do_not_keep_the_table_open(tmp_path):
    """§2.1: the table ends where the table's OWN columns are empty for 3 rows in a row (text in a
    column outside the table does not count)."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"],
            [None, None, None, None, None, None, None, "旁注"],
            [None, None, None, None, None, None, None, "旁注"],
            [None, None, None, None, None, None, None, "旁注"],
            [None, None, "乙", "≥1", "1"]]
    d = read_workbook(dept(tmp_path, rows, H5))
    assert thirds(d) == ["甲"]


@pytest.mark.parametrize("label", ["合计", "合计（万元）", "小计", "资金总额"])
def test_budget_total_row_found_by_its_label_not_its_place(tmp_path, label):
    """§2.4: the total row is the first row whose label matches 年度资金总额/资金总额/总额/合计/小计 as a
    label ("合计(万元)" too), else the first row: here it is the last row."""
    rows = [["财政拨款", 80, 100, 90, None, None, None],
            ["上年结转资金", 20, 20, 18],
            [label, 100, 120, 108, 10, 90, 9]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    t = d.budget_table
    assert t.total.label == label and [p.label for p in t.parts] == ["财政拨款", "上年结转资金"]
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)
    assert d.budget_table.declared_weight == 10
    assert not found(d.findings, "budget-parts-mismatch")


def test_budget_first_row_is_the_total_when_no_label_matches(tmp_path):
    rows = [["项目资金", 100, 120, 108, 10, 90, 9],
            ["财政拨款", 100, 120, 108]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert d.budget_table.total.label == "项目资金" and d.budget_value("全年预算数") == 120


def test_budget_total_of_zeros_takes_the_parts(tmp_path):
    """§2.4: "all 0 or empty" — a total row of 0s while the parts hold figures: the parts' sums."""
    rows = [["年度资金总额", 0, 0, 0, 10, None, None],
            ["其中：本年财政拨款", 80, 100, 90],
            ["上年结转资金", 20, 20, 18]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)
    assert found(d.findings, "budget-total-empty")


def test_budget_mismatch_only_where_a_part_holds_money(tmp_path):
    """§2.4: total vs parts is compared "only in a column where some part holds a non-zero figure":
    the parts give only 全年执行数 here (90 + 18 = 108 = the total), so 年初 100 and 全年 120 stand."""
    rows = [["年度资金总额", 100, 120, 108, 10, 90, 9],
            ["其中：本年财政拨款", "—", None, 90],
            ["上年结转资金", "/", 0, 18]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert not found(d.findings, "budget-parts-mismatch")
    assert (d.budget_value("年初预算数"), d.budget_value("全年预算数"), d.budget_value("全年执行数")) == (100, 120, 108)


def test_named_scheme_wins_and_says_no_auto(tmp_path):
    r = selfeval_xl.evaluate(project(tmp_path), scheme="department-overall")
    assert r.scheme.name == "department-overall" and not found(r.findings, "scheme-auto")


def test_group_points_from_indicator_points_when_no_label(tmp_path):
    """§2.4: a 一级 without "(N分)" whose indicators all carry a 分值 declares their sum: 产出指标 30 + 30
    = 60, with 效益 (20分), 满意度 (10分) and 分值 10 → 100: the form's weights, the scores of
    test_form_weights_differing_from_the_scheme_used_under_project: 9 + 54 + 14 + 10 = 87."""
    ind_rows = [r[:] for r in ADJUSTED]
    ind_rows[0] = ["产出指标", *ADJUSTED[0][1:]]
    r = selfeval_xl.evaluate(project(tmp_path, indicators=ind_rows))
    assert cats(r) == {"预算执行": (10, 9), "产出指标": (60, 54), "效益指标": (20, 14), "满意度指标": (10, 10)}
    assert r.total == 87


def test_category_fed_by_two_groups_declares_their_sum(tmp_path):
    """§2.4: 效益指标 fed by 效益指标(10分) and 效果指标(10分) declares 20; with 产出 60, 满意度 10 and
    分值 10 the form sums to 100 and scores.  效益: 10 (95% ≥ 90%, 分值 10 of 20 scaled to the form's
    20 → w = 10 each, both full) → 20."""
    ind_rows = [ADJUSTED[0], ADJUSTED[1],
                ["效益指标（10分）", "社会效益指标", "覆盖率", "≥90%", "95%", 10],
                ["效果指标（10分）", "社会效益指标", "知晓率", "≥90%", "95%", 10],
                ADJUSTED[3]]
    r = selfeval_xl.evaluate(project(tmp_path, indicators=ind_rows))
    assert cats(r)["效益指标"] == (20, 20) and cats(r)["产出指标"] == (60, 54)
    assert not found(r.findings, "form-weight-overridden")


def test_category_with_an_undeclared_group_declares_nothing(tmp_path):
    """§2.4: a category declares nothing unless every group feeding it does: 效果指标 has neither
    "(N分)" nor 分值, so 效益指标 declares nothing, not every category is declared, and project's
    weights score (产出 50, 效益 30) with a 警告 for the declared 产出指标 60 only."""
    ind_rows = [ADJUSTED[0], ADJUSTED[1],
                ["效益指标（20分）", "社会效益指标", "覆盖率", "≥90%", "95%", 20],
                ["效果指标", "社会效益指标", "知晓率", "≥90%", "95%", None],
                ADJUSTED[3]]
    r = selfeval_xl.evaluate(project(tmp_path, indicators=ind_rows))
    assert cats(r)["效益指标"][0] == 30 and cats(r)["产出指标"][0] == 50
    over = found(r.findings, "form-weight-overridden")
    assert len(over) == 1 and "产出指标" in over[0].message


def test_year_below_the_header_is_not_used(tmp_path):
    """§2.1: the year comes from a cell ABOVE the indicator header."""
    rows = [["产出指标", "数量指标", "甲", "≥1", "1"], [None] * 5, [None] * 5, [None] * 5,
            ["（2021年度）"]]
    cells = {1: ["项目支出绩效自评表"], 3: ["项目名称", "农村道路养护"], 5: H5}
    for i, row in enumerate(rows, start=6):
        cells[i] = row
    d = read_workbook(write(tmp_path / "a.xlsx", cells))
    assert d.year is None


def test_year_first_in_reading_order(tmp_path):
    cells = {1: ["项目支出绩效自评表", None, "（2022年度）"], 2: ["(2021年)"], 3: ["项目名称", "农村道路养护"],
             5: H5, 6: ["产出指标", "数量指标", "甲", "≥1", "1"]}
    assert read_workbook(write(tmp_path / "a.xlsx", cells)).year == 2022


def test_target_written_in_the_name_is_said_so(tmp_path):
    """§2.1/§4: "指标1：年度资金支付完成率100%" with 指标值 empty and an actual is no placeholder: it is
    read as 年度资金支付完成率100%, and the missing-target 错误 says the target seems written in the name."""
    r = selfeval_xl.evaluate(dept(tmp_path, [["产出指标", "数量指标", "指标1：年度资金支付完成率100%", None, "100%"]], H5))
    assert thirds(r.declaration) == ["年度资金支付完成率100%"]
    err = found(r.findings, "target-missing")
    assert len(err) == 1 and err[0].level == "错误" and "名称" in err[0].message


def test_budget_rows_end_at_a_blank_row(tmp_path):
    """§2.4: budget rows run until a blank row: "另：专项资金" after the blank row is no part
    (else 100 + 5 ≠ 100 would be a parts mismatch)."""
    rows = [["年度资金总额", 100, 120, 108, 10, 90, 9],
            ["其中：本年财政拨款", 100, 120, 108],
            [None],
            ["另：专项资金", 5, 5, 5]]
    d = read_workbook(project(tmp_path, budget_rows=rows))
    assert [p.label for p in d.budget_table.parts] == ["其中：本年财政拨款"]
    assert not found(d.findings, "budget-parts-mismatch")


@pytest.mark.parametrize("typed, warn", [(0.9, False), (0.95, True)])
def test_budget_rate_in_a_percent_formatted_cell(tmp_path, typed, warn):
    """§2.3: a numeric cell whose number format holds % (0.9 shown as 90%) means 90.  Computed rate
    108/120 = 90%: 0.9 → 90 → no warning; 0.95 → 95 → |95 − 90| > 0.5 → budget-rate-mismatch,
    which reports the officer's figure as 95%."""
    rows = [r[:] for r in BUDGET_ROWS]
    rows[0] = ["年度资金总额", 100, 120, 108, 10, typed, 9]
    r = selfeval_xl.evaluate(project(tmp_path, budget_rows=rows, formats={"G6": "0%"}))
    w = found(r.findings, "budget-rate-mismatch")
    assert bool(w) is warn
    if warn:
        assert "95%" in w[0].message


def test_a_name_typed_on_two_lines_is_quoted_on_one(tmp_path):
    """Regression (山西 稷山县医疗保障局, tests/realforms/corpus_m.py): a 三级 name wrapped by hand inside its cell
    ("是否解决建档立卡人\\n员看病难贵问题") broke `check`'s one-line-per-finding table.  The finding quotes it on one
    line (no space between two Chinese characters); the officer's cell itself is kept as typed.
    Score: 90 / 100 人次 → 50 × 90/100 = 45 against the officer's 50 → self-score-mismatch."""
    from selfeval_xl.catalogue import _one_line

    rows = [r[:] for r in PROJECT_INDICATORS]
    rows[0] = ["产出指标（50分）", "数量指标", "培训\n人次", "≥100人次", "90人次", 50, 50]
    r = selfeval_xl.evaluate(project(tmp_path, indicators=rows))
    (f,) = found(r.findings, "self-score-mismatch")
    assert "指标“培训人次”" in f.message and "\n" not in f.message
    assert r.indicators.to_dict("records")[0]["三级指标"] == "培训\n人次"
    assert _one_line("Wi-Fi\n覆盖率") == "Wi-Fi 覆盖率"
    assert _one_line("  覆盖\r\n  率 ") == "覆盖率"
