"""`selfeval-xl batch`: a folder of workbooks scored one by one, one bad file never stopping the
rest; the summary (汇总.xlsx and its CSV) the same bytes whatever -j; its formulas checked by
LibreOffice recalculating them; the 抽查建议 risk points worked out by hand."""
from __future__ import annotations

import concurrent.futures
import csv
import math
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import selfeval_xl
from selfeval_xl import batching, rules
from selfeval_xl.cli import cli
from helpers import load_workbook, make_workbook
from libreoffice import convert, soffice
from test_bad_input import _encrypted, _from_good, _legacy_xls, _ods, _write, _xlsb, _zip_bomb_declared, good

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# three samples cover both kinds of form and both schemes; the batch test keeps to them for speed
SOME = ["金水区智慧城市管理中心-2021.xlsx", "河北廊坊-食品工程学校暖通改造-2019-项目支出绩效自评表.xlsx",
        "四川版式-项目支出自评-示例.xlsx"]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _copy_samples(folder: Path, names=SOME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        sub = folder / ("子文件夹" if i == 2 else "")
        sub.mkdir(exist_ok=True)
        shutil.copy(SAMPLES / name, sub / name)
    return folder


def _sheet_rows(path: Path, sheet: str) -> list[dict]:
    ws = load_workbook(path)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


@pytest.fixture
def hostile(tmp_path) -> Path:
    """Good samples, a zip bomb, an encrypted file, a text file renamed .xlsx, a workbook whose
    scoring raises, an Office lock file and an old scored copy (both skipped)."""
    folder = _copy_samples(tmp_path / "自评")
    _from_good("炸弹.xlsx", _zip_bomb_declared)(folder)
    _encrypted(folder)
    _write("文本.xlsx", "a,b\n1,2\n")(folder)
    good(folder / "boom.xlsx")
    (folder / "~$锁定.xlsx").write_bytes(b"lock")
    shutil.copy(SAMPLES / SOME[0], folder / "旧的-评分.xlsx")
    return folder


def test_one_bad_file_never_stops_the_batch(hostile, monkeypatch):
    real_score = rules.score

    def score(decl, *a, **k):
        if decl.path.name == "boom.xlsx":
            raise RuntimeError("scoring bug")
        return real_score(decl, *a, **k)

    monkeypatch.setattr(rules, "score", score)
    res = run("batch", hostile, "-j", "1")
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output
    summary = hostile.parent / "自评-评分汇总.xlsx"
    rows = {r["文件"]: r for r in _sheet_rows(summary, "汇总排名")}
    assert set(rows) == {*(["子文件夹/" + SOME[2]] + SOME[:2]), "炸弹.xlsx", "加密.xlsx", "文本.xlsx", "boom.xlsx"}
    assert rows["炸弹.xlsx"]["状态"] == "无法使用" and "压缩" in rows["炸弹.xlsx"]["说明"]
    assert rows["加密.xlsx"]["状态"] == "无法使用" and "密码" in rows["加密.xlsx"]["说明"]
    assert "不是 Excel 工作簿" in rows["文本.xlsx"]["说明"]
    assert rows["boom.xlsx"]["状态"] == "内部错误" and "RuntimeError" in rows["boom.xlsx"]["说明"]
    # the refused files come last, the scored ones by 总分 descending
    order = [r["文件"] for r in _sheet_rows(summary, "汇总排名")]
    assert order[:3] == [SOME[0], SOME[1], "子文件夹/" + SOME[2]]
    unusable = {r["文件"]: r for r in _sheet_rows(summary, "无法使用")}
    assert set(unusable) == {"炸弹.xlsx", "加密.xlsx", "文本.xlsx", "boom.xlsx"}
    assert unusable["炸弹.xlsx"]["代码"] == "zip-bomb"
    # a scored copy for every good file, mirroring the tree; none for the bad ones; no temporary file
    out = hostile.parent / "自评-评分结果"
    made = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert made == sorted([Path(SOME[0]).stem + "-评分.xlsx", Path(SOME[1]).stem + "-评分.xlsx",
                           "子文件夹/" + Path(SOME[2]).stem + "-评分.xlsx"])
    assert not [p for p in hostile.rglob("*") if p.name.startswith(".selfeval-")]


def test_batch_scores_each_file_as_process_does(tmp_path):
    folder = _copy_samples(tmp_path / "in", SOME[:2])
    res = selfeval_xl.batch(folder, jobs=1)
    assert res.exit_code == 0
    for name in SOME[:2]:
        _result, alone = selfeval_xl.process(folder / name, tmp_path / f"alone-{name}")
        ours = res.out_dir / (Path(name).stem + "-评分.xlsx")
        assert ours.read_bytes() == alone.read_bytes()
        row = next(r for r in res.rows if r["file"] == name)
        assert row["total"] == float(_result.total)
        assert res.findings(row) == [(f.level, f.code, f.location, f.message) for f in _result.findings.sorted()]
        # the rows the parent keeps hold only the count: the findings wait on disk (flat memory)
        assert "findings" not in row and row["n_findings"] == len(_result.findings) > 0


@pytest.mark.parametrize("streamed", [False, True])
def test_same_bytes_whatever_the_number_of_workers(tmp_path, monkeypatch, streamed):
    """Also when 全部复核意见 is written while the files are scored (a large folder): in path
    order, whichever file the workers finish first."""
    if streamed:
        monkeypatch.setattr(batching, "STREAM_FILES", 0)
    folder = _copy_samples(tmp_path / "in")
    _write("损坏.xlsx", "not a workbook")(folder)
    first = selfeval_xl.batch(folder, jobs=1)
    a, a_csv = first.summary.read_bytes(), first.csv.read_bytes()

    def last_first(futures):                   # the workers' results handed over last file first
        concurrent.futures.wait(futures)
        return sorted(futures, key=lambda f: futures[f], reverse=True)
    monkeypatch.setattr(concurrent.futures, "as_completed", last_first)
    second = selfeval_xl.batch(folder, jobs=2)
    assert second.summary.read_bytes() == a
    assert second.csv.read_bytes() == a_csv


def test_skip_existing(tmp_path):
    folder = _copy_samples(tmp_path / "in", SOME[:2])
    selfeval_xl.batch(folder, jobs=1)
    out = tmp_path / "in-评分结果"
    copies = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    res = run("batch", folder, "-j", "1", "--skip-existing")
    assert res.exit_code == 0, res.output
    assert "已跳过 2" in res.output
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == copies
    rows = {r["文件"]: r for r in _sheet_rows(tmp_path / "in-评分汇总.xlsx", "汇总排名")}
    assert {r["状态"] for r in rows.values()} == {"已跳过"}
    assert rows[SOME[0]]["总分"] == 99.54            # the row is rebuilt, not left blank
    later = os.stat(folder / SOME[0]).st_mtime + 10
    os.utime(folder / SOME[0], (later, later))        # the input changed after its scored copy
    res = run("batch", folder, "-j", "1", "--skip-existing")
    rows = {r["文件"]: r for r in _sheet_rows(tmp_path / "in-评分汇总.xlsx", "汇总排名")}
    assert rows[SOME[0]]["状态"] == "已评分" and rows[SOME[1]]["状态"] == "已跳过"
    redone = out / (Path(SOME[0]).stem + "-评分.xlsx")
    assert redone.stat().st_mtime_ns != copies[redone.name]


def _risk_folder(folder: Path) -> Path:
    folder.mkdir()
    make_workbook(folder / "甲.xlsx", [
        ("产出指标", "数量指标", "培训次数", "≥3", "次", "3", None, None, None),
        ("效益指标", "社会效益", "群众满意度", "≥90%", "%", "95%", None, None, None)])
    make_workbook(folder / "乙.xlsx", [
        ("产出指标", "数量指标", "培训次数", "≥3", "次", None, None, None, None),
        ("效益指标", "社会效益", "群众满意度", "≥90%", "%", "95%", None, None, None)],
        budget={"年初预算数": 50, "全年预算数": 50, "全年执行数": 50})

    def own_total(ws):
        ws["C2"], ws["D2"] = "自评总分", 95

    make_workbook(folder / "丙.xlsx", [
        ("产出指标", "数量指标", "培训次数", "≥10", "次", "5", None, 30, None),
        ("效益指标", "社会效益", "群众满意度", "≥50%", "%", "95%", None, None, None),
        ("投入管理指标", "预算执行", "预算执行率", "≥90%", "%", "100%", None, None, None)],
        budget={"年初预算数": 2000, "全年预算数": 2000, "全年执行数": 1600}, extra=own_total)
    return folder


def test_risk_points_worked_by_hand(tmp_path):
    # 甲: no finding that carries points; 全年预算数 100 万元 reaches the 100 threshold: +1 → 1.
    # 乙: 培训次数 has no 实际完成值 → actual-missing (错误, +3), scores 0/40 with no 偏差原因
    #     → reason-missing (+1); 预算 50 万元 < 100: +0 → 4.
    # 丙: 培训次数 5 of ≥10 → 5/10 × 40 = 20, self score 30 above it (+2) and no 偏差原因 (+1);
    #     群众满意度 95% ≥ 1.3 × 50% → far-above-target (+1); 预算执行率 typed 100% but
    #     1600 ÷ 2000 = 80% → rate-mismatch (+2), 80/90 × 20 = 17.78 with no 偏差原因 (+1);
    #     total 20 + 30 + 17.78 + 10 × 80% = 75.78 against the typed 自评总分 95 → above (+3);
    #     预算 2000 万元 ≥ 1,000: +2 → 2 + 1 + 1 + 2 + 1 + 3 + 2 = 12.
    res = selfeval_xl.batch(_risk_folder(tmp_path / "抽查"), jobs=1)
    sample = _sheet_rows(res.summary, "抽查建议")
    got = [(r["文件"], r["风险分"], r["理由"]) for r in sample]
    assert got == [
        ("丙.xlsx", 12, "自评总分高于计算 1 项（+3）；自评得分高于计算 1 项（+2）；比率填报错误 1 项（+2）；"
                        "未得满分未填偏差原因 2 项（+2）；实际远超指标值 1 项（+1）；"
                        "全年预算数 2000 万元（≥1,000，+2）"),
        ("乙.xlsx", 4, "错误 1 条（+3）；未得满分未填偏差原因 1 项（+1）"),
        ("甲.xlsx", 1, "全年预算数 100 万元（≥100，+1）"),
    ]
    assert [r["抽查顺序"] for r in sample] == [1, 2, 3]
    ranking = {r["文件"]: r for r in _sheet_rows(res.summary, "汇总排名")}
    assert ranking["丙.xlsx"]["自评总分"] == 95 and ranking["丙.xlsx"]["总分"] == 75.78


def test_csv_keeps_chinese_and_its_bom(tmp_path):
    folder = _copy_samples(tmp_path / "in", SOME[:2])
    res = selfeval_xl.batch(folder, jobs=1)
    data = res.csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["名次", "文件", "单位/项目名称", "主管部门"]
    assert rows[1][1] == SOME[0] and rows[1][2] == "金水区智慧城市管理中心" and rows[1][8] == "99.54"


def _formulas_and_values(path: Path):
    wb, values = load_workbook(path), load_workbook(path, data_only=True)
    return {(ws.title, c.coordinate): (c.value, values[ws.title][c.coordinate].value)
            for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"}


def _recalculated_as_cached(summary: Path, out: Path):
    """LibreOffice recalculates every formula of the summary to the value cached beside it; returns
    its copy, read with the values."""
    ours = _formulas_and_values(summary)
    assert any("RANK" in f for f, _ in ours.values()) and any("MINIFS" in f for f, _ in ours.values())
    (lo,) = convert([summary], out)
    theirs = load_workbook(lo, data_only=True)
    for (sheet, cell), (formula, cached) in ours.items():
        recalculated = theirs[sheet][cell].value
        assert recalculated is not None, (sheet, cell, formula)
        if isinstance(cached, int | float):
            assert math.isclose(cached, recalculated, abs_tol=1e-9), (sheet, cell, formula, cached, recalculated)
        else:
            assert cached == recalculated, (sheet, cell, formula)
    return theirs


@pytest.mark.slow
def test_libreoffice_reads_a_summary_written_during_the_scoring(tmp_path, monkeypatch):
    """A large folder's summary (constant_memory mode, 全部复核意见 written file by file as the
    files are scored): LibreOffice recalculates it as cached and reads every finding as written."""
    monkeypatch.setattr(batching, "STREAM_FILES", 0)
    folder = _copy_samples(tmp_path / "in")
    _risk_folder(folder / "抽查")
    res = selfeval_xl.batch(folder, jobs=2)
    theirs = _recalculated_as_cached(res.summary, tmp_path / "lo")
    rows = list(theirs["全部复核意见"].iter_rows(min_row=2, values_only=True))
    assert rows == [tuple(v or None for v in f) for f in res.all_findings()]
    assert len(rows) == sum(r["n_findings"] for r in res.rows) > 20


def test_libreoffice_recalculates_the_summary_and_reads_the_csv(tmp_path):
    folder = _copy_samples(tmp_path / "in")
    _risk_folder(folder / "抽查")
    _write("损坏.xlsx", "x")(folder)
    res = selfeval_xl.batch(folder, jobs=1)
    _recalculated_as_cached(res.summary, tmp_path / "lo")
    # the CSV as LibreOffice reads it: UTF-8 (character set 76), comma-separated
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run([soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path / "csv"),
                        str(res.csv)], capture_output=True, timeout=120, check=True)
    ws = load_workbook(tmp_path / "csv" / (res.csv.stem + ".xlsx")).active
    assert ws["B1"].value == "文件" and ws["C2"].value == "金水区智慧城市管理中心"
    assert ws["I2"].value == 99.54


def test_every_spreadsheet_file_is_scored_or_listed(tmp_path):
    """No submission is left out unseen: a .xlsm (and an upper-case .XLSX) is scored as process
    scores it; an .xls, a WPS .et, an .xlsb and an .ods are rows of 无法使用 saying what each is
    and to save it as .xlsx (exit 1); lock files and other files (.csv, .docx) are not inputs."""
    folder = tmp_path / "自评"
    folder.mkdir()
    seed = SAMPLES / SOME[0]
    shutil.copy(seed, folder / "宏.xlsm")
    shutil.copy(seed, folder / "大写.XLSX")
    _legacy_xls("旧版.xls")(folder)
    _legacy_xls("WPS表格.et")(folder)
    _ods(folder)
    _xlsb(folder)
    for name in ("~$旧版.xls", "~$WPS表格.et", "说明.csv", "报告.docx"):
        (folder / name).write_bytes(b"not an input")
    assert batching.list_inputs(folder) == ["WPS表格.et", "二进制.xlsb", "另一种格式.ods", "大写.XLSX", "宏.xlsm", "旧版.xls"]
    r = run("batch", folder, "-j", "1")
    assert r.exit_code == 1, r.output
    res_rows = _sheet_rows(tmp_path / "自评-评分汇总.xlsx", batching.UNUSABLE)
    assert {row["文件"]: row["代码"] for row in res_rows} == {
        "WPS表格.et": "legacy-xls", "旧版.xls": "legacy-xls", "二进制.xlsb": "not-xlsx", "另一种格式.ods": "not-xlsx"}
    reasons = {row["文件"]: row["原因"] for row in res_rows}
    assert "WPS 表格格式（.et）" in reasons["WPS表格.et"] and "Excel 97-2003" in reasons["旧版.xls"]
    assert "（.xlsb）" in reasons["二进制.xlsb"] and "（.ods）" in reasons["另一种格式.ods"]
    assert all("另存为" in why for why in reasons.values())
    scored = sorted(p.name for p in (tmp_path / "自评-评分结果").iterdir())
    assert scored == ["大写-评分.xlsx", "宏-评分.xlsx"]
    expected = selfeval_xl.evaluate(seed).total
    ranking = _sheet_rows(tmp_path / "自评-评分汇总.xlsx", batching.RANKING)
    assert [row["总分"] for row in ranking if row["文件"] in ("宏.xlsm", "大写.XLSX")] == [float(expected)] * 2


def test_a_resubmission_is_noted_beside_both_files(tmp_path):
    """Two files of one unit, year and form (the seed and its 随手填写版, a resubmission as
    officers make them) each say so in 说明, naming the other, in the workbook and the CSV; a
    file of another unit says nothing."""
    folder = _copy_samples(tmp_path / "in", names=["金水区智慧城市管理中心-2021.xlsx", SOME[1],
                                                   "金水区智慧城市管理中心-2021-随手填写版.xlsx"])
    res = selfeval_xl.batch(folder, jobs=1)
    notes = {row["文件"]: row["说明"] for row in _sheet_rows(res.summary, batching.RANKING)}
    assert notes == {
        "金水区智慧城市管理中心-2021.xlsx": "可能重复报送：与“子文件夹/金水区智慧城市管理中心-2021-随手填写版.xlsx”"
                                            "的单位（项目）、年度和表单类型相同。",
        "子文件夹/金水区智慧城市管理中心-2021-随手填写版.xlsx": "可能重复报送：与“金水区智慧城市管理中心-2021.xlsx”"
                                                              "的单位（项目）、年度和表单类型相同。",
        SOME[1]: None}
    with open(res.csv, encoding="utf-8-sig", newline="") as f:
        csv_notes = {row["文件"]: row["说明"] for row in csv.DictReader(f)}
    assert csv_notes == {k: v or "" for k, v in notes.items()}


def test_what_makes_two_files_one_submission():
    """The same unit, year and kind of form, white space and case aside; for a project table the
    same project of the same 主管部门 and 实施单位 (two schools' 办公经费 are two projects), and
    none for a project table that names neither; a file that names no unit is never a duplicate.
    A note names three others at most."""
    dept, proj = "部门整体绩效自评表", "项目支出绩效自评表"

    def row(file, name, year=2021, kind=dept, doer="", boss=""):
        return {"file": file, "name": name, "year": year, "kind": kind, "doer": doer, "dept": boss}

    rows = [row("a", "金水区 智慧城市管理中心"), row("b", "金水区智慧城市管理中心\u3000"),
            row("c", "金水区智慧城市管理中心", 2022), row("d", "金水区智慧城市管理中心", kind=proj, boss="金水区"),
            row("e", ""), row("f", ""),
            row("g", "ABC局"), row("h", "abc局"),
            row("p1", "办公经费", kind=proj, doer="第一中学", boss="教育局"),
            row("p2", "办公经费", kind=proj, doer="第二中学", boss="教育局"),
            row("p3", "办公经费", kind=proj, doer="第一 中学", boss="教育局"),
            row("q1", "办公经费", kind=proj), row("q2", "办公经费", kind=proj),
            *[row(f"z{i}", "某单位") for i in range(5)]]
    batching._mark_duplicates(rows)
    notes = {r["file"]: r.get("note") for r in rows}
    same = "的单位（项目）、年度和表单类型相同。"
    assert notes == {"a": "可能重复报送：与“b”" + same, "b": "可能重复报送：与“a”" + same,
                     "c": None, "d": None, "e": None, "f": None,
                     "g": "可能重复报送：与“h”" + same, "h": "可能重复报送：与“g”" + same,
                     "p1": "可能重复报送：与“p3”" + same, "p2": None, "p3": "可能重复报送：与“p1”" + same,
                     "q1": None, "q2": None,
                     "z0": "可能重复报送：与“z1”、“z2”、“z3”等 4 个文件" + same,
                     "z1": "可能重复报送：与“z0”、“z2”、“z3”等 4 个文件" + same,
                     "z2": "可能重复报送：与“z0”、“z1”、“z3”等 4 个文件" + same,
                     "z3": "可能重复报送：与“z0”、“z1”、“z2”等 4 个文件" + same,
                     "z4": "可能重复报送：与“z0”、“z1”、“z2”等 4 个文件" + same}


def test_inputs_differing_only_in_extension_or_case_get_copies_of_their_own(tmp_path):
    """表.xlsx and 表.xlsm (and A.xlsx beside a.xlsx, one file on Windows and macOS) would share
    a scored copy's name: the .xlsx keeps "表-评分.xlsx", the others are numbered, in sub-folders too."""
    assert batching.output_names(["表.xlsm", "表.xlsx", "子/A.xlsx", "子/a.xlsx", "子/a.xlsm", "乙.xlsm"]) == {
        "表.xlsx": "表-评分.xlsx", "表.xlsm": "表(2)-评分.xlsx",
        "子/A.xlsx": "子/A-评分.xlsx", "子/a.xlsx": "子/a(2)-评分.xlsx", "子/a.xlsm": "子/a(3)-评分.xlsx",
        "乙.xlsm": "乙-评分.xlsx"}
    # a number already taken by an input's own name is skipped
    assert batching.output_names(["表.xlsx", "表.xlsm", "表(2).xlsx"]) == {
        "表(2).xlsx": "表(2)-评分.xlsx", "表.xlsx": "表-评分.xlsx", "表.xlsm": "表(3)-评分.xlsx"}
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / SOME[0], folder / "表.xlsm")
    shutil.copy(SAMPLES / SOME[1], folder / "表.xlsx")
    res = selfeval_xl.batch(folder, jobs=1)
    names = {p.name: p for p in res.out_dir.iterdir()}
    assert sorted(names) == ["表(2)-评分.xlsx", "表-评分.xlsx"]
    assert load_workbook(names["表-评分.xlsx"])["得分汇总"]["B3"].value == "办公宿舍楼、食堂及餐厅暖通改造经费"
    assert load_workbook(names["表(2)-评分.xlsx"])["得分汇总"]["B3"].value == "金水区智慧城市管理中心"


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_parent_keeps_nothing_per_finding_written(tmp_path, monkeypatch, jobs):
    """Memory stays flat in the number of findings: when the summary is finished, the rows of
    全部复核意见 already written (one per finding, most with their own height) have left nothing
    behind in the parent's worksheet, and every file's future has been let go."""
    import gc
    from concurrent.futures import Future

    monkeypatch.setattr(batching, "STREAM_FILES", 0)
    folder = _copy_samples(tmp_path / "in")
    seen = {}
    real_finish = batching.SummaryBook.finish

    def finish(book, res, *args):
        ws = book.sheets[4]
        gc.collect()
        seen.update(rows=book.rows, info=len(ws.row_info), sizes=len(ws.row_sizes),
                    futures=sum(isinstance(o, Future) for o in gc.get_objects()))
        return real_finish(book, res, *args)

    monkeypatch.setattr(batching.SummaryBook, "finish", finish)
    res = selfeval_xl.batch(folder, jobs=jobs)
    assert seen["rows"] == sum(r["n_findings"] for r in res.rows) >= 20
    assert seen["info"] <= 1 and seen["sizes"] <= 1 and seen["futures"] <= 1    # the last one, in the loop variable
    # and the rows kept their heights: a finding of two lines or more is taller than one line
    ws = load_workbook(res.summary)["全部复核意见"]
    assert any((ws.row_dimensions[r].height or 0) > 20 for r in range(2, ws.max_row + 1))


