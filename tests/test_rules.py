"""Scoring rules of SPEC §3, each on a small workbook built here, expected values worked by hand."""
from fractions import Fraction as F

import pytest

import selfeval_xl
from helpers import make_workbook


def score(tmp_path, rows, **kw):
    scheme = kw.pop("scheme", "department-overall")
    return selfeval_xl.evaluate(make_workbook(tmp_path / "w.xlsx", rows, **kw), scheme)


def ind(result, third):
    return next(r for r in result.indicators.to_dict("records") if r["三级指标"] == third)


def codes(result):
    return {f.code for f in result.findings}


# One indicator alone in 产出指标 gets the whole category weight, 40 (SPEC §3.2, equal split).
@pytest.mark.parametrize("target, unit, actual, expected, why", [
    ("≥90", "%", "95%", F(40), "95 ≥ 90 → full"),
    ("≥90", "%", "45%", F(40) * 45 / 90, "40 × 45/90 = 20"),
    # SPEC §3.3 scores "more than" exactly like "at least" (a ≥ t → w): 0 against ">0" is full marks.
    (">0", "次", "0", F(40), "more than 0, actual 0: a ≥ t → full, as SPEC says"),
    (">5", "次", "4", F(40) * 4 / 5, "more than 5, actual 4 → 40 × 4/5 = 32"),
    ("≤5", "%", "10%", F(40) * 5 / 10, "反向: 40 × 5/10 = 20"),
    ("≤5", "%", "0%", F(40), "反向, a = 0 ≤ 5 → full"),
    ("≤5天", None, "4天", F(40), "4 ≤ 5 → full"),
    ("=100%", None, "80%", F(40) * 80 / 100, "等于 scored as at least: 40 × 80/100 = 32"),
    ("=0", "次", "0", F(40), "t = 0, a = 0 → full"),
    ("=0", "次", "2", F(0), "t = 0, a ≠ 0 → 0"),
    ("90%-95%", None, "80%", F(40) * 80 / 90, "below the range: 40 × 80/90 = 35.56"),
    ("90%-95%", None, "92%", F(40), "inside → full"),
    ("90%-95%", None, "100%", F(40) * 95 / 100, "above the range: 40 × 95/100 = 38"),
    ("≥90", "%", "-5", F(0), "negative actual counts as 0 → 40 × 0/90 = 0"),
    ("≥90", "%", "约85%", F(40) * 85 / 90, "约85 → 85: 40 × 85/90 = 37.78"),
    ("≥3", "次", "完成", F(0), "text actual on a quantitative row → 0"),
    ("合规", "定性指标", "合规", F(40), "qualitative, equals the target → 达成 100%"),
    ("合规", "定性指标", "基本合规", F(40) * F(7, 10), "基本 → 部分达成 70% = 28"),
    ("合规", "定性指标", "不合规", F(40) * F(3, 10), "不 → 未达成 30% = 12"),
    ("稳步提高", None, "已完成", F(40), "contains 完成 → 达成"),
    ("稳步提高", None, "待定", F(0), "fits no band → 0"),
    ("稳步提高", None, "一般", F(40) * F(7, 10), "一般 → 部分达成 70% = 28 (SPEC §3.3)"),
    ("规范", None, "管理较差", F(40) * F(3, 10), "contains 较差 → 未达成 30% = 12"),
    ("规范", None, "无法统计", F(40) * F(3, 10), "starts with 无法 → 未达成 = 12"),
    ("规范", None, "大部分落实", F(40) * F(7, 10), "starts with 大部分 → 部分达成 = 28"),
    ("规范", None, "制度已落实", F(40), "contains 落实 → 达成 = 40"),
    ("规范", None, "好", F(40), "exactly 好 → 达成 = 40"),
    ("稳步提高", None, "100%", F(40), "100% on a qualitative row → 达成"),
    ("稳步提高", None, "90%", F(0), "another bare number on a qualitative row fits no band"),
    ("9月前", None, "2021年9月20日", F(40), "deadline met → 达成"),
    ("9月前", None, "2021年10月", F(40) * F(3, 10), "October is after September → 未达成 = 12"),
    ("2021年12月底前", None, "按时完成", F(40), "deadline, text actual in the 达成 band"),
])
def test_indicator_score(tmp_path, target, unit, actual, expected, why):
    r = score(tmp_path, [("产出指标", "数量指标", "指标甲", target, unit, actual)])
    assert ind(r, "指标甲")["得分"] == expected, why


