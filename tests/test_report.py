"""The self-evaluation report (selfeval-xl report → <stem>-自评报告.docx), read back with python-docx.

Hand-worked figures of the seed sample (SPEC §3.4 and test_seed.py's arithmetic):

  预算执行率 = 全年执行数 / 全年预算数 = 814.75 / 814.75 = 100%            (the officer typed 105%)
  预算调整率 = |814.75 − 768.94| / 768.94 = 45.81 / 768.94 = 5.9576…%  → 5.96%
  结转结余率 = 0 / 814.75 = 0%
  “三公经费”控制率 = 0.04 / 7.2 = 0.5555…%                          → 0.56%  (the officer typed 180%)
  投入管理 = 18 + 5 / 5.9576… × 1 + 0.7 = 19.5392…                   → 19.54, 得分率 19.5392 / 20 → 97.7%
  合计 = 10 + 19.5392… + 40 + 30 = 99.5392…                           → 99.54, 得分率 99.54%, ≥ 90 → 优
  indicators: 20 投入管理 (3 工作目标管理 + 12 预算和财务管理 + 5 绩效管理) + 4 产出 + 2 效果
  (1 履职效益 + 1 满意度) = 26; 3 一级, 6 二级.  Below full marks: 预算调整率 (5 / 5.9576… = 0.84 of 1)
  and 管理制度健全性 (基本健全 → 部分达成, 70% × 1 = 0.7 of 1), neither with a 偏差原因.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import re
import subprocess
import sys
import time
import unicodedata
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_COLOR_INDEX

import selfeval_xl
from selfeval_xl import fmt2
from selfeval_xl.cli import cli
from selfeval_xl.reporting import build_report, clean
from selfeval_xl.review import pct
from selfeval_xl.values import format_number, fraction_of

from helpers import quick_few

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.xlsx"))
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
SICHUAN = ROOT / "samples" / "四川版式-项目支出自评-示例.xlsx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def scheme_of(path: Path) -> str:
    return "project" if "四川" in path.name else "department-overall"


def texts(document) -> list[str]:
    """Every paragraph of the body and every table cell's text, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for el in document.element.body.iterchildren():
        if el.tag == W + "p":
            out.append(Paragraph(el, document).text)
        elif el.tag == W + "tbl":
            for row in Table(el, document).rows:
                out.extend(c.text for c in row.cells)
    return out


def load(data: bytes):
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def seed_report():
    result = selfeval_xl.evaluate(SEED)
    return result, build_report(result)


# --------------------------------------------------------------------------------------------
# The command and the library call
# --------------------------------------------------------------------------------------------

def test_report_command_writes_docx_beside_input(seed_copy):
    before = hashlib.sha256(seed_copy.read_bytes()).hexdigest()
    res = run("report", seed_copy)
    assert res.exit_code == 0, res.output
    out = seed_copy.parent / "金水区智慧城市管理中心-2021-自评报告.docx"
    assert out.is_file() and f"已写出：{out}" in res.output
    assert "合计：99.54" in res.output and "等级：优" in res.output
    assert hashlib.sha256(seed_copy.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in seed_copy.parent.iterdir()) == sorted([seed_copy.name, out.name])
    docx.Document(out)                                   # a document python-docx can open


def test_report_output_option_and_library_call(seed_copy, tmp_path):
    out = tmp_path / "报告.docx"
    assert run("report", seed_copy, "-o", out).exit_code == 0 and out.is_file()
    result, path = selfeval_xl.report(seed_copy)
    assert path == seed_copy.parent / "金水区智慧城市管理中心-2021-自评报告.docx"
    assert result.total == Fraction("99.54")
    import importlib
    importlib.import_module("selfeval_xl.reporting")   # importing the module must not shadow the function
    assert callable(selfeval_xl.report)
    result, path = selfeval_xl.report(seed_copy, tmp_path / "二.docx", scheme="department-overall-strict")
    assert path.is_file()


@pytest.mark.parametrize("case", ["not-xlsx", "missing", "folder-input", "same-as-input",
                                  "folder-missing", "folder-is-file", "output-is-folder"])
