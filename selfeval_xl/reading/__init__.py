"""Reading an officer's workbook: our template, the central 项目支出绩效自评表 and its provincial copies.

Everything is found by its label text, never by a fixed row or column, and every value keeps the
sheet and cell it came from, so that findings can point at it.  The modules, in the order a file
meets them:

- guard.py      refuse what is not a usable .xlsx before any parser sees it
- grid.py       one sheet's cells and merged ranges (openpyxl)
- labels.py     normalising and matching labels; key/value labels
- table.py      the indicator table: header, rows, where it ends
- budget.py     资金执行情况 and the budget table of project forms
- forms.toml    the words of all of the above (headings, aliases, closing words …), as data

The result is a :class:`Declaration`.  No layout knowledge goes further than this package: rules,
review and writing see only the Declaration.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path

from ..review import Findings
from ..values import fold, plain
from .budget import BudgetTable, budget_rows, money, read_budget_table
from .grid import Cell, Grid, coord, col_letter, load_grids
from .guard import (MAX_CELLS_PER_SHEET, MAX_FILE_BYTES, MAX_MEMBERS, MAX_UNCOMPRESSED_BYTES,
                    InputError, os_reason)
from .labels import Fact, find_facts, label_tail, labels_match, norm_label, report_duplicates, split_unit
from .table import MAX_INDICATOR_ROWS, find_header, match_headings, nearest_header, read_indicators
from .vocabulary import VOCAB

__all__ = ["Declaration", "read_workbook", "InputError", "Grid", "Cell", "norm_label", "split_unit",
           "labels_match", "label_tail", "coord", "col_letter", "os_reason", "load_grids",
           "COPY_PREFIX", "SCORED_SHEETS", "MAX_CELLS_PER_SHEET", "MAX_FILE_BYTES", "MAX_MEMBERS",
           "MAX_UNCOMPRESSED_BYTES", "MAX_INDICATOR_ROWS", "DEPARTMENT", "PROJECT"]

DEPARTMENT, PROJECT = "department", "project"
KIND_NAMES = {DEPARTMENT: "部门整体绩效自评表", PROJECT: "项目支出绩效自评表"}
REQUIRED_HEADINGS = list(VOCAB.required_headings)
HEADINGS = VOCAB.headings
MONEY_HEADER_FACTS = ["部门预算总额", "财政性资金", "其他资金", "基本支出", "项目支出"]
COPY_PREFIX = "原表-"                      # the scored workbook's copies of the input sheets
SCORED_SHEETS = ("得分汇总", "指标评分")


@dataclass
class Declaration:
    """What the reader produced from one workbook."""
    path: Path
    grids: list[Grid]
    sheet: str                      # the declaration sheet's name
    header_row: int
    columns: dict[str, int]
    indicator_rows: list[dict]      # one dict per indicator row, every row with the same keys
    fact_rows: list[dict]           # header facts: name, value, location, unit
    budget_figures: list[dict]      # 资金执行情况: name, value (万元, Fraction), location, raw, source
    task_rows: list[dict]           # 年度主要任务: 任务名称, 主要内容
    year: int | None
    findings: Findings
    kind: str = DEPARTMENT          # department | project (README, "表单类型")
    kind_reason: str = ""           # the first marker that showed the kind, in words
    goals: list[dict] = field(default_factory=list)        # 年度总体目标: 预期目标, 实际完成情况
    budget_table: BudgetTable | None = None
    budget_sheet: str | None = None  # the name of the 资金执行情况 sheet, when there is one

    def fact(self, name: str):
        return _lookup(self.fact_rows, name, "value")

    def fact_location(self, name: str) -> str:
        return _lookup(self.fact_rows, name, "location") or ""

    def budget_value(self, name: str) -> Fraction | None:
        return _lookup(self.budget_figures, name, "value")

    def budget_location(self, name: str) -> str:
        return _lookup(self.budget_figures, name, "location") or ""

    # The same rows as pandas DataFrames, for library users.  Built on each access: pandas is
    # imported only here, so reading, scoring and writing one workbook never import it
    # (it costs more than all the rest of a cold `process`).
    @property
    def indicators(self):
        return frame(self.indicator_rows, ["row", "first", "second"])

    @property
    def facts(self):
        return frame(self.fact_rows, ["name", "value", "location", "unit"])

    @property
    def budget(self):
        return frame(self.budget_figures, ["name", "value", "location", "raw", "source"])

    @property
    def tasks(self):
        return frame(self.task_rows, ["任务名称", "主要内容"])

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]

    @property
    def unit_name(self):
        """The unit's (department table) or the project's (project table) name."""
        return self.fact(VOCAB.name_label[self.kind])


def frame(rows: list[dict], empty_columns: list[str]):
    """rows as a DataFrame (object columns, so that a Fraction or an int stays what it is)."""
    import pandas as pd

    if not rows:
        return pd.DataFrame(columns=empty_columns)
    return pd.DataFrame(rows, dtype=object)


def _lookup(rows: list[dict], name: str, column: str):
    """The `column` of the row called `name` (facts, budget figures), None when there is none."""
    row = next((r for r in rows if r["name"] == name), None)
    return None if row is None else plain(row.get(column))


def _sheet(grids: list[Grid], name: str) -> Grid | None:
    target = norm_label(name)
    for g in grids:
        if labels_match(norm_label(g.name), target):
            return g
    return None


def original_sheets(grids: list[Grid]) -> list[Grid]:
    """A scored workbook (得分汇总, 指标评分 … 原表-*) read as input is read through its 原表- copies,
    under their original names, so that it scores as the officer's workbook did."""
    names = {g.name for g in grids}
    copies = [g for g in grids if g.name.startswith(COPY_PREFIX)]
    if not copies or not all(n in names for n in SCORED_SHEETS):
        return grids
    return [replace(g, name=g.name[len(COPY_PREFIX):]) for g in copies]


