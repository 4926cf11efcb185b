"""Instructions executed per step, counted by valgrind: figures that do not move with the machine.

    python benchmarks/bench_instructions.py [--big 2000] [--steps evaluate,write,report]

(about five minutes with every step; the report's are the longest)

Timings on a shared machine move by half from one minute to the next; the number of instructions a
step executes does not (two runs agree to 0.1%), so a change of a few per cent can be seen and
compared between two checkouts run one after the other.  Each figure is valgrind's instruction
count (cachegrind, no cache simulation) of a child interpreter that does the step once over the
files after a warm-up on the first file, less the same child doing the warm-up alone, divided by
the number of files: what a first pass costs, as a batch meets each file once, without start-up
and imports.  Instructions are not time (a cache miss costs more than an addition), so
report them beside the timings of bench_process.py and bench_batch.py, not instead of them.

Steps, over the shipped samples and the real tables of tests/realforms (N files):
  evaluate   read and score each file (selfeval_xl.evaluate)
  write      write each scored workbook (writing.write_result)
  report     write each 自评报告 (reporting.write_report)
and the same three for one generated workbook of --big indicators.
Needs valgrind (Debian: apt-get install valgrind); without it, says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
import selfeval_xl
from selfeval_xl.writing import write_result
from selfeval_xl.reporting import write_report
step, k, files = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
out = Path(tempfile.mkdtemp())
results = [selfeval_xl.evaluate(Path(f)) for f in files] if step != "evaluate" else []
# one warm-up of the step on the first file, so that neither count holds the imports of the step
if step == "evaluate":
    selfeval_xl.evaluate(Path(files[0]))
elif step == "write":
    write_result(results[0], out / "warm.xlsx")
else:
    write_report(results[0], out / "warm.docx")
for _ in range(k):
    if step == "evaluate":
        for f in files:
            selfeval_xl.evaluate(Path(f))
    elif step == "write":
        for r in results:
            write_result(r, out / "o.xlsx")
    else:
        for r in results:
            write_report(r, out / "o.docx")
"""


def instructions(step: str, k: int, files: list[str]) -> int:
    p = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                        sys.executable, "-c", CHILD.format(root=str(ROOT)), step, str(k), json.dumps(files)],
                       capture_output=True, text=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", p.stderr)
    if p.returncode != 0 or not m:
        raise SystemExit(f"valgrind failed:\n{p.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def per_file(step: str, files: list[str]) -> float:
    """Millions of instructions of one pass of `step` over `files`, per file: the files' first
    pass after a warm-up, as a batch meets each file once (a second pass over the same files would
    find the memoised readings and line counts of the first)."""
    return (instructions(step, 1, files) - instructions(step, 0, files)) / len(files) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", type=int, default=2000, help="indicators of the generated workbook (0: none)")
    ap.add_argument("--steps", default="evaluate,write,report")
    args = ap.parse_args()
    steps = [s for s in args.steps.split(",") if s]
    if not set(steps) <= {"evaluate", "write", "report"}:
        raise SystemExit(f"unknown steps: {args.steps}")
    if not shutil.which("valgrind"):
        print("valgrind is not installed (Debian: apt-get install valgrind): nothing counted")
        return
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from realforms import all_tables, build

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = [str(p) for p in sorted((ROOT / "samples").glob("*.xlsx"))]
        files += [str(build(t, tmp)) for t in all_tables()]
        print(f"{len(files)} files (samples and real tables); millions of instructions per file:")
        for step in steps:
            print(f"  {step}: {per_file(step, files):.1f}")
        if args.big:
            from bench_process import big_workbook

            big = [str(big_workbook(tmp / "big.xlsx", args.big))]
            print(f"one workbook of {args.big} indicators; millions of instructions:")
            for step in steps:
                print(f"  {step}: {per_file(step, big):.0f}")


if __name__ == "__main__":
    main()
