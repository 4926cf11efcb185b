"""The formulas of the scored workbook implement the same rules as the Python scorer, on many
workbooks generated here (seeded): every operator, qualitative bands with officers' own scores,
deadlines, not-applicable rows, negative and text actuals, weights given, partly given or not,
rates over zero budgets, both schemes.  LibreOffice recalculates every output in one run and every
formula cell must equal the value Python cached (test_workbook.py does the same on the samples).
"""
import random

import pytest

import selfeval_xl
from helpers import make_workbook
from libreoffice import convert
from test_workbook import _formula_cells, _same, _values

SEED = 20211231
WORKBOOKS = 48

FIRSTS = ["投入管理指标", "产出指标", "效益指标", "满意度指标", "效果指标"]
NUMBERS = ["0", "1", "3", "5", "10", "12.5", "90", "95", "98", "100", "250"]
UNITS = ["%", "个", "天", "万元", "次"]


def _quantitative(rng: random.Random) -> tuple:
    op = rng.choice(["≥", "≤", "=", "", ">", "<", "不低于", "控制在", "range"])
    unit = rng.choice(UNITS)
    if op == "range":
        lo, hi = sorted(rng.sample([5, 10, 80, 90, 95, 100], 2))
        target = f"{lo}-{hi}"
    else:
        t = rng.choice(NUMBERS)
        target = f"{op}{t}" + ("以内" if op == "控制在" else "")
    actual = rng.choice([
        rng.choice(NUMBERS), f"{rng.randint(0, 300)}", f"{rng.uniform(0, 200):.2f}", "-3",
        f"约{rng.randint(50, 110)}", f"{rng.randint(50, 110)}左右", "完成", None, "不适用", 0, 101.5])
    third = rng.choice(["培训人次", "覆盖率", "处理时长", "投诉次数", "设备数量", "安全事故次数"])
    return third, target, unit, actual


def _qualitative(rng: random.Random) -> tuple:
    target = rng.choice(["规范", "合规", "健全", "效果明显"])
    actual = rng.choice([target, "基本" + target, "不" + target, "一般", "已完成", "部分完成", "100%",
                         None, "较好", "否"])
    return rng.choice(["管理规范性", "制度健全性", "社会效益"]), target, "定性指标", actual


def _deadline(rng: random.Random) -> tuple:
    return ("完成时限", rng.choice(["9月前", "2021年12月底前", "10月底到位"]), None,
            rng.choice(["2021年9月20日", "2021年10月", "2021年12月31日", "按时完成", "未完成"]))


def _rate(rng: random.Random) -> tuple:
    name, target = rng.choice([("预算执行率", "≥90%"), ("部门预算执行率", "≥95"), ("预算调整率", "≤5%"),
                               ("结转结余率", "≤5"), ("“三公经费”控制率", "≤100%"),
                               ("政府采购执行率", "≥90%"), ("预算执行率", "1-12月"), ("预算执行率", "规范")])
    return name, target, "%", rng.choice([None, "100%", "95", "105%", "很好"])


def _workbook(rng: random.Random, path):
    rows = []
    weights = rng.choice(["none", "all", "some"])
    for _ in range(rng.randint(3, 9)):
        kind = rng.choices([_quantitative, _qualitative, _deadline, _rate], [5, 3, 1, 2])[0]
        third, target, unit, actual = kind(rng)
        w = None
        if weights == "all" or (weights == "some" and rng.random() < 0.5):
            w = rng.choice([1, 2, 5, 10, 12.5, 20, 0])
        self_score = rng.choice([None, None, 0, 1, 2.4, 5, 8, 9, 12, 15, 30])
        reason = rng.choice([None, "原因已说明"])
        rows.append((rng.choice(FIRSTS), "二级", f"{third}{len(rows)}", target, unit, actual, w,
                     self_score, reason))
    budget = {"年初预算数": rng.choice([0, 100, 768.94]), "全年预算数": rng.choice([0, 100, 814.75]),
              "全年执行数": rng.choice([0, 70, 95.5, 814.75, 120]),
              "结转结余数": rng.choice([None, 0, 4.2]),
              "“三公经费”预算数": rng.choice([None, 0, 7.2]),
              "“三公经费”实际支出数": rng.choice([None, 0, 0.04, 9]),
              "政府采购预算数": rng.choice([None, 0, 50]), "政府采购实际金额": rng.choice([None, 0, 45])}
    return make_workbook(path, rows, budget=budget)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parity")
    rng = random.Random(SEED)
    outs = []
    for i in range(WORKBOOKS):
        scheme = "department-overall-strict" if i % 3 == 0 else "department-overall"
        src = _workbook(rng, tmp / f"w{i}.xlsx")
        outs.append(selfeval_xl.process(src, tmp / f"w{i}-评分.xlsx", scheme)[1])
    return list(zip(outs, convert(outs, tmp / "lo")))


def test_generated_workbooks_recalculate_to_the_cached_values(generated):
    diffs, checked = [], 0
    for ours, lo in generated:
        formulas = _formula_cells(ours)
        cached, recalculated = _values(ours), _values(lo)
        checked += len(formulas)
        diffs += [(ours.name, k, f, cached[k], recalculated.get(k)) for k, f in formulas.items()
                  if not _same(cached[k], recalculated.get(k))]
    assert checked > 1000
    assert diffs == [], f"{len(diffs)} of {checked} formula cells differ:\n" + "\n".join(
        map(str, diffs[:20]))