def _locate_table(path: Path, grids: list[Grid]) -> tuple[Grid, int, dict[str, int]]:
    """The declaration sheet and its indicator header, or the InputError that names what is missing."""
    decl = _sheet(grids, VOCAB.declaration_sheet)
    header = find_header(decl) if decl is not None else None
    if header is None:
        for g in grids:
            header = find_header(g)
            if header is not None:
                decl = g
                break
    if header is not None:
        return decl, *header
    # the row that comes closest names the missing columns
    for g in ([decl] if decl is not None else []) + [g for g in grids if g is not decl]:
        near = nearest_header(g)
        if near is not None:
            r, missing = near
            raise InputError.of("missing-column", file=path.name, sheet=g.name, row=str(r),
                                columns="”“".join(missing), required="、".join(REQUIRED_HEADINGS))
    if decl is not None:
        raise InputError.of("no-header", file=path.name, sheet=decl.name, required="、".join(REQUIRED_HEADINGS))
    raise InputError.of("no-header", variant="any-sheet", file=path.name, required="、".join(REQUIRED_HEADINGS))


def read_workbook(path: str | Path) -> Declaration:
    """Read a workbook (our template, or a form laid out like the 申报表 or the 项目支出绩效自评表)."""
    path = Path(path)
    grids = original_sheets(load_grids(path))
    findings = Findings()
    decl, header_row, columns = _locate_table(path, grids)

    for g in grids:
        for (r1, c1, r2, c2) in g.dropped_merges:
            findings.warning("merge-overlap", f"{g.name}!{coord(r1, c1)}", first=coord(r1, c1),
                             last=coord(r2, c2))
    for g in grids:   # the formula cells that have no cached value
        for (r, c), cell in sorted((rc, cell) for rc, cell in g.cells.items() if cell.uncached):
            findings.error("formula-no-cache", f"{g.name}!{coord(r, c)}", formula=str(cell.formula_text))

    table = read_indicators(decl, header_row, columns, findings, path.name)
    indicators = same_keys(table.rows)
    btable = read_budget_table(decl, header_row, findings)
    goals, goal_rows = _read_goals(decl, header_row)
    skip = set(range(header_row, table.last_row + 1)) | set(goal_rows)
    if btable is not None:
        skip |= set(btable.rows)

    facts_found = find_facts(decl, dict(VOCAB.labels), skip_rows=skip)
    report_duplicates(facts_found, findings)
    kind, kind_reason = _kind(decl, header_row, facts_found)
    year, year_loc = _year(decl, facts_found, header_row)
    facts = []
    for name in VOCAB.labels:
        f = facts_found.get(name)
        facts.append({"name": name, "value": year if name == "年度" else (None if f is None else f.value),
                      "location": year_loc if name == "年度" else (f.location if f else ""),
                      "unit": f.unit if f else ""})
    for name in MONEY_HEADER_FACTS:
        f = facts_found.get(name)
        if f is not None and f.value is not None:
            next(row for row in facts if row["name"] == name)["value"] = money(f, findings)
    for name in VOCAB.required_labels[kind]:
        if name == "年度":
            if year is None:
                findings.error("missing-label", decl.name, variant="year")
        elif facts_found.get(name) is None or facts_found[name].value is None:
            findings.error("missing-label", facts_found[name].location if name in facts_found else decl.name,
                           label=name)

    budget_grid = _sheet(grids, VOCAB.budget_sheet)
    brows = budget_rows(budget_grid, btable,
                        lambda g: _budget_facts(g, findings), findings)
    if budget_grid is None and btable is None:
        findings.error("missing-sheet", "", sheet=VOCAB.budget_sheet)
    else:
        for name in ("全年预算数", "全年执行数"):
            row = next(b for b in brows if b["name"] == name)
            if row["value"] is None and (row["raw"] is None):
                loc = row["location"] or (budget_grid.name if budget_grid is not None else decl.name)
                findings.error("missing-label", loc, variant="budget", label=name)
    budget_figures = [{k: b.get(k) for k in ("name", "value", "location", "raw", "source")} for b in brows]

    return Declaration(path, grids, decl.name, header_row, columns, indicators, facts, budget_figures,
                       _read_tasks(decl), year, findings, kind, kind_reason, goals, btable,
                       budget_grid.name if budget_grid is not None else None)


