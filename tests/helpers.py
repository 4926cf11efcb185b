"""Small workbooks built in code, laid out like the template, for tests."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HEADINGS = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "自评得分",
            "偏差原因分析及改进措施"]
DEFAULT_BUDGET = {"年初预算数": 100, "全年预算数": 100, "全年执行数": 100}


def make_workbook(path: Path, rows, *, budget=None, headings=None, name="测试单位", year=2021,
                  total_budget=None, extra=None) -> Path:
    """rows: tuples in the order of `headings` (default HEADINGS); None leaves a cell blank."""
    headings = headings or HEADINGS
    wb = Workbook()
    ws = wb.active
    ws.title = "整体绩效目标申报表"
    ws["A1"] = "部门（单位）整体绩效目标申报表"
    ws["A2"], ws["B2"] = "年度", year
    ws["A3"], ws["B3"] = "部门（单位）名称", name
    r0 = 5
    if total_budget is not None:
        ws["A4"], ws["B4"] = "部门预算总额（万元）", total_budget
    for c, h in enumerate(headings, start=1):
        ws.cell(r0, c, h)
    for i, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                cell = ws.cell(r0 + i, c, v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"
    if extra:
        extra(ws)
    if budget is not False:
        b = wb.create_sheet("资金执行情况")
        for i, (k, v) in enumerate((budget or DEFAULT_BUDGET).items(), start=1):
            b.cell(i, 1, k)
            if v is not None:
                b.cell(i, 2, v)
    wb.save(path)
    return path
