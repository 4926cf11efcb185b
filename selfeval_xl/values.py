"""How officers write 指标值 and 实际完成值 (README “怎样填写指标值和实际完成值”), as tables and one parser.

Every spelling the tool understands is a row in one of the tables below (comparison words, trailing
comparison words, units, approximation words, not-applicable words, date shapes).  Extending the
grammar means adding a row, not a branch.

Numbers are exact: a cell's number is taken from its shortest decimal form and returned as a
``fractions.Fraction`` so that nothing is rounded before the total (README “评分规则”).
"""
from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------

AT_LEAST, AT_MOST, MORE, LESS, EQUAL, BETWEEN = "≥", "≤", ">", "<", "=", "between"

OP_WORDS: dict[str, str] = {
    # at least
    "≥": AT_LEAST, ">=": AT_LEAST, "≧": AT_LEAST, "不低于": AT_LEAST, "不少于": AT_LEAST,
    "不小于": AT_LEAST, "不得低于": AT_LEAST, "不得少于": AT_LEAST, "不得小于": AT_LEAST,
    "大于等于": AT_LEAST, "大于或等于": AT_LEAST, "至少": AT_LEAST, "达到": AT_LEAST,
    # at most
    "≤": AT_MOST, "<=": AT_MOST, "≦": AT_MOST, "不高于": AT_MOST, "不超过": AT_MOST,
    "不得超过": AT_MOST, "不得高于": AT_MOST, "不得多于": AT_MOST, "不得大于": AT_MOST,
    "不大于": AT_MOST, "不多于": AT_MOST, "未超过": AT_MOST, "小于等于": AT_MOST,
    "小于或等于": AT_MOST, "控制在": AT_MOST,
    # strict
    ">": MORE, "大于": MORE, "高于": MORE, "超过": MORE, "多于": MORE,
    "<": LESS, "小于": LESS, "低于": LESS, "少于": LESS,
    # equal
    "=": EQUAL, "等于": EQUAL, "各": EQUAL,
}
# Comparison words that count only when they touch the number ("各1次"); elsewhere they are
# words of the label ("覆盖各乡镇100%" is a bare 100%, not "equal").
OP_WORDS_TOUCHING = {"各"}
# Words that follow the number ("95%以上", "3个工作日内"), longest first when matched.
TRAILING_OP_WORDS: dict[str, str] = {
    "及其以上": AT_LEAST, "及以上": AT_LEAST, "以上": AT_LEAST,
    "及其以下": AT_MOST, "及以下": AT_MOST, "以下": AT_MOST, "以内": AT_MOST, "内": AT_MOST,
}
# The operator column (指标性质 / 计算符号) also takes these words.
OP_COLUMN_WORDS: dict[str, str | None] = {
    "正向": AT_LEAST, "正向指标": AT_LEAST, "反向": AT_MOST, "反向指标": AT_MOST,
    "定量": None, "定量指标": None, "定性": "qualitative", "定性指标": "qualitative",
}
OP_NAMES = {AT_LEAST: "不低于", AT_MOST: "不高于", MORE: "高于", LESS: "低于", EQUAL: "等于",
            BETWEEN: "区间"}

# Units: used to tell "使用年限20年" (a label and a unit) from a sentence around a number, and to
# read Chinese numerals followed by a measure word ("≥三次").
UNITS = sorted({
    "%", "‰", "元", "万元", "亿元", "千元", "个", "次", "人", "人次", "万人", "万人次", "天", "日",
    "小时", "分钟", "秒", "年", "月", "个月", "周", "工作日", "个工作日", "项", "件", "份", "家", "户",
    "所", "座", "台", "套", "辆", "公里", "千米", "米", "平方米", "立方米", "亩", "公顷", "吨", "千克",
    "公斤", "斤", "册", "本", "篇", "期", "场", "批", "条", "处", "间", "张", "部", "名", "位", "分",
    "个百分点", "百分点", "学时", "课时", "床", "只", "头", "株", "棵", "生", "校", "村", "宗", "起",
    "类", "种", "块", "栋", "幢", "例", "级", "星", "倍", "轮", "组", "支", "队", "批次", "个点",
    "千瓦", "兆瓦", "度", "立方", "平米", "万册", "万份", "万次", "万件", "万亩", "台套", "人天",
    "户次", "车次", "架次", "班次", "趟", "座次", "门", "节", "集", "页", "字", "万字", "GB", "TB",
    "亿", "万",                   # "24亿" against a target "1亿" (云南 保山, tests/realforms/corpus_i.py)
    # Latin units, as officers type them (重庆 忠县: "524m" against "524m", tests/realforms/corpus_p.py)
    "m", "km", "cm", "mm", "kg", "t", "kW", "kw", "kWh", "MW", "MB", "h",
}, key=len, reverse=True)
_UNIT_SET = frozenset(UNITS)        # membership (UNITS, longest first, builds the regexes)

