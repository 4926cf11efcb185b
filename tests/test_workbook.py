"""The scored workbook as an instrument (SPEC §5): live formulas whose cached values are Python's,
checked by LibreOffice recalculating every formula; print set-up; byte-identical output; the
scored workbook accepted as input.

LibreOffice (Debian's libreoffice-calc-nogui, installed by .ci/run) is required: these tests fail,
not skip, without it, because a scored workbook whose formulas disagree with its cached values
would show one number in Excel and another in a viewer.
"""
import datetime as dt
import math
import re
import zipfile
from fractions import Fraction as F
from pathlib import Path

import pytest

import selfeval_xl
from helpers import load_workbook, make_workbook
from libreoffice import convert
from realforms import all_tables, build

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# every shipped sample, with the scheme it is meant for; the seed also under the strict scheme,
# whose platform rules add formula rows to 得分汇总
CASES = [(p.name, "auto") for p in sorted(SAMPLES.glob("*.xlsx"))]
STRICT = "department-overall-strict"
CASES.append(("金水区智慧城市管理中心-2021.xlsx", STRICT))
PLATFORM = ("platform-rules", STRICT)
# the corpus of real published tables (tests/realforms): budget tables, form weights, 元 figures
REAL = [(t.slug, "auto") for t in all_tables()]


def _platform_rules_workbook(folder):
    """Both opt-in platform rules at work (worked by hand in test_platform_rules_recalculate)."""
    return make_workbook(folder / "platform.xlsx", [
        ("投入管理指标", "管理", "甲", "规范", None, "规范"),
        ("产出指标", "数量", "乙", "≥10", "个", "13"),
        ("效益指标", "社会", "丙", "≥1", "个", "1")],
        budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 70})


def _formula_cells(path):
    """{(sheet, cell): formula} of every formula cell in a workbook."""
    wb = load_workbook(path)
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows()
            for c in row if c.data_type == "f"}


def _values(path):
    wb = load_workbook(path, data_only=True)
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows()
            for c in row}


def _same(ours, theirs) -> bool:
    if ours in (None, "") and theirs in (None, ""):
        return True
    if isinstance(ours, int | float) and isinstance(theirs, int | float):
        return math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=1e-9)
    return ours == theirs


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """Every case processed, then recalculated by LibreOffice in one run: {(name, scheme): (ours, LO's)}."""
    tmp = tmp_path_factory.mktemp("scored")
    outs = {}
    for i, (name, scheme) in enumerate(CASES):
        _result, out = selfeval_xl.process(SAMPLES / name, tmp / f"case{i}.xlsx", scheme)
        outs[(name, scheme)] = out
    _result, out = selfeval_xl.process(_platform_rules_workbook(tmp), tmp / "platform-评分.xlsx", STRICT)
    outs[PLATFORM] = out
    for t in all_tables():
        _result, out = selfeval_xl.process(build(t, tmp), tmp / f"{t.slug}-评分.xlsx")
        outs[(t.slug, "auto")] = out
    recalculated = convert(list(outs.values()), tmp / "lo")
    return {k: (v, lo) for (k, v), lo in zip(outs.items(), recalculated)}


@pytest.mark.parametrize("name, scheme", CASES + [PLATFORM] + REAL,
                         ids=[f"{n}|{s}" for n, s in CASES + [PLATFORM] + REAL])
def test_libreoffice_recalculation_equals_cached_values(scored, name, scheme):
    ours, lo = scored[(name, scheme)]
    formulas = _formula_cells(ours)
    # scores, rates, totals and counts are formulas (the truncated real tables hold few indicators)
    assert len(formulas) > (10 if (name, scheme) in REAL else 20)
    cached, recalculated = _values(ours), _values(lo)
    diffs = [(k, f, cached[k], recalculated.get(k)) for k, f in formulas.items()
             if not _same(cached[k], recalculated.get(k))]
    assert diffs == [], "LibreOffice computes other values than the cached ones:\n" + "\n".join(
        map(str, diffs[:20]))