def test_bare_number_is_at_most_for_limits_by_nature(tmp_path):
    # 投诉 in the name makes a bare "2次" a limit: actual 4 > 2 → 40 × 2/4 = 20, with a 提示.
    r = score(tmp_path, [("产出指标", "质量指标", "有效投诉次数", "2次", None, "4次")])
    assert ind(r, "有效投诉次数")["得分"] == 20
    assert "bare-number-at-most" in codes(r)
    # a plain bare number means at least: 100 vs 80 → 40 × 80/100 = 32
    r = score(tmp_path, [("产出指标", "数量指标", "培训人次", "100", "人次", "80")])
    assert ind(r, "培训人次")["得分"] == 32


def test_operator_column_and_conflict(tmp_path):
    headings = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重"]
    r = score(tmp_path, [("产出指标", "成本指标", "单位成本", "≤", 30, "万元", 40, 40)], headings=headings)
    assert ind(r, "单位成本")["得分"] == F(40) * 30 / 40          # 反向: 40 × 30/40 = 30
    r = score(tmp_path, [("产出指标", "数量指标", "覆盖率", "≤", "≥90%", None, "95%", 40)], headings=headings)
    assert ind(r, "覆盖率")["得分"] == 40                          # the inline ≥ wins
    assert "op-conflict" in codes(r)


def test_qualitative_self_score_inside_band_is_used(tmp_path):
    # 部分达成 band on w = 40 is [24, 32): a self score of 30 is used, 35 is not (→ 28).
    r = score(tmp_path, [("产出指标", "质量指标", "甲", "规范", None, "基本规范", None, 30)])
    assert ind(r, "甲")["得分"] == 30
    r = score(tmp_path, [("产出指标", "质量指标", "甲", "规范", None, "基本规范", None, 35)])
    assert ind(r, "甲")["得分"] == 28
    assert "self-score-mismatch" in codes(r)


def test_weights_given_scaled_and_not_applicable(tmp_path):
    # 分值 10 + 10 in 产出 (40): scaled to 20 + 20, with a 警告; actual half the target → 20 × 1/2 = 10.
    r = score(tmp_path, [("产出指标", "数量", "甲", "≥10", "个", "5", 10), (None, None, "乙", "≥10", "个", "10", 10)])
    assert ind(r, "甲")["分值"] == 20 and ind(r, "甲")["得分"] == 10 and ind(r, "乙")["得分"] == 20
    assert "weights-not-summing" in codes(r)
    # 分值 20 + 20 with 乙 不适用: 甲 carries the whole 40 (折算), a 提示 not a 警告
    r = score(tmp_path, [("产出指标", "数量", "甲", "≥10", "个", "5", 20), (None, None, "乙", "≥10", "个", "不适用", 20)])
    assert ind(r, "甲")["分值"] == 40 and ind(r, "甲")["得分"] == 20
    assert ind(r, "乙")["得分"] is None
    assert {"weights-rescaled-na", "not-applicable"} <= codes(r) and "weights-not-summing" not in codes(r)
    # a 分值 merged over two rows is split equally: 40 over 甲 and 乙 → 20 each
    def merge(ws):
        ws.merge_cells("G6:G7")
    r = score(tmp_path, [("产出指标", "数量", "甲", "≥10", "个", "10", 40), (None, None, "乙", "≥10", "个", "10")],
              extra=merge)
    assert ind(r, "甲")["分值"] == 20 and ind(r, "乙")["分值"] == 20
    assert "weights-not-summing" not in codes(r)


def test_budget_execution_category(tmp_path):
    row = [("产出指标", "数量", "甲", "≥1", "个", "1")]
    r = score(tmp_path, row, budget={"年初预算数": 100, "全年预算数": 120, "全年执行数": 90})
    cat = dict(zip(r.categories["指标"], r.categories["得分"]))
    assert cat["预算执行"] == F(10) * 90 / 120                    # 10 × 75% = 7.5
    # nothing budgeted and nothing spent: the execution rate counts as 100%
    r = score(tmp_path, row, budget={"年初预算数": 0, "全年预算数": 0, "全年执行数": 0})
    assert dict(zip(r.categories["指标"], r.categories["得分"]))["预算执行"] == 10
    # spent more than budgeted: capped at 10, with a 警告
    r = score(tmp_path, row, budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 105})
    assert dict(zip(r.categories["指标"], r.categories["得分"]))["预算执行"] == 10
    assert "execution-above-100" in codes(r)


