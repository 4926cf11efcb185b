"""Writing the scored workbook (README “财政局复核人员看到什么”) with xlsxwriter, atomically, never over the input.

Every score and rate in the output is a live Excel formula over the cells it depends on, written
with its cached value equal to the exact result Python computed (so viewers that do not
recalculate show the right number, and correcting an actual value in 指标评分 re-scores it):

- 资金执行情况: each rate is a formula over the amount cells above it;
- 指标评分: each 得分 is a formula over 分值, 计分指标值 (and 上限), 计分采用值 and 自评得分 of its row;
  a rate indicator's 计分采用值 is a formula over the rate on 资金执行情况;
- 得分汇总: each category score is a SUMIF over 指标评分 (预算执行: weight × MIN(预算执行率, 100%)),
  the total is ROUND(MAX(0, SUM(…)), 2), the grade an IF over the scheme's bands, and the finding
  counts are COUNTIFs over 复核意见.

What stays a plain value: the weights (the weight rule of README “评分规则” is explained in 评分依据),
rows that score 0 because their target is missing or unreadable, and the text of 评分依据, which
describes the figures as computed when the file was written.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import os
from fractions import Fraction
from pathlib import Path

from .reading import COPY_PREFIX, SCORED_SHEETS, Grid, InputError, os_reason
from . import methods
from .layout import LINE_HEIGHT, row_height as _row_height
from .review import LEVEL_ORDER, Finding
from .rules import Result
from .values import BETWEEN, format_number
from .values import plain as _plain

SUMMARY, INDICATORS = SCORED_SHEETS           # how the reader recognises a scored workbook
BUDGET, FINDINGS = "资金执行情况", "复核意见"
OUTPUT_SHEETS = (SUMMARY, INDICATORS, BUDGET, FINDINGS)
INDICATOR_COLUMNS = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "得分",
                     "得分率", "评分依据", "自评得分", "偏差原因分析及改进措施", "计分方式", "计分指标值",
                     "计分上限", "计分采用值", "评分类别", "原表位置"]
INDICATOR_WIDTHS = [11, 13, 20, 12, 7, 12, 6, 7, 8, 34, 6, 22, 9, 8, 7, 9, 9, 22]
# the columns the score formulas read (0-based)
C_WEIGHT, C_SCORE, C_RATE, C_SELF, C_METHOD, C_T, C_HI, C_USED, C_CAT = 6, 7, 8, 10, 12, 13, 14, 15, 16
PRINTED_INDICATOR_COLUMNS = C_CAT + 1          # 原表位置 (links) is for the screen, not for paper
FIXED_DATE = dt.datetime(2000, 1, 1)   # document properties: the same input gives the same bytes
FONT = "宋体"
MAX_DIGIT_PX = 7                        # xlsxwriter's pixels per character of column width



def default_output(input_path: Path) -> Path:
    return input_path.with_name(f"{input_path.stem}-评分.xlsx")


def copy_name(sheet: str, taken: set[str]) -> str:
    base = (COPY_PREFIX + sheet)[:31].rstrip("'")   # Excel refuses a sheet name ending in '
    name, i = base, 2
    while name.lower() in taken:
        suffix = f"({i})"
        name = base[: 31 - len(suffix)] + suffix
        i += 1
    taken.add(name.lower())
    return name


def write_result(result: Result, output: Path) -> Path:
    """Write the scored workbook to output through a temporary file in the same folder."""
    return write_atomically(output, result.declaration.path, lambda tmp: _write_xlsx(result, tmp),
                            suffix=".xlsx.tmp")


def _write_xlsx(result: Result, tmp: Path) -> None:
    from xlsxwriter.exceptions import FileCreateError

    try:
        _write(result, tmp)
    except FileCreateError as exc:      # xlsxwriter wraps the OSError of a failed write
        cause = exc.args[0] if exc.args else None
        raise cause if isinstance(cause, OSError) else OSError(str(exc)) from None


def _create_temporary(folder: Path, suffix: str) -> str:
    """A new, empty file in `folder` with the permissions of an ordinary file (0666 less the
    umask, applied by the system: the process umask is never read or changed)."""
    import secrets

    for _ in range(100):
        tmp = folder / f".selfeval-{secrets.token_hex(8)}{suffix}"
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return str(tmp)
    raise FileExistsError(f"no free temporary name in {folder}")


def write_atomically(output: Path, src: Path, write, *, suffix: str,
                     app: str = "Excel 或 WPS") -> Path:
    """Write a file for `output` by calling write(temporary path) in the output's folder, then
    rename it into place.  Shared by every command that writes a file beside the input.

    Every way the output cannot be written is an InputError (exit 2) naming the path; the
    temporary file never outlives the call, and the input (`src`) is never the target.  An OSError
    raised by `write` (the disk filled up …) becomes such an InputError; `app` names the program
    that may hold the target open."""
    output = Path(output)
    folder = _check_output(output, src)
    try:
        tmp = _create_temporary(folder, suffix)
    except OSError as exc:
        raise InputError.of("output-not-writable", variant="temporary", folder=str(folder),
                            reason=os_reason(exc, "写入"), file=output.name) from None
    try:
        try:
            write(Path(tmp))
        except OSError as exc:   # the disk filled up while writing …
            raise InputError.of("output-not-writable", variant="while-writing", output=str(output),
                                reason=os_reason(exc, "写入")) from None
        try:
            os.replace(tmp, output)
        except IsADirectoryError:
            raise _is_folder(output) from None
        except PermissionError:
            raise InputError.of("output-locked", output=str(output), app=app) from None
        except OSError as exc:
            raise InputError.of("output-not-writable", variant="not-written", output=str(output),
                                reason=os_reason(exc, "写入")) from None
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)
    return output


def _check_output(output: Path, src: Path) -> Path:
    """Refuse an output that is the input (however spelled) or cannot be a file; return its folder."""
    same = InputError.of("output-is-input", file=output.name)
    try:
        if os.path.samefile(output, src):       # ./x.xlsx, a symlink, a hard link …
            raise same
    except OSError:
        pass                                     # one of them does not exist (yet)
    if output.resolve() == src.resolve():
        raise same
    if output.is_dir():
        raise _is_folder(output)
    folder = output.parent
    if not folder.is_dir():
        # name the part of the path that is in the way: a file where a folder should be, or nothing
        for part in [folder, *folder.parents]:
            if part.exists() and not part.is_dir():
                raise InputError.of("output-folder-missing", variant="file-in-path", output=str(output),
                                    part=str(part))
        raise InputError.of("output-folder-missing", output=str(output), folder=str(folder))
    return folder


def _is_folder(output: Path) -> InputError:
    return InputError.of("output-is-folder", output=str(output))


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

EXCEL_MAX = 9.99999999999999e307   # the largest number Excel keeps


def _f(x) -> float | None:
    if x is None:
        return None
    if isinstance(x, Fraction):
        try:
            return x.numerator / x.denominator
        except OverflowError:   # a rate over a budget of 1e-300 万元: past any float (and Excel)
            return EXCEL_MAX if x > 0 else -EXCEL_MAX
    return float(x)


@functools.lru_cache(maxsize=256)     # a pure function of a few scheme constants, asked on every row
def _lit(x) -> str:
    """A number of scheme data (0.7, 1.3, 90) as a formula literal, exact when it has a finite
    decimal expansion."""
    x = Fraction(x)
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return repr(_f(x))
    from decimal import Decimal
    text = format(Decimal(x.numerator) / Decimal(x.denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _q(sheet: str) -> str:
    """A sheet name quoted for a formula reference."""
    return "'" + sheet.replace("'", "''") + "'"


def _hf(text: str) -> str:
    """Text for a header or footer: '&' escaped, kept short (Excel allows 255 characters)."""
    return str(text).replace("&", "&&")[:60]


class _Formats:
    def __init__(self, wb):
        base = {"font_name": FONT, "font_size": 10, "valign": "vcenter", "border": 1}
        self.wb = wb
        self.text = wb.add_format({**base, "text_wrap": True})
        self.center = wb.add_format({**base, "align": "center"})
        self.head = wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "align": "center",
                                   "text_wrap": True})
        self.title = wb.add_format({"font_name": FONT, "font_size": 16, "bold": True, "align": "center",
                                    "valign": "vcenter"})
        self.label = wb.add_format({**base, "bold": True})
        self.num = wb.add_format({**base, "num_format": "0.00"})
        self.int = wb.add_format({**base, "num_format": "0"})
        self.general = wb.add_format({**base, "num_format": "General"})
        self.pct = wb.add_format({**base, "num_format": "0.00%"})
        # an input number its cell showed as a percent: whole percents as 99%, others as 99.50%
        self.pct_input = wb.add_format({**base, "num_format": "0%", "text_wrap": True, "valign": "top"})
        self.pct_input2 = wb.add_format({**base, "num_format": "0.00%", "text_wrap": True, "valign": "top"})
        self.total = wb.add_format({**base, "bold": True, "num_format": "0.00"})
        self.total_pct = wb.add_format({**base, "bold": True, "num_format": "0.00%"})
        self.grade = wb.add_format({**base, "bold": True, "font_size": 12, "align": "center"})
        self.link = wb.add_format({**base, "font_color": "#0563C1", "underline": 1})
        self.note = wb.add_format({"font_name": FONT, "font_size": 9, "text_wrap": True,
                                   "valign": "top"})
        self.below_full = wb.add_format({"bg_color": "#FCE4D6", "font_color": "#9C0006"})
        self.level = {
            "错误": wb.add_format({**base, "bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"}),
            "警告": wb.add_format({**base, "bold": True, "font_color": "#9C5700", "bg_color": "#FFEB9C"}),
            "提示": wb.add_format({**base, "font_color": "#1F4E78", "bg_color": "#DDEBF7"}),
        }
        self._copy: dict[tuple[str, bool], object] = {}

    def copy(self, number_format: str, wrap: bool, boxed: bool = False):
        key = (number_format, wrap, boxed)
        if key not in self._copy:
            props = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
            if number_format and number_format != "General":
                props["num_format"] = number_format
            if wrap:
                props["text_wrap"] = True
            if boxed:
                props["border"] = 1
            self._copy[key] = self.wb.add_format(props)
        return self._copy[key]


def _write(result: Result, path: Path) -> None:
    from .xlsxbook import Workbook

    wb = Workbook(str(path), {
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "in_memory": True,          # no temporary files per worksheet: a 申报表 is small
        "default_format_properties": {"font_name": FONT, "font_size": 10}})
    wb.set_properties({"title": f"{_kind_title(result)}评分", "author": "selfeval-xl",
                       "created": FIXED_DATE, "comments": "由 selfeval-xl 生成"})
    wb.set_calc_mode("auto")
    fm = _Formats(wb)
    decl = result.declaration
    taken = {n.lower() for n in OUTPUT_SHEETS}
    copies = {g.name: copy_name(g.name, taken) for g in decl.grids}
    header = _page_header(result)

    # the sheets are added in their order, but 资金执行情况 and 指标评分 are laid out first because
    # the summary's formulas point into them
    ws_summary = wb.add_worksheet(SUMMARY)
    ws_ind = wb.add_worksheet(INDICATORS)
    ws_budget = wb.add_worksheet(BUDGET)
    ws_find = wb.add_worksheet(FINDINGS)
    rate_cells = _budget(ws_budget, fm, result, copies, header)
    placed = _indicators(ws_ind, fm, result, copies, rate_cells, header)
    findings_rows = _findings(ws_find, fm, result.findings.sorted(), copies, header)
    _summary(wb, ws_summary, fm, result, rate_cells, placed, findings_rows, header)
    for g in decl.grids:
        # the declaration's copy repeats its indicator header row on every printed page
        _copy_sheet(wb, fm, g, copies[g.name], header,
                    repeat=decl.header_row - 1 if g.name == decl.sheet else None)
    for ws in wb.worksheets():
        fit_pages_tall(ws)
    wb.close()


def _page_header(result: Result) -> str:
    decl = result.declaration
    dept = decl.unit_name or ""
    year = f"{decl.year} 年度" if decl.year else ""
    return f"&L{_hf(dept)}&C{_hf(year)} {_kind_title(result)}&R&A"


def _setup(ws, header: str, repeat=None, columns=None):
    """A4 landscape, one page wide, header rows repeated, department/year/page x of y."""
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    if repeat is not None:
        ws.repeat_rows(repeat)
    if columns is not None:
        ws.print_area(*columns)
        ws.printed_columns = (columns[1], columns[3])
    ws.center_horizontally()
    ws.set_header(header)
    ws.set_footer("&C第 &P 页，共 &N 页")


# A4 landscape inside the margins of _setup, in points
PRINT_WIDTH, PRINT_HEIGHT = 842 - 2 * 36, 595 - 2 * 50.4
MIN_PRINT_SCALE = 0.8                  # 10-point text printed no smaller than 8 points
LAST_PAGE_SHORT = 0.25                 # a last page less full than this is folded into the others
LAST_PAGE_FULL = 0.85                  # a last page fuller than this is kept from spilling over


def fit_pages_tall(ws) -> None:
    """Fold a nearly empty last printed page into the others: a sheet one page wide whose last
    page would hold less than a quarter page is printed on one page fewer, when that needs no
    more shrinking than to 80% (10-point text at ≥ 8 points); one whose last page is more than
    85% full is held to that many pages.  Estimated from the widths and heights the writer set
    (xlsxbook.Workbook)."""
    if not hasattr(ws, "print_extent") or ws.dim_rowmax is None:
        return
    first, last = getattr(ws, "printed_columns", None) or (0, ws.dim_colmax or 0)
    # a row left at its default prints one line of 10-point 宋体: LINE_HEIGHT, as LibreOffice sizes it
    width, height = ws.print_extent(first, last, ws.dim_rowmax, default_row=LINE_HEIGHT)
    if width <= 0 or height <= 0:
        return
    scale = min(1.0, PRINT_WIDTH / width)
    pages = height * scale / PRINT_HEIGHT
    n = math.ceil(pages)
    if n >= 2 and pages - (n - 1) < LAST_PAGE_SHORT and scale * (n - 1) / pages >= MIN_PRINT_SCALE:
        ws.fit_to_pages(1, n - 1)
    elif n >= 1 and pages - (n - 1) > LAST_PAGE_FULL:
        # the last page is nearly full by the estimate: fitted to n pages, so that a line more than
        # estimated (LibreOffice sizes some rows itself) shrinks the print a little instead of
        # spilling onto a page of its own
        ws.fit_to_pages(1, n)


def _text(ws, r, c, value, fmt, *, dates_as_text: bool = True):
    """Write a value of the input by its type; text is always written as text (never a formula or
    a link).  Dates are shown as ISO text in the tool's own sheets, as dates in the 原表- copies."""
    if type(value) is str:                      # most cells: asked first
        ws.write_string(r, c, value, fmt)
    elif value is None or (isinstance(value, float) and value != value):
        ws.write_blank(r, c, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value, fmt)
    elif isinstance(value, int | float | Fraction):
        ws.write_number(r, c, _f(value), fmt)
    elif isinstance(value, dt.datetime | dt.date) and not dates_as_text:
        if not isinstance(value, dt.datetime):
            value = dt.datetime(value.year, value.month, value.day)
        ws.write_datetime(r, c, value, fmt)
    elif isinstance(value, dt.date | dt.time):
        ws.write_string(r, c, value.isoformat(), fmt)
    else:
        ws.write_string(r, c, str(value), fmt)


