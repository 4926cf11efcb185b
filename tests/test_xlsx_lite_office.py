"""The lite reader (selfeval_xl/reading/xlsx_lite.py) on workbooks saved by office programs (issue 11).

What departments send has been opened and saved again in LibreOffice, Excel or WPS, whose parts hold
more than openpyxl's plain output: definedName attributes, calcPr and extLst in the workbook, a
docProps/custom.xml, printer settings behind a sheet's relationships, mc:Ignorable and x14ac/xr
attributes, header and footer texts, page breaks, a sheet's extLst …  The lite reader reads those
itself, exactly as openpyxl does; the corpus here checks both halves of that: every engine gives
openpyxl's grids (test_xlsx_reader.compare), and the lite reader did not hand the file over.

The corpus: every sample, both templates, the real tables (tests/realforms) and a handful of fuzz
cases, re-saved by LibreOffice (one soffice call for all, cached under the temporary folder by the
hash of each input, so a second run converts nothing; three files in the quick run, all with -m slow);
and Excel's and WPS's structures, written into the seed sample part by part.  Beside them, the variants
the lite reader must still hand over: what openpyxl refuses, warns about or reads otherwise.
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pytest

import test_xlsx_reader as reader
from fuzzing import make_case, mutate_bytes
from helpers import content_key, quick_few, rewrite_zip

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
SAMPLES = sorted((ROOT / "samples").glob("*.xlsx"))
CACHE = Path(tempfile.gettempdir()) / "selfeval-xl-office-corpus"


# --------------------------------------------------------------------------------------------
# Reading alike, and by the lite reader itself
# --------------------------------------------------------------------------------------------

def openpyxl_warnings(path: Path) -> list[str]:
    """What openpyxl warns about while it loads `path` (both ways: values and formulas).  Loaded
    without merged-range borders (helpers.load_workbook), which openpyxl copies without a word.
    Remembered on the file's bytes."""
    import helpers
    from selfeval_xl.reading import grid          # helpers.load_workbook's switch

    code = [sys.modules[__name__], helpers, grid]
    return helpers.remembered(code, ("warnings", content_key(path)), lambda: _warnings(path))


def _warnings(path: Path) -> list[str]:
    from helpers import load_workbook

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_workbook(path, data_only=True)
        load_workbook(path)
    return [str(w.message) for w in caught]


_EXTENSION_WARNING = re.compile(r".* extension is not supported and will be removed")


def lite_reads(path: Path) -> bool:
    """True when the lite reader reads `path` itself (a limit refused after the reading counts too)."""
    from selfeval_xl.reading.guard import _guard
    from selfeval_xl.reading.xlsx_lite import read_sheets

    data, formulas = _guard(path)
    return read_sheets(data, formulas) is not None


def assert_lite_reads(path: Path, *, extensions: bool = False) -> None:
    """Every engine reads `path` as openpyxl does (or refuses it alike), the lite reader by itself, and
    openpyxl loads it without a warning (but the one for each ext of a worksheet's extLst, when
    `extensions`)."""
    reader.compare(path)
    assert lite_reads(path), f"the lite reader handed {path.name} over"
    said = openpyxl_warnings(path)
    if extensions:
        assert said and all(_EXTENSION_WARNING.fullmatch(w) for w in said), said
    else:
        assert not said, said


def assert_handed_over(path: Path) -> None:
    """Every engine reads `path` as openpyxl does (or refuses it alike), and not the lite reader."""
    reader.compare(path)
    assert not lite_reads(path), f"the lite reader read {path.name} itself"


# --------------------------------------------------------------------------------------------
# The corpus saved by LibreOffice
# --------------------------------------------------------------------------------------------

def _content_key(data: bytes) -> bytes:
    """What a workbook holds, without the times openpyxl stamps on it (docProps/core.xml's created and
    modified, the zip entries' dates): the same input gives the same key in the cache on every run."""
    import io
    import zipfile

    h = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(z.namelist()):
            body = z.read(name)
            if name == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>", body)
            h.update(name.encode() + b"\0" + hashlib.sha256(body).digest())
    return h.digest()


