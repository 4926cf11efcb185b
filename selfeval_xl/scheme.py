"""Scoring schemes: typed, validated data (README, "评分方案").

A scheme is a TOML file: categories and their weights (summing to 100), which 一级指标 map to
each, the grade bands, the word lists of the qualitative bands, the limits by nature and the
opt-in platform rules.  `extends = "department-overall"` starts from another scheme: its tables
are merged key by key, its lists and arrays of tables replaced by the extending file's.  Every key
is checked; a misspelt or missing one is refused with a Chinese message naming the file and the key.
"""
from __future__ import annotations

import copy
import functools
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from importlib import resources
from pathlib import Path

from .reading import InputError, norm_label, split_unit
from .values import format_number

AUTO = "auto"
RATE_NAMES = ("预算执行率", "预算调整率", "结转结余率", "三公经费控制率", "政府采购执行率", "公用经费控制率")


@dataclass
class Category:
    name: str
    weight: Fraction
    first_levels: list[str] = field(default_factory=list)
    computed: str | None = None
    quantified: bool = False

    @functools.cached_property
    def first_level_keys(self) -> frozenset[str]:
        """The level_key of each 一级指标 name of the category (what category_of compares)."""
        return frozenset(level_key(x) for x in self.first_levels)


# the [review] defaults (README, 评分方案): percentage points, and a multiple of the target
RATE_TOLERANCE, FAR_ABOVE_RATIO = Fraction(1, 2), Fraction(13, 10)


@dataclass
class Scheme:
    name: str
    title: str
    categories: list[Category]
    grades: list[tuple[Fraction, str]]
    qualitative: dict
    limits: dict
    rules: dict
    source: str
    form_weights: bool = False     # accept the category weights a form declares (README, 评分规则)
    # [review]: how far a typed rate may be from the computed one (percentage points), and the
    # actual ÷ target from which an "at least" indicator is flagged as far above its target
    rate_tolerance: Fraction = RATE_TOLERANCE
    far_above_ratio: Fraction = FAR_ABOVE_RATIO

    def category_of(self, first_level) -> Category | None:
        key = level_key(first_level)
        for cat in self.categories:
            if key in cat.first_level_keys:
                return cat
        return None

    def grade(self, total: Fraction) -> str:
        for lower, name in self.grades:
            if total >= lower:
                return name
        return self.grades[-1][1]


def level_key(text) -> str:
    """一级指标 names match as labels; a trailing "指标" or "目标" (产出目标 is 产出指标) or "(40分)"
    does not matter."""
    return _level_key(norm_label(text)) if text is not None else ""


@functools.lru_cache(maxsize=4096)     # a pure function of its text
def _level_key(label: str) -> str:
    n = split_unit(label)[0]
    return n[:-2] if n.endswith(("指标", "目标")) and len(n) > 2 else n


def available_schemes() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("selfeval_xl.schemes").iterdir()
                  if p.name.endswith(".toml"))


# What a scheme may hold: key → (type, required).  str lists are lists of strings; "share" is a
# decimal written as a string or a number between 0 and 1; "band" a pair of shares.
TOP = {"name": (str, False), "title": (str, False), "extends": (str, False),
       "form_weights": (bool, False), "categories": (list, True), "grades": (list, True),
       "qualitative": (dict, True), "limits": (dict, True), "rules": (dict, False),
       "review": (dict, False)}
CATEGORY = {"name": (str, True), "weight": ("number", True), "first_levels": ("strs", False),
            "computed": (str, False), "quantified": (bool, False)}
GRADE = {"min": ("number", True), "name": (str, True)}
QUALITATIVE = {"achieved_share": ("share", True), "partial_share": ("share", True),
               "missed_share": ("share", True), "achieved_band": ("band", True),
               "partial_band": ("band", True), "missed_band": ("band", True),
               "missed_prefixes": ("strs", True), "missed_exceptions": ("strs", False),
               "missed_words": ("strs", False), "missed_contains": ("strs", False),
               "partial_prefixes": ("strs", True), "achieved_words": ("strs", True),
               "achieved_exact": ("strs", False)}