def _link(ws, r, c, location: str, copies, fm):
    if not location or "!" not in location:
        ws.write_string(r, c, location or "", fm.text)
        return
    sheet, cell = location.rsplit("!", 1)
    target = copies.get(sheet)
    if target is None:
        ws.write_string(r, c, location, fm.text)
        return
    ws.write_url(r, c, f"internal:{_q(target)}!{cell}", fm.link, string=location,
                 tip=f"转到 {target} 的 {cell}")


# --------------------------------------------------------------------------------------------
# 资金执行情况: amounts and the rates as formulas over them
# --------------------------------------------------------------------------------------------

def _budget(ws, fm, result: Result, copies, header) -> dict[str, str]:
    """Returns the absolute reference ('资金执行情况'!$B$15) of each rate that was computed."""
    decl = result.declaration
    widths = [24, 14, 34, 34] + ([11] * 5 if decl.budget_table is not None else [])
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    for c, h in enumerate(["项目", "金额（万元）", "说明", "原表位置"]):
        ws.write_string(0, c, h, fm.head)
    amount_cell: dict[str, str] = {}
    r = 0
    for row in decl.budget_figures:
        r += 1
        ws.write_string(r, 0, row["name"].replace("三公经费", "“三公经费”"), fm.text)
        value = _plain(row["value"])
        if value is not None:
            ws.write_number(r, 1, _f(value), fm.general)
            amount_cell[row["name"]] = f"B{r + 1}"
        else:
            ws.write_blank(r, 1, None, fm.general)
        raw = _plain(row["raw"])
        note = "" if raw is None or value is not None else f"填报为“{raw}”，无法识别为金额"
        if row.get("source") == "table" and value is not None:
            note = "取自申报表上的预算表" + ("（合计行未填，按各项之和）" if decl.budget_table.summed else "")
        ws.write_string(r, 2, note, fm.text)
        _link(ws, r, 3, row["location"], copies, fm)
    if decl.budget_sheet is None and decl.budget_table is None:
        r += 1
        ws.merge_range(r, 0, r, 3, "没有找到“资金执行情况”工作表或预算表：各项比率无法计算，预算执行得 0 分。",
                       fm.text)
    r += 2
    for c, h in enumerate(["比率", "计算值", "计算方法", "算式"]):
        ws.write_string(r, c, h, fm.head)
    refs: dict[str, str] = {}
    for rate in result.rates.values():
        r += 1
        d = rate.definition
        ws.write_string(r, 0, d.title, fm.text)
        num, den = amount_cell.get(d.numerator), amount_cell.get(d.denominator)
        if rate.value is not None or (num and den):
            if d.name == "预算调整率":     # |全年 − 年初| ÷ 年初, a cut is an adjustment too
                formula = (f"=IF(AND({num}=0,{den}=0),0,IF({den}=0,\"无法计算\","
                           f"ABS({num}-{den})/{den}))")
            else:
                both_zero = "1" if d.execution else "0"
                formula = f"=IF(AND({num}=0,{den}=0),{both_zero},IF({den}=0,\"无法计算\",{num}/{den}))"
            cached = "无法计算" if rate.value is None else _f(rate.value / 100)
            ws.write_formula(r, 1, formula, fm.pct, cached)
            if rate.value is not None:
                refs[d.name] = f"{_q(BUDGET)}!$B${r + 1}"
        else:
            ws.write_string(r, 1, "未计算", fm.center)
        ws.write_string(r, 2, d.formula, fm.text)
        ws.write_string(r, 3, rate.basis, fm.text)
        h = _row_height([(d.formula, widths[2]), (rate.basis, widths[3])])
        if h:
            ws.set_row(r, h)
    if decl.budget_table is not None:
        _budget_table(ws, fm, result, r + 2, refs.get("预算执行率"), copies)
    ws.freeze_panes(1, 0)
    _setup(ws, header)
    return refs