def _budget_facts(grid: Grid, findings: Findings) -> dict[str, Fact]:
    found = find_facts(grid, dict(VOCAB.budget_sheet_labels))
    report_duplicates(found, findings)
    return found


def _kind(grid: Grid, header_row: int, facts: dict[str, Fact]) -> tuple[str, str]:
    """A project table holds, above the indicator header, the label 项目名称 or a title naming the
    project form; the first marker in reading order is the reason given."""
    markers = []
    for name in VOCAB.project_labels:
        f = facts.get(name)
        if f is not None:
            r, c = _rc(f.label_location)
            if r < header_row:
                markers.append(((r, c), f"表中有“{name}”（{f.label_location}）"))
    for (r, c) in sorted(grid.cells):
        if r >= header_row:
            break
        v = grid.cells[(r, c)].value
        if isinstance(v, str) and any(t in norm_label(v) for t in VOCAB.project_titles):
            markers.append(((r, c), f"标题“{v.strip()[:40]}”（{grid.where(r, c)}）"))
            break
    if markers:
        return PROJECT, min(markers)[1]
    return DEPARTMENT, "表中没有“项目名称”，标题也不是项目支出绩效自评表"


def _rc(location: str) -> tuple[int, int]:
    m = re.search(r"!([A-Z]+)(\d+)$", location)
    if not m:
        return (1 << 30, 0)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


_YEAR = re.compile(r"((?:19|20)\d{2})年度|\(((?:19|20)\d{2})年\)")


