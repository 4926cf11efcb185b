"""Scoring a folder of workbooks (`selfeval-xl batch`): one scored copy per file and a summary.

Each file is scored exactly as `process` scores it (the same scheme choice, the same findings);
the worker returns a compact summary of plain values (never a Result), so the parent can gather
thousands of them and the output is the same bytes whatever the number of workers.  One bad file
never stops the batch: a refused file (InputError) or an unexpected exception becomes that file's
row in the summary.

The summary workbook (汇总.xlsx) is written with xlsxwriter like the scored workbook: 宋体, A4
landscape, header row frozen and repeated on every printed page, autofilter; the ranks, grade
counts and per-department figures are formulas over 汇总排名 with their cached values computed here.

(The module is selfeval_xl.batching: a submodule named ``batch`` would replace the package's
``batch`` function the first time it is imported.)
"""
from __future__ import annotations

import bisect
import contextlib
import csv
import io
import os
import pickle
import tempfile
import time
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from .reading import KIND_NAMES, PROJECT, InputError, os_reason
from .review import SCORE_TOLERANCE as TOLERANCE, own_total

SCORED, SKIPPED, REFUSED, INTERNAL = "已评分", "已跳过", "无法使用", "内部错误"
OUTPUT_SUFFIX = "-评分.xlsx"
# the files a batch takes: every file an office saves a spreadsheet as, so that no submission is
# left out unseen.  `process` scores the Office Open XML ones (.xlsx, and .xlsm, .xltx, .xltm, the
# same format with macros, never run, or as a template) and refuses the others (.xls, WPS's .et
# and .ett, .xlsb, .ods) with what they are and how to save them as .xlsx: each such file is a row
# of 无法使用, not a department missing from the ranking.
INPUT_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".et", ".ett", ".xlsb", ".ods")
EXCEL_ROWS = 1_048_576               # Excel's row limit (the header row included)
CONSTANT_MEMORY_FINDINGS = 5_000     # above this many findings the summary is streamed to disk
STREAM_FILES = 200                   # from this many files on, 全部复核意见 is written during the scoring
DEFAULT_TOP = 10
# 全部复核意见 and the CSV of every finding past Excel's row limit: the columns and their widths
FINDINGS_HEADS = ["文件", "单位", "级别", "代码", "位置", "说明"]
FINDINGS_WIDTHS = [30, 22, 6, 22, 24, 80]

# The risk score of 抽查建议: points per occurrence, one table so a reviewer can defend the sample.
# key: what is counted (see _risk_counts); label and unit as written in 理由.
RISK_POINTS = [
    ("error", "错误", "条", 3),                       # every 错误 finding
    ("total_above", "自评总分高于计算", "项", 3),     # total-mismatch with the form's total above ours
    ("self_above", "自评得分高于计算", "项", 2),      # self-score-mismatch with the self score above ours
    ("rate_wrong", "比率填报错误", "项", 2),          # rate-mismatch, budget-rate-mismatch
    ("budget_score_wrong", "预算执行得分填报错误", "项", 1),   # budget-score-mismatch
    ("weights", "分值合计不符", "项", 1),             # weights-not-summing
    ("reason_missing", "未得满分未填偏差原因", "项", 1),      # reason-missing
    ("not_quantified", "指标未量化", "项", 1),        # not-quantified
    ("far_above", "实际远超指标值", "项", 1),         # far-above-target (the target may be set low)
]
# points for the size of 全年预算数 (万元): the first threshold reached counts
BUDGET_POINTS = [(10_000, 3), (1_000, 2), (100, 1)]
_CODE_COUNTS = {"rate-mismatch": "rate_wrong", "budget-rate-mismatch": "rate_wrong",
                "budget-score-mismatch": "budget_score_wrong", "weights-not-summing": "weights",
                "reason-missing": "reason_missing", "not-quantified": "not_quantified",
                "far-above-target": "far_above"}


class FindingsSpool:
    """Every file's findings, kept on disk instead of in the rows, so that the parent's memory does
    not grow with them: a seed-sized file has ~15 findings, 1,000 files ~20,000 (about half of what
    the rows would otherwise hold).  One anonymous temporary file (the OS deletes it when it is
    closed or the process ends), one pickled list per input file, written as each result arrives
    and read back in the order of the summary, so the output does not depend on which file
    finished first."""

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="selfeval-xl-")
        self._where: dict[str, tuple[int, int]] = {}

    def put(self, key: str, findings: list[tuple]) -> None:
        data = pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, io.SEEK_END)
        self._file.write(data)
        self._where[key] = (offset, len(data))

    def get(self, key: str) -> list[tuple]:
        if key not in self._where:
            return []
        offset, size = self._where[key]
        self._file.seek(offset)
        return pickle.loads(self._file.read(size))

    def close(self) -> None:
        self._file.close()


