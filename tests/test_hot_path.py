"""What one `process` costs: pandas (and numpy under it) is for library users' DataFrames, and
openpyxl (which imports numpy when installed) for templates and the workbooks the lite reader hands
over; none is imported on the path that reads, scores and writes a plain workbook (importing them
cost more than all the rest of a cold run: issue 11)."""
import subprocess
import sys
from pathlib import Path

import selfeval_xl

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"

PROBE = """
import sys
from selfeval_xl.cli import cli
try:
    cli.main(sys.argv[1:], standalone_mode=False)
finally:
    print("HEAVY:" + ",".join(m for m in ("pandas", "numpy", "openpyxl") if m in sys.modules))
"""


def _modules_after(*args) -> str:
    p = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    return p.stdout.rsplit("HEAVY:", 1)[1].strip()


def test_process_and_report_import_no_heavy_module(tmp_path):
    assert _modules_after("process", str(SEED), "-o", str(tmp_path / "o.xlsx")) == ""
    assert (tmp_path / "o.xlsx").exists()
    assert _modules_after("report", str(SEED), "-o", str(tmp_path / "o.docx")) == ""


def test_library_users_still_get_dataframes():
    result = selfeval_xl.evaluate(SEED)
    ind, cats = result.indicators, result.categories
    assert list(cats["指标"]) == ["预算执行", "投入管理", "产出指标", "效益指标"]
    assert len(ind) == len(result.indicator_rows) == 26
    # the frames hold the same values as the rows the scoring used (a Fraction stays a Fraction)
    assert ind["得分"].tolist() == [r["得分"] for r in result.indicator_rows]
    assert list(result.declaration.facts["name"])[:1] == [result.declaration.fact_rows[0]["name"]]
