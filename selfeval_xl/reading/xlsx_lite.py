"""The lite engine of grid.load_grids: a workbook read with the standard library alone.

openpyxl costs ~160 ms to import (numpy included, when installed); for the plain workbooks that a
申报表 is — cells, shared strings, number formats, merged ranges, column widths, data validations —
this module reads every part itself, with zipfile and the C XML parser, and gives what the
openpyxl engine gives.  It is conservative: every part it reads (the content types, workbook.xml
and its relationships, styles.xml, the shared strings, docProps/core.xml and custom.xml, each
worksheet and its relationships) is checked element by element and attribute by attribute against
what it knows openpyxl accepts and reads the same way.

What it reads: the workbooks openpyxl and xlsxwriter write, and the same re-saved by LibreOffice,
Excel or WPS — definedName's function/hidden/vbProcedure flags, Print_Titles (rows, columns or both)
and Print_Area (absolute cells and ranges) of one sheet, calcPr, a workbook's or stylesheet's extLst,
Excel's mc:AlternateContent and xr:revisionPtr, mc:Ignorable and the x14ac/xr attributes (openpyxl
drops attributes of other namespaces), the theme, calcChain and docProps/app.xml (never read by
openpyxl), a docProps/custom.xml of text, integer, number or boolean properties (WPS's
KSOProductBuildVer and ICV), printer settings behind a sheet's relationships (pageSetup r:id),
printOptions, pageMargins, pageSetup, headerFooter, row and column breaks, ignoredErrors, and a
worksheet extLst whose extensions hold nothing of the main namespace (x14 data validations …).

What it hands over: anything else — an element or attribute it does not list, a value openpyxl might
refuse, warn about or read otherwise (a Print_Area of whole columns, a custom property of another
type, a header it cannot split …), a shared or array formula, conditional formatting, comments,
hyperlinks, drawings, tables, pivot tables, external links, sheet protection, a chartsheet, a part
not in UTF-8, a missing part, any exception — makes :func:`read_sheets` answer None, and grid.py hands
the file to the next engine (xlsx.py, then openpyxl), so that every refusal keeps its message.
tests/test_xlsx_reader.py and tests/test_xlsx_lite_office.py check both halves.

Nothing here keeps state between calls: threads may read at once.
"""
from __future__ import annotations

import datetime
import io
import re
import zipfile
from xml.etree.ElementTree import fromstring as _fromstring   # the C parser (expat)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_M = "{%s}" % MAIN
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RID = "{%s}id" % _REL_NS
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
SHARED_STRINGS = _OFFICE + "sharedStrings+xml"
WORKBOOK_TYPES = [                       # openpyxl's _find_workbook_part, in its order
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    _OFFICE + "template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    _OFFICE + "sheet.main+xml",
]
_WORKSHEET_REL = _REL_NS + "/worksheet"
_PRINTER_SETTINGS_REL = _REL_NS + "/printerSettings"
# the workbook relationships whose targets openpyxl does not read, or reads by fixed path
_QUIET_RELS = {_REL_NS + "/styles", _REL_NS + "/theme", _REL_NS + "/sharedStrings", _REL_NS + "/calcChain"}

# openpyxl.styles.numbers.BUILTIN_FORMATS (openpyxl 3.1), as data: tests/test_xlsx_reader.py checks it
BUILTIN_FORMATS = {
    0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy',
    16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
    22: 'm/d/yy h:mm', 37: '#,##0_);(#,##0)', 38: '#,##0_);[Red](#,##0)', 39: '#,##0.00_);(#,##0.00)',
    40: '#,##0.00_);[Red](#,##0.00)', 41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
    42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)', 45: 'mm:ss', 46: '[h]:mm:ss',
    47: 'mmss.0', 48: '##0.0E+0', 49: '@',
}
BUILTIN_FORMATS_MAX_SIZE = 164

# openpyxl.styles.numbers.is_date_format / is_timedelta_format
_STRIP_RE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_TIMEDELTA_RE = re.compile(r'\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?', re.I)
_DATE_RE = re.compile(r"(?<![_\\])[dmhysDMHYS]")

WINDOWS_EPOCH = datetime.datetime(1899, 12, 30)
MAC_EPOCH = datetime.datetime(1904, 1, 1)

MAX_COVERED = 1_000_000          # cells under merged ranges: more goes to the other engines
_T = _M + "t"


class Unsupported(Exception):
    """Something this reader does not read exactly as openpyxl does."""


def is_date_format(fmt) -> bool:
    if fmt is None:
        return False
    fmt = _STRIP_RE.sub("", fmt.split(";")[0])
    return _DATE_RE.search(fmt) is not None


def is_timedelta_format(fmt) -> bool:
    if fmt is None:
        return False
    return _TIMEDELTA_RE.search(fmt.split(";")[0]) is not None


def from_excel(value, epoch, timedelta=False):
    """openpyxl.utils.datetime.from_excel."""
    if timedelta:
        td = datetime.timedelta(days=value)
        if td.microseconds:
            td = datetime.timedelta(seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3))
        return td
    day, fraction = divmod(value, 1)
    diff = datetime.timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        mins, seconds = divmod(diff.seconds, 60)
        hours, mins = divmod(mins, 60)
        return datetime.time(hours, mins, seconds, diff.microseconds)
    if 0 < value < 60 and epoch == WINDOWS_EPOCH:
        day += 1
    return epoch + datetime.timedelta(days=day) + diff


def _cast_number(value):
    """openpyxl.worksheet._reader._cast_number."""
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


# --------------------------------------------------------------------------------------------
# Strict checking: the elements and attributes known to be read alike
# --------------------------------------------------------------------------------------------

def _re(pattern):
    m = re.compile(pattern).fullmatch
    return lambda v: m(v) is not None


INT = _re(r"\d{1,9}")
SINT = _re(r"-?\d{1,9}")
FLOAT = _re(r"-?\d{1,15}(\.\d{1,17})?")
NUMBER = _re(r"-?\d{1,15}(\.\d{1,17})?([eE][-+]?\d{1,3})?")
BOOL = {"0", "1", "true", "false"}.__contains__
RGB = _re(r"[A-Fa-f0-9]{8}|[A-Fa-f0-9]{6}")
_REF = r"[A-Z]{1,3}[1-9]\d{0,6}"


def STR(v):
    return True


def ENUM(*values):
    return set(values).__contains__


def _in_bounds(ref: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"([A-Z]{1,3})([1-9]\d{0,6})", ref)
    if m is None:
        return None
    c, r = _column(m.group(1)), int(m.group(2))
    if c > 16384 or r > 1048576:
        return None
    return r, c


def _range(ref: str) -> tuple[int, int, int, int] | None:
    """(min_row, min_col, max_row, max_col) of A1 or A1:B2 within Excel's limits, in order."""
    a, _, b = ref.partition(":")
    p = _in_bounds(a)
    q = _in_bounds(b) if b else p
    if p is None or q is None or p[0] > q[0] or p[1] > q[1]:
        return None
    return p[0], p[1], q[0], q[1]


def SQREF(v):
    parts = v.split()
    return bool(parts) and all(_range(p) is not None for p in parts)


class _AnyAttribute(dict):
    """The attributes of an element openpyxl skips: any value of any name (but r:id and its kin)."""

    def get(self, key, default=None):
        return STR


_ANY_ATTRIBUTE = _AnyAttribute()