def test_platform_rules_recalculate(scored):
    """Scheme department-overall-strict, 预算执行率 70/100 = 70%:
    预算执行 10 × 70% = 7; 投入管理 20 (规范 = 规范, 达成); 产出 40 (13 ≥ 10); 效益 30 (1 ≥ 1).
    指标偏离: 乙 13 ≥ 1.3 × 10 → −2.  Sum 7 + 20 + 40 + 30 − 2 = 95; 70% is below 80% (cap 89) but not
    below 70%, so the cap row is 89 − 95 = −6.  合计 89 → 良 (80 ≤ 89 < 90)."""
    _ours, lo = scored[PLATFORM]
    s = load_workbook(lo, data_only=True)["得分汇总"]
    at = summary_rows(s)
    rows = {k: s.cell(r, 3).value for k, r in at.items()}
    assert [rows[k] for k in ("预算执行", "投入管理", "产出指标", "效益指标")] == [7, 20, 40, 30]
    assert rows["指标偏离扣分"] == -2 and rows["预算执行率封顶"] == -6
    assert rows["合计"] == 89 and s.cell(at["等级"], 2).value == "良"
    formulas = _formula_cells(_ours)
    assert ("得分汇总", f"C{at['指标偏离扣分']}") in formulas       # both rules are formulas
    assert ("得分汇总", f"C{at['预算执行率封顶']}") in formulas


def summary_rows(ws) -> dict[str, int]:
    """得分汇总: the row of each label of the score table (its position depends on the form kind)."""
    top = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "指标")
    out = {}
    for r in range(top + 1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if label in out or label is None:
            break
        out[label] = r
    return out


def test_every_score_and_rate_is_a_formula(scored):
    ours, _lo = scored[("金水区智慧城市管理中心-2021.xlsx", "auto")]
    formulas = _formula_cells(ours)
    ws = load_workbook(ours)["指标评分"]
    heads = [c.value for c in ws[1]]
    score_col, rate_col = heads.index("得分") + 1, heads.index("得分率") + 1
    for r in range(2, ws.max_row + 1):
        for c in (score_col, rate_col):
            assert ws.cell(r, c).data_type == "f", f"指标评分!{ws.cell(r, c).coordinate}"
    at = summary_rows(load_workbook(ours)["得分汇总"])
    cells = [f"C{at[k]}" for k in ("预算执行", "投入管理", "产出指标", "效益指标", "合计")]
    for cell in cells + [f"D{at['合计']}", f"B{at['等级']}"]:      # categories, 合计, 等级
        assert ("得分汇总", cell) in formulas
    rates = [k for k in formulas if k[0] == "资金执行情况"]
    # the seed gives the figures of 4 of the 6 rates of SPEC §3.4 (no 政府采购 or 公用经费 amounts)
    assert len(rates) == 4


def test_correcting_an_actual_or_an_amount_rescores(scored, tmp_path):
    """A reviewer corrects two figures in the scored workbook; LibreOffice recomputes.

    群众满意率 (效益指标, weight 30/2 = 15, target ≥98): 计分采用值 98 → 49 gives 15 × 49/98 = 7.5, so
    效益指标 = 15 + 7.5 = 22.5.
    全年执行数 814.75 → 651.8 gives 预算执行率 651.8/814.75 = 80%, so 预算执行 = 10 × 80% = 8; the
    投入管理 indicator 预算执行率 (≥90, weight 1) follows the same rate: 1 × 80/90 instead of 1, so
    投入管理 = 19.539271… (test_seed.py) − 1 + 0.888… = 19.428160….
    合计 = 8 + 19.428160… + 40 + 22.5 = 89.928160… → 89.93 → 良.
    """
    ours, _lo = scored[("金水区智慧城市管理中心-2021.xlsx", "auto")]
    import openpyxl

    wb = openpyxl.load_workbook(ours)           # openpyxl's own: the workbook is saved again
    ws = wb["指标评分"]
    heads = [c.value for c in ws[1]]
    used, third = heads.index("计分采用值") + 1, heads.index("三级指标") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, third).value == "群众满意率")
    assert ws.cell(row, used).value == 98
    ws.cell(row, used).value = 49
    budget = wb["资金执行情况"]
    amount = next(r for r in range(2, budget.max_row + 1) if budget.cell(r, 1).value == "全年执行数")
    budget.cell(amount, 2).value = 651.8
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    (lo,) = convert([edited], tmp_path / "lo")
    v = load_workbook(lo, data_only=True)
    s = v["得分汇总"]
    at = summary_rows(s)
    cats = {k: s.cell(r, 3).value for k, r in at.items()}
    input_mgmt = 18 + F(5) / (F(81475 - 76894, 76894) * 100) + F(7, 10) - 1 + F(80, 90)
    assert cats["预算执行"] == pytest.approx(8)
    assert cats["效益指标"] == pytest.approx(22.5)
    assert cats["投入管理"] == pytest.approx(float(input_mgmt))
    assert s.cell(at["合计"], 3).value == pytest.approx(89.93)
    assert s.cell(at["等级"], 2).value == "良"