@dataclass
class BatchResult:
    folder: Path
    summary: Path
    csv: Path
    out_dir: Path
    rows: list[dict]                  # one per file, in the ranking's order (row["n_findings"]: how many)
    findings_csv: Path | None = None  # the full list of findings, when past Excel's row limit
    elapsed: float = 0.0
    counts: dict = field(default_factory=dict)
    spool: FindingsSpool | None = field(default=None, repr=False)

    def findings(self, row: dict) -> list[tuple[str, str, str, str]]:
        """The findings of one row's file, (level, code, location, message), 错误 first."""
        return self.spool.get(row["file"]) if self.spool else []

    def by_file(self):
        """(row, its findings) for every file, by file path: the order of 全部复核意见."""
        for r in sorted(self.rows, key=lambda r: r["file"]):
            yield r, self.findings(r)

    def all_findings(self):
        """(file, unit, level, code, location, message) for every finding, by file path."""
        for r, findings in self.by_file():
            for f in findings:
                yield (r["file"], r.get("name", ""), *f)

    @property
    def exit_code(self) -> int:
        """0 when every file scored without a 错误 finding, else 1."""
        bad = any(r["status"] in (REFUSED, INTERNAL) or r.get("errors", 0) for r in self.rows)
        return 1 if bad else 0


# --------------------------------------------------------------------------------------------
# Finding the inputs, checking the outputs
# --------------------------------------------------------------------------------------------

def default_out_dir(folder: Path) -> Path:
    return folder.parent / f"{folder.name}-评分结果"


def default_summary(folder: Path) -> Path:
    return folder.parent / f"{folder.name}-评分汇总.xlsx"


def list_inputs(folder: Path) -> list[str]:
    """Every spreadsheet file under folder (INPUT_SUFFIXES, in any case; relative posix paths,
    sorted), without Office lock files (~$…) and the tool's own scored copies (…-评分.xlsx);
    symbolic links to folders are not followed."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            if (not name.lower().endswith(INPUT_SUFFIXES) or name.startswith("~$")
                    or name.endswith(OUTPUT_SUFFIX)):
                continue
            found.append(Path(root, name).relative_to(folder).as_posix())
    return sorted(found)


def output_names(rels: list[str]) -> dict[str, str]:
    """{input: its scored copy, relative to the output folder}: "name-评分.xlsx" beside it.  Two
    inputs of a folder whose names differ only in extension or case ("表.xlsx" and "表.xlsm",
    "A.xlsx" and "a.xlsx") would share that name, on Windows and macOS at least: the first to
    claim it keeps it, the others are numbered ("表(2)-评分.xlsx", …).  .xlsx files claim first,
    then the rest in path order, so that an .xlsx's copy keeps its name whatever is added beside it."""
    out, taken = {}, set()
    for rel in sorted(rels, key=lambda r: (not r.lower().endswith(".xlsx"), r)):
        p = Path(rel)
        out_rel, i = (p.parent / (p.stem + OUTPUT_SUFFIX)).as_posix(), 2
        while out_rel.casefold() in taken:
            out_rel, i = (p.parent / f"{p.stem}({i}){OUTPUT_SUFFIX}").as_posix(), i + 1
        taken.add(out_rel.casefold())
        out[rel] = out_rel
    return out


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve() == folder.resolve() or path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _check_folder(folder: Path) -> Path:
    if not folder.exists():
        raise InputError.of("folder-not-found", folder=str(folder))
    if not folder.is_dir():
        raise InputError.of("not-a-folder", folder=str(folder))
    if not os.access(folder, os.R_OK | os.X_OK):
        raise InputError.of("folder-unreadable", variant="no-permission", folder=str(folder))
    return folder


def _prepare_outputs(folder: Path, summary: Path, out_dir: Path) -> None:
    from .writing import _check_output

    if _inside(summary, folder):
        raise InputError.of("output-inside-input", path=str(summary), folder=str(folder))
    if _inside(out_dir, folder):
        raise InputError.of("output-inside-input", variant="out-dir", path=str(out_dir), folder=str(folder))
    _check_output(summary, folder)
    _check_output(summary.with_suffix(".csv"), folder)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError.of("output-folder-missing", variant="out-dir-is-file", out_dir=str(out_dir))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError.of("output-not-writable", variant="out-dir", out_dir=str(out_dir),
                            reason=os_reason(exc, "写入")) from None


# --------------------------------------------------------------------------------------------
# One file (runs in a worker process when jobs > 1)
# --------------------------------------------------------------------------------------------

def _num(x) -> float | None:
    if x is None:
        return None
    from .review import round_half_up
    return float(round_half_up(Fraction(x), 2))


def _risk_counts(result, own: Fraction | None) -> dict[str, int]:
    counts = dict.fromkeys((k for k, *_ in RISK_POINTS), 0)
    for f in result.findings:
        if f.level == "错误":
            counts["error"] += 1
        key = _CODE_COUNTS.get(f.code)
        if key:
            counts[key] += 1
    for row in result.indicator_rows:
        mine, ours = row.get("self_score_value"), row.get("得分")
        if mine is not None and ours is not None and mine == mine and ours == ours \
                and Fraction(mine) - Fraction(ours) > TOLERANCE:
            counts["self_above"] += 1
    if own is not None and own - result.total > TOLERANCE:
        counts["total_above"] += 1
    return counts


