"""The table of scoring methods (selfeval_xl/methods.py): one entry per comparison, each with its
rule and formula; README names each.  (That each formula computes what its rule computes is proved
by LibreOffice in test_formula_parity.py and test_workbook.py.)"""
from fractions import Fraction as F
from pathlib import Path

from selfeval_xl import methods
from selfeval_xl.values import AT_LEAST, AT_MOST, BETWEEN, EQUAL, LESS, MORE

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CELLS = methods.Cells("G2", "N2", "O2", "P2", "K2")


def test_every_comparison_has_exactly_one_method_with_rule_and_formula():
    assert set(methods.BY_OP) == {AT_LEAST, MORE, AT_MOST, LESS, EQUAL, BETWEEN}
    for m in methods.QUANTITATIVE:
        assert m.name in README
    assert all(name in README for name in methods.BANDED.values())


def test_rules_as_worked_by_hand():
    n = methods.Shown("x", "t", "x", "t", "h", "10", "")
    w = F(10)
    # 正向 95 of ≥90: full; 81 of ≥90: 10 × 81/90 = 9
    assert methods.BY_OP[AT_LEAST].rule(F(95), F(90), None, w, n)[0] == 10
    assert methods.BY_OP[AT_LEAST].rule(F(81), F(90), None, w, n)[0] == 9
    # 反向 ≤5, actual 8: 10 × 5/8 = 6.25; a ceiling of 0 exceeded: 0
    assert methods.BY_OP[AT_MOST].rule(F(8), F(5), None, w, n)[0] == F(25, 4)
    assert methods.BY_OP[AT_MOST].rule(F(1), F(0), None, w, n)[0] == 0
    # 等于 0 met only by 0; 等于 100 with 120: scored as 正向, full
    assert methods.BY_OP[EQUAL].rule(F(0), F(0), None, w, n)[0] == 10
    assert methods.BY_OP[EQUAL].rule(F(1), F(0), None, w, n)[0] == 0
    assert methods.BY_OP[EQUAL].rule(F(120), F(100), None, w, n)[0] == 10
    # 区间 90–95: 96 is above, 10 × 95/96; 45 below, 10 × 45/90 = 5
    assert methods.BY_OP[BETWEEN].rule(F(96), F(90), F(95), w, n)[0] == F(950, 96)
    assert methods.BY_OP[BETWEEN].rule(F(45), F(90), F(95), w, n)[0] == 5


def test_formulas_read_the_rows_cells():
    f = methods.formula("number", AT_LEAST, CELLS, {}, str)
    assert f == "=IF(ISNUMBER(P2),IF(MAX(P2,0)>=N2,G2,IF(N2<=0,0,G2*MAX(P2,0)/N2)),0)"
    assert methods.formula("number", None, CELLS, {}, str) is None
    q = {"achieved_share": 1, "partial_share": 0.6, "missed_share": 0,
         "achieved_band": [0.8, 1], "partial_band": [0.6, 0.8], "missed_band": [0, 0.6]}
    f = methods.formula("qualitative", None, CELLS, q, lambda x: str(float(x)))
    # the outermost band is 达成, whose range includes its top (K2<=1.0*G2)
    assert f.startswith('=IF(P2="达成",IF(AND(ISNUMBER(K2),K2>=0.8*G2,K2<=1.0*G2),K2,1.0*G2),')
    assert 'IF(P2="未达成",IF(AND(ISNUMBER(K2),K2>=0.0*G2,K2<0.6*G2),K2,0.0*G2),0)' in f


def test_band_scores_use_the_self_score_only_inside_the_band():
    q = {"achieved_share": 1, "partial_share": F(6, 10), "missed_share": 0,
         "achieved_band": [F(8, 10), 1], "partial_band": [F(6, 10), F(8, 10)], "missed_band": [0, F(6, 10)]}
    w = F(10)
    assert methods.banded_score("达成", F(9), w, q) == (9, True)
    assert methods.banded_score("达成", F(10), w, q) == (10, True)        # top inclusive
    assert methods.banded_score("部分达成", F(8), w, q) == (6, False)     # 8 is 达成's, not 部分达成's
    assert methods.banded_score("部分达成", None, w, q) == (6, False)