NOT_APPLICABLE = {"不适用", "不涉及", "—", "/", "-", "——", "--", "N/A", "n/a", "NA"}
APPROX_PREFIXES = ("约", "大约", "大概", "近", "接近")
APPROX_SUFFIXES = ("左右", "上下")

# Spelled-out units whose digits must not be read as numbers (before NFKC, which would turn ㎡
# into "m2").
SPELLED_UNITS = {"㎡": "平方米", "m²": "平方米", "㎥": "立方米", "m³": "立方米", "㎞": "公里",
                 "km²": "平方公里"}
# Some platforms export = as ═ (a box-drawing sign NFKC leaves alone), README “怎样填写指标值和实际完成值”
EXPORT_SIGNS = {"═": "="}
# Circled list numbers, which NFKC would fold into bare digits ("①" → "1").  SPEC names only
# list markers in otherwise qualitative text; treating them the same in a label ("1.培训覆盖率
# ≥90%") is a choice, noted in README.
LIST_MARKER_SIGNS = {chr(0x2460 + i): f"({i + 1})" for i in range(20)}
# List markers: "(1)" anywhere; "1、" "1." "1)" at the start or after a separator (never "1.5").
LIST_MARKERS = [r"\(\d{1,2}\)", r"(?:^|(?<=[;,。:、]))\d{1,2}[、.)](?!\d)"]
DASHES = {"〜": "-", "～": "-", "~": "-", "—": "-", "–": "-", "−": "-", "至": "-", "到": "-"}
# A thousands separator: digit groups of exactly three after a comma ("1,000", "1,200.5").  SPEC
# does not mention them; officers type them in amounts, and no other reading of "1,000" is likely.
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
TRAILING_PUNCT = "。，,；;！!.、"
PERCENT_WORDS = ("百分比", "百分率")

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10000}

NUMBER = r"\d+(?:\.\d+)?"


# --------------------------------------------------------------------------------------------
# Parsed values
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Deadline:
    """A date the target must be met by: the end of that day, month or year."""
    end: dt.date
    text: str


@dataclass
class Target:
    kind: str                       # number | deadline | qualitative | unreadable | missing
    op: str | None = None           # AT_LEAST … BETWEEN; None for a bare number
    number: Fraction | None = None
    high: Fraction | None = None    # upper bound of a range
    unit: str = ""
    text: str = ""                  # the normalised text (qualitative comparison, messages)
    deadline: Deadline | None = None


@dataclass
class Actual:
    kind: str                       # number | date | text | na | missing
    number: Fraction | None = None
    unit: str = ""
    text: str = ""
    date: dt.date | None = None
    approx: bool = False            # "约", "左右"
    extracted: bool = False         # one number taken out of words or a comparison
    general_number: bool = False    # a plain number, in a General cell or typed as text without
                                    # a unit (the fraction check)


# --------------------------------------------------------------------------------------------
# Normalising
# --------------------------------------------------------------------------------------------

def plain(v):
    """None for a missing value: None itself, or the NaN pandas puts in a numeric column."""
    if isinstance(v, float) and v != v:
        return None
    return v


def fraction_of(value) -> Fraction:
    """A cell number as an exact fraction of its shortest decimal form (0.1 → 1/10)."""
    if isinstance(value, bool):
        raise TypeError("boolean is not a number")
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(str(value))