BUDGET_TABLE_COLUMNS = ["预算表（申报表）", "年初预算数", "全年预算数", "全年执行数", "执行率（计算）",
                        "执行率（填报）", "分值", "得分（计算）", "得分（填报）"]


def _budget_table(ws, fm, result: Result, r: int, rate_ref: str | None, copies) -> None:
    """The budget table of the declaration sheet: its total row and parts as the officer typed
    them, the computed 执行率 of each row as a formula over its figures, and the total row's
    预算执行 score beside the officer's 执行率 and 得分."""
    table = result.declaration.budget_table
    for c, h in enumerate(BUDGET_TABLE_COLUMNS):
        ws.write_string(r, c, h, fm.head)
    cat = next((c for c in result.category_rows if c["指标"] == "预算执行"), None)
    rate = result.rates.get("预算执行率")
    for br in [table.total, *table.parts]:
        r += 1
        is_total = br is table.total
        ws.write_string(r, 0, (br.label or "（无标签）") + ("（合计行）" if is_total else ""), fm.text)
        cells = {}
        for c, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            cell = br.figures.get(name)
            if cell is None or cell.value is None:
                ws.write_blank(r, c, None, fm.general)
                continue
            cells[name] = f"{_col(c)}{r + 1}"
            if is_total and table.summed:     # the total row was left empty: the sum of its parts
                ws.write_formula(r, c, f"=SUM({_col(c)}{r + 2}:{_col(c)}{r + 1 + len(table.parts)})",
                                 fm.general, _f(cell.value))
            else:
                ws.write_number(r, c, _f(cell.value), fm.general)
        full, done = cells.get("全年预算数"), cells.get("全年执行数")
        value = None
        f_full, f_done = br.figures.get("全年预算数"), br.figures.get("全年执行数")
        if f_full is not None and f_done is not None and f_full.value is not None and f_done.value is not None:
            if f_full.value:
                value = f_done.value / f_full.value
            elif not f_done.value:
                value = Fraction(1)
        if is_total and rate_ref:
            ws.write_formula(r, 4, f"={rate_ref}", fm.pct, _f(rate.value / 100))
        elif full and done:      # a part with no money has no rate: blank rather than 100%
            ws.write_formula(r, 4, f"=IF(AND({done}=0,{full}=0),\"\",IF({full}=0,\"无法计算\",{done}/{full}))",
                             fm.pct, "" if not (f_full.value or f_done.value)
                             else (_f(value) if value is not None else "无法计算"))
        else:
            ws.write_blank(r, 4, None, fm.pct)
        for c, name in ((5, "执行率"), (6, "分值"), (8, "得分")):
            cell = br.figures.get(name)
            _text(ws, r, c, _plain(cell.raw) if cell is not None else None, fm.general)
        if is_total and cat is not None:
            ws.write_formula(r, 7, f"=IF(ISNUMBER(E{r + 1}),{_lit(cat['权重分值'])}*MIN(E{r + 1},1),0)", fm.num,
                             _f(cat["得分"]))
        else:
            ws.write_blank(r, 7, None, fm.num)
    r += 1
    loc = result.declaration.budget_table.total.location
    ws.merge_range(r, 0, r, 8, f"预算表位于 {loc.rsplit('!', 1)[0]} 第 {table.header_row} 行起；"
                   f"合计行的全年预算数、全年执行数用于计算预算执行率。“填报”两列是单位填写的数，"
                   f"与计算值不符时见“复核意见”。", fm.note)


