"""The reader (SPEC §2): labels, merged cells, inherited levels, blank rows, aliases, extra columns."""

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from openpyxl import Workbook

import selfeval_xl
from helpers import HEADINGS, make_workbook
from selfeval_xl.reading import labels_match, label_tail, norm_label, read_workbook


@pytest.mark.parametrize("a, b, match", [
    ("部门（单位）名称", "部门(单位)名称", True),
    (" 部门 (单位)\u3000名称： ", "部门(单位)名称", True),
    ("部门预算总额（万元）", "部门预算总额(万元)", True),
    ("部门预算总额", "部门预算总额(万元)", True),           # one trailing bracket removed from each
    ("“三公经费”预算数", "三公经费预算数", True),
    ("年初预算数（元）", "年初预算数", True),
    ("“三公经费”实际支出数", "实际支出数", False),         # never by containment
    ("全年预算数", "年初预算数", False),
])
def test_label_matching(a, b, match):
    assert labels_match(norm_label(a), norm_label(b)) is match


def test_list_prefix_is_dropped():
    assert label_tail(norm_label("1、资金来源：（1）财政性资金")) == "财政性资金"
    assert label_tail(norm_label("（2）其他资金")) == "其他资金"


def test_facts_budget_and_year(tmp_path):
    def extra(ws):
        ws["D2"], ws["E2"], ws["F2"] = "1、资金来源：（1）财政性资金", "万元", 80   # skip the unit cell
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "甲", "≥1", "个", "1")],
                      total_budget=100, extra=extra,
                      budget={"年初预算数（元）": 1000000, "调整后预算数": "120", "预算执行金额": 60})
    d = read_workbook(p)
    assert d.year == 2021 and d.fact("部门(单位)名称") == "测试单位"
    assert d.fact("部门预算总额") == 100 and d.fact("财政性资金") == 80
    assert d.budget_value("年初预算数") == 100          # 1,000,000 元 → 100 万元
    assert d.budget_value("全年预算数") == 120 and d.budget_value("全年执行数") == 60
    assert "yuan-converted" in {f.code for f in d.findings}


def test_year_from_title_when_no_year_label(tmp_path):
    def extra(ws):
        ws["A2"], ws["B2"] = None, None
        ws["A1"] = "部门（单位）整体绩效目标申报表（2022 年度）"
    d = read_workbook(make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "甲", "≥1", "个", "1")],
                                    extra=extra))
    assert d.year == 2022


def test_merged_levels_inherited_levels_section_total_and_note_rows(tmp_path):
    rows = [
        ("产出指标", None, None, None, None, None),                 # a section row
        (None, "数量指标", "甲", "≥1", "个", "1"),                   # 一级 inherited
        (None, None, "乙", "≥1", "个", "1"),                         # 一级 and 二级 inherited
        (None, None, None, None, None, None),                        # one blank row inside the table
        ("效益指标", "社会效益", "丙", "≥1", "个", "1"),
        ("合计", None, None, None, None, None),                      # skipped
        ("注：以上为示例", None, None, None, None, None),             # skipped
    ]
    def extra(ws):
        ws["A11"] = "效益指标"
        ws.merge_cells("A10:A11")
        ws["C11"], ws["D11"], ws["E11"], ws["F11"] = "丁", "≥2", "个", 2
    d = read_workbook(make_workbook(tmp_path / "a.xlsx", rows, extra=extra))
    got = [(r["first"], r["second"], r["third"]) for r in d.indicators.to_dict("records")]
    assert got == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙"),
                   ("效益指标", "社会效益", "丙"), ("效益指标", "社会效益", "丁")]
    assert d.indicators.iloc[0]["target_cell"] == "整体绩效目标申报表!D7"


def test_three_blank_rows_end_the_table(tmp_path):
    rows = [("产出指标", "数量", "甲", "≥1", "个", "1"), (None,) * 6, (None,) * 6, (None,) * 6,
            ("产出指标", "数量", "不属于表格", "≥1", "个", "1")]
    d = read_workbook(make_workbook(tmp_path / "a.xlsx", rows))
    assert list(d.indicators["third"]) == ["甲"]


def test_aliases_and_canonical_heading_wins(tmp_path):
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "全年实际值", "得分", "自评得分", "权重"]
    rows = [("产出指标", "数量", "甲", "≥10", "个", "5", 99, 3, 40)]
    d = read_workbook(make_workbook(tmp_path / "a.xlsx", rows, headings=heads))
    row = d.indicators.iloc[0]
    assert row["target"] == "≥10" and row["actual"] == "5" and row["weight"] == 40
    assert row["self_score"] == 3                          # 自评得分 (canonical) wins over 得分 (alias)


