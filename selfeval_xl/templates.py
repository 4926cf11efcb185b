"""The blank fill-in workbooks, written with openpyxl: `selfeval-xl template` (the department's
整体绩效目标申报表, README “单位填报人员的流程”) and `selfeval-xl template --kind project` (the central
项目支出绩效自评表 of 财预〔2020〕10号, README “能读取的表格”)."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from types import SimpleNamespace

FIRST_LEVELS = ["投入管理指标", "产出指标", "效果指标", "效益指标", "满意度指标"]
UNITS = ["%", "个", "次", "项", "件", "人次", "万元", "元", "天", "个工作日", "月", "定性指标"]
INDICATOR_HEADINGS = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值",
                      "自评得分", "偏差原因分析及改进措施"]
BUDGET_ITEMS = [
    ("年初预算数", "年初批复的部门预算数"),
    ("全年预算数", "含年中追加、调减后的调整预算数（预算执行率、预算调整率的分母）"),
    ("全年执行数", "全年实际支出（执行）金额"),
    ("结转结余数", "年末结转和结余资金"),
    ("“三公经费”预算数", "因公出国（境）费、公务用车购置及运行费、公务接待费的预算"),
    ("“三公经费”实际支出数", "上述三项的实际支出"),
    ("政府采购预算数", "不涉及政府采购的可留空"),
    ("政府采购实际金额", "不涉及政府采购的可留空"),
    ("公用经费预算数", "可留空"),
    ("公用经费实际支出数", "可留空"),
]
INDICATOR_ROWS = 40

# 填表说明: the same rows are in README.md ("怎样填写指标值和实际完成值"); tests/test_template.py
# checks that the two agree.  The two 写法 parts are shared with the project template, which
# replaces only the rows named in PROJECT_WRITING_CHANGES.
YELLOW_CELLS = ("黄色单元格", "黄色底色的单元格需要填写；其他单元格是标题，请勿修改文字（可以增删行、调整列顺序）。")
YEAR = ("年度", "填写四位年份，如 2021。")
REASON = ("偏差原因分析及改进措施", "未得满分的指标必须填写。")
TARGET_WRITING = [
    ("不低于（正向）", "≥90%、>=90%、不低于90%、不少于20次、至少2次、达到95%、95%以上、90%及以上"),
    ("不高于（反向）", "≤5%、<=5%、不高于5%、不超过30万元、控制在5%以内、3个工作日内、5天以下"),
    ("等于、高于、低于", "=100%、等于100%、>0、<3次、各1次"),
    ("区间", "90-95%、90%~95%、90%至95%（含两端）"),
    ("只写数字", "100 表示不低于 100；但预算调整率、结转结余率、“三公经费”控制率、公用经费控制率、成本类指标、"
               "以天/小时计的时效指标、名称含“事故”“投诉”“差错”“费用”等的指标，只写数字表示不高于（工具会提示）。"),
    ("期限", "9月前、12月底前、2021年12月31日前完成、2021年10月底到位"),
    ("定性", "相关、科学、合理、完整、真实、合规、健全、规范、及时完整等不含数字的文字；"
            "“全年”“1-12月”这类期间也按定性计分。"),
    ("单位和全角字符", "单位可以写在指标值里（≥99%），也可以写在度量单位列（≥99 ＋ %）。"
                "全角数字和符号（≥９０％）可以识别。"),
    ("不要这样写", "“严格按照预算标准1000元/人给补助”这类把数字夹在句子里的写法无法确定，会被标为错误；请改写为“≤1000元/人”。"),
]
ACTUAL_WRITING = [
    ("数字", "98%、98、100次、30万元。百分比写 98% 或 98（度量单位为 %）；不要写 0.98，"
            "工具会按所填的 0.98 计分并警告。"),
    ("约数", "约98%、98%左右：按 98 计分，并提示尽量填写确切数字。"),
    ("定性", "与指标值相同的文字（如“合规”）、已完成、达到、实现、符合 → 达成；基本完成、部分完成、较好 → 部分达成；"
            "未完成、不合规、没有、否 → 未达成。"),
    ("期限", "写实际完成日期，如 2021年9月20日、2021年11月；或“按时完成”。"),
    ("不适用", "不适用、不涉及、—、/：该指标不计分，权重按比例折算给同类其他指标。"
              "“无”也按不适用处理，但指标值为 0 时“无”按 0 计，指标值为“无”时按达成计。"),
    ("比率", "预算执行率等比率若资金执行情况表已填金额，可以留空，工具会计算；填写了则与计算值核对。"),
]
INSTRUCTIONS = [
    ("总体", None),
    ("用途", "本工作簿对应《部门（单位）整体绩效目标申报表》，并增加了自评所需的列。填好后运行 "
            "selfeval-xl process 本文件.xlsx，工具会计算各项比率和得分，生成“-评分.xlsx”和复核意见。"),
    YELLOW_CELLS,
    ("金额单位", "金额一律以万元填写。若按元填写，请把标签写成“年初预算数（元）”，工具会换算为万元并提示。"),
    ("整体绩效目标申报表", None),
    YEAR,
    ("自评总分（选填）", "单位自己算出的总分（如自评报告中的 99 分）；工具会与按规则计算的合计核对。"),
    ("部门（单位）名称", "填写全称，如“金水区智慧城市管理中心”。"),
    ("年度履职目标", "照抄申报表中的年度履职目标。"),
    ("年度主要任务", "每行一项任务：任务名称、主要内容。只作展示，不计分。"),
    ("预算情况", "部门预算总额应等于资金来源（财政性资金＋其他资金）之和，也应等于资金结构（基本支出＋项目支出）之和。"),
    ("一级指标", "从下拉列表选择：投入管理指标、产出指标、效果指标（或效益指标、满意度指标）。同一一级指标下的行可以留空，"
                "自动沿用上一行；也可以合并单元格。"),
    ("二级指标", "如 工作目标管理、预算和财务管理、绩效管理、履职效益、满意度；留空沿用上一行。"),
    ("三级指标", "具体指标名称。名称中含“预算执行率”“预算调整率”“结转结余率”“三公经费控制率”“政府采购执行率”"
                "“公用经费控制率”的，工具按资金执行情况表自动计算实际值。"),
    ("指标值", "写法见下方“指标值的写法”。"),
    ("度量单位", "%、个、次、万元、天等；定性指标填“定性指标”或留空。指标值里已写单位的可不填。"),
    ("实际完成值", "写法见下方“实际完成值的写法”。"),
    ("分值", "可留空：留空时该类权重在其指标间平均分配。若填写，同一类指标分值之和应等于该类权重"
            "（投入管理 20、产出 40、效益 30），不等时按比例折算并提示。"),
    ("自评得分", "可留空。填写后工具会与计算得分核对；定性指标的自评得分落在所属档次区间内时采用自评得分。"),
    REASON,
    ("指标值的写法", None),
    *TARGET_WRITING,
    ("实际完成值的写法", None),
    *ACTUAL_WRITING,
    ("资金执行情况", None),
    ("填写", "在每个项目右侧填写金额（万元）。全年预算数、全年执行数必须填写。"),
]


# --------------------------------------------------------------------------------------------
# The project form: 项目支出绩效自评表 in the central layout (财预〔2020〕10号 附件), README “能读取的表格”
# --------------------------------------------------------------------------------------------

PROJECT_SHEET = "项目支出绩效自评表"
PROJECT_HEADINGS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施"]
# (the budget table's figure headings, the prompt of each figure column)
PROJECT_BUDGET_HEADINGS = [
    ("年初预算数", "年初批复的项目预算（万元）。"),
    ("全年预算数", "含年中追加、调减后的全年预算（万元），执行率的分母；必须填写。"),
    ("全年执行数", "全年实际支出（执行）金额（万元）；必须填写。"),
]
PROJECT_BUDGET_ROWS = ["年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"]
BUDGET_WEIGHT = 10                         # 预算执行's 分值, 10号 "in principle"
# 一级 "(N分)" → its 二级 (README “能读取的表格”: the label's points are the form's weight for that group)
PROJECT_BLOCKS = [
    ("产出指标（50分）", ["数量指标", "质量指标", "时效指标", "成本指标"]),
    ("效益指标（30分）", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
    ("满意度指标（10分）", ["服务对象满意度指标"]),
]
ROWS_PER_SECOND_LEVEL = 2
PROJECT_CLOSING = ["评价结论", "存在问题", "改进措施"]

# 填表说明 of the project form: the department's guidance where it applies; the 写法 rows that speak of
# a 度量单位 column or of the 资金执行情况 sheet, which this form has not, are replaced.
PROJECT_WRITING_CHANGES = {
    "单位和全角字符": "本表没有度量单位列，单位写在年度指标值里（≥99%、≥50个、≤90万元、≤3个工作日）。"
                "全角数字和符号（≥９０％）可以识别。",
    "数字": "98%、98、100次、30万元，单位与年度指标值相同。百分比写 98% 或 98；不要写 0.98，"
            "工具会按所填的 0.98 计分并警告。",
    "比率": "三级指标为预算执行率、预算调整率的，工具按“项目资金”表的金额计算，可以留空；填写了则与计算值核对。",
}


def _project_writing(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, PROJECT_WRITING_CHANGES.get(k, v)) for k, v in rows]


PROJECT_INSTRUCTIONS = [
    ("总体", None),
    ("用途", "本工作簿是财预〔2020〕10号附件的《项目支出绩效自评表》（中央版式）。填好后运行 "
            "selfeval-xl process 本文件.xlsx，工具会计算预算执行率和各项得分，生成“-评分.xlsx”和复核意见。"),
    YELLOW_CELLS,
    ("金额单位", "金额一律以万元填写。若按元填写，请把“项目资金（万元）”改为“项目资金（元）”，"
                "工具会换算为万元并提示。"),
    ("分值", f"满分 100 分：预算执行 {BUDGET_WEIGHT}、产出指标 50、效益指标 30、满意度指标 10（10号文件的原则）。"
            "有特殊情况调整的，改写“项目资金”表的分值和一级指标括号中的分数，合计仍应为 100。"),
    ("项目支出绩效自评表", None),
    YEAR,
    ("项目名称", "填写项目全称，与预算批复一致。必须填写。"),
    ("主管部门、实施单位", "主管部门填写项目的主管部门，实施单位填写具体实施项目的单位。只作展示，不计分。"),
    ("年度总体目标", "预期目标照抄绩效目标申报表中的年度总体目标；实际完成情况写明全年实际完成了什么。只作展示，不计分。"),
    ("一级指标", "已列出产出指标（50分）、效益指标（30分）、满意度指标（10分），括号中是该一级指标的分数。"),
    ("二级指标", "已列出 10号文件的二级指标，每个下面预留两行：不够时在这两行之间插入行（合并单元格会随之扩大），"
                "不用的行留空即可。"),
    ("三级指标", "具体指标名称，与绩效目标申报表一致。"),
    ("年度指标值", "写法见下方“指标值的写法”。本表没有度量单位列，单位写在指标值里。"),
    ("实际完成值", "写法见下方“实际完成值的写法”。"),
    ("分值（指标）", "每项三级指标的分值，同一一级指标下的分值之和应等于括号中的分数，不等时按比例折算并提示。"
                  "可留空：留空时该一级指标的分数在其指标间平均分配。"),
    ("得分（指标）", "单位自评的得分，可留空。填写后工具会与计算得分核对；定性指标的得分落在所属档次区间内时采用所填得分。"),
    REASON,
    ("总分", "得分栏可填写单位自评的总分，供对照；工具按规则计算的总分见评分工作簿的“得分汇总”。"),
    ("评价结论、存在问题、改进措施", "文字说明，只作展示，不计分。"),
    ("项目资金（万元）", None),
    ("年度资金总额", "项目的全部资金：年初预算数、全年预算数（含年中追加、调减）、全年执行数。"
                  "全年预算数、全年执行数必须填写。"),
    ("其中：本年财政拨款、上年结转资金、其他资金", "年度资金总额按来源分列，三行之和应等于年度资金总额（不等时警告）；"
                                      "没有的留空或填 0。年度资金总额留空时按三行之和计算，并警告。"),
    ("分值（预算执行）", f"预算执行的分值，已填 {BUDGET_WEIGHT} 分。"),
    ("执行率", "全年执行数 ÷ 全年预算数，以百分比填写（如 95%）。可留空：工具按金额计算；"
              "填写了则与计算值核对（相差超过 0.5 个百分点时警告）。"),
    ("得分（预算执行）", "分值 × 执行率（执行率超过 100% 的按 100% 计）。可留空；填写了则与计算得分核对。"),
    ("指标值的写法", None),
    *_project_writing(TARGET_WRITING),
    ("实际完成值的写法", None),
    *_project_writing(ACTUAL_WRITING),
]

# kind → default file name of `selfeval-xl template --kind KIND`
TEMPLATE_KINDS = {
    "department": "绩效自评模板.xlsx",
    "project": "项目支出绩效自评模板.xlsx",
}


def build_template(path: str | Path, kind: str = "department") -> Path:
    """Write the blank template of `kind` (department | project) to path (the parent folder must exist)."""
    if kind == "department":
        return _build_department(Path(path))
    if kind == "project":
        return _build_project(Path(path))
    raise ValueError(f"unknown template kind {kind!r}: one of {', '.join(TEMPLATE_KINDS)}")


# --------------------------------------------------------------------------------------------
# Helpers shared by both templates
# --------------------------------------------------------------------------------------------

@cache
def _style() -> SimpleNamespace:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    return SimpleNamespace(
        border=Border(left=thin, right=thin, top=thin, bottom=thin),
        body=Font(name="宋体", size=11),
        bold=Font(name="宋体", size=11, bold=True),
        title=Font(name="宋体", size=16, bold=True),
        fill_input=PatternFill("solid", fgColor="FFF2CC"),
        fill_head=PatternFill("solid", fgColor="D9E1F2"),
        wrap=Alignment(wrap_text=True, vertical="center"),
        center=Alignment(horizontal="center", vertical="center", wrap_text=True),
        top=Alignment(vertical="top", wrap_text=True),
        no_fill=PatternFill(fill_type=None),      # pre-filled text of the form: neither heading nor input
    )


def _label(ws, ref, text, merge=None, font=None, fill=None):
    """A label (heading) cell, bordered, optionally merged over `merge`."""
    s = _style()
    ws[ref] = text
    c = ws[ref]
    c.font, c.alignment, c.border = font or s.bold, s.center, s.border
    c.fill = s.fill_head if fill is None else fill
    if merge:
        ws.merge_cells(merge)
        for row in ws[merge]:
            for c in row:
                c.border = s.border


def _field(ws, ref, merge=None, fmt=None):
    """A yellow fill-in cell (or merged range)."""
    s = _style()
    cells = ws[merge] if merge else ((ws[ref],),)
    for row in cells:
        for c in row:
            c.fill, c.border, c.font, c.alignment = s.fill_input, s.border, s.body, s.wrap
            if fmt:
                c.number_format = fmt
    if merge:
        ws.merge_cells(merge)


def _heading_row(ws, row, headings, first_col=1):
    s = _style()
    for i, h in enumerate(headings):
        c = ws.cell(row, first_col + i, h)
        c.font, c.alignment, c.border, c.fill = s.bold, s.center, s.border, s.fill_head


def _prompt(ws, sqref, title, prompt, **kw):
    """An input prompt on sqref; with type=… also a check (a warning, so the officer may go on)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if kw.get("type"):
        kw = {"allow_blank": True, "showErrorMessage": True, "errorStyle": "warning",
              "errorTitle": title[:32], **kw}
    dv = DataValidation(promptTitle=title[:32], prompt=prompt[:255], showInputMessage=True, **kw)
    dv.add(sqref)
    ws.add_data_validation(dv)
    return dv