LIMITS = {"limit_rates": ("strs", True), "cost_levels": ("strs", True), "timeliness_levels": ("strs", True),
          "duration_units": ("strs", True), "limit_words": ("strs", True)}
REVIEW = {"rate_tolerance": ("number", False), "far_above_ratio": ("number", False)}
RULES = {"deviation_deduction": (dict, False), "execution_cap": (list, False)}
DEVIATION = {"ratio": ("number", True), "points": ("number", True)}
CAP = {"below": ("number", True), "max": ("number", True)}


class _Checker:
    def __init__(self, source: str):
        self.source = source

    def table(self, data, spec: dict, where: str) -> None:
        """`where` is the table's key ("" for the whole scheme)."""
        if not isinstance(data, dict):
            if where:
                raise InputError.of("scheme-invalid", variant="not-table", scheme=self.source, key=where)
            raise InputError.of("scheme-invalid", variant="not-table-top", scheme=self.source)
        for key in data:
            if key not in spec:
                if where:
                    raise InputError.of("scheme-invalid", variant="unknown-key", scheme=self.source, key=where,
                                        unknown=str(key), known="、".join(spec))
                raise InputError.of("scheme-invalid", variant="unknown-key-top", scheme=self.source,
                                    unknown=str(key), known="、".join(spec))
        for key, (kind, required) in spec.items():
            path = f"{where}.{key}" if where else key
            if key not in data:
                if required:
                    raise InputError.of("scheme-invalid", variant="missing-key", scheme=self.source, key=path)
                continue
            self.value(data[key], kind, path)

    def value(self, v, kind, path: str) -> None:
        if kind == "number":
            ok = isinstance(v, int | float | str) and not isinstance(v, bool) and self._fraction(v) is not None
        elif kind == "share":
            f = self._fraction(v) if isinstance(v, int | float | str) and not isinstance(v, bool) else None
            ok = f is not None and 0 <= f <= 1
        elif kind == "band":
            ok = isinstance(v, list) and len(v) == 2 and all(
                isinstance(x, int | float | str) and self._fraction(x) is not None for x in v)
        elif kind == "strs":
            ok = isinstance(v, list) and all(isinstance(x, str) for x in v)
        else:
            ok = isinstance(v, kind) and not (kind is not bool and isinstance(v, bool))
        if not ok:
            expected = {"number": "数字", "share": "0 到 1 之间的数", "band": "两个数组成的区间",
                        "strs": "文字列表", str: "文字", bool: "true 或 false", list: "列表",
                        dict: "表"}.get(kind, str(kind))
            raise InputError.of("scheme-invalid", scheme=self.source, key=path, expected=expected, value=str(v))

    @staticmethod
    def _fraction(v) -> Fraction | None:
        try:
            return Fraction(str(v))
        except (ValueError, ZeroDivisionError):
            return None