def test_report_refuses_what_process_refuses(case, tmp_path, monkeypatch):
    """Same exit code and the same one sentence as process, nothing written, no traceback; an
    output path that cannot be used is refused before the report is built."""
    from helpers import make_workbook

    inp = make_workbook(tmp_path / "自评.xlsx", [("产出指标", "数量指标", "培训次数", "≥3", "次", "3")])
    (tmp_path / "普通文件").write_text("x")
    (tmp_path / "文件夹.docx").mkdir()
    csv = tmp_path / "报表.xlsx"
    csv.write_text("a,b\n1,2\n", encoding="utf-8")
    args = {"not-xlsx": [csv, "-o", tmp_path / "o.docx"],
            "missing": [tmp_path / "没有.xlsx", "-o", tmp_path / "o.docx"],
            "folder-input": [tmp_path / "文件夹.docx", "-o", tmp_path / "o.docx"],
            "same-as-input": [inp, "-o", inp],
            "folder-missing": [inp, "-o", tmp_path / "没有" / "o.docx"],
            "folder-is-file": [inp, "-o", tmp_path / "普通文件" / "o.docx"],
            "output-is-folder": [inp, "-o", tmp_path / "文件夹.docx"]}[case]
    state = {p.name for p in tmp_path.iterdir()}
    before = hashlib.sha256(inp.read_bytes()).hexdigest()
    import selfeval_xl.reporting as reporting

    built = []
    real = reporting.build_report
    monkeypatch.setattr(reporting, "build_report", lambda result: built.append(1) or real(result))
    rep, proc = run("report", *args), run("process", *args)
    assert not built
    assert rep.exit_code == proc.exit_code == 2, rep.output
    assert rep.stderr == proc.stderr and len(rep.stderr.strip().splitlines()) == 1
    assert rep.stdout == "" and "Traceback" not in rep.output
    assert {p.name for p in tmp_path.iterdir()} == state
    assert hashlib.sha256(inp.read_bytes()).hexdigest() == before


def test_report_internal_error_leaves_nothing(seed_copy, monkeypatch):
    def boom(result):
        raise RuntimeError("boom")
    monkeypatch.setattr("selfeval_xl.reporting.build_report", boom)
    state = {p.name for p in seed_copy.parent.iterdir()}
    res = run("report", seed_copy)
    assert res.exit_code == 1 and "内部错误" in res.stderr and "Traceback" not in res.output
    assert {p.name for p in seed_copy.parent.iterdir()} == state


def test_report_disk_full_is_exit_2_and_no_temporary_file(seed_copy, monkeypatch):
    real = Path.write_bytes

    def full(self, data):
        if self.name.startswith(".selfeval-"):
            real(self, data[:100])
            raise OSError(28, "No space left on device")
        return real(self, data)
    monkeypatch.setattr(Path, "write_bytes", full)
    state = {p.name for p in seed_copy.parent.iterdir()}
    res = run("report", seed_copy)
    assert res.exit_code == 2 and "磁盘已满" in res.stderr
    assert {p.name for p in seed_copy.parent.iterdir()} == state


def test_report_locked_output_names_word(seed_copy, monkeypatch):
    target = seed_copy.parent / "金水区智慧城市管理中心-2021-自评报告.docx"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(os, "replace", locked)
    res = run("report", seed_copy)
    assert res.exit_code == 2 and "Word 或 WPS" in res.stderr and "关闭" in res.stderr
    assert target.read_bytes() == b"old"


# --------------------------------------------------------------------------------------------
# What the seed report says
# --------------------------------------------------------------------------------------------

def test_seed_report_figures(seed_report):
    _result, data = seed_report
    body = "\n".join(texts(load(data)))
    assert "金水区智慧城市管理中心2021年度\n部门整体支出绩效自评报告" in body
    assert "预算执行率为100%（814.75÷814.75）；" in texts(load(data))
    assert "“三公经费”控制率为0.56%" in body
    assert "预算调整率为5.96%" in body and "结转结余率为0%" in body
    assert "年初预算数为768.94万元" in body and "全年预算数为814.75万元" in body
    assert "全年执行数为814.75万元" in body
    assert "自评得分为99.54分" in body and "评价等级为“优”" in body
    assert "90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差" in body
    # 105% and 180% are the officer's typed rates: only ever quoted as what was typed
    for wrong in ("105%", "180%"):
        hits = [m.start() for m in re.finditer(re.escape(wrong), body)]
        assert hits, wrong
        for i in hits:
            assert body[i - 2:i] == "填报", body[i - 30:i + 10]
    assert "预算执行率填报105%，按资金执行情况计算为100%" in body
    assert "“三公经费”控制率填报180%，按资金执行情况计算为0.56%" in body