def summarise(result, rel: str, status: str) -> dict:
    """The compact, picklable summary of one scored file."""
    decl = result.declaration
    own = own_total(decl)
    budget = decl.budget_value("全年预算数")
    dept = decl.fact("主管部门")
    doer = decl.fact("实施单位") if decl.kind == PROJECT else None
    return {
        "file": rel, "status": status, "reason": "", "code": "",
        "name": "" if decl.unit_name is None else str(decl.unit_name),
        "dept": "" if dept is None else str(dept), "year": decl.year, "kind": decl.kind_name,
        "doer": "" if doer is None else str(doer),
        "scheme": result.scheme.name, "budget": None if budget is None else float(budget),
        "total": _num(result.total), "grade": result.grade,
        "categories": [(str(c["指标"]), _num(c["得分"])) for c in result.category_rows],
        "grades": _grade_names(result.scheme),
        "own_total": _num(own) if own is not None else None,
        "errors": result.findings.count("错误"), "warnings": result.findings.count("警告"),
        "infos": result.findings.count("提示"),
        "risk": _risk_counts(result, own),
        "findings": [(f.level, f.code, f.location, f.message) for f in result.findings.sorted()],
    }


def _grade_names(scheme) -> list[str]:
    return [str(name) for _lower, name in scheme.grades]


def _failed(rel: str, status: str, reason: str, code: str) -> dict:
    return {"file": rel, "status": status, "reason": reason, "code": code, "findings": []}


def _keep(row: dict, spool: FindingsSpool, shared: dict) -> dict:
    """A worker's row as the parent keeps it, for as long as the batch runs: its findings moved to
    the spool, the values many rows repeat (status, kind, scheme, grade, 主管部门, category names
    and scores) one shared object each (`shared`, this batch's own), zero risk counts left out."""
    findings = row.pop("findings", [])
    row["n_findings"] = len(findings)
    if findings:
        spool.put(row["file"], findings)
    for k in ("status", "reason", "code", "kind", "scheme", "grade", "dept", "doer"):
        if isinstance(row.get(k), str):
            row[k] = shared.setdefault(row[k], row[k])
    if "grades" in row:
        row["grades"] = shared.setdefault(tuple(row["grades"]), tuple(row["grades"]))
    if "categories" in row:
        row["categories"] = tuple(shared.setdefault(tuple(c), tuple(c)) for c in row["categories"])
    if "risk" in row:
        row["risk"] = {k: n for k, n in row["risk"].items() if n}
    return row


def score_one(task: tuple) -> dict:
    """Score one file as `process` does and write its scored copy; never raises (except Ctrl-C).
    With `pause` (in the pool's workers, and at the command line), the garbage collector is paused
    for the file (collector.py)."""
    path, rel, out, scheme, skip_existing, pause = task
    from .collector import paused

    with paused() if pause else contextlib.nullcontext():
        return _score_one(path, rel, out, scheme, skip_existing)


def _score_one(path: Path, rel: str, out: Path, scheme, skip_existing: bool) -> dict:
    import selfeval_xl as api
    from .writing import write_result

    try:
        skip = False
        if skip_existing:
            try:
                skip = out.stat().st_mtime_ns > path.stat().st_mtime_ns
            except OSError:
                skip = False
        result = api.evaluate(path, scheme)
        if not skip:
            write_result(result, out)
        return summarise(result, rel, SKIPPED if skip else SCORED)
    except InputError as exc:
        return _failed(rel, REFUSED, exc.message, exc.code)
    except Exception as exc:   # one file's bug never stops the batch
        return _failed(rel, INTERNAL, f"内部错误（{type(exc).__name__}），该文件未评分。"
                                      f"请单独运行 selfeval-xl process --debug 查看。", type(exc).__name__)


def _preload() -> None:
    """Import, before the pool forks, what every worker imports for its first file: the reader of
    plain workbooks, the writer (xlsxwriter) and the shipped schemes `auto` chooses from, parsed.
    The parent needs the writer for the summary anyway; imported once here, the forked workers
    inherit it (pages shared, not copied) instead of each importing it again, and the parent's own
    import at the end, when the cores are otherwise idle, is gone.  (Not under the spawn start
    method, whose workers start empty; Linux forks.)"""
    from . import collector, xlsxbook  # noqa: F401
    from .reading import xlsx_lite  # noqa: F401
    from .rules import SCHEME_FOR_KIND, load_scheme

    for name in SCHEME_FOR_KIND.values():
        load_scheme(name)


def _start_worker():
    import signal
    from .collector import freeze_inherited

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent stops the pool on Ctrl-C
    freeze_inherited()


# --------------------------------------------------------------------------------------------
# The batch
# --------------------------------------------------------------------------------------------