_SPACES = re.compile(r"\s+")
# The regular expressions below are compiled once: re.sub(pattern, …) looks its pattern up in re's
# cache on every call, which cost more than the matching itself on 2,000 indicators.
_TRAILING_NOTE = re.compile(r"\(([^()]*)\)$")
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=8192)     # a pure function of its text; targets and labels recur
def fold(text: str) -> str:
    """NFKC-fold text as README “怎样填写指标值和实际完成值” asks, with spelled-out units and dashes mapped first."""
    for table in (SPELLED_UNITS, EXPORT_SIGNS, LIST_MARKER_SIGNS):
        for k, v in table.items():
            text = text.replace(k, v)
    text = unicodedata.normalize("NFKC", text)
    text = _SPACES.sub("", text)
    for w in PERCENT_WORDS:
        text = text.replace(w, "%")
    return text


def _strip_trailing(text: str) -> str:
    """Drop trailing punctuation and one trailing bracketed annotation such as "(计划标准)"."""
    prev = None
    while prev != text:
        prev = text
        text = text.rstrip(TRAILING_PUNCT)
        m = _TRAILING_NOTE.search(text) if ")" in text else None
        if m and m.start() > 0 and not _DIGIT.search(m.group(1)) and m.group(1) not in _UNIT_SET:
            text = text[: m.start()]
    return text


# 至 and 到 are dashes only between two numbers ("90%至95%", "1月至12月"), never in words such as
# 至少 or 达到
_WORD_DASHES = {k: re.compile(rf"(?<=[\d%月日]){k}(?=\d)") for k in ("至", "到")}


def _map_dashes(text: str) -> str:
    text = text.replace("--", "-")
    for k, v in DASHES.items():
        if k not in text:
            continue
        rx = _WORD_DASHES.get(k)
        text = rx.sub("-", text) if rx is not None else text.replace(k, v)
    return text


def _cn_number(s: str) -> int | None:
    """Read a simple Chinese numeral (三, 十二, 二十, 一百, 两千)."""
    if not s or any(ch not in CN_DIGITS and ch not in CN_SCALES for ch in s):
        return None
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        else:
            total += (cur or 1) * CN_SCALES[ch]
            cur = 0
    return total + cur


_CN_NUM = "[零〇一二两三四五六七八九十百千万]+"
_UNIT_ALT = "|".join(re.escape(u) for u in UNITS)
_OP_ALT = "|".join(re.escape(w) for w in sorted(OP_WORDS, key=len, reverse=True))
_TRAIL_ALT = "|".join(re.escape(w) for w in sorted(TRAILING_OP_WORDS, key=len, reverse=True))
_CN_NUMERAL = re.compile(rf"(?P<pre>^|{_OP_ALT})(?P<n>{_CN_NUM})(?P<u>{_UNIT_ALT})(?=$|/|{_TRAIL_ALT})")
_ANY_CN_DIGIT = re.compile(_CN_NUM[:-1])      # one character of a Chinese numeral
_OP_WORD = re.compile(_OP_ALT)
_TRAILING_OP = re.compile(rf"(?:{_TRAIL_ALT})$")


def _arabic_numerals(text: str) -> str:
    """Chinese numerals right after a comparison or at the start, followed by a measure word.

    The measure word must end the value, or come before a trailing comparison or "/" ("≥三次",
    "三次以上"): in "一户一档", "一次性拨付" or "三级甲等" the numeral is part of a word, not a number.
    README “怎样填写指标值和实际完成值” says only "at the start followed by a measure word", which would read 一户一档 as 1 户;
    this narrower reading is a choice, noted in README."""
    def repl(m: re.Match) -> str:
        n = _cn_number(m.group("n"))
        return m.group("pre") + (str(n) if n is not None else m.group("n")) + m.group("u")
    if not _ANY_CN_DIGIT.search(text):
        return text         # no Chinese numeral at all: nothing to rewrite
    return _CN_NUMERAL.sub(repl, text)


def _is_unit(text: str) -> bool:
    """A unit, or units joined by "/" ("元/生/年")."""
    return bool(text) and all(part in _UNIT_SET for part in text.split("/"))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

