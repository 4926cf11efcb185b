"""The corpus of real published tables (tests/realforms): each is read, scored as worked by hand
from SPEC, and raises the findings its real defects call for."""
from __future__ import annotations

from decimal import Decimal

import pytest

import selfeval_xl as api
from selfeval_xl.review import round_half_up
from selfeval_xl.values import format_number

from realforms import all_tables, all_unreadable, build

TABLES = all_tables()
UNREADABLE = all_unreadable()


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


@pytest.mark.parametrize("table", UNREADABLE, ids=[t.slug for t in UNREADABLE])
def test_real_table_spec_cannot_read_is_refused_naming_what_is_missing(table, tmp_path):
    """A real table whose headings SPEC does not list (山东 历城区's 预期指标值(A) and 实际完成指标值(B), typed in
    tests/realforms/corpus_c.py) is refused as SPEC §6 says: exit 2, one Chinese sentence on stderr that names
    the file, the sheet, the header row and the missing columns, and no scored workbook."""
    from click.testing import CliRunner

    from selfeval_xl.cli import cli
    from selfeval_xl.reading import InputError

    code, *named = table.refusal
    path = build(table, tmp_path)
    with pytest.raises(InputError) as refused:
        api.evaluate(path)
    assert refused.value.code == code
    res = CliRunner().invoke(cli, ["process", str(path)])
    assert res.exit_code == 2, res.output
    said = res.stderr.strip()
    assert "\n" not in said and "Traceback" not in said
    for part in (path.name, *named):
        assert part in said, said
    assert not (tmp_path / f"{path.stem}-评分.xlsx").exists()


def test_corpus_spans_provinces_and_both_kinds():
    assert len(TABLES) >= 12
    assert len({t.province for t in TABLES}) >= 5
    assert {t.kind for t in TABLES} == {"project", "department"}
    assert len({t.slug for t in TABLES}) == len(TABLES)
    assert all(t.url.startswith("http") and t.copied.strip() for t in TABLES)


@pytest.mark.parametrize("table", [t for t in TABLES if t.clean], ids=[t.slug for t in TABLES if t.clean])
def test_check_exits_0_on_a_real_table_without_real_defects(table, tmp_path):
    from click.testing import CliRunner

    from selfeval_xl.cli import cli

    res = CliRunner().invoke(cli, ["check", str(build(table, tmp_path))])
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output


def test_a_project_table_processed_without_scheme_says_it_scored_with_project(tmp_path):
    from click.testing import CliRunner

    from selfeval_xl.cli import cli

    table = next(t for t in TABLES if t.kind == "project" and t.clean)
    res = CliRunner().invoke(cli, ["process", str(build(table, tmp_path)), "-o", str(tmp_path / "o.xlsx")])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].endswith("项目支出绩效自评表")
    assert lines[1].startswith("评分方案：project（自动选择：表单为项目支出绩效自评表，依据")
    data = __import__("json").loads(CliRunner().invoke(cli, ["check", str(tmp_path / f"{table.slug}.xlsx"),
                                                            "--json"]).output)
    assert data["kind"] == "project" and data["scheme"] == "project" and data["scheme_reason"]
    assert [c["name"] for c in data["categories"]] == ["预算执行", "产出指标", "效益指标", "满意度指标"]