@pytest.mark.parametrize("streamed", [False, True])
def test_findings_past_the_row_limit_go_to_a_csv(tmp_path, monkeypatch, streamed):
    """Also when the findings were being written during the scoring: that summary is given up
    and the note written instead."""
    monkeypatch.setattr(batching, "EXCEL_ROWS", 10)
    monkeypatch.setattr(batching, "CONSTANT_MEMORY_FINDINGS", 3)   # and the summary is streamed
    if streamed:
        monkeypatch.setattr(batching, "STREAM_FILES", 0)
    folder = _copy_samples(tmp_path / "in", SOME[:2])
    res = selfeval_xl.batch(folder, jobs=1)
    assert res.findings_csv is not None and res.findings_csv.exists()
    text = res.findings_csv.read_text(encoding="utf-8-sig")
    assert text.count("\n") == 1 + sum(r["n_findings"] for r in res.rows)
    note = load_workbook(res.summary)["全部复核意见"]["A2"].value
    assert "超过 Excel" in note and res.findings_csv.name in note
    assert [r["文件"] for r in _sheet_rows(res.summary, "汇总排名")] == SOME[:2]


def _contents(path: Path) -> dict:
    """What a reader of the summary sees: each sheet's cells (value or formula, number format, bold,
    wrap), row heights, autofilter, frozen panes and printed title rows."""
    wb = load_workbook(path)
    return {ws.title: ([[(c.value, c.number_format, c.font.b, c.alignment.wrap_text) for c in row]
                        for row in ws.iter_rows()],
                       {r: d.height for r, d in ws.row_dimensions.items() if d.height},
                       ws.auto_filter.ref, ws.freeze_panes, ws.print_title_rows)
            for ws in wb.worksheets}


