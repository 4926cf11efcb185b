"""Time of reading a workbook, fast reader against openpyxl — figures, not assertions.

    python benchmarks/bench_reader.py [--runs 9]

1. load_grids (the cell grids alone) for the seed sample, a 2,000-indicator workbook written by
   openpyxl (benchmarks/bench_process.py's) and one written by xlsxwriter (shared strings):
   engine "fast" (selfeval_xl/reading/xlsx.py) and engine "openpyxl" (today's two loads), median and
   minimum of --runs, the two engines taking turns so that a noisy machine weighs on both alike.
2. read_workbook (grids, then the indicator table, facts and budget) for the same files, both ways.
3. A fresh interpreter reading the seed (imports included), both ways.
The machines are shared and noisy: compare the engines within one run, not runs with each other.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def xlsxwriter_workbook(path: Path, n: int) -> Path:
    from helpers import make_workbook_xlsxwriter

    cats = ["投入管理指标", "产出指标", "效果指标"]
    rows = [(cats[i % 3], "二级", f"指标{i}", "≥90%" if i % 2 else "合规", None,
             "95%" if i % 2 else "基本合规", 5, 4.5, None) for i in range(n)]
    return make_workbook_xlsxwriter(path, rows)


def timed(fns: dict, runs: int) -> dict[str, list[float]]:
    out = {k: [] for k in fns}
    for k, fn in fns.items():      # warm up (imports, caches of the interpreter)
        fn()
    for _ in range(runs):
        for k, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            out[k].append(time.perf_counter() - t0)
    return out


def show(label: str, times: dict[str, list[float]]) -> None:
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    low = {k: min(v) * 1000 for k, v in times.items()}
    fast, slow = med["fast"], med["openpyxl"]
    print(f"{label}: fast {fast:.1f} ms (min {low['fast']:.1f}), openpyxl {slow:.1f} ms "
          f"(min {low['openpyxl']:.1f}) — {slow / fast:.1f}× faster")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()

    import selfeval_xl.reading as reading
    from bench_process import big_workbook
    from selfeval_xl.reading.grid import load_grids

    with tempfile.TemporaryDirectory() as tmp:
        files = {"seed sample": SEED,
                 "2,000 indicators (openpyxl-written, bench_process)": big_workbook(Path(tmp) / "big.xlsx", 2000),
                 "2,000 indicators (xlsxwriter, shared strings)": xlsxwriter_workbook(Path(tmp) / "xw.xlsx", 2000)}
        print(f"load_grids, median of {args.runs}:")
        for label, path in files.items():
            show(f"  {label}", timed({"fast": partial(load_grids, path),
                                      "openpyxl": partial(load_grids, path, engine="openpyxl")}, args.runs))
        print(f"read_workbook, median of {args.runs}:")
        real = reading.load_grids
        try:
            for label, path in files.items():
                def read(engine, path=path):
                    reading.load_grids = partial(real, engine=engine)
                    reading.read_workbook(path)
                show(f"  {label}", timed({"fast": partial(read, "fast"),
                                          "openpyxl": partial(read, "openpyxl")}, args.runs))
        finally:
            reading.load_grids = real

    print(f"a fresh interpreter importing selfeval_xl.reading.grid and reading the seed, median of {args.runs}:")
    times = {"fast": [], "openpyxl": []}
    for _ in range(args.runs):
        for engine in times:
            code = ("import sys, time; t0 = time.perf_counter(); from pathlib import Path; "
                    "from selfeval_xl.reading.grid import load_grids; "
                    f"load_grids(Path({str(SEED)!r}), engine={engine!r}); print(time.perf_counter() - t0)")
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
            times[engine].append(float(out.stdout))
    show("  cold seed", times)


if __name__ == "__main__":
    main()
