"""LibreOffice headless, with a throwaway profile that forces recalculation on load.

By default LibreOffice trusts the cached values of an .xlsx (OOXMLRecalcMode = 1, "never
recalculate"), so converting a file proves nothing about its formulas.  With OOXMLRecalcMode = 0
every formula is computed afresh on load; the values it writes back are LibreOffice's own
(excel-practice.md §4.1).  Used by the parity tests and by scripts/render.py.

In writer mode (the .docx report) the profile also carries a font replacement table: the report
names the fonts of Chinese official documents (方正小标宋简体, 黑体, 仿宋_GB2312, 楷体_GB2312, 宋体),
which a Linux test machine lacks; without the table LibreOffice falls back to a Japanese-variant
sans font for everything, and the rendered pages say nothing about how the document looks.  The
Noto CJK SC fonts of fonts-noto-cjk stand in (serif for 宋/仿宋/楷/小标宋, sans for 黑体).
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
{extra}</oor:items>
"""
STAND_INS = {"方正小标宋简体": "Noto Serif CJK SC", "黑体": "Noto Sans CJK SC", "仿宋_GB2312": "Noto Serif CJK SC",
             "仿宋": "Noto Serif CJK SC", "楷体_GB2312": "Noto Serif CJK SC", "楷体": "Noto Serif CJK SC",
             "宋体": "Noto Serif CJK SC"}


def _font_pairs() -> str:
    sub = "/org.openoffice.Office.Common/Font/Substitution"
    out = [f'<item oor:path="{sub}"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>']
    for i, (font, stand_in) in enumerate(STAND_INS.items()):
        out.append(f'<item oor:path="{sub}/FontPairs"><node oor:name="_{i}" oor:op="replace">'
                   f'<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>'
                   f'<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>'
                   f'<prop oor:name="ReplaceFont" oor:op="fuse"><value>{font}</value></prop>'
                   f'<prop oor:name="SubstituteFont" oor:op="fuse"><value>{stand_in}</value></prop>'
                   f'</node></item>')
    return "\n".join(out) + "\n"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(paths: list[Path], outdir: Path, fmt: str = "xlsx", timeout: int = 300,
            app: str = "calc") -> list[Path]:
    """Open each file in LibreOffice (recalculating every formula) and save it as `fmt` in outdir.

    app is "calc" for workbooks, "writer" for the .docx report (libreoffice-writer-nogui)."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui "
                           "libreoffice-writer-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        profile_xml = PROFILE.format(extra=_font_pairs() if app == "writer" else "")
        (user / "registrymodifications.xcu").write_text(profile_xml, encoding="utf-8")
        cmd = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
               f"--{app}", "--convert-to", fmt, "--outdir", str(outdir), *map(str, paths)]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    out = [outdir / (Path(p).stem + "." + fmt.split(":")[0]) for p in paths]
    missing = [p for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}: {res.stdout} {res.stderr}")
    return out