def _spec(attrs=None, children=None, text=False, required=()):
    return ({} if attrs is None else attrs, children or {}, text, frozenset(required))


def check(el, spec, ns=_M) -> None:
    """Raise Unsupported unless `el` (its attributes, its children, its text) is within `spec`."""
    attrs, children, text, required = spec
    if required and not required <= el.attrib.keys():
        raise Unsupported(f"attribute missing in {el.tag}")
    for k, v in el.attrib.items():
        if k[0] == "{":
            if k.startswith("{" + _REL_NS) and k not in attrs:
                raise Unsupported(f"attribute {k}")
            continue
        ok = attrs.get(k)
        if ok is None or not ok(v):
            raise Unsupported(f"attribute {k}={v!r} of {el.tag}")
    if not text and el.text and el.text.strip():
        raise Unsupported(f"text in {el.tag}")
    if callable(children):          # what openpyxl never reads, checked by its own function
        children(el)
        return
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            raise Unsupported(f"element {tag}")
        # an element of another namespace is listed by its full tag
        sub = children.get(tag[len(ns):] if tag.startswith(ns) else tag if tag[:1] == "{" else None)
        if sub is None:
            raise Unsupported(f"element {tag} in {el.tag}")
        check(child, sub, ns)


def _unread(el) -> None:
    """The content of an element that openpyxl skips (Serialisable.from_tree reads no child whose local
    name is not one of its descriptors): anything but a comment or processing instruction."""
    for child in el.iter():
        if not isinstance(child.tag, str):
            raise Unsupported("comment or processing instruction")


def _sheet_extension(el) -> None:
    """An <ext> of a worksheet's extLst (x14 data validations, sparklines …): read as in a workbook's, and
    nothing of it in the main namespace, which WorkSheetParser would read wherever it stands."""
    _extension(el)
    for child in el.iter():
        if child is not el and child.tag.startswith(_M):
            raise Unsupported(f"element {child.tag} in a worksheet extension")


def _extension(el) -> None:
    """An <ext> of a workbook's or stylesheet's extLst: openpyxl's Extension reads its uri attribute and
    nothing else — unless a child has the local name uri, which from_tree would read in its place."""
    _unread(el)
    if any(child.tag.rpartition("}")[2] == "uri" for child in el):
        raise Unsupported("uri element in ext")


def _val(ok=STR):
    return _spec({"val": ok}, required={"val"})


_NBOOL = _spec({"val": BOOL})
COLOR = _spec({"rgb": RGB, "indexed": INT, "theme": INT, "tint": _re(r"-?(0(\.\d{1,17})?|1(\.0{1,17})?)"),
               "auto": BOOL})
FONT = _spec(children={
    "name": _val(), "rFont": _val(), "charset": _val(INT), "family": _val(_re(r"\d|1[0-4]")),
    "b": _NBOOL, "i": _NBOOL, "strike": _NBOOL, "outline": _NBOOL, "shadow": _NBOOL, "condense": _NBOOL,
    "extend": _NBOOL, "color": COLOR, "sz": _val(FLOAT),
    "u": _val(ENUM("single", "double", "singleAccounting", "doubleAccounting")),
    "vertAlign": _val(ENUM("superscript", "subscript", "baseline")), "scheme": _val(ENUM("major", "minor")),
})
_PATTERNS = ENUM("none", "solid", "darkDown", "darkGray", "darkGrid", "darkHorizontal", "darkTrellis", "darkUp",
                 "darkVertical", "gray0625", "gray125", "lightDown", "lightGray", "lightGrid", "lightHorizontal",
                 "lightTrellis", "lightUp", "lightVertical", "mediumGray")
FILL = _spec(children={"patternFill": _spec({"patternType": _PATTERNS}, {"fgColor": COLOR, "bgColor": COLOR})})
_SIDE = _spec({"style": ENUM("dashDot", "dashDotDot", "dashed", "dotted", "double", "hair", "medium",
                             "mediumDashDot", "mediumDashDotDot", "mediumDashed", "slantDashDot", "thick", "thin")},
              {"color": COLOR})
BORDER = _spec({"diagonalUp": BOOL, "diagonalDown": BOOL, "outline": BOOL},
               {k: _SIDE for k in ("left", "right", "top", "bottom", "diagonal", "vertical", "horizontal")})
XF = _spec({**{k: INT for k in ("numFmtId", "fontId", "fillId", "borderId", "xfId")},
            **{k: BOOL for k in ("quotePrefix", "pivotButton", "applyNumberFormat", "applyFont", "applyFill",
                                 "applyBorder", "applyAlignment", "applyProtection")}},
           {"alignment": _spec({"horizontal": ENUM("general", "left", "center", "right", "fill", "justify",
                                                   "centerContinuous", "distributed"),
                                "vertical": ENUM("top", "center", "bottom", "justify", "distributed"),
                                "wrapText": BOOL, "shrinkToFit": BOOL, "indent": _re(r"\d{1,2}|1\d\d|2[0-4]\d|25[0-5]"),
                                # Alignment: int(textRotation) must be in 0…180 or 255, readingOrder ≥ 0
                                "textRotation": _re(r"\d|[1-9]\d|1[0-7]\d|180|255"), "readingOrder": INT,
                                "justifyLastLine": BOOL}),
            "protection": _spec({"locked": BOOL, "hidden": BOOL})})
_COUNT = {"count": INT}
# ExtensionList: each ext needs its uri (Extension.uri is a String that cannot be None); what an ext
# holds is never read (Extension has no other descriptor)
_EXT_LIST = _spec(children={"ext": _spec({"uri": STR}, text=True, required={"uri"}, children=_extension)})
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"

STYLESHEET = _spec(children={
    "numFmts": _spec(_COUNT, {"numFmt": _spec({"numFmtId": INT, "formatCode": STR},
                                              required={"numFmtId", "formatCode"})}),
    "fonts": _spec(_COUNT, {"font": FONT}),
    "fills": _spec(_COUNT, {"fill": FILL}),
    "borders": _spec(_COUNT, {"border": BORDER}),
    "cellStyleXfs": _spec(_COUNT, {"xf": XF}),
    "cellXfs": _spec(_COUNT, {"xf": XF}),
    "cellStyles": _spec(_COUNT, {"cellStyle": _spec({"name": STR, "xfId": INT, "builtinId": INT, "iLevel": INT,
                                                     "hidden": BOOL, "customBuiltin": BOOL})}),
    "dxfs": _spec(_COUNT),
    "tableStyles": _spec({**_COUNT, "defaultTableStyle": STR, "defaultPivotStyle": STR}),
    "extLst": _EXT_LIST,
    "colors": _spec(children={"indexedColors": _spec(children={"rgbColor": _spec({"rgb": RGB}, required={"rgb"})}),
                              "mruColors": _spec(children={"color": COLOR})}),
})