def _soffice_key() -> str:
    from libreoffice import soffice

    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    st = Path(exe).resolve().stat()
    return f"{Path(exe).resolve()}:{st.st_mtime_ns}:{st.st_size}"


def office_saved(inputs: dict[str, bytes]) -> dict[str, Path | None]:
    """Each input (name → bytes) as LibreOffice saves it ("Calc MS Excel 2007 XML"), or None where
    LibreOffice cannot load it.  One soffice call converts whatever the cache does not hold yet; a
    result lands in the cache by an atomic rename, so parallel workers never see half a file."""
    from libreoffice import PROFILE, soffice

    tag = _soffice_key()
    CACHE.mkdir(parents=True, exist_ok=True)
    keys = {name: hashlib.sha256(tag.encode() + _content_key(data)).hexdigest()[:24] for name, data in inputs.items()}
    todo = {key: inputs[name] for name, key in keys.items()
            if not (CACHE / f"{key}.xlsx").exists()}     # a failure is tried again next time
    if todo:
        with tempfile.TemporaryDirectory(prefix="selfeval-office-") as tmp:
            src, out, profile = Path(tmp, "in"), Path(tmp, "out"), Path(tmp, "profile")
            for d in (src, out, profile / "user"):
                d.mkdir(parents=True)
            (profile / "user" / "registrymodifications.xcu").write_text(PROFILE.format(extra=""), encoding="utf-8")
            for key, data in todo.items():
                (src / f"{key}.xlsx").write_bytes(data)
            subprocess.run([soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                            "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                            *sorted(str(p) for p in src.iterdir())], capture_output=True, timeout=600)
            for key in todo:
                done = out / f"{key}.xlsx"
                if done.exists():
                    os.replace(done, CACHE / f"{key}.xlsx")
    return {name: (CACHE / f"{key}.xlsx") if (CACHE / f"{key}.xlsx").exists() else None
            for name, key in keys.items()}


def _templates(tmp: Path, kinds=("department", "project")) -> dict[str, bytes]:
    """What `selfeval-xl template --kind …` writes."""
    from selfeval_xl.templates import build_template

    return {f"template-{kind}": build_template(tmp / f"{kind}.xlsx", kind).read_bytes() for kind in kinds}


def _real_tables(tmp: Path, first_only: bool = False) -> dict[str, bytes]:
    from realforms import all_tables, build

    tables = all_tables()[:1] if first_only else all_tables()
    return {f"real-{t.slug}": build(t, tmp).read_bytes() for t in tables}


def _fuzz_cases(seeds) -> dict[str, bytes]:
    sample = SEED.read_bytes()
    return {f"fuzz-{seed}": make_case(seed, sample)[0] for seed in seeds}


def _check_corpus(saved: dict[str, Path | None], tmp: Path) -> None:
    failures = []
    for name, path in saved.items():
        if path is None:
            continue
        copy = tmp / f"{name}.xlsx"            # the name openpyxl's messages and the grids carry
        copy.write_bytes(path.read_bytes())
        try:
            assert_lite_reads(copy)
        except AssertionError as exc:
            failures.append(f"{name}: {str(exc)[:600]}")
    assert not failures, "\n".join(failures)


def test_libreoffice_saved_workbooks_are_read_by_the_lite_reader_a_quick_few(tmp_path):
    inputs = {"seed": SEED.read_bytes(), **_templates(tmp_path, ("project",)), **_real_tables(tmp_path, first_only=True)}
    saved = office_saved(inputs)
    assert all(saved.values()), saved
    _check_corpus(saved, tmp_path)


@pytest.mark.slow
def test_libreoffice_saved_workbooks_are_read_by_the_lite_reader(tmp_path):
    inputs = {f"sample-{p.stem}": p.read_bytes() for p in SAMPLES}
    inputs.update(_templates(tmp_path))
    inputs.update(_real_tables(tmp_path))
    inputs.update(_fuzz_cases(range(12)))
    saved = office_saved(inputs)
    # LibreOffice opens every workbook but the fuzz cases it finds too damaged
    assert all(saved[k] for k in inputs if not k.startswith("fuzz-")), saved
    assert sum(1 for k, v in saved.items() if k.startswith("fuzz-") and v) >= 8, saved
    _check_corpus(saved, tmp_path)


# --------------------------------------------------------------------------------------------
# Excel's and WPS's structures, written into the seed sample
# --------------------------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
XM = "http://schemas.microsoft.com/office/excel/2006/main"
CT = "application/vnd.openxmlformats-officedocument"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

SHEETS = ('<sheets><sheet name="整体绩效目标申报表" sheetId="1" r:id="rId1"/><sheet name="资金执行情况" sheetId="2" '
          'r:id="rId2"/><sheet name="填表说明" sheetId="3" r:id="rId3"/><sheet name="样例说明" sheetId="4" r:id="rId4"/>'
          '</sheets>')

EXCEL_NAMES = ("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">整体绩效目标申报表!$A$1:$I$55</definedName>"
               "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">整体绩效目标申报表!$15:$15</definedName>"
               "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">资金执行情况!$A$1:$C$5,资金执行情况!$E$1:$F$5"
               "</definedName>"
               "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">'填表说明'!$A:$A,'填表说明'!$1:$1</definedName>")

EXCEL_WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" '
    f'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="{XR}" '
    f'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
    f'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
    f'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
    f'<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
    f'<workbookPr defaultThemeVersion="166925"/>'
    f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\绩效自评\\" '
    f'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
    f'<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{{5C7A2F0E-3B1D-4E8A-9F6B-2D4C8E1A7B3F}}" '
    f'xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{{00000000-0000-0000-0000-000000000000}}"/>'
    f'<bookViews><workbookView xWindow="-108" yWindow="-108" windowWidth="23256" windowHeight="12576" '
    f'xr2:uid="{{6F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9}}"/></bookViews>'
    f'{SHEETS}<definedNames>{EXCEL_NAMES}</definedNames><calcPr calcId="191029"/>'
    f'<extLst><ext uri="{{140A7094-0E35-4892-8432-C4D2E57EDEB5}}" '
    f'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/>'
    f'</ext><ext uri="{{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}}" '
    f'xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures>'
    f'<xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:FV"/></xcalcf:calcFeatures></ext>'
    f'</extLst></workbook>')

WPS_WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><fileVersion appName="xl" lastEdited="3" lowestEdited="5" '
    f'rupBuild="9302"/><workbookPr/><bookViews><workbookView windowWidth="28800" windowHeight="12300" activeTab="0"/>'
    f'</bookViews>{SHEETS}<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
    f'整体绩效目标申报表!$15:$15</definedName></definedNames><calcPr calcId="144525"/></workbook>')

WPS_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f'<property fmtid="{FMTID}" pid="2" name="ICV"><vt:lpwstr>5A1B6C2E9F0D4E8B9C3A7D6E5F4B3C2A</vt:lpwstr></property>'
    f'<property fmtid="{FMTID}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.12763</vt:lpwstr></property>'
    '</Properties>')