def _money_prompt(ws, sqref, name, note):
    return _prompt(ws, sqref, name, note, type="decimal", operator="greaterThanOrEqual", formula1="0",
                   error="请填写不小于 0 的金额（万元）。")


def _instructions_sheet(wb, rows) -> None:
    """The 填表说明 sheet: a title, then (key, text) rows; a row with text None is a section heading."""
    from openpyxl.styles import Alignment

    from .layout import row_height

    s = _style()
    ws = wb.create_sheet("填表说明")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    c = ws.cell(1, 1, "填表说明")
    c.font = s.title
    r = 2
    for key, text in rows:
        r += 1
        if text is None:
            c = ws.cell(r, 1, key)
            c.font, c.fill = s.bold, s.fill_head
            ws.cell(r, 2).fill = s.fill_head
            continue
        a, b = ws.cell(r, 1, key), _text_cell(ws, r, 2, text)
        a.font, b.font = s.bold, s.body
        a.alignment = Alignment(vertical="top", wrap_text=True)
        b.alignment = Alignment(vertical="top", wrap_text=True)
        # every line printed: 11-point text needs a row as tall as its wrapped lines
        h = row_height([(key, 22 * 0.9), (text, 100)], line_height=15)
        if h:
            ws.row_dimensions[r].height = h
    ws.freeze_panes = "A2"
    _print_setup(ws, "1:1", landscape=False)


