"""selfeval-xl: score a department's performance self-evaluation (部门整体绩效自评) workbook.

The library in five calls (the command line is a thin layer over them)::

    from selfeval_xl import evaluate, process, report, write_template
    result = evaluate("单位自评.xlsx")            # read → score → review, no file written
    result, out = process("单位自评.xlsx")        # … and write 单位自评-评分.xlsx beside it
    result, out = report("单位自评.xlsx")         # … or the report 单位自评-自评报告.docx
    write_template("模板.xlsx")
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"


def evaluate(path, scheme="department-overall"):
    """Read, score and review a workbook; returns a rules.Result (findings included)."""
    from .reading import read_workbook
    from .rules import load_scheme, score

    sch = load_scheme(scheme)
    return score(read_workbook(Path(path)), sch)


def process(path, output=None, scheme="department-overall"):
    """evaluate() and write the scored workbook; returns (result, output path)."""
    from .writing import default_output, write_result

    path = Path(path)
    result = evaluate(path, scheme)
    out = Path(output) if output else default_output(path)
    return result, write_result(result, out)


def report(path, output=None, scheme="department-overall"):
    """evaluate() and write the self-evaluation report (自评报告, .docx); returns (result, output path).

    (The module is selfeval_xl.reporting: a submodule named ``report`` would replace this function
    on the package the first time it is imported.)"""
    from .reporting import default_output, write_report

    path = Path(path)
    result = evaluate(path, scheme)
    out = Path(output) if output else default_output(path)
    return result, write_report(result, out)


def write_template(path):
    """Write the blank fill-in workbook; returns its path."""
    from .templates import build_template

    return build_template(Path(path))


def fmt2(x) -> str:
    """A score as shown: rounded half-up to 2 decimals."""
    from .review import round_half_up
    from .values import format_number

    return format_number(round_half_up(x, 2))
