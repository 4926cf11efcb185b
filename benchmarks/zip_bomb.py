"""Time and peak memory of refusing a zip bomb, against checking the ordinary sample — figures, not
assertions.

    python benchmarks/zip_bomb.py [--size-mb 1024] [--runs 3] [--keep DIR]

Builds, in a temporary folder, a copy of the shipped sample whose first worksheet part is replaced
by a real, well-formed worksheet of SIZE MB (the sample's own XML with SIZE MB of white space in a
comment), streamed through zipfile at deflate level 9 so that the bomb is never held in memory.
Then runs `selfeval-xl check` in a fresh interpreter on the bomb and on the sample, under
/usr/bin/time -v when present (wall time and maximum resident set size).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
CHUNK = 8 * 1024 * 1024


def build_bomb(path: Path, size_mb: int) -> None:
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, body)
                continue
            head, tail = body.rsplit(b"</worksheet>", 1)
            zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(zi, "w", force_zip64=True) as out:
                out.write(head + b"<!--")
                left = size_mb * 1024 * 1024
                blank = b" " * CHUNK
                while left > 0:
                    out.write(blank[:min(left, CHUNK)])
                    left -= CHUNK
                out.write(b"--></worksheet>" + tail)


def measure(path: Path, runs: int) -> tuple[list[float], list[float], int, str]:
    cmd = [sys.executable, "-m", "selfeval_xl", "check", str(path)]
    timed = os.path.exists("/usr/bin/time")
    walls, rss = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run((["/usr/bin/time", "-v"] if timed else []) + cmd, capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        rss.append(int(m.group(1)) / 1024 if m else float("nan"))
    message = next((line for line in p.stderr.splitlines() if line.startswith("selfeval-xl")), "")
    return walls, rss, p.returncode, message


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=int, default=1024, help="uncompressed size of the bomb's worksheet")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build the bomb in this folder and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bomb = folder / "bomb.xlsx"
        t0 = time.perf_counter()
        build_bomb(bomb, args.size_mb)
        with zipfile.ZipFile(bomb) as z:
            info = z.getinfo("xl/worksheets/sheet1.xml")
        print(f"built {bomb.name}: {bomb.stat().st_size / 1024:.0f} KiB on disk, worksheet "
              f"{info.file_size / 2**20:.0f} MiB uncompressed (ratio {info.file_size / info.compress_size:.0f}:1), "
              f"in {time.perf_counter() - t0:.1f} s")
        for label, path in (("bomb", bomb), ("sample", SAMPLE)):
            walls, rss, code, message = measure(path, args.runs)
            print(f"check {label}: exit {code}; wall median {statistics.median(walls):.2f} s "
                  f"(min {min(walls):.2f}, max {max(walls):.2f}, {args.runs} runs); "
                  f"peak RSS median {statistics.median(rss):.0f} MiB")
            if message:
                print(f"  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
