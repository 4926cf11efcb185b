"""The corpus of real published tables (tests/realforms): each is read, scored as worked by hand
from SPEC, and raises the findings its real defects call for."""
from __future__ import annotations

from decimal import Decimal

import pytest

import selfeval_xl as api
from selfeval_xl.review import round_half_up
from selfeval_xl.values import format_number

from realforms import all_tables, build

TABLES = all_tables()


def _d(x) -> Decimal:
    """A score as shown: rounded half-up to 2 decimals (round_half_up gives an exact Fraction)."""
    return Decimal(format_number(round_half_up(x, 2)))


@pytest.mark.parametrize("table", TABLES, ids=[t.slug for t in TABLES])
def test_real_table_scores_as_worked_by_hand(table, tmp_path):
    path = build(table, tmp_path)
    result = api.evaluate(path)            # --scheme auto
    assert result.declaration.kind == table.kind
    assert result.scheme.name == table.scheme
    got = {row["指标"]: _d(row["得分"]) for row in result.categories.to_dict("records")}
    assert got == {k: Decimal(v) for k, v in table.categories.items()}, table.arithmetic
    if table.weights:
        w = {row["指标"]: _d(row["权重分值"]) for row in result.categories.to_dict("records")}
        assert w == {k: Decimal(v) for k, v in table.weights.items()}
    assert _d(result.total) == Decimal(table.total), table.arithmetic
    assert result.grade == table.grade
    codes = {(f.code, f.cell) for f in result.findings}
    for code, cell in table.findings:
        if cell:
            assert (code, cell) in codes, f"{code} at {cell} missing; got {sorted(codes)}"
        else:
            assert any(c == code for c, _ in codes), f"{code} missing; got {sorted(codes)}"
    for code in table.absent:
        assert all(c != code for c, _ in codes), f"{code} should not be raised: {sorted(codes)}"
    if table.clean:
        assert not result.findings.has_errors, [f for f in result.findings if f.level == "错误"]


def test_corpus_spans_provinces_and_both_kinds():
    assert len(TABLES) >= 12
    assert len({t.province for t in TABLES}) >= 5
    assert {t.kind for t in TABLES} == {"project", "department"}
    assert len({t.slug for t in TABLES}) == len(TABLES)
    assert all(t.url.startswith("http") and t.copied.strip() for t in TABLES)
