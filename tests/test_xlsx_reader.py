"""The fast reader (selfeval_xl/reading/xlsx.py) against openpyxl, its oracle.

Every workbook here is read both ways — by the fast reader (grid._load_fast, which answers None when
it hands the file to openpyxl) and by the openpyxl engine (grid._load_openpyxl, today's two loads) —
and the grids must be identical: sheet names and order, hidden state, every stored cell in order
with its value (type and repr: 5 is not 5.0, -0.0 is not 0.0), number format, formula text and
uncached flag, merged and dropped ranges, column widths.  Where openpyxl refuses a file, the fast
reader must hand it over, and load_grids must refuse it with the same code and message.

The corpus: the samples and templates, the real published tables (tests/realforms), workbooks written
by xlsxwriter and by openpyxl, workbooks written here part by part (shared formulas, rich text,
phonetic runs, cells and rows without r, dates in both epochs …), and the fuzz corpus of
tests/fuzzing.py (its mutations of the seed, and the same byte mutations of the workbooks here).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import re
import threading
import warnings
import zipfile
from pathlib import Path

import pytest

from selfeval_xl.reading.grid import _load_fast, _load_lite, _load_openpyxl, load_grids
from selfeval_xl.reading.guard import InputError, _guard

from fuzzing import make_case, mutate_bytes
from helpers import HEADINGS, make_workbook, make_workbook_xlsxwriter, quick_few, rewrite_zip

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
SHIPPED = sorted((ROOT / "samples").glob("*.xlsx")) + sorted((ROOT / "workbook_templates").glob("*.xlsx"))


# --------------------------------------------------------------------------------------------
# Reading both ways
# --------------------------------------------------------------------------------------------

def snapshot(grids) -> list:
    """Everything a grid holds, in order, with the type and repr of every value."""
    return [(g.name, g.hidden,
             [(rc, type(cell.value), repr(cell.value), cell.number_format, _formula(cell.formula), cell.uncached)
              for rc, cell in g.cells.items()],
             g.merged, g.dropped_merges, list(g.col_widths.items()), g.max_row, g.max_col)
            for g in grids]


def _formula(text):
    """The formula text; for an array formula openpyxl gives the repr of an object, whose address
    differs from one load to the next (the fast reader hands those to openpyxl)."""
    return None if text is None else re.sub(r" object at 0x[0-9a-f]+>", " object>", text)


def outcome(read) -> tuple:
    try:
        return ("grids", snapshot(read()))
    except InputError as exc:
        return ("refused", exc.code, exc.message)
    except Exception as exc:  # noqa: BLE001 - a raw exception must be the same both ways too
        return ("exception", type(exc).__name__, str(exc))


# how often the lite reader (xlsx_lite.py) read a workbook itself, and how often it handed it over
LITE = {"read": 0, "handed over": 0}


def compare(path: Path) -> bool:
    """Assert that every engine reads `path` as openpyxl does; True when the fast reader read it
    itself (LITE counts what the lite reader did)."""
    try:
        data, formulas = _guard(path)
    except InputError:          # refused before any parser: the same for every engine
        expected = outcome(lambda: load_grids(path, engine="openpyxl"))
        assert outcome(lambda: load_grids(path)) == expected
        assert outcome(lambda: load_grids(path, engine="fast")) == expected
        return False
    answers = {}                # what each engine gave (returned or raised), replayed below
    expected = outcome(lambda: _answer(answers, "openpyxl", openpyxl_oracle, path.name, data, formulas))
    fast = _answer(answers, "fast", _load_fast, path.name, data, formulas)
    if fast is not None:
        assert expected[0] == "grids", f"the fast reader read a file openpyxl does not: {expected}"
        assert snapshot(fast) == expected[1]
    try:
        lite = _answer(answers, "lite", _load_lite, path.name, data, formulas)
        lite = None if lite is None else ("grids", snapshot(lite))
    except InputError as exc:   # a limit, checked after the lite reader read the workbook
        lite = ("refused", exc.code, exc.message)
    if lite is None:
        LITE["handed over"] += 1
    else:
        assert lite == expected, f"the lite reader read a file otherwise than openpyxl: {str(lite)[:500]} != " \
                                 f"{str(expected)[:500]}"
        LITE["read"] += 1
    # load_grids itself, the default engine with its fallbacks and the fast one with its own: each
    # engine it calls answers what it answered above for the same arguments (the engines are pure
    # functions of the file's bytes), so that the openpyxl oracle is not loaded three times over
    with _replaying(answers, (path.name, data, formulas)):
        assert outcome(lambda: load_grids(path)) == expected      # the default engine, with its fallbacks
        assert outcome(lambda: load_grids(path, engine="fast")) == expected
    return fast is not None


def openpyxl_oracle(name: str, data: bytes, formulas: bool):
    """grid._load_openpyxl(name, data, formulas), the openpyxl engine that every other engine is held
    to, remembered (helpers.remembered) on the bytes, with grid.py's and guard.py's source in the
    key: each call gives fresh grids.  A refusal or an exception is not remembered: it is raised
    again by reading again."""
    import hashlib
    import pickle

    from helpers import remembered
    from selfeval_xl.reading import grid, guard

    key = ("openpyxl engine", name, hashlib.sha256(data).hexdigest(), formulas)
    return pickle.loads(remembered([grid, guard], key, lambda: pickle.dumps(_load_openpyxl(name, data, formulas))))


def _answer(answers: dict, engine: str, read, *args):
    """read(*args), its result or exception recorded in answers[engine] (and returned or raised)."""
    try:
        answers[engine] = (True, read(*args))
    except Exception as exc:  # noqa: BLE001 - replayed as it was raised
        answers[engine] = (False, exc)
        raise
    return answers[engine][1]


@contextlib.contextmanager
def _replaying(answers: dict, args: tuple):
    """grid's three engines, while load_grids runs, answer what they answered in compare; each checks
    that load_grids passed the same arguments (the file's name, its bytes, the formulas flag)."""
    from selfeval_xl.reading import grid

    def engine(name):
        def replay(*called):
            assert called == args, f"load_grids called the {name} engine with other arguments"
            ok, value = answers[name]
            if not ok:
                raise value
            return value
        return replay

    saved = {name: getattr(grid, f"_load_{name}") for name in answers}
    try:
        for name in answers:
            setattr(grid, f"_load_{name}", engine(name))
        yield
    finally:
        for name, real in saved.items():
            setattr(grid, f"_load_{name}", real)


def lite_reads(path: Path) -> bool:
    """True when the lite reader reads `path` itself (compare checks that it reads it alike)."""
    data, formulas = _guard(path)
    return _load_lite(path.name, data, formulas) is not None


def write(tmp_path: Path, data: bytes, name: str = "工作簿.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------------------------
# A workbook written part by part
# --------------------------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="0.0%"/>
<numFmt numFmtId="167" formatCode="0.00"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="12">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="{{border}}" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>
</styleSheet>"""

STRINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="9" uniqueCount="9">
<si><t>一级指标</t></si>
<si><t xml:space="preserve">  前后有空格  </t></si>
<si><r><t>富</t></r><r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/></rPr><t>文本</t></r></si>
<si><t>汉字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="0" type="noConversion"/></si>
<si><t>换行_x000D_x005F_x000A_</t></si>
<si><t/></si>
<si><t>≥90%</t></si>
<si><t>&lt;&amp;&gt;&#x4E2D;&#25991;</t></si>
<si><r><t xml:space="preserve">前 </t></r><r><t>后</t></r><rPh sb="0" eb="1"><t>まえ</t></rPh></si>
</sst>"""

SHEET_HEAD = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}" xmlns:r="{REL}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">
<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:J40"/>
<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
<selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>
<sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.15"/>"""

SHEET_TAIL = """<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
<pageSetup paperSize="9" orientation="landscape"/></worksheet>"""

MAIN_SHEET = """<cols><col min="1" max="1" width="14.625" customWidth="1"/><col min="2" max="4" width="9"/>
<col min="6" max="6" style="4"/><col min="8" max="8" width="0" hidden="1"/></cols>
<sheetData>
<row r="1" spans="1:9" ht="30" customHeight="1" x14ac:dyDescent="0.15">
 <c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>
 <c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>7</v></c><c r="H1" t="s"><v>8</v></c>
 <c r="I1" t="s" s="6"><v>6</v></c></row>
<row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>5.5</v></c><c r="C2"><v>1E3</v></c><c r="D2"><v> 7 </v></c>
 <c r="E2"><v>-0</v></c><c r="F2"><v>-0.0</v></c><c r="G2" s="4"><v>0.98</v></c><c r="H2" s="5"><v>1.5E-2</v></c>
 <c r="I2" s="9"><v>12345678901234567890</v></c><c r="J2"><v>1e400</v></c></row>
<row r="3"><c r="A3" s="1"><v>44197</v></c><c r="B3" s="2"><v>44561.5</v></c><c r="C3" s="3"><v>1.25</v></c>
 <c r="D3" s="7"><v>44197.75</v></c><c r="E3" s="8"><v>0.5</v></c><c r="F3" s="1"><v>30</v></c>
 <c r="G3" s="1"><v>99999999</v></c><c r="H3" s="10"><v>2.5</v></c><c r="I3" s="1"><v>0</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c>
 <c r="D4" t="str"><f>"文"&amp;"本"</f><v>文本</v></c><c r="E4" t="d"><v>2021-03-04T05:06:07</v></c>
 <c r="F4" t="e"><v>#N/A</v></c><c r="G4" t="inlineStr"><is><t>行内</t></is></c>
 <c r="H4" t="inlineStr"><is><r><t>行</t></r><r><rPr><i/></rPr><t>内富</t></r></is></c>
 <c r="I4" t="inlineStr"><is><t>読み</t><rPh sb="0" eb="1"><t>よ</t></rPh></is></c>
 <c r="J4" t="inlineStr"><is/></c></row>
<row r="5"><c r="A5"><f>SUM(A2:C2)</f><v>1010.5</v></c><c r="B5"><f>A5*2</f></c>
 <c r="C5" t="str"><f>IF(A5&gt;0,"是","否")</f><v>是</v></c><c r="D5"><f></f><v>1</v></c></row>
<row r="10"><c r="B10"><f t="shared" ref="B10:D12" si="0">A10+$A$1*2</f><v>3</v></c>
 <c r="C10"><f t="shared" si="0"/><v>4</v></c><c r="D10"><f t="shared" si="0"/></c></row>
<row r="11"><c r="B11"><f t="shared" si="0"/><v>5</v></c><c r="C11"><f t="shared" si="1"/><v>6</v></c>
 <c r="D11"><f t="shared" ref="D11:D12" si="2">SUM(A1:C1)/COUNT(1:1)</f><v>7</v></c></row>
<row r="12"><c r="B12"><f t="shared" si="0"/><v>8</v></c><c r="D12"><f t="shared" si="2"/><v>9</v></c></row>
<row r="14"><c r="A14" t="inlineStr"><is><t>甲</t></is></c><c t="inlineStr"><is><t>无r的乙</t></is></c><c><v>3</v></c>
 <c r="F14"><v>6</v></c><c><v>7</v></c></row>
<row><c t="inlineStr"><is><t>无r行</t></is></c><c r="C15"><v>1</v></c></row>
<row><c><v>16</v></c></row>
<row r="18"><c r="A18" t="inlineStr"><is><t>合并</t></is></c><c r="B18" t="inlineStr"><is><t>被覆盖</t></is></c>
 <c r="C18" s="4"/><c r="D18"><v>4</v></c><c r="E18"/></row>
<row r="19" hidden="1"><c r="A19" s="4"><v>1</v></c><c r="C19" s="4"><v>2</v></c><c r="D19" s="4"/></row>
<row r="20"><c r="A20" t="inlineStr"><is><t>重复</t></is></c><c r="A20"><v>2</v></c><c r="B20"><v/></c>
 <c r="C20" t="s"><v></v></c><c r="D20" s="6" t="inlineStr"><is><t xml:space="preserve">   </t></is></c>
 <c r="E20" t="n"><v>0.30000000000000004</v></c><c r="F20" t="inlineStr"><is><t>9月前</t></is></c></row>
<row r="21"><c r="A21" t="inlineStr"><is><t>&lt;b&gt; &amp;amp; &#x263A; &#12354;</t></is></c>
 <c r="B21" t="inlineStr"><is><t>第一行
第二行	制表</t></is></c><c r="C21" t="s"><v>3</v></c></row>
<row r="40"><c r="J40" s="4"/></row>
</sheetData>
<mergeCells count="5"><mergeCell ref="A18:B19"/><mergeCell ref="D18:E18"/><mergeCell ref="B18:C18"/>
<mergeCell ref="G18:H19"/><mergeCell ref="A30:B31"/></mergeCells>
<conditionalFormatting sqref="A2:J2"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>
<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A16:A20"><formula1>"是,否"</formula1></dataValidation></dataValidations>
"""

SMALL_SHEET = """<sheetData><row r="1"><c r="A1" t="s"><v>6</v></c><c r="B1" s="1"><v>1</v></c></row></sheetData>
"""


def handmade(sheets=None, *, date1904=False, border=0, strings=STRINGS, styles=None, states=("visible", "hidden",
             "veryHidden"), absolute=True) -> bytes:
    """A workbook written part by part: three sheets (the second hidden, the third very hidden), the
    first in a part with an odd name behind a relative target when `absolute` is False."""
    sheets = sheets or [MAIN_SHEET, SMALL_SHEET, SMALL_SHEET]
    names = ["申报表", "资金执行情况", "隐藏的表"][:len(sheets)]
    parts = ["worksheets/sheet1.xml" if absolute else "worksheets/申报_part.xml"] + \
            [f"worksheets/sheet{i}.xml" for i in range(2, len(sheets) + 1)]
    ct = "".join(f'<Override PartName="/xl/{p}" ContentType="{CT}.worksheet+xml"/>' for p in parts)
    content_types = (f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     f'<Default Extension="xml" ContentType="application/xml"/>'
                     f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                     f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
                     + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
                        if strings is not None else "") + ct + "</Types>")
    root_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    sheet_els = "".join(f'<sheet name="{n}" sheetId="{i}" state="{states[i - 1]}" r:id="rId{i}"/>'
                        for i, n in enumerate(names, start=1))
    epoch = ' date1904="1"' if date1904 else ""
    workbook = (f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr{epoch}/>'
                f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheet_els}</sheets>'
                f'<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">申报表!$1:$1</definedName>'
                f'</definedNames><calcPr calcId="191029"/></workbook>')
    rels = []
    for i, p in enumerate(parts, start=1):
        target = f"/xl/{p}" if absolute else p
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="{target}"/>')
    n = len(parts)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>')
    if strings is not None:
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    wb_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(rels) + "</Relationships>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        z.writestr("xl/styles.xml", styles if styles is not None else STYLES.replace("{border}", str(border)))
        if strings is not None:
            z.writestr("xl/sharedStrings.xml", strings)
        for p, body in zip(parts, sheets):
            z.writestr(f"xl/{p}", body if body.lstrip().startswith("<?xml") or "<worksheet" in body
                       else SHEET_HEAD + body + SHEET_TAIL)
    return out.getvalue()