def test_formula_without_cached_value_is_an_error_not_zero(tmp_path):
    def extra(ws):
        ws["F6"] = "=1+1"                                  # openpyxl stores no cached value
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "甲", "≥1", "个", None)], extra=extra)
    r = selfeval_xl.evaluate(p)
    f = [x for x in r.findings if x.code == "formula-no-cache"]
    assert f and f[0].location == "整体绩效目标申报表!F6" and "打开并保存" in f[0].message
    assert "（=1+1）" in f[0].message and "==" not in f[0].message     # the formula as Excel shows it
    assert r.indicators.iloc[0]["得分"] == 0


def test_wps_wrong_dimension_is_read_whole(tmp_path):
    """WPS writes <dimension ref="A1"/> on full sheets; the reader must not trust it."""
    import re, zipfile
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "甲", "≥10", "个", "5")])
    q = tmp_path / "wps.xlsx"
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(q, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            zout.writestr(item, data)
    assert selfeval_xl.evaluate(q).indicators.iloc[0]["得分"] == 20      # 40 × 5/10


def test_no_header_row_is_unusable(tmp_path):
    from selfeval_xl.reading import InputError
    wb = Workbook()
    wb.active["A1"] = "一级指标"
    p = tmp_path / "a.xlsx"
    wb.save(p)
    with pytest.raises(InputError) as e:
        read_workbook(p)
    assert "a.xlsx" in e.value.message and "实际完成值" in e.value.message


# Layout changes do not change scores: any column order, extra columns, blank rows (fewer than 3).
BASE_ROWS = [("投入管理指标", "预算", "预算执行率", "≥90", "%", "95%"),
             ("产出指标", "数量", "甲", "≥10", "个", "7"),
             (None, "质量", "乙", "≤5", "天", "8天"),
             ("效益指标", "满意度", "丙", "合规", None, "基本合规")]


@settings(max_examples=30, deadline=None)
@given(order=st.permutations(list(range(6))), extra_at=st.integers(0, 6),
       blanks=st.lists(st.integers(0, 3), max_size=2))
def test_layout_does_not_change_scores(tmp_path_factory, order, extra_at, blanks):
    tmp = tmp_path_factory.mktemp("layout")
    expected = _base_scores(tmp)
    heads = [HEADINGS[i] for i in order]
    rows = [tuple(r[i] for i in order) for r in BASE_ROWS]
    heads.insert(extra_at, "备注")
    rows = [r[:extra_at] + ("=说明",) + r[extra_at:] for r in rows]
    for b in sorted(set(blanks), reverse=True):
        rows.insert(b + 1, (None,) * len(heads))
    got = selfeval_xl.evaluate(make_workbook(tmp / "moved.xlsx", rows, headings=heads))
    assert (tuple(got.indicators["得分"]), got.total_exact) == expected


_BASE_SCORES: list = []


def _base_scores(tmp: Path) -> tuple:
    """(the indicator scores, the exact total) of BASE_ROWS in the helpers' layout: the same for every
    example, so scored once per test process (a tuple of Fractions: nothing a test can change)."""
    if not _BASE_SCORES:
        base = selfeval_xl.evaluate(make_workbook(tmp / "base.xlsx", BASE_ROWS))
        _BASE_SCORES.append((tuple(base.indicators["得分"]), base.total_exact))
    return _BASE_SCORES[0]


def test_reading_in_threads_leaves_openpyxl_borders_alone_for_everyone_else(tmp_path):
    """Four threads read the seed while the main thread writes templates: every template has the
    same border cells as one written alone (the reader's skipping of merged-cell borders is
    per thread, never a swapped-in class attribute)."""
    import threading

    from openpyxl import load_workbook

    import selfeval_xl

    def borders(path):
        wb = load_workbook(path)
        return sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
                   if c.border is not None and c.border.left is not None and c.border.left.style)

    alone = borders(selfeval_xl.write_template(tmp_path / "alone.xlsx"))
    seed = Path(__file__).resolve().parent.parent / "samples" / "金水区智慧城市管理中心-2021.xlsx"
    stop = threading.Event()

    def read():
        while not stop.is_set():
            selfeval_xl.evaluate(seed)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        counts = [borders(selfeval_xl.write_template(tmp_path / f"t{i}.xlsx")) for i in range(4)]
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert counts == [alone] * 4