def run_batch(folder, output=None, out_dir=None, jobs=None, scheme="auto", skip_existing=False,
              progress=None, top=DEFAULT_TOP, *, pause_collector=False) -> BatchResult:
    """pause_collector: also in this process (jobs = 1, and the summary), pause the garbage
    collector for each file (collector.py); the command line asks for it, as it owns its process.
    The pool's workers, processes of the batch's own, always do."""
    from .rules import AUTO, load_scheme

    t0 = time.perf_counter()
    folder = _check_folder(Path(folder)).resolve()
    if str(scheme or AUTO) != AUTO:
        load_scheme(scheme)                   # an unusable scheme stops the batch before any file
    summary = Path(output) if output else default_summary(folder)
    out_dir = Path(out_dir) if out_dir else default_out_dir(folder)
    _prepare_outputs(folder, summary, out_dir)
    try:
        rels = list_inputs(folder)
    except OSError as exc:
        raise InputError.of("folder-unreadable", folder=str(folder), reason=os_reason(exc, "读取")) from None
    if not rels:
        raise InputError.of("folder-empty", folder=str(folder))

    jobs = (os.cpu_count() or 1) if jobs is None else max(1, int(jobs))
    jobs = min(jobs, len(rels))
    pause = pause_collector or jobs > 1
    tasks = []
    outs = output_names(rels)
    for rel in rels:
        tasks.append((folder / rel, rel, out_dir / outs[rel], scheme, skip_existing, pause))
    for d in sorted({t[2].parent for t in tasks}):
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError.of("output-not-writable", variant="folder", folder=str(d),
                                reason=os_reason(exc, "写入")) from None

    results: list[dict | None] = [None] * len(tasks)
    spool, shared = FindingsSpool(), {}
    # a large folder's 全部复核意见 is written while the files are scored, each file's findings as
    # soon as every file before it (in path order, the sheet's order) is in: the parent's largest
    # piece of work is then not left for the end, when one core would be idle
    book = SummaryBook(folder, streamed=True) if len(tasks) >= STREAM_FILES else None
    written = 0                               # files whose findings are in the book

    def stream() -> None:
        nonlocal written
        while written < len(results) and results[written] is not None:
            r = results[written]
            book.add_findings(r["file"], r.get("name"), spool.get(r["file"]) if r["n_findings"] else [])
            written += 1

    done = 0
    if progress:
        progress(0, len(tasks), "")
    if jobs == 1:
        for i, task in enumerate(tasks):
            results[i] = _keep(score_one(task), spool, shared)
            if book is not None:
                stream()
            done += 1
            if progress:
                progress(done, len(tasks), task[1])
    else:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        _preload()
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker)
        try:
            futures = {pool.submit(score_one, task): i for i, task in enumerate(tasks)}
            for fut in as_completed(futures):
                i = futures.pop(fut)          # the future and its result are let go once kept
                try:
                    results[i] = _keep(fut.result(), spool, shared)
                except Exception as exc:      # a worker that died (killed, out of memory)
                    results[i] = _keep(_failed(tasks[i][1], INTERNAL, f"内部错误（{type(exc).__name__}），该文件未评分。",
                                               type(exc).__name__), spool, shared)
                if book is not None:
                    stream()
                done += 1
                if progress:
                    progress(done, len(tasks), tasks[i][1])
        except KeyboardInterrupt:
            pool.shutdown(wait=True, cancel_futures=True)   # running files finish their atomic writes
            spool.close()
            raise
        pool.shutdown(wait=True)

    for r, task in zip(results, tasks):
        if r["status"] in (SCORED, SKIPPED):
            r["link"] = _link_target(task[2], summary)
    rows = rank_rows(results)
    res = BatchResult(folder, summary, summary.with_suffix(".csv"), out_dir, rows, spool=spool)
    from .collector import paused

    with paused() if pause_collector else contextlib.nullcontext():
        res.findings_csv = write_summary(res, top=top, book=book)
    write_csv(res)
    res.elapsed = time.perf_counter() - t0
    res.counts = {s: sum(1 for r in rows if r["status"] == s) for s in (SCORED, SKIPPED, REFUSED, INTERNAL)}
    return res


def _link_target(out: Path, summary: Path) -> str:
    try:
        return Path(os.path.relpath(out.resolve(), summary.resolve().parent)).as_posix()
    except ValueError:           # another drive (Windows)
        return out.resolve().as_posix()


def rank_rows(results: list[dict]) -> list[dict]:
    """Scored files by 总分 descending (then path), refused and failed files last (by path)."""
    ok = [r for r in results if r["status"] in (SCORED, SKIPPED)]
    bad = [r for r in results if r["status"] not in (SCORED, SKIPPED)]
    ok.sort(key=lambda r: (-r["total"], r["file"]))
    bad.sort(key=lambda r: r["file"])
    totals = sorted(r["total"] for r in ok)
    for r in ok:      # Excel's RANK: 1 + how many totals are higher (ties share a rank)
        r["rank"] = 1 + len(totals) - bisect.bisect_right(totals, r["total"])
        r["risk_score"], r["risk_reason"] = risk(r)
    _mark_duplicates(ok)
    return ok + bad


DUPLICATES_NAMED = 3                   # the other files a 可能重复报送 note names; then "等 N 个文件"
_PROJECT_KIND = KIND_NAMES[PROJECT]