# --------------------------------------------------------------------------------------------
# 指标评分: one row per indicator, 得分 as a formula
# --------------------------------------------------------------------------------------------

_ROW = "\x00"      # stands for the row number in a formula built once per method (no formula holds it)


def _score_formula(kind: str, op: str | None, r: int, scheme, built: dict) -> str | None:
    """The Excel formula of the row's method (methods.py) for one row (1-based row number r).
    Each method's formula is built once per workbook (in `built`, the caller's) with a stand-in
    for the row number, and each row gets a copy with its number: the formula of a
    qualitative row alone takes a fifth of a millisecond to build."""
    key = (kind, op)
    if key not in built:
        cells = methods.Cells(*(f"{_col(c)}{_ROW}" for c in (C_WEIGHT, C_T, C_HI, C_USED, C_SELF)))
        built[key] = methods.formula(kind, op, cells, scheme.qualitative, _lit)
    template = built[key]
    return None if template is None else template.replace(_ROW, str(r))


@functools.lru_cache(maxsize=64)      # the few columns of the tool's own sheets, asked on every row
def _col(c: int) -> str:
    from .reading import col_letter
    return col_letter(c + 1)


_INPUT_COLUMNS = ("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值")
_PERCENT_FLAG = {"指标值": "target_pct", "实际完成值": "actual_pct"}     # the row's key: shown as a percent


