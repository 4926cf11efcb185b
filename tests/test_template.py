"""The blank templates: what `selfeval-xl template [--kind project]` writes, and the copies shipped in
workbook_templates/."""
import functools
import math
import tempfile
import types
from fractions import Fraction
from pathlib import Path

from click.testing import CliRunner
from openpyxl.utils import get_column_letter

import selfeval_xl
from selfeval_xl.cli import cli
from helpers import load_workbook
from selfeval_xl.reading import read_workbook
from selfeval_xl.review import display_width
from selfeval_xl.templates import INSTRUCTIONS, PROJECT_INSTRUCTIONS, PROJECT_WRITING_CHANGES

SHIPPED = Path(__file__).resolve().parent.parent / "workbook_templates" / "部门整体绩效自评模板.xlsx"


def _content(path):
    """What a template holds, sheet by sheet (read-only: MappingProxyType and tuples)."""
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        cells = {c.coordinate: (c.value, c.data_type, c.number_format, c.fill.fgColor.rgb)
                 for row in ws.iter_rows() for c in row if c.value is not None or c.fill.fill_type}
        out[ws.title] = (types.MappingProxyType(cells), tuple(sorted(str(m) for m in ws.merged_cells.ranges)),
                         tuple((dv.type, dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation),
                         ws.freeze_panes, ws.page_setup.paperSize, ws.page_setup.orientation)
    return types.MappingProxyType(out)


@functools.cache
def _shipped_content(path: Path):
    """_content of a copy in workbook_templates/ (which no test writes), read once per test process."""
    return _content(path)


@functools.cache
def _written(kind: str) -> bytes:
    """The bytes of what write_template writes for `kind`, written once per test process."""
    with tempfile.TemporaryDirectory(prefix="selfeval-template-") as folder:
        return selfeval_xl.write_template(Path(folder) / "t.xlsx", kind=kind).read_bytes()


def _template(tmp_path, kind="department", name="t.xlsx") -> Path:
    """A copy of the template write_template writes, for this test alone."""
    path = tmp_path / name
    path.write_bytes(_written(kind))
    return path


def test_shipped_template_is_what_the_command_writes(tmp_path):
    fresh = _template(tmp_path)
    assert _content(fresh) == _shipped_content(SHIPPED), "regenerate: selfeval-xl template --force " + str(SHIPPED)


def test_template_layout(tmp_path):
    wb = load_workbook(_template(tmp_path))
    assert wb.sheetnames == ["整体绩效目标申报表", "资金执行情况", "填表说明"]
    ws = wb["整体绩效目标申报表"]
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for label in ["年度", "部门（单位）名称", "年度履职目标", "年度主要任务", "任务名称", "主要内容", "预算情况",
                  "部门预算总额（万元）", "1、资金来源：（1）财政性资金", "（2）其他资金",
                  "2、资金结构：（1）基本支出", "（2）项目支出", "实际完成值", "偏差原因分析及改进措施"]:
        assert label in texts
    # dropdowns on 一级指标 and 度量单位, frozen header, A4
    kinds = {str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "投入管理指标" in kinds["A"] and "%" in kinds["E"]
    assert ws.freeze_panes == "A16" and ws.page_setup.paperSize == 9
    # 填表说明 explains targets and actuals; text that begins with "=" stays text
    notes = wb["填表说明"]
    cells = [c for row in notes.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(c.value.startswith("=100%") and c.data_type == "s" for c in cells)
    assert any("≥90%" in c.value for c in cells) and any("98%左右" in c.value for c in cells)


def test_blank_template_reads_without_crashing(tmp_path):
    decl = read_workbook(_template(tmp_path))
    assert decl.header_row == 15 and decl.indicators.empty


README = SHIPPED.parent.parent / "README.md"


def readme_writing_tables():
    """The README section 怎样填写指标值和实际完成值, as {表名: [(含义, 写法), …]}."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## 怎样填写指标值和实际完成值", 1)[1].split("\n## ", 1)[0]
    tables, current = {}, None
    for line in section.splitlines():
        if line.startswith("**") and line.endswith("**"):
            current = tables.setdefault(line.strip("*"), [])
        elif line.startswith("|") and current is not None:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells[0] not in ("含义", "情形") and not set(cells[0]) <= set("-"):
                current.append((cells[0], cells[1]))
    return tables


def template_writing_tables():
    """The same two parts of the 填表说明 sheet, as the template writes them."""
    wb = load_workbook(SHIPPED)
    tables, current = {}, None
    for key, text in wb["填表说明"].iter_rows(min_row=2, values_only=True):
        if key is None:
            continue
        if text is None:
            current = tables.setdefault(key, []) if key.endswith("的写法") else None
        elif current is not None:
            current.append((key, text))
    return tables


def test_readme_says_what_the_template_says():
    """README's section 怎样填写指标值和实际完成值 repeats the template's 填表说明 row for row
    (a table cell in the README may drop the sentence's final 。)."""
    readme, template = readme_writing_tables(), template_writing_tables()
    assert set(template) == {"指标值的写法", "实际完成值的写法"}
    for name, readme_name in (("指标值的写法", "指标值"), ("实际完成值的写法", "实际完成值")):
        assert [(k, v.rstrip("。")) for k, v in readme[readme_name]] == \
            [(k, v.rstrip("。")) for k, v in template[name]], name


# --------------------------------------------------------------------------------------------
# The project template: 项目支出绩效自评表 in the central layout of 财预〔2020〕10号 (SPEC §2.4)
# --------------------------------------------------------------------------------------------
SHIPPED_PROJECT = SHIPPED.parent / "项目支出绩效自评模板.xlsx"
YELLOW = "00FFF2CC"


def _project(tmp_path):
    return _template(tmp_path, "project", "项目.xlsx")


def _at(ws, text):
    """The one cell whose text is `text` (white space ignored, as the reader's label rule does)."""
    want = "".join(str(text).split())
    hits = [c for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and "".join(c.value.split()) == want]
    assert len(hits) == 1, (text, [c.coordinate for c in hits])
    return hits[0]


def _merge(ws, cell):
    """The merged range whose top-left is cell, or None."""
    return next((m for m in ws.merged_cells.ranges if m.min_row == cell.row and m.min_col == cell.column), None)


def _right_field(ws, cell):
    """The cell just right of a label (of its merged range): where the reader takes the value."""
    m = _merge(ws, cell)
    return ws.cell(cell.row, (m.max_col if m else cell.column) + 1)


def _yellow(cell):
    return cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb == YELLOW


def test_shipped_project_template_is_what_the_command_writes(tmp_path):
    fresh = _project(tmp_path)
    assert _content(fresh) == _shipped_content(SHIPPED_PROJECT), \
        "regenerate: selfeval-xl template --kind project --force " + str(SHIPPED_PROJECT)


def test_project_template_heading_labels(tmp_path):
    wb = load_workbook(_project(tmp_path))
    assert wb.sheetnames == ["项目支出绩效自评表", "填表说明"]
    ws = wb["项目支出绩效自评表"]
    title = ws["A1"]
    assert title.value == "项目支出绩效自评表" and str(_merge(ws, title)) == "A1:I1"
    # 年度, 项目名称, 主管部门, 实施单位: a label with a yellow fill-in cell to its right, all above
    # the indicator header; the year is read by its label, not from a "（    年度）" line
    header = _at(ws, "一级指标").row
    for label in ["年度", "项目名称", "主管部门", "实施单位"]:
        c = _at(ws, label)
        assert c.row < header
        f = _right_field(ws, c)
        assert f.value is None and _yellow(f), label
    assert _right_field(ws, _at(ws, "年度")).number_format == "0"
    # a blank 主管部门 must read as unfilled: next along its row after the field is the 实施单位 label
    zg, ss = _at(ws, "主管部门"), _at(ws, "实施单位")
    assert zg.row == ss.row and _merge(ws, _right_field(ws, zg)).max_col + 1 == ss.column


def test_project_template_budget_block(tmp_path):
    ws = load_workbook(_project(tmp_path))["项目支出绩效自评表"]
    block = _at(ws, "项目资金（万元）")
    rows = ["年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"]
    # the block label is merged down over the heading row and the four money rows, on the left
    m = _merge(ws, block)
    assert (m.min_col, m.max_col, m.max_row - m.min_row + 1) == (1, 1, 1 + len(rows))
    heading_row = block.row
    headings = {c.value: c.column for c in ws[heading_row] if isinstance(c.value, str)}
    headings.pop("项目资金（万元）")
    assert list(headings) == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    label_col = _at(ws, "年度资金总额").column
    assert all(col > label_col for col in headings.values())  # figures right of the label column
    for i, name in enumerate(rows):
        label = _at(ws, name)
        assert (label.row, label.column) == (heading_row + 1 + i, label_col)
        for h in ("年初预算数", "全年预算数", "全年执行数"):
            f = ws.cell(label.row, headings[h])
            assert f.value is None and _yellow(f) and f.number_format == "0.00", (name, h)
        share = ws.cell(label.row, headings["执行率"])
        assert _yellow(share) and "%" in share.number_format
        weight, score = ws.cell(label.row, headings["分值"]), ws.cell(label.row, headings["得分"])
        if i == 0:   # 年度资金总额: 预算执行's 分值 pre-filled, 得分 for the officer
            assert weight.value == 10 and _yellow(weight) and score.value is None and _yellow(score)
        else:        # the parts carry no 分值 or 得分: a no-money mark, not an input
            assert weight.value == score.value == "—" and not _yellow(weight)
    # the budget table is closed by the 年度总体目标 row: its figure columns hold headings (text)
    goal = _at(ws, "年度总体目标")
    assert goal.row == heading_row + 1 + len(rows)
    for h in ("预期目标", "实际完成情况"):
        c = _at(ws, h)
        assert c.row == goal.row and _yellow(ws.cell(c.row + 1, c.column))
    assert ws.row_dimensions[goal.row + 1].height >= 60          # one tall fill-in row each
    # prompts on every figure column of the block
    prompts = {dv.promptTitle: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    for h in ("年初预算数", "全年预算数", "全年执行数", "执行率"):
        letter = get_column_letter(headings[h])
        assert prompts[h] == f"{letter}{heading_row + 1}:{letter}{heading_row + len(rows)}", h


def test_project_template_indicator_table(tmp_path):
    ws = load_workbook(_project(tmp_path))["项目支出绩效自评表"]
    first = _at(ws, "一级指标")
    header = [c.value for c in ws[first.row]][first.column - 1:]
    assert header == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                      "偏差原因分析及改进措施"]
    col = {h: first.column + i for i, h in enumerate(header)}
    side = ws.cell(first.row, 1)                  # the tall 绩效指标 cell on the left
    assert side.value == "绩效指标" and _merge(ws, side).min_row == first.row
    blocks = {"产出指标（50分）": ["数量指标", "质量指标", "时效指标", "成本指标"],
              "效益指标（30分）": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
              "满意度指标（10分）": ["服务对象满意度指标"]}
    r = first.row + 1
    for one, twos in blocks.items():
        c = _at(ws, one)
        m = _merge(ws, c)
        assert (c.row, c.column) == (r, col["一级指标"])
        assert m.max_row - m.min_row + 1 == 2 * len(twos), one
        for two in twos:
            t = _at(ws, two)
            assert (t.row, t.column) == (r, col["二级指标"]) and _merge(ws, t).max_row == r + 1, two
            for rr in (r, r + 1):                 # two empty rows for the officer
                for h in header[2:]:
                    f = ws.cell(rr, col[h])
                    assert f.value is None and _yellow(f), (two, h)
                assert ws.cell(rr, col["年度指标值"]).number_format == "@"
                assert ws.cell(rr, col["实际完成值"]).number_format == "@"
            r += 2
    assert _merge(ws, side).max_row == r - 1
    # input prompts on the fill-in columns
    prompts = {dv.promptTitle: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    for h in header[2:]:
        letter = get_column_letter(col[h])
        assert prompts[h] == f"{letter}{first.row + 1}:{letter}{r - 1}", h
    # closing rows: 总分 over the 一级 … 实际完成值 columns (skipped as a total row), then the texts
    total = _at(ws, "总分")
    assert total.row == r and _merge(ws, total).max_col >= col["实际完成值"]
    assert ws.cell(r, col["分值"]).value == 100 and _yellow(ws.cell(r, col["得分"]))
    for i, name in enumerate(["评价结论", "存在问题", "改进措施"], start=1):
        c = _at(ws, name)
        assert (c.row, c.column) == (r + i, 1) and _yellow(_right_field(ws, c))
    # nothing is a formula: a template written by openpyxl has no cached values (SPEC §2.3)
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_project_template_prints_on_a4_landscape_with_the_header_repeated(tmp_path):
    wb = load_workbook(_project(tmp_path))
    ws = wb["项目支出绩效自评表"]
    header = _at(ws, "一级指标").row
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"       # 9: A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${header}:${header}"
    assert wb["填表说明"].page_setup.paperSize == 9


# Excel's column width is in widths of "0" of the default font; a CJK character of 宋体 11 takes about
# two, and a line of it about 14.3 points (20.3 for the 16-point title).  One unit of padding.
def _fits(ws, cell):
    m = _merge(ws, cell)
    c1, c2, r1, r2 = (m.min_col, m.max_col, m.min_row, m.max_row) if m else (cell.column,) * 2 + (cell.row,) * 2
    width = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(c1, c2 + 1)) - 1
    height = sum(ws.row_dimensions[r].height or 15 for r in range(r1, r2 + 1))
    lines = math.ceil(display_width(str(cell.value)) / width)
    line = 20.3 if (cell.font.sz or 11) > 12 else 14.3
    return (lines == 1 or cell.alignment.wrap_text) and lines * line <= height


def test_project_template_prefilled_text_is_not_cut(tmp_path):
    ws = load_workbook(_project(tmp_path))["项目支出绩效自评表"]
    cut = [(c.coordinate, c.value) for row in ws.iter_rows() for c in row
           if c.value is not None and not _fits(ws, c)]
    assert not cut


def test_project_instructions_reuse_the_department_guidance(tmp_path):
    wb = load_workbook(_project(tmp_path))
    rows = [(k, v) for k, v in wb["填表说明"].iter_rows(min_row=2, values_only=True) if k is not None]
    assert rows == PROJECT_INSTRUCTIONS
    keys = [k for k, _ in rows]
    for label in ["年度", "项目名称", "年度总体目标", "年度资金总额", "执行率", "年度指标值", "实际完成值",
                  "偏差原因分析及改进措施", "指标值的写法", "实际完成值的写法"]:
        assert label in keys, label

    def section(rows_, name):
        out, inside = [], False
        for k, v in rows_:
            if v is None:
                inside = k == name
            elif inside:
                out.append((k, v))
        return out
    # the 写法 parts are the department's, row for row, except the rows that speak of a 度量单位
    # column or the 资金执行情况 sheet, which the project form has not
    for name in ("指标值的写法", "实际完成值的写法"):
        dept, proj = section(INSTRUCTIONS, name), section(PROJECT_INSTRUCTIONS, name)
        assert [k for k, _ in dept] == [k for k, _ in proj]
        for (k, d), (_, p) in zip(dept, proj):
            assert p == (PROJECT_WRITING_CHANGES[k] if k in PROJECT_WRITING_CHANGES else d), k
    changed = " ".join(PROJECT_WRITING_CHANGES.values())
    assert "资金执行情况" not in changed and "度量单位列（" not in changed


def test_template_command_kind_project(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)             # the default file name lands in the current folder
    res = runner.invoke(cli, ["template", "--kind", "project"])
    assert res.exit_code == 0, res.output
    wb = load_workbook("项目支出绩效自评模板.xlsx", read_only=True)      # the sheet names alone
    assert wb.sheetnames == ["项目支出绩效自评表", "填表说明"]
    wb.close()
    res = runner.invoke(cli, ["template", "--kind", "project", "自评.xlsx"])
    assert res.exit_code == 0 and _content("自评.xlsx") == _shipped_content(SHIPPED_PROJECT)
    res = runner.invoke(cli, ["template", "--kind", "project", "自评.xlsx"])
    assert res.exit_code == 2 and "--force" in res.output
    res = runner.invoke(cli, ["template", "--kind", "nonsense", "x.xlsx"])
    assert res.exit_code == 2 and not Path("x.xlsx").exists()


def test_template_command_default_is_still_the_department_template(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(cli, ["template"]).exit_code == 0
    assert _content("绩效自评模板.xlsx") == _shipped_content(SHIPPED)
    assert runner.invoke(cli, ["template", "--kind", "department", "部门.xlsx"]).exit_code == 0
    assert _content("部门.xlsx") == _shipped_content(SHIPPED)
    assert not Path("项目支出绩效自评模板.xlsx").exists()


# --------------------------------------------------------------------------------------------
# Read back (needs the reader of SPEC §2.4, being written on main)
# --------------------------------------------------------------------------------------------

# (二级 row to use, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施)
OFFICER_ROWS = [
    ("数量指标", "培训人次", "≥200人次", "180人次", 20, 18, "两期培训因疫情合并为一期，参训人数减少；下年分片区开班"),
    ("质量指标", "培训考核合格率", "≥95%", "98%", 15, 15, None),
    ("成本指标", "人均培训成本", "≤500元", "520元", 15, 14.42, "教材和场地价格上涨；下年集中采购教材"),
    ("社会效益指标", "培训后岗位考核通过率", "≥90%", "85%", 15, 14.17, "部分学员岗位调整未参加考核；下年跟踪补考"),
    ("可持续影响指标", "培训机制持续运行年限", "≥3年", "3年", 15, 15, None),
    ("服务对象满意度指标", "参训学员满意度", "≥90%", "92%", 10, 10, None),
]


def _fill_project(path):
    """Fill the blank project template in openpyxl as an officer would in Excel: find each cell by
    the label beside or above it, type into the yellow cells, leave the rest alone."""
    import openpyxl

    wb = openpyxl.load_workbook(path)           # openpyxl's own: the workbook is saved again
    ws = wb["项目支出绩效自评表"]
    _right_field(ws, _at(ws, "年度")).value = 2022
    _right_field(ws, _at(ws, "项目名称")).value = "2022年基层干部技能培训"
    _right_field(ws, _at(ws, "主管部门")).value = "某县人力资源和社会保障局"
    _right_field(ws, _at(ws, "实施单位")).value = "某县职业技能培训中心"
    heading_row = _at(ws, "年初预算数").row
    col = {c.value: c.column for c in ws[heading_row] if isinstance(c.value, str)}
    for label in ("年度资金总额", "其中：本年财政拨款"):      # all the money is this year's appropriation
        r = _at(ws, label).row
        ws.cell(r, col["年初预算数"], 100)
        ws.cell(r, col["全年预算数"], 100)
        ws.cell(r, col["全年执行数"], 95)
    total = _at(ws, "年度资金总额").row
    ws.cell(total, col["执行率"], 0.95)                # typed "95%" in the 0.00% cell: Excel stores 0.95
    ws.cell(total, col["得分"], 9.5)
    goal = _at(ws, "预期目标")
    ws.cell(goal.row + 1, goal.column, "全年培训基层干部200人次，考核合格率不低于95%。")
    done = _at(ws, "实际完成情况")
    ws.cell(done.row + 1, done.column, "全年培训180人次，考核合格率98%。")
    header = _at(ws, "一级指标").row
    hcol = {c.value: c.column for c in ws[header] if isinstance(c.value, str)}
    for second, third, target, actual, weight, score, reason in OFFICER_ROWS:
        r = _at(ws, second).row                        # the first of the two rows under that 二级
        for h, v in [("三级指标", third), ("年度指标值", target), ("实际完成值", actual), ("分值", weight),
                     ("得分", score), ("偏差原因分析及改进措施", reason)]:
            if v is not None:
                ws.cell(r, hcol[h], v)
    ws.cell(_at(ws, "总分").row, hcol["得分"], 96.09)
    _right_field(ws, _at(ws, "评价结论")).value = "项目总体完成较好，培训人次未达目标。"
    wb.save(path)
    return path


def test_filled_project_template_scores_as_worked_by_hand(tmp_path):
    result = selfeval_xl.evaluate(_fill_project(_project(tmp_path)))   # --scheme auto → project
    assert result.declaration.kind == "project" and result.scheme.name == "project"
    got = {row["指标"]: row["得分"] for row in result.categories.to_dict("records")}
    # SPEC §3.1 scheme project: 预算执行 10 (computed), 产出指标 50, 效益指标 30, 满意度指标 10; the form
    # declares the same (budget 分值 10, "(50分)", "(30分)", "(10分)" and the 分值 typed, summing to them).
    # 预算执行 = 10 × min(全年执行数 / 全年预算数, 100%) = 10 × 95/100 = 9.5  (SPEC §3.1, §3.4)
    budget = 10 * Fraction(95, 100)
    # 产出指标 (分值 20 + 15 + 15 = 50, so those are the weights, SPEC §3.2):
    #   培训人次 ≥200, actual 180: at least, missed → 20 × 180/200 = 18
    #   培训考核合格率 ≥95%, actual 98%: met → 15
    #   人均培训成本 ≤500元, actual 520: at most, missed → 15 × 500/520 = 375/26 ≈ 14.4231
    #   产出 = 18 + 15 + 375/26 = 1233/26 ≈ 47.4231
    output = 20 * Fraction(180, 200) + 15 + 15 * Fraction(500, 520)
    # 效益指标 (15 + 15 = 30):
    #   培训后岗位考核通过率 ≥90%, actual 85% → 15 × 85/90 = 85/6 ≈ 14.1667
    #   培训机制持续运行年限 ≥3年, actual 3年 → 15 ("年" is no duration limit: at least)
    #   效益 = 85/6 + 15 = 175/6 ≈ 29.1667
    benefit = 15 * Fraction(85, 90) + 15
    # 满意度指标: 参训学员满意度 ≥90%, actual 92% → 10
    satisfaction = Fraction(10)
    assert (budget, output, benefit) == (Fraction(19, 2), Fraction(1233, 26), Fraction(175, 6))
    assert got == {"预算执行": budget, "产出指标": output, "效益指标": benefit, "满意度指标": satisfaction}
    # total = 19/2 + 1233/26 + 175/6 + 10 = (741 + 3699 + 2275 + 780)/78 = 7495/78 ≈ 96.0897 → 96.09 → 优
    assert result.total_exact == Fraction(7495, 78)
    assert result.total == Fraction("96.09") and result.grade == "优"
    # a consistent form: the 得分 typed are within 0.01 of the computed (14.42 vs 14.4231, 14.17 vs
    # 14.1667), the 执行率 and 得分 of the budget row agree, every row below full marks gives a reason,
    # the parts sum to the total, and the declared weights are the scheme's
    bad = [(f.level, f.code, f.location, f.message) for f in result.findings if f.level in ("错误", "警告")]
    assert not bad


def test_blank_project_template_findings_are_only_about_missing_values(tmp_path):
    result = selfeval_xl.evaluate(_project(tmp_path))
    assert result.declaration.kind == "project" and result.scheme.name == "project"
    missing = {"missing-label", "target-missing", "actual-missing",
               "category-empty"}        # no indicator filled in yet (SPEC §3.1: a 警告)
    # SPEC §3.1, §4: under --scheme auto a 提示 says which scheme scored and why
    other = [(f.level, f.code, f.location, f.message) for f in result.findings
             if f.code not in missing and not (f.level == "提示" and "project" in f.message)]
    assert not other
    labels = " ".join(f.message for f in result.findings if f.code == "missing-label")
    for name in ("项目名称", "年度", "全年预算数", "全年执行数"):
        assert name in labels, name


def test_instruction_rows_that_wrap_are_tall_enough_to_print_every_line(tmp_path):
    """填表说明 column B is 100 characters wide; rendered by LibreOffice, a line holds about 110
    display units (a Chinese character counts 2).  A text wider than 115 wraps, so its row must be
    at least two 11-point lines (2 × 15 pt) tall — otherwise the second line is cut on paper (it
    was, on seven rows)."""
    from selfeval_xl.review import display_width

    ws = load_workbook(_template(tmp_path))["填表说明"]
    long_rows = [r for r in range(3, ws.max_row + 1)
                 if isinstance(ws.cell(r, 2).value, str) and display_width(ws.cell(r, 2).value) > 115]
    assert len(long_rows) >= 5
    for r in long_rows:
        assert (ws.row_dimensions[r].height or 0) >= 30, (r, ws.cell(r, 1).value)