def wps_custom(more: str = "") -> str:
    return WPS_CUSTOM.replace("</Properties>", more + "</Properties>")

EXCEL_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel'
    '</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" '
    'baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant>'
    '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>整体绩效目标申报表'
    '</vt:lpstr><vt:lpstr>资金执行情况</vt:lpstr><vt:lpstr>填表说明</vt:lpstr><vt:lpstr>样例说明</vt:lpstr></vt:vector>'
    '</TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
    '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>')

CALC_CHAIN = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="{MAIN}"><c r="D2" i="1"/></calcChain>'

SHEET_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
              f'<Relationship Id="rId1" Type="{REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>'
              f'</Relationships>')

SHEET_EXT = (f'<extLst><ext uri="{{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}}" xmlns:x14="{X14}"><x14:dataValidations '
             f'count="1" xmlns:xm="{XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" '
             f'showErrorMessage="1" xr:uid="{{0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9}}"><x14:formula1><xm:f>'
             f'填表说明!$A$2:$A$6</xm:f></x14:formula1><xm:sqref>B16:B55</xm:sqref></x14:dataValidation>'
             f'</x14:dataValidations></ext></extLst>')

STYLES_EXT = ('<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDBB1E7C}" '
              'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles '
              'defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" '
              'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles '
              'defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>')


