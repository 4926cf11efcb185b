"""Python's cyclic garbage collector, paused while the tool's own processes work on one file.

Reading, scoring and writing one workbook allocates tens of thousands of small objects that all
stay alive until the file is written (a scored copy of 2,000 indicators holds 78,000 cells), and
none of them form cycles (xlsxbook.Workbook.close cuts the one xlsxwriter makes).  The collector,
which runs after every 700 allocations and from time to time walks every live object, finds nothing
to free: at 2,000 indicators it took 14-18% of the write (472-500 ms with it, 404-409 ms without,
least of 8 interleaved runs each, twice).

Only where the tool owns the process — the command line, which works on one file and exits, and
the batch's worker processes — is the collector paused, for one file at a time, and left as it was
found afterwards.  The library's functions never touch it: a program that imports selfeval_xl keeps
its own collector (the collector is the process's, shared by its threads).
"""
from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def paused():
    """The collector off for the block, and on again after it if it was on before (objects are
    still freed as soon as nothing refers to them; a cycle left behind waits for the next run)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def freeze_inherited() -> None:
    """In a freshly forked worker: what it inherited from the parent (imported modules, the
    parent's data) is set aside, never walked by the collector, so its memory pages stay shared
    with the parent instead of being copied by the collector's bookkeeping (gc.freeze's purpose)."""
    gc.freeze()