WORKBOOK = _spec(children={
    "fileVersion": _spec({"appName": STR, "lastEdited": STR, "lowestEdited": STR, "rupBuild": STR}),
    "workbookPr": _spec({"date1904": BOOL, "defaultThemeVersion": INT, "backupFile": BOOL,
                         "filterPrivacy": BOOL, "showObjects": ENUM("all", "placeholders"),
                         "updateLinks": ENUM("userSet", "never", "always"), "hidePivotFieldList": BOOL,
                         "dateCompatibility": BOOL}),
    "workbookProtection": _spec(),
    "bookViews": _spec(children={"workbookView": _spec({
        "visibility": ENUM("visible", "hidden", "veryHidden"),
        **{k: BOOL for k in ("minimized", "showHorizontalScroll", "showVerticalScroll", "showSheetTabs",
                             "autoFilterDateGrouping")},
        **{k: SINT for k in ("xWindow", "yWindow")},
        **{k: INT for k in ("windowWidth", "windowHeight", "tabRatio", "firstSheet", "activeTab")}})}),
    "sheets": _spec(children={"sheet": _spec({"name": STR, "sheetId": INT,
                                              "state": ENUM("visible", "hidden", "veryHidden"), _RID: STR})}),
    # DefinedName: its Bool attributes take any text; LibreOffice writes function, hidden and vbProcedure
    "definedNames": _spec(children={"definedName": _spec({"name": STR, "localSheetId": INT, "hidden": BOOL,
                                                          "function": BOOL, "vbProcedure": BOOL, "xlm": BOOL},
                                                         text=True)}),
    "calcPr": _spec({"calcId": INT, "fullCalcOnLoad": BOOL, "calcMode": ENUM("manual", "auto", "autoNoTable"),
                     "refMode": ENUM("A1", "R1C1"), "iterate": BOOL, "iterateCount": INT, "iterateDelta": NUMBER,
                     "fullPrecision": BOOL, "calcCompleted": BOOL, "calcOnSave": BOOL, "concurrentCalc": BOOL,
                     "concurrentManualCount": INT, "forceFullCalc": BOOL}),
    "extLst": _EXT_LIST,
    # Excel's: skipped by WorkbookPackage.from_tree (no descriptor of those local names)
    "{%s}AlternateContent" % _MC: _spec(text=True, children=_unread),
    "{%s}revisionPtr" % _XR: _spec(_ANY_ATTRIBUTE, children=_unread),
})
# the print titles and print areas that openpyxl reads without fail (assign_names: PrintTitles.from_string,
# PrintArea.from_string, whose ValueError stops the load and TypeError gives a warning): a sheet's title,
# quoted or plain, then rows, columns or both; cells or ranges of cells in order, one or more
_SHEET_TITLE = r"(?:'(?:[^']|'')+'|[^\W\d][\w.]*)!"
_TITLE_ROWS = _SHEET_TITLE + r"\$([1-9]\d{0,6}):\$([1-9]\d{0,6})"
_TITLE_COLS = _SHEET_TITLE + r"\$([A-Z]{1,3}):\$([A-Z]{1,3})"
_PRINT_TITLES = re.compile(f"{_TITLE_ROWS}|{_TITLE_COLS}|{_TITLE_COLS},{_TITLE_ROWS}|{_TITLE_ROWS},{_TITLE_COLS}")
_AREA_PART = re.compile(_SHEET_TITLE + r"(\$[A-Z]{1,3}\$[1-9]\d{0,6}(?::\$[A-Z]{1,3}\$[1-9]\d{0,6})?)")


def _print_titles(text: str) -> bool:
    m = _PRINT_TITLES.fullmatch(text)
    if m is None:
        return False
    bounds = [g for g in m.groups() if g is not None]
    return all(_column(a) <= _column(b) if a.isalpha() else int(a) <= int(b) for a, b in zip(bounds[::2], bounds[1::2]))


def _print_area(text: str) -> bool:
    pos = 0
    while True:
        m = _AREA_PART.match(text, pos)
        if m is None or _range(m.group(1).replace("$", "")) is None:
            return False
        pos = m.end()
        if pos == len(text):
            return True
        if text[pos] != ",":
            return False
        pos += 1

_PANES = ENUM("bottomRight", "topRight", "bottomLeft", "topLeft")
SHEET = {
    "sheetPr": _spec({"codeName": STR, "filterMode": BOOL, "published": BOOL},
                     {"tabColor": COLOR, "outlinePr": _spec({k: BOOL for k in ("summaryBelow", "summaryRight",
                                                                               "applyStyles", "showOutlineSymbols")}),
                      "pageSetUpPr": _spec({"autoPageBreaks": BOOL, "fitToPage": BOOL})}),
    "dimension": _spec({"ref": STR}),
    # not read by openpyxl (no handler): its attributes do not matter, children would
    "phoneticPr": _spec({"fontId": STR, "type": STR, "alignment": STR}),
    "sheetViews": _spec(children={"sheetView": _spec(
        {**{k: BOOL for k in ("windowProtection", "showFormulas", "showGridLines", "showRowColHeaders", "showZeros",
                              "rightToLeft", "tabSelected", "showRuler", "showOutlineSymbols", "defaultGridColor",
                              "showWhiteSpace", "zoomToFit")},
         "view": ENUM("normal", "pageBreakPreview", "pageLayout"), "topLeftCell": STR,
         **{k: INT for k in ("colorId", "zoomScale", "zoomScaleNormal", "zoomScaleSheetLayoutView",
                             "zoomScalePageLayoutView", "workbookViewId")}},
        {"pane": _spec({"xSplit": FLOAT, "ySplit": FLOAT, "topLeftCell": STR, "activePane": _PANES,
                        "state": ENUM("split", "frozen", "frozenSplit")}),
         "selection": _spec({"pane": _PANES, "activeCell": STR, "activeCellId": INT, "sqref": STR})})}),
    "sheetFormatPr": _spec({"baseColWidth": INT, "defaultColWidth": FLOAT, "defaultRowHeight": FLOAT,
                            "customHeight": BOOL, "zeroHeight": BOOL, "thickTop": BOOL, "thickBottom": BOOL,
                            "outlineLevelRow": INT, "outlineLevelCol": INT}),
    "printOptions": _spec({k: BOOL for k in ("horizontalCentered", "verticalCentered", "headings", "gridLines",
                                             "gridLinesSet")}),
    "pageMargins": _spec({k: FLOAT for k in ("left", "right", "top", "bottom", "header", "footer")}),
    "pageSetup": _spec({"orientation": ENUM("default", "portrait", "landscape"),
                        **{k: INT for k in ("paperSize", "scale", "fitToHeight", "fitToWidth", "firstPageNumber",
                                            "horizontalDpi", "verticalDpi", "copies")},
                        "useFirstPageNumber": BOOL, "pageOrder": ENUM("downThenOver", "overThenDown"),
                        "blackAndWhite": BOOL, "draft": BOOL, "usePrinterDefaults": BOOL,
                        # NoneSets: "none" is None
                        "cellComments": ENUM("none", "asDisplayed", "atEnd"),
                        "errors": ENUM("none", "displayed", "blank", "dash", "NA"),
                        # PrintPageSetup.from_tree drops the link to the printer's settings; checked
                        # against the sheet's relationships all the same
                        _RID: STR}),
    # HeaderFooterItem.from_tree parses the text of each part: see _header_footer
    "headerFooter": _spec({k: BOOL for k in ("differentOddEven", "differentFirst", "scaleWithDoc",
                                             "alignWithMargins")},
                          {k: _spec(text=True) for k in ("oddHeader", "oddFooter", "evenHeader", "evenFooter",
                                                          "firstHeader", "firstFooter")}),
    "dataValidations": _spec({"count": INT, "disablePrompts": BOOL, "xWindow": SINT, "yWindow": SINT},
                             {"dataValidation": _spec(
        {"type": ENUM("none", "whole", "decimal", "list", "date", "time", "textLength", "custom"),
         "errorStyle": ENUM("none", "stop", "warning", "information"),
         "imeMode": ENUM("none", "noControl", "off", "on", "disabled", "hiragana", "fullKatakana", "halfKatakana",
                         "fullAlpha", "halfAlpha", "fullHangul", "halfHangul"),
         "operator": ENUM("none", "between", "notBetween", "equal", "notEqual", "lessThan", "lessThanOrEqual",
                          "greaterThan", "greaterThanOrEqual"),
         **{k: BOOL for k in ("allowBlank", "showDropDown", "showInputMessage", "showErrorMessage")},
         **{k: STR for k in ("error", "errorTitle", "prompt", "promptTitle")}, "sqref": SQREF},
        {"formula1": _spec(text=True), "formula2": _spec(text=True)})}),
    "mergeCells": _spec(_COUNT, {"mergeCell": _spec({"ref": lambda v: ":" in v and _range(v) is not None})}),
    # RowBreak, ColBreak: integers and booleans
    **{k: _spec({"count": INT, "manualBreakCount": INT},
                {"brk": _spec({"id": INT, "min": INT, "max": INT, "man": BOOL, "pt": BOOL})})
       for k in ("rowBreaks", "colBreaks")},
    # Excel's green triangles turned off: not read by openpyxl (no handler)
    "ignoredErrors": _spec(children={"ignoredError": _spec({k: STR for k in (
        "sqref", "evalError", "twoDigitTextYear", "numberStoredAsText", "formula", "formulaRange", "unlockedFormula",
        "emptyCellReference", "listDataValidation", "calculatedColumn")})}),
    # ExtensionList.from_tree, then a warning per ext ("… extension is not supported and will be removed");
    # as openpyxl's parser acts on the tags it knows at any depth, an ext may hold none of the main
    # namespace (see _sheet_extension)
    "extLst": _spec(children={"ext": _spec({"uri": STR}, text=True, required={"uri"},
                                           children=_sheet_extension)}),
    "cols": _spec(children={"col": _spec({"min": _re(r"[1-9]\d{0,3}|1[0-7]\d{3}|18[01]\d\d|182[0-6]\d|1827[0-8]"),
                                          "max": INT, "width": FLOAT, "customWidth": BOOL, "style": INT,
                                          "hidden": BOOL, "bestFit": BOOL, "outlineLevel": INT,
                                          "collapsed": BOOL})}),
}
_ROW_ATTRS = {"r", "spans", "ht", "customHeight", "hidden", "s", "customFormat", "outlineLevel", "collapsed",
              "thickTop", "thickBot"}
