"""The blank template: what `selfeval-xl template` writes, and the copy shipped in workbook_templates/."""
from pathlib import Path

from openpyxl import load_workbook

import selfeval_xl
from selfeval_xl.reading import read_workbook

SHIPPED = Path(__file__).resolve().parent.parent / "workbook_templates" / "部门整体绩效自评模板.xlsx"


def _content(path):
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        cells = {c.coordinate: (c.value, c.data_type, c.number_format, c.fill.fgColor.rgb)
                 for row in ws.iter_rows() for c in row if c.value is not None or c.fill.fill_type}
        out[ws.title] = (cells, sorted(str(m) for m in ws.merged_cells.ranges),
                         [(dv.type, dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation],
                         ws.freeze_panes, ws.page_setup.paperSize, ws.page_setup.orientation)
    return out


def test_shipped_template_is_what_the_command_writes(tmp_path):
    fresh = selfeval_xl.write_template(tmp_path / "t.xlsx")
    assert _content(fresh) == _content(SHIPPED), "regenerate: selfeval-xl template --force " + str(SHIPPED)


def test_template_layout(tmp_path):
    wb = load_workbook(selfeval_xl.write_template(tmp_path / "t.xlsx"))
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
    decl = read_workbook(selfeval_xl.write_template(tmp_path / "t.xlsx"))
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
