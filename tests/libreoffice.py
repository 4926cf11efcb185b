"""LibreOffice headless, with a throwaway profile that forces recalculation on load.

By default LibreOffice trusts the cached values of an .xlsx (OOXMLRecalcMode = 1, "never
recalculate"), so converting a file proves nothing about its formulas.  With OOXMLRecalcMode = 0
every formula is computed afresh on load; the values it writes back are LibreOffice's own
(excel-practice.md §4.1).  Used by the parity tests and by scripts/render.py.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(paths: list[Path], outdir: Path, fmt: str = "xlsx", timeout: int = 300) -> list[Path]:
    """Open each file in LibreOffice (recalculating every formula) and save it as `fmt` in outdir."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(PROFILE, encoding="utf-8")
        cmd = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
               "--calc", "--convert-to", fmt, "--outdir", str(outdir), *map(str, paths)]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    out = [outdir / (Path(p).stem + "." + fmt.split(":")[0]) for p in paths]
    missing = [p for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}: {res.stdout} {res.stderr}")
    return out
