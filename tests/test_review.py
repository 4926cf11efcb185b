"""复核意见 (SPEC §4): every finding code, triggered by a small workbook built here."""
import json

import pytest
from click.testing import CliRunner

import selfeval_xl
from helpers import load_workbook, make_workbook
from selfeval_xl.cli import cli

S = "整体绩效目标申报表"
OK = ("产出指标", "数量", "甲", "≥10", "个", "10")       # a row that raises nothing by itself
OP_HEADS = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值"]
STRICT = "department-overall-strict"

# code, level, rows, make_workbook options, the location the finding must name ("" = any)
CASES = [
    ("missing-label", "错误", [OK], {"name": None}, f"{S}!A3"),
    ("missing-sheet", "错误", [OK], {"budget": False}, ""),
    ("budget-not-number", "错误", [OK], {"budget": {"全年预算数": "一百", "全年执行数": 1}}, "资金执行情况!B1"),
    ("budget-negative", "错误", [OK], {"budget": {"全年预算数": 10, "全年执行数": -5}}, "资金执行情况!B2"),
    ("yuan-converted", "提示", [OK], {"budget": {"全年预算数（元）": 100000, "全年执行数": 10}}, "资金执行情况!B1"),
    ("rate-zero-budget", "警告", [OK], {"budget": {"全年预算数": 0, "全年执行数": 5}}, "资金执行情况!B1"),
    ("unmapped-first-level", "错误", [("社会指标", "x", "甲", "≥1", "个", "1")], {}, f"{S}!A6"),
    ("not-applicable", "提示", [OK, (None, None, "乙", "≥1", "个", "不涉及")], {}, f"{S}!F7"),
    ("op-column-unreadable", "警告", [("产出指标", "数量", "甲", "大概", "≥1", "个", "1")], {"headings": OP_HEADS}, f"{S}!D6"),
    ("op-conflict", "警告", [("产出指标", "数量", "甲", "≤", "≥1", "个", "1")], {"headings": OP_HEADS}, f"{S}!D6"),
    ("bare-number-at-most", "提示", [("产出指标", "质量", "安全事故次数", "0", "次", "0")], {}, f"{S}!D6"),
    ("target-unreadable", "错误", [("产出指标", "数量", "甲", "严格按照预算标准1000元/人给补助", None, "1000")], {}, f"{S}!D6"),
    ("target-missing", "错误", [("产出指标", "数量", "甲", None, "个", "1")], {}, f"{S}!D6"),
    ("rate-filled", "提示", [("投入管理指标", "预算", "预算执行率", "≥90%", None, None)], {}, f"{S}!F6"),
    ("weights-zero", "警告", [OK + (0,), ("产出指标", "数量", "乙", "≥1", "个", "1", 0)], {}, f"{S}!G6"),
    ("weights-rescaled-na", "提示", [OK + (20,), ("产出指标", "数量", "乙", "≥1", "个", "不适用", 20)], {}, f"{S}!G6"),
    ("weights-not-summing", "警告", [OK + (10,), ("产出指标", "数量", "乙", "≥1", "个", "1", 10)], {}, f"{S}!G6"),
    ("weights-partly-filled", "提示", [OK + (10,), ("产出指标", "数量", "乙", "≥1", "个", "1")], {}, ""),
    ("weights-split", "提示", [OK], {}, ""),
    ("weight-unreadable", "错误", [OK + ("十分",)], {}, f"{S}!G6"),
    ("self-score-unreadable", "警告", [OK + (None, "满分")], {}, f"{S}!H6"),
    ("actual-missing", "错误", [("产出指标", "数量", "甲", "≥1", "个", None)], {}, f"{S}!F6"),
    ("approximate-actual", "提示", [("产出指标", "数量", "甲", "≥90%", None, "约95%")], {}, f"{S}!F6"),
    ("text-actual-on-number", "警告", [("产出指标", "成本", "甲", "≤30万元", None, "完成")], {}, f"{S}!F6"),
    ("number-taken-from-text", "提示", [("产出指标", "数量", "甲", "≥90%", None, "已完成98%")], {}, f"{S}!F6"),
    ("negative-actual", "警告", [("产出指标", "数量", "甲", "≥1", "个", -1)], {}, f"{S}!F6"),
    ("looks-like-fraction", "警告", [("产出指标", "质量", "合格率", "≥90", "%", 0.95)], {}, f"{S}!F6"),
    ("looks-like-fraction", "警告", [("产出指标", "质量", "合格率", 0.9, "%", "95%")], {}, f"{S}!D6"),
    # "<3次" met by exactly 3: scored as at most (full marks), with a 提示 (SPEC §4)
    ("strict-met-by-equality", "提示", [("产出指标", "数量", "甲", "<3次", None, "3")], {}, f"{S}!F6"),
    ("equal-missed", "提示", [("产出指标", "质量", "甲", "=100%", None, "99%")], {}, f"{S}!F6"),
    ("hundred-on-qualitative", "提示", [("投入管理指标", "管理", "甲", "规范", None, "100%")], {}, f"{S}!F6"),
    ("qualitative-no-band", "警告", [("投入管理指标", "管理", "甲", "规范", None, "待定")], {}, f"{S}!F6"),
    ("category-empty", "警告", [OK], {}, ""),
    ("rate-mismatch", "警告", [("投入管理指标", "预算", "部门预算执行率", "≥90%", None, "95%")],
     {"budget": {"全年预算数": 100, "全年执行数": 90}}, f"{S}!F6"),
    ("rate-typed-unreadable", "警告", [("投入管理指标", "预算", "预算执行率", "≥90%", None, "很好")], {}, f"{S}!F6"),
    ("rate-misses-target", "警告", [("投入管理指标", "预算", "预算调整率", "≤5%", None, None)],
     {"budget": {"年初预算数": 100, "全年预算数": 110, "全年执行数": 110}}, f"{S}!F6"),
    ("self-score-above-weight", "警告", [OK + (None, 50)], {}, f"{S}!H6"),
    ("self-score-mismatch", "警告", [OK + (None, 30)], {}, f"{S}!H6"),
    ("reason-missing", "警告", [("产出指标", "数量", "甲", "≥10", "个", "5")], {}, f"{S}!I6"),
    ("far-above-target", "提示", [("产出指标", "数量", "甲", "≥10", "个", "13")], {}, f"{S}!F6"),
    ("not-quantified", "警告", [("产出指标", "质量", "甲", "效果明显", None, "已完成")], {}, f"{S}!D6"),
    ("execution-above-100", "警告", [OK], {"budget": {"全年预算数": 100, "全年执行数": 105}}, "资金执行情况!B2"),
    ("total-vs-initial-budget", "警告", [OK], {"total_budget": 56}, f"{S}!B4"),
    ("budget-parts-mismatch", "警告", [OK], {"total_budget": 100, "extra": lambda ws: ws.cell(4, 3, "项目支出").parent.cell(4, 4, 60)}, ""),
    ("total-mismatch", "警告", [OK], {"extra": lambda ws: (ws.cell(2, 3, "自评总分"), ws.cell(2, 4, 99))}, f"{S}!D2"),
    ("deviation-deduction", "警告", [("产出指标", "数量", "甲", "≥10", "个", "13")], {"scheme": STRICT}, f"{S}!F6"),
    ("execution-cap", "警告", [("投入管理指标", "管理", "甲", "规范", None, "规范"), OK,
                               ("效益指标", "社会", "乙", "≥1", "个", "1")],
     {"scheme": STRICT, "budget": {"全年预算数": 100, "全年执行数": 70}}, ""),   # 7 + 90 = 97 → capped at 79
    ("formula-no-cache", "错误", [OK], {"extra": lambda ws: ws.__setitem__("J6", "=SUM(A1:A2)")}, f"{S}!J6"),
]