def _indicators(ws, fm, result: Result, copies, rate_cells, header) -> dict:
    """Returns {input row: 1-based row in 指标评分} of the indicators written."""
    for i, w in enumerate(INDICATOR_WIDTHS):
        ws.set_column(i, i, w)
    for c, h in enumerate(INDICATOR_COLUMNS):
        ws.write_string(0, c, h, fm.head)
    ws.set_row(0, 30)
    ws.freeze_panes(1, 3)
    rows = result.indicator_rows
    scheme = result.scheme
    placed = {}
    built: dict = {}                                  # formula templates, by method
    for i, row in enumerate(rows, start=1):
        rr = i + 1                                   # the 1-based row number in formulas
        placed[row["row"]] = rr
        for c, key in enumerate(_INPUT_COLUMNS):
            # a number the officer's cell showed as a percent (99% stored as 0.99) stays a percent
            pct = key in _PERCENT_FLAG and row.get(_PERCENT_FLAG[key], False)
            v = row[key]
            if pct and isinstance(v, int | float) and not isinstance(v, bool):
                whole = float(v * 100).is_integer()
                _text(ws, i, c, v, fm.pct_input if whole else fm.pct_input2)
            else:
                _text(ws, i, c, v, fm.text)
        w, s = row["分值"], row["得分"]
        _num(ws, i, C_WEIGHT, w, fm.num)
        kind, op = row["kind"], row["op"]
        method = methods.method_name(kind, op) if s is not None else "—"
        ws.write_string(i, C_METHOD, method, fm.center)
        _num(ws, i, C_T, row["target_number"] if kind == "number" else None, fm.num)
        _num(ws, i, C_HI, row["target_high"] if op == BETWEEN else None, fm.num)
        used = row["used"]
        if kind == "number" and row.get("rate") in rate_cells:     # a qualitative rate row scores by band
            ws.write_formula(i, C_USED, f"={rate_cells[row['rate']]}*100", fm.num, _f(used))
        else:
            _text(ws, i, C_USED, used, fm.num)
        self_score = row["self_score_value"]
        _text(ws, i, C_SELF, self_score if self_score is not None else row["自评得分"],
              fm.num)
        formula = _score_formula(kind, op, rr, scheme, built) if s is not None else None
        if formula is not None:
            ws.write_formula(i, C_SCORE, formula, fm.num, _f(s))
            ws.write_formula(i, C_RATE, f"=IF({_col(C_WEIGHT)}{rr}>0,{_col(C_SCORE)}{rr}/"
                             f"{_col(C_WEIGHT)}{rr},\"\")", fm.pct, _f(s / w) if w else "")
        else:
            _num(ws, i, C_SCORE, s, fm.num)
            _num(ws, i, C_RATE, row["得分率"], fm.pct)
        ws.write_string(i, 9, row["评分依据"] or "", fm.text)
        _text(ws, i, 11, row["偏差原因分析及改进措施"], fm.text)
        ws.write_string(i, C_CAT, row["类别"] if s is not None else "", fm.text)
        _link(ws, i, 17, row.get("third_cell") or row.get("target_cell") or "", copies, fm)
        h = _row_height([(_plain(row[k]), INDICATOR_WIDTHS[c]) for c, k in
                         ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (3, "指标值"),
                          (5, "实际完成值"), (9, "评分依据"), (11, "偏差原因分析及改进措施"))])
        if h:
            ws.set_row(i, h)
    n = len(rows)
    if n:
        score = f"{_col(C_SCORE)}2:{_col(C_SCORE)}{n + 1}"
        ws.conditional_format(score, {"type": "formula", "format": fm.below_full,
                                      "criteria": f"=AND(ISNUMBER(${_col(C_SCORE)}2),"
                                                  f"${_col(C_SCORE)}2<${_col(C_WEIGHT)}2-0.005)"})
    else:
        ws.merge_range(1, 0, 1, 11, "指标表中没有指标行。", fm.text)
    ws.autofilter(0, 0, max(1, n), len(INDICATOR_COLUMNS) - 1)
    _setup(ws, header, repeat=0, columns=(0, 0, max(1, n), PRINTED_INDICATOR_COLUMNS - 1))
    return placed