def test_findings_written_during_the_scoring_make_the_same_summary(tmp_path, monkeypatch):
    """A large folder's 全部复核意见 is written file by file while the others are scored, not
    at the end: the summary reads the same as one written at the end (bytes differ only in the
    order of the styles), and each file's findings are in it before the next file is scored."""
    folder = _copy_samples(tmp_path / "in")
    _write("损坏.xlsx", "not a workbook")(folder)
    monkeypatch.setattr(batching, "CONSTANT_MEMORY_FINDINGS", 0)   # constant_memory both ways
    at_end = selfeval_xl.batch(folder, output=tmp_path / "end.xlsx", jobs=1)
    assert at_end.counts[batching.SCORED] == 3 and sum(r["n_findings"] for r in at_end.rows) > 10

    events = []
    score_one, add = batching.score_one, batching.SummaryBook.add_findings
    monkeypatch.setattr(batching, "score_one", lambda task: events.append(("score", task[1])) or score_one(task))
    monkeypatch.setattr(batching.SummaryBook, "add_findings",
                        lambda self, file, *a: events.append(("write", file)) or add(self, file, *a))
    monkeypatch.setattr(batching, "STREAM_FILES", 0)
    during = selfeval_xl.batch(folder, output=tmp_path / "during.xlsx", jobs=1)
    assert events == [(kind, f) for f in batching.list_inputs(folder) for kind in ("score", "write")]
    assert _contents(during.summary) == _contents(at_end.summary)