def test_print_setup_fonts_and_chart(seed_copy):
    _result, out = selfeval_xl.process(seed_copy)
    wb = load_workbook(out)
    for ws in wb.worksheets:
        ps = ws.page_setup
        assert (ps.paperSize, ps.orientation) == (9, "landscape"), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ps.fitToWidth in (1, None), ws.title
        # as many pages tall as needed (0), or one page fewer when the last would be nearly empty
        # (test_printing.py): openpyxl reads the default of 1 as None
        assert ps.fitToHeight in (0, None) or 1 <= ps.fitToHeight <= 3, ws.title
        assert "金水区智慧城市管理中心" in ws.oddHeader.left.text and "2021" in ws.oddHeader.center.text
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    for name in ("指标评分", "复核意见"):
        assert wb[name].print_title_rows == "$1:$1"
    assert wb["指标评分"]["C2"].font.name == "宋体"
    # below-full scores are highlighted by a live rule, not a fixed colour
    rules = [r for rng in wb["指标评分"].conditional_formatting for r in rng.rules]
    assert any("<$G2" in (r.formula or [""])[0] for r in rules)
    # a bar chart of 得分率 by category sits on 得分汇总
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        chart = z.read("xl/charts/chart1.xml").decode()
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    at = summary_rows(wb["得分汇总"])
    assert "<c:barChart>" in chart and f"得分汇总'!$D${at['预算执行']}:$D${at['效益指标']}" in chart
    assert "drawing" in rels and "xl/drawings/drawing1.xml" in names


def test_findings_coloured_by_level(seed_copy):
    _result, out = selfeval_xl.process(seed_copy)
    ws = load_workbook(out)["复核意见"]
    fills = {ws.cell(r, 1).value: ws.cell(r, 1).fill.fgColor.rgb for r in range(2, ws.max_row + 1)}
    assert fills["警告"].endswith("FFEB9C") and fills["提示"].endswith("DDEBF7")


def test_same_input_gives_identical_bytes(seed_copy, tmp_path):
    a = selfeval_xl.process(seed_copy, tmp_path / "a.xlsx")[1].read_bytes()
    b = selfeval_xl.process(seed_copy, tmp_path / "b.xlsx")[1].read_bytes()
    assert a == b
    with zipfile.ZipFile(tmp_path / "a.xlsx") as z:
        core = z.read("docProps/core.xml").decode()
    assert "2000-01-01" in core and str(dt.date.today().year) + "-" not in core.replace("2000-01-01", "")


# the quick run takes the seed and one real project table; CI takes every sample
QUICK_AGAIN = {"金水区智慧城市管理中心-2021.xlsx", "河北廊坊-食品工程学校暖通改造-2019-项目支出绩效自评表.xlsx"}


@pytest.mark.parametrize("name, scheme", [
    pytest.param(n, s, id=n, marks=() if n in QUICK_AGAIN else pytest.mark.slow) for n, s in CASES[:-1]])
def test_scored_workbook_is_accepted_as_input(tmp_path, name, scheme):
    first, out = selfeval_xl.process(SAMPLES / name, tmp_path / "once.xlsx", scheme)
    again, out2 = selfeval_xl.process(out, tmp_path / "twice.xlsx", scheme)
    assert list(again.indicators["得分"]) == list(first.indicators["得分"])
    assert list(again.categories["得分"]) == list(first.categories["得分"])
    assert (again.total, again.grade) == (first.total, first.grade)
    assert list(again.findings) == list(first.findings)
    assert _sheet_names(out2) == _sheet_names(out)


def _sheet_names(path) -> list[str]:
    """The sheet names of a workbook, read from its workbook part alone (openpyxl's read-only mode)."""
    wb = load_workbook(path, read_only=True)
    try:
        return wb.sheetnames
    finally:
        wb.close()