def _same_submission(row: dict) -> tuple | None:
    """What makes two files one submission, white space and case aside: the same kind of form and
    year, and the same unit (a department table's 部门(单位)名称), or the same project of the same
    unit (a project table's 项目名称, 主管部门 and 实施单位: many units have a project called
    办公经费).  None for a file that names no unit, or a project table naming neither 主管部门
    nor 实施单位, whose name alone cannot tell."""
    def norm(v) -> str:
        return "".join(str(v or "").split()).casefold()

    name, dept, doer = norm(row.get("name")), norm(row.get("dept")), norm(row.get("doer"))
    if not name or (row.get("kind") == _PROJECT_KIND and not (dept or doer)):
        return None
    return name, dept, doer, row.get("year"), row.get("kind")


def _mark_duplicates(rows: list[dict]) -> None:
    """row["note"] of each scored file another file of the folder repeats (_same_submission: a
    resubmission, or a copy left beside the final one), naming the others (the first
    DUPLICATES_NAMED by path), so that a reviewer counting units does not count it twice."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        key = _same_submission(r)
        if key is not None:
            groups.setdefault(key, []).append(r)
    for group in groups.values():
        if len(group) > 1:
            files = sorted(r["file"] for r in group)
            for r in group:
                others = [f for f in files if f != r["file"]]
                named = "、".join(f"“{f}”" for f in others[:DUPLICATES_NAMED])
                more = f"等 {len(others)} 个文件" if len(others) > DUPLICATES_NAMED else ""
                r["note"] = f"可能重复报送：与{named}{more}的单位（项目）、年度和表单类型相同。"


def risk(row: dict) -> tuple[int, str]:
    """The 抽查建议 score of one scored file and its reasons, e.g. "错误 2 条（+6）；…"."""
    from .values import format_number

    points, parts = 0, []
    for key, label, unit, per in RISK_POINTS:
        n = row["risk"].get(key, 0)
        if n:
            points += n * per
            parts.append(f"{label} {n} {unit}（+{n * per}）")
    budget = row.get("budget")
    if budget is not None:
        for threshold, p in BUDGET_POINTS:
            if budget >= threshold:
                points += p
                parts.append(f"全年预算数 {format_number(Fraction(budget).limit_denominator(10**6))} 万元"
                             f"（≥{threshold:,}，+{p}）")
                break
    return points, "；".join(parts) if parts else "无风险项"


# --------------------------------------------------------------------------------------------
# 汇总.xlsx
# --------------------------------------------------------------------------------------------

RANKING, GRADES, TOPS, SAMPLE, ALL_FINDINGS, UNUSABLE = "汇总排名", "等级分布", "红黑榜", "抽查建议", "全部复核意见", "无法使用"
BASE_COLUMNS = ["名次", "文件", "单位/项目名称", "主管部门", "年度", "表单类型", "方案", "全年预算数", "总分", "等级"]
TAIL_COLUMNS = ["自评总分", "差额", "错误", "警告", "提示", "状态", "说明"]
NO_DEPT = "（未填写）"


def category_names(rows: list[dict]) -> list[str]:
    """The union of the categories of the schemes used, in the order they first appear (by path)."""
    names: list[str] = []
    for r in sorted(rows, key=lambda r: r["file"]):
        for name, _ in r.get("categories", []):
            if name not in names:
                names.append(name)
    return names


def ranking_table(rows: list[dict]) -> tuple[list[str], list[list]]:
    """The ranking as plain values (the CSV; the workbook writes formulas over the same values)."""
    cats = category_names(rows)
    head = BASE_COLUMNS + cats + TAIL_COLUMNS
    table = []
    for r in rows:
        ok = r["status"] in (SCORED, SKIPPED)
        if not ok:
            table.append([None, r["file"], *[None] * (len(head) - 4), r["status"], r["reason"]])
            continue
        own = dict(r["categories"])
        diff = None if r["own_total"] is None else round(r["own_total"] - r["total"], 2)
        table.append([r["rank"], r["file"], r["name"], r["dept"] or NO_DEPT, r["year"], r["kind"], r["scheme"],
                      r["budget"], r["total"], r["grade"], *[own.get(c) for c in cats],
                      r["own_total"], diff, r["errors"], r["warnings"], r["infos"], r["status"], r.get("note", "")])
    return head, table


def write_csv(res: BatchResult) -> Path:
    from .writing import write_atomically

    head, table = ranking_table(res.rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(head)
    for row in table:
        w.writerow(["" if v is None else _csv_number(v) for v in row])
    data = buf.getvalue().encode("utf-8-sig")
    return write_atomically(res.csv, res.folder, lambda tmp: tmp.write_bytes(data), suffix=".csv.tmp",
                            app="Excel、WPS 或其他程序")


def _csv_number(v):
    if isinstance(v, float):
        from .values import format_number
        return format_number(Fraction(v).limit_denominator(10**6)) if v == round(v, 6) else repr(v)
    return v


def write_summary(res: BatchResult, top: int = DEFAULT_TOP, book: SummaryBook | None = None) -> Path | None:
    """Write 汇总.xlsx atomically; returns the CSV of all findings when they pass Excel's limit.
    `book`: the summary whose 全部复核意见 was written while the files were scored (run_batch),
    used unless its findings passed the limit."""
    from .writing import write_atomically

    n_findings = sum(r.get("n_findings", 0) for r in res.rows)
    extra = None
    if n_findings + 1 > EXCEL_ROWS:
        extra = res.summary.with_name(f"{res.summary.stem}-全部复核意见.csv")

        def write_findings(tmp: Path) -> None:      # streamed: past a million rows, not held in memory
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f, lineterminator="\r\n")
                w.writerow(FINDINGS_HEADS)
                w.writerows(res.all_findings())
        write_atomically(extra, res.folder, write_findings, suffix=".csv.tmp")
    if book is None or book.overflow:
        book = SummaryBook(res.folder, constant_memory=n_findings > CONSTANT_MEMORY_FINDINGS)
    write_atomically(res.summary, res.folder,
                     lambda tmp: _write_xlsx(book, res, tmp, top, n_findings, extra), suffix=".xlsx.tmp")
    return extra


def _write_xlsx(book: SummaryBook, res: BatchResult, tmp: Path, top: int, n_findings: int,
                extra: Path | None) -> None:
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.finish(res, tmp, top, n_findings, extra)
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        raise cause if isinstance(cause, OSError) else OSError(str(exc)) from None


def _col(c: int) -> str:
    from xlsxwriter.utility import xl_col_to_name
    return xl_col_to_name(c)


class SummaryBook:
    """汇总.xlsx as it is written: the workbook, its formats and its six sheets, filled and closed
    by finish().  `streamed`: in constant_memory mode, with the 全部复核意见 rows added file by file
    (add_findings, in path order) while the files are still being scored; past Excel's row limit
    it stops and says so (`overflow`), and write_summary writes a summary of its own instead.
    Otherwise every sheet is written by finish(), in constant_memory mode when asked."""

    def __init__(self, folder: Path, *, streamed: bool = False, constant_memory: bool = False):
        from .xlsxbook import Workbook
        from .writing import FIXED_DATE, FONT, _Formats, _hf

        big = constant_memory or streamed
        self.wb = wb = Workbook(None, {      # its file is named when it is closed (finish)
            "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
            "use_future_functions": True, "constant_memory": big, "in_memory": not big,
            "default_format_properties": {"font_name": FONT, "font_size": 10}})
        wb.set_properties({"title": "绩效自评评分汇总", "author": "selfeval-xl", "created": FIXED_DATE,
                           "comments": "由 selfeval-xl batch 生成"})
        wb.set_calc_mode("auto")
        self.fm = _Formats(wb)
        self.header = f"&L{_hf(folder.name)}&C绩效自评评分汇总&R&A"
        self.sheets = [wb.add_worksheet(name) for name in (RANKING, GRADES, TOPS, SAMPLE, ALL_FINDINGS, UNUSABLE)]
        self.streamed, self.rows, self.overflow = streamed, 0, False
        self.sheets[4].keep_row_sizes = False      # 全部复核意见 never holds a drawing (xlsxbook._Worksheet)
        if streamed:
            _heads(self.sheets[4], self.fm, FINDINGS_HEADS, FINDINGS_WIDTHS, self.header)

    def add_findings(self, file: str, unit: str | None, findings: list[tuple]) -> None:
        """One file's findings, (level, code, location, message) each, as rows of 全部复核意见."""
        if self.overflow or self.rows + len(findings) + 1 > EXCEL_ROWS:
            self.overflow = True
            return
        self.rows = _findings_rows(self.sheets[4], self.fm, self.rows, file, unit, findings)

    def finish(self, res: BatchResult, path: Path, top: int, n_findings: int, extra: Path | None) -> None:
        ranking, grades, tops, sample, allf, unusable = self.sheets
        fm, header = self.fm, self.header
        cols = _ranking(ranking, fm, res, header)
        _grades(self.wb, grades, fm, res, cols, header)
        _tops(tops, fm, res, top, header)
        _sample(sample, fm, res, header)
        if self.streamed:
            allf.autofilter(0, 0, max(1, self.rows), len(FINDINGS_HEADS) - 1)
        else:
            _all_findings(allf, fm, res, n_findings, extra, header)
        _unusable(unusable, fm, res, header)
        self.wb.filename = str(path)
        self.wb.close()


