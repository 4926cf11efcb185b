"""Throughput and memory of `selfeval-xl batch`, for the closing notes — figures, not assertions.

    python benchmarks/bench_batch.py [--n 100|1000] [--loop 50] [--libreoffice]

Builds N varied workbooks (the shipped samples and the tests/realforms corpus tables, each copy with
its numbers nudged by a seeded random factor so no two files score alike) in 10 sub-folders
(with --libreoffice, each then re-saved by LibreOffice, as office suites save them), then
runs `selfeval-xl batch` (a fresh process, as a user runs it) at -j 1 and -j 2, each twice (timed
alone, then with the memory sampler, which slows it), and a shell loop of `selfeval-xl process` over the first
--loop files (extrapolated to N).  Peak memory is the largest sum of PSS over the process tree
(the batch process or the shell, and all their children), sampled every 20 ms from /proc/PID/smaps_rollup;
beside it, the batch process's own peak PSS and its RSS at the first and last sample while the workers
ran (what the parent keeps per file).  The machines are shared and noisy: compare the ratios of one run.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return out


def _pss(pid: int, field: str = "Pss:") -> int:
    """Bytes of PSS (proportional set size: shared pages divided among the processes sharing them,
    so forked workers are not counted twice) of one process, from /proc/PID/smaps_rollup; with
    field "Rss:", its resident set (what it holds, shared or not)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_pss(pid: int) -> int:
    """Bytes of PSS of pid and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _pss(p)
        todo.extend(_children(p))
    return total


class PeakMemory:
    """Peak PSS of a process tree; and of its root alone, the RSS at the first and the last sample
    that saw children (a batch's parent while its workers ran: what it keeps per file; RSS, since
    the root's PSS drops when it forks, its pages then shared with the workers)."""

    def __init__(self, pid: int | None = None):
        self.pid, self.peak, self._stop = pid or os.getpid(), 0, threading.Event()
        self.root_peak, self.root_with_children = 0, []

    def __enter__(self):
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _sample(self):
        root, kids = _pss(self.pid), _children(self.pid)
        self.peak = max(self.peak, root + sum(tree_pss(k) for k in kids))
        self.root_peak = max(self.root_peak, root)
        root = _pss(self.pid, "Rss:")
        if kids and root:
            if self.root_with_children:
                self.root_with_children[1] = root
            else:
                self.root_with_children = [root, root]

    def _run(self):
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(0.02)

    def root_during(self) -> str:
        if not self.root_with_children:
            return ""
        first, last = self.root_with_children[0], self.root_with_children[-1]
        return f"; parent RSS {first / 2**20:.0f} -> {last / 2**20:.0f} MiB while the workers ran"

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, tree_pss(self.pid))


def sources(folder: Path) -> list[Path]:
    from realforms import all_tables, build

    folder.mkdir(parents=True, exist_ok=True)
    out = [folder / p.name for p in sorted((ROOT / "samples").glob("*.xlsx"))]
    for p in out:
        shutil.copy(ROOT / "samples" / p.name, p)
    out += [build(t, folder) for t in all_tables()]
    return out


def mutate(src: Path, dst: Path, seed: int) -> None:
    """A copy of src with its numbers (not years) scaled by 0.8–1.1: different actual values and amounts."""
    from openpyxl import load_workbook

    rnd = random.Random(seed)
    wb = load_workbook(src)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, int | float) and not isinstance(v, bool) and not (1900 <= v <= 2100 and v == int(v)):
                    if rnd.random() < 0.5:
                        c.value = round(v * rnd.uniform(0.8, 1.1), 2)
    wb.save(dst)


def build_corpus(folder: Path, n: int) -> list[Path]:
    srcs = sources(folder / "_src")
    made = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        sub = folder / "in" / f"组{i % 10:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        dst = sub / f"{i:04d}-{src.stem}.xlsx"
        if i < len(srcs):
            shutil.copy(src, dst)            # the originals once, unchanged
        else:
            mutate(src, dst, i)
        made.append(dst)
    return made


