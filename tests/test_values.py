"""How officers type 指标值 and 实际完成值 (SPEC §2.3), one spelling per row.

Every expected reading below was worked out by hand from SPEC §2.3 and scoring-rules.md §4, not
copied from what the parser printed.  The evaluated year is 2021 throughout, so a deadline without
a year ("9月前") ends in 2021.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given, settings, strategies as st

from selfeval_xl.values import (AT_LEAST, AT_MOST, BETWEEN, EQUAL, LESS, MORE, OP_WORDS,
                                TRAILING_OP_WORDS, parse_actual, parse_op_column, parse_target)

from helpers import QUICK_OR_ALL

YEAR = 2021


# --------------------------------------------------------------------------------------------
# Expected readings
# --------------------------------------------------------------------------------------------

def num(op, n, unit="", high=None):
    """A quantitative target: comparison, number (exact), unit, upper bound of a range."""
    return {"kind": "number", "op": op, "number": F(n), "high": None if high is None else F(high),
            "unit": unit}


def between(lo, hi, unit=""):
    return num(BETWEEN, lo, unit, high=hi)


def deadline(iso):
    return {"kind": "deadline", "end": dt.date.fromisoformat(iso)}


QUAL = {"kind": "qualitative"}
UNREADABLE = {"kind": "unreadable"}


def check_target(value, expected, **kw):
    t = parse_target(value, year=YEAR, **kw)
    assert t.kind == expected["kind"], (value, t)
    if t.kind == "number":
        got = {"kind": t.kind, "op": t.op, "number": t.number, "high": t.high, "unit": t.unit}
        assert got == expected, value
        assert isinstance(t.number, F)
    elif t.kind == "deadline":
        assert t.deadline.end == expected["end"], value


# (value, 度量单位 cell, expected reading)
TARGETS = [
    # --- at least: every prefix spelling of SPEC §2.3 -------------------------------------
    ("≥90%", "", num(AT_LEAST, 90, "%")),
    (">=90%", "", num(AT_LEAST, 90, "%")),
    ("≧90", "%", num(AT_LEAST, 90, "%")),                  # unit from the 度量单位 column
    ("不低于90%", "", num(AT_LEAST, 90, "%")),             # never 低于
    ("不少于20次", "", num(AT_LEAST, 20, "次")),           # never 少于
    ("不小于85%", "", num(AT_LEAST, 85, "%")),             # never 小于
    ("不得低于95%", "", num(AT_LEAST, 95, "%")),
    ("不得少于4次", "", num(AT_LEAST, 4, "次")),
    ("不得小于1000人次", "", num(AT_LEAST, 1000, "人次")),
    ("大于等于90%", "", num(AT_LEAST, 90, "%")),           # never 大于
    ("至少2次", "", num(AT_LEAST, 2, "次")),
    ("达到95%", "", num(AT_LEAST, 95, "%")),
    ("≥50个", "", num(AT_LEAST, 50, "个")),
    ("≥1000元/人", "", num(AT_LEAST, 1000, "元/人")),
    ("≥99.99%", "", num(AT_LEAST, F("99.99"), "%")),
    # --- at least: trailing words -------------------------------------------------------------
    ("95%以上", "", num(AT_LEAST, 95, "%")),
    ("90%及以上", "", num(AT_LEAST, 90, "%")),
    ("90%及其以上", "", num(AT_LEAST, 90, "%")),
    ("95分以上", "", num(AT_LEAST, 95, "分")),
    ("≥95%以上", "", num(AT_LEAST, 95, "%")),             # prefix and trailing agree
    ("每年至少2次", "", num(AT_LEAST, 2, "次")),
    # --- at most -------------------------------------------------------------------------------
    ("≤5%", "", num(AT_MOST, 5, "%")),
    ("<=5%", "", num(AT_MOST, 5, "%")),
    ("≦5%", "", num(AT_MOST, 5, "%")),
    ("不高于5%", "", num(AT_MOST, 5, "%")),                # never 高于
    ("不超过30万元", "", num(AT_MOST, 30, "万元")),        # never 超过
    ("不得超过10万元", "", num(AT_MOST, 10, "万元")),
    ("不得高于3%", "", num(AT_MOST, 3, "%")),
    ("不得多于2次", "", num(AT_MOST, 2, "次")),
    ("不得大于1‰", "", num(AT_MOST, 1, "‰")),
    ("不大于5%", "", num(AT_MOST, 5, "%")),
    ("不多于3次", "", num(AT_MOST, 3, "次")),
    ("未超过100万元", "", num(AT_MOST, 100, "万元")),
    ("小于等于3天", "", num(AT_MOST, 3, "天")),            # never 小于
    ("控制在90万元", "", num(AT_MOST, 90, "万元")),
    ("控制在5%以内", "", num(AT_MOST, 5, "%")),
    ("≤90万元", "", num(AT_MOST, 90, "万元")),
    ("≤1.5万元/公里", "", num(AT_MOST, F("1.5"), "万元/公里")),
    ("3个工作日内", "", num(AT_MOST, 3, "个工作日")),
    ("5天以下", "", num(AT_MOST, 5, "天")),
    ("10%及以下", "", num(AT_MOST, 10, "%")),
    ("10%及其以下", "", num(AT_MOST, 10, "%")),
    ("2小时以内", "", num(AT_MOST, 2, "小时")),
    ("30日内", "", num(AT_MOST, 30, "日")),               # a number of days, not a date
    # --- more than, less than, equal ----------------------------------------------------------
    (">0", "次", num(MORE, 0, "次")),
    ("大于0", "", num(MORE, 0)),
    ("高于90%", "", num(MORE, 90, "%")),
    ("超过80%", "", num(MORE, 80, "%")),
    ("多于5个", "", num(MORE, 5, "个")),
    ("<3次", "", num(LESS, 3, "次")),
    ("小于2%", "", num(LESS, 2, "%")),
    ("低于5%", "", num(LESS, 5, "%")),
    ("少于3次", "", num(LESS, 3, "次")),
    ("=100%", "", num(EQUAL, 100, "%")),
    ("等于100%", "", num(EQUAL, 100, "%")),
    ("各1次", "", num(EQUAL, 1, "次")),
    ("﹦100%", "", num(EQUAL, 100, "%")),                  # small equals sign, NFKC-folded
    # --- ranges, both bounds included -------------------------------------------------------
    ("90-95%", "", between(90, 95, "%")),
    ("90%~95%", "", between(90, 95, "%")),
    ("90%～95%", "", between(90, 95, "%")),               # full-width tilde
    ("90%至95%", "", between(90, 95, "%")),
    ("90%到95%", "", between(90, 95, "%")),
    ("90—95", "%", between(90, 95, "%")),                 # em dash
    ("90–95%", "", between(90, 95, "%")),                 # en dash
    ("90〜95%", "", between(90, 95, "%")),                # wave dash
    ("90--95%", "", between(90, 95, "%")),                # doubled hyphen
    ("3-5个工作日", "", between(3, 5, "个工作日")),
    ("控制在3-5天", "", between(3, 5, "天")),
    # --- Chinese numerals after a comparison or at the start, before a measure word --------
    ("≥三次", "", num(AT_LEAST, 3, "次")),
    ("三次", "", num(None, 3, "次")),
    ("不少于两次", "", num(AT_LEAST, 2, "次")),
    ("≥十二个", "", num(AT_LEAST, 12, "个")),
    ("至少一名", "", num(AT_LEAST, 1, "名")),
    ("三次以上", "", num(AT_LEAST, 3, "次")),
    ("各一次", "", num(EQUAL, 1, "次")),
    # --- a label before the comparison; words between comparison and number ----------------
    ("职工满意度≥90%", "", num(AT_LEAST, 90, "%")),
    ("科目调整次数≤10次", "", num(AT_MOST, 10, "次")),
    ("足额保障率=100%", "", num(EQUAL, 100, "%")),
    ("按时发放率=100%", "", num(EQUAL, 100, "%")),
    ("结余率(计算方法为:结余数/预算数)≤5%", "", num(AT_MOST, 5, "%")),
    ("结余率（计算方法为：结余数/预算数）≤5%", "", num(AT_MOST, 5, "%")),
    ("“三公经费”控制率≤100%", "", num(AT_MOST, 100, "%")),  # 三 stays text
    ("三公经费控制率≤100%", "", num(AT_MOST, 100, "%")),
    ("至少全年完成2次宣传", "", num(AT_LEAST, 2, "次宣传")),  # "text after the number is its unit"
    ("2021年完成率≥95%", "", num(AT_LEAST, 95, "%")),     # a year in the label is not the number
    ("2021年度培训人次100人次以上", "", num(AT_LEAST, 100, "人次")),
    ("1.培训覆盖率≥90%", "", num(AT_LEAST, 90, "%")),     # a list marker is not the number
    ("1、培训覆盖率≥90%", "", num(AT_LEAST, 90, "%")),
    ("（1）培训覆盖率≥90%", "", num(AT_LEAST, 90, "%")),
    ("覆盖各乡镇100%", "", num(None, 100, "%")),          # 各 only counts right before the number
    # --- bare numbers (the direction comes from the row, see test_rules) -------------------
    ("780元/生/年", "", num(None, 780, "元/生/年")),
    ("使用年限20年", "", num(None, 20, "年")),
    ("20万元", "", num(None, 20, "万元")),
    ("0次", "", num(None, 0, "次")),
    ("100", "%", num(None, 100, "%")),                    # a number stored as text
    (100, "人次", num(None, 100, "人次")),
    ("100%", "人次", num(None, 100, "%")),                # an inline unit wins over 度量单位
    # --- folding: full width, spelled-out units, 百分比, white space, punctuation, notes ------
    ("≥100百分比", "", num(AT_LEAST, 100, "%")),
    ("≥98百分率", "", num(AT_LEAST, 98, "%")),
    ("≥９０％", "", num(AT_LEAST, 90, "%")),
    ("＞＝90", "%", num(AT_LEAST, 90, "%")),
    ("＜＝5", "%", num(AT_MOST, 5, "%")),
    ("１２３．５", "万元", num(None, F("123.5"), "万元")),
    ("≥500㎡", "", num(AT_LEAST, 500, "平方米")),         # not 500 m 2
    ("≥500m²", "", num(AT_LEAST, 500, "平方米")),
    ("≤10㎥", "", num(AT_MOST, 10, "立方米")),
    ("≥12000m³", "", num(AT_LEAST, 12000, "立方米")),
    ("≥3㎞", "", num(AT_LEAST, 3, "公里")),
    ("≥ 90 %", "", num(AT_LEAST, 90, "%")),
    ("\u3000≥90%\u00a0", "", num(AT_LEAST, 90, "%")),
    ("≥90%(计划标准)", "", num(AT_LEAST, 90, "%")),
    ("780元/生/年（历史标准）", "", num(None, 780, "元/生/年")),
    ("≥90%（计划标准）。", "", num(AT_LEAST, 90, "%")),
    ("≥95%。", "", num(AT_LEAST, 95, "%")),
    ("≤5%；", "", num(AT_MOST, 5, "%")),
    ("100%!", "", num(None, 100, "%")),
    ("≥50个,", "", num(AT_LEAST, 50, "个")),
    ("≥1,000元/人", "", num(AT_LEAST, 1000, "元/人")),     # a thousands separator
    ("不超过1,200.5万元", "", num(AT_MOST, F("1200.5"), "万元")),
    # --- deadlines: the end of that day, month or year ---------------------------------------
    ("9月前", "", deadline("2021-09-30")),
    ("12月底到位", "", deadline("2021-12-31")),
    ("2025年10月底前", "", deadline("2025-10-31")),
    ("2021年12月31日", "", deadline("2021-12-31")),
    ("2023年12月前", "", deadline("2023-12-31")),
    ("12月底前", "", deadline("2021-12-31")),
    ("2021年12月31日前完成", "", deadline("2021-12-31")),
    ("2021年10月底到位", "", deadline("2021-10-31")),
    ("6月30日前", "", deadline("2021-06-30")),
    ("9月之前", "", deadline("2021-09-30")),
    ("9月以前", "", deadline("2021-09-30")),
    ("11月份前", "", deadline("2021-11-30")),
    ("2月底前", "", deadline("2021-02-28")),
    ("2024年2月底前", "", deadline("2024-02-29")),
    ("2021.12.31前", "", deadline("2021-12-31")),
    ("2021-10-31", "", deadline("2021-10-31")),
    ("2021/6/30", "", deadline("2021-06-30")),
    ("2021年11月", "", deadline("2021-11-30")),
    ("2021年底前", "", deadline("2021-12-31")),
    ("截至12月底", "", deadline("2021-12-31")),
    (dt.date(2021, 9, 30), "", deadline("2021-09-30")),
    # --- periods are qualitative, never a range of numbers ----------------------------------
    ("1-12月", "", QUAL),
    ("1-3月", "", QUAL),
    ("1月-12月", "", QUAL),
    ("2021年1月-12月", "", QUAL),
    ("2021年1-12月", "", QUAL),
    ("2021年1月—12月", "", QUAL),
    ("2023.07-2024.01", "", QUAL),
    ("2021.01-2021.12", "", QUAL),
    ("2021年1月1日-2021年12月31日", "", QUAL),
    ("1月1日-12月31日", "", QUAL),
    ("1月至12月", "", QUAL),
    ("2021年1月至12月", "", QUAL),
    ("全年", "", QUAL),
    # --- qualitative text --------------------------------------------------------------------
    ("相关", "", QUAL),
    ("科学合理", "", QUAL),
    ("合规", "", QUAL),
    ("健全", "", QUAL),
    ("及时完整", "", QUAL),
    ("稳步提高", "", QUAL),
    ("效果明显", "", QUAL),
    ("应保尽保", "", QUAL),
    ("按月安排", "", QUAL),
    ("高", "", QUAL),
    ("符合相关规定", "", QUAL),
    ("在项目计划完成时间内完成", "", QUAL),
    ("控制在预算内", "", QUAL),                           # a comparison with no number
    ("不超过预算", "", QUAL),
    ("不低于上年", "", QUAL),
    ("(1)成立管理组织;(2)季度通报", "", QUAL),           # digits that are only list markers
    ("（1）成立管理组织；（2）季度通报", "", QUAL),
    ("(1)成立管理组织(2)季度通报", "", QUAL),
    ("1.建立制度;2.按季度通报", "", QUAL),
    ("1、建立制度；2、按季度通报", "", QUAL),
    ("①成立管理组织②季度通报", "", QUAL),
    # Chinese numerals elsewhere are text
    ("一流", "", QUAL),
    ("三公经费只减不增", "", QUAL),
    ("“三公经费”零增长", "", QUAL),
    ("一户一档", "", QUAL),                               # 户 is a measure word, but 一档 follows
    ("一次性足额拨付", "", QUAL),
    ("三级甲等", "", QUAL),
    ("全年开展三次", "", QUAL),                           # not right after a comparison
    ("达到国家一级标准", "", QUAL),
    ("达到一流水平", "", QUAL),
    ("不断完善", "", QUAL),
    # --- sentences around numbers: never guessed ---------------------------------------------
    ("严格按照预算标准1000元/人给补助", "", UNREADABLE),
    ("按照每人每年1200元标准发放", "", UNREADABLE),
    ("全年开展培训不少于3次，每次不少于50人", "", UNREADABLE),
    ("完成上级下达的10项任务", "", UNREADABLE),
    ("确保100%完成", "", UNREADABLE),
    ("≥90%且≤95%", "", UNREADABLE),                       # two comparisons: write "90%-95%"
]


@pytest.mark.parametrize("value, unit_cell, expected", TARGETS,
                         ids=[f"{i}-{v}" for i, (v, _, _) in enumerate(TARGETS)])
def test_target_spelling(value, unit_cell, expected):
    check_target(value, expected, unit_cell=unit_cell)


def test_percent_formatted_target_cell_means_percent():
    # Excel stores 95% as 0.95 with a % format: it means 95 (SPEC §2.3, "this holds for targets too")
    check_target(0.95, num(None, 95, "%"), percent_format=True)
    check_target(0.95, num(None, F("0.95"), "%"), unit_cell="%")     # General: taken as typed


# --------------------------------------------------------------------------------------------
# Actuals
# --------------------------------------------------------------------------------------------

def anum(n, unit="", *, approx=False, extracted=False, **flags):
    return {"kind": "number", "number": F(n), "unit": unit, "approx": approx, "extracted": extracted,
            **flags}


def adate(iso):
    return {"kind": "date", "date": dt.date.fromisoformat(iso)}


TEXT = {"kind": "text"}
NA = {"kind": "na"}

ACTUALS = [
    # numbers
    ("98%", anum(98, "%")),
    ("98", anum(98)),                                      # a number stored as text
    ("98.5%", anum(F("98.5"), "%")),
    ("0", anum(0)),
    ("-5", anum(-5)),                                      # the scorer warns and counts it as 0
    ("100次", anum(100, "次")),
    ("30万元", anum(30, "万元")),
    ("12 次", anum(12, "次")),
    ("９８％", anum(98, "%")),
    ("１２３．５", anum(F("123.5"))),
    ("1,234", anum(1234)),                                 # a thousands separator
    ("98%。", anum(98, "%")),
    ("98%(抽样调查)", anum(98, "%")),
    ("三次", anum(3, "次")),
    (98, anum(98, general_number=True)),
    (0.98, anum(F("0.98"), general_number=True)),           # General: taken as typed
    ("0.98", anum(F("0.98"), general_number=True)),         # typed as text, the same
    # approximate
    ("约98%", anum(98, "%", approx=True)),
    ("98%左右", anum(98, "%", approx=True)),
    ("约30万元", anum(30, "万元", approx=True)),
    ("大约95%", anum(95, "%", approx=True)),
    ("95%上下", anum(95, "%", approx=True)),
    ("接近100%", anum(100, "%", approx=True)),
    ("约９８％", anum(98, "%", approx=True)),
    # one number amid words or a comparison (taken, with a 提示)
    ("完成98%", anum(98, "%", extracted=True)),
    ("已完成100%", anum(100, "%", extracted=True)),
    ("完成率100%", anum(100, "%", extracted=True)),
    ("100%以上", anum(100, "%", extracted=True)),
    ("≥266米", anum(266, "米", extracted=True)),
    ("≥98%", anum(98, "%", extracted=True)),
    ("2天以内", anum(2, "天", extracted=True)),
    ("完成3项", anum(3, "项", extracted=True)),             # on a qualitative row the bands read it
    ("2021年培训100人次", anum(100, "人次", extracted=True)),  # the year is a label
    ("24亿", anum(24, "亿")),                                # a magnitude word is a unit (云南 保山)
    ("3.5万", anum(F("3.5"), "万")),
    ("524m", anum(524, "m")),                                # a Latin unit (重庆 忠县)
    ("14.7km", anum(F("14.7"), "km")),
    # dates and months
    ("2021年9月20日", adate("2021-09-20")),
    ("2021年11月", adate("2021-11-30")),                    # a month counts as its last day
    ("2021.9.20", adate("2021-09-20")),
    ("2021-09-20", adate("2021-09-20")),
    ("9月20日", adate("2021-09-20")),
    ("2021年12月完成", adate("2021-12-31")),
    ("9月底前完成", adate("2021-09-30")),
    (dt.datetime(2021, 9, 20), adate("2021-09-20")),
    # text
    ("按时完成", TEXT),
    ("已完成", TEXT),
    ("基本完成", TEXT),
    ("合规", TEXT),
    ("不断提高", TEXT),
    ("是", TEXT),
    ("否", TEXT),
    # not applicable
    ("不适用", NA),
    ("不涉及", NA),
    ("—", NA),
    ("——", NA),
    ("-", NA),
    ("--", NA),
    ("－", NA),
    ("/", NA),
    (" / ", NA),
    ("N/A", NA),
    ("无", NA),                                             # the scorer turns it into 0 against 0
]


@pytest.mark.parametrize("value, expected", ACTUALS,
                         ids=[f"{i}-{v}" for i, (v, _) in enumerate(ACTUALS)])
def test_actual_spelling(value, expected):
    a = parse_actual(value, year=YEAR)
    assert a.kind == expected["kind"], (value, a)
    if a.kind == "number":
        got = {"kind": a.kind, "number": a.number, "unit": a.unit, "approx": a.approx,
               "extracted": a.extracted}
        for flag in ("general_number",):
            if flag in expected:
                got[flag] = getattr(a, flag)
        assert got == expected, value
        assert isinstance(a.number, F)
    elif a.kind == "date":
        assert a.date == expected["date"], value


def test_percent_formatted_actual_cell_means_percent():
    a = parse_actual(0.98, percent_format=True)
    assert (a.kind, a.number, a.unit, a.general_number) == ("number", 98, "%", False)
    a = parse_actual(0.98)
    assert (a.number, a.unit, a.general_number) == (F("0.98"), "", True)
    # a % typed in the text is not a General number: it cannot look like a fraction
    assert parse_actual("0.98%").general_number is False


# --------------------------------------------------------------------------------------------
# The operator column (指标性质 / 计算符号)
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("≥", (AT_LEAST, True)),
    ("＞＝", (AT_LEAST, True)),
    ("大于等于", (AT_LEAST, True)),
    ("正向", (AT_LEAST, True)),
    ("正向指标", (AT_LEAST, True)),
    ("≤", (AT_MOST, True)),
    ("反向", (AT_MOST, True)),
    ("反向指标", (AT_MOST, True)),
    ("=", (EQUAL, True)),
    (">", (MORE, True)),
    ("<", (LESS, True)),
    ("定性", ("qualitative", True)),
    ("定性指标", ("qualitative", True)),
    ("定量", (None, True)),
    (" 定量指标 ", (None, True)),
    ("", (None, True)),
    (None, (None, True)),
    ("高", (None, False)),
    # 云南's 一体化 exports put a code before the comparison (tests/realforms/corpus_i.py, 保山市能源局)
    ("004 >=", (AT_LEAST, True)),
    ("005 <=", (AT_MOST, True)),
    ("004>=", (AT_LEAST, True)),
    ("００４　≥", (AT_LEAST, True)),
    ("01 正向", (AT_LEAST, True)),
    ("004", (None, False)),            # a code alone says nothing readable
    ("004 高", (None, False)),         # a code before no comparison
    ("100 >=", (None, False)),         # no leading zero: a number, not a code
])
def test_operator_column(value, expected):
    assert parse_op_column(value) == expected


# --------------------------------------------------------------------------------------------
# Properties: any number, any spelling of any comparison, parses to exactly that
# --------------------------------------------------------------------------------------------

# Spellings whose meaning is a comparison and a number only when written right before it.
PREFIX_SPELLINGS = sorted(OP_WORDS.items())
TRAILING_SPELLINGS = sorted(TRAILING_OP_WORDS.items())
PROPERTY_UNITS = ["", "%", "次", "个", "人次", "万元", "元", "天", "个工作日", "小时", "项", "分",
                  "平方米", "公里", "元/人", "元/生/年", "‰"]
LABELS = ["", "职工满意度", "培训覆盖率", "科目调整次数", "足额保障率", "三公经费控制率",
          "结余率(计算方法为:结余数/预算数)", "2021年度完成率"]
MIDDLES = ["", "全年完成", "全年"]   # "至少全年完成2次宣传": words between comparison and number

FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%<>=/()"}

numbers = st.one_of(
    st.integers(0, 100_000).map(str),
    st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False, allow_infinity=False)
    .map(lambda d: format(d, "f")),
    st.decimals(min_value=0, max_value=1_000, places=1, allow_nan=False, allow_infinity=False)
    .map(lambda d: format(d, "f")),
)


def widen(text: str) -> str:
    return "".join(FULL_WIDTH.get(c, c) for c in text)


@settings(max_examples=200, deadline=None)
@given(n=numbers, unit=st.sampled_from(PROPERTY_UNITS), label=st.sampled_from(LABELS),
       middle=st.sampled_from(MIDDLES), full_width=st.booleans(), data=st.data())
def test_any_number_with_any_comparison(n, unit, label, middle, full_width, data):
    if data.draw(st.booleans(), label="trailing"):
        word, op = data.draw(st.sampled_from(TRAILING_SPELLINGS), label="comparison")
        text = f"{label}{n}{unit}{word}"
    else:
        word, op = data.draw(st.sampled_from(PREFIX_SPELLINGS), label="comparison")
        if word == "各":
            middle = ""            # 各 is "equal" only right before the number
        text = f"{label}{word}{middle}{n}{unit}"
    if full_width:
        text = widen(text)
    t = parse_target(text, year=YEAR)
    assert (t.kind, t.op, t.number) == ("number", op, F(Decimal(n))), text
    if unit:
        assert t.unit == unit, text


@settings(max_examples=200, deadline=None)
@given(n=numbers, unit=st.sampled_from([u for u in PROPERTY_UNITS if "/" not in u]),
       form=st.sampled_from(["{n}{u}", "约{n}{u}", "{n}{u}左右", "大约{n}{u}", "{n}{u}上下"]),
       full_width=st.booleans())
def test_any_actual_number(n, unit, form, full_width):
    text = form.format(n=n, u=unit)
    if full_width:
        text = widen(text)
    a = parse_actual(text, year=YEAR)
    assert (a.kind, a.number, a.unit) == ("number", F(Decimal(n)), unit), text
    assert a.approx is (form != "{n}{u}") and a.extracted is False, text


# --------------------------------------------------------------------------------------------
# The examples the 填表说明 sheet (and README) give read the way the sheet says
# --------------------------------------------------------------------------------------------

def _instructions(section):
    from selfeval_xl.templates import INSTRUCTIONS
    rows, inside = {}, False
    for key, text in INSTRUCTIONS:
        if text is None:
            inside = key == section
        elif inside:
            rows[key] = text
    return rows


def _examples(text, *, start="", stops=("（", "。", "：", "；", "等不含")):
    text = text.split(start, 1)[1] if start else text
    cut = min((text.find(s) for s in stops if s in text), default=len(text))
    return text[:cut].split("、")


@pytest.mark.parametrize("row, meaning", [
    ("不低于（正向）", {AT_LEAST}),
    ("不高于（反向）", {AT_MOST}),
    ("等于、高于、低于", {EQUAL, MORE, LESS}),
    ("区间", {BETWEEN}),
    ("期限", {"deadline"}),
    ("定性", {"qualitative"}),
])
def test_documented_target_examples(row, meaning):
    examples = _examples(_instructions("指标值的写法")[row])
    assert len(examples) >= 3
    for text in examples:
        t = parse_target(text, year=YEAR)
        assert (t.op if t.kind == "number" else t.kind) in meaning, (row, text, t)


def test_documented_rewrite_and_units():
    rows = _instructions("指标值的写法")
    bad, good = "严格按照预算标准1000元/人给补助", "≤1000元/人"
    assert bad in rows["不要这样写"] and good in rows["不要这样写"]
    assert parse_target(bad).kind == "unreadable"
    check_target(good, num(AT_MOST, 1000, "元/人"))
    check_target("≥99", num(AT_LEAST, 99, "%"), unit_cell="%")
    check_target("≥９０％", num(AT_LEAST, 90, "%"))
    for period in ("全年", "1-12月"):
        assert f"“{period}”" in rows["定性"] and parse_target(period).kind == "qualitative"


def test_documented_actual_examples():
    rows = _instructions("实际完成值的写法")
    for text in _examples(rows["数字"]):
        a = parse_actual(text)
        assert a.kind == "number" and not a.approx and not a.extracted, text
    for text in _examples(rows["约数"]):
        a = parse_actual(text)
        assert (a.kind, a.number, a.approx) == ("number", 98, True), text
    for text in _examples(rows["期限"], start="如 "):
        assert parse_actual(text, year=YEAR).kind == "date", text
    for text in _examples(rows["不适用"]):
        assert parse_actual(text).kind == "na", text


# --------------------------------------------------------------------------------------------
# What some readings mean once scored (one indicator alone in 产出指标 weighs 40)
# --------------------------------------------------------------------------------------------

def _score(tmp_path, target, unit, actual):
    import selfeval_xl
    from helpers import make_workbook
    r = selfeval_xl.evaluate(make_workbook(tmp_path / "w.xlsx",
                                           [("产出指标", "数量指标", "指标甲", target, unit, actual)]))
    row = r.indicators.to_dict("records")[0]
    return row["得分"], {f.code for f in r.findings}


def test_buduan_is_not_a_miss(tmp_path):
    # 不断 does not open the 未达成 band (SPEC §3.3); the text holds 完成 → 达成, 40
    score, _ = _score(tmp_path, "持续优化", None, "不断优化，已完成")
    assert score == 40


def test_not_below_is_at_least(tmp_path):
    # "不低于90%" is at least 90: 95 scores full marks (as "低于90%" it would fall short)
    score, _ = _score(tmp_path, "不低于90%", None, "95%")
    assert score == 40


def test_fraction_typed_as_text_is_flagged(tmp_path):
    # The template keeps actuals as text: "0.98" against ≥90% is taken as typed, 40 × 0.98/90,
    # with a 警告 that it looks like a fraction (SPEC §2.3)
    score, codes = _score(tmp_path, "≥90%", None, "0.98")
    assert score == F(40) * F("0.98") / 90 and "looks-like-fraction" in codes


def test_zero_never_looks_like_a_fraction(tmp_path):
    # 0 is 0 whether read as a fraction or a percent: no 警告 (投诉率 ≤5%, actual 0 → full marks)
    for actual in ("0", 0):
        score, codes = _score(tmp_path, "≤5%", None, actual)
        assert score == 40 and "looks-like-fraction" not in codes, actual


def test_round_half_up_is_floor_of_x_plus_a_half_exactly():
    """round_half_up(x, p) = ⌊x·10^p + ½⌋ / 10^p for every rational x (halves go up, towards +∞:
    2.345 → 2.35, −2.345 → −2.34), checked on fractions whose 3rd decimal is exactly 5 and on
    thirds, sevenths and large budgets."""
    import math
    import random
    from fractions import Fraction

    from selfeval_xl.review import round_half_up

    rng = random.Random(7)
    cases = [Fraction(2345, 1000), Fraction(-2345, 1000), Fraction(1, 3), Fraction(-5, 7),
             Fraction(995, 1000), Fraction(0), Fraction(10**30 + 5, 1000)]
    cases += [Fraction(rng.randint(-10**9, 10**9), rng.randint(1, 10**6)) for _ in range(2000)]
    for x in cases:
        for p in (0, 2, 4):
            assert round_half_up(x, p) == Fraction(math.floor(x * 10**p + Fraction(1, 2)), 10**p), (x, p)
    assert round_half_up(Fraction(2345, 1000)) == Fraction(235, 100)
    assert round_half_up(Fraction(-2345, 1000)) == Fraction(-234, 100)


# --------------------------------------------------------------------------------------------
# Showing numbers: the integer computation of format_number against the decimal one it replaced
# --------------------------------------------------------------------------------------------

def _fmt_by_decimal(n: F) -> str:
    """format_number as it was written with decimal: the quotient at a precision of
    max(28, integer digits + 8), quantized to 4 decimals ROUND_HALF_UP, trailing zeros dropped."""
    from decimal import ROUND_HALF_UP, localcontext
    if n.denominator == 1:
        return str(n.numerator)
    with localcontext() as ctx:
        ctx.prec = max(28, len(str(abs(n.numerator) // n.denominator)) + 8)
        d = (Decimal(n.numerator) / Decimal(n.denominator)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return format(d, "f").rstrip("0").rstrip(".")


def _numbers_to_show(count: int, seed: int) -> list[F]:
    """Scores, weights, rates and budgets, and numbers on either side of a half at the 4th
    decimal, down to beyond the 28 digits of the decimal context (where its rounding decides)."""
    import random
    rng = random.Random(seed)
    out = [F(5 * 10**40 - 1, 10**45), F(-(5 * 10**40 - 1), 10**45), F(12345 * 10**40 - 1, 10**44),
           F(1, 20000), F(-1, 20000), F(-1, 100000), F(10**30 + 5, 1000), F(10**30, 3), F(2, 3)]
    for _ in range(count):
        kind = rng.randrange(6)
        sign = rng.choice((-1, 1))
        if kind == 0:       # scores and weights: small numerators and denominators
            n = F(rng.randint(0, 10**6), rng.randint(1, 10**4))
        elif kind == 1:     # anything, up to 1e40
            n = F(rng.randint(0, 10**40), rng.randint(1, 10**rng.randint(1, 45)))
        elif kind == 2:     # a half at the 4th decimal, exactly or off by 10^-e
            half = F(2 * rng.randint(0, 10**8) + 1, 2 * 10**4)
            e = rng.randint(0, 45)
            n = half if e == 0 else half + rng.choice((-1, 1)) * F(1, 10**e * rng.randint(1, 9))
        elif kind == 3:     # decimal fractions (2^i 5^j)
            n = F(rng.randint(0, 10**9), 2**rng.randint(0, 30) * 5**rng.randint(0, 30))
        elif kind == 4:     # just below or above a half, beyond 20 to 40 digits
            d = rng.randint(20, 40)
            n = F(rng.randint(1, 99999) * 10**d + rng.choice((-1, 1)) * rng.randint(1, 10), 2 * 10**(d + 4))
        else:               # large budgets plus a half
            n = F(rng.randint(0, 10**35), rng.randint(1, 7)) + F(1, 20000)
        out.append(sign * n)
    return out




@QUICK_OR_ALL
def test_format_number_matches_the_decimal_computation(share):
    from selfeval_xl.values import format_number
    for n in _numbers_to_show(60_000 // share, seed=11):
        assert format_number(n) == _fmt_by_decimal(n), n


@QUICK_OR_ALL
def test_format_half_up_is_format_number_of_round_half_up(share):
    from selfeval_xl.review import round_half_up
    from selfeval_xl.values import format_half_up
    for n in _numbers_to_show(20_000 // share, seed=12):
        for places in (0, 1, 2, 3, 4):
            assert format_half_up(n, places) == _fmt_by_decimal(round_half_up(n, places)), (n, places)
    with pytest.raises(ValueError):
        format_half_up(F(1, 3), 5)


# --------------------------------------------------------------------------------------------
# The parser's shortcuts agree with the general path
# --------------------------------------------------------------------------------------------

def _texts_to_parse(count: int, seed: int) -> list[str]:
    """Cell texts built from the parser's own vocabulary: numbers (also in other scripts' digits),
    dates, comparison words, units, Chinese numerals, dashes, brackets and list markers."""
    import random

    from selfeval_xl import values as v
    rng = random.Random(seed)
    pieces = (["2021", "12", "9", "31", "0.5", "95", "1,000", "١٢", "٢٠٢١", "３"]
              + list(v.OP_WORDS) + list(v.TRAILING_OP_WORDS) + v.UNITS[:40] + list(v.DASHES)
              + list(v.CN_DIGITS) + list(v.CN_SCALES) + v.DATE_SUFFIXES
              + ["年", "月", "日", "份", "度", ".", "-", "/", "(", ")", "（计划）", "(1)", "1、", "在", "于",
                 "截至", "截止", "全年", "达标", "合规", "约", "左右", "%", " ", "①", "不适用", "无"])
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(count)]


@QUICK_OR_ALL
def test_date_text_shortcut_agrees_with_trying_every_shape(share):
    import re

    from selfeval_xl import values as v

    def by_every_shape(text, year):
        t = re.sub(r"^(?:在|于|截至|截止)", "", text)
        for rx, _grain in v._DATE_SHAPES:
            m = re.fullmatch(rx.pattern + v._DATE_SUFFIX, t)
            if m:
                g = m.groupdict()
                y = int(g["y"]) if g.get("y") else year
                return v._end_of(v.NO_YEAR if y is None else y, int(g["m"]) if g.get("m") else None,
                                 int(g["d"]) if g.get("d") else None)
        return None

    texts = _texts_to_parse(30_000 // share, seed=21)
    texts += ["2021年12月31日前", "9月前", "在2021.6.30", "١٢月", "٢٠٢١年度", "12月底到位", "2021年", "全年"]
    for text in texts:
        for year in (None, 2021):
            assert v.parse_date_text(text, year) == by_every_shape(text, year), (text, year)


@QUICK_OR_ALL
def test_chinese_numeral_shortcut_agrees_with_the_substitution(share):
    from selfeval_xl import values as v

    def repl(m):
        n = v._cn_number(m.group("n"))
        return m.group("pre") + (str(n) if n is not None else m.group("n")) + m.group("u")

    for text in _texts_to_parse(30_000 // share, seed=22) + ["≥三次", "三次以上", "一户一档", "两千人"]:
        assert v._arabic_numerals(text) == v._CN_NUMERAL.sub(repl, text), text


def test_cached_readings_are_fresh_and_keep_the_unit_column():
    # the text readings are memoised: every call returns its own object, and the 度量单位 column
    # still fills in a number typed without a unit
    a, b = parse_target("≥90", unit_cell="%", year=YEAR), parse_target("≥90", unit_cell="次", year=YEAR)
    assert (a.unit, b.unit) == ("%", "次") and a is not b
    a.unit = "x"
    assert parse_target("≥90", unit_cell="%", year=YEAR).unit == "%"
    assert parse_target("≥90%", unit_cell="次", year=YEAR).unit == "%"
    assert parse_target("90-95", unit_cell="%", year=YEAR).unit == "%"
    x = parse_actual("约95%", year=YEAR)
    x.number = None
    assert parse_actual("约95%", year=YEAR).number == F(95)
    assert parse_target("9月前", year=None).deadline.end != parse_target("9月前", year=YEAR).deadline.end
    # a copy holds every field of the cached reading (a field added to Target or Actual included)
    from selfeval_xl import values as v
    for text in ("≥90%", "9月前", "90-95%", "按时完成"):
        cached, got = v._target_of_text(text, YEAR), parse_target(text, year=YEAR)
        assert got == cached and vars(got) == vars(cached) and got is not cached
    cached, got = v._actual_of_text("约95%", YEAR), parse_actual("约95%", year=YEAR)
    assert vars(got) == vars(cached) and got is not cached
