"""The seed report (2021, 郑州市金水区智慧城市管理中心) scored by hand from SPEC §3, then by the tool.

Hand-worked arithmetic (exact fractions; SPEC §3.1 scheme department-overall):

预算执行 (10): 预算执行率 = 全年执行数 / 全年预算数 = 814.75 / 814.75 = 100%  →  10 × min(100%, 100%) = 10.

投入管理 (20): 20 indicators, no 分值 filled → 20 / 20 = 1 point each (SPEC §3.2).
  18 indicators reach their target → 18 × 1 = 18:
    qualitative, actual equals the target text (相关, 科学, 合理, 完整, 真实, 合规, 及时完整, 规范) → 8;
    专项资金细化率 100 ≥ 99; 预算执行率 computed 100 ≥ 90; 结转结余率 computed 0 / 814.75 = 0 ≤ 5;
    “三公经费”控制率 computed 0.04 / 7.2 = 0.5556% ≤ 100; 政府采购执行率 typed 100 ≥ 90 (no figures);
    绩效目标编制/绩效监控/绩效自评/部门绩效评价完成率 100 ≥ 100 (bare 100 = at least) → 4; 评价结果应用率 100 ≥ 80.
  预算调整率 (≤5, a limit): computed |814.75 − 768.94| / 768.94 = 45.81 / 768.94 = 5.957552…%,
    above 5 → 1 × 5 / 5.957552… = 5 × 768.94 / 45.81 / 100 … = 0.839271…
  管理制度健全性: actual 基本健全 starts with 基本 → 部分达成 → 70% × 1 = 0.7.
  投入管理 = 18 + 0.839271… + 0.7 = 19.539271…  (shown 19.54)

产出指标 (40): 4 indicators, 10 each, all 100 ≥ 100 → 40.
效益指标 (30): 2 indicators, 15 each: 总体工作完成率 100 ≥ 90 → 15; 群众满意率 "98%左右" → 98 ≥ 98 → 15.  → 30.

合计 = 10 + 19.539271… + 40 + 30 = 99.539271… → rounded half-up 99.54 → ≥ 90 → 优.
The report itself says 99 (投入管理 19): the tool's total differs, and says so.
"""
from fractions import Fraction

import pytest

import selfeval_xl
from helpers import load_workbook

ADJ_RATE = Fraction(81475 - 76894, 76894) * 100          # 预算调整率 in percent, 5.957552…
ADJ_SCORE = 1 * Fraction(5) / ADJ_RATE                    # 反向指标：5 / 5.957552… × 1
INPUT_MGMT = 18 + ADJ_SCORE + Fraction(7, 10)


def test_hand_arithmetic_is_what_we_think():
    assert float(ADJ_RATE) == pytest.approx(5.957552, abs=1e-6)
    assert float(ADJ_SCORE) == pytest.approx(0.839271, abs=1e-6)
    assert float(INPUT_MGMT) == pytest.approx(19.539271, abs=1e-6)


def test_seed_categories_total_and_grade(seed_copy):
    result = selfeval_xl.evaluate(seed_copy)
    cats = {r["指标"]: r["得分"] for r in result.categories.to_dict("records")}
    assert cats == {"预算执行": 10, "投入管理": INPUT_MGMT, "产出指标": 40, "效益指标": 30}
    assert result.total_exact == 10 + INPUT_MGMT + 40 + 30
    assert result.total == Fraction("99.54")
    assert result.grade == "优"


def test_seed_indicator_rows(seed_copy):
    result = selfeval_xl.evaluate(seed_copy)
    ind = result.indicators
    assert len(ind) == 26                      # 20 投入管理 + 4 产出 + 2 效益, in input order
    assert list(ind["三级指标"])[:3] == ["年度履职目标相关性", "工作任务科学性", "绩效指标合理性"]
    by_name = {r["三级指标"]: r for r in ind.to_dict("records")}
    assert by_name["预算调整率"]["得分"] == ADJ_SCORE
    assert "反向指标：5/5.96×1" in by_name["预算调整率"]["评分依据"]
    assert by_name["管理制度健全性"]["得分"] == Fraction(7, 10)
    assert by_name["群众满意率"]["得分"] == 15
    # inherited 一级/二级 (the officer left them blank under the first row of each group)
    assert by_name["资产管理规范性"]["一级指标"] == "投入管理指标"
    assert by_name["资产管理规范性"]["二级指标"] == "预算和财务管理"


def test_seed_findings_name_the_contradictions(seed_copy):
    result = selfeval_xl.evaluate(seed_copy)
    f = {(x.code, x.location): x for x in result.findings}
    exec_rate = f[("rate-mismatch", "整体绩效目标申报表!F21")]
    assert "105%" in exec_rate.message and "100%" in exec_rate.message
    sangong = f[("rate-mismatch", "整体绩效目标申报表!F24")]
    assert "180%" in sangong.message and "0.56%" in sangong.message   # 0.04 / 7.2 = 0.5556%
    assert ("total-vs-initial-budget", "整体绩效目标申报表!D10") in f      # 56 vs 768.94
    assert "99.54" in f[("total-mismatch", "整体绩效目标申报表!D2")].message
    assert not result.findings.has_errors


def test_process_writes_summary_sheet(seed_copy):
    result, out = selfeval_xl.process(seed_copy)
    assert out.name == "金水区智慧城市管理中心-2021-评分.xlsx" and out.parent == seed_copy.parent
    wb = load_workbook(out, data_only=True)   # cached values of the formulas
    assert wb.sheetnames[:4] == ["得分汇总", "指标评分", "资金执行情况", "复核意见"]
    assert wb.sheetnames[4:] == ["原表-整体绩效目标申报表", "原表-资金执行情况", "原表-填表说明", "原表-样例说明"]
    ws = wb["得分汇总"]
    top = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "指标")
    rows = {r[0]: r[1:4] for r in ws.iter_rows(min_row=top + 1, max_row=top + 5, values_only=True)}
    assert rows["预算执行"] == (10, 10, 1)
    assert rows["投入管理"][2] == pytest.approx(float(INPUT_MGMT / 20))
    assert rows["合计"] == (100, pytest.approx(99.54), pytest.approx(0.9954))
    grade_row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "等级")
    assert grade_row[1] == "优"
    assert wb["指标评分"].max_row == 1 + 26