def _num(ws, r, c, v, fmt):
    if v is None or (isinstance(v, float) and v != v):
        ws.write_blank(r, c, None, fmt)
    else:
        ws.write_number(r, c, _f(v), fmt)


# --------------------------------------------------------------------------------------------
# 复核意见
# --------------------------------------------------------------------------------------------

def _findings(ws, fm, findings: list[Finding], copies, header) -> int:
    widths = [6, 22, 26, 86]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    for c, h in enumerate(["级别", "代码", "位置", "说明"]):
        ws.write_string(0, c, h, fm.head)
    for i, f in enumerate(findings, start=1):
        ws.write_string(i, 0, f.level, fm.level[f.level])
        ws.write_string(i, 1, f.code, fm.text)
        _link(ws, i, 2, f.location, copies, fm)
        ws.write_string(i, 3, f.message, fm.text)
        h = _row_height([(f.message, widths[3]), (f.location, widths[2])])
        if h:
            ws.set_row(i, h)
    if not findings:
        ws.merge_range(1, 0, 1, 3, "没有复核意见。", fm.text)
    ws.freeze_panes(1, 0)
    _setup(ws, header, repeat=0)
    return len(findings)


# --------------------------------------------------------------------------------------------
# 得分汇总
# --------------------------------------------------------------------------------------------

def _kind_title(result: Result) -> str:
    return "项目支出绩效自评" if result.declaration.kind == "project" else "部门整体绩效自评"