def _year(grid: Grid, facts: dict[str, Fact], header_row: int) -> tuple[int | None, str]:
    """年度 from its label, else from the first cell above the indicator header whose text holds
    "2021年度", or "(2021年)" in brackets."""
    f = facts.get("年度")
    if f is not None and f.value is not None:
        v = f.value
        if isinstance(v, dt.datetime | dt.date):
            return v.year, f.location
        m = re.search(r"(19|20)\d{2}", fold(str(v)))
        if m:
            return int(m.group(0)), f.location
    for (r, c) in sorted(grid.cells):
        if r >= header_row:
            break
        v = grid.cells[(r, c)].value
        if isinstance(v, str):
            m = _YEAR.search(fold(v).replace("（", "(").replace("）", ")"))
            if m:
                return int(m.group(1) or m.group(2)), f"{grid.name}!{coord(r, c)}"
    return None, ""


def same_keys(rows: list[dict]) -> list[dict]:
    """The rows with every key any of them has (None where a row has none), in first-seen order."""
    if len({tuple(row) for row in rows}) <= 1:
        return rows                      # the usual case: every row has the same keys already
    keys = list(dict.fromkeys(k for row in rows for k in row))
    return [{k: row.get(k) for k in keys} for row in rows]


def _read_tasks(grid: Grid) -> list[dict]:
    """年度主要任务: the small table under 任务名称 | 主要内容 (kept and shown, not scored)."""
    name_h, content_h = VOCAB.task_headings
    rows = []
    no_match: set[int] = set()   # rows with no 主要内容 right of a 任务名称: no need to look again
    stop = {norm_label(h) for h in HEADINGS} | {"预算情况"}
    # norm_label only drops characters, but for the ( and ) it makes of （ and ）: a text whose label
    # is name_h holds name_h's first character, and the others need not be normalised
    holds = name_h[:1] if name_h[:1] not in ("(", ")") else ""
    cells = grid.cells
    for (r, c) in sorted(cells):
        v = cells[(r, c)].value
        if r not in no_match and isinstance(v, str) and holds in v and norm_label(v) == name_h:
            cc = next((cc for cc in grid.cols_in_row(r, c + 1)
                       if isinstance(grid.value(r, cc), str) and norm_label(grid.value(r, cc)) == content_h),
                      None)
            if cc is None:
                no_match.add(r)
                continue
            rr = r + 1
            while rr <= grid.max_row:
                name, content = grid.value(rr, c), grid.value(rr, cc)
                if name is None and content is None:
                    break
                if isinstance(name, str) and norm_label(name) in stop:
                    break
                if norm_label(grid.value(rr, 1) or "") == "预算情况":
                    break
                rows.append({"任务名称": name, "主要内容": content})
                rr += 1
            break
    return rows


def _read_goals(grid: Grid, header_row: int) -> tuple[list[dict], list[int]]:
    """年度总体目标: the texts under 预期目标 and 实际完成情况 (kept and shown, not scored), and the
    sheet rows they take."""
    want_h, done_h = VOCAB.goal_headings
    for r in grid.rows():
        if r >= header_row:
            break
        cols = {}
        for c in grid.cols_in_row(r):
            v = grid.value(r, c)
            if grid.anchor(r, c) == (r, c) and isinstance(v, str):
                n = norm_label(v)
                if n in (want_h, done_h) and n not in cols:
                    cols[n] = c
        if len(cols) < 2:
            continue
        goals, rows = [], [r]
        rr = r + 1
        while rr < header_row:
            want, done = grid.value(rr, cols[want_h]), grid.value(rr, cols[done_h])
            if want is None and done is None:
                break
            if match_headings(grid, rr):
                break
            goals.append({"预期目标": want, "实际完成情况": done,
                          "预期目标_cell": grid.where(rr, cols[want_h]),
                          "实际完成情况_cell": grid.where(rr, cols[done_h])})
            rows.append(rr)
            # a text merged down over several rows is read once
            rng = grid.merged_range(*grid.anchor(rr, cols[want_h]))
            rr = max(rr, rng[2] if rng else rr) + 1
        return goals, rows
    return [], []
