"""What the scored workbook looks like on paper: the 原表- copies drawn as tables (with borders), and
no printed page left nearly empty (issue 13: two of the seed's twelve pages held one line)."""
import random
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest

import selfeval_xl
from selfeval_xl.reading.grid import Cell, Grid
from selfeval_xl.writing import fit_pages_tall, table_spans
from selfeval_xl.xlsxbook import Workbook

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"


def _grid(values: dict, merged=()) -> Grid:
    return Grid("表", {rc: Cell(v) for rc, v in values.items()}, list(merged))


def test_table_cells_box_tables_not_titles_or_notes():
    g = _grid({(1, 1): "部门（单位）整体绩效目标申报表",                 # title, merged A1:D1
               (2, 1): "一级指标", (2, 2): "三级指标", (2, 4): "实际完成值",  # header, C2 blank
               (3, 1): "产出指标", (3, 2): "培训次数",                       # D3 left blank
               (4, 2): "覆盖率", (4, 3): "≥90%",                            # A3:A4 merged
               (6, 1): "填表人：张三"},                                      # a note on its own
              merged=[(1, 1, 1, 4), (3, 1, 4, 1)])
    boxed = {(r, c) for r, (lo, hi) in table_spans(g).items() for c in range(lo, hi + 1)}
    assert boxed == {(r, c) for r in (2, 3, 4) for c in (1, 2, 3, 4)}   # blank C2, D3, D4 included
    assert (1, 1) not in boxed and (6, 1) not in boxed


def test_copies_of_the_officers_sheets_have_borders(tmp_path):
    _, out = selfeval_xl.process(SEED, tmp_path / "o.xlsx")
    ws = openpyxl.load_workbook(out)["原表-整体绩效目标申报表"]
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == "一级指标")
    for c in range(1, 10):          # the indicator header, every column, blank ones too
        assert ws.cell(header, c).border.left.style == "thin", (header, c)
        assert ws.cell(header + 1, c).border.bottom.style == "thin", (header + 1, c)
    assert ws["A1"].border.left.style is None        # the title stands above the table


def _sheet_of_height(tmp_path, rows: int, row_height: float, width_chars: float = 10):
    wb = Workbook(str(tmp_path / "h.xlsx"), {"in_memory": True})
    ws = wb.add_worksheet("表")
    ws.set_column(0, 3, width_chars)
    for r in range(rows):
        for c in range(4):
            ws.write_string(r, c, f"行{r}")
        ws.set_row(r, row_height)
    ws.fit_to_pages(1, 0)
    fit_pages_tall(ws)
    return wb, ws


@pytest.mark.parametrize("rows, fit_height", [
    # A4 landscape inside margins of 0.7": 595 − 2 × 50.4 = 494.2 pt per page; 4 columns of 10
    # characters (75 px = 56.25 pt each) fit the width unscaled.  fit_height 0 = as many as needed.
    (33, 1),     # 33 × 15 = 495 pt = 1.002 pages: the last would hold 0.2% → 1 page, at 99.8%
    (40, 1),     # 600 pt = 1.214 pages: folded into 1 at 1/1.214 = 82% (≥ 80%)
    (42, 0),     # 630 pt = 1.275 pages: the second page is more than a quarter full: kept
    (20, 0),     # 300 pt: one page anyway, left as it was
    (30, 1),     # 450 pt = 0.911 pages: more than 85% full → held to 1 page (no spill if the
                 # estimate is a line short)
    (66, 2),     # 990 pt = 2.003 pages: into 2 pages at 99.8%
])
def test_a_nearly_empty_last_page_is_folded_in(tmp_path, rows, fit_height):
    wb, ws = _sheet_of_height(tmp_path, rows, 15)
    assert ws.fit_height == fit_height
    wb.close()


def test_folding_never_shrinks_print_below_eighty_percent(tmp_path):
    # 4 columns of 42.14 characters = 4 × 300 px = 900 pt, scaled to 770/900 = 0.856 for the width;
    # 48 rows × 15 pt = 720 pt → 720 × 0.856 / 494.2 = 1.246 pages; folding would print at
    # 0.856 / 1.246 = 0.69 < 0.8 → the two pages are kept
    wb, ws = _sheet_of_height(tmp_path, 48, 15, width_chars=42.14)
    assert ws.fit_height == 0
    wb.close()


@pytest.mark.slow
def test_seed_prints_without_nearly_empty_pages(tmp_path):
    from libreoffice import convert

    _, out = selfeval_xl.process(SEED, tmp_path / "金水区-评分.xlsx", "department-overall")
    pdf = convert([out], tmp_path, "pdf")[0]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) <= 10, len(pages)          # 13 before (2 of them held one line each)
    for i, page in enumerate(pages, start=1):
        lines = [ln for ln in page.splitlines() if ln.strip()]
        assert len(lines) >= 5, f"page {i} is nearly empty: {lines}"


def _spans_by_definition(g: Grid) -> dict[int, tuple[int, int]]:
    """table_spans' docstring, as written: the rows holding two or more separate valued cells (a
    merged range once, on each of its rows), in runs of consecutive rows, each run boxed from its
    leftmost to its rightmost column."""
    on_row: dict[int, set] = {}
    for (r, c), cell in g.cells.items():
        if cell.has_value():
            r1, c1, r2, c2 = g.merged_range(r, c) or (r, c, r, c)
            for rr in range(r1, r2 + 1):
                on_row.setdefault(rr, set()).add((r1, c1, r2, c2))
    rows = sorted(r for r, s in on_row.items() if len(s) >= 2)
    out, run = {}, []
    for r in rows + [None]:
        if run and (r is None or r != run[-1] + 1):
            lo = min(c1 for rr in run for _, c1, _, _ in on_row[rr])
            hi = max(c2 for rr in run for _, _, _, c2 in on_row[rr])
            out.update((rr, (lo, hi)) for rr in run)
            run = []
        if r is not None:
            run.append(r)
    return out


def test_table_spans_are_what_their_definition_says():
    """On every sheet of the samples and real tables, and on random sheets with merged ranges."""
    from realforms import all_tables, build
    from selfeval_xl.reading import read_workbook

    grids = []
    for path in sorted((ROOT / "samples").glob("*.xlsx")):
        grids += read_workbook(path).grids
    with tempfile.TemporaryDirectory() as tmp:
        for t in all_tables()[:6]:
            grids += read_workbook(build(t, Path(tmp))).grids
    rng = random.Random(3)
    for _ in range(300):
        values = {(rng.randint(1, 12), rng.randint(1, 8)): rng.choice(["字", 1, None, " "]) for _ in range(rng.randint(0, 40))}
        merged = []
        for _ in range(rng.randint(0, 3)):
            r, c = rng.randint(1, 11), rng.randint(1, 7)
            rect = (r, c, r + rng.randint(0, 1), c + rng.randint(0, 1))
            if all(rect[2] < m[0] or rect[0] > m[2] or rect[3] < m[1] or rect[1] > m[3] for m in merged):
                merged.append(rect)
        grids.append(_grid(values, merged))
    for g in grids:
        assert table_spans(g) == _spans_by_definition(g), g.name
