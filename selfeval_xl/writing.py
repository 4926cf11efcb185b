"""Writing the scored workbook (SPEC §5) with xlsxwriter, atomically, never over the input."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from fractions import Fraction
from pathlib import Path

from .reading import Grid, InputError, coord
from .review import LEVEL_ORDER, Finding
from .rules import Result
from .values import format_number

SUMMARY, INDICATORS, BUDGET, FINDINGS = "得分汇总", "指标评分", "资金执行情况", "复核意见"
COPY_PREFIX = "原表-"
INDICATOR_COLUMNS = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "得分",
                     "得分率", "评分依据", "自评得分", "偏差原因分析及改进措施", "计分采用值", "原表位置"]
FIXED_DATE = dt.datetime(2000, 1, 1)   # document properties: the same input gives the same bytes


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
    """Write the scored workbook to output through a temporary file in the same folder.

    Every way the output cannot be written is an InputError (exit 2) naming the path; the
    temporary file never outlives the call, and the input is never the target."""
    output = Path(output)
    folder = _check_output(output, result.declaration.path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".selfeval-", suffix=".xlsx.tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"无法在文件夹“{folder}”中写入文件（{_os_reason(exc)}），未生成“{output.name}”。"
                         f"请用 -o 指定其他位置。", "output-not-writable") from None
    os.close(fd)
    try:
        from xlsxwriter.exceptions import FileCreateError

        try:
            _write(result, Path(tmp))
        except (OSError, FileCreateError) as exc:   # the disk filled up while writing …
            cause = exc.args[0] if isinstance(exc, FileCreateError) and exc.args else exc
            reason = _os_reason(cause) if isinstance(cause, OSError) else "系统错误"
            raise InputError(f"写入“{output}”时出错（{reason}），未生成输出文件。",
                             "output-not-writable") from None
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)   # mkstemp creates 0600; the output is an ordinary file
        try:
            os.replace(tmp, output)
        except IsADirectoryError:
            raise _is_folder(output) from None
        except PermissionError:
            raise InputError(f"无法写入“{output}”：该文件可能正在 Excel 或 WPS 中打开，或没有写入权限。"
                             f"请关闭该文件后重试，或用 -o 指定其他文件名。", "output-locked") from None
        except OSError as exc:
            raise InputError(f"无法写入“{output}”（{_os_reason(exc)}），未生成输出文件。",
                             "output-not-writable") from None
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)
    return output


def _check_output(output: Path, src: Path) -> Path:
    """Refuse an output that is the input (however spelled) or cannot be a file; return its folder."""
    same = InputError(f"输出文件不能与输入文件相同（“{output.name}”）：本工具从不改写填报文件。"
                      f"请用 -o 指定另一个文件名。", "output-is-input")
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
                raise InputError(f"无法写入“{output}”：“{part}”是一个文件，不是文件夹。"
                                 f"请用 -o 指定其他位置。", "output-folder-missing")
        raise InputError(f"无法写入“{output}”：输出文件夹“{folder}”不存在。请先建立该文件夹，"
                         f"或用 -o 指定其他位置。", "output-folder-missing")
    return folder


def _is_folder(output: Path) -> InputError:
    return InputError(f"无法写入“{output}”：已有同名的文件夹。请用 -o 指定其他文件名。", "output-is-folder")


def _os_reason(exc: OSError) -> str:
    import errno

    return {errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限", errno.EROFS: "磁盘只读",
            errno.ENOSPC: "磁盘已满", errno.EDQUOT: "超出磁盘配额", errno.ENOENT: "文件夹不存在",
            errno.ENAMETOOLONG: "文件名太长", errno.EISDIR: "已有同名的文件夹",
            errno.EIO: "磁盘读写错误", errno.EXDEV: "不能跨磁盘改名"}.get(exc.errno, "系统错误")


def _f(x) -> float | None:
    if x is None:
        return None
    if isinstance(x, Fraction):
        try:
            return x.numerator / x.denominator
        except OverflowError:   # a rate over a budget of 1e-300 万元: past any float (and Excel)
            return EXCEL_MAX if x > 0 else -EXCEL_MAX
    return float(x)


EXCEL_MAX = 9.99999999999999e307   # the largest number Excel keeps


class _Formats:
    def __init__(self, wb):
        base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter", "border": 1}
        self.wb = wb
        self.base = base
        self.text = wb.add_format({**base, "text_wrap": True})
        self.head = wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "align": "center",
                                   "text_wrap": True})
        self.title = wb.add_format({"font_name": "宋体", "font_size": 16, "bold": True, "align": "center",
                                    "valign": "vcenter"})
        self.label = wb.add_format({**base, "bold": True})
        self.num = wb.add_format({**base, "num_format": "0.00"})
        self.pct = wb.add_format({**base, "num_format": "0.00%"})
        self.low = wb.add_format({**base, "num_format": "0.00", "bg_color": "#FCE4D6"})
        self.total = wb.add_format({**base, "bold": True, "num_format": "0.00"})
        self.total_pct = wb.add_format({**base, "bold": True, "num_format": "0.00%"})
        self.link = wb.add_format({**base, "font_color": "#0563C1", "underline": 1})
        self.level = {
            "错误": wb.add_format({**base, "bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"}),
            "警告": wb.add_format({**base, "bold": True, "font_color": "#9C5700", "bg_color": "#FFEB9C"}),
            "提示": wb.add_format({**base, "font_color": "#1F4E78", "bg_color": "#DDEBF7"}),
        }
        self._copy: dict[tuple[str, bool], object] = {}

    def copy(self, number_format: str, wrap: bool):
        key = (number_format, wrap)
        if key not in self._copy:
            props = {"font_name": "宋体", "font_size": 10, "valign": "vcenter"}
            if number_format and number_format != "General":
                props["num_format"] = number_format
            if wrap:
                props["text_wrap"] = True
            self._copy[key] = self.wb.add_format(props)
        return self._copy[key]


def _write(result: Result, path: Path) -> None:
    import xlsxwriter

    decl = result.declaration
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    wb.set_properties({"title": "部门整体绩效自评评分", "author": "selfeval-xl",
                       "created": FIXED_DATE, "comments": "由 selfeval-xl 生成"})
    fm = _Formats(wb)
    taken = {n.lower() for n in (SUMMARY, INDICATORS, BUDGET, FINDINGS)}
    copies = {g.name: copy_name(g.name, taken) for g in decl.grids}

    _summary(wb, fm, result)
    _indicators(wb, fm, result, copies)
    _budget(wb, fm, result, copies)
    _findings(wb, fm, result.findings.sorted(), copies)
    for g in decl.grids:
        _copy_sheet(wb, fm, g, copies[g.name])
    wb.close()


def _setup(ws, landscape=True, repeat=None):
    ws.set_paper(9)
    if landscape:
        ws.set_landscape()
    ws.fit_to_pages(1, 0)
    if repeat is not None:
        ws.repeat_rows(repeat)
    ws.center_horizontally()
    ws.set_footer("&C第 &P 页，共 &N 页")


def _text(ws, r, c, value, fmt):
    """Input text is always written as text (never a formula or a link)."""
    if value is None:
        ws.write_blank(r, c, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value, fmt)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value, fmt)
    elif isinstance(value, Fraction):
        ws.write_number(r, c, _f(value), fmt)
    elif isinstance(value, dt.datetime | dt.date):
        ws.write_string(r, c, value.isoformat() if isinstance(value, dt.date) else str(value), fmt)
    else:
        ws.write_string(r, c, str(value), fmt)


def _summary(wb, fm, result: Result):
    ws = wb.add_worksheet(SUMMARY)
    decl = result.declaration
    ws.set_column(0, 0, 16)
    ws.set_column(1, 3, 14)
    ws.merge_range(0, 0, 0, 3, "部门整体绩效自评得分汇总", fm.title)
    ws.set_row(0, 30)
    info = [("部门（单位）", decl.fact("部门(单位)名称")), ("年度", decl.year),
            ("评分方案", f"{result.scheme.name}（{result.scheme.title}）")]
    for i, (k, v) in enumerate(info):
        ws.write_string(2 + i, 0, k, fm.label)
        ws.merge_range(2 + i, 1, 2 + i, 3, "", fm.text)
        _text(ws, 2 + i, 1, v if v is not None else "（未填写）", fm.text)
    top = 6
    for c, h in enumerate(["指标", "权重分值", "得分", "得分率"]):
        ws.write_string(top, c, h, fm.head)
    r = top
    for row in result.categories.to_dict("records"):
        r += 1
        ws.write_string(r, 0, row["指标"], fm.text)
        ws.write_number(r, 1, _f(row["权重分值"]), fm.num)
        ws.write_number(r, 2, _f(row["得分"]), fm.low if row["得分"] < row["权重分值"] else fm.num)
        ws.write_number(r, 3, _f(row["得分率"]), fm.pct)
    r += 1
    weight_total = sum(result.categories["权重分值"], Fraction(0))
    ws.write_string(r, 0, "合计", fm.label)
    ws.write_number(r, 1, _f(weight_total), fm.total)
    ws.write_number(r, 2, _f(result.total), fm.total)
    ws.write_number(r, 3, _f(result.total / weight_total), fm.total_pct)
    r += 1
    ws.write_string(r, 0, "等级", fm.label)
    ws.merge_range(r, 1, r, 3, result.grade, fm.label)
    r += 2
    ws.write_string(r, 0, "复核意见", fm.head)
    ws.write_string(r, 1, "条数", fm.head)
    for level in LEVEL_ORDER:
        r += 1
        ws.write_string(r, 0, level, fm.level[level])
        ws.write_number(r, 1, result.findings.count(level), fm.num if False else fm.text)
    r += 2
    ws.merge_range(r, 0, r, 3, "等级：总分 90（含）以上为优，80（含）—90 为良，60（含）—80 为中，60 以下为差。"
                   "得分按规则精确计算，合计四舍五入保留两位小数。", fm.copy("General", True))
    ws.set_row(r, 30)
    _setup(ws, landscape=False)


def _indicators(wb, fm, result: Result, copies):
    ws = wb.add_worksheet(INDICATORS)
    widths = [12, 14, 22, 12, 8, 12, 7, 7, 8, 40, 7, 24, 10, 22]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    for c, h in enumerate(INDICATOR_COLUMNS):
        ws.write_string(0, c, h, fm.head)
    ws.freeze_panes(1, 3)
    for i, row in enumerate(result.indicators.to_dict("records"), start=1):
        for c, key in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值"]):
            _text(ws, i, c, _plain(row[key]), fm.text)
        w, s, rate = row["分值"], row["得分"], row["得分率"]
        _num_or_blank(ws, i, 6, w, fm.num)
        _num_or_blank(ws, i, 7, s, fm.low if (s is not None and w is not None and s < w) else fm.num)
        _num_or_blank(ws, i, 8, rate, fm.pct)
        ws.write_string(i, 9, row["评分依据"] or "", fm.text)
        _text(ws, i, 10, _plain(row["自评得分"]), fm.num)
        _text(ws, i, 11, _plain(row["偏差原因分析及改进措施"]), fm.text)
        _text(ws, i, 12, row["采用值"] or None, fm.text)
        _link(ws, i, 13, row.get("third_cell") or row.get("target_cell") or "", copies, fm)
    ws.autofilter(0, 0, max(1, len(result.indicators)), len(INDICATOR_COLUMNS) - 1)
    _setup(ws, repeat=0)


def _plain(v):
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    return v


def _num_or_blank(ws, r, c, v, fmt):
    if v is None or (isinstance(v, float) and v != v):
        ws.write_blank(r, c, None, fmt)
    else:
        ws.write_number(r, c, _f(v), fmt)


def _link(ws, r, c, location: str, copies, fm):
    if not location or "!" not in location:
        ws.write_string(r, c, location or "", fm.text)
        return
    sheet, cell = location.rsplit("!", 1)
    target = copies.get(sheet)
    if target is None:
        ws.write_string(r, c, location, fm.text)
        return
    ws.write_url(r, c, f"internal:'{target}'!{cell}", fm.link, string=location,
                 tip=f"转到 {target} 的 {cell}")


def _budget(wb, fm, result: Result, copies):
    ws = wb.add_worksheet(BUDGET)
    decl = result.declaration
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 2, 46)
    ws.set_column(3, 3, 24)
    for c, h in enumerate(["项目", "金额（万元）", "说明", "原表位置"]):
        ws.write_string(0, c, h, fm.head)
    r = 0
    for row in decl.budget.to_dict("records"):
        r += 1
        ws.write_string(r, 0, row["name"].replace("三公经费", "“三公经费”"), fm.text)
        _num_or_blank(ws, r, 1, row["value"], fm.num)
        raw = row["raw"]
        note = "" if raw is None or row["value"] is not None else f"填报为“{raw}”，无法识别"
        ws.write_string(r, 2, note, fm.text)
        _link(ws, r, 3, row["location"], copies, fm)
    r += 2
    for c, h in enumerate(["比率", "计算值", "计算方法", "说明"]):
        ws.write_string(r, c, h, fm.head)
    for rate in result.rates.values():
        r += 1
        ws.write_string(r, 0, rate.definition.title, fm.text)
        _num_or_blank(ws, r, 1, None if rate.value is None else rate.value / 100, fm.pct)
        ws.write_string(r, 2, rate.definition.formula, fm.text)
        ws.write_string(r, 3, rate.basis, fm.text)
    ws.freeze_panes(1, 0)
    _setup(ws, landscape=False)


def _findings(wb, fm, findings: list[Finding], copies):
    ws = wb.add_worksheet(FINDINGS)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 2, 26)
    ws.set_column(3, 3, 90)
    for c, h in enumerate(["级别", "代码", "位置", "说明"]):
        ws.write_string(0, c, h, fm.head)
    for i, f in enumerate(findings, start=1):
        ws.write_string(i, 0, f.level, fm.level[f.level])
        ws.write_string(i, 1, f.code, fm.text)
        _link(ws, i, 2, f.location, copies, fm)
        ws.write_string(i, 3, f.message, fm.text)
    if not findings:
        ws.merge_range(1, 0, 1, 3, "没有复核意见。", fm.text)
    ws.freeze_panes(1, 0)
    _setup(ws, repeat=0)


def _copy_sheet(wb, fm, grid: Grid, name: str):
    """The officer's sheet, every value kept (cached values of formulas; text stays text)."""
    ws = wb.add_worksheet(name)
    for c, width in grid.col_widths.items():
        ws.set_column(c - 1, c - 1, width)
    anchors = {(r1, c1): (r1, c1, r2, c2) for (r1, c1, r2, c2) in grid.merged}
    covered = {(r, c) for (r1, c1, r2, c2) in grid.merged for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1)}
    for (r, c), cell in sorted(grid.cells.items()):
        if (r, c) in covered and (r, c) not in anchors:
            continue
        value = cell.value
        if cell.uncached:
            value = f"={cell.formula}"   # shown as text: the formula had no cached value
        wrap = isinstance(value, str) and len(value) > 12
        fmt = fm.copy(cell.number_format, wrap)
        if isinstance(value, dt.datetime | dt.date):
            fmt = fm.copy(cell.number_format if cell.number_format != "General" else "yyyy-mm-dd", False)
        if (r, c) in anchors:
            r1, c1, r2, c2 = anchors[(r, c)]
            if (r1, c1) != (r2, c2):
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt)
        _copy_value(ws, r - 1, c - 1, value, fmt)
    for (r1, c1, r2, c2) in grid.merged:
        if (r1, c1) not in grid.cells and (r1, c1) != (r2, c2):
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fm.copy("General", False))
    if grid.hidden:
        ws.hide()


def _copy_value(ws, r, c, value, fmt):
    if value is None:
        return
    if isinstance(value, bool):
        ws.write_boolean(r, c, value, fmt)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value, fmt)
    elif isinstance(value, dt.datetime):
        ws.write_datetime(r, c, value, fmt)
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), fmt)
    elif isinstance(value, dt.time):
        ws.write_string(r, c, value.isoformat(), fmt)
    else:
        ws.write_string(r, c, str(value), fmt)


def location_text(sheet: str, r: int, c: int) -> str:
    return f"{sheet}!{coord(r, c)}"


__all__ = ["write_result", "default_output", "format_number"]