def test_seed_score_table(seed_report):
    _result, data = seed_report
    d = load(data)
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "指标")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows == [["指标", "权重分值", "得分", "得分率"],
                    ["预算执行", "10", "10", "100%"],
                    ["投入管理", "20", "19.54", "97.7%"],
                    ["产出指标", "40", "40", "100%"],
                    ["效益指标", "30", "30", "100%"],
                    ["合计", "100", "99.54", "99.54%"]]
    assert table.style.name == "Table Grid"
    header = table.rows[0]._tr
    assert header.find(f"{W}trPr/{W}tblHeader") is not None          # repeated on every page
    assert all(r.bold for c in table.rows[0].cells for p in c.paragraphs for r in p.runs)
    assert all(r.bold for c in table.rows[-1].cells for p in c.paragraphs for r in p.runs)


def test_seed_indicator_set_and_below_full(seed_report):
    _result, data = seed_report
    d = load(data)
    body = texts(d)
    assert "本年度共设置一级指标3个、二级指标6个、三级指标26个，各级指标的数量如下：" in body
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "一级指标")
    counts = [(r.cells[0].text, r.cells[1].text, r.cells[2].text) for r in table.rows[1:]]
    assert counts == [("投入管理指标", "工作目标管理", "3"), ("投入管理指标", "预算和财务管理", "12"),
                      ("投入管理指标", "绩效管理", "5"), ("产出指标", "履职目标和主要任务完成情况", "4"),
                      ("效果指标", "履职效益", "1"), ("效果指标", "满意度", "1"), ("合计", "", "26")]
    joined = "\n".join(body)
    assert "本类共20项指标，18项得满分，2项未得满分。" in joined
    assert ("（1）预算调整率：指标值“≤5%”，实际完成值5.96%（按资金执行情况计算），得0.84分（分值1分）。"
            "偏差原因分析及改进措施：【待补充：偏差原因分析及改进措施】") in joined
    assert "（2）管理制度健全性：指标值“健全”，实际完成情况“基本健全”（部分达成），得0.7分（分值1分）。" in joined