def _complete_workbooks_only(*folders: Path) -> list[str]:
    """The files left in the folders, each checked to be a whole workbook (no temporary file, no
    half-written copy)."""
    import zipfile

    left = []
    for folder in folders:
        for f in sorted(folder.rglob("*")) if folder.exists() else []:
            if f.is_file():
                assert not f.name.startswith(".selfeval-"), f"a temporary file was left: {f}"
                assert zipfile.ZipFile(f).testzip() is None and load_workbook(f).sheetnames, f
                left.append(f.relative_to(folder).as_posix())
    return left


@pytest.mark.parametrize("jobs, streamed", [(1, False), (2, False), (2, True)])
def test_ctrl_c_stops_cleanly(tmp_path, monkeypatch, jobs, streamed):
    """Ctrl-C after the second file: the batch stops, no summary is written, and every scored copy
    left behind is whole (the files being scored finish their atomic writes); also while a large
    folder's summary is being written during the scoring."""
    if streamed:
        monkeypatch.setattr(batching, "STREAM_FILES", 0)
    folder = _copy_samples(tmp_path / "in")
    for i in range(3):
        shutil.copy(SAMPLES / SOME[0], folder / f"复件{i}.xlsx")
    seen = []

    def interrupt(done, total, rel):
        seen.append(done)
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        selfeval_xl.batch(folder, jobs=jobs, progress=interrupt)
    assert max(seen) == 2
    summary = tmp_path / "in-评分汇总.xlsx"
    assert not summary.exists() and not summary.with_suffix(".csv").exists()
    left = _complete_workbooks_only(tmp_path / "in-评分结果")
    # in this process the batch stops at once; a pool lets the files it has begun finish
    assert len(left) == 2 if jobs == 1 else 2 <= len(left) <= 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "in-评分结果"]