def _save(wb, path: Path) -> Path:
    """Fixed document properties, the first sheet active, then save."""
    wb.properties.creator = "selfeval-xl"
    wb.properties.created = dt.datetime(2021, 1, 1)
    wb.properties.modified = dt.datetime(2021, 1, 1)
    wb.active = 0
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# The department template: 整体绩效目标申报表, 资金执行情况, 填表说明
# --------------------------------------------------------------------------------------------

def _build_department(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    s = _style()
    wb = Workbook()
    ws = wb.active
    ws.title = "整体绩效目标申报表"
    widths = {"A": 14, "B": 18, "C": 26, "D": 14, "E": 10, "F": 14, "G": 8, "H": 10, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "部门（单位）整体绩效目标申报表"
    ws["A1"].font, ws["A1"].alignment = s.title, s.center
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 30
    _label(ws, "A2", "年度")
    _field(ws, "B2", fmt="0")
    _label(ws, "C2", "自评总分（选填）")
    _field(ws, "D2", fmt="0.00")
    _label(ws, "A3", "部门（单位）名称")
    _field(ws, "B3", "B3:I3")
    _label(ws, "A4", "年度履职目标")
    _field(ws, "B4", "B4:I4")
    ws.row_dimensions[4].height = 48
    _label(ws, "A5", "年度主要任务", "A5:A9")
    _label(ws, "B5", "任务名称")
    _label(ws, "C5", "主要内容", "C5:I5")
    for r in range(6, 10):
        _field(ws, f"B{r}")
        _field(ws, f"C{r}", f"C{r}:I{r}")
    _label(ws, "A10", "预算情况", "A10:A14")
    budget_labels = ["部门预算总额（万元）", "1、资金来源：（1）财政性资金", "（2）其他资金",
                     "2、资金结构：（1）基本支出", "（2）项目支出"]
    for i, text in enumerate(budget_labels):
        r = 10 + i
        _label(ws, f"B{r}", text, f"B{r}:C{r}", font=s.body)
        _field(ws, f"D{r}", fmt="0.00")
    header_row = 15
    _heading_row(ws, header_row, INDICATOR_HEADINGS)
    ws.row_dimensions[header_row].height = 30
    first, last = header_row + 1, header_row + INDICATOR_ROWS
    for r in range(first, last + 1):
        for ci in range(1, len(INDICATOR_HEADINGS) + 1):
            c = ws.cell(r, ci)
            c.fill, c.border, c.font, c.alignment = s.fill_input, s.border, s.body, s.wrap
            if ci == 4 or ci == 6:
                c.number_format = "@"  # targets and actuals are kept as typed
    dv_first = DataValidation(type="list", formula1='"' + ",".join(FIRST_LEVELS) + '"',
                              allow_blank=True, showErrorMessage=True, errorStyle="warning",
                              errorTitle="一级指标", error="建议从列表中选择一级指标。",
                              promptTitle="一级指标", prompt="从列表选择；同一一级指标下可留空沿用上一行。",
                              showInputMessage=True)
    dv_first.add(f"A{first}:A{last}")
    dv_unit = DataValidation(type="list", formula1='"' + ",".join(UNITS) + '"', allow_blank=True,
                             showErrorMessage=False, promptTitle="度量单位",
                             prompt="可从列表选择，也可直接输入其他单位。", showInputMessage=True)
    dv_unit.add(f"E{first}:E{last}")
    ws.add_data_validation(dv_first)
    ws.add_data_validation(dv_unit)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    _print_setup(ws, f"{header_row}:{header_row}")

    # 资金执行情况
    ws2 = wb.create_sheet("资金执行情况")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 16
    _heading_row(ws2, 1, ["项目", "金额（万元）"])
    # No notes to the right of an amount: a blank amount would read the note (README “能读取的表格”, "the first
    # non-empty cell to the right").  Each amount cell explains itself in an input prompt instead.
    for i, (name, note) in enumerate(BUDGET_ITEMS):
        r = i + 2
        c = ws2.cell(r, 1, name)
        c.font, c.border, c.alignment = s.body, s.border, s.wrap
        v = ws2.cell(r, 2)
        v.fill, v.border, v.font, v.number_format = s.fill_input, s.border, s.body, "0.00"
        _money_prompt(ws2, v.coordinate, name, note)
    r = len(BUDGET_ITEMS) + 3
    ws2.cell(r, 1, "说明").font = s.bold
    for j, (name, note) in enumerate(BUDGET_ITEMS):
        c = ws2.cell(r + 1 + j, 1, f"{name}：{note}")
        c.font = Font(name="宋体", size=10, color="595959")
    ws2.freeze_panes = "A2"
    _print_setup(ws2, "1:1", landscape=False)

    _instructions_sheet(wb, INSTRUCTIONS)
    return _save(wb, path)


# --------------------------------------------------------------------------------------------
# The project template: 项目支出绩效自评表, 填表说明
# --------------------------------------------------------------------------------------------

# Columns A–I.  A holds the block labels (项目资金（万元）, 年度总体目标, 绩效指标) merged down their
# blocks; the budget table's row labels are B:C, its six headings D–I; the indicator table is B–I.
PROJECT_WIDTHS = {"A": 17, "B": 18, "C": 20, "D": 26, "E": 16, "F": 16, "G": 8, "H": 9, "I": 30}
PROJECT_INDICATOR_FIRST_COL = 2


def _build_project(path: Path) -> Path:
    from openpyxl import Workbook

    s = _style()
    wb = Workbook()
    ws = wb.active
    ws.title = PROJECT_SHEET
    for k, v in PROJECT_WIDTHS.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "项目支出绩效自评表"
    ws["A1"].font, ws["A1"].alignment = s.title, s.center
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 30
    # The form's "（    年度）" line, as a label and a cell: the year is read by its label (README “能读取的表格”).
    _label(ws, "A2", "年度")
    _field(ws, "B2", fmt="0")
    _prompt(ws, "B2", "年度", "填写四位年份，如 2022。", type="whole", operator="between",
            formula1="1990", formula2="2099", error="请填写四位年份，如 2022。")
    _label(ws, "A3", "项目名称")
    _field(ws, "B3", "B3:I3")
    # a blank 主管部门 must not read 实施单位 as its value: the reader stops at a known label
    _label(ws, "A4", "主管部门")
    _field(ws, "B4", "B4:E4")
    _label(ws, "F4", "实施单位")
    _field(ws, "G4", "G4:I4")
    for r in (2, 3, 4):
        ws.row_dimensions[r].height = 20

    # 项目资金（万元）: block label merged down on the left, heading row, then 年度资金总额 and its parts.
    # No note anywhere in the table: a text in a figure column would end the table (README “能读取的表格”).
    top = 5
    bottom = top + len(PROJECT_BUDGET_ROWS)
    _label(ws, f"A{top}", "项目资金（万元）", f"A{top}:A{bottom}")
    _label(ws, f"B{top}", None, f"B{top}:C{top}")
    _heading_row(ws, top, [h for h, _ in PROJECT_BUDGET_HEADINGS] + ["分值", "执行率", "得分"], first_col=4)
    ws.row_dimensions[top].height = 20
    for i, name in enumerate(PROJECT_BUDGET_ROWS):
        r = top + 1 + i
        _label(ws, f"B{r}", name, f"B{r}:C{r}", font=s.bold if i == 0 else s.body)
        for col in "DEF":
            _field(ws, f"{col}{r}", fmt="0.00")
        ws.row_dimensions[r].height = 20
        if i == 0:
            _field(ws, f"G{r}", fmt="0.##")
            ws[f"G{r}"] = BUDGET_WEIGHT
            _field(ws, f"H{r}", fmt="0.00%")
            _field(ws, f"I{r}", fmt="0.00")
        else:      # the parts have no 分值 or 得分 of their own
            _label(ws, f"G{r}", "—", font=s.body, fill=s.no_fill)
            _field(ws, f"H{r}", fmt="0.00%")
            _label(ws, f"I{r}", "—", font=s.body, fill=s.no_fill)
    total = top + 1
    for (heading, note), col in zip(PROJECT_BUDGET_HEADINGS, "DEF"):
        _money_prompt(ws, f"{col}{total}:{col}{bottom}", heading, note)
    _prompt(ws, f"G{total}", "分值", f"预算执行的分值，原则上为 {BUDGET_WEIGHT} 分。", type="decimal",
            operator="between", formula1="0", formula2="100", error="分值应在 0 到 100 之间。")
    _prompt(ws, f"H{total}:H{bottom}", "执行率", "全年执行数 ÷ 全年预算数，填百分比，如 95%。可留空，工具会计算并核对。",
            type="decimal", operator="greaterThanOrEqual", formula1="0", error="请填写百分比，如 95%。")
    _prompt(ws, f"I{total}", "得分", "分值 × 执行率（最高为分值）。可留空，工具会计算并核对。",
            type="decimal", operator="greaterThanOrEqual", formula1="0", error="请填写不小于 0 的得分。")

    # 年度总体目标: 预期目标 | 实际完成情况 side by side, one tall fill-in row each
    goal = bottom + 1
    _label(ws, f"A{goal}", "年度总体目标", f"A{goal}:A{goal + 1}")
    _label(ws, f"B{goal}", "预期目标", f"B{goal}:E{goal}")
    _label(ws, f"F{goal}", "实际完成情况", f"F{goal}:I{goal}")
    _field(ws, f"B{goal + 1}", f"B{goal + 1}:E{goal + 1}")
    _field(ws, f"F{goal + 1}", f"F{goal + 1}:I{goal + 1}")
    ws.row_dimensions[goal + 1].height = 90
    for ref in (f"B{goal + 1}", f"F{goal + 1}"):
        ws[ref].alignment = s.top

    # 绩效指标: header, then the 一级 blocks with their 二级 (two empty rows each)
    header_row = goal + 2
    n_rows = sum(len(seconds) for _, seconds in PROJECT_BLOCKS) * ROWS_PER_SECOND_LEVEL
    first, last = header_row + 1, header_row + n_rows
    _label(ws, f"A{header_row}", "绩效指标", f"A{header_row}:A{last}")
    _heading_row(ws, header_row, PROJECT_HEADINGS, first_col=PROJECT_INDICATOR_FIRST_COL)
    ws.row_dimensions[header_row].height = 30
    r = first
    for first_level, seconds in PROJECT_BLOCKS:
        block_end = r + len(seconds) * ROWS_PER_SECOND_LEVEL - 1
        _label(ws, f"B{r}", first_level, f"B{r}:B{block_end}", fill=s.no_fill)
        for second in seconds:
            end = r + ROWS_PER_SECOND_LEVEL - 1
            _label(ws, f"C{r}", second, f"C{r}:C{end}", font=s.body, fill=s.no_fill)
            for rr in range(r, end + 1):
                for col in "DEFGHI":
                    _field(ws, f"{col}{rr}", fmt="@" if col in "EF" else None)  # targets, actuals as typed
                ws.row_dimensions[rr].height = 20
            r = end + 1
    _prompt(ws, f"D{first}:D{last}", "三级指标", "具体指标名称；不用的行留空。")
    _prompt(ws, f"E{first}:E{last}", "年度指标值",
            "如 ≥95%、≤3个工作日、≥200人次、12月底前、合规；单位写在指标值里。写法见“填表说明”。")
    _prompt(ws, f"F{first}:F{last}", "实际完成值",
            "如 98%、180人次、2022年11月15日、已完成；不适用的填“不适用”。写法见“填表说明”。")
    _prompt(ws, f"G{first}:G{last}", "分值", "同一一级指标下的分值之和等于括号中的分数；可留空（平均分配）。",
            type="decimal", operator="greaterThanOrEqual", formula1="0", error="请填写不小于 0 的分值。")
    _prompt(ws, f"H{first}:H{last}", "得分", "单位自评的得分，可留空；工具会计算并核对。",
            type="decimal", operator="greaterThanOrEqual", formula1="0", error="请填写不小于 0 的得分。")
    _prompt(ws, f"I{first}:I{last}", "偏差原因分析及改进措施", "未得满分的指标必须填写。")

    # closing rows: 总分 (its label over the 一级–实际完成值 columns, so the reader skips it as a total
    # row), then the texts, each a closing row that ends the indicator table (README “能读取的表格”)
    r = last + 1
    _label(ws, f"A{r}", "总分", f"A{r}:F{r}")
    _label(ws, f"G{r}", 100, font=s.bold, fill=s.no_fill)
    _field(ws, f"H{r}", fmt="0.00")
    _label(ws, f"I{r}", None, fill=s.no_fill)
    ws.row_dimensions[r].height = 20
    _prompt(ws, f"H{r}", "总分", "单位自评的总分（选填），供对照。", type="decimal",
            operator="between", formula1="0", formula2="100", error="总分应在 0 到 100 之间。")
    for name in PROJECT_CLOSING:
        r += 1
        _label(ws, f"A{r}", name)
        _field(ws, f"B{r}", f"B{r}:I{r}")
        ws[f"B{r}"].alignment = s.top
        ws.row_dimensions[r].height = 48
    _print_setup(ws, f"{header_row}:{header_row}")

    _instructions_sheet(wb, PROJECT_INSTRUCTIONS)
    return _save(wb, path)


def _text_cell(ws, r, c, text):
    """A text cell that stays text: openpyxl would store "=100%…" as a formula."""
    cell = ws.cell(r, c)
    cell.value = text
    cell.data_type = "s"
    return cell


def _print_setup(ws, title_rows: str, landscape: bool = True) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