# Words after a date or month: "9月前", "12月底到位", "2021年12月31日前完成".  An actual may carry
# them too ("2021年12月完成" is the month it was done in).
DATE_SUFFIXES = ["底前", "之前", "以前", "前", "到位", "完成", "底", "末"]
_DATE_SUFFIX = "(?:" + "|".join(DATE_SUFFIXES) + ")*"
_DATE_SHAPES = [
    # (regex, granularity) — a whole date, a month, a year
    (re.compile(r"(?P<y>\d{4})[年.\-/](?P<m>\d{1,2})[月.\-/](?P<d>\d{1,2})日?"), "day"),
    (re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?:份)?"), "month"),
    (re.compile(r"(?P<m>\d{1,2})月(?:份)?(?P<d>\d{1,2})日"), "day"),
    (re.compile(r"(?P<m>\d{1,2})月(?:份)?"), "month"),
    (re.compile(r"(?P<y>\d{4})年(?:度)?"), "year"),
]


# Each shape followed by the words, as parse_date_text matches them (whole text)
_DATE_WHOLE = [(re.compile(rx.pattern + _DATE_SUFFIX), grain) for rx, grain in _DATE_SHAPES]
_DATE_LEAD = re.compile(r"^(?:在|于|截至|截止)")


def _end_of(year: int, month: int | None, day: int | None) -> dt.date | None:
    try:
        if month is None:
            return dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day)
    except ValueError:
        return None


# The year of a date written without one when the workbook's 年度 is unknown too: a leap year no
# form will ever name, so that such dates compare by month and day (date_key) and never by the
# clock — the same file scores the same next year.
NO_YEAR = 4


def date_key(d: dt.date, other: dt.date) -> tuple:
    """What two dates are compared by: the whole date, or month and day where either lacks a year."""
    if NO_YEAR in (d.year, other.year):
        return (d.month, d.day)
    return (d.year, d.month, d.day)


def show_date(d: dt.date) -> str:
    return f"{d.month}月{d.day}日" if d.year == NO_YEAR else d.isoformat()


@functools.lru_cache(maxsize=8192, typed=True)   # a pure function of its text and year; a date
def parse_date_text(text: str, year: int | None) -> dt.date | None:
    """A date or month written as text, optionally followed by 前/底前/到位/完成.

    Returns the last day it stands for (a month counts as its last day); without a year written
    or known, the year is NO_YEAR."""
    t = _DATE_LEAD.sub("", text)
    if not t[:1].isdecimal():
        return None         # every shape starts with a digit (\d is the decimal digits, Nd)
    for rx, grain in _DATE_WHOLE:
        m = rx.fullmatch(t)
        if not m:
            continue
        g = m.groupdict()
        y = int(g["y"]) if g.get("y") else year
        if y is None:
            y = NO_YEAR
        mo = int(g["m"]) if g.get("m") else None
        d = int(g["d"]) if g.get("d") else None
        return _end_of(y, mo, d)
    return None


# Periods (qualitative, never a range of numbers): "全年", "1-12月", "2021年1月-12月",
# "2023.07-2024.01", "1月1日-12月31日".
PERIOD_SHAPES = [
    r"全年|全年度|年度内",
    r"(?:\d{4}年)?\d{1,2}月?-(?:\d{4}年)?\d{1,2}月(?:份)?",
    r"\d{4}[.\-/]\d{1,2}-\d{4}[.\-/]\d{1,2}",
    r"\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}-\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}",
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日?-(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日?",
]
_PERIOD = re.compile("|".join(f"(?:{p})" for p in PERIOD_SHAPES))


# --------------------------------------------------------------------------------------------
# Targets
# --------------------------------------------------------------------------------------------

def _prepare(text: str) -> str:
    text = fold(text)
    text = _strip_trailing(text)
    text = THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)
    text = _map_dashes(text)
    return text


