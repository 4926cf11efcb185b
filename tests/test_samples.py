"""The shipped samples: the messy re-typing of the seed, the 四川 layout, and the clean workbook."""
from fractions import Fraction as F
from pathlib import Path

import selfeval_xl

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "金水区智慧城市管理中心-2021.xlsx"
MESSY = SAMPLES / "金水区智慧城市管理中心-2021-随手填写版.xlsx"
SICHUAN = SAMPLES / "四川版式-项目支出自评-示例.xlsx"
CLEAN = SAMPLES / "某县档案馆-2023-无问题示例.xlsx"


def test_messy_seed_scores_exactly_as_the_clean_seed():
    """Columns reordered, no merged cells, full-width operators, percent-formatted cells, numbers as
    text, blank rows in the table, an extra column, a figure in 元: the same scores, row by row."""
    a, b = selfeval_xl.evaluate(SEED), selfeval_xl.evaluate(MESSY)
    assert list(a.categories["得分"]) == list(b.categories["得分"])
    assert a.total_exact == b.total_exact and a.grade == b.grade
    assert list(a.indicators["三级指标"]) == list(b.indicators["三级指标"])
    assert list(a.indicators["得分"]) == list(b.indicators["得分"])
    assert list(a.indicators["分值"]) == list(b.indicators["分值"])
    # the reviewer sees the same contradictions in both (messages quote each officer's own spelling)
    key = lambda r: sorted(f.code for f in r.findings if f.level != "提示")
    assert key(a) == key(b)
    assert "yuan-converted" in {f.code for f in b.findings}          # 年初预算数（元）7689400 → 768.94


def test_sichuan_layout_scores_as_worked_by_hand():
    """四川 layout under the `project` scheme (产出 50, 效益 30, 满意度 10, 预算执行 10).

    预算执行: 10 × 1450/1480 = 9.797297…
    产出 (权重 20/15/15, sum 50): 补贴发放面积 12.3 ≥ 12 → 20; 补贴发放准确率 (=100) 99.5 → 15 × 99.5/100
        = 14.925; 补贴资金兑付时限 (≤30 天) 35 → 15 × 30/35 = 12.857142…  → 47.782142…
    效益 (15/15): 亩均补贴标准 105 ≥ 100 → 15; 耕地地力保护意识 (定性) 基本实现 → 部分达成, the officer's
        得分 11 lies in [60%, 80%) × 15 = [9, 12) → 11.  → 26
    满意度 (10): 93 ≥ 90 → 10
    合计 = 9.797297… + 47.782142… + 26 + 10 = 93.579440… → 93.58 → 优
    """
    r = selfeval_xl.evaluate(SICHUAN)            # auto: the title names the project form
    cats = dict(zip(r.categories["指标"], r.categories["得分"]))
    assert cats["预算执行"] == F(10) * 1450 / 1480
    assert cats["产出指标"] == 20 + F(15) * F("99.5") / 100 + F(15) * 30 / 35
    assert cats["效益指标"] == 26 and cats["满意度指标"] == 10
    assert r.total == F("93.58") and r.grade == "优"
    assert len(r.indicators) == 6                      # the 合计 row is skipped
    assert r.scheme.name == "project" and r.declaration.kind == "project"


def test_clean_sample_has_no_errors_or_warnings():
    """No false alarms: consistent figures, weights summing, reasons given.

    预算执行 10 × 489.6/510 = 9.6; 投入管理 20; 产出 10 + 10 + 10 + 10 × 12/12.5 (= 9.6) = 39.6; 效益 30
    → 99.2 (the officer's own 自评总分 99.2)."""
    r = selfeval_xl.evaluate(CLEAN)
    assert [f for f in r.findings if f.level in ("错误", "警告")] == []
    assert r.total == F("99.2") and r.grade == "优"


def test_real_project_samples_are_their_corpus_tables():
    """The two real 项目支出绩效自评表 in samples/ are the corpus tables (tests/realforms), cell for
    cell, so their hand-worked scores (in the corpus, with the arithmetic) hold for the samples."""
    import sys
    from decimal import Decimal

    from openpyxl import load_workbook

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from realforms import all_tables

    sys.path.insert(0, str(SAMPLES))
    from build_samples import REAL_SAMPLES
    from selfeval_xl.review import round_half_up
    from selfeval_xl.values import format_number

    tables = {t.slug: t for t in all_tables()}
    for slug, name in REAL_SAMPLES.items():
        t = tables[slug]
        ws = load_workbook(SAMPLES / name)[t.sheet]
        for r, row in enumerate(t.rows, start=1):
            for c, v in enumerate(row, start=1):
                assert ws.cell(r, c).value == v, (name, ws.cell(r, c).coordinate)
        result = selfeval_xl.evaluate(SAMPLES / name)
        assert result.scheme.name == "project"
        assert Decimal(format_number(round_half_up(result.total))) == Decimal(t.total)
        assert not result.findings.has_errors
