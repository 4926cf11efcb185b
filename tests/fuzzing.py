"""Fuzzing the command line with mutations of the shipped sample (used by test_fuzz.py and by
benchmarks/fuzz.py for longer runs).

Each case is fully determined by its integer seed (``random.Random(seed)``):

- ``bytes``: one XML part of the sample's zip gets a few bytes flipped, inserted or deleted, and the
  zip is rewritten around it, so the zip itself stays valid and the damage reaches the parsers;
- ``cells``: openpyxl changes a few cell values (formula-looking text, huge, negative and tiny
  numbers, unicode, empty, dates, long text …), and now and then a number format, a merged range, a
  sheet name or a deleted row.

`run_case` runs `check` and `process` in-process (click's CliRunner) and sorts the result into an
outcome; anything in FAILURES is a bug: a traceback, an internal error, an exit code that breaks
the contract, an output that openpyxl cannot load, a temporary file left behind, a changed input.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from helpers import load_workbook, rewrite_zip

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
INPUT_NAME = "样例-变异.xlsx"

OK, FINDINGS, REFUSED = "scored", "scored-with-errors", "refused"
FAILURES = ("traceback", "internal-error", "bad-exit", "inconsistent", "bad-output", "leftover", "input-changed",
            "bad-message")

# ------------------------------------------------------------------------------------------------
# Mutations
# ------------------------------------------------------------------------------------------------

_INSERTS = [b"<", b">", b"/", b'"', b"=", b"&", b"&amp;", b"&#0;", b"]]>", b"<!--", b"\x00", b"\xff",
            b"\xe4\xb8\xad", b"-", b"9", b"0", b"1E+400", b".", b" ", b"\n", b"r=\"A1\"", b"t=\"s\"",
            b"<c r=\"ZZ9\"><v>1</v></c>", b"<row r=\"0\">", b"</row>", b"<v>", b"</v>", b"NaN"]


def mutate_bytes(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = [n for n in z.namelist() if n.endswith((".xml", ".rels"))]
        # the parts the reader depends on most, more often
        weights = [6 if "worksheets/" in n else 3 if n in ("xl/workbook.xml", "xl/styles.xml",
                                                               "xl/sharedStrings.xml") else 1
                   for n in names]
        name = rng.choices(names, weights)[0]
        body = bytearray(z.read(name))
    ops = []
    for _ in range(rng.randint(1, 6)):
        if not body:
            break
        if rng.random() < 0.5:    # somewhere that matters: just after a tag or an attribute quote
            marks = [i for i in (body.find(b">", rng.randrange(len(body))),
                                 body.find(b'"', rng.randrange(len(body)))) if i != -1]
            pos = (min(marks) + 1) if marks else rng.randrange(len(body))
        else:
            pos = rng.randrange(len(body))
        pos = min(pos, len(body) - 1)
        op = rng.choice(["flip", "insert", "delete", "digit"])
        if op == "flip":
            body[pos] ^= 1 << rng.randrange(8)
        elif op == "insert":
            body[pos:pos] = rng.choice(_INSERTS)
        elif op == "delete":
            del body[pos:pos + rng.randint(1, 16)]
        else:                     # a digit changed: values, row numbers, style indexes
            body[pos:pos + 1] = str(rng.randrange(10)).encode()
        ops.append(f"{op}@{pos}")
    return rewrite_zip(data, {name: bytes(body)}), f"bytes {name} {' '.join(ops)}"


def _value(rng: random.Random):
    kind = rng.randrange(12)
    if kind == 0:
        return rng.choice(["=1+1", "=SUM(A1:A3)", "=HYPERLINK(\"http://x\",\"点\")", "+1", "-1", "@x", "=",
                           "=1/0", "#DIV/0!", "#N/A"])
    if kind == 1:
        return rng.choice([1e308, -1e308, 10 ** 30, -(10 ** 20), 1e-300, 2 ** 63, 0.1 + 0.2, 123456789.123456789,
                           "9" * 5000, "≥" + "9" * 5000 + "%", "1e400", "0." + "0" * 400 + "1"])
    if kind == 2:
        return rng.choice([-1, -0.5, -100, 0, -0.0, 0.0])
    if kind == 3:
        return rng.choice(["≥90%", "≤5%", ">0", "<3次", "90-95%", "90%~95%", "≥", "≤", "=100%", "各1次",
                           "9月前", "2021年12月31日前完成", "1-12月", "全年", "不适用", "—", "/", "无"])
    if kind == 4:
        return rng.choice(["100%", "约98%", "98%左右", "９８％", "完成98%", "已完成", "基本完成", "未完成", "否",
                           "是", "合规", "部分达成", "0.98", "1,234.5", "１２月", "2021年9月20日"])
    if kind == 5:
        return rng.choice(["", " ", "\u3000", "\u200b", "😀", "مرحبا", "Ω≈ç√", "\ufeff", "\u202e反转",
                           "合计", "小计", "注：说明", "一级指标", "实际完成值", "全年预算数", "部门（单位）名称"])
    if kind == 6:
        return None
    if kind == 7:
        return rng.choice([dt.datetime(2021, 12, 31), dt.date(1900, 1, 1), dt.datetime(9999, 12, 31, 23, 59),
                           dt.date(2021, 2, 28), dt.time(12, 30), dt.timedelta(days=3)])
    if kind == 8:
        return rng.choice([True, False])
    if kind == 9:
        return "长" * rng.choice([100, 5000, 33000])       # past Excel's 32,767 characters
    if kind == 10:
        return rng.uniform(-1e6, 1e6)
    return "".join(rng.choice("0123456789.%≥≤<>=-万元个次天（）() 年月日abc中文") for _ in range(rng.randint(1, 12)))


def mutate_cells(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(io.BytesIO(data))     # without merged-range borders: twice as fast, and they don't matter
    notes = []
    for _ in range(rng.randint(1, 8)):
        ws = rng.choice(wb.worksheets)
        filled = [c for row in ws.iter_rows() for c in row if c.value is not None and c.coordinate
                  not in ws.merged_cells]
        if filled and rng.random() < 0.8:
            cell = rng.choice(filled)
        else:
            cell = ws.cell(rng.randint(1, ws.max_row + 5), rng.randint(1, ws.max_column + 3))
        if cell.coordinate in ws.merged_cells:
            continue
        action = rng.random()
        try:
            if action < 0.85:
                v = _value(rng)
                cell.value = v
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = rng.choice(["s", "f"])     # text that looks like a formula, or one
                notes.append(f"{ws.title}!{cell.coordinate}={v!r:.40}")
            elif action < 0.92:
                cell.number_format = rng.choice(["0%", "0.00%", '0"%"', "@", "yyyy-mm-dd", "#,##0.00",
                                                 "[Red]0.00", '"≥"0%'])
                notes.append(f"{ws.title}!{cell.coordinate} format")
            elif action < 0.96:
                r, c = cell.row, cell.column
                ws.merge_cells(start_row=r, start_column=c, end_row=r + rng.randint(0, 3),
                               end_column=c + rng.randint(0, 3))
                notes.append(f"{ws.title}!{cell.coordinate} merged")
            elif action < 0.98:
                ws.delete_rows(rng.randint(1, max(ws.max_row, 1)))
                notes.append(f"{ws.title} row deleted")
            else:
                ws.title = rng.choice(["Sheet1", "整体绩效目标申报表 ", "资金执行", "x" * 31, "原表-a", "引号'", "History", "得分汇总"])
                notes.append(f"renamed {ws.title}")
        except (ValueError, TypeError, KeyError):   # openpyxl refuses it (illegal characters …)
            continue
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), "cells " + "; ".join(notes)


def make_case(seed: int, sample: bytes) -> tuple[bytes, str]:
    rng = random.Random(seed)
    if rng.random() < 0.5:
        return mutate_bytes(rng, sample)
    with warnings.catch_warnings():   # openpyxl's "title is more than 31 characters" …
        warnings.simplefilter("ignore")
        return mutate_cells(rng, sample)


# ------------------------------------------------------------------------------------------------
# Running one case
# ------------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    seed: int
    kind: str          # OK, FINDINGS, REFUSED or one of FAILURES
    detail: str        # what was mutated, and what went wrong


def _invoke(args):
    from selfeval_xl.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def run_case(seed: int, folder: Path, sample: bytes | None = None) -> Outcome:
    """Build case `seed` in `folder` (emptied first), run check and process, classify."""
    from openpyxl import load_workbook

    for p in folder.iterdir():
        p.unlink()
    data, what = make_case(seed, sample if sample is not None else SAMPLE.read_bytes())
    inp = folder / INPUT_NAME
    inp.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    out = folder / f"{inp.stem}-评分.xlsx"

    def fail(kind: str, why: str) -> Outcome:
        return Outcome(seed, kind, f"{why} | {what}")

    chk = _invoke(["check", inp])
    prc = _invoke(["process", inp])
    for name, res in (("check", chk), ("process", prc)):
        if res.exception is not None and not isinstance(res.exception, SystemExit):
            return fail("traceback", f"{name}: {type(res.exception).__name__}: {res.exception}")
        if "Traceback" in res.output:
            return fail("traceback", f"{name}: {res.output[-300:]}")
        if "内部错误" in res.output:
            return fail("internal-error", f"{name}: {res.output.strip()[-300:]}")
    if hashlib.sha256(inp.read_bytes()).hexdigest() != digest:
        return fail("input-changed", "the input file changed")
    left = sorted(p.name for p in folder.iterdir() if p.name not in (inp.name, out.name))
    if left:
        return fail("leftover", f"left behind: {left}")
    if chk.exit_code not in (0, 1, 2) or prc.exit_code not in (0, 2):
        return fail("bad-exit", f"check {chk.exit_code}, process {prc.exit_code}")
    if (chk.exit_code == 2) != (prc.exit_code == 2):
        return fail("inconsistent", f"check {chk.exit_code}, process {prc.exit_code}: {chk.output[-200:]}"
                                    f" / {prc.output[-200:]}")
    if prc.exit_code == 2:
        for name, res in (("check", chk), ("process", prc)):
            lines = res.stderr.strip().splitlines()
            if len(lines) != 1 or not lines[0].startswith("selfeval-xl：") or inp.name not in lines[0]:
                return fail("bad-message", f"{name}: {res.stderr!r:.300}")
        if out.exists():
            return fail("bad-output", "an output file was written for a refused input")
        return Outcome(seed, REFUSED, f"{prc.stderr.strip()[:160]} | {what}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            load_workbook(out, read_only=True).close()
    except Exception as exc:  # noqa: BLE001 - any failure to load is the finding
        return fail("bad-output", f"openpyxl cannot load the output: {type(exc).__name__}: {exc}")
    return Outcome(seed, FINDINGS if chk.exit_code == 1 else OK, what)


# ------------------------------------------------------------------------------------------------
# Many cases, on every core
# ------------------------------------------------------------------------------------------------

def _run_chunk(seeds: list[int]) -> list[Outcome]:
    import tempfile

    sample = SAMPLE.read_bytes()
    with tempfile.TemporaryDirectory(prefix="selfeval-fuzz-") as tmp:
        out = []
        for seed in seeds:
            try:
                out.append(run_case(seed, Path(tmp), sample))
            except Exception as exc:  # noqa: BLE001 - a crash of the harness is reported, not raised
                out.append(Outcome(seed, "traceback", f"harness: {type(exc).__name__}: {exc}"))
        return out


def run_many(seeds: list[int], workers: int | None = None, chunk: int = 25) -> list[Outcome]:
    """Run the cases in `workers` forked processes (default: one per core), in seed order."""
    import multiprocessing as mp
    import os
    from concurrent.futures import ProcessPoolExecutor

    workers = workers or os.cpu_count() or 1
    chunks = [seeds[i:i + chunk] for i in range(0, len(seeds), chunk)]
    if workers == 1:
        return [o for c in chunks for o in _run_chunk(c)]
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
        return [o for part in pool.map(_run_chunk, chunks) for o in part]
