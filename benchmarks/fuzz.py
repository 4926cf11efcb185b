"""A longer fuzz of the command line than the test suite's 500 cases (tests/fuzzing.py).

    python benchmarks/fuzz.py --cases 20000 --seed 100000      # seeds 100000 … 119999
    python benchmarks/fuzz.py --replay 478                     # one case, with --debug output
    python benchmarks/fuzz.py --replay 478 --keep /tmp/case    # … and keep its input file

Prints the count of each outcome, the time taken, and every failing seed with what was mutated.
Exits 1 when any case failed.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import fuzzing  # noqa: E402


def replay(seed: int, keep: Path | None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        outcome = fuzzing.run_case(seed, folder)
        print(f"seed {seed}: {outcome.kind}\n  {outcome.detail}")
        inp = folder / fuzzing.INPUT_NAME
        for command in ("check", "process"):
            res = fuzzing._invoke([command, inp, "--debug"])
            print(f"\n$ selfeval-xl {command} {inp.name} --debug   → exit {res.exit_code}\n{res.output[-3000:]}")
        if keep:
            print(f"\ninput kept in {folder}")
    return 1 if outcome.kind in fuzzing.FAILURES else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1_000_000, help="the first seed (cases use seed, seed+1, …)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--replay", type=int, metavar="SEED", help="run one case and show its output")
    ap.add_argument("--keep", type=Path, help="with --replay: the folder to keep the case's files in")
    args = ap.parse_args()
    if args.replay is not None:
        return replay(args.replay, args.keep)

    seeds = list(range(args.seed, args.seed + args.cases))
    t0 = time.perf_counter()
    counts: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    failed = []
    step = 1000
    for i in range(0, len(seeds), step):            # progress every 1,000 cases
        for o in fuzzing.run_many(seeds[i:i + step], workers=args.workers):
            counts[o.kind] += 1
            if o.kind in fuzzing.FAILURES:
                failed.append(o)
            else:
                kinds[o.detail.split(" | ")[-1].split(" ", 1)[0]] += 1   # bytes | cells
        done = min(i + step, len(seeds))
        print(f"  {done:>6} cases, {time.perf_counter() - t0:6.0f} s, {dict(counts)}", flush=True)
    elapsed = time.perf_counter() - t0
    print(f"\n{len(seeds)} cases (seeds {seeds[0]}–{seeds[-1]}), {args.workers} workers, {elapsed:.0f} s "
          f"({elapsed / len(seeds) * 1000 * args.workers:.0f} ms per case per worker)")
    for kind in (fuzzing.OK, fuzzing.FINDINGS, fuzzing.REFUSED, *fuzzing.FAILURES):
        if counts[kind]:
            print(f"  {kind:20s} {counts[kind]:>6}")
    print(f"  mutations: {dict(kinds)}")
    for o in failed:
        print(f"FAILED seed {o.seed}: {o.kind}: {o.detail[:400]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