def _summary(wb, ws, fm, result: Result, rate_cells, placed, n_findings, header):
    decl = result.declaration
    ws.set_column(0, 0, 18)
    ws.set_column(1, 3, 14)
    ws.set_column(4, 4, 3)
    ws.set_column(5, 11, 9)
    ws.merge_range(0, 0, 0, 3, f"{_kind_title(result)}得分汇总", fm.title)
    ws.set_row(0, 30)
    if decl.kind == "project":
        info = [("项目名称", decl.fact("项目名称")), ("主管部门", decl.fact("主管部门")),
                ("实施单位", decl.fact("实施单位"))]
    else:
        info = [("部门（单位）", decl.fact("部门(单位)名称"))]
    info += [("年度", decl.year), ("表单类型", decl.kind_name),
             ("评分方案", f"{result.scheme.name}（{result.scheme.title}）")]
    if result.scheme_reason:
        info.append(("方案选择", result.scheme_reason))
    for i, (k, v) in enumerate(info):
        ws.write_string(2 + i, 0, k, fm.label)
        ws.merge_range(2 + i, 1, 2 + i, 3, "", fm.text)
        text = str(v) if v is not None else "（未填写）"
        _text(ws, 2 + i, 1, text, fm.text)
        h = _row_height([(text, 14 * 3)])
        if h:
            ws.set_row(2 + i, h)
    top = 2 + len(info) + 1          # the 指标 | 权重分值 | 得分 | 得分率 heading
    for c, h in enumerate(["指标", "权重分值", "得分", "得分率"]):
        ws.write_string(top, c, h, fm.head)
    last = len(placed) + 1
    ind = _q(INDICATORS)
    cat_range = f"{ind}!${_col(C_CAT)}$2:${_col(C_CAT)}${max(2, last)}"
    score_range = f"{ind}!${_col(C_SCORE)}$2:${_col(C_SCORE)}${max(2, last)}"
    r = top
    categories = result.scheme.categories
    for cat, row in zip(categories, result.category_rows):
        r += 1
        ws.write_string(r, 0, row["指标"], fm.text)
        ws.write_number(r, 1, _f(row["权重分值"]), fm.num)
        if cat.computed:
            ref = rate_cells.get(cat.computed)
            formula = f"=B{r + 1}*MIN(N({ref}),1)" if ref else "=0"
        else:
            formula = f"=SUMIF({cat_range},A{r + 1},{score_range})"
        ws.write_formula(r, 2, formula, fm.num, _f(row["得分"]))
        ws.write_formula(r, 3, f"=IF(B{r + 1}>0,C{r + 1}/B{r + 1},0)", fm.pct, _f(row["得分率"]))
    first_cat, last_cat = top + 2, r + 1            # 1-based rows of the categories
    for adj in result.adjustments:
        r += 1
        ws.write_string(r, 0, adj["项目"], fm.text)
        ws.write_blank(r, 1, None, fm.num)
        formula = _adjustment_formula(adj, first_cat, r, rate_cells, placed)
        if formula:
            ws.write_formula(r, 2, formula, fm.num, _f(adj["分值"]))
        else:
            ws.write_number(r, 2, _f(adj["分值"]), fm.num)
        ws.write_blank(r, 3, None, fm.text)       # the explanation gets a row of its own below
    r += 1
    total_row = r + 1
    weight_total = sum((c["权重分值"] for c in result.category_rows), Fraction(0))
    ws.write_string(r, 0, "合计", fm.label)
    ws.write_formula(r, 1, f"=SUM(B{first_cat}:B{last_cat})", fm.total, _f(weight_total))
    ws.write_formula(r, 2, f"=ROUND(MAX(0,SUM(C{first_cat}:C{r})),2)", fm.total, _f(result.total))
    ws.write_formula(r, 3, f"=IF(B{total_row}>0,C{total_row}/B{total_row},0)", fm.total_pct,
                     _f(result.total / weight_total) if weight_total else 0)
    r += 1
    ws.write_string(r, 0, "等级", fm.label)
    grade = "\"" + result.scheme.grades[-1][1] + "\""
    for lower, name in reversed(result.scheme.grades[:-1]):
        grade = f"IF(C{total_row}>={_lit(lower)},\"{name}\",{grade})"
    ws.merge_range(r, 1, r, 3, "", fm.grade)
    ws.write_formula(r, 1, "=" + grade, fm.grade, result.grade)
    for adj in result.adjustments:       # each platform rule explained across the table's width
        r += 1
        text = f"{adj['项目']}：{adj['说明']}。"
        ws.merge_range(r, 0, r, 3, text, fm.note)
        h = _row_height([(text, 18 + 14 * 3)])
        if h:
            ws.set_row(r, h)
    ws.conditional_format(f"C{first_cat}:C{last_cat}", {
        "type": "formula", "criteria": f"=C{first_cat}<B{first_cat}-0.005", "format": fm.below_full})
    r += 2
    ws.write_string(r, 0, "复核意见", fm.head)
    ws.write_string(r, 1, "条数", fm.head)
    for level in LEVEL_ORDER:
        r += 1
        ws.write_string(r, 0, level, fm.level[level])
        ws.write_formula(r, 1, f"=COUNTIF({_q(FINDINGS)}!$A$2:$A${max(2, n_findings + 1)},\"{level}\")",
                         fm.int, result.findings.count(level))
    r += 2
    bands = "，".join(f"{format_number(lo)} 分（含）以上为{name}" for lo, name in result.scheme.grades[:-1])
    ws.merge_range(r, 0, r, 3, f"等级：{bands}，其余为{result.scheme.grades[-1][1]}。得分按规则精确计算，"
                   f"合计四舍五入保留两位小数。得分、比率和等级都是公式：在“指标评分”中改正计分采用值，"
                   f"或在“资金执行情况”中改正金额，得分随之重算。", fm.note)
    ws.set_row(r, 42)
    r = _summary_texts(ws, fm, decl, r + 2)
    _chart(wb, ws, first_cat, last_cat, top)
    _setup(ws, header)


def _summary_texts(ws, fm, decl, r: int) -> int:
    """年度总体目标 (project tables) and 年度主要任务 (our template): kept and shown, not scored."""
    blocks = []
    if decl.goals:
        blocks.append(("年度总体目标", ("预期目标", "实际完成情况"),
                       [(g["预期目标"], g["实际完成情况"]) for g in decl.goals]))
    if decl.task_rows:
        blocks.append(("年度主要任务", ("任务名称", "主要内容"),
                       [(t["任务名称"], t["主要内容"]) for t in decl.task_rows]))
    for title, (h1, h2), rows in blocks:
        ws.merge_range(r, 0, r, 3, title, fm.head)
        r += 1
        ws.merge_range(r, 0, r, 1, h1, fm.head)
        ws.merge_range(r, 2, r, 3, h2, fm.head)
        for a, b in rows:
            r += 1
            ws.merge_range(r, 0, r, 1, "", fm.text)
            ws.merge_range(r, 2, r, 3, "", fm.text)
            _text(ws, r, 0, _plain(a), fm.text)
            _text(ws, r, 2, _plain(b), fm.text)
            h = _row_height([(_plain(a), 32), (_plain(b), 28)])
            if h:
                ws.set_row(r, h)
        r += 2
    return r


def _adjustment_formula(adj: dict, first_cat: int, r: int, rate_cells, placed) -> str | None:
    """The opt-in platform rules as formulas (scheme [rules]; see rules._platform_rules)."""
    if adj.get("kind") == "deviation" and adj.get("row") in placed:
        k = placed[adj["row"]]
        a, t = f"{_q(INDICATORS)}!{_col(C_USED)}{k}", f"{_q(INDICATORS)}!{_col(C_T)}{k}"
        return f"=IF(AND(ISNUMBER({a}),{a}>={_lit(adj['ratio'])}*{t}),-{_lit(adj['points'])},0)"
    if adj.get("kind") == "cap" and "预算执行率" in rate_cells:
        rate = f"N({rate_cells['预算执行率']})*100"
        caps = ",".join(f"IF({rate}<{_lit(below)},{_lit(cap)},1E+99)" for below, cap in adj["bands"])
        return f"=MIN(0,MIN({caps})-SUM(C{first_cat}:C{r}))"
    return None


