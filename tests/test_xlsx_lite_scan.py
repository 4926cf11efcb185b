"""The sheetData scanner of the lite reader (xlsx_lite._scan_worksheet) against its tree walk.

The scanner reads the usual shapes of a worksheet's <sheetData> without building a tree of it; where
it is unsure it answers None and the whole part is parsed and walked by _Book.sheet_data as before.
Here every workbook is read both ways — with the scanner, and with the scanner turned off — and the
sheets must be identical (values with their types and reprs, formulas, number formats, cell order,
the counts, merged ranges and widths), or both ways must hand the file over.  The corpus: the samples
and templates, the real tables, the fuzz cases of the seed, hand-written shapes the scanner must read
or must leave to the tree, and random edits of sheetData text (references, white space, prefixes,
repeated attributes, comments, other elements …).
"""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from selfeval_xl.reading import xlsx_lite

from fuzzing import make_case
from helpers import QUICK_OR_ALL, quick_few, rewrite_zip

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"
SHIPPED = sorted((ROOT / "samples").glob("*.xlsx")) + sorted((ROOT / "workbook_templates").glob("*.xlsx"))
SHEET = "xl/worksheets/sheet1.xml"


def snapshot(sheets) -> list | None:
    if sheets is None:
        return None
    return [(s.title, s.hidden, [(rc, type(v[0]), repr(v[0]), v[1], v[2]) for rc, v in s.cells.items()],
             s.n_cells, s.merged, list(s.widths.items())) for s in sheets]


def both_ways(data: bytes, monkeypatch) -> tuple[list | None, int]:
    """The sheets read with the scanner (asserted equal to those read without it), and how many
    worksheets the scanner read itself."""
    real = xlsx_lite._scan_worksheet
    scanned = 0

    def counting(*args):
        nonlocal scanned
        root, cells = real(*args)
        scanned += cells is not None and args[-1]         # counted once: on the read with formulas
        return root, cells

    out = {}
    for formulas in (True, False):
        monkeypatch.setattr(xlsx_lite, "_scan_worksheet", counting)
        with_scanner = snapshot(xlsx_lite.read_sheets(data, formulas))
        monkeypatch.setattr(xlsx_lite, "_scan_worksheet", lambda *args: (None, None))
        tree_only = snapshot(xlsx_lite.read_sheets(data, formulas))
        monkeypatch.setattr(xlsx_lite, "_scan_worksheet", real)
        assert with_scanner == tree_only
        out[formulas] = with_scanner
    return out[True], scanned


def with_sheet(text_of, base: bytes | None = None) -> bytes:
    """The seed (or `base`) with its first worksheet's text rewritten by text_of(old text)."""
    return rewrite_zip(SEED.read_bytes() if base is None else base,
                       {SHEET: lambda old: text_of(old.decode("utf-8")).encode("utf-8")})


def test_shipped_workbooks_are_scanned_and_read_alike(monkeypatch):
    for path in SHIPPED:
        sheets, scanned = both_ways(path.read_bytes(), monkeypatch)
        assert sheets is not None and scanned == len(sheets), path.name


def test_real_tables_read_alike(tmp_path, monkeypatch):
    from realforms import all_tables, build

    for table in all_tables():
        both_ways(build(table, tmp_path).read_bytes(), monkeypatch)




@QUICK_OR_ALL
def test_fuzz_cases_read_alike(monkeypatch, share):
    sample = SEED.read_bytes()
    for seed in range(40 // share):
        data, _ = make_case(seed, sample)
        both_ways(data, monkeypatch)


# the shapes the scanner reads itself: (old, new) in the seed's first worksheet
SCANNED = {
    "character references": ('<t>年度</t>', '<t>&#24180;&#x5EA6;&amp;&lt;&gt;&quot;&apos;&#13;&#10;</t>'),
    "formula and value": ('<c r="B2" s="3" t="n"><v>2021</v></c>',
                          '<c r="B2" s="3"><f>SUM(A1:A2)&amp;""</f><v>2021</v></c>'),
    "formula, no value": ('<c r="B2" s="3" t="n"><v>2021</v></c>', '<c r="B2" s="3"><f ca="1">NOW()</f><v/></c>'),
    "attributes in another order": ('<c r="B2" s="3" t="n">', "<c t='n'  s = \"3\"\tr=\"B2\" >"),
    "preserved space": ('<t>年度</t>', '<t xml:space="preserve"> 年度 </t>'),
    "white space between elements": ('<c r="B2" s="3" t="n"><v>2021</v></c>',
                                     '<c r="B2" s="3" t="n">\n  <v>2021</v>\n</c>\n'),
    "row attributes": ('<row r="2">', '<row spans="1:9" r="2" ht="20.5" customHeight="1" hidden="0">'),
    "empty row": ('<row r="2">', '<row r="3" hidden="1"/><row r="2">'),
    "a string, a boolean, an error": ('<c r="B2" s="3" t="n"><v>2021</v></c>',
                                      '<c r="B2" t="str"><v>a&amp;b</v></c><c r="J2" t="b"><v>1</v></c>'
                                      '<c r="K2" t="e"><v>#N/A</v></c>'),
}
# the root that Excel writes declares the prefix of a row's x14ac:dyDescent
EXCEL_ROOT = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
              'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">')
