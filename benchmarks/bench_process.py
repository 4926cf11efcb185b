"""Time and memory of `selfeval-xl process`, for the closing notes — figures, not assertions.

    python benchmarks/bench_process.py [--runs 5]

1. Cold runs (the seed and a real project table): a fresh interpreter each time (`python -m selfeval_xl process SAMPLE -o TMP`), wall time
   and peak RSS from /usr/bin/time -v when present (else resource.getrusage of the child).
2. In-process stages (read, score, write) for the seed sample and for a generated table of 2,000
   indicators (the reader's limit), so the scaling is seen as a ratio within one run; each file
   with the garbage collector paused, as `process` runs it, and the 2,000 rows also with it on.
The machines are shared and noisy: compare ratios from the same run, not absolute numbers.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
# a real published 项目支出绩效自评表 (central layout, budget table on the sheet)
PROJECT = ROOT / "samples" / "河北廊坊-食品工程学校暖通改造-2019-项目支出绩效自评表.xlsx"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def cold(sample: Path, runs: int) -> None:
    walls, rss = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            cmd = [sys.executable, "-m", "selfeval_xl", "process", str(sample), "-o", f"{tmp}/o.xlsx"]
            if shutil.which("time") or os.path.exists("/usr/bin/time"):
                t0 = time.perf_counter()
                p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
                walls.append(time.perf_counter() - t0)
                m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
                rss.append(int(m.group(1)) / 1024 if m else float("nan"))
            else:
                import resource
                t0 = time.perf_counter()
                p = subprocess.run(cmd, capture_output=True, text=True)
                walls.append(time.perf_counter() - t0)
                rss.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
            if p.returncode != 0:
                raise SystemExit(p.stderr)
    print(f"cold process {sample.name}: wall median {statistics.median(walls):.2f} s "
          f"(min {min(walls):.2f}, max {max(walls):.2f}, {runs} runs); peak RSS median "
          f"{statistics.median(rss):.0f} MiB")
    return statistics.median(walls)


# The floor of issue 11: a fresh interpreter that imports only openpyxl, xlsxwriter and click and
# round-trips the sample — one openpyxl load, every stored value written again by xlsxwriter.
FLOOR = """
import sys, click, openpyxl, xlsxwriter
wb = openpyxl.load_workbook(sys.argv[1])
out = xlsxwriter.Workbook(sys.argv[2], {"in_memory": True})
for ws in wb.worksheets:
    o = out.add_worksheet(ws.title)
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                o.write(c.row - 1, c.column - 1, c.value if not isinstance(c.value, str) else str(c.value))
out.close()
"""


def floor_and_process(sample: Path, runs: int) -> None:
    """Cold process against the floor, runs interleaved (floor, process, floor, …) so that the
    machine's noise falls on both alike; medians and their ratio."""
    f_walls, p_walls = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", FLOOR, str(sample), f"{tmp}/f.xlsx"], check=True,
                           capture_output=True)
            f_walls.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "selfeval_xl", "process", str(sample), "-o", f"{tmp}/o.xlsx"],
                           check=True, capture_output=True)
            p_walls.append(time.perf_counter() - t0)
    f, p = statistics.median(f_walls), statistics.median(p_walls)
    print(f"floor (import openpyxl+xlsxwriter+click, round-trip {sample.name}): median {f:.3f} s; "
          f"cold process: median {p:.3f} s; ratio {p / f:.2f}x ({runs} interleaved runs each)")


def stages(path: Path, label: str, reps: int = 15, paused: bool = True) -> dict[str, float]:
    """paused: each file with the garbage collector paused, as `process` and batch's workers run
    it (selfeval_xl/collector.py); else with the collector on, as a program calling the library."""
    import contextlib

    from selfeval_xl import collector
    from selfeval_xl.reading import read_workbook
    from selfeval_xl.rules import choose_scheme, score
    from selfeval_xl.writing import write_result

    out = {"read": [], "score": [], "write": []}
    label += "" if paused else " (collector on, as a library call)"
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(reps):
            with collector.paused() if paused else contextlib.nullcontext():
                t0 = time.perf_counter()
                decl = read_workbook(path)
                t1 = time.perf_counter()
                res = score(decl, *choose_scheme("auto", decl))
                t2 = time.perf_counter()
                write_result(res, Path(tmp) / "o.xlsx")
                t3 = time.perf_counter()
            out["read"].append(t1 - t0)
            out["score"].append(t2 - t1)
            out["write"].append(t3 - t2)
    # the least of many runs: the time the work takes when the machine lets it (a shared machine
    # only ever adds to it); the median beside it
    best = {k: min(v) for k, v in out.items()}
    med = {k: statistics.median(v) for k, v in out.items()}
    n = len(decl.indicators)
    print(f"{label}: {n} indicators — read {best['read'] * 1000:.0f} ms, score {best['score'] * 1000:.0f} ms, "
          f"write {best['write'] * 1000:.0f} ms = {sum(best.values()) * 1000:.0f} ms (least of {reps}; "
          f"medians {med['read'] * 1000:.0f} / {med['score'] * 1000:.0f} / {med['write'] * 1000:.0f} ms)")
    return best


def big_workbook(path: Path, n: int) -> Path:
    from helpers import make_workbook

    cats = ["投入管理指标", "产出指标", "效果指标"]
    rows = [(cats[i % 3], "二级", f"指标{i}", "≥90%" if i % 2 else "合规", None,
             "95%" if i % 2 else "基本合规") for i in range(n)]
    return make_workbook(path, rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    cold(SEED, args.runs)
    cold(PROJECT, args.runs)
    floor_and_process(SEED, max(args.runs, 9))
    small = stages(SEED, "seed sample")
    proj = stages(PROJECT, "project sample (河北廊坊)")
    print(f"ratio project / seed (in process): {sum(proj.values()) / sum(small.values()):.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        path = big_workbook(Path(tmp) / "big.xlsx", 2000)
        big = stages(path, "generated, 2,000 rows", reps=7)
        on = stages(path, "generated, 2,000 rows", reps=7, paused=False)
        print(f"ratio collector paused / on at 2,000 rows: {sum(big.values()) / sum(on.values()):.2f}")
    total_small, total_big = sum(small.values()), sum(big.values())
    print(f"ratio 2,000 rows / seed (26 rows): {total_big / total_small:.1f}× the time for 77× the rows")


if __name__ == "__main__":
    main()