def resave_with_libreoffice(files: list[Path]) -> None:
    """Each file re-saved by LibreOffice in place, as a department's office suite would save it
    (its own styles, defined names, docProps/custom.xml …), rather than as openpyxl writes it."""
    by_dir: dict[Path, list[Path]] = {}
    for f in files:
        by_dir.setdefault(f.parent, []).append(f)
    for folder, group in by_dir.items():
        out = folder / "_lo"
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", str(out), *map(str, group)], check=True, capture_output=True, timeout=3600)
        for f in group:
            (out / f.name).replace(f)
        out.rmdir()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--libreoffice", action="store_true",
                    help="re-save every built workbook with LibreOffice (soffice) first")
    ap.add_argument("--loop", type=int, default=50, help="files in the shell loop of process")
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        files = build_corpus(tmp, args.n)
        if args.libreoffice:
            resave_with_libreoffice(files)
        print(f"built {len(files)} workbooks in {time.perf_counter() - t0:.1f} s (cpu_count {os.cpu_count()})")
        rates = {}
        exe = Path(sys.executable).with_name("selfeval-xl")
        for j in [int(x) for x in args.jobs.split(",")]:
            # `selfeval-xl batch` as a user runs it: a fresh process (start-up and imports included),
            # so that neither its time nor its memory holds this script's own (the corpus built with
            # openpyxl, an earlier run's leftovers, which forked workers would inherit)
            # run twice: timed alone, then again with the memory sampler (reading smaps_rollup of
            # every process of the tree 50 times a second took 14% of the batch's wall time: 15.9
            # against 13.9 s for 1,000 files, 4 interleaved runs each), each into a fresh folder
            walls, said = [], ""
            for sampled in (False, True):
                out = tmp / f"out-j{j}-{'mem' if sampled else 'time'}"
                cmd = [str(exe), "batch", str(tmp / "in"), "-o", str(tmp / f"汇总-j{j}.xlsx"), "--out-dir",
                       str(out), "-j", str(j)]
                t0 = time.perf_counter()
                p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                if sampled:
                    with PeakMemory(p.pid) as mem:
                        said = p.communicate()[0]
                else:
                    said = p.communicate()[0]
                walls.append(time.perf_counter() - t0)
                if p.returncode not in (0, 1):               # 1: some file has a 错误 finding
                    raise SystemExit(f"batch -j {j} exited {p.returncode}: {said}")
            wall = walls[0]
            rates[j] = len(files) / wall
            print(f"batch -j {j}: {len(files)} files in {wall:.1f} s = {rates[j]:.1f} workbooks/s "
                  f"({len(files) / walls[1]:.1f} with the memory sampler); "
                  f"peak PSS (tree) {mem.peak / 2**20:.0f} MiB, parent's PSS {mem.root_peak / 2**20:.0f} MiB"
                  f"{mem.root_during()}; {said.splitlines()[0] if said else ''}")
        first = files[: args.loop]
        script = "for f in \"$@\"; do \"$EXE\" process \"$f\" -o \"$OUT/$(basename \"$f\" .xlsx)-评分.xlsx\" >/dev/null || true; done"
        (tmp / "loop").mkdir()
        env = {**os.environ, "EXE": str(exe), "OUT": str(tmp / "loop")}
        t0 = time.perf_counter()
        subprocess.run(["bash", "-c", script, "loop", *map(str, first)], env=env)   # timed alone
        wall = time.perf_counter() - t0
        p = subprocess.Popen(["bash", "-c", script, "loop", *map(str, first[:5])], env=env)
        with PeakMemory(p.pid) as mem:                 # its memory: five files, sampled
            p.wait()
        loop_rate = len(first) / wall
        print(f"shell loop of process over {len(first)} files: {wall:.1f} s = {loop_rate:.2f} workbooks/s "
              f"(extrapolated to {len(files)}: {len(files) / loop_rate:.0f} s); peak PSS (tree, over five files) "
              f"{mem.peak / 2**20:.0f} MiB")
        for j, r in rates.items():
            print(f"ratio batch -j {j} / shell loop: {r / loop_rate:.1f}x")
        if 1 in rates and 2 in rates:
            print(f"ratio -j 2 / -j 1: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