def _heads(ws, fm, heads, widths, header):
    from .writing import _setup

    for c, (h, w) in enumerate(zip(heads, widths)):
        ws.set_column(c, c, w)
        ws.write_string(0, c, h, fm.head)
    ws.freeze_panes(1, 0)
    _setup(ws, header, repeat=0)


def _value(ws, r, c, v, fmt):
    if v is None or v == "":
        ws.write_blank(r, c, None, fmt)
    elif isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, str(v), fmt)


def _ranking(ws, fm, res: BatchResult, header) -> dict:
    head, table = ranking_table(res.rows)
    cats = category_names(res.rows)
    # narrow, wrapping columns so that A4 landscape prints at a legible size; 说明 (why a file was
    # refused, also on 无法使用) is for the screen and left off the printed page
    widths = [5, 20, 16, 12, 5, 10, 12, 10, 7, 5] + [7] * len(cats) + [7, 7, 5, 5, 5, 8, 40]
    _heads(ws, fm, head, widths, header)
    ws.print_area(0, 0, max(1, len(table)), len(head) - 2)
    col = {h: i for i, h in enumerate(head)}
    n_ok = sum(1 for r in res.rows if r["status"] in (SCORED, SKIPPED))
    c_total, c_own = col["总分"], col["自评总分"]
    total_range = f"${_col(c_total)}$2:${_col(c_total)}${1 + n_ok}"
    for i, (r, values) in enumerate(zip(res.rows, table), start=1):
        ok = r["status"] in (SCORED, SKIPPED)
        for c, v in enumerate(values):
            name = head[c]
            if name == "名次" and ok:
                ws.write_formula(i, c, f"=RANK({_col(c_total)}{i + 1},{total_range})", fm.int, v)
            elif name == "文件" and ok and "#" not in r["link"]:
                ws.write_url(i, c, "external:" + r["link"], fm.link, string=v, tip="打开评分工作簿")
            elif name == "差额" and v is not None:
                ws.write_formula(i, c, f"={_col(c_own)}{i + 1}-{_col(c_total)}{i + 1}", fm.num, v)
            elif name in ("全年预算数", "总分", "自评总分") or name in cats:
                _value(ws, i, c, v, fm.num)
            elif name in ("年度", "错误", "警告", "提示"):
                _value(ws, i, c, v, fm.int)
            elif name == "状态" and not ok:
                ws.write_string(i, c, v, fm.level["错误"])
            else:
                _value(ws, i, c, v, fm.text)
        _tall_enough(ws, i, [(values[col[k]], widths[col[k]]) for k in ("单位/项目名称", "主管部门", "表单类型", "方案")])
    ws.set_row(0, 27)               # headings such as 满意度指标 wrap onto two lines
    ws.autofilter(0, 0, max(1, len(table)), len(head) - 1)
    return {"head": head, "col": col, "n": len(table), "n_ok": n_ok}


