"""selfeval-xl: score a department's performance self-evaluation (部门整体绩效自评) workbook.

The library in five calls (the command line is a thin layer over them)::

    from selfeval_xl import evaluate, process, report, write_template
    result = evaluate("单位自评.xlsx")            # read → score → review, no file written
    result, out = process("单位自评.xlsx")        # … and write 单位自评-评分.xlsx beside it
    result, out = report("单位自评.xlsx")         # … or the report 单位自评-自评报告.docx
    write_template("模板.xlsx")                   # kind="project": the 项目支出绩效自评表
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"


def evaluate(path, scheme="auto"):
    """Read, score and review a workbook; returns a rules.Result (findings included).

    scheme: "auto" (department-overall for a department table, project for a project table),
    a shipped scheme's name, or the path of a .toml scheme file."""
    from .reading import read_workbook
    from .rules import AUTO, choose_scheme, load_scheme, score

    # a named scheme that cannot be used is refused before the workbook is read
    chosen = None if str(scheme or AUTO) == AUTO else load_scheme(scheme)
    decl = read_workbook(Path(path))
    sch, reason = (chosen, "") if chosen is not None else choose_scheme(AUTO, decl)
    return score(decl, sch, reason)


def process(path, output=None, scheme="auto"):
    """evaluate() and write the scored workbook; returns (result, output path)."""
    from .writing import default_output, write_result

    path = Path(path)
    result = evaluate(path, scheme)
    out = Path(output) if output else default_output(path)
    return result, write_result(result, out)


def report(path, output=None, scheme="auto"):
    """evaluate() and write the self-evaluation report (自评报告, .docx); returns (result, output path).

    (The module is selfeval_xl.reporting: a submodule named ``report`` would replace this function
    on the package the first time it is imported.)"""
    from .reporting import default_output, write_report

    path = Path(path)
    result = evaluate(path, scheme)
    out = Path(output) if output else default_output(path)
    return result, write_report(result, out)


def write_template(path, kind="department"):
    """Write the blank fill-in workbook of kind "department" (整体绩效目标申报表) or "project"
    (项目支出绩效自评表); returns its path."""
    from .templates import build_template

    return build_template(Path(path), kind)


def summary(result, path=None) -> dict:
    """The figures of a result as plain JSON-able values (what `check --json` prints beside the findings)."""
    decl = result.declaration
    return {
        "file": str(path) if path is not None else str(decl.path),
        "kind": decl.kind, "kind_name": decl.kind_name, "name": _plain(decl.unit_name),
        "year": decl.year, "scheme": result.scheme.name, "scheme_reason": result.scheme_reason,
        "categories": [{"name": r["指标"], "weight": fmt2(r["权重分值"]), "score": fmt2(r["得分"])}
                       for r in result.category_rows],
        "total": fmt2(result.total), "grade": result.grade,
    }


def _plain(v):
    return None if v is None else str(v)


def fmt2(x) -> str:
    """A score as shown: rounded half-up to 2 decimals."""
    from .values import format_half_up

    return format_half_up(x, 2)


def batch(folder, output=None, out_dir=None, jobs=None, scheme="auto", skip_existing=False,
          progress=None, top=10, *, pause_collector=False):
    """Score every .xlsx under folder (recursively) as process() does, write each scored copy under
    out_dir (default: "<folder>-评分结果" beside folder, mirroring its tree) and the summary
    workbook (default "<folder>-评分汇总.xlsx") with its CSV; returns a batching.BatchResult.

    One bad file never stops the batch: it becomes its row (状态 无法使用 / 内部错误).  jobs: worker
    processes (default os.cpu_count(); 1 runs in this process).  skip_existing: a file whose scored
    copy is newer than it is re-evaluated for its row but not rewritten (状态 已跳过).
    progress(done, total, relative path) is called after each file.  pause_collector: pause
    Python's garbage collector in this process too, file by file (selfeval_xl.collector; the worker
    processes always do), as the command line does; leave it False in a program with threads."""
    from .batching import run_batch

    return run_batch(folder, output, out_dir, jobs, scheme, skip_existing, progress, top,
                     pause_collector=pause_collector)
