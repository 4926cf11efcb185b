"""Fuzz the command line with 500 seeded mutations of the shipped sample (tests/fuzzing.py).

Every case must end in a score (exit 0 for process, 0 or 1 for check, an output openpyxl can
load) or in a clean refusal (exit 2, one Chinese line naming the file) — never in a traceback or
an internal error.  A failure prints its seed; replay it with

    python benchmarks/fuzz.py --replay SEED

Longer runs: `python benchmarks/fuzz.py --cases 20000 --seed N`.
"""
import collections
import os
import time

from fuzzing import FAILURES, run_many

CASES = int(os.environ.get("SELFEVAL_FUZZ_CASES", "500"))
FIRST_SEED = int(os.environ.get("SELFEVAL_FUZZ_SEED", "0"))


def test_fuzzed_sample_scores_or_is_refused_cleanly():
    t0 = time.perf_counter()
    outcomes = run_many(list(range(FIRST_SEED, FIRST_SEED + CASES)))
    elapsed = time.perf_counter() - t0
    counts = collections.Counter(o.kind for o in outcomes)
    failed = [o for o in outcomes if o.kind in FAILURES]
    report = "\n".join(f"seed {o.seed}: {o.kind}: {o.detail[:500]}" for o in failed[:20])
    assert len(outcomes) == CASES
    assert not failed, (f"{len(failed)} of {CASES} fuzz cases failed ({dict(counts)}, {elapsed:.0f} s); "
                        f"replay with `python benchmarks/fuzz.py --replay SEED`:\n{report}")
    # the mutations must reach both sides of the contract, or the test proves little
    assert counts["refused"] >= CASES // 10 and counts["scored"] + counts["scored-with-errors"] >= CASES // 10, counts
