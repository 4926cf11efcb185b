"""Time of `selfeval-xl report`, for the closing notes — figures, not assertions.

    python benchmarks/bench_report.py [--reps 3]

For the seed sample and for a generated workbook of 2,000 indicators (the reader's limit; half of
them below full marks, so the report names a thousand indicators and lists a thousand placeholders'
indicators), in-process: evaluate (read + score + review), build the .docx in memory, and write it
(temporary file, rename).  Also one cold run of the command line on the seed.  The machines are
shared and noisy: compare the two rows of one run, not absolute numbers.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def big_workbook(path: Path, n: int) -> Path:
    from helpers import make_workbook

    cats = ["投入管理指标", "产出指标", "效果指标"]
    rows = [(cats[i % 3], f"二级{i % 7}", f"指标{i}", "≥90%" if i % 2 else "合规", None,
             "95%" if i % 2 else "基本合规") for i in range(n)]
    return make_workbook(path, rows)


def stages(path: Path, label: str, reps: int) -> None:
    import selfeval_xl
    from selfeval_xl.reporting import build_report, write_report

    times = {"evaluate": [], "build": [], "write": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(reps):
            t0 = time.perf_counter()
            result = selfeval_xl.evaluate(path)
            t1 = time.perf_counter()
            data = build_report(result)
            t2 = time.perf_counter()
            write_report(result, Path(tmp) / "r.docx")         # builds again, then writes
            t3 = time.perf_counter()
            times["evaluate"].append(t1 - t0)
            times["build"].append(t2 - t1)
            times["write"].append(t3 - t2)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{label}: {len(result.indicators)} indicators — evaluate {med['evaluate'] * 1000:.0f} ms, "
          f"build .docx {med['build'] * 1000:.0f} ms, build + write {med['write'] * 1000:.0f} ms "
          f"({len(data) / 1024:.0f} KiB; median of {reps})")


def cold(sample: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "selfeval_xl", "report", str(sample), "-o", f"{tmp}/r.docx"],
                           capture_output=True, text=True)
        wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(p.stderr)
    print(f"cold `selfeval-xl report` {sample.name}: {wall:.2f} s wall")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    cold(SEED)
    stages(SEED, "seed sample", args.reps)
    with tempfile.TemporaryDirectory() as tmp:
        stages(big_workbook(Path(tmp) / "big.xlsx", 2000), "generated, 2,000 indicators", args.reps)


if __name__ == "__main__":
    main()
