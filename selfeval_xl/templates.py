"""The blank fill-in workbook (SPEC §2), written with openpyxl: `selfeval-xl template`."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

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
# checks that the two agree.
INSTRUCTIONS = [
    ("总体", None),
    ("用途", "本工作簿对应《部门（单位）整体绩效目标申报表》，并增加了自评所需的列。填好后运行 "
            "selfeval-xl process 本文件.xlsx，工具会计算各项比率和得分，生成“-评分.xlsx”和复核意见。"),
    ("黄色单元格", "黄色底色的单元格需要填写；其他单元格是标题，请勿修改文字（可以增删行、调整列顺序）。"),
    ("金额单位", "金额一律以万元填写。若按元填写，请把标签写成“年初预算数（元）”，工具会换算为万元并提示。"),
    ("整体绩效目标申报表", None),
    ("年度", "填写四位年份，如 2021。"),
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
    ("偏差原因分析及改进措施", "未得满分的指标必须填写。"),
    ("指标值的写法", None),
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
    ("实际完成值的写法", None),
    ("数字", "98%、98、100次、30万元。百分比写 98% 或 98（度量单位为 %）；不要写 0.98，"
            "工具会按所填的 0.98 计分并警告。"),
    ("约数", "约98%、98%左右：按 98 计分，并提示尽量填写确切数字。"),
    ("定性", "与指标值相同的文字（如“合规”）、已完成、达到、实现、符合 → 达成；基本完成、部分完成、较好 → 部分达成；"
            "未完成、不合规、没有、否 → 未达成。"),
    ("期限", "写实际完成日期，如 2021年9月20日、2021年11月；或“按时完成”。"),
    ("不适用", "不适用、不涉及、—、/：该指标不计分，权重按比例折算给同类其他指标。"
              "“无”也按不适用处理，但指标值为 0 时“无”按 0 计，指标值为“无”时按达成计。"),
    ("比率", "预算执行率等比率若资金执行情况表已填金额，可以留空，工具会计算；填写了则与计算值核对。"),
    ("资金执行情况", None),
    ("填写", "在每个项目右侧填写金额（万元）。全年预算数、全年执行数必须填写。"),
]


def build_template(path: str | Path) -> Path:
    """Write the blank template to path (the parent folder must exist)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    body = Font(name="宋体", size=11)
    bold = Font(name="宋体", size=11, bold=True)
    title_font = Font(name="宋体", size=16, bold=True)
    fill_input = PatternFill("solid", fgColor="FFF2CC")
    fill_head = PatternFill("solid", fgColor="D9E1F2")
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def label(ws, ref, text, merge=None, font=bold, fill=fill_head):
        ws[ref] = text
        ws[ref].font, ws[ref].alignment, ws[ref].border, ws[ref].fill = font, center, border, fill
        if merge:
            ws.merge_cells(merge)
            for row in ws[merge]:
                for c in row:
                    c.border = border

    def field(ws, ref, merge=None, fmt=None):
        cells = ws[merge] if merge else ((ws[ref],),)
        for row in cells:
            for c in row:
                c.fill, c.border, c.font, c.alignment = fill_input, border, body, wrap
                if fmt:
                    c.number_format = fmt
        if merge:
            ws.merge_cells(merge)

    ws = wb.active
    ws.title = "整体绩效目标申报表"
    widths = {"A": 14, "B": 18, "C": 26, "D": 14, "E": 10, "F": 14, "G": 8, "H": 10, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "部门（单位）整体绩效目标申报表"
    ws["A1"].font, ws["A1"].alignment = title_font, center
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 30
    label(ws, "A2", "年度")
    field(ws, "B2", fmt="0")
    label(ws, "C2", "自评总分（选填）")
    field(ws, "D2", fmt="0.00")
    label(ws, "A3", "部门（单位）名称")
    field(ws, "B3", "B3:I3")
    label(ws, "A4", "年度履职目标")
    field(ws, "B4", "B4:I4")
    ws.row_dimensions[4].height = 48
    label(ws, "A5", "年度主要任务", "A5:A9")
    label(ws, "B5", "任务名称")
    label(ws, "C5", "主要内容", "C5:I5")
    for r in range(6, 10):
        field(ws, f"B{r}")
        field(ws, f"C{r}", f"C{r}:I{r}")
    label(ws, "A10", "预算情况", "A10:A14")
    budget_labels = ["部门预算总额（万元）", "1、资金来源：（1）财政性资金", "（2）其他资金",
                     "2、资金结构：（1）基本支出", "（2）项目支出"]
    for i, text in enumerate(budget_labels):
        r = 10 + i
        label(ws, f"B{r}", text, f"B{r}:C{r}", font=body)
        field(ws, f"D{r}", fmt="0.00")
    header_row = 15
    for i, h in enumerate(INDICATOR_HEADINGS):
        c = ws.cell(header_row, i + 1, h)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fill_head
    ws.row_dimensions[header_row].height = 30
    first, last = header_row + 1, header_row + INDICATOR_ROWS
    for r in range(first, last + 1):
        for ci in range(1, len(INDICATOR_HEADINGS) + 1):
            c = ws.cell(r, ci)
            c.fill, c.border, c.font, c.alignment = fill_input, border, body, wrap
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
    for i, h in enumerate(["项目", "金额（万元）"]):
        c = ws2.cell(1, i + 1, h)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fill_head
    # No notes to the right of an amount: a blank amount would read the note (SPEC §2.1, "the first
    # non-empty cell to the right").  Each amount cell explains itself in an input prompt instead.
    for i, (name, note) in enumerate(BUDGET_ITEMS):
        r = i + 2
        c = ws2.cell(r, 1, name)
        c.font, c.border, c.alignment = body, border, wrap
        v = ws2.cell(r, 2)
        v.fill, v.border, v.font, v.number_format = fill_input, border, body, "0.00"
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                            allow_blank=True, showErrorMessage=True, errorStyle="warning",
                            errorTitle=name[:32], error="请填写不小于 0 的金额（万元）。",
                            promptTitle=name[:32], prompt=note[:255], showInputMessage=True)
        dv.add(v.coordinate)
        ws2.add_data_validation(dv)
    r = len(BUDGET_ITEMS) + 3
    ws2.cell(r, 1, "说明").font = bold
    for j, (name, note) in enumerate(BUDGET_ITEMS):
        c = ws2.cell(r + 1 + j, 1, f"{name}：{note}")
        c.font = Font(name="宋体", size=10, color="595959")
    ws2.freeze_panes = "A2"
    _print_setup(ws2, "1:1", landscape=False)

    # 填表说明
    ws3 = wb.create_sheet("填表说明")
    ws3.column_dimensions["A"].width = 22
    ws3.column_dimensions["B"].width = 100
    c = ws3.cell(1, 1, "填表说明")
    c.font = title_font
    r = 2
    for key, text in INSTRUCTIONS:
        r += 1
        if text is None:
            c = ws3.cell(r, 1, key)
            c.font, c.fill = bold, fill_head
            ws3.cell(r, 2).fill = fill_head
            continue
        a, b = ws3.cell(r, 1, key), _text_cell(ws3, r, 2, text)
        a.font, b.font = bold, body
        a.alignment = Alignment(vertical="top", wrap_text=True)
        b.alignment = Alignment(vertical="top", wrap_text=True)
    ws3.freeze_panes = "A2"
    _print_setup(ws3, "1:1", landscape=False)

    wb.properties.creator = "selfeval-xl"
    wb.properties.created = dt.datetime(2021, 1, 1)
    wb.properties.modified = dt.datetime(2021, 1, 1)
    wb.active = 0
    wb.save(path)
    return path


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