def _chart(wb, ws, first_cat: int, last_cat: int, top: int) -> None:
    """A bar chart of 得分率 by category, beside the table."""
    chart = wb.add_chart({"type": "bar"})
    sheet = _q(SUMMARY)
    chart.add_series({
        "name": "得分率",
        "categories": f"={sheet}!$A${first_cat}:$A${last_cat}",
        "values": f"={sheet}!$D${first_cat}:$D${last_cat}",
        "fill": {"color": "#4472C4"},
        "data_labels": {"value": True, "num_format": "0.0%"},
        "gap": 60,
    })
    chart.set_title({"name": "各类指标得分率", "name_font": {"name": FONT, "size": 11, "bold": True}})
    chart.set_x_axis({"min": 0, "max": 1, "num_format": "0%", "major_gridlines": {"visible": True},
                      "num_font": {"name": FONT, "size": 9}})
    chart.set_y_axis({"reverse": True, "num_font": {"name": FONT, "size": 9}})
    chart.set_legend({"none": True})
    chart.set_size({"width": 480, "height": 260})
    ws.insert_chart(top, 5, chart, {"x_offset": 5, "y_offset": 0})


# --------------------------------------------------------------------------------------------
# 原表- copies
# --------------------------------------------------------------------------------------------

def _copy_sheet(wb, fm, grid: Grid, name: str, header: str, repeat: int | None = None):
    """The officer's sheet, every value kept (cached values of formulas; text stays text)."""
    ws = wb.add_worksheet(name)
    widths = {c: grid.col_widths.get(c, 8.43) for c in range(1, grid.max_col + 1)}
    for c, width in grid.col_widths.items():
        # the width as stored (it includes Excel's cell padding): set in pixels, so that a copy of
        # a copy keeps it (set_column would add the padding again, +0.71 every time)
        ws.set_column_pixels(c - 1, c - 1, round(width * MAX_DIGIT_PX))
    heights: dict[int, float] = {}
    boxed = table_spans(grid)
    blank = fm.copy("General", False, True)
    for r in sorted(boxed):
        lo, hi = boxed[r]
        for c in range(lo, hi + 1):
            if (r, c) not in grid.cells and grid.merged_range(r, c) is None:
                ws.write_blank(r - 1, c - 1, None, blank)
    for (r, c), cell in sorted(grid.cells.items()):
        rng = grid.merged_range(r, c)
        if rng is not None and (rng[0], rng[1]) != (r, c):
            continue                    # under a merged range, not its top-left cell
        value = cell.value
        if cell.uncached:
            value = cell.formula_text   # shown as text: the formula had no cached value
        text = type(value) is str
        wrap = text and len(value) > 12
        box = _in_span(boxed, r, c)
        fmt = fm.copy(cell.number_format, wrap, box)
        if not text and isinstance(value, dt.datetime | dt.date):
            fmt = fm.copy(cell.number_format if cell.number_format != "General" else "yyyy-mm-dd", False, box)
        rows_spanned = 1
        if rng is not None:
            r1, c1, r2, c2 = rng
            if (r1, c1) != (r2, c2):
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt)
            rows_spanned = r2 - r1 + 1
        _text(ws, r - 1, c - 1, value, fmt, dates_as_text=False)
        if wrap:
            width = (widths.get(c, 8.43) if rng is None
                     else sum(widths.get(x, 8.43) for x in range(rng[1], rng[3] + 1)))
            h = _row_height([(value, width)])
            if h:
                heights[r] = max(heights.get(r, 0), h / rows_spanned)
    for (r1, c1, r2, c2) in grid.merged:
        if (r1, c1) not in grid.cells and (r1, c1) != (r2, c2):
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fm.copy("General", False, _in_span(boxed, r1, c1)))
    for r, h in heights.items():
        ws.set_row(r - 1, max(h, LINE_HEIGHT + 3))
    if grid.hidden:
        ws.hide()
    _setup(ws, header, repeat=repeat)


def _in_span(spans: dict[int, tuple[int, int]], r: int, c: int) -> bool:
    """Whether (r, c) is inside the table_spans of the sheet."""
    span = spans.get(r)
    return span is not None and span[0] <= c <= span[1]


def table_spans(grid: Grid) -> dict[int, tuple[int, int]]:
    """{row: (first, last column)} of the sheet's tables, to be drawn with borders in the copy (the
    grid does not carry the officer's borders).  A table row holds at least two separate
    cells with a value (a merged range counting once, on every row it covers); consecutive table
    rows form a table, boxed from its leftmost to its rightmost column.  A title or a note on a row
    of its own stays unboxed."""
    spans: dict[int, list[tuple[int, int]]] = {}
    seen = set()
    merged_range = grid.merged_range
    for (r, c), cell in grid.cells.items():
        if not cell.has_value():
            continue
        rng = merged_range(r, c)
        if rng is None:                 # a cell of its own (most cells): met once, on one row
            s = spans.get(r)
            if s is None:
                spans[r] = [(c, c)]
            else:
                s.append((c, c))
            continue
        if rng in seen:
            continue
        seen.add(rng)
        for rr in range(rng[0], rng[2] + 1):
            spans.setdefault(rr, []).append((rng[1], rng[3]))
    rows = sorted(r for r, s in spans.items() if len(s) >= 2)
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
            j += 1
        block = rows[i:j + 1]
        lo = min(a for r in block for a, _ in spans[r])
        hi = max(b for r in block for _, b in spans[r])
        out.update((r, (lo, hi)) for r in block)
        i = j + 1
    return out


__all__ = ["write_result", "write_atomically", "default_output", "format_number"]