@pytest.mark.parametrize("code, level, rows, opts, where", CASES, ids=[c[0] for c in CASES])
def test_finding_is_raised_with_its_level_and_cell(tmp_path, code, level, rows, opts, where):
    opts = dict(opts)
    scheme = opts.pop("scheme", "department-overall")
    budget = opts.pop("budget", {"年初预算数": 100, "全年预算数": 100, "全年执行数": 100})
    result = selfeval_xl.evaluate(make_workbook(tmp_path / "w.xlsx", rows, budget=budget, **opts), scheme)
    hits = [f for f in result.findings if f.code == code]
    assert hits, f"{code} not raised; got {[f.code for f in result.findings]}"
    assert {f.level for f in hits} == {level}
    if where:
        assert where in {f.location for f in hits}
    assert all(f.message and any("\u4e00" <= ch <= "\u9fff" for ch in f.message) for f in hits)


def test_levels_follow_spec_and_errors_come_first(seed_copy):
    r = selfeval_xl.evaluate(seed_copy)
    order = [f.level for f in r.findings.sorted()]
    assert order == sorted(order, key=["错误", "警告", "提示"].index)


def test_scored_workbook_lists_findings_with_links(seed_copy):
    _result, out = selfeval_xl.process(seed_copy)
    ws = load_workbook(out)["复核意见"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    levels = [r[0] for r in rows]
    assert levels == sorted(levels, key=["错误", "警告", "提示"].index)
    cell = next(c for c in ws["C"][1:] if c.value == "整体绩效目标申报表!F24")
    assert cell.hyperlink is not None and "原表-整体绩效目标申报表" in cell.hyperlink.location
    assert cell.hyperlink.location.endswith("F24")


def test_check_table_is_aligned_and_json_is_complete(seed_copy):
    from selfeval_xl.review import display_width as _width
    res = CliRunner().invoke(cli, ["check", str(seed_copy)])
    lines = res.output.splitlines()
    findings = selfeval_xl.evaluate(seed_copy).findings.sorted()
    header = next(l for l in lines if l.startswith("级别"))
    column = _width(header[: header.index("说明")])
    for f in findings:                         # East Asian wide characters count double
        line = next(l for l in lines if l.endswith(f.message))
        assert _width(line[: line.index(f.message)]) == column
    data = json.loads(CliRunner().invoke(cli, ["check", str(seed_copy), "--json"]).output)
    assert [d["code"] for d in data["findings"]] == [f.code for f in findings]


def test_an_exceeded_ceiling_is_said_to_be_exceeded(tmp_path):
    """预算调整率 |110 − 100| ÷ 100 = 10% against ≤5%: the ceiling is exceeded, not "not reached"."""
    path = make_workbook(tmp_path / "w.xlsx", [("投入管理指标", "预算", "预算调整率", "≤5%", None, None)],
                         budget={"年初预算数": 100, "全年预算数": 110, "全年执行数": 110})
    f = next(f for f in selfeval_xl.evaluate(path).findings if f.code == "rate-misses-target")
    assert "超过了指标值“≤5%”" in f.message and "未达到" not in f.message


def test_a_formula_without_cached_value_is_one_finding_not_two(tmp_path):
    """An 指标值 cell holding a formula that was never calculated: formula-no-cache (错误) says so;
    no second 错误 calls the same cell a missing target."""
    from openpyxl import load_workbook

    path = make_workbook(tmp_path / "w.xlsx", [("产出指标", "数量", "甲", None, None, "5")])
    wb = load_workbook(path)
    wb["整体绩效目标申报表"]["D6"] = "=1+1"          # openpyxl stores no cached value
    wb.save(path)
    codes = [(f.code, f.cell) for f in selfeval_xl.evaluate(path).findings]
    assert ("formula-no-cache", "D6") in codes and ("target-missing", "D6") not in codes


def test_display_width_counts_every_wide_character_as_unicodedata_does():
    # The fast path (regular expressions over the common CJK blocks) must give what the plain rule
    # gives: 2 for each East Asian Wide or Fullwidth character, 1 for any other, for every code point
    # alone and for mixed texts such as the findings' sentences.
    import random
    import unicodedata

    from selfeval_xl.review import display_width

    def plain(s):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    # every code point the fast path decides without asking unicodedata: the runs it counts as wide
    # must all be W or F, the rest it does not ask about must all be narrow
    from selfeval_xl.review import _ASK, _WIDE_RUNS

    everything = "".join(map(chr, range(0x110000)))
    wide = "".join(_WIDE_RUNS.findall(everything))
    unasked = _ASK.sub("", _WIDE_RUNS.sub("", everything))
    assert len(wide) > 20_000 and len(unasked) > 0x378
    assert all(unicodedata.east_asian_width(ch) in "WF" for ch in wide)
    assert not any(unicodedata.east_asian_width(ch) in "WF" for ch in unasked)
    for ch in wide[::97] + unasked + "\u0378\u1100\u303f\uffe0\U00020000":
        assert display_width(ch) == plain(ch), hex(ord(ch))
    # wide: 预算执行率 （ ） 三公经费 = 11 characters; narrow: " 98.5%" ≥ "90%" “ ” = 12 (≥ and the
    # curly quotes are Ambiguous, counted 1)
    assert display_width("预算执行率 98.5%（≥90%）“三公经费”") == 2 * 11 + 12
    rnd = random.Random(7)
    pool = "a1 %.,\n—“”（）、：预算执行率①Ⅱ가ｱＡ\u3000\U0001f600\u0378"
    for _ in range(2000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40)))
        assert display_width(s) == plain(s), s


def test_the_three_public_expenses_are_quoted_as_the_forms_write_them(tmp_path):
    # 三公经费 is written “三公经费” on the forms (财预〔2020〕10号 and every table of the corpus):
    # the zero-budget warning and the basis of the unused rate quote it the same way
    path = make_workbook(tmp_path / "a.xlsx", [OK], budget={"全年预算数": 10, "全年执行数": 9,
                                                           "三公经费预算数": 0, "三公经费实际支出数": 0.5})
    result = selfeval_xl.evaluate(path)
    zero = [f for f in result.findings if f.code == "rate-zero-budget"]
    assert [f.message for f in zero] == [
        "“三公经费”预算数为 0 而“三公经费”实际支出数为 0.5 万元，“三公经费”控制率无法计算。"]
    path = make_workbook(tmp_path / "b.xlsx", [OK], budget={"全年预算数": 10, "全年执行数": 9})
    basis = selfeval_xl.evaluate(path).rates["三公经费控制率"].basis
    assert basis == "未计算：“资金执行情况”中没有“三公经费”实际支出数、“三公经费”预算数"
