"""Render scored workbooks (or, with --report, the 自评报告 .docx) to PDF and PNG pages for a
visual check (nothing is committed).

    python scripts/render.py [SAMPLE.xlsx …] [--out out/render] [--dpi 70] [--report] [--scheme S]

Each input is processed as `process` does, with `--scheme auto` unless --scheme names one, so each
sample is rendered with the scheme a user would get.  The scored workbook is converted to PDF by
LibreOffice headless (formulas recalculated on load), and every PDF page is turned into a PNG by
pdftoppm.  With --report, each input's self-evaluation report is written and rendered by LibreOffice
Writer instead (its 公文 fonts replaced by Noto CJK SC, see
tests/libreoffice.py).  Needs Debian's libreoffice-calc-nogui (libreoffice-writer-nogui for
--report), poppler-utils and a CJK font (fonts-noto-cjk); .ci/run installs them.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))            # the LibreOffice helper the tests use

from libreoffice import convert  # noqa: E402

import selfeval_xl  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "render")
    ap.add_argument("--dpi", type=int, default=70)
    ap.add_argument("--report", action="store_true", help="render the .docx reports instead")
    ap.add_argument("--scheme", default="auto", help="as process --scheme (default auto)")
    args = ap.parse_args(argv)
    inputs = args.inputs or sorted((ROOT / "samples").glob("*.xlsx"))
    args.out.mkdir(parents=True, exist_ok=True)
    scored = []
    for p in inputs:
        if args.report:
            _result, out = selfeval_xl.report(p, args.out / f"{p.stem}-自评报告.docx", args.scheme)
        else:
            _result, out = selfeval_xl.process(p, args.out / f"{p.stem}-评分.xlsx", args.scheme)
        scored.append(out)
    for pdf in convert(scored, args.out, fmt="pdf", app="writer" if args.report else "calc"):
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(pdf.with_suffix(""))],
                       check=True)
        pages = sorted(args.out.glob(pdf.stem + "-*.png"))
        print(f"{pdf}: {len(pages)} 页")
    return 0


if __name__ == "__main__":
    sys.exit(main())