def test_ctrl_c_at_the_command_line_says_so(tmp_path, monkeypatch):
    folder = _copy_samples(tmp_path / "in", SOME[:2])

    def interrupted(task):
        raise KeyboardInterrupt
    monkeypatch.setattr(batching, "score_one", interrupted)
    r = run("batch", folder, "-j", "1")
    assert r.exit_code == 1 and "已中断" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "in-评分汇总.xlsx").exists()


def test_print_setup_of_the_summary(tmp_path):
    res = selfeval_xl.batch(_copy_samples(tmp_path / "in", SOME[:1]), jobs=1)
    wb = load_workbook(res.summary)
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape", ws.title
        assert ws.print_title_rows, ws.title
    ranking = wb["汇总排名"]
    assert ranking.freeze_panes == "A2" and ranking.auto_filter.ref
    assert ranking["B2"].font.name == "宋体" and ranking["B2"].hyperlink is not None


def test_wrapped_rows_of_the_summary_are_tall_enough_to_print(tmp_path):
    """LibreOffice keeps a row at one line however long its wrapped text, so lines printed over
    the next row in 全部复核意见, 红黑榜 and 无法使用: each such row has a height for its lines."""
    folder = _copy_samples(tmp_path / "in", SOME[:2])
    _write("文本.xlsx", "a,b\n1,2\n")(folder)
    res = selfeval_xl.batch(folder, jobs=1)
    wb = load_workbook(res.summary)
    findings = wb["全部复核意见"]
    from selfeval_xl.review import display_width

    # a 说明 well past its 80-character column (a wide character counts 2) wraps onto ≥ 2 lines
    long_rows = [r for r in range(2, findings.max_row + 1)
                 if display_width(str(findings.cell(r, 6).value or "")) > 100]
    assert long_rows
    for r in long_rows:
        assert (findings.row_dimensions[r].height or 0) >= 2 * 13.5, r
    tops = wb["红黑榜"]
    wrapped = [r for r in range(3, tops.max_row + 1) if display_width(str(tops.cell(r, 2).value or "")) > 45]
    assert wrapped and all((tops.row_dimensions[r].height or 0) >= 27 for r in wrapped)
    unusable = wb["无法使用"]
    assert (unusable.row_dimensions[2].height or 0) >= 27     # the reason runs over 90 characters


