"""Golden files: what `check --json` prints and what `process` writes, for every shipped sample.

For each workbook in samples/ (not the scored outputs, not Office lock files ~$…) two files are
checked in under tests/golden/:

- ``<stem>.check.json``: the stdout of ``selfeval-xl check --json samples/<name>``.
  One normalisation, the only part of the output that depends on the machine: the ``"file"`` field
  echoes the path exactly as it was given on the command line, so it is replaced by the repository
  path ``samples/<name>`` (the test asserts first that it was the absolute path it passed, and
  afterwards that the repository's absolute path occurs nowhere else in the output).  Nothing else
  is touched; the JSON is re-dumped with the tool's own settings (indent 2, ensure_ascii False), so
  the golden file is byte for byte what the command prints apart from that one line.
- ``<stem>.scored.txt``: a canonical, human-readable dump of the workbook that
  ``selfeval-xl process samples/<name> -o OUT`` writes (see ``dump_workbook`` for the format).

A difference fails with a unified diff of the two texts.  To accept a change on purpose:

    SELFEVAL_UPDATE_GOLDEN=1 .venv/bin/pytest -q tests/test_golden.py
    git diff tests/golden/        # read it: every changed score must be right

(the rewritten tests report "skipped: rewrote …", so a run with the variable set never passes
silently).  A new sample without golden files fails until they are written the same way.

Hand checks of the golden numbers, from README "评分规则（摘要）" alone (exact fractions; rounding
half-up to 2 decimals only for display and for the total).  test_golden_numbers_are_the_hand_worked_ones
below re-does this arithmetic against the checked-in files, so a golden file rewritten with a wrong
number fails even though it matches the tool.

Seed, 金水区智慧城市管理中心-2021 (scheme department-overall; README: 99.54, 优):
  Rate — 预算调整率 = |全年预算数 − 年初预算数| ÷ 年初预算数 = |814.75 − 768.94| ÷ 768.94 = 45.81 ÷ 768.94
      = 0.0595755195…  → 5.96%.  Golden: 资金执行情况!B15 → 0.05957551954638853, D15 "… = 5.96%".
  No 分值 is filled, so each category's weight is split equally: 投入管理 20 ÷ 20 indicators = 1 each,
  产出指标 40 ÷ 4 = 10 each, 效益指标 30 ÷ 2 = 15 each (three weights-split 提示).
  - 指标评分 row 8, 预算调整率 "≤5" (反向, "at most"), no actual typed, so the computed rate scores
    (rate-filled 提示): 5.9575…% > 5 → 1 × 5 ÷ 5.957551954… = 0.8392709015…
    Golden: P8 → 5.957551954638854, H8 → 0.8392709015498799, J8 "反向指标：5/5.96×1";
    check --json: rate-misses-target "该指标得 0.84/1 分" and reason-missing (no 偏差原因 typed).
  - 指标评分 row 10, “三公经费”控制率 "≤100" (反向), typed 180%: computed 0.04 ÷ 7.2 = 0.5555…% ≤ 100
    → full marks, 1.  Golden: P10 → 0.5555555555555556, H10 → 1.0; rate-mismatch (警告, "填报 180%，
    按资金执行情况计算为 0.56%"), since |180 − 0.56| > 0.5 percentage points.
  - 指标评分 row 14, 管理制度健全性 "健全", actual "基本健全": not equal to the target, does not start
    with 未/不/没有/无法, starts with 基本 → 部分达成 → 70% × 1 = 0.7.  Golden: P14 "部分达成", H14 → 0.7.
  投入管理 = 18 indicators at full marks (18 × 1) + 0.8392709… + 0.7 = 19.5392709… → 19.54
  (golden: 得分汇总!C11 → 19.53927090154988); 预算执行 = 10 × min(814.75 ÷ 814.75, 100%) = 10;
  产出 4 × 10 = 40; 效益 15 + 15 = 30 (群众满意率 "98%左右" read as 98 ≥ 98); total 99.5392709… → 99.54
  (C14 → 99.54, check --json "total": "99.54") ≥ 90 → 优; the form's own 自评总分 99 → total-mismatch.

Project sample, 河北廊坊-食品工程学校暖通改造-2019 (scheme project; README: 预算执行 8.62, 产出 48.62,
效益 30, 满意度 10, 97.24, 优):
  Weights are the form's own: every indicator has 分值 10 — 产出 5 × 10 = 50, 效益 3 × 10 = 30,
  满意度 1 × 10 = 10 — and the budget total row's 分值 is 10; they sum to 100 and equal the scheme's.
  Rate — 预算执行率 = 全年执行数 ÷ 全年预算数 = 37.24 ÷ 43.2 = 0.862037037…  → 86.2%.
      Golden: 资金执行情况!B14 → 0.862037037037037.  预算执行 = 10 × min(86.2037…%, 100%) = 8.62037…
      → 8.62 (得分汇总!C12 → 8.62037037037037).  The form typed 执行率 "86%" (|86 − 86.2037| ≤ 0.5: no
      finding) and 得分 9 (|9 − 8.62| > 0.01: budget-score-mismatch at Sheet1!H7).
  - 指标评分 row 2, 工程资金金额, target 43.2 (a bare number, not a limit → "at least"), actual 37.24
    < 43.2 → 10 × 37.24 ÷ 43.2 = 8.62037…  Golden: H2 → 8.62037037037037, J2 "正向指标：37.24/43.2×10";
    the officer's 9 → self-score-mismatch "按规则计算为 8.62" at Sheet1!H14.
  - 指标评分 row 6, 成本控制率 under 成本指标, target a bare 100 → read as "at most" (bare-number-at-most
    提示 at Sheet1!E23); actual 100 ≤ 100 → full marks, 10.  Golden: M6 "反向", H6 → 10.0.
  - 指标评分 row 10, 学生满意度 under 一级 "满意度\n指标" (white space removed → 满意度指标, category
    满意度指标): 100 ≥ 100 → 10.  Golden: Q10 "满意度指标", H10 → 10.0.
  产出 = 8.62037… + 4 × 10 = 48.62037… → 48.62; 效益 3 × 10 = 30; 满意度 10;
  total = 8.62037… + 48.62037… + 30 + 10 = 97.24074… → 97.24 ≥ 90 → 优.
"""
from __future__ import annotations