def _replace(old: str, new: str, count: int = 1):
    """A function of a part's bytes that replaces `old` (which must be there) by `new`."""
    def edit(body: bytes) -> bytes:
        text = body.decode("utf-8")
        assert old in text, old
        return text.replace(old, new, count).encode("utf-8")
    return edit


def _chain(*edits):
    def edit(body: bytes) -> bytes:
        for e in edits:
            body = e(body)
        return body
    return edit


def _content_types(*overrides: tuple[str, str], defaults: tuple[tuple[str, str], ...] = ()):
    extra = "".join(f'<Default Extension="{e}" ContentType="{t}" />' for e, t in defaults)
    extra += "".join(f'<Override PartName="{p}" ContentType="{t}" />' for p, t in overrides)
    return _replace("</Types>", extra + "</Types>")


def _root_rels(*rels: tuple[str, str, str]):
    return _replace("</Relationships>", "".join(f'<Relationship Type="{t}" Target="{target}" Id="{i}" />'
                                                for i, t, target in rels) + "</Relationships>")


SHEET_ROOT = f'<worksheet xmlns="{MAIN}">'
EXCEL_SHEET_ROOT = (f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" '
                    f'xmlns:x14ac="{X14AC}" xmlns:xr="{XR}" '
                    f'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
                    f'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
                    f'xr:uid="{{8C3F4B2A-1D0E-4F5A-9B6C-7D8E9F0A1B2C}}">')