def test_the_handmade_workbook_is_read_by_openpyxl_with_what_it_was_written_for(tmp_path):
    path = write(tmp_path, handmade())
    grids = load_grids(path, engine="openpyxl")
    assert [g.name for g in grids] == ["申报表", "资金执行情况", "隐藏的表"]
    assert [g.hidden for g in grids] == [False, True, True]
    g = grids[0]
    assert g.raw(1, 3).value == "富文本" and g.raw(1, 4).value == "汉字" and g.raw(1, 8).value == "前 后"
    assert g.raw(2, 1).value == 5 and type(g.raw(2, 2).value) is float and g.raw(2, 3).value == 1000.0
    assert g.raw(3, 1).value == dt.datetime(2021, 1, 1) and g.raw(3, 5).value == dt.time(12, 0)
    assert g.raw(3, 3).value == dt.timedelta(hours=30)
    assert g.raw(4, 3).value == "#DIV/0!" and g.raw(4, 3).formula == "=1/0"
    assert g.raw(5, 2).uncached and g.raw(5, 2).formula == "=A5*2"
    assert g.raw(11, 2).formula == "=A11+$A$1*2" and g.raw(12, 4).formula == "=SUM(A2:C2)/COUNT(2:2)"
    assert g.raw(14, 2).value == "无r的乙" and g.raw(15, 1).value == "无r行" and g.raw(16, 1).value == 16
    assert g.raw(18, 2) is None and (18, 1, 19, 2) in g.merged and (18, 2, 18, 3) in g.dropped_merges
    assert g.col_widths[1] == 14.625 and g.col_widths[6] == 13.0