import datetime
import difflib
import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from selfeval_xl.cli import cli
from helpers import content_key, load_workbook, remembered

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("SELFEVAL_UPDATE_GOLDEN") == "1"


def sample_workbooks() -> list[Path]:
    """The shipped sample workbooks: *.xlsx in samples/, without scored outputs and lock files."""
    return sorted(p for p in SAMPLES.glob("*.xlsx")
                  if not p.name.startswith("~$") and not p.stem.endswith("-评分"))


SAMPLE_PARAMS = [pytest.param(p, id=p.stem) for p in sample_workbooks()]


# --------------------------------------------------------------------------------------------
# Producing the texts
# --------------------------------------------------------------------------------------------

def check_json_text(sample: Path) -> str:
    """`selfeval-xl check --json SAMPLE`, with "file" normalised to samples/<name> (module doc)."""
    res = CliRunner().invoke(cli, ["check", "--json", str(sample)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    data = json.loads(res.stdout)
    assert data["file"] == str(sample)
    data["file"] = sample.relative_to(ROOT).as_posix()
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert str(ROOT) not in text, "an absolute path of this machine leaked into check --json"
    has_errors = any(f["level"] == "错误" for f in data["findings"])
    assert res.exit_code == (1 if has_errors else 0), res.output     # README: 退出码
    return text


def scored_dump_text(sample: Path, out_dir: Path) -> str:
    """`selfeval-xl process SAMPLE -o OUT`, then dump_workbook(OUT)."""
    out = out_dir / f"{sample.stem}-评分.xlsx"
    res = CliRunner().invoke(cli, ["process", str(sample), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return dump_workbook(out)


def _one_line(s: str) -> str:
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _value(v) -> str:
    """A stored value: text in JSON quotes (so text "=1" differs from the formula =1 and text "1" from
    the number 1), numbers as Python prints them, TRUE/FALSE, dates in ISO form."""
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, datetime.datetime | datetime.date | datetime.time):
        return v.isoformat()
    return _one_line(repr(v))


def _quoted(s) -> str:
    return json.dumps(s, ensure_ascii=False) if s is not None else "—"


def dump_workbook(path: Path) -> str:
    """The canonical text of a workbook, sheet by sheet in order:

        == <sheet name>
        A1<TAB><value>                  every non-empty cell (not None, not ""), row by row; text in
                                        "quotes", so text "=1" is not the formula =1 nor text "1" the
                                        number 1; line breaks in text as \\n
        C10<TAB>=FORMULA<TAB>→ <cached> a formula (openpyxl data_only=False) and the result stored with
                                        it (data_only=True): the number a viewer that does not
                                        recalculate shows; (empty) for an empty result
        R2<TAB>"…"<TAB>↪ <location>     a cell with a hyperlink (internal location, or target)
        merged: A1:D1 B3:D3 …           merged ranges in reading order
        print: orientation=… paperSize=… fitToPage=… fitToWidth=… fitToHeight=… titleRows=… area=…
        header: L=… C=… R=…             page header and footer (left, centre, right sections)
        footer: L=… C=… R=…
        freeze: D2                      freeze panes (— when none)

    fitToWidth/fitToHeight absent from the file are shown as Excel's default, 1.  (Remembered on the
    file's bytes: the same bytes dump alike.)
    """
    from selfeval_xl.reading import grid          # helpers.load_workbook's switch

    code = [sys.modules[__name__], sys.modules["helpers"], grid]
    return remembered(code, ("dump", content_key(path)), lambda: _dump(path))


def _dump(path: Path) -> str:
    wb = load_workbook(path, data_only=False)
    cached = load_workbook(path, data_only=True)
    lines: list[str] = []
    for ws in wb.worksheets:
        cws = cached[ws.title]
        lines.append(f"== {ws.title}")
        for row in ws.iter_rows():
            for c in row:
                if c.value is None or c.value == "":     # an empty string is an empty cell to a reader
                    continue
                if c.data_type == "f":
                    f = c.value if isinstance(c.value, str) else f"{{{c.value.text}}} ({c.value.ref})"
                    result = cws[c.coordinate].value
                    text = f"{_one_line(f)}\t→ {'(empty)' if result is None else _value(result)}"
                else:
                    text = _value(c.value)
                if c.hyperlink is not None:
                    text += f"\t↪ {_one_line(c.hyperlink.location or c.hyperlink.target or '')}"
                lines.append(f"{c.coordinate}\t{text}")
        merged = sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col, r.max_row, r.max_col))
        lines.append("merged: " + (" ".join(str(r) for r in merged) or "—"))
        ps = ws.page_setup
        fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None
        lines.append(f"print: orientation={ps.orientation} paperSize={ps.paperSize} fitToPage={fit} "
                     f"fitToWidth={ps.fitToWidth if ps.fitToWidth is not None else 1} "
                     f"fitToHeight={ps.fitToHeight if ps.fitToHeight is not None else 1} "
                     f"titleRows={ws.print_title_rows or '—'} titleCols={ws.print_title_cols or '—'} "
                     f"area={ws.print_area or '—'}")
        for name, hf in (("header", ws.oddHeader), ("footer", ws.oddFooter)):
            lines.append(f"{name}: L={_quoted(hf.left.text)} C={_quoted(hf.center.text)} "
                         f"R={_quoted(hf.right.text)}")
        lines.append(f"freeze: {ws.freeze_panes or '—'}")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Comparing with the checked-in files
# --------------------------------------------------------------------------------------------

def readable_diff(expected: str, actual: str, fromfile: str, tofile: str) -> str:
    """A unified diff whose hunk headers name the sheet the hunk is in (as git names the function)."""
    import re

    old = expected.splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(old, actual.splitlines(keepends=True), fromfile, tofile, n=2):
        m = re.match(r"@@ -(\d+)", line)
        if m:
            start = int(m.group(1))
            sheet = next((x.strip() for x in reversed(old[:start]) if x.startswith("== ")), "")
            line = line.rstrip("\n") + (f" {sheet}" if sheet else "") + "\n"
        out.append(line)
    return "".join(out)


def compare_with_golden(actual: str, golden: Path) -> None:
    rel = golden.relative_to(ROOT).as_posix()
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        old = golden.read_text(encoding="utf-8") if golden.exists() else None
        if old != actual:
            golden.write_text(actual, encoding="utf-8", newline="\n")
            pytest.skip(f"rewrote {rel}: review `git diff {rel}` before committing it")
        return
    if not golden.exists():
        pytest.fail(f"no golden file {rel}; write it with SELFEVAL_UPDATE_GOLDEN=1 "
                    f".venv/bin/pytest -q tests/test_golden.py, then read it", pytrace=False)
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = readable_diff(expected, actual, f"{rel} (checked in)", f"{rel} (now)")
        pytest.fail(f"output differs from {rel}:\n{diff}\nIf the change is intended: SELFEVAL_UPDATE_GOLDEN=1 "
                    f".venv/bin/pytest -q tests/test_golden.py, then review `git diff tests/golden`.",
                    pytrace=False)


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_check_json_matches_golden(sample):
    compare_with_golden(check_json_text(sample), GOLDEN / f"{sample.stem}.check.json")


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_scored_workbook_matches_golden(sample, tmp_path):
    compare_with_golden(scored_dump_text(sample, tmp_path), GOLDEN / f"{sample.stem}.scored.txt")


def test_every_golden_file_belongs_to_a_sample():
    """A sample renamed or removed leaves no stale golden file behind."""
    stems = {p.stem for p in sample_workbooks()}
    assert stems, "no samples found"
    stale = sorted(p.name for p in GOLDEN.glob("*")
                   if p.name.removesuffix(".check.json").removesuffix(".scored.txt") not in stems)
    assert stale == [], f"golden files without a sample in samples/: {stale}"


# --------------------------------------------------------------------------------------------
# The hand-worked numbers of the module docstring, against the checked-in files
# --------------------------------------------------------------------------------------------

def golden_cells(stem: str) -> dict[tuple[str, str], list[str]]:
    """The checked-in scored dump as {(sheet, cell): [value, "→ cached", …]}."""
    cells, sheet = {}, None
    for line in (GOLDEN / f"{stem}.scored.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            sheet = line[3:]
        elif "\t" in line:
            coord, *rest = line.split("\t")
            cells[(sheet, coord)] = rest
    return cells


def _cached(cells, sheet, coord) -> float:
    parts = cells[(sheet, coord)]
    assert parts[0].startswith("="), f"{sheet}!{coord} is not a formula: {parts}"
    return float(parts[1].removeprefix("→ "))


def test_golden_numbers_are_the_hand_worked_ones():
    from fractions import Fraction as F

    def approx(x):
        return pytest.approx(float(x), rel=1e-12)

    # the seed
    seed = "金水区智慧城市管理中心-2021"
    g, j = golden_cells(seed), json.loads((GOLDEN / f"{seed}.check.json").read_text(encoding="utf-8"))
    adj = abs(F("814.75") - F("768.94")) / F("768.94")                     # 预算调整率
    assert _cached(g, "资金执行情况", "B15") == approx(adj)
    assert g[("指标评分", "C8")] == ['"预算调整率"'] and _cached(g, "指标评分", "H8") == approx(5 / (adj * 100))
    assert g[("指标评分", "C10")] == ['"“三公经费”控制率"']
    assert _cached(g, "指标评分", "P10") == approx(F("0.04") / F("7.2") * 100) and _cached(g, "指标评分", "H10") == 1
    assert g[("指标评分", "C14")] == ['"管理制度健全性"'] and g[("指标评分", "P14")] == ['"部分达成"']
    assert _cached(g, "指标评分", "H14") == approx(F(7, 10))
    input_mgmt = 18 + 5 / (adj * 100) + F(7, 10)
    assert _cached(g, "得分汇总", "C11") == approx(input_mgmt)
    assert _cached(g, "得分汇总", "C14") == 99.54 and j["total"] == "99.54" and j["grade"] == "优"
    assert round(float(10 + input_mgmt + 40 + 30), 2) == 99.54
    assert {f["code"] for f in j["findings"]} >= {"rate-mismatch", "rate-misses-target", "total-mismatch"}
    # the 河北廊坊 project table
    lf = "河北廊坊-食品工程学校暖通改造-2019-项目支出绩效自评表"
    g, j = golden_cells(lf), json.loads((GOLDEN / f"{lf}.check.json").read_text(encoding="utf-8"))
    execution = F("37.24") / F("43.2")                                       # 预算执行率
    assert _cached(g, "资金执行情况", "B14") == approx(execution)
    assert _cached(g, "得分汇总", "C12") == approx(10 * execution)
    assert g[("指标评分", "C2")] == ['"工程资金金额"'] and _cached(g, "指标评分", "H2") == approx(10 * execution)
    assert g[("指标评分", "C6")] == ['"成本控制率"'] and g[("指标评分", "M6")] == ['"反向"']
    assert _cached(g, "指标评分", "H6") == 10
    assert g[("指标评分", "C10")] == ['"学生满意度"'] and g[("指标评分", "Q10")] == ['"满意度指标"']
    assert _cached(g, "指标评分", "H10") == 10
    assert _cached(g, "得分汇总", "C13") == approx(10 * execution + 40)
    assert [(c["name"], c["score"]) for c in j["categories"]] == [
        ("预算执行", "8.62"), ("产出指标", "48.62"), ("效益指标", "30"), ("满意度指标", "10")]
    assert round(float(10 * execution + 10 * execution + 40 + 30 + 10), 2) == 97.24
    assert j["total"] == "97.24" and j["grade"] == "优"
    assert {f["code"] for f in j["findings"]} >= {"self-score-mismatch", "budget-score-mismatch"}