_CELL_ATTRS = {"r", "s", "t", "cm", "vm", "ph"}

_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
# the value types of a custom property that openpyxl reads without fail, and what their text may be
_CUSTOM_TYPES = {_VT + "lpwstr": STR, _VT + "i4": SINT, _VT + "r8": NUMBER, _VT + "bool": BOOL}

_CORE_NS = {"http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
_CORE_TEXT = {"creator", "title", "subject", "description", "lastModifiedBy", "keywords", "category", "revision",
              "identifier", "language", "contentStatus", "version"}
_W3CDTF = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z")


# --------------------------------------------------------------------------------------------
# XML
# --------------------------------------------------------------------------------------------

_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")


def _parse(src: bytes):
    """The C parser over a UTF-8 part with no DTD; anything else goes to the other engines."""
    _check_source(src)
    return _fromstring(src)


def _check_source(src: bytes) -> None:
    """What _parse refuses before the parser sees a part: not UTF-8, another declared encoding, a DTD."""
    head = src[:4]
    if b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise Unsupported("not UTF-8")
    m = _ENCODING.match(src[:300].lstrip(b"\xef\xbb\xbf"))
    if m and m.group(1).lower() not in (b"utf-8", b"utf8"):
        raise Unsupported("declared encoding")
    # (taking out comments and CDATA can join a "<!" only where the part holds one already)
    if b"<!" in src and b"<!" in src.replace(b"<!--", b"").replace(b"<![CDATA[", b""):
        raise Unsupported("DTD")


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


# --------------------------------------------------------------------------------------------
# The workbook
# --------------------------------------------------------------------------------------------

class Sheet:
    """One worksheet as the openpyxl engine sees it."""

    def __init__(self, title, hidden, cells, n_cells, merged, widths):
        self.title = title
        self.hidden = hidden
        self.cells = cells          # (row, col) → (value, formula or None, number format), in file order
        self.n_cells = n_cells      # len(ws._cells) in openpyxl
        self.merged = merged        # [(min_row, min_col, max_row, max_col)]
        self.widths = widths        # {column: width}


def read_sheets(data: bytes, formulas: bool) -> list[Sheet] | None:
    """The worksheets of the workbook `data`, in order, or None when another engine must read it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return _Book(z, formulas).read()
    except Exception:  # noqa: BLE001 - whatever it is, the next engine reads the file and words any refusal
        return None


class _Book:

    def __init__(self, z: zipfile.ZipFile, formulas: bool):
        self.z = z
        self.names = set(z.namelist())
        self.formulas = formulas

    def part(self, name: str):
        return _parse(self.z.read(name))

    def read(self) -> list[Sheet]:
        names = self.names
        if any(n.startswith(("xl/externalLinks/", "xl/pivot", "xl/drawings/", "xl/comments", "xl/media/",
                             "xl/chartsheets/", "xl/charts/", "xl/vbaProject", "xl/tables/", "xl/ctrlProps/",
                             "xl/activeX/", "xl/embeddings/", "xl/customXml", "customXml/"))
               or n.startswith("xl/threadedComments") for n in names):
            raise Unsupported("parts beyond the plain ones")
        wb_part = self.manifest()
        strings = self.shared_strings()
        sheets, epoch = self.workbook(wb_part)
        if "docProps/custom.xml" in names:
            self.custom()
        if "docProps/core.xml" in names:
            self.core()
        styles = self.styles()
        out = []
        for title, state, target in sheets:
            out.append(self.worksheet(title, state, target, strings, styles, epoch))
        return out

    # -- [Content_Types].xml

    def manifest(self) -> str:
        root = self.part("[Content_Types].xml")
        if root.tag != _CT + "Types" or root.attrib:
            raise Unsupported("content types root")
        overrides, defaults = [], []
        for el in root:
            if el.tag == _CT + "Default" and set(el.attrib) == {"Extension", "ContentType"} and not len(el):
                defaults.append(el.get("ContentType"))
            elif el.tag == _CT + "Override" and set(el.attrib) == {"PartName", "ContentType"} and not len(el):
                overrides.append((el.get("PartName"), el.get("ContentType")))
            else:
                raise Unsupported("content types element")
        self.strings_part = next((p for p, t in overrides if t == SHARED_STRINGS), None)
        for wb_type in WORKBOOK_TYPES:
            part = next((p for p, t in overrides if t == wb_type), None)
            if part:
                break
        else:
            raise Unsupported("no workbook override")
        if wb_type != WORKBOOK_TYPES[3] or not part.startswith("/"):
            raise Unsupported("not a plain xlsx")
        return part[1:]

    # -- sharedStrings.xml (openpyxl finds it through the content types)

    def shared_strings(self) -> list[str]:
        if self.strings_part is None:
            return []
        name = self.strings_part[1:] if self.strings_part.startswith("/") else None
        if name is None:
            raise Unsupported("strings part name")
        root = self.part(name)
        if root.tag != _M + "sst":
            raise Unsupported("sst root")
        out = []
        for si in root:
            if si.tag != _M + "si" or si.attrib:
                raise Unsupported("sst child")
            out.append(_text(si).replace("x005F_", ""))
        return out

    # -- workbook.xml and its relationships

    def workbook(self, wb_part: str):
        root = self.part(wb_part)
        if root.tag != _M + "workbook":
            raise Unsupported("workbook root")
        check(root, WORKBOOK)
        tags = [el.tag for el in root]
        if len(tags) != len(set(tags)):
            raise Unsupported("repeated workbook element")
        pr = root.find(_M + "workbookPr")
        date1904 = pr is not None and pr.get("date1904", "0") in ("1", "true")
        epoch = MAC_EPOCH if date1904 else WINDOWS_EPOCH
        prot = root.find(_M + "workbookProtection")
        if prot is not None and len(prot.attrib):
            raise Unsupported("workbook protection")
        rels = self.rels(wb_part)
        sheets_el = root.find(_M + "sheets")
        if sheets_el is None or not len(sheets_el):
            raise Unsupported("no sheets")
        sheets, seen = [], set()
        for s in sheets_el:
            name, rid = s.get("name"), s.get(_RID)
            if name is None or s.get("sheetId") is None or not rid:
                raise Unsupported("sheet attributes")
            if not name or len(name) > 31 or re.search(r"[\\*?:/\[\]]", name) or name.lower() in seen:
                raise Unsupported("sheet name")
            seen.add(name.lower())
            rel = rels.get(rid)
            if rel is None or rel[0] != _WORKSHEET_REL or rel[1] not in self.names:
                raise Unsupported("sheet relationship")
            sheets.append((name, s.get("state", "visible"), rel[1]))
        for rtype, _target in rels.values():
            if rtype != _WORKSHEET_REL and rtype not in _QUIET_RELS:
                raise Unsupported(f"workbook relationship {rtype}")
        names = root.find(_M + "definedNames")
        if names is not None:
            for dn in names:
                name = dn.get("name")
                if name is None:
                    raise Unsupported("defined name")
                if name.startswith("_xlnm."):
                    idx = dn.get("localSheetId")
                    read = {"_xlnm.Print_Titles": _print_titles, "_xlnm.Print_Area": _print_area}.get(name)
                    if read is None or idx is None or int(idx) >= len(sheets) or not read(dn.text or ""):
                        raise Unsupported("reserved defined name")
                elif not re.fullmatch(r"[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*", name):
                    raise Unsupported("defined name")
        return sheets, epoch

    def rels(self, part: str) -> dict:
        folder, _, base = part.rpartition("/")
        path = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        root = self.part(path)
        if root.tag != _PKG_REL + "Relationships":
            raise Unsupported("rels root")
        out = {}
        for el in root:
            if el.tag != _PKG_REL + "Relationship" or len(el) or set(el.attrib) != {"Id", "Type", "Target"}:
                raise Unsupported("relationship")
            target = el.get("Target")
            if target.startswith("/"):
                target = target[1:]
            else:
                target = _normpath(f"{folder}/{target}" if folder else target)
            if el.get("Id") in out:
                raise Unsupported("duplicate relationship id")
            out[el.get("Id")] = (el.get("Type"), target)
        return out

    # -- docProps/core.xml

    def core(self) -> None:
        root = self.part("docProps/core.xml")
        if root.tag != "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}coreProperties" \
                or any(k[0] != "{" for k in root.attrib):
            raise Unsupported("core root")
        for el in root:
            ns, _, local = el.tag[1:].partition("}")
            if ns not in _CORE_NS or len(el):
                raise Unsupported("core element")
            if local in ("created", "modified", "lastPrinted"):
                if set(el.attrib) - {"{http://www.w3.org/2001/XMLSchema-instance}type"}:
                    raise Unsupported("core date attribute")
                m = _W3CDTF.fullmatch(el.text or "")
                if m is None:
                    raise Unsupported("core date")
                datetime.datetime(*map(int, m.groups()))
            elif local not in _CORE_TEXT or el.attrib:
                raise Unsupported("core element")

    # -- docProps/custom.xml (openpyxl reads it by its fixed name, whatever the relationships say)

    def custom(self) -> None:
        """CustomPropertyList.from_tree: each <property> becomes a typed property, or is dropped with a
        warning (no value of a type it knows), or stops the load (a pid that is not an integer, a value
        its type cannot take, no name …).  Accepted: properties with a name and one value of the types
        read alike — text (WPS's KSOProductBuildVer, ICV), integer, number, boolean."""
        root = self.part("docProps/custom.xml")
        if root.tag != _CUSTOM + "Properties" or any(k[0] != "{" for k in root.attrib) \
                or (root.text and root.text.strip()):
            raise Unsupported("custom properties root")
        for prop in root:
            if prop.tag != _CUSTOM + "property" or not prop.attrib.keys() <= {"fmtid", "pid", "name"} \
                    or "name" not in prop.attrib or not INT(prop.get("pid", "0")) \
                    or (prop.text and prop.text.strip()) or len(prop) != 1:
                raise Unsupported("custom property")
            value = prop[0]
            kind = _CUSTOM_TYPES.get(value.tag)
            if kind is None or value.attrib or len(value) or (value.tail and value.tail.strip()) \
                    or not kind(value.text or ""):
                raise Unsupported("custom property value")

    # -- styles.xml (openpyxl reads it by its fixed name)

    def styles(self):
        if "xl/styles.xml" not in self.names:
            raise Unsupported("no styles")
        root = self.part("xl/styles.xml")
        if root.tag != _M + "styleSheet":
            raise Unsupported("styles root")
        check(root, STYLESHEET)
        tags = [el.tag for el in root]
        if len(tags) != len(set(tags)):
            raise Unsupported("repeated styles element")

        def items(tag, child):
            el = root.find(_M + tag)
            return [] if el is None else el.findall(_M + child)

        custom = {}
        for nf in items("numFmts", "numFmt"):
            custom[int(nf.get("numFmtId"))] = nf.get("formatCode")
        fonts, fills, borders = items("fonts", "font"), items("fills", "fill"), items("borders", "border")
        if any(len(fill) != 1 for fill in fills):
            raise Unsupported("fill")
        style_xfs, xfs = items("cellStyleXfs", "xf"), items("cellXfs", "xf")
        if not xfs or not fonts or not fills or not borders:
            raise Unsupported("empty style lists")
        names = set()
        for cs in items("cellStyles", "cellStyle"):
            name, xf_id = cs.get("name"), cs.get("xfId")
            if name is None or xf_id is None or name in names or int(xf_id) >= len(style_xfs):
                raise Unsupported("cell style")
            names.add(name)
            xf = style_xfs[int(xf_id)]
            if (int(xf.get("fontId", 0)) >= len(fonts) or int(xf.get("fillId", 0)) >= len(fills)
                    or int(xf.get("borderId", 0)) >= len(borders)):
                raise Unsupported("named style")
        formats, dates, deltas = [], set(), set()
        for idx, xf in enumerate(xfs):
            num = int(xf.get("numFmtId", 0))
            if int(xf.get("borderId", 0)) >= len(borders):
                raise Unsupported("border id")
            if num in custom:
                fmt = custom[num]
            elif num >= BUILTIN_FORMATS_MAX_SIZE:
                raise Unsupported("undefined custom format")
            else:
                fmt = BUILTIN_FORMATS.get(num)
            if is_date_format(fmt):
                dates.add(idx)
            if is_timedelta_format(fmt):
                deltas.add(idx)
            formats.append(fmt or "General")
        return formats, dates, deltas

    # -- a worksheet

    def worksheet(self, title, state, target, strings, styles, epoch) -> Sheet:
        folder, _, base = target.rpartition("/")
        printer_settings = set()
        if f"{folder}/_rels/{base}.rels" in self.names:
            # openpyxl finds comments, drawings, pivot tables by the type of a relationship, tables and
            # hyperlinks by their ids: only the printer's settings (Excel's, WPS's), which it never reads
            for rid, (rtype, part) in self.rels(target).items():
                if rtype != _PRINTER_SETTINGS_REL or part not in self.names:
                    raise Unsupported("worksheet relationship")     # drawings, comments, hyperlinks, tables …
                printer_settings.add(rid)
        src = self.z.read(target)
        _check_source(src)
        formats, dates, deltas = styles
        # the usual worksheet: its sheetData scanned without building a tree of it, the rest parsed
        # as before; anything the scanner is unsure of parses the whole part (scanned is None)
        root = scanned = None
        try:
            root, scanned = _scan_worksheet(src, strings, formats, dates, deltas, epoch, self.formulas)
        except Exception:  # noqa: BLE001 - the tree of the whole part decides
            root = scanned = None
        if scanned is None:
            root = _fromstring(src)
        if root.tag != _M + "worksheet":
            raise Unsupported("worksheet root")
        n_styles = len(formats)
        cells: dict = {}
        merged, widths = [], {}
        seen = set()
        for el in root:
            tag = el.tag
            local = tag[len(_M):] if isinstance(tag, str) and tag.startswith(_M) else None
            if local is None or local in seen:
                raise Unsupported(f"worksheet element {tag}")
            seen.add(local)
            if local == "sheetData":
                if el.attrib:
                    raise Unsupported("sheetData attributes")
                if scanned is not None:
                    if len(el) or el.text:
                        raise Unsupported("scanned sheetData")
                    cells = scanned
                    continue
                self.sheet_data(el, cells, strings, formats, dates, deltas, epoch)
                continue
            spec = SHEET.get(local)
            if spec is None:
                raise Unsupported(f"worksheet element {tag}")
            check(el, spec)
            if local == "pageSetup":
                if _RID in el.attrib and el.get(_RID) not in printer_settings:
                    raise Unsupported("page setup relationship")
            elif local == "headerFooter":
                for part in el:
                    _header_footer(part.text)
            elif local == "cols":
                dims = {}
                for col in el:
                    if "min" not in col.attrib:
                        raise Unsupported("col without min")
                    if "style" in col.attrib and int(col.get("style")) >= n_styles:
                        raise Unsupported("col style")
                    dims[int(col.get("min"))] = float(col.get("width", 13))
                widths = {c: w for c, w in dims.items() if w}
            elif local == "mergeCells":
                merged = [_range(m.get("ref")) for m in el]
        hidden = state != "visible"
        if state not in ("visible", "hidden", "veryHidden"):
            raise Unsupported("sheet state")
        n_cells = len(cells)
        if merged:
            status: dict = {}           # created top-left cells and merged cells, besides the stored ones
            covered_total = 0
            for (r1, c1, r2, c2) in merged:
                covered_total += (r2 - r1 + 1) * (c2 - c1 + 1)
                if covered_total > MAX_COVERED:
                    raise Unsupported("merged ranges too large")
                if (r1, c1) not in cells and (r1, c1) not in status:
                    status[(r1, c1)] = "created"
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            status[(r, c)] = "merged"
            n_cells = len(cells.keys() | status.keys())
            for key, what in status.items():
                if what == "merged":
                    cells.pop(key, None)
        # ws.merged_cells.ranges: openpyxl keeps them in a set (built from the list, then once more by its
        # descriptor), whose order the same hashes (those of the bounds' tuples) reproduce
        ranges = set(merged)
        ranges = set(rng for rng in ranges)
        return Sheet(title, hidden, cells, n_cells, list(ranges), widths)

    def sheet_data(self, sheet_data, cells, strings, formats, dates, deltas, epoch) -> None:
        C, V, F, IS, ROW = _M + "c", _M + "v", _M + "f", _M + "is", _M + "row"
        n_styles = len(formats)
        formulas = self.formulas
        columns: dict = {}
        style_ids: dict = {}
        cell_attrs = _CELL_ATTRS.issuperset
        ref_match = re.compile(r"([A-Z]{1,3})([1-9]\d{0,6})").fullmatch
        for row in sheet_data:
            if row.tag != ROW:
                raise Unsupported("sheetData child")
            attrs = row.attrib
            problem = _row_problem(attrs, n_styles)
            if problem:
                raise Unsupported(problem)
            if row.text and row.text.strip():
                raise Unsupported("row text")
            for el in row:
                if el.tag != C:
                    raise Unsupported("row child")
                if not cell_attrs(el.keys()):
                    raise Unsupported("cell attribute")
                v = f = inline = None
                for child in el:
                    tag = child.tag
                    if tag == V and v is None and not len(child) and not child.attrib:
                        v = child
                    elif tag == F and f is None and not len(child):
                        f = child
                    elif tag == IS and inline is None:
                        inline = child
                    else:
                        raise Unsupported("cell child")
                coordinate = el.get("r")
                m = ref_match(coordinate) if coordinate else None
                if m is None:
                    raise Unsupported("cell reference")
                letters, digits = m.groups()
                c = columns.get(letters)
                if c is None:
                    c = columns[letters] = _column(letters)
                r = int(digits)
                s = el.get("s", "0")
                style_id = style_ids.get(s)
                if style_id is None:
                    if not INT(s) or int(s) >= n_styles:
                        raise Unsupported("cell style")
                    style_id = style_ids[s] = int(s)
                data_type = el.get("t", "n")
                vtext = None if v is None else v.text
                if data_type == "inlineStr":
                    value = None if inline is None else _text(inline)
                elif inline is not None:
                    raise Unsupported("inline string in another type")
                elif vtext:
                    if data_type == "n":
                        value = _cast_number(vtext)
                        if style_id in dates:
                            try:
                                value = from_excel(value, epoch, timedelta=style_id in deltas)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"
                    elif data_type == "s":
                        i = int(vtext)
                        if not 0 <= i < len(strings):
                            raise Unsupported("string index")
                        value = strings[i]
                    elif data_type == "b":
                        value = bool(int(vtext))
                    elif data_type in ("e", "str"):
                        value = vtext
                    else:
                        raise Unsupported(f"cell type {data_type}")
                elif data_type in ("n", "s", "b", "e", "str"):
                    value = None
                else:
                    raise Unsupported(f"cell type {data_type}")
                formula = None
                if f is not None:
                    if "t" in f.attrib or set(f.attrib) - {"ca", "aca"}:
                        raise Unsupported("shared, array or data table formula")
                    if formulas:
                        formula = "=" if f.text is None else "=" + f.text
                cells[(r, c)] = (value, formula, formats[style_id])


# openpyxl.worksheet.header_footer: _split_string's pattern, and the font size of _HeaderFooterPart.from_str
_HF_ITEM = re.compile(r"(&L(?P<left>.+?))?(&C(?P<center>.+?))?(&R(?P<right>.+?))?$", re.DOTALL)
_HF_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def _header_footer(text) -> None:
    """A header or footer openpyxl splits into its parts without a warning ("Cannot parse header or
    footer so it will be ignored"), with no font size beyond what int() takes."""
    if not text:
        return
    text = _HF_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    if _HF_ITEM.match(text) is None or re.search(r"&\d{10}", text):
        raise Unsupported("header or footer")


def _normpath(path: str) -> str:
    import posixpath
    return posixpath.normpath(path)


def _text(el) -> str:
    """Text.from_tree(el).content for an <si> or <is> holding <t>, or runs of <r><t>, and phonetic runs."""
    if len(el) == 1:
        t = el[0]
        if t.tag == _T and not len(t) and not el.attrib:
            return t.text or ""
    plain = None
    runs = []
    n_t = 0
    for child in el:
        tag = child.tag
        if tag == _M + "t":
            n_t += 1
            if len(child) or n_t > 1:
                raise Unsupported("text")
            plain = child.text
        elif tag == _M + "r":
            if child.attrib:
                raise Unsupported("run attributes")
            t = None
            for part in child:
                if part.tag == _M + "t" and t is None and not len(part):
                    t = part
                elif part.tag == _M + "rPr" and not part.attrib:
                    check(part, FONT)
                else:
                    raise Unsupported("run child")
            if t is None:
                raise Unsupported("run without text")
            runs.append(t.text or "")
        elif tag == _M + "rPh":
            if set(child.attrib) != {"sb", "eb"} or not all(INT(x) for x in child.attrib.values()) \
                    or len(child) != 1 or child[0].tag != _M + "t" or len(child[0]):
                raise Unsupported("phonetic run")
        elif tag == _M + "phoneticPr":
            check(child, _spec({"fontId": INT, "type": ENUM("halfwidthKatakana", "fullwidthKatakana", "Hiragana",
                                                             "noConversion"),
                                "alignment": ENUM("noControl", "left", "center", "distributed")},
                               required={"fontId"}))
        else:
            raise Unsupported("text child")
    if el.attrib:
        raise Unsupported("text attributes")
    snippets = [] if plain is None else [plain]
    return "".join(snippets + runs)



# --------------------------------------------------------------------------------------------
# The sheet data, scanned
# --------------------------------------------------------------------------------------------
# Most of a worksheet part is its <sheetData>, and building an element per row, cell and value costs
# more than all the rest of the reading.  _scan_worksheet reads the usual shapes of it — rows of
# <c> holding <f>, <v> or <is><t>, as openpyxl, xlsxwriter, Excel, WPS and LibreOffice write them —
# with regular expressions, and gives the cells _Book.sheet_data gives.  It is stricter than the
# parser: anything else (another element or attribute, another order, a comment, a reference it
# does not know, white space the parser would change …) makes it answer None, and the whole part is
# parsed into a tree as before.  It never refuses anything itself: the tree decides.

_W = "[ \t\n]"
_NAME = "[A-Za-z_][A-Za-z0-9_.-]*"
_QNAME = f"{_NAME}(?::{_NAME})?"
_VALUE = "(?:\"[^\"<&\t\n\r]*\"|'[^'<&\t\n\r]*')"      # no reference, no white space to normalise
_ATTRS = f"(?:{_W}+{_QNAME}{_W}*={_W}*{_VALUE})*"
_ATTR = re.compile(f"{_W}+({_QNAME}){_W}*={_W}*(?:\"([^\"<&\t\n\r]*)\"|'([^'<&\t\n\r]*)')")
_ROOT_TAG = re.compile(f"(?:<\\?xml[^<>]*\\?>)?[ \\t\\n\\r]*<({_QNAME})({_ATTRS}){_W}*>")
# groups: the row number (first, as every writer puts it) and the other attributes, or all of them
# in another shape; "/" for an empty row
_ROW_TAG = re.compile(f'<row(?: r="([1-9][0-9]{{0,6}})"({_ATTRS})|({_ATTRS})){_W}*(/?)>{_W}*')
_ROW_END = re.compile(f"</row>{_W}*")
_SPACE = re.compile(f"{_W}*")
# groups: column, row, style and type (the attributes as openpyxl, xlsxwriter, Excel and LibreOffice
# write them), or all the attributes in another shape; f attributes, f text; v text; t attributes, t text
_CELL = re.compile(
    f'<c(?: r="([A-Z]{{1,3}})([1-9][0-9]{{0,6}})"((?: s="[0-9]{{1,9}}")?(?: t="[a-zA-Z]{{1,9}}")?)|({_ATTRS})){_W}*'
    f"(?:/>|>{_W}*"
    f"(?:<f({_ATTRS}){_W}*(?:/>|>([^<]*)</f>){_W}*)?"
    f"(?:<v(?:{_W}*/>|>([^<]*)</v>){_W}*)?"
    f'(?:<is>{_W}*<t((?: xml:space="preserve")?){_W}*(?:/>|>([^<]*)</t>){_W}*</is>{_W}*)?'
    f"</c>){_W}*")
_REF_MATCH = re.compile(r"([A-Z]{1,3})([1-9]\d{0,6})").fullmatch
_ROW_NUMBER = re.compile(r"[1-9]\d{0,6}").fullmatch
# what the parser refuses or changes in text: characters XML does not allow (U+FFFE and U+FFFF are
# b"\xef\xbf\xbe" and b"\xef\xbf\xbf" in UTF-8), "]]>", carriage returns (read as line feeds)
_UNSURE_BYTES = bytes([*range(0x09), 0x0b, 0x0c, 0x0d, *range(0x0e, 0x20)])
_UNSURE_CHARS = re.compile("[\ufffe\uffff]")
_ENTITY = re.compile("&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"
# how a cell's value is read, by its type: _Book.sheet_data's branches
_INLINE, _NUMBER, _SHARED, _BOOL, _TEXT = range(5)
_KINDS = {"inlineStr": _INLINE, "n": _NUMBER, "s": _SHARED, "b": _BOOL, "e": _TEXT, "str": _TEXT}


class _Unsure(Exception):
    """The scanner cannot tell what the parser would make of it."""


def _entity(m) -> str:
    name, dec, hexa = m.groups()
    if name:
        return _PREDEFINED[name]
    n = int(dec) if dec else int(hexa, 16)
    if not (n in (9, 10, 13) or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF):
        raise _Unsure("character reference")
    return chr(n)


def _unescape(text: str, known: dict) -> str:
    """The text the parser gives for character data holding references, remembered in `known`
    (the texts of one sheet: the same labels recur on every row)."""
    out, n = _ENTITY.subn(_entity, text)
    if n != text.count("&"):
        raise _Unsure("reference")
    known[text] = out
    return out


def _attributes(text: str, prefixes: dict) -> dict:
    """{name: value} of a start tag's attributes, names with a prefix as {namespace}local."""
    out = {}
    for name, v1, v2 in _ATTR.findall(text):
        prefix, colon, local = name.partition(":")
        if colon:
            if prefix == "xmlns":
                raise _Unsure("namespace declaration")
            uri = _XML_NS if prefix == "xml" else prefixes.get(prefix)
            if uri is None:
                raise _Unsure("prefix")
            name = "{%s}%s" % (uri, local)
        elif name == "xmlns":
            raise _Unsure("namespace declaration")
        if name in out:
            raise _Unsure("repeated attribute")
        out[name] = v1 or v2
    return out


def _scan_worksheet(src: bytes, strings, formats, dates, deltas, epoch, formulas):
    """(the parsed part with an empty <sheetData/>, the cells _Book.sheet_data would read from it), or
    (None, None) when the scanner is unsure and the whole part must be parsed."""
    start = src.find(b"<sheetData>")
    end = src.find(b"</sheetData>")
    # one element of that name (no prefixed one either), outside any comment, CDATA or instruction
    if (start < 0 or end < start or src.count(b"sheetData") != 2 or src.count(b"<sheetData") != 1
            or src.count(b"</sheetData") != 1 or b"<!--" in src or b"<![CDATA[" in src):
        return None, None
    pi = src.find(b"<?")          # only the XML declaration, first in the part
    if pi >= 0 and (src[:pi] not in (b"", b"\xef\xbb\xbf") or src.find(b"<?", pi + 2) >= 0):
        return None, None
    m = _ROOT_TAG.match(src[:start].decode("utf-8").lstrip("\ufeff"))
    if m is None:
        return None, None
    prefixes = {}       # those the root declares (a row has x14ac:dyDescent in Excel's files)
    for name, v1, v2 in _ATTR.findall(m.group(2)):
        if name.startswith("xmlns:"):
            prefixes[name[6:]] = v1 or v2
    raw = src[start + len(b"<sheetData>"):end]
    if (len(raw.translate(None, _UNSURE_BYTES)) != len(raw) or b"]]>" in raw
            or (b"\xef\xbf" in raw and _UNSURE_CHARS.search(raw.decode("utf-8")))):
        return None, None
    cells = _scan_sheet_data(raw.decode("utf-8"), prefixes, strings, formats, dates, deltas, epoch, formulas)
    if cells is None:
        return None, None
    root = _fromstring(src[:start] + b"<sheetData/>" + src[end + len(b"</sheetData>"):])
    # a child of the root, so that the body's namespaces are those the root declares
    if not any(el.tag == _M + "sheetData" for el in root):
        return None, None
    return root, cells


def _scan_sheet_data(body: str, prefixes, strings, formats, dates, deltas, epoch, formulas):
    """The cells of the text between <sheetData> and </sheetData>, as _Book.sheet_data reads them, or None."""
    n_styles = len(formats)
    n_strings = len(strings)
    cells: dict = {}
    columns: dict = {}
    kinds: dict = {}            # ' s="…" t="…"' or (s, t) → (number format, kind, date, timedelta)
    INLINE, NUMBER, SHARED, BOOL_ = _INLINE, _NUMBER, _SHARED, _BOOL
    unescaped: dict = {}
    rows_read: set = set()      # the attributes of rows already checked, but for r
    cell_match = _CELL.match
    row_match = _ROW_TAG.match
    row_end = _ROW_END.match
    pos = _SPACE.match(body).end()
    size = len(body)
    while pos < size:
        m = row_match(body, pos)
        if m is None:
            return None
        number, more, other, empty = m.groups()
        pos = m.end()
        if number is None:
            _row_attributes(_attributes(other, prefixes), n_styles)
        elif more and more not in rows_read:
            attrs = _attributes(more, prefixes)
            if "r" in attrs:
                return None
            attrs["r"] = number
            _row_attributes(attrs, n_styles)
            rows_read.add(more)
        if empty:
            continue
        while True:
            m = cell_match(body, pos)
            if m is None:
                break
            pos = m.end()
            letters, digits, style_type, other, f_attrs, f_text, vtext, t_attrs, t_text = m.groups()
            if other is not None:
                attrs = _attributes(other, prefixes)
                if not _CELL_ATTRS.issuperset(attrs):
                    return None
                ref = _REF_MATCH(attrs.get("r", ""))
                if ref is None:
                    return None
                letters, digits = ref.groups()
                style_type = (attrs.get("s", "0"), attrs.get("t", "n"))
            c = columns.get(letters)
            if c is None:
                c = columns[letters] = _column(letters)
            kind = kinds.get(style_type)
            if kind is None:
                kind = kinds[style_type] = _kind(style_type, formats, dates, deltas)
            fmt, how, date, delta = kind
            if how == INLINE:
                if t_attrs is None:
                    value = None
                elif t_text and "&" in t_text:
                    value = unescaped.get(t_text) or _unescape(t_text, unescaped)
                else:
                    value = t_text or ""
            elif t_attrs is not None:
                return None
            elif vtext:
                if "&" in vtext:
                    vtext = unescaped.get(vtext) or _unescape(vtext, unescaped)
                if how == NUMBER:
                    value = _cast_number(vtext)
                    if date:
                        try:
                            value = from_excel(value, epoch, timedelta=delta)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif how == SHARED:
                    i = int(vtext)
                    if not 0 <= i < n_strings:
                        return None
                    value = strings[i]
                elif how == BOOL_:
                    value = bool(int(vtext))
                else:
                    value = vtext
            else:
                value = None
            formula = None
            if f_attrs is not None:
                if f_attrs and not {"ca", "aca"}.issuperset(_attributes(f_attrs, prefixes)):
                    return None
                if formulas:
                    if f_text and "&" in f_text:
                        f_text = unescaped.get(f_text) or _unescape(f_text, unescaped)
                    formula = "=" + (f_text or "")
            cells[(int(digits), c)] = (value, formula, fmt)
        m = row_end(body, pos)
        if m is None:
            return None
        pos = m.end()
    return cells


_STYLE_TYPE = re.compile(r'(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?').fullmatch


def _kind(style_type, formats, dates, deltas) -> tuple:
    """How _Book.sheet_data reads a cell of the style and type `style_type`: (s, t), or the text
    ' s="…" t="…"' (either may be missing) of the cell's start tag."""
    if isinstance(style_type, str):
        s, data_type = _STYLE_TYPE(style_type).groups()
        s, data_type = s or "0", data_type or "n"
    else:
        s, data_type = style_type
    if not INT(s) or int(s) >= len(formats):
        raise _Unsure("cell style")
    how = _KINDS.get(data_type)
    if how is None:
        raise _Unsure("cell type")
    style_id = int(s)
    return formats[style_id], how, style_id in dates, style_id in deltas


def _row_attributes(attrs: dict, n_styles: int) -> None:
    """The checks of _Book.sheet_data on a row's attributes, raising _Unsure where it raises."""
    problem = _row_problem(attrs, n_styles)
    if problem:
        raise _Unsure(problem)


def _row_problem(attrs, n_styles: int) -> str | None:
    """What the lite reader does not read in a <row>'s attributes (None: nothing), for the tree
    walk (_Book.sheet_data) and the scanner alike."""
    for k in attrs:
        if k[0] != "{" and k not in _ROW_ATTRS:
            return "row attribute"
    if not _ROW_NUMBER(attrs.get("r", "")):
        return "row number"
    if "ht" in attrs and not FLOAT(attrs["ht"]):
        return "row height"
    for k in ("customHeight", "hidden", "customFormat", "collapsed", "thickTop", "thickBot"):
        if k in attrs and not BOOL(attrs[k]):
            return "row flag"
    if "outlineLevel" in attrs and not INT(attrs["outlineLevel"]):
        return "row outline"
    if "s" in attrs and (not INT(attrs["s"]) or int(attrs["s"]) >= n_styles):
        return "row style"
    return None