_LIST_MARKER = "|".join(f"(?:{m})" for m in LIST_MARKERS)
_LIST_MARKER_RX = re.compile(_LIST_MARKER)
_LEADING_MARKER = re.compile(rf"^(?:{_LIST_MARKER})")
_LABEL_YEAR = re.compile(r"(?:19|20)\d{2}年")
_NUMBER = re.compile(NUMBER)
_RANGE = re.compile(rf"(?P<label>\D*?)(?P<lo>{NUMBER})(?P<u1>%?)-(?P<hi>{NUMBER})(?P<unit>\D*)")
_UNIT_PUNCT = re.compile(r"[(),，;；:：]")
_PLAIN_NUMBER = re.compile(NUMBER + "%?")
_NUMBER_AND_UNIT = re.compile(rf"(?P<n>-?{NUMBER})(?P<u>.*)")
_DIGIT_DASH_END = re.compile(r"\d-$")


def _only_list_markers(text: str) -> bool:
    """"(1)成立管理组织;(2)季度通报": digits that only number the items of a list."""
    return not _DIGIT.search(_LIST_MARKER_RX.sub("", text))


def _drop_leading_marker(text: str) -> str:
    """"1.培训覆盖率≥90%": a list marker opening a label is not the number."""
    return _LEADING_MARKER.sub("", text)


def _label_year_dropped(text: str, numbers: list[re.Match]) -> list[re.Match]:
    """A leading year in a label ("2021年完成率≥95%") is text, when another number follows."""
    if len(numbers) > 1 and _LABEL_YEAR.match(text, numbers[0].start()):
        return numbers[1:]
    return numbers