def full_rows(first_actual="≥90"):
    return [("投入管理指标", "预算", "资金使用合规性", "合规", None, "合规"),
            ("产出指标", "数量", "甲", "≥90", "%", "100%"),
            ("效果指标", "满意度", "满意率", "≥90", "%", "95%")]


def test_total_rounding_and_grade_boundaries(tmp_path):
    # 预算执行 10 × 89.95/100 = 8.995; others full: 20 + 40 + 30 = 90 → 98.995 → 99.00 (half up) → 优
    r = score(tmp_path, full_rows(), budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 89.95})
    assert r.total_exact == F(8995, 1000) + 90 and r.total == 99 and r.grade == "优"
    # with 产出 at half (≥90 vs 45): 10 + 20 + 20 + 30 = 80 → 良 (80 inclusive)
    rows = full_rows()
    rows[1] = ("产出指标", "数量", "甲", "≥90", "%", "45%")
    r = score(tmp_path, rows)
    assert r.total == 80 and r.grade == "良"


def test_strict_scheme_cap_and_deviation(tmp_path):
    # 预算执行率 75%: 7.5 + 20 + 40 + 30 = 97.5, capped at 89 (75% is below 80%)
    r = score(tmp_path, full_rows(), budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 75},
              scheme="department-overall-strict")
    assert r.total == 89 and r.grade == "良" and "execution-cap" in codes(r)
    # the same under the default scheme is not capped
    r = score(tmp_path, full_rows(), budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 75})
    assert r.total == F("97.5")
    # 指标偏离: ≥50 with 70 (≥ 130% × 50 = 65) costs 2 points: 100 − 2 = 98
    rows = full_rows()
    rows[1] = ("产出指标", "数量", "甲", "≥50", "%", "70%")
    r = score(tmp_path, rows, scheme="department-overall-strict")
    assert r.total == 98 and "deviation-deduction" in codes(r)


def test_unmapped_first_level_is_an_error_and_not_scored(tmp_path):
    r = score(tmp_path, [("社会效益", "x", "甲", "≥1", "个", "1"), ("产出指标", "数量", "乙", "≥1", "个", "1")])
    assert "unmapped-first-level" in codes(r) and r.findings.has_errors
    assert ind(r, "甲")["得分"] is None and ind(r, "乙")["得分"] == 40


def test_first_level_matching_ignores_suffixes(tmp_path):
    r = score(tmp_path, [("产出（40分）", "数量", "甲", "≥1", "个", "1"), ("效益", "社会", "乙", "≥1", "个", "1")])
    assert "unmapped-first-level" not in codes(r)
    assert ind(r, "甲")["类别"] == "产出指标" and ind(r, "乙")["类别"] == "效益指标"


def test_deadlines_without_any_year_compare_by_month_and_day_never_by_the_clock(tmp_path, monkeypatch):
    """No 年度 anywhere: "9月前" ends on 9月30日 of no particular year.  产出指标 40 split over two
    rows → 20 each.  "9月20日" is not later (→ 达成, 20); "2021年10月" ends on 10月31日, later than
    9月30日 (→ 未达成, 30% × 20 = 6).  The clock is never read: a date.today() that raises changes
    nothing."""
    import datetime as real_dt

    import pandas  # noqa: F401  - imported before date is replaced (C extensions check its size)

    import selfeval_xl.rules  # noqa: F401
    import selfeval_xl.values as values

    class NoClock(real_dt.date):
        @classmethod
        def today(cls):
            raise AssertionError("the clock was read")

    monkeypatch.setattr(values.dt, "date", NoClock)
    path = make_workbook(tmp_path / "w.xlsx", [("产出指标", "时效指标", "甲", "9月前", None, "9月20日"),
                                               ("产出指标", "时效指标", "乙", "9月前", None, "2021年10月")],
                         year=None)
    r = selfeval_xl.evaluate(path, "department-overall")
    assert ind(r, "甲")["得分"] == 20 and ind(r, "乙")["得分"] == 20 * F(3, 10)