def test_seed_sections_in_order(seed_report):
    _result, data = seed_report
    d = load(data)
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["一、基本情况", "二、绩效自评工作开展情况", "三、综合评价结论", "四、绩效目标实现情况分析",
                  "五、发现的主要问题和改进措施", "六、绩效自评结果拟应用和公开情况",
                  "七、绩效自评工作的经验、问题和建议", "八、其他需要说明的问题", "待补充事项"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert h2 == ["（一）部门职能与年度履职目标、主要任务", "（二）部门年度整体绩效目标、绩效指标设置情况",
                  "（一）部门资金情况分析", "（二）部门绩效指标完成情况分析"]
    h3 = [p.text for p in d.paragraphs if p.style.name == "Heading 3"]
    assert h3 == ["1. 投入管理指标情况分析", "2. 产出指标情况分析", "3. 效益指标情况分析"]


def test_seed_problems_from_findings(seed_report):
    _result, data = seed_report
    body = "\n".join(texts(load(data)))
    section = body[body.index("五、发现的主要问题和改进措施"):body.index("六、")]
    assert "1. 比率填报与资金执行情况不一致。" in section          # rate-mismatch ×2
    assert "2. 偏差原因分析缺失。2项指标未得满分" in section       # reason-missing ×2
    assert "预算调整率（得0.84分，分值1分）、管理制度健全性（得0.7分，分值1分）" in section
    assert "3. 自评得分与按评分规则计算的得分不一致。自评总分填报99分，按评分规则计算为99.54分" in section
    # rate-misses-target and total-vs-initial-budget are not grouped: counted, pointing at the workbook
    assert "另有警告2条" in section


def test_workbook_text_is_verbatim(seed_report):
    result, data = seed_report
    body = texts(load(data))
    decl = result.declaration
    assert any(decl.fact("年度履职目标") in t for t in body)
    for task in decl.tasks.to_dict("records"):
        assert task["任务名称"] in body and task["主要内容"] in body      # table cells, unchanged


def test_reasons_verbatim_and_project_sections_on_a_project_declaration():
    """decl.kind = "project" (the reader's form kind, being added beside this) picks the 项目支出
    report; until the reader has it, a declaration standing in for one is enough."""
    result = selfeval_xl.evaluate(SICHUAN, "project")
    goals = [{"预期目标": "完成耕地地力保护补贴发放12万亩", "实际完成情况": "发放12.3万亩，兑付到户"}]
    decl = _ProjectDecl(result.declaration, goals, {"项目名称": "耕地地力保护补贴",
                                                    "主管部门": "某县农业农村局", "实施单位": None})
    d = load(build_report(dataclasses.replace(result, declaration=decl)))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["一、项目概况", "二、预算执行情况", "三、绩效指标完成情况", "四、偏差和原因",
                  "五、问题与改进措施", "六、其他需要说明的问题", "待补充事项"]
    body = texts(d)
    joined = "\n".join(body)
    assert d.paragraphs[0].text == "耕地地力保护补贴2023年度\n项目支出绩效自评报告"
    assert "项目名称：耕地地力保护补贴" in body and "主管部门：某县农业农村局" in body
    assert "实施单位：【待补充：实施单位】" in body
    assert goals[0]["预期目标"] in body and goals[0]["实际完成情况"] in body     # table cells
    # 预算执行 = 10 × 1450 / 1480 = 9.797… → 9.8; 执行率 97.97%; 调整率 |1480 − 1500| / 1500 = 1.33%
    assert "预算执行率为97.97%" in joined and "预算调整率为1.33%" in joined and "得9.8分" in joined
    # 合计 93.58 (test_samples.py); the three indicators below full marks and the officer's words
    assert "自评得分为93.58分" in joined
    assert "（1）补贴发放准确率（得14.93分，分值15分）：2户承包信息变更未及时更新，已补发。" in body
    assert "（2）补贴资金兑付时限（得12.86分，分值15分）：一卡通账户核验延迟，下年提前核验。" in body
    assert "（3）耕地地力保护意识（得11分，分值15分）：部分农户仍存在撂荒，下年加强宣传。" in body
    assert "效益指标中有1项指标使用定性指标值：耕地地力保护意识（指标值“逐步提高”）" in joined
    assert any(t.startswith("1. 实施单位") for t in body)          # listed under 待补充事项


def test_project_declaration_without_goals_or_names_gets_placeholders():
    result = selfeval_xl.evaluate(SICHUAN, "project")
    decl = _ProjectDecl(result.declaration, [], {"项目名称": None, "主管部门": None, "实施单位": None})
    d = load(build_report(dataclasses.replace(result, declaration=decl)))
    assert d.paragraphs[0].text.startswith("【待补充：项目名称】2023年度")
    body = texts(d)
    assert "【待补充：年度总体目标（预期目标和实际完成情况）】" in body


class _ProjectDecl:
    """A declaration as the new reader will give it for a project table."""
    kind = "project"

    def __init__(self, decl, goals, facts):
        self._decl, self.goals, self._facts = decl, goals, facts

    def __getattr__(self, name):
        return getattr(self._decl, name)

    def fact(self, name):
        return self._facts[name] if name in self._facts else self._decl.fact(name)


# --------------------------------------------------------------------------------------------
# Every number comes from the scoring
# --------------------------------------------------------------------------------------------

NUMBER = re.compile(r"\d+(?:\.\d+)?")
SECTION_MARK = re.compile(r"^(?:\d+\. |（\d+）)")


def numbers_in(text) -> set[Decimal]:
    return {Decimal(n) for n in NUMBER.findall(unicodedata.normalize("NFKC", str(text)))}


def allowed_numbers(result) -> set[Decimal]:
    """The numbers of the scored result, as the workbook shows them, and the numbers in the
    workbook's own texts (names, targets, actuals, reasons …)."""
    decl = result.declaration
    ok: set[Decimal] = set()

    def add(*values):
        for v in values:
            if v is not None:
                ok.add(Decimal(fmt2(v)))

    add(decl.year)
    for v in decl.budget["value"]:
        if isinstance(v, Fraction):
            add(v)
    for rate in result.rates.values():
        if rate.value is not None:
            ok |= numbers_in(pct(rate.value))
    weights = Fraction(0)
    for row in result.categories.to_dict("records"):
        add(row["权重分值"], row["得分"])
        ok |= numbers_in(pct(Fraction(row["得分"]) / Fraction(row["权重分值"]) * 100))
        weights += Fraction(row["权重分值"])
    add(result.total, weights)
    ok |= numbers_in(pct(result.total / weights * 100))
    for lower, _name in result.scheme.grades:
        add(lower)
    for adj in result.adjustments:
        add(adj["分值"], -adj["分值"])
        ok |= numbers_in(adj["说明"])
    ind = result.indicators
    for r in ind.to_dict("records"):
        for key in ("分值", "得分", "self_score_value"):
            v = r.get(key)
            if isinstance(v, Fraction | int):
                add(v)
        if r.get("rate") and r.get("actual_number") is not None:
            ok |= numbers_in(pct(r["actual_number"]))
        for key in ("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "偏差原因分析及改进措施"):
            v = r.get(key)
            if isinstance(v, int | float) and not isinstance(v, bool) and v == v:
                n = fraction_of(v)
                ok |= {Decimal(format_number(n)), Decimal(format_number(n * 100))}
            elif isinstance(v, str):
                ok |= numbers_in(v)
    # counts: indicators overall, per 一级 / 二级, per category (all, full marks, below, 不适用),
    # tasks, findings per code and per level
    ok.add(Decimal(len(ind)))
    firsts = ind["一级指标"].fillna("").map(clean)
    ok.add(Decimal(firsts.nunique()))
    pairs = list(zip(firsts, ind["二级指标"].fillna("").map(clean)))
    ok.add(Decimal(len(set(pairs))))
    ok |= {Decimal(pairs.count(p)) for p in set(pairs)}
    for cat in set(ind["类别"]):
        rows = ind[ind["类别"] == cat].to_dict("records")
        full = sum(1 for r in rows if r["得分"] is not None and not r["not_applicable"] and r["得分"] >= r["分值"])
        below = sum(1 for r in rows if r["得分"] is not None and not r["not_applicable"] and r["得分"] < r["分值"])
        ok |= {Decimal(len(rows)), Decimal(full), Decimal(below)}
    ok.add(Decimal(sum(1 for r in ind.to_dict("records") if r["得分"] is not None and r["分值"]
                       and r["得分"] < r["分值"] and not r["not_applicable"])))
    ok.add(Decimal(len(decl.tasks)))
    codes = [f.code for f in result.findings]
    ok |= {Decimal(codes.count(c)) for c in set(codes)}
    for level in ("错误", "警告", "提示"):
        ok.add(Decimal(sum(1 for f in result.findings if f.level == level)))
        ok.add(Decimal(sum(1 for f in result.findings if f.level == level and f.code not in
                           ("rate-mismatch", "not-quantified", "reason-missing", "far-above-target",
                            "self-score-mismatch", "total-mismatch"))))
    for name in ("部门(单位)名称", "年度履职目标", "自评总分", "项目名称", "主管部门", "实施单位"):
        v = decl.fact(name)
        if v is not None:
            ok |= numbers_in(v)
    for t in decl.tasks.to_dict("records"):
        ok |= numbers_in(t.get("任务名称") or "") | numbers_in(t.get("主要内容") or "")
    return ok


@pytest.mark.parametrize("sample", quick_few([pytest.param(p, id=p.stem) for p in SAMPLES], every=2, keep={SEED.stem}))
def test_every_number_in_the_report_comes_from_the_result(sample):
    result = selfeval_xl.evaluate(sample, scheme_of(sample))
    ok = allowed_numbers(result)
    d = load(build_report(result))
    stray = []
    for text in texts(d):
        for n in numbers_in(SECTION_MARK.sub("", text)):
            if n not in ok:
                stray.append((str(n), text))
    assert not stray, stray
    marks = [m.group(0) for t in texts(d) if (m := SECTION_MARK.match(t))]
    assert marks                                   # the 1. / （1） numbering is there, and nothing else


def test_findings_become_problems_and_odd_rows_are_named(tmp_path):
    """A workbook with each kind of problem the report groups.

    预算执行: all figures 0 → 预算执行率 counts as 100% (SPEC §3.4) → 10; 预算调整率 0%.
    投入管理 (20): 预算执行率 ≥90%, computed 100% → 20.
    产出 (40, 分值 20 + 20): 培训次数 10 ≥ 3 → 20 (10 ≥ 1.3 × 3: far above target);
        合格率 81% of ≥90% → 20 × 81 / 90 = 18, the officer's 自评得分 20 (mismatch).  → 38
    效益 (30): 群众满意度 不适用, so 宣传效果 (定性 “明显”, not quantified) takes the whole 30 → 30.
    未知指标 under 一级 “其他指标”: not in the scheme, not scored (an 错误).
    合计 = 10 + 20 + 38 + 30 = 98 → 优.
    """
    from helpers import make_workbook

    rows = [("投入管理指标", "预算执行", "预算执行率", "≥90%", "%", None, None, None, None),
            ("产出指标", "数量指标", "培训次数", "≥3", "次", "10", 20, 20, None),
            ("产出指标", "质量指标", "合格率", "≥90%", "%", "81%", 20, 20, "设备老化，下年更新"),
            ("效益指标", "社会效益", "宣传效果", "明显", "定性指标", "明显", 15, None, None),
            ("效益指标", "满意度", "群众满意度", "≥95%", "%", "不适用", 15, None, None),
            ("其他指标", "其他", "未知指标", "≥1", "个", "1", None, None, None)]
    p = make_workbook(tmp_path / "问题.xlsx", rows, budget={"年初预算数": 0, "全年预算数": 0, "全年执行数": 0})
    result = selfeval_xl.evaluate(p)
    assert result.total == 98 and result.grade == "优"
    d = load(build_report(result))
    body = texts(d)
    joined = "\n".join(body)
    assert "预算执行率为100%（预算数与实际数均为0，按100%计）；" in body
    assert "预算调整率为0%（年初预算数与全年预算数均为0，按0%计）。" in body
    assert "（1）合格率：指标值“≥90%”，实际完成值“81%”，得18分（分值20分）。偏差原因分析及改进措施：设备老化，下年更新。" in body
    assert "群众满意度填报为不适用，不计分，其权重按比例折算给本类其他指标。" in body
    assert "另有1项指标（未知指标）的一级指标不在评分方案中，未计分，请核对一级指标名称。" in body
    assert "效益指标中有1项指标使用定性指标值：宣传效果（指标值“明显”）" in joined
    assert "1项指标的实际完成值远超指标值：培训次数（指标值“≥3次”，实际完成值“10次”）" in joined
    assert "合格率自评得分20分，按评分规则计算为18分" in joined
    assert "另有错误1条" in joined                                  # unmapped-first-level
    ok = allowed_numbers(result)
    stray = [(str(n), t) for t in body for n in numbers_in(SECTION_MARK.sub("", t)) if n not in ok]
    assert not stray, stray


# --------------------------------------------------------------------------------------------
# Placeholders, safety, layout, byte identity
# --------------------------------------------------------------------------------------------

def test_placeholders_are_yellow_and_listed(seed_report):
    _result, data = seed_report
    d = load(data)
    runs = [r for p in d.paragraphs for r in p.runs if "【待补充：" in r.text]
    assert runs and all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in runs)
    assert all(r.text.startswith("【待补充：") and r.text.endswith("】") for r in runs)
    other = [r for p in d.paragraphs for r in p.runs if r.font.highlight_color is not None
             and "【待补充：" not in r.text]
    assert not other                                                 # nothing else is highlighted
    paras = [p.text for p in d.paragraphs]
    listed = paras[paras.index("待补充事项") + 2:]
    assert [t.split(". ", 1)[0] for t in listed] == [str(i) for i in range(1, len(listed) + 1)]
    for what in ("绩效自评工作的组织", "资金管理和使用情况", "未得满分指标的偏差原因分析及改进措施：预算调整率、管理制度健全性",
                 "自评结果的应用", "绩效自评工作的经验、问题和建议", "其他需要说明的问题"):
        assert any(what in t for t in listed), what


def test_hostile_text_stays_plain_text(tmp_path):
    """Control characters Word refuses are dropped; a formula, a field code or XML in a cell is text."""
    from helpers import make_workbook

    reason = "=HYPERLINK(\"http://example.com\",\"x\") { DDEAUTO c:\\\\windows\\\\calc } <w:fldSimple/> &"
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量指标", "培训次数", "≥3", "次", "2", None, None,
                                              reason)], name="测试单位")
    result = selfeval_xl.evaluate(p)
    ind = [dict(r) for r in result.indicator_rows]
    ind[0]["三级指标"] = "培训\x07次数\x00\x1f"       # as a damaged workbook might carry them
    result = dataclasses.replace(result, indicator_rows=ind)
    data = build_report(result)
    d = load(data)
    body = "\n".join(texts(d))
    assert reason + "。" in body and "培训次数" in body and "\x07" not in body
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}
    assert sum(x.count("<w:instrText") for x in xml.values()) == 1        # the footer's PAGE
    assert not any("<w:fldSimple" in x for x in xml.values())
    assert "&lt;w:fldSimple/&gt;" in xml["word/document.xml"]              # the cell's text, escaped
    assert "<w:fldChar" not in xml["word/document.xml"]
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", next(x for n, x in xml.items() if "footer" in n))


