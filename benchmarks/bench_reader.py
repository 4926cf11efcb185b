"""Time of reading a workbook, lite and fast readers against openpyxl — figures, not assertions.

    python benchmarks/bench_reader.py [--runs 9]

1. load_grids (the cell grids alone) for the seed sample, a 2,000-indicator workbook written by
   openpyxl (benchmarks/bench_process.py's) and one written by xlsxwriter (shared strings):
   engine "lite" (selfeval_xl/reading/xlsx_lite.py, no openpyxl), "fast" (selfeval_xl/reading/xlsx.py)
   and "openpyxl" (today's two loads), median and minimum of --runs, the engines taking turns so
   that a noisy machine weighs on all alike.
2. read_workbook (grids, then the indicator table, facts and budget) for the same files, each way.
3. A fresh interpreter reading the seed (imports included), each way.
4. A cold `python -m selfeval_xl process SEED` (wall time, median of --runs) with the default
   engine (lite) and with the engine before it (fast), and the floor: a process that imports
   openpyxl, xlsxwriter and click and round-trips the seed.
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


ENGINES = ("lite", "fast", "openpyxl")


def show(label: str, times: dict[str, list[float]]) -> None:
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    low = {k: min(v) * 1000 for k, v in times.items()}
    slow = med["openpyxl"]
    print(f"{label}: " + ", ".join(f"{k} {med[k]:.1f} ms (min {low[k]:.1f}, {slow / med[k]:.1f}×)" for k in times))


# engine "fast" as the default of load_grids, for a process run before the lite engine
_FAST_PROCESS = ("import sys, functools; import selfeval_xl.reading.grid as g; "
                 "g.load_grids = functools.partial(g.load_grids, engine='fast'); "
                 "import selfeval_xl.reading as r; r.load_grids = g.load_grids; "
                 "from selfeval_xl.cli import main; sys.argv = ['selfeval-xl'] + sys.argv[1:]; main()")
_FLOOR = ("import sys, io, click, xlsxwriter, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); "
          "out = io.BytesIO(); x = xlsxwriter.Workbook(out); ws = x.add_worksheet(); "
          "[ws.write(r, c, v) for r, row in enumerate(wb.active.iter_rows(values_only=True)) "
          "for c, v in enumerate(row) if isinstance(v, (int, float, str))]; x.close()")


def cold_process(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.xlsx")
        cmds = {"lite": [sys.executable, "-m", "selfeval_xl", "process", str(SEED), "-o", out],
                "fast": [sys.executable, "-c", _FAST_PROCESS, "process", str(SEED), "-o", out],
                "floor": [sys.executable, "-c", _FLOOR, str(SEED)]}
        times = {k: [] for k in cmds}
        for _ in range(runs):
            for k, cmd in cmds.items():
                t0 = time.perf_counter()
                subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
                times[k].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    print(f"cold `python -m selfeval_xl process SEED`, median of {runs}: lite (now) {med['lite']:.0f} ms, "
          f"fast (before) {med['fast']:.0f} ms, floor {med['floor']:.0f} ms — "
          f"now {med['lite'] / med['floor']:.2f}× the floor, before {med['fast'] / med['floor']:.2f}×")


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
            show(f"  {label}", timed({e: partial(load_grids, path, engine=e) for e in ENGINES}, args.runs))
        print(f"read_workbook, median of {args.runs}:")
        real = reading.load_grids
        try:
            for label, path in files.items():
                def read(engine, path=path):
                    reading.load_grids = partial(real, engine=engine)
                    reading.read_workbook(path)
                show(f"  {label}", timed({e: partial(read, e) for e in ENGINES}, args.runs))
        finally:
            reading.load_grids = real

    print(f"a fresh interpreter importing selfeval_xl.reading.grid and reading the seed, median of {args.runs}:")
    times = {e: [] for e in ENGINES}
    for _ in range(args.runs):
        for engine in times:
            code = ("import sys, time; t0 = time.perf_counter(); from pathlib import Path; "
                    "from selfeval_xl.reading.grid import load_grids; "
                    f"load_grids(Path({str(SEED)!r}), engine={engine!r}); print(time.perf_counter() - t0)")
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
            times[engine].append(float(out.stdout))
    show("  cold seed", times)
    cold_process(args.runs)


if __name__ == "__main__":
    main()