# the shapes it leaves to the tree (which may read them, or hand the file over)
UNSURE = {
    "comment": ('<row r="2">', '<!-- a note --><row r="2">'),
    "processing instruction": ('<row r="2">', '<?pi x?><row r="2">'),
    "CDATA": ('<t>年度</t>', '<t><![CDATA[年度]]></t>'),
    "carriage return": ('<t>年度</t>', '<t>年\r\n度</t>'),
    "control character": ('<t>年度</t>', '<t>年\x01度</t>'),
    "U+FFFE": ('<t>年度</t>', '<t>年\ufffe度</t>'),
    "]]>": ('<t>年度</t>', '<t>年]]>度</t>'),
    "reference to no character": ('<t>年度</t>', '<t>&#0;</t>'),
    "surrogate reference": ('<t>年度</t>', '<t>&#xD800;</t>'),
    "upper-case X reference": ('<t>年度</t>', '<t>&#X41;</t>'),
    "entity of no name": ('<t>年度</t>', '<t>&nbsp;</t>'),
    "bare ampersand": ('<t>年度</t>', '<t>a & b</t>'),
    "reference in an attribute": ('<c r="B2" s="3" t="n">', '<c r="&#66;2" s="3" t="n">'),
    "line feed in an attribute": ('<c r="B2" s="3" t="n">', '<c r="B2" s="3" t="n" cm="\n">'),
    "unknown cell attribute": ('<c r="B2" s="3" t="n">', '<c r="B2" s="3" t="n" foo="1">'),
    "unknown row attribute": ('<row r="2">', '<row r="2" foo="1">'),
    "repeated attribute": ('<c r="B2" s="3" t="n">', '<c r="B2" s="3" t="n" s="2">'),
    "repeated row number": ('<row r="2">', '<row r="2" r="3">'),
    "undeclared prefix": ('<row r="2">', '<row r="2" x14ac:dyDescent="0.25">'),
    "namespace on a cell": ('<c r="B2" s="3" t="n">', '<c xmlns="urn:x" r="B2" s="3" t="n">'),
    "prefix declared on a row": ('<row r="2">', '<row xmlns:a="urn:a" a:b="1" r="2">'),
    "value before formula": ('<c r="B2" s="3" t="n"><v>2021</v></c>', '<c r="B2" s="3"><v>2021</v><f>1+1</f></c>'),
    "two values": ('<c r="B2" s="3" t="n"><v>2021</v></c>', '<c r="B2" s="3"><v>1</v><v>2</v></c>'),
    "rich inline text": ('<is><t>年度</t></is>', '<is><r><t>年</t></r><r><t>度</t></r></is>'),
    "shared formula": ('<c r="B2" s="3" t="n"><v>2021</v></c>',
                       '<c r="B2" s="3"><f t="shared" ref="B2:B3" si="0">1+1</f><v>2</v></c>'),
    "end tag with space": ('<c r="B2" s="3" t="n"><v>2021</v></c>', '<c r="B2" s="3" t="n"><v>2021</v ></c>'),
    "prefixed sheetData": ('<sheetData>', '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/'
                                          '2006/main">'),
    "unknown type": ('<c r="B2" s="3" t="n">', '<c r="B2" s="3" t="d">'),
    "style out of range": ('<c r="B2" s="3" t="n">', '<c r="B2" s="999" t="n">'),
}