# --------------------------------------------------------------------------------------------
# The shipped workbooks, the real tables, xlsxwriter and openpyxl
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_workbooks_read_alike_by_the_fast_reader(path):
    assert compare(path)
    assert lite_reads(path)         # and the lite reader reads every one of them itself


def test_real_tables_read_alike_by_the_fast_reader(tmp_path):
    from realforms import all_tables, build

    before = LITE["read"]
    tables = all_tables()
    for table in tables:
        assert compare(build(table, tmp_path)), table.slug
    assert LITE["read"] - before == len(tables)        # openpyxl-written: all read by the lite reader


ROWS = [("产出指标", "数量指标", "完成数", "≥90%", "%", "95%", 10, 9.5, None),
        ("效益指标", "社会效益", "群众满意", "=100%", None, "基本达成", 5, 4, "原因"),
        ("满意度指标", None, "满意度", 0.9, "%", 0.95, 5.0, 5, None)]


def test_xlsxwriter_workbooks_read_alike_by_the_fast_reader(tmp_path):
    import xlsxwriter

    assert compare(make_workbook_xlsxwriter(tmp_path / "xw.xlsx", ROWS))
    path = tmp_path / "特性.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    ws = wb.add_worksheet("整体绩效目标申报表")
    bold, pct = wb.add_format({"bold": True, "border": 1}), wb.add_format({"num_format": "0.00%"})
    date, custom = wb.add_format({"num_format": "yyyy-mm-dd"}), wb.add_format({"num_format": '"≥"0%'})
    ws.set_column(0, 0, 20)
    ws.set_column(2, 4, 12, bold)
    ws.set_row(3, 40)
    ws.merge_range("A1:E1", "部门（单位）整体绩效目标申报表", bold)
    ws.write_string(1, 0, "年度")
    ws.write_number(1, 1, 2021)
    ws.write_number(2, 1, 0.985, pct)
    ws.write_datetime(3, 1, dt.datetime(2021, 12, 31, 8, 30), date)
    ws.write_number(4, 1, 0.9, custom)
    ws.write_boolean(5, 1, True)
    ws.write_formula(6, 1, "=B2+1", None, 2022)
    ws.write_formula(7, 1, "=1/0", None, "#DIV/0!")
    ws.write_formula(8, 1, '="是"&"否"', None, "是否")
    ws.write_formula(9, 1, "=B2*2")
    ws.write_rich_string(10, 1, "普通", bold, "加粗", "普通")
    ws.write_string(11, 1, "  前后空格  ")
    ws.write_blank(12, 1, None, bold)
    ws.data_validation("C2:C9", {"validate": "list", "source": ["是", "否"]})
    ws.conditional_format("B2:B9", {"type": "cell", "criteria": ">", "value": 1, "format": bold})
    ws.freeze_panes(1, 0)
    ws.add_table("G2:H4", {"columns": [{"header": "名称"}, {"header": "金额"}], "data": [["甲", 1], ["乙", 2]]})
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "=整体绩效目标申报表!$B$2:$B$5"})
    ws.insert_chart("J2", chart)
    hidden = wb.add_worksheet("资金执行情况")
    hidden.write_string(0, 0, "全年预算数")
    hidden.write_number(0, 1, 100)
    hidden.hide()
    wb.add_worksheet("空表")
    sheet_chart = wb.add_chart({"type": "line"})
    sheet_chart.add_series({"values": "=整体绩效目标申报表!$B$2:$B$5"})
    wb.add_chartsheet("图表").set_chart(sheet_chart)
    wb.add_worksheet("图表之后")
    wb.close()
    assert compare(path)
    assert [g.name for g in load_grids(path)] == ["整体绩效目标申报表", "资金执行情况", "空表", "图表之后"]


