"""Budget figures: the sheet 资金执行情况 (key/value labels) and the budget table that project forms
carry above their indicator table (项目资金(万元): 年度资金总额 and its 其中 rows).

Figures are 万元, exact (Fraction).  README, "预算表", says what the budget table must look like.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..review import Findings
from ..values import fold, format_number, fraction_of
from .grid import Grid
from .labels import Fact, norm_label, split_unit
from .table import _is_header, heading_texts, match_headings, own_cells
from .vocabulary import VOCAB

FIGURES = tuple(VOCAB.budget_figures)          # 年初预算数, 全年预算数, 全年执行数
TOLERANCE = Fraction(1, 100)                    # 万元
_CIRCLED = re.compile(r"[①-⑳]")
_FIGURE = re.compile(r"(-?\d+(?:\.\d+)?)(万元|元|分|%)?")


def money(f: Fact, findings: Findings) -> Fraction | None:
    """A figure of a key/value label in 万元 (a figure labelled in 元 is converted, with a 提示)."""
    v = f.value
    if v is None:
        return None
    n, unit = _figure(v)
    if unit:
        f.unit = unit
    if n is None:
        findings.error("budget-not-number", f.location, label=f.name, value=str(v))
        return None
    if n < 0:
        findings.error("budget-negative", f.location, label=f.name, amount=format_number(n))
        return None
    if f.unit == "元":
        findings.info("yuan-converted", f.location, label=f.name, yuan=format_number(n),
                      amount=format_number(n / 10000))
        n = n / 10000
    return n


def _figure(v) -> tuple[Fraction | None, str]:
    """A number, possibly written with a unit ("100万元" is 100 万元, "100元" is 100 元)."""
    if isinstance(v, bool):
        return None, ""
    if isinstance(v, int | float):
        return fraction_of(v), ""
    if isinstance(v, str):
        t = fold(v).replace(",", "")
        m = _FIGURE.fullmatch(t)
        if m:
            return Fraction(m.group(1)), m.group(2) or ""
    return None, ""


# --------------------------------------------------------------------------------------------
# The budget table on the declaration sheet
# --------------------------------------------------------------------------------------------

@dataclass
class BudgetCell:
    value: Fraction | None          # 万元 (or % / points for 执行率, 得分, 分值)
    location: str
    raw: object = None


@dataclass
class BudgetRow:
    label: str
    location: str                    # of the label
    row: int
    figures: dict[str, BudgetCell] = field(default_factory=dict)   # 年初预算数 … and 分值, 执行率, 得分


@dataclass
class BudgetTable:
    header_row: int
    columns: dict[str, int]          # figure or optional heading → column
    label_column: int
    block_label: str
    total: BudgetRow
    parts: list[BudgetRow]
    rows: range                      # the sheet rows the table covers (header included)
    summed: bool = False             # the total row was empty: the parts' sums are used
    # the cells that may declare the 预算执行 weight as "(N分)", in order, as (text, location): the
    # block label, then the header row's cell over the label column
    weight_labels: tuple[tuple[str, str], ...] = ()

    def figure(self, name: str) -> BudgetCell | None:
        return self.total.figures.get(name)

    @property
    def filled(self) -> bool:
        """Whether any figure was typed at all.  An empty cell means no money only in a table that
        holds money: a blank table (a template not yet filled) gives no figures, so that the
        missing 全年预算数 is reported rather than read as 0 budgeted, 0 spent, 100% executed
        (README, "本项目的取舍")."""
        return any(not _no_money(b.figures[n].raw) for b in [self.total, *self.parts]
                   for n in FIGURES if n in b.figures)

    @property
    def declared_weight(self) -> Fraction | None:
        found = self.declared_weight_at()
        return found[0] if found else None

    def declared_weight_at(self) -> tuple[Fraction, str] | None:
        """The form's weight for 预算执行 and the cell that declares it: the total row's 分值, else
        "(N分)" in the block label, else in the heading over the label column.  The old 湖北 / 云南
        form heads its label column "预算执行情况(万元)(20分)" on the header row, not in a cell merged
        down the rows: SPEC 2.4's own example of the block label, so it declares too (README
        “本项目的取舍”)."""
        w = self.total.figures.get("分值")
        if w is not None and w.value is not None:
            return w.value, w.location
        for text, at in self.weight_labels:
            m = re.search(r"\((\d+(?:\.\d+)?)分\)", norm_label(text))
            if m:
                return Fraction(m.group(1)), at
        return None


def _heading_key(text) -> str:
    """A budget heading as matched: circled numbers and a trailing formula dropped, then the label base."""
    n = _CIRCLED.sub("", norm_label(text))
    n = n.split("=", 1)[0]
    return split_unit(n)[0]


def _budget_headings(grid: Grid, r: int) -> dict[str, list[tuple[int, int]]]:
    """figure/optional name → every (priority of the alias, column) heading it in sheet row r."""
    found: dict[str, list[tuple[int, int]]] = {}
    groups = {**VOCAB.budget_figures, **VOCAB.budget_optional}
    keys = [(c, _heading_key(v)) for c, v in heading_texts(grid, r)]
    for c, key in keys:
        for name, aliases in groups.items():
            for prio, alias in enumerate(aliases):
                if key == split_unit(norm_label(alias))[0]:
                    found.setdefault(name, []).append((prio, c))
                    break
    # 福建's form heads its adjusted budget 小计 (年初 ① + 调整 ② = ③, under 预算安排), between the
    # 年初 and the 拨付 (执行) columns: there, and only when no heading names 全年预算数, 小计 is it
    # (beyond SPEC 2.4's aliases, README “本项目的取舍”)
    if "全年预算数" not in found and "年初预算数" in found and "全年执行数" in found:
        first, spent = min(c for _p, c in found["年初预算数"]), min(c for _p, c in found["全年执行数"])
        between = [c for c, key in keys if first < c < spent and key == "小计"]
        if between:
            found["全年预算数"] = [(0, between[0])]
    return found


def _is_budget_header(found: dict) -> bool:
    return sum(1 for f in FIGURES if f in found) >= 2


def _says_yuan(text) -> bool:
    if not isinstance(text, str):
        return False
    n = norm_label(text)
    return any(norm_label(m) in n for m in VOCAB.yuan_marks)


def _no_money(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() in VOCAB.no_money)


def _is_figure_text(v) -> bool:
    return _no_money(v) or _figure(v)[0] is not None


def _tall(grid: Grid, r: int, c: int) -> bool:
    rng = grid.merged_range(r, c)
    return rng is not None and rng[2] > rng[0]


def read_budget_table(grid: Grid, before_row: int, findings: Findings) -> BudgetTable | None:
    """The topmost budget table above `before_row` (the indicator header), or None."""
    header = None
    for r in grid.rows():
        if r >= before_row:
            return None
        found = _budget_headings(grid, r)
        if _is_budget_header(found):
            header = (r, found)
            break
    if header is None:
        return None
    h, found = header
    heading_cols = sorted({c for hits in found.values() for _p, c in hits})

    label_col: int | None = None
    rows: list[tuple[int, int | None]] = []     # (sheet row, its label column)
    r = h
    while r + 1 < before_row:
        r += 1
        own = own_cells(grid, r)
        if not own or _is_budget_header(_budget_headings(grid, r)) or _is_header(match_headings(grid, r)):
            break
        texts = [c for c, v in own if isinstance(v, str) and not _is_figure_text(v) and not _tall(grid, r, c)]
        lc = min(texts) if texts else None
        tentative = min(x for x in (label_col, lc) if x is not None) if (label_col or lc) else None
        figure_cols = [c for c in heading_cols if tentative is None or c > tentative]
        if any(not _is_figure_text(grid.value(r, c)) for c in figure_cols):
            break          # text in the figure cells: the 年度总体目标 row that follows, say
        label_col = tentative
        rows.append((r, lc))
    if not rows or label_col is None:
        return None
    # a heading over the label column names no figure; of the rest, the alias listed first wins,
    # then the leftmost
    columns = {}
    for name, hits in found.items():
        right = [(prio, c) for prio, c in hits if c > label_col]
        if right:
            columns[name] = min(right)[1]
    columns = dict(sorted(columns.items(), key=lambda kv: kv[1]))
    if sum(1 for f in FIGURES if f in columns) < 2:
        return None
    block, block_at = _block_label(grid, h, rows[-1][0], label_col)
    block_yuan = _says_yuan(block)
    brows = []
    for r, _lc in rows:
        label, lloc = _row_label(grid, r, label_col)
        br = BudgetRow(label, lloc, r)
        row_yuan = _says_yuan(label)
        for name, c in columns.items():
            v = grid.value(r, c)
            loc = grid.where(r, c)
            n, unit = (Fraction(0), "") if _no_money(v) else _figure(v)
            if name in FIGURES and n is not None and n != 0:
                yuan = unit == "元" or (not unit and (block_yuan or row_yuan
                                                      or _says_yuan(grid.value(h, c))))
                if yuan:
                    findings.info("yuan-converted", loc, variant="table", row=label, column=name,
                                  yuan=format_number(n), amount=format_number(n / 10000))
                    n = n / 10000
                if n < 0:
                    findings.error("budget-negative", loc, variant="table", row=label, column=name,
                                   amount=format_number(n))
                    n = None
            if name not in FIGURES and _no_money(v):
                n = None     # an empty 分值, 执行率 or 得分 reports nothing
            br.figures[name] = BudgetCell(n, loc, v)
        brows.append(br)
    total = next((b for b in brows if _is_total_label(b.label)), brows[0])
    parts = [b for b in brows if b is not total]
    heading = grid.value(h, label_col)
    heading = heading.strip() if isinstance(heading, str) else ""
    table = BudgetTable(h, columns, label_col, block, total, parts, range(h, rows[-1][0] + 1),
                        weight_labels=((block, block_at), (heading, grid.where(h, label_col))))
    _check_sums(table, findings)
    return table


def _is_total_label(label: str) -> bool:
    base = split_unit(norm_label(label))[0]
    return any(base == split_unit(norm_label(t))[0] for t in VOCAB.budget_total_labels)


def _row_label(grid: Grid, r: int, label_col: int) -> tuple[str, str]:
    """The row's cell in the label column, or the nearest non-empty cell to its left that is not a
    block label merged over several rows."""
    for c in range(label_col, 0, -1):
        v = grid.value(r, c)
        if v is None or (c != label_col and _tall(grid, r, c)):
            continue
        return str(v).strip(), grid.where(r, c)
    return "", grid.where(r, label_col)


def _block_label(grid: Grid, first: int, last: int, label_col: int) -> tuple[str, str]:
    """The text of a cell merged over several rows left of the label column (项目资金(万元)), and
    where it stands."""
    for r in range(first, last + 1):
        for c in range(1, label_col):
            if _tall(grid, r, c):
                v = grid.value(r, c)
                if isinstance(v, str):
                    return v.strip(), grid.where(r, c)
    return "", ""


def _check_sums(table: BudgetTable, findings: Findings) -> None:
    """An empty total row takes its parts' sums (警告); a total that is not their sum is a 警告."""
    if not table.parts:
        return
    tot = table.total
    sums = {}
    for name in FIGURES:
        if name not in table.columns:
            continue
        vals = [p.figures[name].value for p in table.parts if p.figures[name].value is not None]
        sums[name] = (sum(vals, Fraction(0)), any(v != 0 for v in vals))
    total_empty = all(not tot.figures[n].value for n in sums)
    if total_empty and any(nonzero for _s, nonzero in sums.values()):
        table.summed = True
        shown = "，".join(f"{n} {format_number(s)}" for n, (s, _nz) in sums.items())
        for n, (s, _nz) in sums.items():
            tot.figures[n] = BudgetCell(s, tot.figures[n].location, tot.figures[n].raw)
        findings.warning("budget-total-empty", tot.location, row=tot.label,
                         parts="、".join(p.label for p in table.parts), sums=shown)
        return
    # a subtotal listed beside its own components (福建's 财政资金小计 over ① 项目支出 and ② 基本支出)
    # is counted twice in that sum: the total also agrees when the parts are summed without it
    # (beyond SPEC 2.4, README “本项目的取舍”)
    subtotals = [p for p in table.parts if split_unit(norm_label(p.label))[0].endswith("小计")]
    for n, (s, nonzero) in sums.items():
        t = tot.figures[n].value
        if not nonzero or t is None or abs(t - s) <= TOLERANCE:
            continue
        without = s - sum((p.figures[n].value or 0 for p in subtotals), Fraction(0))
        if abs(t - without) > TOLERANCE:     # (without subtotals, `without` is the sum itself)
            findings.warning("budget-parts-mismatch", tot.figures[n].location, variant="table", row=tot.label,
                             column=n, total=format_number(t), sum=format_number(s),
                             parts=" + ".join(format_number(p.figures[n].value or 0) for p in table.parts))


# --------------------------------------------------------------------------------------------
# All the budget figures of a workbook
# --------------------------------------------------------------------------------------------

def budget_rows(sheet: Grid | None, table: BudgetTable | None, facts_of, findings: Findings) -> list[dict]:
    """One row per figure of 资金执行情况 (name, value, location, raw, source): the sheet's figure
    where it gives one, else the budget table's (for 年初预算数, 全年预算数, 全年执行数)."""
    found = facts_of(sheet) if sheet is not None else {}
    out = []
    for name in VOCAB.budget_sheet_labels:
        f = found.get(name)
        value = money(f, findings) if f is not None else None
        row = {"name": name, "value": value, "location": f.location if f else "",
               "raw": None if f is None else f.value, "source": "sheet"}
        if value is None and table is not None and table.filled and name in table.columns:
            cell = table.figure(name)
            if cell is not None and cell.value is not None:
                row.update(value=cell.value, location=cell.location, raw=cell.raw, source="table")
        out.append(row)
    return out