def test_a_sheet_data_not_a_child_of_the_root_is_left_to_the_tree(monkeypatch):
    """Inside an extension of another default namespace (prefixes of its own): not the sheet's cells."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def edit(text: str) -> str:
        start, end = text.index("<sheetData>"), text.index("</sheetData>") + len("</sheetData>")
        data = text[start:end]
        ext = f'<extLst><ext uri="urn:x"><o xmlns="urn:o" xmlns:x14ac="urn:y">{data}</o></ext></extLst>'
        text = text[:start] + f'<x:sheetData xmlns:x="{main}"/>' + text[end:]
        return text.replace("</worksheet>", ext + "</worksheet>")
    data = with_sheet(edit)
    both_ways(data, monkeypatch)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        src = z.read(SHEET)
    assert xlsx_lite._scan_worksheet(src, [], ["General"] * 64, set(), set(), xlsx_lite.WINDOWS_EPOCH,
                                     True) == (None, None)


def _edit(old: str, new: str):
    def edit(text: str) -> str:
        assert old in text
        text = text.replace(old, new, 1)
        if new.startswith("<x:sheetData"):
            text = text.replace("</sheetData>", "</x:sheetData>")
        return text
    return edit


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_what_the_scanner_reads_itself(name, monkeypatch):
    sheets, scanned = both_ways(with_sheet(_edit(*SCANNED[name])), monkeypatch)
    assert sheets is not None and scanned == len(sheets)


def test_a_row_attribute_of_a_prefix_the_root_declares_is_scanned(monkeypatch):
    def edit(text: str) -> str:
        text = text.replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
                            EXCEL_ROOT, 1)
        return text.replace('<row r="2">', '<row r="2" spans="1:9" x14ac:dyDescent="0.25">', 1)
    sheets, scanned = both_ways(with_sheet(edit), monkeypatch)
    assert sheets is not None and scanned == len(sheets)


@pytest.mark.parametrize("name", quick_few(sorted(UNSURE)))
def test_what_the_scanner_leaves_to_the_tree(name, monkeypatch):
    data = with_sheet(_edit(*UNSURE[name]))
    both_ways(data, monkeypatch)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        src = z.read(SHEET)
    try:        # None, or an exception: either way _Book.worksheet parses the whole part
        answer = xlsx_lite._scan_worksheet(src, [], ["General"] * 64, set(), set(), xlsx_lite.WINDOWS_EPOCH, True)
    except Exception:  # noqa: BLE001
        answer = (None, None)
    assert answer == (None, None)


_INSERTS = ["&#13;", "&#x41;", "&#X41;", "&#65;", "&#0;", "&#xD800;", "&lt;", "&amp;", "&bogus;", "&", "\r",
            "\r\n", "\t", "\n", " ", ' xml:space="preserve"', ' x14ac:dyDescent="1"', ' xmlns="x"',
            ' xmlns:a="b"', ' a:b="1"', ' r="B1"', ' s="1"', ' t="s"', ' t="str"', ' t="b"', ' t="e"',
            ' t="inlineStr"', ' t="d"', ' foo="1"', "<f>", "</f>", "<f/>", '<f t="shared" si="0"/>', ' ca="1"', "<is>",
            "</is>", "<t>", "</t>", "<v>", "</v>", "<v/>", "'", '"', "\ufffe", "]]>", "<!-- x -->", "<?pi x?>",
            "<![CDATA[x]]>", "<row>", "</row>", '<row r="3"/>', '<c r="A1"/>', "<c>", "</c>",
            "<r><t>x</t></r>", "1E5", "-0", "0.5", ".", "e", "=", "/", "<", ">", "中", ' spans="1:3"',
            ' ht="abc"', ' hidden="2"', " cm='1'", " s='2'", "<x:c/>", "</sheetData>", "<sheetData>"]


def _mutated(rng: random.Random, base: bytes) -> bytes | None:
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        names = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        name = rng.choice(names)
        text = z.read(name).decode("utf-8")
    start, end = text.find("<sheetData>"), text.find("</sheetData>")
    if start < 0 or end < 0:
        return None
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(start + len("<sheetData>"), max(start + len("<sheetData>") + 1, end))
        if rng.random() < 0.6:          # just before or after a tag, a quote or a space
            k = text.find(rng.choice(["<", ">", '"', " "]), pos)
            pos = k + rng.choice([0, 1]) if 0 <= k < end else pos
        op = rng.choice(["insert", "insert", "delete", "digit"])
        if op == "insert":
            text = text[:pos] + rng.choice(_INSERTS) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + rng.randint(1, 8):]
        else:
            text = text[:pos] + str(rng.randrange(10)) + text[pos + 1:]
        end = text.find("</sheetData>")
        if end < 0:
            break
    return rewrite_zip(base, {name: text.encode("utf-8")})


@QUICK_OR_ALL
def test_edits_of_sheet_data_read_alike(tmp_path, monkeypatch, share):
    from realforms import all_tables, build

    bases = [p.read_bytes() for p in SHIPPED] + [build(t, tmp_path).read_bytes() for t in all_tables()[:6]]
    scanned = 0
    for seed in range(400 // share):
        rng = random.Random(seed)
        data = _mutated(rng, rng.choice(bases))
        if data is not None:
            scanned += both_ways(data, monkeypatch)[1]
    assert scanned > 150 // share     # many edited workbooks still have sheets the scanner reads