def test_input_text_is_written_as_text_never_a_formula(tmp_path):
    evil = '=HYPERLINK("http://example.com","点我")'
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "+甲", "≥10", "个", "5", None, None, evil)])
    _result, out = selfeval_xl.process(p)
    wb = load_workbook(out)
    texts = [(ws.title, c.coordinate, c.data_type) for ws in wb.worksheets for row in ws.iter_rows()
             for c in row if c.value in (evil, "+甲")]
    assert len(texts) == 4                          # 指标评分 and the 原表- copy, each twice
    assert all(t == "s" for _s, _c, t in texts)
    assert not [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.hyperlink and "example.com" in (c.hyperlink.target or "")]


def test_rendered_pdf_is_a4_landscape(scored, tmp_path):
    ours, _lo = scored[("金水区智慧城市管理中心-2021.xlsx", "auto")]
    (pdf,) = convert([ours], tmp_path, fmt="pdf")
    head = pdf.read_bytes()
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", head))
    assert boxes and all(float(w) > float(h) for w, h in boxes)     # landscape pages
    assert all(abs(float(w) - 841.89) < 1 for w, _h in boxes)        # A4


def test_budget_sheet_notes_only_unreadable_amounts(tmp_path):
    """An amount typed as words is flagged where it stands; an amount left blank is just blank
    (regression: blank amounts were described as 填报为“nan”)."""
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "甲", "≥1", "个", "1")],
                      budget={"全年预算数": "一百", "全年执行数": 1, "政府采购预算数": None})
    _result, out = selfeval_xl.process(p)
    ws = load_workbook(out, data_only=True)["资金执行情况"]
    notes = {ws.cell(r, 1).value: ws.cell(r, 3).value for r in range(2, 12)}
    assert notes["全年预算数"] == "填报为“一百”，无法识别为金额"
    assert not notes["政府采购预算数"] and not notes["年初预算数"]
    assert not any("nan" in str(c.value) for row in ws.iter_rows() for c in row)


def test_rate_indicator_with_a_qualitative_target_is_written(tmp_path):
    """Regression (fuzz seeds 400693, 403955, 403988): a 预算执行率 row whose target is a period or
    a word scores by band, and the writer crashed turning the band into a number.
    预算执行率 computed 100/100 = 100% on a qualitative row → 达成 (SPEC §2.3), 20 × 100% = 20."""
    p = make_workbook(tmp_path / "a.xlsx", [("投入管理指标", "预算", "预算执行率", "1-12月", None, None),
                                            ("投入管理指标", "预算", "部门预算执行率", "规范", None, "规范")])
    result, out = selfeval_xl.process(p)
    assert list(result.indicators["得分"]) == [10, 10]        # 20 split over 2 rows, both 达成
    ws = load_workbook(out, data_only=True)["指标评分"]
    assert [ws.cell(r, 16).value for r in (2, 3)] == ["达成", "达成"]


def test_copied_column_widths_do_not_grow_when_a_scored_file_is_processed_again(tmp_path):
    """原表- copies keep the input's column widths as stored; processing the scored workbook again
    (it is accepted as input) gives the same widths, not +0.71 each time."""
    src = SAMPLES / "金水区智慧城市管理中心-2021.xlsx"
    _r, first = selfeval_xl.process(src, tmp_path / "一.xlsx")
    _r, second = selfeval_xl.process(first, tmp_path / "二.xlsx")

    def widths(path, sheet):
        ws = load_workbook(path)[sheet]
        return {k: round(d.width, 2) for k, d in ws.column_dimensions.items() if d.width}

    original = widths(src, "整体绩效目标申报表")
    assert widths(first, "原表-整体绩效目标申报表") == original
    assert widths(second, "原表-整体绩效目标申报表") == original


def test_the_declaration_copy_repeats_its_indicator_header_when_printed(tmp_path):
    """The 原表- copy of the declaration sheet repeats the row the reader found the indicator header
    on, so every printed page of a long table has its headings."""
    src = SAMPLES / "金水区智慧城市管理中心-2021.xlsx"
    result, out = selfeval_xl.process(src, tmp_path / "o.xlsx")
    row = result.declaration.header_row
    assert load_workbook(out)["原表-整体绩效目标申报表"].print_title_rows == f"${row}:${row}"