def _parse(text: str, source: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError.of("scheme-invalid", variant="not-toml", scheme=source, error=str(exc)) from None


@functools.lru_cache(maxsize=16)    # a pure function of the package's own files; callers get a copy
def _parse_shipped(name: str) -> dict:
    """A shipped scheme's TOML, parsed (the TOML parse was ~3 ms of every evaluate)."""
    text = (resources.files("selfeval_xl.schemes") / f"{name}.toml").read_text(encoding="utf-8")
    return _parse(text, name)


def _read(name_or_path: str, seen: tuple[str, ...] = ()) -> tuple[dict, str]:
    """The scheme's data, with `extends` resolved (a shipped name, or a path beside the file)."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            raise InputError.of("scheme-not-found", path=str(path))
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError.of("scheme-invalid", variant="unreadable", path=str(path),
                                error=type(exc).__name__) from None
        source, base = str(path), path.parent
    else:
        res = resources.files("selfeval_xl.schemes") / f"{name_or_path}.toml"
        if not res.is_file():
            raise InputError.of("scheme-not-found", variant="name", name=name_or_path,
                                available="、".join(available_schemes()))
        text, source, base = None, str(name_or_path), None
    if text is None:                # a shipped scheme: package data, parsed once per process
        data = copy.deepcopy(_parse_shipped(source))
    else:
        data = _parse(text, source)
    parent = data.get("extends")
    if parent is None:
        return data, source
    if not isinstance(parent, str):
        raise InputError.of("scheme-invalid", variant="extends-type", scheme=source)
    target = parent
    if base is not None and (parent.endswith(".toml") or (base / parent).exists()):
        target = str(base / parent)
    if target in seen or target == source:
        raise InputError.of("scheme-invalid", variant="extends-loop", scheme=source,
                            chain=" → ".join(seen + (source, target)))
    inherited, _ = _read(target, seen + (source,))
    merged = dict(inherited)
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    merged.pop("extends", None)
    merged["name"] = data.get("name", Path(source).stem)     # a name is never inherited
    return merged, source


def load_scheme(name_or_path: str | Path | None = None) -> Scheme:
    """A shipped scheme by name, or a user's TOML file by path; every key checked.  A shipped
    scheme is read and checked once per process; each call gets its own copy."""
    name = str(name_or_path or "department-overall")
    path = Path(name)
    if path.suffix != ".toml" and not path.exists():      # a shipped scheme's name (or no scheme)
        return copy.deepcopy(_shipped_scheme(name))
    return _checked(*_read(name))


@functools.lru_cache(maxsize=16)    # package data: the same for the life of the process
def _shipped_scheme(name: str) -> Scheme:
    return _checked(*_read(name))


def _checked(data: dict, source: str) -> Scheme:
    """The Scheme of a scheme's data (extends resolved), every key checked."""
    check = _Checker(source)
    check.table(data, TOP, "")
    if not data["categories"]:
        raise InputError.of("scheme-invalid", variant="empty", scheme=source, key="categories")
    for i, c in enumerate(data["categories"], start=1):
        check.table(c, CATEGORY, f"categories 第 {i} 项")
        if c.get("computed") is not None and c["computed"] not in RATE_NAMES:
            raise InputError.of("scheme-invalid", variant="computed", scheme=source, key=f"categories 第 {i} 项.computed",
                                rates="、".join(RATE_NAMES), value=str(c["computed"]))
    for i, g in enumerate(data["grades"], start=1):
        check.table(g, GRADE, f"grades 第 {i} 项")
    check.table(data["qualitative"], QUALITATIVE, "qualitative")
    check.table(data["limits"], LIMITS, "limits")
    review = data.get("review", {})
    check.table(review, REVIEW, "review")
    rules = data.get("rules", {})
    check.table(rules, RULES, "rules")
    if "deviation_deduction" in rules:
        check.table(rules["deviation_deduction"], DEVIATION, "rules.deviation_deduction")
    for i, cap in enumerate(rules.get("execution_cap", []), start=1):
        check.table(cap, CAP, f"rules.execution_cap 第 {i} 项")
    if not data["grades"]:
        raise InputError.of("scheme-invalid", variant="empty", scheme=source, key="grades")
    cats = [Category(c["name"], Fraction(str(c["weight"])), list(c.get("first_levels", [])),
                     c.get("computed"), bool(c.get("quantified", False))) for c in data["categories"]]
    total = sum(c.weight for c in cats)
    if total != 100:
        raise InputError.of("scheme-invalid", variant="weights-sum", scheme=source, total=format_number(total))
    grades = sorted(((Fraction(str(g["min"])), g["name"]) for g in data["grades"]), reverse=True)
    tolerance = Fraction(str(review.get("rate_tolerance", RATE_TOLERANCE)))
    ratio = Fraction(str(review.get("far_above_ratio", FAR_ABOVE_RATIO)))
    if tolerance < 0:
        raise InputError.of("scheme-invalid", variant="negative", scheme=source, key="review.rate_tolerance",
                            value=str(review["rate_tolerance"]))
    if ratio <= 1:
        raise InputError.of("scheme-invalid", variant="not-above-1", scheme=source, key="review.far_above_ratio",
                            value=str(review["far_above_ratio"]))
    return Scheme(data.get("name", Path(source).stem), data.get("title", ""), cats, grades,
                  data["qualitative"], data["limits"], rules, source, bool(data.get("form_weights", False)),
                  tolerance, ratio)