# one structure each: (id, replace, add, whether openpyxl warns about a worksheet's extensions)
PIECES = {
    "calc-chain": ({"[Content_Types].xml": _content_types(("/xl/calcChain.xml", f"{CT}.spreadsheetml.calcChain+xml")),
                    "xl/_rels/workbook.xml.rels": _root_rels(("rId9", f"{REL}/calcChain", "calcChain.xml"))},
                   {"xl/calcChain.xml": CALC_CHAIN}),
    "excel-app-properties": ({"docProps/app.xml": EXCEL_APP.encode()}, {}),
    "wps-custom-properties": ({"[Content_Types].xml": _content_types(("/docProps/custom.xml",
                                                                      f"{CT}.custom-properties+xml")),
                               "_rels/.rels": _root_rels(("rId4", f"{REL}/custom-properties", "docProps/custom.xml"))},
                              {"docProps/custom.xml": wps_custom()}),
    "typed-custom-properties": ({}, {"docProps/custom.xml": wps_custom((
        f'<property fmtid="{FMTID}" pid="4" name="页数"><vt:i4>-12</vt:i4></property>'
        f'<property fmtid="{FMTID}" pid="5" name="比例"><vt:r8>0.95</vt:r8></property>'
        f'<property fmtid="{FMTID}" pid="6" name="已审核"><vt:bool>true</vt:bool></property>'
        f'<property fmtid="{FMTID}" pid="7" name="备注"><vt:lpwstr/></property>'))}),
    "empty-custom-properties": ({}, {"docProps/custom.xml": wps_custom().split("<property")[0]
                                     + "</Properties>"}),
    "printer-settings": ({"[Content_Types].xml": _content_types(defaults=(("bin", f"{CT}.spreadsheetml.printerSettings"),)),
                          "xl/worksheets/sheet1.xml": _chain(
                              _replace(SHEET_ROOT, f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'),
                              _replace('fitToWidth="1" />', 'fitToWidth="1" horizontalDpi="600" verticalDpi="600" '
                                                            'r:id="rId1" />'))},
                         {"xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS,
                          "xl/printerSettings/printerSettings1.bin": bytes(range(256)) * 4}),
    "printer-settings-unused": ({"[Content_Types].xml": _content_types(defaults=(("bin", f"{CT}.spreadsheetml.printerSettings"),))},
                                {"xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS,
                                 "xl/printerSettings/printerSettings1.bin": b"\0" * 64}),
    "excel-workbook": ({"xl/workbook.xml": EXCEL_WORKBOOK.encode()}, {}),
    "wps-workbook": ({"xl/workbook.xml": WPS_WORKBOOK.encode()}, {}),
    "excel-sheet-attributes": ({"xl/worksheets/sheet1.xml": _chain(
        _replace(SHEET_ROOT, EXCEL_SHEET_ROOT),
        _replace('<sheetFormatPr baseColWidth="8" defaultRowHeight="15" />',
                 '<sheetFormatPr baseColWidth="8" defaultRowHeight="15" x14ac:dyDescent="0.25" />'),
        _replace('<row r="1" ht="30" customHeight="1">', '<row r="1" spans="1:9" ht="30" customHeight="1" '
                                                          'x14ac:dyDescent="0.25">'),
        _replace('<row r="2">', '<row r="2" spans="1:9" x14ac:dyDescent="0.25">'),
        _replace('<dataValidation sqref="A16:A55"', '<dataValidation xr:uid="{1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B}" '
                                                    'sqref="A16:A55"'))}, {}),
    "excel-sheet-elements": ({"xl/worksheets/sheet1.xml": _replace('</worksheet>', (
        '<headerFooter differentFirst="0"><oddHeader>&amp;L&amp;"宋体,加粗"&amp;12部门整体绩效&amp;R2021年度</oddHeader>'
        '<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>'
        '<rowBreaks count="1" manualBreakCount="1"><brk id="30" max="8" man="1"/></rowBreaks>'
        '<colBreaks count="1" manualBreakCount="1"><brk id="5" max="1048575" man="1"/></colBreaks>'
        '<ignoredErrors><ignoredError sqref="B2 D2" numberStoredAsText="1"/><ignoredError sqref="D16:D55" '
        'formula="1"/></ignoredErrors></worksheet>'))}, {}),
    "excel-styles": ({"xl/styles.xml": _chain(
        _replace(f'<styleSheet xmlns="{MAIN}">', f'<styleSheet xmlns="{MAIN}" xmlns:mc="{MC}" '
                 f'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="{X14AC}" xmlns:xr="{XR}">'),
        _replace('<fonts count="5">', '<fonts count="5" x14ac:knownFonts="1">'),
        _replace('</colors>', '</colors>' + STYLES_EXT))}, {}),
}
# a worksheet's extLst: openpyxl drops it with a warning, and reads the rest alike
SHEET_EXTENSION = ({"xl/worksheets/sheet1.xml": _chain(
    _replace(SHEET_ROOT, f'<worksheet xmlns="{MAIN}" xmlns:xr="{XR}">'),
    _replace('</worksheet>', SHEET_EXT + '</worksheet>'))}, {})


def variant(replace: dict, add: dict, base: bytes | None = None) -> bytes:
    base = SEED.read_bytes() if base is None else base
    return rewrite_zip(base, replace, {k: v.encode() if isinstance(v, str) else v for k, v in add.items()})


def _combined(*names: str) -> bytes:
    data = SEED.read_bytes()
    for name in names:
        data = variant(*PIECES[name], base=data)
    return data


def test_the_seed_is_read_by_the_lite_reader_before_any_surgery():
    assert lite_reads(SEED)


# the quick run keeps one of each family (test_what_excel_and_wps_write_together… reads every piece at
# once in the quick run too)
@pytest.mark.parametrize("name", quick_few(list(PIECES), every=None, keep={"wps-custom-properties", "printer-settings"}))
def test_excel_and_wps_structures_are_read_by_the_lite_reader(tmp_path, name):
    assert_lite_reads(reader.write(tmp_path, variant(*PIECES[name]), f"{name}.xlsx"))


def test_a_worksheet_extension_list_is_read_by_the_lite_reader(tmp_path):
    assert_lite_reads(reader.write(tmp_path, variant(*SHEET_EXTENSION), "extLst.xlsx"), extensions=True)


def excel_saved() -> bytes:
    """Everything Excel writes at once (the parts of PIECES that fit together), and a worksheet extLst."""
    data = _combined("calc-chain", "excel-app-properties", "printer-settings", "excel-workbook",
                     "excel-sheet-elements", "excel-styles")
    data = variant({"xl/worksheets/sheet1.xml": _chain(
        _replace(f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">', EXCEL_SHEET_ROOT),
        _replace('</worksheet>', SHEET_EXT + '</worksheet>'))}, {}, base=data)
    return data


def wps_saved() -> bytes:
    return _combined("wps-custom-properties", "printer-settings", "wps-workbook", "excel-sheet-elements")


def test_what_excel_and_wps_write_together_is_read_by_the_lite_reader(tmp_path):
    assert_lite_reads(reader.write(tmp_path, excel_saved(), "excel.xlsx"), extensions=True)
    assert_lite_reads(reader.write(tmp_path, wps_saved(), "wps.xlsx"))


# --------------------------------------------------------------------------------------------
# What the lite reader must still hand over
# --------------------------------------------------------------------------------------------

def _custom(prop: str):
    return {}, {"docProps/custom.xml": wps_custom(prop)}


def _property(value: str, name: str = 'name="甲"', pid: str = 'pid="9"') -> str:
    return f'<property fmtid="{FMTID}" {pid} {name}>{value}</property>'


def _workbook(old: str, new: str):
    return {"xl/workbook.xml": _replace(old, new)}, {}


def _excel_workbook(old: str, new: str):
    return {"xl/workbook.xml": EXCEL_WORKBOOK.replace(old, new).encode()}, {}


def _names(names: str):
    return {"xl/workbook.xml": EXCEL_WORKBOOK.replace(EXCEL_NAMES, names).encode()}, {}


def _sheet(old: str, new: str, root: str = f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" xmlns:xr="{XR}">'):
    return {"xl/worksheets/sheet1.xml": _chain(_replace(SHEET_ROOT, root), _replace(old, new))}, {}


_FOOTER = '<headerFooter><oddFooter>{}</oddFooter></headerFooter></worksheet>'

# (id, replace and add): openpyxl refuses each, warns about it, or reads it otherwise than the plain
HANDED_OVER = {
    # custom properties: a type openpyxl drops with a warning, values it cannot take, odd shapes
    "custom-date": _custom(_property("<vt:date>2021-01-01T00:00:00Z</vt:date>")),
    "custom-i8": _custom(_property("<vt:i8>5</vt:i8>")),
    "custom-vector": _custom(_property('<vt:vector size="1" baseType="lpstr"><vt:lpstr>甲</vt:lpstr></vt:vector>')),
    "custom-filetime": _custom(_property("<vt:filetime>2021-01-01T00:00:00Z</vt:filetime>")),
    "custom-no-value": _custom(_property("")),
    "custom-two-values": _custom(_property("<vt:lpwstr>甲</vt:lpwstr><vt:i4>1</vt:i4>")),
    "custom-bad-integer": _custom(_property("<vt:i4>一</vt:i4>")),
    "custom-empty-integer": _custom(_property("<vt:i4/>")),
    "custom-bad-number": _custom(_property("<vt:r8>0,5</vt:r8>")),
    "custom-no-name": _custom(_property("<vt:lpwstr>甲</vt:lpwstr>", name="")),
    "custom-bad-pid": _custom(_property("<vt:lpwstr>甲</vt:lpwstr>", pid='pid="二"')),
    "custom-link": _custom(_property("<vt:lpwstr>甲</vt:lpwstr>", name='name="甲" linkTarget="_Toc1"')),
    "custom-foreign-value": _custom(_property('<x:lpwstr xmlns:x="urn:x">甲</x:lpwstr>')),
    "custom-unknown-attribute": _custom(_property("<vt:lpwstr>甲</vt:lpwstr>", pid='pid="9" kind="1"')),
    "custom-root-attribute": ({}, {"docProps/custom.xml": wps_custom().replace(
        "<Properties ", '<Properties version="1" ')}),
    "custom-other-root": ({}, {"docProps/custom.xml": wps_custom().replace(
        "officeDocument/2006/custom-properties", "officeDocument/2006/extended-properties")}),
    # print areas and titles openpyxl warns about or refuses, or other reserved names
    "print-area-of-columns": _names('<definedName name="_xlnm.Print_Area" localSheetId="0">整体绩效目标申报表!$A:$I'
                                    '</definedName>'),
    "print-area-of-rows": _names('<definedName name="_xlnm.Print_Area" localSheetId="0">整体绩效目标申报表!$1:$55'
                                 '</definedName>'),
    "print-area-reversed": _names('<definedName name="_xlnm.Print_Area" localSheetId="0">整体绩效目标申报表!$I$55:$A$1'
                                  '</definedName>'),
    "print-area-relative": _names('<definedName name="_xlnm.Print_Area" localSheetId="0">整体绩效目标申报表!A1:I55'
                                  '</definedName>'),
    "print-area-trailing-comma": _names('<definedName name="_xlnm.Print_Area" localSheetId="0">'
                                       '整体绩效目标申报表!$A$1:$I$55,</definedName>'),
    "print-area-of-no-sheet": _names('<definedName name="_xlnm.Print_Area" localSheetId="7">整体绩效目标申报表!$A$1:$I$5'
                                     '</definedName>'),
    "print-area-global": _names('<definedName name="_xlnm.Print_Area">整体绩效目标申报表!$A$1:$I$5</definedName>'),
    "print-titles-twice-rows": _names('<definedName name="_xlnm.Print_Titles" localSheetId="0">'
                                      '整体绩效目标申报表!$1:$1,整体绩效目标申报表!$2:$2</definedName>'),
    "print-titles-reversed": _names('<definedName name="_xlnm.Print_Titles" localSheetId="0">'
                                    '整体绩效目标申报表!$3:$1</definedName>'),
    "filter-database": _names('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
                              '整体绩效目标申报表!$A$15:$I$55</definedName>'),
    "defined-name-function-group": _names('<definedName name="甲" functionGroupId="x">1</definedName>'),
    # the workbook: extensions openpyxl cannot read, elements of other namespaces it might
    "workbook-ext-without-uri": _excel_workbook('<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"', "<ext"),
    "workbook-ext-uri-element": _excel_workbook('<x15:workbookPr chartTrackingRefBase="1"/>',
                                                '<x15:uri>甲</x15:uri>'),
    "workbook-ext-attribute": _excel_workbook('<ext uri=', '<ext id="1" uri='),
    "workbook-foreign-element": _excel_workbook('<xr:revisionPtr', '<xr:sheets/><xr:revisionPtr'),
    "workbook-unknown-calc-attribute": _excel_workbook('<calcPr calcId="191029"/>', '<calcPr calcId="191029" x="1"/>'),
    "workbook-bad-iterate-delta": _excel_workbook('<calcPr calcId="191029"/>',
                                                  '<calcPr calcId="191029" iterateDelta="小"/>'),
    # styles
    "text-rotation-out-of-range": ({"xl/styles.xml": _replace('<alignment ', '<alignment textRotation="200" ')}, {}),
    "styles-ext-without-uri": ({"xl/styles.xml": _replace('</colors>', '</colors><extLst><ext/></extLst>')}, {}),
    # worksheets: relationships openpyxl follows, an extension list it would read from, odd headers
    "sheet-comments-relationship": ({}, {"xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS.replace(
                                        "printerSettings\"", "comments\"").replace(
                                        "../printerSettings/printerSettings1.bin", "../comments1.xml"),
                                     "xl/comments1.xml": f'<comments xmlns="{MAIN}"><authors><author>甲</author>'
                                                         f'</authors><commentList/></comments>'}),
    "sheet-relationship-to-nowhere": ({}, {"xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS}),
    "sheet-external-printer-settings": ({}, {"xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS.replace(
        '"/>', '" TargetMode="External"/>'), "xl/printerSettings/printerSettings1.bin": b"\0"}),
    "page-setup-unknown-relationship": _sheet('fitToWidth="1" />', 'fitToWidth="1" r:id="rId7" />'),
    "page-setup-bad-cell-comments": _sheet('fitToWidth="1" />', 'fitToWidth="1" cellComments="below" />'),
    "sheet-ext-with-a-row": _sheet('</worksheet>', '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">'
                                                   '<row r="60"><c r="A60"><v>1</v></c></row></ext></extLst>'
                                                   '</worksheet>'),
    "sheet-ext-with-merged-cells": _sheet('</worksheet>', f'<extLst><ext uri="{{78C0D931-6437-407d-A8EE-F0AAD7539E65}}" '
                                                          f'xmlns:x14="{X14}"><x14:conditionalFormattings><mergeCells>'
                                                          f'<mergeCell ref="A60:B61"/></mergeCells>'
                                                          f'</x14:conditionalFormattings></ext></extLst></worksheet>'),
    "sheet-ext-without-uri": _sheet('</worksheet>', '<extLst><ext/></extLst></worksheet>'),
    "sheet-extension-elsewhere": _sheet('</worksheet>', '<x14:extLst xmlns:x14="urn:x"/></worksheet>'),
    "header-without-a-part": _sheet('</worksheet>', _FOOTER.format("第 &amp;P 页")),
    "header-with-a-huge-size": _sheet('</worksheet>', _FOOTER.format("&amp;C&amp;" + "9" * 20 + "页")),
    "header-with-an-attribute": _sheet('</worksheet>', '<headerFooter><oddFooter x="1">&amp;C页</oddFooter>'
                                                       '</headerFooter></worksheet>'),
    "row-break-bad-id": _sheet('</worksheet>', '<rowBreaks count="1"><brk id="三十"/></rowBreaks></worksheet>'),
}


@pytest.mark.parametrize("name", quick_few(list(HANDED_OVER), every=None, keep={
    "custom-date", "print-area-of-columns", "workbook-ext-without-uri", "sheet-comments-relationship",
    "sheet-ext-with-a-row", "header-without-a-part"}))
def test_what_the_lite_reader_still_hands_over(tmp_path, name):
    assert_handed_over(reader.write(tmp_path, variant(*HANDED_OVER[name]), f"{name}.xlsx"))


def test_openpyxl_warns_about_or_refuses_the_print_areas_handed_over(tmp_path):
    """The reason for handing them over: openpyxl does not read them as it reads a plain one."""
    for name in ("print-area-of-columns", "print-area-of-rows", "print-area-reversed"):
        path = reader.write(tmp_path, variant(*HANDED_OVER[name]), f"{name}.xlsx")
        try:
            said = openpyxl_warnings(path)
        except ValueError:
            continue                       # refused
        assert any("Print area cannot be set" in w for w in said), (name, said)


# --------------------------------------------------------------------------------------------
# Byte mutations of the office-saved workbooks: the lite reader never reads a file otherwise
# --------------------------------------------------------------------------------------------

def _mutations(bases: list[bytes], seeds, tmp_path: Path) -> dict[str, int]:
    before = dict(reader.LITE)
    for seed in seeds:
        rng = random.Random(seed)
        for i, base in enumerate(bases):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                body, what = mutate_bytes(rng, base)
            path = reader.write(tmp_path, body, f"office-fuzz-{seed}-{i}.xlsx")
            try:
                reader.compare(path)
            except AssertionError as exc:
                raise AssertionError(f"seed {seed} base {i}: {what}: {str(exc)[:2000]}") from None
            path.unlink()
    return {k: reader.LITE[k] - before[k] for k in before}


def test_byte_mutations_of_excel_and_wps_structures_read_alike_a_quick_few(tmp_path):
    counts = _mutations([excel_saved(), wps_saved()], range(4), tmp_path)
    assert counts["read"] >= 2 and counts["handed over"] >= 2, counts


@pytest.mark.slow
def test_byte_mutations_of_office_saved_workbooks_read_alike(tmp_path):
    saved = office_saved({"seed": SEED.read_bytes()})["seed"]
    counts = _mutations([excel_saved(), wps_saved(), saved.read_bytes()], range(4, 160), tmp_path)
    assert counts["read"] >= 30 and counts["handed over"] >= 300, counts