def _grades(wb, ws, fm, res: BatchResult, cols, header):
    from .writing import _setup

    ok = [r for r in res.rows if r["status"] in (SCORED, SKIPPED)]
    n = max(2, 1 + cols["n"])
    rng = {h: f"{_q(RANKING)}!${_col(c)}$2:${_col(c)}${n}" for h, c in cols["col"].items()}
    grade_names: list[str] = []
    for r in sorted(ok, key=lambda r: r["file"]):
        for g in r.get("grades") or []:
            if g not in grade_names:
                grade_names.append(g)
    for r in ok:
        if r["grade"] not in grade_names:
            grade_names.append(r["grade"])
    for c, w in enumerate([16, 10, 10, 10, 10]):
        ws.set_column(c, c, w)
    for c, h in enumerate(["等级", "文件数"]):
        ws.write_string(0, c, h, fm.head)
    for i, g in enumerate(grade_names, start=1):
        ws.write_string(i, 0, g, fm.text)
        ws.write_formula(i, 1, f"=COUNTIF({rng['等级']},A{i + 1})", fm.int,
                         sum(1 for r in ok if r["grade"] == g))
    last_grade = len(grade_names)
    r0 = last_grade + 2
    for c, h in enumerate(["主管部门", "文件数", "平均分", "最低分", "最高分"]):
        ws.write_string(r0, c, h, fm.head)
    depts = sorted({r["dept"] or NO_DEPT for r in ok})
    for i, d in enumerate(depts, start=r0 + 1):
        totals = [r["total"] for r in ok if (r["dept"] or NO_DEPT) == d]
        ref = f"A{i + 1}"
        ws.write_string(i, 0, d, fm.text)
        _tall_enough(ws, i, [(d, 16)])
        ws.write_formula(i, 1, f"=COUNTIF({rng['主管部门']},{ref})", fm.int, len(totals))
        ws.write_formula(i, 2, f"=AVERAGEIF({rng['主管部门']},{ref},{rng['总分']})", fm.num,
                         sum(totals) / len(totals))
        ws.write_formula(i, 3, f"=MINIFS({rng['总分']},{rng['主管部门']},{ref})", fm.num, min(totals))
        ws.write_formula(i, 4, f"=MAXIFS({rng['总分']},{rng['主管部门']},{ref})", fm.num, max(totals))
    ws.freeze_panes(1, 0)
    _setup(ws, header, repeat=0)
    if grade_names:
        chart = wb.add_chart({"type": "column"})
        chart.add_series({"name": "文件数", "categories": [GRADES, 1, 0, last_grade, 0],
                          "values": [GRADES, 1, 1, last_grade, 1], "data_labels": {"value": True}})
        chart.set_title({"name": "等级分布", "name_font": {"name": FONT_NAME(), "size": 12}})
        chart.set_legend({"none": True})
        chart.set_x_axis({"num_font": {"name": FONT_NAME()}})
        chart.set_y_axis({"num_font": {"name": FONT_NAME()}, "min": 0})
        ws.insert_chart(0, 6, chart, {"x_scale": 1.2, "y_scale": 1.0})


def FONT_NAME():
    from .writing import FONT
    return FONT