@pytest.mark.parametrize("make, words", [
    (lambda tmp: tmp / "没有", "找不到文件夹"),
    (lambda tmp: good(tmp / "a.xlsx"), "不是文件夹"),
    (lambda tmp: (tmp / "空").mkdir() or tmp / "空", "没有 Excel 或 WPS 表格文件"),
])
def test_unusable_folder_exit_2(make, words, tmp_path):
    res = run("batch", make(tmp_path))
    assert res.exit_code == 2 and words in res.output


def test_summary_path_that_cannot_be_used_exit_2(tmp_path):
    folder = _copy_samples(tmp_path / "in", SOME[:1])
    res = run("batch", folder, "-o", folder / "汇总.xlsx")
    assert res.exit_code == 2 and "不能放在" in res.output
    res = run("batch", folder, "-o", tmp_path / "无此文件夹" / "汇总.xlsx")
    assert res.exit_code == 2 and "不存在" in res.output
    assert not (tmp_path / "in-评分结果").exists() or not any((tmp_path / "in-评分结果").iterdir())


def test_ranks_share_ties_as_excel_rank_does():
    # RANK(x, range) in Excel is 1 + the number of values greater than x: 95 → 1, the two 90s → 2
    # (both), 80 → 4 (not 3); refused files get no rank and come last, by path.
    from selfeval_xl.batching import rank_rows

    risk0 = dict.fromkeys(("error", "total_above", "self_above", "rate_wrong", "budget_score_wrong",
                           "weights", "reason_missing", "not_quantified", "far_above"), 0)
    rows = [{"file": f, "status": "已评分", "total": t, "budget": None, "risk": risk0}
            for f, t in [("b.xlsx", 90.0), ("a.xlsx", 95.0), ("d.xlsx", 90.0), ("c.xlsx", 80.0)]]
    rows.append({"file": "0.xlsx", "status": "无法使用", "reason": "…", "code": "not-xlsx"})
    ranked = rank_rows(rows)
    assert [(r["file"], r.get("rank")) for r in ranked] == [
        ("a.xlsx", 1), ("b.xlsx", 2), ("d.xlsx", 2), ("c.xlsx", 4), ("0.xlsx", None)]


