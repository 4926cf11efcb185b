"""Real published self-evaluation tables, typed into workbooks as their officers published them.

Each table is a :class:`Table`: where it was published (URL), the text copied from that page, the
sheet as a grid of rows (headings, merged 一级/二级 cells, budget rows, closing rows and spellings
verbatim, errors included), and what SPEC makes of it, worked out by hand with the arithmetic
written beside the numbers.  ``tests/test_realforms.py`` builds every table and checks it.

The corpus modules (corpus_a.py, corpus_b.py …) each hold a list TABLES; ALL gathers them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Table:
    slug: str                     # ascii, unique: the workbook's file name
    province: str                 # 安徽 / 四川 / …
    kind: str                     # "project" | "department" (what the reader should detect)
    url: str                      # where the table was published
    copied: str                   # the table's text as copied from that page (verbatim)
    rows: list[list]              # the sheet, row 1 first; None = empty cell
    merges: list[str] = field(default_factory=list)          # "A1:J1", …
    sheet: str = "Sheet1"         # the sheet's name as the officer would have it
    number_formats: dict[str, str] = field(default_factory=dict)   # "F12": "0%"
    extra_sheets: dict[str, list[list]] = field(default_factory=dict)
    # what SPEC makes of it, worked by hand (strings of decimals, rounded half-up to 2 places)
    scheme: str = "project"       # the scheme --scheme auto must choose
    categories: dict[str, str] = field(default_factory=dict)  # category → score, e.g. "产出指标": "48.5"
    weights: dict[str, str] = field(default_factory=dict)     # category → weight used (if form weights)
    total: str = ""
    grade: str = ""
    findings: list[tuple[str, str]] = field(default_factory=list)  # (code, location cell or "") that must appear
    absent: list[str] = field(default_factory=list)   # finding codes that must NOT appear
    clean: bool = False           # no 错误 finding: `check` exits 0
    arithmetic: str = ""          # the hand-worked score, step by step
    notes: str = ""               # what this table teaches the reader / its real defects
    # for a table SPEC cannot read (a module's UNREADABLE): the refusal code, then what its message names
    refusal: tuple[str, ...] = ()


def sheet(cells: dict[str, object]) -> list[list]:
    """A sheet typed as {"B7": 10, …}, as the rows Table wants (row 1 first), None for every cell
    not given: each value sits in the cell the arithmetic names beside it."""
    import re

    def split(ref: str) -> tuple[int, int]:
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        return int(m.group(2)), col

    placed = {split(ref): v for ref, v in cells.items()}
    n_rows = max(r for r, _ in placed)
    n_cols = max(c for _, c in placed)
    return [[placed.get((r, c)) for c in range(1, n_cols + 1)] for r in range(1, n_rows + 1)]


def build(table: Table, folder: Path) -> Path:
    """Write the table as an .xlsx the way Excel would store it (text stays text); built once
    (helpers.build_once)."""
    from helpers import build_once

    return build_once(folder / f"{table.slug}.xlsx", _build, table.sheet, table.rows, table.merges,
                      table.number_formats, table.extra_sheets)


def _build(out, sheet, rows, merges, number_formats, extra_sheets) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    _fill(ws, rows, merges, number_formats)
    for name, extra in extra_sheets.items():
        _fill(wb.create_sheet(name), extra, [], {})
    wb.save(out)


def _fill(ws, rows, merges, number_formats) -> None:
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(r, c, v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"          # typed text, not a formula
    for ref in merges:
        ws.merge_cells(ref)
    for ref, fmt in number_formats.items():
        ws[ref].number_format = fmt


def _corpus_modules():
    import importlib
    import pkgutil

    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("corpus_")):
        yield importlib.import_module(f"{__name__}.{mod}")


def all_tables() -> list[Table]:
    return [t for mod in _corpus_modules() for t in mod.TABLES]


def all_unreadable() -> list[Table]:
    """The real tables SPEC's reader must refuse (each module's UNREADABLE, where it has one)."""
    return [t for mod in _corpus_modules() for t in getattr(mod, "UNREADABLE", [])]