def _q(sheet: str) -> str:
    from .writing import _q as quote
    return quote(sheet)


def _tall_enough(ws, i: int, cells) -> None:
    """Row i as tall as its wrapped texts: LibreOffice does not grow a row for wrapped text on
    opening, so without a height the lines print over the next row."""
    from .layout import row_height

    h = row_height([(v, w) for v, w in cells if isinstance(v, str)])
    if h:
        ws.set_row(i, h)


def _brief_rows(ws, fm, r0: int, rows: list[dict], widths: list[float]) -> int:
    for i, r in enumerate(rows, start=r0):
        values = [r["rank"], r["file"], r["name"], r["dept"] or NO_DEPT, r["total"], r["grade"]]
        for c, v in enumerate(values):
            _value(ws, i, c, v, fm.num if c == 4 else fm.int if c == 0 else fm.text)
        _tall_enough(ws, i, zip(values, widths))
    return r0 + len(rows)


def _tops(ws, fm, res: BatchResult, top: int, header):
    ok = [r for r in res.rows if r["status"] in (SCORED, SKIPPED)]
    heads = ["名次", "文件", "单位/项目名称", "主管部门", "总分", "等级"]
    widths = [6, 34, 26, 18, 8, 6]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.merge_range(0, 0, 0, 5, f"红榜：总分最高的 {min(top, len(ok))} 个", fm.head)
    for c, h in enumerate(heads):
        ws.write_string(1, c, h, fm.head)
    r = _brief_rows(ws, fm, 2, ok[:top], widths)
    r += 1
    ws.merge_range(r, 0, r, 5, f"黑榜：总分最低的 {min(top, len(ok))} 个（最低在前）", fm.head)
    for c, h in enumerate(heads):
        ws.write_string(r + 1, c, h, fm.head)
    _brief_rows(ws, fm, r + 2, list(reversed(ok))[:top], widths)
    from .writing import _setup
    ws.freeze_panes(2, 0)
    _setup(ws, header)
    ws.repeat_rows(0, 1)


def sample_order(rows: list[dict]) -> list[dict]:
    ok = [r for r in rows if r["status"] in (SCORED, SKIPPED)]
    return sorted(ok, key=lambda r: (-r["risk_score"], r["file"]))


def _sample(ws, fm, res: BatchResult, header):
    heads = ["抽查顺序", "文件", "单位/项目名称", "总分", "风险分", "理由"]
    widths = [8, 34, 26, 8, 8, 70]
    _heads(ws, fm, heads, widths, header)
    order = sample_order(res.rows)
    for i, r in enumerate(order, start=1):
        for c, v in enumerate([i, r["file"], r["name"], r["total"], r["risk_score"], r["risk_reason"]]):
            _value(ws, i, c, v, fm.num if c == 3 else fm.int if c in (0, 4) else fm.text)
        _tall_enough(ws, i, [(r["risk_reason"], widths[5]), (r["file"], widths[1])])
    ws.autofilter(0, 0, max(1, len(order)), len(heads) - 1)


def _all_findings(ws, fm, res: BatchResult, n_findings: int, extra: Path | None, header):
    _heads(ws, fm, FINDINGS_HEADS, FINDINGS_WIDTHS, header)
    if extra is not None:
        ws.write_string(1, 0, f"复核意见共 {n_findings:,} 条，超过 Excel 的 {EXCEL_ROWS:,} 行上限，"
                              f"未写入本表；完整清单见“{extra.name}”（与本汇总表在同一文件夹）。", fm.text)
        return
    n = 0
    for r, findings in res.by_file():
        n = _findings_rows(ws, fm, n, r["file"], r.get("name"), findings)
    ws.autofilter(0, 0, max(1, n_findings), len(FINDINGS_HEADS) - 1)


def _findings_rows(ws, fm, n: int, file: str, unit: str | None, findings: list[tuple]) -> int:
    """One file's findings as rows n + 1, n + 2 … of 全部复核意见; returns the last row's number."""
    for i, f in enumerate(findings, start=n + 1):
        cells = (file, unit, *f)
        _tall_enough(ws, i, zip(cells, FINDINGS_WIDTHS))   # before the cells: constant_memory writes rows in order
        for c, v in enumerate(cells):
            if c == 2:
                ws.write_string(i, c, v, fm.level.get(v, fm.text))
            else:
                ws.write_string(i, c, v or "", fm.text)
    return n + len(findings)


def _unusable(ws, fm, res: BatchResult, header):
    heads = ["文件", "状态", "代码", "原因"]
    widths = [34, 10, 18, 90]
    _heads(ws, fm, heads, widths, header)
    bad = [r for r in res.rows if r["status"] in (REFUSED, INTERNAL)]
    for i, r in enumerate(bad, start=1):
        values = [r["file"], r["status"], r["code"], r["reason"]]
        for c, v in enumerate(values):
            ws.write_string(i, c, v, fm.text)
        _tall_enough(ws, i, zip(values, widths))
    if not bad:
        ws.write_string(1, 0, "没有无法使用的文件。", fm.text)
    ws.autofilter(0, 0, max(1, len(bad)), len(heads) - 1)