def test_xlsxwriter_1904_workbook_reads_alike(tmp_path):
    import xlsxwriter

    path = tmp_path / "1904.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"date_1904": True})
    ws = wb.add_worksheet()
    ws.write_datetime(0, 0, dt.datetime(2021, 1, 1), wb.add_format({"num_format": "yyyy-mm-dd"}))
    ws.write_number(1, 0, 100)
    wb.close()
    assert compare(path)
    assert load_grids(path)[0].raw(1, 1).value == dt.datetime(2021, 1, 1)


def test_openpyxl_workbooks_with_formulas_read_alike(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "整体绩效目标申报表"
    ws["A1"], ws["B1"], ws["C1"] = 1, 2.5, "=A1+B1"
    ws["A2"], ws["B2"] = dt.datetime(2021, 3, 4, 5, 6), dt.date(2021, 1, 2)
    ws["A3"], ws["B3"], ws["C3"] = dt.time(12, 30), dt.timedelta(days=2, hours=3), True
    ws["A4"] = "=SUM(A1:B1)"
    ws["B4"] = "=1/0"
    ws["A5"].number_format = "0.00%"
    ws["A5"] = 0.25
    ws.merge_cells("A7:C8")
    ws["A7"] = "合并"
    ws.column_dimensions["B"].width = 30
    other = wb.create_sheet("隐藏")
    other["A1"] = "x"
    other.sheet_state = "hidden"
    very = wb.create_sheet("深藏")
    very["A1"] = "y"
    very.sheet_state = "veryHidden"
    path = tmp_path / "公式.xlsx"
    wb.save(path)
    assert compare(path)
    grid = load_grids(path)[0]
    assert grid.raw(1, 3).formula == "=A1+B1" and grid.raw(1, 3).uncached
    big = make_workbook(tmp_path / "大表.xlsx", [("产出指标", "二级", f"指标{i}", "≥90%", None, "95%")
                                                  for i in range(300)])
    assert compare(big)


# --------------------------------------------------------------------------------------------
# Handmade workbooks: every kind of cell, and the variants openpyxl reads its own way or refuses
# --------------------------------------------------------------------------------------------

def test_handmade_workbooks_read_alike_by_the_fast_reader(tmp_path):
    assert compare(write(tmp_path, handmade()))
    assert compare(write(tmp_path, handmade(absolute=False), "相对路径.xlsx"))
    assert compare(write(tmp_path, handmade(date1904=True), "1904.xlsx"))
    inline = SMALL_SHEET.replace('t="s"><v>6</v>', 't="inlineStr"><is><t>x</t></is>')
    assert compare(write(tmp_path, handmade([inline], strings=None), "无共享字符串.xlsx"))
    assert load_grids(write(tmp_path, handmade(date1904=True), "1904b.xlsx"))[0].raw(3, 1).value == \
        dt.datetime(2025, 1, 2)


PLAIN_STYLES = STYLES.replace("{border}", "0").replace('<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>', '')


def _plain_sheet() -> str:
    """MAIN_SHEET without what the lite reader hands over: a conditional format, an ISO date cell,
    shared formulas, rows and cells without r."""
    main = re.sub(r'<conditionalFormatting.*?</conditionalFormatting>', '', MAIN_SHEET, flags=re.S)
    main = main.replace('<c r="E4" t="d"><v>2021-03-04T05:06:07</v></c>', '')
    main = re.sub(r'<row r="1[0-2]">.*?</row>\s*', '', main, flags=re.S)
    return re.sub(r'<row r="14">.*?</row>\s*<row>.*?</row>\s*<row>.*?</row>\s*', '', main, flags=re.S)


def test_the_lite_reader_reads_plain_handmade_workbooks_itself(tmp_path):
    """Rich text, phonetic runs, inline strings, dates and durations in both epochs, booleans,
    errors, formulas with and without a cached value, merged ranges over values, hidden sheets."""
    plain = _plain_sheet()
    for i, kwargs in enumerate([{}, {"date1904": True}, {"absolute": False}, {"border": 1}]):
        path = write(tmp_path, handmade([plain, SMALL_SHEET, SMALL_SHEET], styles=PLAIN_STYLES, **kwargs),
                     f"plain{i}.xlsx")
        assert compare(path) and lite_reads(path), kwargs
    grid = load_grids(path)[0]
    assert grid.raw(1, 3).value == "富文本" and grid.raw(3, 3).value == dt.timedelta(hours=30)
    assert grid.raw(5, 2).uncached and grid.raw(5, 2).formula == "=A5*2"
    # what it hands over, read by the next engine
    for i, body in enumerate([MAIN_SHEET, plain.replace('<c r="J40" s="4"/>', '<c r="J40" t="d"><v>2021-01-01</v></c>'),
                              plain.replace('<row r="40">', '<row>'),
                              plain.replace('<c r="A5"><f>', '<c r="A5"><f t="shared" ref="A5:A6" si="0">')]):
        path = write(tmp_path, handmade([body, SMALL_SHEET], styles=PLAIN_STYLES), f"handed{i}.xlsx")
        compare(path)
        assert not lite_reads(path), i


def test_the_lite_readers_builtin_formats_are_openpyxls():
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    from selfeval_xl.reading import xlsx_lite

    assert xlsx_lite.BUILTIN_FORMATS == BUILTIN_FORMATS
    assert xlsx_lite.BUILTIN_FORMATS_MAX_SIZE == BUILTIN_FORMATS_MAX_SIZE


def _main(old: str, new: str) -> str:
    assert old in MAIN_SHEET, old
    return MAIN_SHEET.replace(old, new, 1)


# (id, the main sheet, who reads it: the fast reader itself, or openpyxl after the hand-over)
VARIANTS = [
    ("row-zero", _main('<c r="J40" s="4"/>', '<c r="J0"><v>1</v></c>'), "fast"),
    ("row-number-as-float", _main('<row r="40">', '<row r="40.0">'), "fast"),
    ("row-number-fraction", _main('<row r="40">', '<row r="40.5">'), "openpyxl"),
    ("lowercase-ref", _main('<c r="J40" s="4"/>', '<c r="j40"><v>1</v></c>'), "fast"),
    ("ref-with-dollar", _main('<c r="J40" s="4"/>', '<c r="$J$40"><v>1</v></c>'), "openpyxl"),
    ("leading-zero-ref", _main('<c r="J40" s="4"/>', '<c r="J040"><v>1</v></c>'), "fast"),
    ("style-with-spaces", _main('<c r="J40" s="4"/>', '<c r="J40" s=" 4 "><v>1</v></c>'), "fast"),
    ("empty-style", _main('<c r="J40" s="4"/>', '<c r="J40" s=""><v>1</v></c>'), "openpyxl"),
    ("negative-style", _main('<c r="J40" s="4"/>', '<c r="J40" s="-1"><v>1</v></c>'), "fast"),
    ("style-out-of-range", _main('<c r="J40" s="4"/>', '<c r="J40" s="99"><v>1</v></c>'), "openpyxl"),
    ("string-index-out-of-range", _main('<c r="J40" s="4"/>', '<c r="J40" t="s"><v>99</v></c>'), "openpyxl"),
    ("negative-string-index", _main('<c r="J40" s="4"/>', '<c r="J40" t="s"><v>-1</v></c>'), "fast"),
    ("not-a-number", _main('<c r="J40" s="4"/>', '<c r="J40"><v>abc</v></c>'), "openpyxl"),
    ("nan", _main('<c r="J40" s="4"/>', '<c r="J40"><v>NaN</v></c>'), "openpyxl"),
    ("digit-separator", _main('<c r="J40" s="4"/>', '<c r="J40"><v>1_000</v></c>'), "fast"),
    ("bad-boolean", _main('<c r="J40" s="4"/>', '<c r="J40" t="b"><v>true</v></c>'), "openpyxl"),
    ("bad-iso-date", _main('<c r="J40" s="4"/>', '<c r="J40" t="d"><v>2021-13-45</v></c>'), "openpyxl"),
    ("unknown-type", _main('<c r="J40" s="4"/>', '<c r="J40" t="x"><v>文本</v></c>'), "fast"),
    ("date-out-of-range", _main('<c r="J40" s="4"/>', '<c r="J40" s="1"><v>1e10</v></c>'), "fast"),
    ("negative-date", _main('<c r="J40" s="4"/>', '<c r="J40" s="1"><v>-5</v></c>'), "fast"),
    ("huge-number", _main('<c r="J40" s="4"/>', '<c r="J40"><v>' + "9" * 5000 + '</v></c>'), "openpyxl"),
    ("long-digit-text", _main('<c r="J40" s="4"/>', '<c r="J40" t="inlineStr"><is><t>≥' + "9" * 4100
                              + '</t></is></c>'), "openpyxl"),
    ("shared-formula-without-ref", _main('<c r="C10"><f t="shared" si="0"/>', '<c><f t="shared" si="0"/>'), "fast"),
    ("shared-formula-out-of-range", _main('<f t="shared" ref="B10:D12" si="0">A10+$A$1*2</f>',
                                          '<f t="shared" ref="B10:D12" si="0">A1-B9</f>'), "fast"),
    ("bad-formula", _main('<c r="B10"><f t="shared" ref="B10:D12" si="0">A10+$A$1*2</f>',
                          '<c r="B10"><f t="shared" ref="B10:D12" si="0">SUM((A1</f>'), "fast"),
    ("formula-in-inline-string-cell", _main('<c r="G4" t="inlineStr"><is><t>行内</t></is></c>',
                                            '<c r="G4" t="inlineStr"><f>1+1</f><is><t>行内</t></is></c>'), "fast"),
    ("inline-string-with-attribute", _main('<c r="G4" t="inlineStr"><is><t>行内</t></is></c>',
                                           '<c r="G4" t="inlineStr"><is foo="1"><t>行内</t></is></c>'), "openpyxl"),
    ("two-v", _main('<c r="A2"><v>5</v></c>', '<c r="A2"><v>5</v><v>6</v></c>'), "fast"),
    ("unknown-cell-attribute", _main('<c r="A2"><v>5</v></c>', '<c r="A2" cm="1" vm="2"><v>5</v></c>'), "fast"),
    ("merge-over-a-value", _main('<mergeCell ref="A30:B31"/>', '<mergeCell ref="A2:C2"/>'), "fast"),
    ("reversed-merge", _main('<mergeCell ref="A30:B31"/>', '<mergeCell ref="B31:A30"/>'), "openpyxl"),
    ("bad-merge", _main('<mergeCell ref="A30:B31"/>', '<mergeCell ref="A30:"/>'), "openpyxl"),
    ("duplicate-merge", _main('<mergeCell ref="A30:B31"/>', '<mergeCell ref="A18:B19"/>'), "fast"),
    ("col-without-min", _main('<col min="2" max="4" width="9"/>', '<col max="4" width="9"/>'), "openpyxl"),
    ("col-out-of-range", _main('<col min="2" max="4" width="9"/>', '<col min="20000" max="20000" width="9"/>'), "openpyxl"),
    ("col-bad-width", _main('<col min="2" max="4" width="9"/>', '<col min="2" max="4" width="9x"/>'), "openpyxl"),
    ("col-unknown-attribute", _main('<col min="2" max="4" width="9"/>', '<col min="2" max="4" wide="9"/>'), "openpyxl"),
    ("col-bad-style", _main('<col min="6" max="6" style="4"/>', '<col min="6" max="6" style="40"/>'), "openpyxl"),
    ("row-bad-height", _main('<row r="1" spans="1:9" ht="30"', '<row r="1" spans="1:9" ht="高"'), "openpyxl"),
    ("row-unknown-attribute", _main('<row r="19" hidden="1">', '<row r="19" tall="1">'), "fast"),
    ("row-bad-style", _main('<row r="19" hidden="1">', '<row r="19" s="50" customFormat="1">'), "openpyxl"),
    ("row-in-a-strange-place", _main('<row r="40">', '<extLst><row r="39"><c r="A39"><v>1</v></c></row></extLst><row r="40">'), "fast"),
    ("element-in-a-row", _main('<row r="40"><c r="J40" s="4"/>', '<row r="40"><c r="J40" s="4"/><x/>'), "openpyxl"),
    ("element-in-a-cell", _main('<c r="A2"><v>5</v></c>', '<c r="A2"><v>5</v><extLst/></c>'), "openpyxl"),
    ("array-formula", _main('<c r="A5"><f>SUM(A2:C2)</f>', '<c r="A5"><f t="array" ref="A5">SUM(A2:C2)</f>'), "openpyxl"),
    ("data-table-formula", _main('<c r="A5"><f>SUM(A2:C2)</f>', '<c r="A5"><f t="dataTable" ref="A5" dt2D="0">SUM(A2:C2)</f>'), "openpyxl"),
    ("hyperlink", _main('<conditionalFormatting', '<hyperlinks><hyperlink ref="E18" location="资金执行情况!A1"/></hyperlinks>'
                        '<conditionalFormatting'), "openpyxl"),
    ("bad-page-margins", MAIN_SHEET + '<pageMargins left="左" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', "openpyxl"),
    ("bad-data-validation", _main('type="list" allowBlank="1"', 'type="列表" allowBlank="1"'), "openpyxl"),
    ("bad-conditional-format", _main('dxfId="0" priority="1"', 'dxfId="5" priority="1"'), "openpyxl"),
    ("comment-in-the-xml", _main('<row r="40">', '<!-- 注释 --><row r="40">'), "fast"),
    ("cdata", _main('<c r="G4" t="inlineStr"><is><t>行内</t></is></c>',
                    '<c r="G4" t="inlineStr"><is><t><![CDATA[<行内>]]></t></is></c>'), "fast"),
    ("not-well-formed", _main('<row r="40">', '<row r="40"><c>'), "openpyxl"),
    ("undefined-entity", _main('<t>行内</t>', '<t>&nbsp;行内</t>'), "openpyxl"),
    ("unknown-namespace-element", _main('<row r="40">', '<x:y xmlns:x="urn:x"><row r="39"/></x:y><row r="40">'), "fast"),
    ("prefixed-main-namespace", _main('<row r="40"><c r="J40" s="4"/></row>',
                                      f'<m:row xmlns:m="{MAIN}" r="40"><m:c r="J40"><m:v>1</m:v></m:c></m:row>'), "fast"),
    ("cell-outside-a-row", _main('<row r="40">', '<c r="A39"><v>1</v></c><row r="40">'), "fast"),
]


# an exhaustive list of the XML's oddities: every third in the quick run, all in CI
@pytest.mark.parametrize("sheet, reader", quick_few([pytest.param(*v[1:], id=v[0]) for v in VARIANTS]))
def test_handmade_variants_read_alike(tmp_path, sheet, reader):
    used = compare(write(tmp_path, handmade([sheet, SMALL_SHEET, SMALL_SHEET])))
    assert ("fast" if used else "openpyxl") == reader


CORNERS = _main('<row r="40"><c r="J40" s="4"/></row>', '<row r="40"><c r="G40" s="11"/><c r="J40" s="11"><v>1</v></c>'
              '</row><row r="41"><c r="A41" s="11"/></row>').replace('<mergeCell ref="A30:B31"/>',
              '<mergeCell ref="G40:J40"/><mergeCell ref="H40:J41"/><mergeCell ref="A41:B42"/>')

# (id, keyword arguments of handmade, who reads it)
WORKBOOK_VARIANTS = [
    # openpyxl copies the borders of a merged range's corner cells when both are stored
    ("merge-corner-with-a-bad-border", {"border": 7, "sheets": [CORNERS, SMALL_SHEET]}, "openpyxl"),
    ("merge-corner-with-a-negative-border", {"border": -1, "sheets": [CORNERS, SMALL_SHEET]}, "fast"),
    ("merge-corner-with-a-good-border", {"border": 1, "sheets": [CORNERS, SMALL_SHEET]}, "fast"),
    ("nested-shared-string", {"strings": STRINGS.replace("<si><t/></si>", "<si><si><t>里</t></si><t>外</t></si>")}, "openpyxl"),
    ("shared-string-with-an-attribute", {"strings": STRINGS.replace("<si><t/></si>", '<si t="属性"><t>值</t></si>')}, "fast"),
    ("shared-string-bad-phonetic", {"strings": STRINGS.replace('<rPh sb="0" eb="2">', '<rPh sb="零" eb="2">')}, "openpyxl"),
    ("shared-string-bad-run-font", {"strings": STRINGS.replace('<sz val="11"/>', '<sz val="大"/>')}, "openpyxl"),
    ("shared-strings-in-utf16", {"strings": STRINGS.replace('encoding="UTF-8"', 'encoding="UTF-16"')}, "openpyxl"),
    ("shared-strings-wrapped", {"strings": STRINGS.replace("<si><t>一级指标</t></si>",
                                                           "<x><si><t>一级指标</t></si></x>")}, "fast"),
    ("no-styles", {"styles": f'<styleSheet xmlns="{MAIN}"/>'}, "openpyxl"),
    ("custom-format-missing", {"styles": STYLES.replace("{border}", "0").replace(
        '<numFmt numFmtId="167" formatCode="0.00"/>', '')}, "openpyxl"),
    ("bad-style-sheet", {"styles": STYLES.replace("{border}", "0").replace('<sz val="11"/>', '<sz val="大"/>')}, "openpyxl"),
    ("bad-sheet-state", {"states": ("visible", "invisible", "veryHidden")}, "openpyxl"),
]


@pytest.mark.parametrize("kwargs, reader", [v[1:] for v in WORKBOOK_VARIANTS], ids=[v[0] for v in WORKBOOK_VARIANTS])
def test_handmade_workbook_variants_read_alike(tmp_path, kwargs, reader):
    used = compare(write(tmp_path, handmade(**kwargs)))
    assert ("fast" if used else "openpyxl") == reader


def test_workbook_level_parts_that_openpyxl_reads_its_own_way(tmp_path):
    base = handmade()
    cases = {
        "sheet-part-missing": rewrite_zip(base, {"xl/worksheets/sheet2.xml": None}),
        "rels-to-nowhere": rewrite_zip(base, {"xl/_rels/workbook.xml.rels": lambda b: b.replace(b'Id="rId2"', b'Id="rId9"')}),
        "strings-part-missing": rewrite_zip(base, {"xl/sharedStrings.xml": None}),
        "strings-not-in-content-types": rewrite_zip(base, {"[Content_Types].xml": lambda b: b.replace(
            b"sharedStrings+xml", b"other+xml")}),
        "comments": rewrite_zip(base, add={"xl/worksheets/_rels/sheet1.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/comments" Target="../comments1.xml"/></Relationships>'),
            "xl/comments1.xml": (f'<comments xmlns="{MAIN}"><authors><author>作者</author></authors><commentList>'
                                 f'<comment ref="Z99" authorId="0"><text><t>批注</t></text></comment>'
                                 f'</commentList></comments>')}),
        "duplicate-sheet-names": rewrite_zip(base, {"xl/workbook.xml": lambda b: b.replace(
            "资金执行情况".encode(), "申报表".encode())}),
        "sheet-name-with-slash": rewrite_zip(base, {"xl/workbook.xml": lambda b: b.replace(
            "资金执行情况".encode(), "资金/执行".encode())}),
    }
    used = {name: compare(write(tmp_path, data, f"{name}.xlsx")) for name, data in cases.items()}
    assert not used["comments"]


def test_the_fast_reader_hands_over_to_openpyxl_for_what_it_does_not_read(tmp_path):
    import xlsxwriter

    path = tmp_path / "链接与批注.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_url(0, 0, "https://example.com/", string="链接")
    ws.write_url(1, 1, "https://example.com/空")
    ws.write_comment(2, 2, "批注")
    ws.write_array_formula("D1:D2", "{=A1:A2}", None, 0)
    wb.close()
    assert not compare(path)


# --------------------------------------------------------------------------------------------
# The fuzz corpus
# --------------------------------------------------------------------------------------------

def _bases(tmp_path: Path) -> list[bytes]:
    """The workbooks whose parts the byte mutations damage, besides the seed."""
    return [handmade(), make_workbook_xlsxwriter(tmp_path / "xw.xlsx", ROWS).read_bytes()]


def _fuzz_chunk(seeds: list[int]) -> dict[str, int]:
    import tempfile

    sample = SEED.read_bytes()
    counts = {"fast": 0, "handed over": 0}
    lite_before = dict(LITE)
    with tempfile.TemporaryDirectory(prefix="selfeval-xlsx-") as tmp:
        tmp_path = Path(tmp)
        bases = _bases(tmp_path)
        for seed in seeds:
            data, what = make_case(seed, sample)
            cases = [(data, what)]
            rng = random.Random(seed)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cases += [mutate_bytes(rng, base) for base in bases]
            for i, (body, what) in enumerate(cases):
                path = write(tmp_path, body, f"fuzz-{seed}-{i}.xlsx")
                try:
                    used = compare(path)
                except AssertionError as exc:
                    raise AssertionError(f"seed {seed} case {i}: {what}: {str(exc)[:2000]}") from None
                counts["fast" if used else "handed over"] += 1
                path.unlink()
    counts.update({f"lite {k}": LITE[k] - lite_before[k] for k in LITE})
    return counts


def _fuzz(seeds: range, workers: int = 1) -> dict[str, int]:
    """Each seed: fuzzing.make_case of the seed sample, and the same byte mutations (mutate_bytes)
    of the two workbooks of _bases; `workers` forked processes share the seeds."""
    chunks = [list(seeds)[i::workers] for i in range(workers)]
    if workers == 1:
        parts = [_fuzz_chunk(chunks[0])]
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            parts = list(pool.map(_fuzz_chunk, chunks))
    return {k: sum(p[k] for p in parts) for k in ("fast", "handed over", "lite read", "lite handed over")}


@pytest.mark.slow                      # fuzzing: with the other 488 seeds, left out of the quick run
def test_fuzz_corpus_reads_alike_a_fast_subset():
    counts = _fuzz(range(0, 12))       # the other 488 seeds run in test_fuzz_corpus_reads_alike
    # both sides are reached: workbooks the fast reader reads, damaged ones it hands over
    assert counts["fast"] >= 6 and counts["handed over"] >= 12, counts
    assert counts["lite read"] >= 3 and counts["lite handed over"] >= 12, counts


@pytest.mark.slow
def test_fuzz_corpus_reads_alike():
    import os

    counts = _fuzz(range(12, 500), workers=os.cpu_count() or 1)
    assert counts["fast"] >= 250 and counts["handed over"] >= 500, counts
    assert counts["lite read"] >= 100 and counts["lite handed over"] >= 500, counts


# --------------------------------------------------------------------------------------------
# The engines, and threads
# --------------------------------------------------------------------------------------------

def test_load_grids_names_its_engines(tmp_path):
    with pytest.raises(ValueError):
        load_grids(SEED, engine="xlrd")
    assert snapshot(load_grids(SEED)) == snapshot(load_grids(SEED, engine="lite")) == \
        snapshot(load_grids(SEED, engine="fast")) == snapshot(load_grids(SEED, engine="openpyxl"))


@pytest.mark.parametrize("rounds", [2, pytest.param(5, marks=pytest.mark.slow)])
def test_threads_read_at_once_as_one_reads_alone(tmp_path, rounds):
    paths = [SEED, write(tmp_path, handmade()), make_workbook_xlsxwriter(tmp_path / "xw.xlsx", ROWS)]
    alone = [snapshot(load_grids(p)) for p in paths]
    results: dict = {}
    errors = []

    def read(i):
        try:
            for _ in range(rounds):
                for j, p in enumerate(paths):
                    results.setdefault((i, j), []).append(snapshot(load_grids(p)))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for (i, j), got in results.items():
        assert all(g == alone[j] for g in got)


def test_headings_of_the_helpers_are_read(tmp_path):
    grid = load_grids(make_workbook(tmp_path / "h.xlsx", ROWS))[0]
    assert [grid.value(5, c) for c in range(1, len(HEADINGS) + 1)] == HEADINGS