def _everything_but_borders(wb) -> list:
    """What a test may read of a workbook loaded by openpyxl: per sheet its print and view settings,
    merges, widths, heights, and per cell its kind, value, style (all of it but the border) and link."""
    out = []
    for ws in wb.worksheets:
        out.append((ws.title, ws.sheet_state, ws.max_row, ws.max_column, ws.freeze_panes,
                    ws.print_title_rows, ws.print_area, ws.page_setup.orientation,
                    sorted(str(m) for m in ws.merged_cells.ranges),
                    {k: d.width for k, d in ws.column_dimensions.items()},
                    {k: d.height for k, d in ws.row_dimensions.items()}))
        for (r, c), cell in sorted(ws._cells.items()):
            out.append((r, c, type(cell).__name__, cell.value, cell.number_format, repr(cell.font),
                        repr(cell.fill), repr(cell.alignment), repr(cell.protection),
                        None if cell.hyperlink is None else (cell.hyperlink.location, cell.hyperlink.target)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("case", ["scored", "samples", "template"])
def test_open_workbook_without_borders_differs_only_in_borders(tmp_path, case):
    """tests/helpers.load_workbook (openpyxl's load with the reader's skipping of merged-range borders)
    reads everything the tests compare exactly as openpyxl's own load does: the skipping only leaves
    the edge cells of merged ranges without the range's border, and leaves them there (it would
    fail if it dropped a merged cell, a style or a value): the scored seed, with its many merges
    and 原表- copy, every sample and both templates.  Slow (CI runs it): it proves the tests' own
    helper, which the quick run uses to be quick."""
    import openpyxl

    from helpers import load_workbook

    root = Path(__file__).resolve().parent.parent
    if case == "scored":
        paths = [selfeval_xl.process(root / "samples" / "金水区智慧城市管理中心-2021.xlsx", tmp_path / "s.xlsx")[1]]
    elif case == "samples":
        paths = sorted((root / "samples").glob("*.xlsx"))
    else:
        paths = sorted((root / "workbook_templates").glob("*.xlsx"))
    assert paths
    def borders(wb):
        return [(ws.title, k, repr(c.border)) for ws in wb.worksheets for k, c in sorted(ws._cells.items())]

    for path in paths:
        for data_only in (False, True):
            full = openpyxl.load_workbook(path, data_only=data_only)
            bare = load_workbook(path, data_only=data_only)
            assert _everything_but_borders(bare) == _everything_but_borders(full), path.name
            if case != "samples":     # the scored seed and the templates draw borders round merged ranges
                assert borders(bare) != borders(full), f"{path.name}: no border was skipped, so nothing was shown"
        # afterwards openpyxl's own load copies the borders again, in this thread too
        assert borders(openpyxl.load_workbook(path, data_only=True)) == borders(full), path.name


@pytest.mark.parametrize("heading", ["未完成原因分析及改进措施", "未完成原因及拟采取的改进措施"])
def test_provincial_reason_headings_are_the_reason_column(tmp_path, heading):
    """Published provincial forms head the reason column so (beyond SPEC's list, README 能读取的表格):
    the reason typed there counts, so a below-full row raises no reason-missing."""
    headings = HEADINGS[:-1] + [heading]
    path = make_workbook(tmp_path / "w.xlsx", [("产出指标", "数量", "甲", "≥10", "个", "8", None, None, "资金未到位")],
                         headings=headings)
    r = selfeval_xl.evaluate(path, "department-overall")
    assert "reason-missing" not in {f.code for f in r.findings}
    assert r.indicators.iloc[0]["偏差原因分析及改进措施"] == "资金未到位"


def test_regression_style_naming_an_undefined_number_format_is_read_as_general(tmp_path):
    """A styles.xml whose cell style names a custom number format (id 777) it never defines made
    openpyxl raise IndexError — an internal error for the user.  Excel repairs such a file; here the
    cells read as General and the workbook scores as before (the seed: 99.54)."""
    import io, re, zipfile

    from helpers import rewrite_zip
    from selfeval_xl.reading import load_grids

    data = (Path(__file__).resolve().parent.parent / "samples" / "金水区智慧城市管理中心-2021.xlsx").read_bytes()
    styles = zipfile.ZipFile(io.BytesIO(data)).read("xl/styles.xml").decode()
    at = styles.index("<cellXfs")
    damaged = styles[:at] + re.sub(r'numFmtId="\d+"', 'numFmtId="777"', styles[at:], count=1)
    p = tmp_path / "样式损坏.xlsx"
    p.write_bytes(rewrite_zip(data, {"xl/styles.xml": damaged.encode()}))
    for engine in ("fast", "openpyxl"):
        assert load_grids(p, engine=engine)
    assert str(selfeval_xl.fmt2(selfeval_xl.evaluate(p).total)) == "99.54"