def parse_target(value, *, unit_cell: str = "", percent_format: bool = False,
                 year: int | None = None) -> Target:
    """Read a 指标值 cell (README “怎样填写指标值和实际完成值”)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Target("missing")
    if isinstance(value, dt.datetime | dt.date):
        d = value.date() if isinstance(value, dt.datetime) else value
        return Target("deadline", deadline=Deadline(d, d.isoformat()), text=d.isoformat())
    if isinstance(value, bool):
        return Target("unreadable", text=str(value))
    if isinstance(value, int | float):
        n = fraction_of(value)
        unit = _unit_from_cell(unit_cell)
        if percent_format:
            n, unit = n * 100, "%"
        return Target("number", op=None, number=n, unit=unit, text=_fmt(n) + unit)

    t = _target_of_text(str(value), year)
    unit = t.unit
    if t.kind == "number" and not unit:
        unit = _unit_from_cell(unit_cell)   # no unit typed with the number: the 度量单位 column's
    t = _copy(t)                                # the cached reading stays as it was
    t.unit = unit
    return t


def _copy(reading):
    """A shallow copy of a Target or Actual, every field included (dataclasses.replace, which does
    the same through each field's __init__ argument, took 5% of reading 2,000 indicators)."""
    new = object.__new__(type(reading))
    new.__dict__.update(reading.__dict__)
    return new


@functools.lru_cache(maxsize=8192, typed=True)     # a pure function of its text and year; copied
def _target_of_text(raw: str, year: int | None) -> Target:
    """A 指标值 typed as text; a number's unit is "" where none is typed (parse_target then takes
    the 度量单位 column's)."""
    text = _prepare(raw)
    if not text or text in ("-", "/"):
        return Target("missing")      # a lone dash or slash: no target was set (README “评分规则”)
    text = _arabic_numerals(text)

    # deadlines and periods
    d = parse_date_text(text, year)
    if d is not None:
        return Target("deadline", deadline=Deadline(d, text), text=text)
    if _PERIOD.fullmatch(text):
        return Target("qualitative", text=text)     # a period ("全年", "1-12月")

    if not _NUMBER.search(text) or _only_list_markers(text):
        return Target("qualitative", text=text)

    body = _drop_leading_marker(text)
    numbers = _label_year_dropped(body, list(_NUMBER.finditer(body)))

    # a range: "90-95", "90%-95%"
    rng = _RANGE.fullmatch(body)
    if rng and len(numbers) == 2:
        unit = rng["unit"] or rng["u1"]
        if unit and not _is_unit(unit):
            return Target("unreadable", text=text)
        lo, hi = Fraction(rng["lo"]), Fraction(rng["hi"])
        if lo > hi:
            lo, hi = hi, lo
        return Target("number", op=BETWEEN, number=lo, high=hi, unit=unit, text=text)

    if len(numbers) != 1:
        return Target("unreadable", text=text)

    num = numbers[0]
    before, after = body[: num.start()], body[num.end():]
    negative = before.endswith("-")
    if negative:
        before = before[:-1]
    op, label = None, before
    ops = [m for m in _OP_WORD.finditer(before)
           if m.group(0) not in OP_WORDS_TOUCHING or m.end() == len(before)]
    if ops:
        m = ops[-1]
        op = OP_WORDS[m.group(0)]
        label, middle = before[: m.start()], before[m.end():]
        if len(middle) > 6:
            return Target("unreadable", text=text)
    unit = after
    trail = _TRAILING_OP.search(unit)
    if trail:
        t_op = TRAILING_OP_WORDS[trail.group(0)]
        unit = unit[: trail.start()]
        if op is None or op in (MORE, LESS, EQUAL):
            op = t_op
    if _OP_WORD.search(unit):
        return Target("unreadable", text=text)
    if unit:
        if op is None and label and not _is_unit(unit):
            return Target("unreadable", text=text)  # "严格按照预算标准1000元/人给补助"
        if not _is_unit(unit) and (len(unit) > 6 or _UNIT_PUNCT.search(unit)):
            return Target("unreadable", text=text)
    if op is None and label and len(label) > 12:
        return Target("unreadable", text=text)
    n = Fraction(num.group(0))
    if negative:
        n = -n
    return Target("number", op=op, number=n, unit=unit, text=text)


def _unit_from_cell(unit_cell) -> str:
    if unit_cell is None:
        return ""
    u = fold(str(unit_cell))
    if u in ("定性", "定性指标", "定量", "定量指标"):
        return ""
    return u


def parse_op_column(value) -> tuple[str | None, bool]:
    """The operator column: returns (operator or "qualitative" or None, readable)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    t = fold(str(value))
    if t in OP_COLUMN_WORDS:
        return OP_COLUMN_WORDS[t], True
    if t in OP_WORDS:
        return OP_WORDS[t], True
    if t in TRAILING_OP_WORDS:
        return TRAILING_OP_WORDS[t], True
    # a platform's code before the comparison: 云南's 预算管理一体化 exports write "004 >=" and "005 <="
    # (SPEC 2.3 names no codes; a choice, README “本项目的取舍”): a leading-zero code is no quantity,
    # and what follows it is read as the column's comparison when it is one of the words above
    m = _OP_CODE.fullmatch(t)
    if m:
        return parse_op_column(m["op"])
    return None, False


_OP_CODE = re.compile(r"0\d{1,2}(?P<op>\D.*)")


# --------------------------------------------------------------------------------------------
# Actuals
# --------------------------------------------------------------------------------------------

def parse_actual(value, *, percent_format: bool = False, year: int | None = None) -> Actual:
    """Read an 实际完成值 cell (README “怎样填写指标值和实际完成值”)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Actual("missing")
    if isinstance(value, dt.datetime | dt.date):
        d = value.date() if isinstance(value, dt.datetime) else value
        return Actual("date", date=d, text=d.isoformat())
    if isinstance(value, bool):
        return Actual("text", text="是" if value else "否")
    if isinstance(value, int | float):
        n = fraction_of(value)
        if percent_format:
            return Actual("number", number=n * 100, unit="%", text=_fmt(n * 100) + "%")
        return Actual("number", number=n, text=_fmt(n), general_number=True)

    a = _actual_of_text(str(value).strip(), year)
    return _copy(a)                             # the caller's own: the cached reading stays as it was


@functools.lru_cache(maxsize=8192, typed=True)     # a pure function of its text and year; copied
def _actual_of_text(raw: str, year: int | None) -> Actual:
    """An 实际完成值 typed as text (stripped)."""
    if raw in NOT_APPLICABLE:
        return Actual("na", text=raw)
    text = _prepare(raw)
    if not text:
        return Actual("missing")
    if text in NOT_APPLICABLE or text in ("不适用", "不涉及"):
        return Actual("na", text=text)
    if text == "无":
        return Actual("na", text=text)   # the scorer turns it into 0 against a target of 无 or 0

    approx = False
    core = text
    for p in APPROX_PREFIXES:
        if core.startswith(p):
            core, approx = core[len(p):], True
    for s in APPROX_SUFFIXES:
        if core.endswith(s):
            core, approx = core[: -len(s)], True
    core = _arabic_numerals(core)

    d = parse_date_text(core, year)
    if d is not None and not _PLAIN_NUMBER.fullmatch(core):
        return Actual("date", date=d, text=text)

    m = _NUMBER_AND_UNIT.fullmatch(core)
    if m and (not m["u"] or _is_unit(m["u"])):
        # A plain number typed as text ("0.98" in the template's text-formatted column) is taken
        # as typed, like a number in a General cell, so the fraction check of README “怎样填写指标值和实际完成值” sees it.
        return Actual("number", number=Fraction(m["n"]), unit=m["u"], text=text, approx=approx,
                      general_number=not m["u"])

    # A leading year is a label here too ("2021年培训100人次"); SPEC says it for no side, and
    # reading actuals like targets is a choice, noted in README.
    numbers = _label_year_dropped(core, list(_NUMBER.finditer(core)))
    if len(numbers) == 1:
        num = numbers[0]
        after = core[num.end():]
        trail = _TRAILING_OP.search(after)
        unit = after[: trail.start()] if trail else after
        neg = core[: num.start()].endswith("-") and not _DIGIT_DASH_END.search(core[: num.start()])
        n = Fraction(num.group(0))
        return Actual("number", number=-n if neg else n, unit=unit if _is_unit(unit) else "",
                      text=text, approx=approx, extracted=True)
    return Actual("text", text=text, approx=approx)


def _fmt(n: Fraction) -> str:
    """Show an exact number the way a person writes it (at most 4 decimals).

    The digits are those of Decimal(numerator) / Decimal(denominator) at a precision of
    max(28, integer digits + 8) (enough for 1e30 万元 typed in a cell, not just 28), quantized to
    4 decimals ROUND_HALF_UP, trailing zeros dropped — computed in integers (Decimal took most of
    the time of showing a score).  tests/test_values.py compares the two on many numbers."""
    num, den = n.numerator, n.denominator
    if den == 1:
        return str(num)
    a = -num if num < 0 else num
    q, r = divmod(a * 10000, den)
    if 2 * r >= den:
        q += 1                              # half away from zero, as ROUND_HALF_UP
    elif (den - 2 * r) * 10000 <= den:
        q = _fmt_near_half(a, den)          # just below a half: the division's rounding decides
    s = f"{'-' if num < 0 else ''}{q // 10000}.{q % 10000:04d}"
    return s.rstrip("0").rstrip(".")


def _fmt_near_half(a: int, den: int) -> int:
    """a/den (a >= 0) in units of 0.0001 as the decimal computation of _fmt rounds it: first to the
    context's precision, half to even (Decimal division), then half up to 4 decimals (quantize).
    The first rounding matters only within 10^-(decimals - 4) / 2 below a half."""
    whole = a // den
    if whole:
        # Decimal keeps `precision` significant digits: precision - (integer digits) decimals
        digits = len(str(whole))
        decimals = max(28, digits + 8) - digits
    else:
        # 28 significant digits from the first non-zero decimal, the z-th (10^-z <= a/den)
        z = len(str(den)) - len(str(a))
        if a * 10 ** z < den:
            z += 1
        decimals = z + 27
    q, r = divmod(a * 10 ** decimals, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    step = 10 ** (decimals - 4)
    q, r = divmod(q, step)
    if 2 * r >= step:
        q += 1
    return q


def format_half_up(x: Fraction, places: int = 2) -> str:
    """format_number(review.round_half_up(x, places)) for places <= 4, in integers: x rounded
    half up (towards +inf) to `places` decimals and shown without trailing zeros."""
    if places > 4:
        raise ValueError("format_half_up shows at most 4 decimals")
    scale = 10 ** places
    whole, rest = divmod(x.numerator * scale, x.denominator)
    if 2 * rest >= x.denominator:
        whole += 1
    if whole < 0:
        i, f = divmod(-whole, scale)
        sign = "-"
    else:
        i, f = divmod(whole, scale)
        sign = ""
    if not f:
        return f"{sign}{i}" if i else "0"
    return f"{sign}{i}.{f:0{places}d}".rstrip("0")


format_number = _fmt