def test_clean_removes_xml_invalid_characters():
    assert clean("a\x00b\x08c\x0bd\x0ce\x0ef\x1fg\ufffeh") == "abcdefgh"
    assert clean("第一行\r\n第二行\t完") == "第一行\n第二行\t完"


def test_layout(seed_report):
    _result, data = seed_report
    d = load(data)
    s = d.sections[0]
    assert (s.page_width.mm, s.page_height.mm) == (pytest.approx(210, abs=.1), pytest.approx(297, abs=.1))
    assert s.orientation == 0                                           # portrait
    assert (round(s.top_margin.cm, 2), round(s.bottom_margin.cm, 2)) == (2.54, 2.54)
    assert (round(s.left_margin.cm, 2), round(s.right_margin.cm, 2)) == (3.17, 3.17)

    def fonts(style):
        f = d.styles[style].element.find(f"{W}rPr/{W}rFonts")
        return {k.replace(W, ""): v for k, v in f.attrib.items()}
    assert fonts("Title")["eastAsia"] == fonts("Title")["ascii"] == "方正小标宋简体"
    assert fonts("Heading 1")["eastAsia"] == "黑体"
    assert fonts("Normal")["eastAsia"] == fonts("Normal")["ascii"] == "仿宋_GB2312"
    assert not any("Theme" in k for st in ("Title", "Heading 1", "Heading 2", "Normal") for k in fonts(st))
    normal = d.styles["Normal"]
    assert normal.font.size.pt == 16
    assert normal.paragraph_format.line_spacing.pt == 28
    ind = normal.element.find(f"{W}pPr/{W}ind")
    assert ind.get(f"{W}firstLineChars") == "200" and ind.get(f"{W}firstLine") == "640"
    assert d.styles["Title"].font.size.pt == 22
    assert all(d.styles[h].paragraph_format.keep_with_next for h in ("Heading 1", "Heading 2", "Heading 3"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        table = z.read("word/fontTable.xml").decode()
        names = z.namelist()
    # the fallbacks Word uses when a machine lacks the 公文 fonts
    assert re.search(r'w:name="方正小标宋简体"><w:altName w:val="黑体"/>', table)
    assert re.search(r'w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>', table)
    assert "docProps/thumbnail.jpeg" not in names
    footer = s.footer.paragraphs[0]
    assert footer.text == "— 1 —"


def test_core_properties_are_fixed(seed_report):
    _result, data = seed_report
    cp = load(data).core_properties
    assert cp.created.year == cp.modified.year == 2000
    assert cp.title == "金水区智慧城市管理中心2021年度部门整体支出绩效自评报告"


def test_same_input_same_bytes_whatever_the_clock(seed_report, monkeypatch):
    _result, first = seed_report                       # the seed's report, written earlier
    later = time.time() + 400 * 24 * 3600              # a year and more later
    monkeypatch.setattr(time, "time", lambda: later)
    assert build_report(selfeval_xl.evaluate(SEED)) == first


def test_same_bytes_across_processes(tmp_path):
    """Two interpreters with different hash seeds (set and dict order) write the same file."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.docx"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run([sys.executable, "-m", "selfeval_xl", "report", str(SEED), "-o", str(out)],
                             capture_output=True, text=True, env=env, cwd=ROOT)
        assert res.returncode == 0, res.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_two_thousand_indicators_in_bounded_time(tmp_path):
    from helpers import make_workbook

    cats = ["投入管理指标", "产出指标", "效果指标"]
    rows = [(cats[i % 3], "二级", f"指标{i}", "≥90%" if i % 2 else "合规", None,
             "95%" if i % 2 else "基本合规") for i in range(2000)]
    result = selfeval_xl.evaluate(make_workbook(tmp_path / "big.xlsx", rows))
    t0 = time.perf_counter()
    data = build_report(result)
    assert time.perf_counter() - t0 < 30
    body = "\n".join(texts(load(data)))
    # a list of names stops at 30 and says how many there are
    assert "等333项指标达到指标值" in body                 # 667 投入管理 rows, odd i (≥90%, 95%) → 333


# --------------------------------------------------------------------------------------------
# Rendered by LibreOffice
# --------------------------------------------------------------------------------------------

def test_seed_report_renders_as_a4_portrait_pdf(seed_copy, tmp_path):
    from libreoffice import convert

    _result, out = selfeval_xl.report(seed_copy)
    pdf = convert([out], tmp_path / "pdf", fmt="pdf", app="writer")[0]
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert len(sizes) >= 3
    for w, h in sizes:                                   # A4 portrait: 595.3 × 841.9 pt
        assert abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", "", text)
    for expected in ("部门整体支出绩效自评报告", "一、基本情况", "八、其他需要说明的问题", "各项指标得分情况表",
                     "预算执行率为100%", "“三公经费”控制率为0.56%", "99.54", "【待补充：", "—1—"):
        assert expected in flat, expected


def test_a_real_project_table_gets_the_project_report():
    """The 河北廊坊 sample (a real 项目支出绩效自评表, read by the reader, not a stand-in): the
    project sections in order, its 项目名称/主管部门/实施单位 and 年度总体目标 as typed (the
    officer typed the budget figures 43.2 and 37.24 as the goals), 预算执行率 37.24 ÷ 43.2 =
    86.2037…% → 86.2%, and the officer's 得分 9 quoted only against the computed 8.62."""
    sample = ROOT / "samples" / "河北廊坊-食品工程学校暖通改造-2019-项目支出绩效自评表.xlsx"
    result = selfeval_xl.evaluate(sample)
    assert result.declaration.kind == "project"
    lines = texts(load(build_report(result)))
    heads = [t for t in lines if re.match(r"^[一二三四五六]、", t)]
    assert heads == ["一、项目概况", "二、预算执行情况", "三、绩效指标完成情况", "四、偏差和原因",
                     "五、问题与改进措施", "六、其他需要说明的问题"]
    body = "\n".join(lines)
    for words in ("项目名称：办公宿舍楼、食堂及餐厅暖通改造经费", "主管部门：廊坊市发改委",
                  "实施单位：廊坊市食品工程学校", "预算执行率为 86.2%", "97.24"):
        assert words in body.replace("为86.2%", "为 86.2%"), words
    assert "43.2" in body and "37.24" in body