WORKER_PROBE = r"""
import concurrent.futures, json, sys
from pathlib import Path
from selfeval_xl import batching

folder, kinds = Path(sys.argv[1]), ("xlsxwriter", "selfeval_xl", "xml", "openpyxl", "pandas", "numpy")
ours = lambda: {m for m in sys.modules if m.split(".")[0] in kinds}
if sys.argv[2] == "parent":
    # what the pool's workers inherit: the parent's modules when the pool is made (Linux forks)
    real = concurrent.futures.ProcessPoolExecutor.__init__
    def init(self, *a, **k):
        print(json.dumps(sorted(ours())))
        real(self, *a, **k)
    concurrent.futures.ProcessPoolExecutor.__init__ = init
    batching.run_batch(folder, jobs=2)
else:
    # what scoring and writing one file imports, in a process that has imported nothing else
    before = ours()
    path = next(folder.rglob("*.xlsx"))
    batching.score_one((path, path.name, folder.parent / "o-评分.xlsx", "auto", False, True))
    print(json.dumps(sorted(ours() - before)))
"""


def test_workers_import_nothing_of_their_own(tmp_path):
    """The pool's workers are forked from a parent that has already imported what scoring and
    writing a file needs (the reader, the writer and xlsxwriter): no worker spends its first file
    importing them again (and the parent, which needs xlsxwriter for the summary, imports it once).
    Neither openpyxl nor pandas is needed by a plain workbook at all."""
    import json
    import sys

    folder = _copy_samples(tmp_path / "in")
    probe = lambda role: json.loads(subprocess.run(
        [sys.executable, "-c", WORKER_PROBE, str(folder), role], capture_output=True, text=True,
        check=True).stdout.splitlines()[0])
    needed, inherited = set(probe("worker")), set(probe("parent"))
    assert "xlsxwriter" in needed and "selfeval_xl.reading.xlsx_lite" in needed    # the probe sees imports
    assert needed - inherited == set()
    assert not {m for m in needed | inherited if m.split(".")[0] in ("openpyxl", "pandas", "numpy")}
