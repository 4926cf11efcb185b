"""Every code the package can emit is in the catalogue (selfeval_xl/catalogue.toml) at its level,
every catalogue code is emitted somewhere, README "## 代码" shows exactly the catalogue, and every
call site passes exactly the fields of the template it names.

The codes are read from the source with `ast`, not listed here, so a new code without a README row fails:

- finding codes: the string constant passed as the code to ``<findings>.error/.warning/.info(code,
  location, [variant=…,] **fields)`` or ``.add(level, code, location, …)`` (the level follows from the
  method: 错误 / 警告 / 提示, and must be the level the README gives);
- refusal codes: the string constant passed as the code to ``InputError.of(code, [variant=…,] **fields)``,
  or to ``InputError(message, code)`` where a sentence is still written at the call site.

A code or a variant passed as anything but a constant (a variable, an f-string), or fields passed
as ``**mapping``, cannot be checked and fails too.
"""
from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "selfeval_xl"
LEVELS = {"error": "错误", "warning": "警告", "info": "提示"}
CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _constants(node: ast.AST) -> list[str] | None:
    """The string constants an argument can be ("a" if x else "b" gives both); None if not constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _constants(node.body), _constants(node.orelse)
        return None if a is None or b is None else a + b
    return None


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def _inside_findings_class(tree: ast.Module) -> set[int]:
    """ids of the nodes inside `class Findings` and `class InputError` (their methods pass `code` on:
    not a place codes are made)."""
    ids: set[int] = set()
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name in ("Findings", "InputError"):
            ids.update(id(n) for n in ast.walk(cls))
    return ids


@dataclass(frozen=True)
class Site:
    """A place the package raises a finding or a refusal."""
    where: str                          # selfeval_xl/rules.py:433
    kind: str                           # "finding" | "refusal"
    codes: tuple[str, ...]              # the code (two for `"a" if x else "b"`)
    level: str | None                   # of a finding
    variants: tuple[str | None, ...] | None   # the variants it can name; None: a message of its own
    fields: frozenset[str] | None = None      # the keyword fields; None: passed as **mapping


def _variant_values(arg: ast.AST | None) -> tuple[str | None, ...] | None:
    """The variants a `variant=` argument can name (None: the `message`); None if not constant."""
    if arg is None or (isinstance(arg, ast.Constant) and arg.value is None):
        return (None,)
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return (arg.value,)
    if isinstance(arg, ast.IfExp):
        a, b = _variant_values(arg.body), _variant_values(arg.orelse)
        return None if a is None or b is None else a + b
    return None


def _variants(call: ast.Call) -> tuple[str | None, ...] | None:
    return _variant_values(next((k.value for k in call.keywords if k.arg == "variant"), None))


def _fields(call: ast.Call) -> frozenset[str] | None:
    if any(k.arg is None for k in call.keywords):          # **fields
        return None
    return frozenset(k.arg for k in call.keywords if k.arg != "variant")


@functools.cache
def sites() -> tuple[Site, ...]:
    out, problems = [], []
    for path, tree in _modules():
        skip = _inside_findings_class(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in skip:
                continue
            func, args = node.func, node.args
            if isinstance(func, ast.Attribute) and func.attr in LEVELS and len(args) == 2:
                kind, level, code_arg = "finding", LEVELS[func.attr], args[0]   # findings.warning(code, location, …)
            elif isinstance(func, ast.Attribute) and func.attr == "add" and len(args) == 3:
                level_names = _constants(args[0])                  # findings.add(level, code, location, …)
                names = getattr(args[0], "id", None)
                kind, code_arg = "finding", args[1]
                level = (level_names[0] if level_names else
                         {"ERROR": "错误", "WARNING": "警告", "INFO": "提示"}.get(names, "?"))
            elif (isinstance(func, ast.Attribute) and func.attr == "of"
                  and getattr(func.value, "id", None) == "InputError"):
                if not args:
                    problems.append(f"{_where(path, node)}: an InputError.of without a code")
                    continue
                kind, level, code_arg = "refusal", None, args[0]    # InputError.of(code, …)
            elif getattr(func, "id", None) == "InputError":          # InputError(message, code)
                arg = args[1] if len(args) > 1 else next((k.value for k in node.keywords if k.arg == "code"), None)
                if arg is None:
                    problems.append(f"{_where(path, node)}: an InputError without a code (the code is required)")
                    continue
                values = _constants(arg)
                if values is None:
                    problems.append(f"{_where(path, node)}: an InputError whose code is not a string constant")
                    continue
                out.append(Site(_where(path, node), "refusal", tuple(values), None, None))
                continue
            else:
                continue
            values = _constants(code_arg)
            if values is None:
                problems.append(f"{_where(path, node)}: a {kind} whose code is not a string constant")
                continue
            for v in values:
                if not CODE.fullmatch(v):
                    problems.append(f"{_where(path, node)}: code {v!r} is not kebab-case")
            variants = _variants(node)
            if variants is None:
                problems.append(f"{_where(path, node)}: a {kind} whose variant is not a string constant")
                continue
            out.append(Site(_where(path, node), kind, tuple(values), level, variants, _fields(node)))
    assert not problems, problems
    return tuple(out)


def finding_codes() -> dict[str, set[str]]:
    """{code: {levels}} of every finding the package creates."""
    codes: dict[str, set[str]] = {}
    for site in sites():
        if site.kind == "finding":
            for c in site.codes:
                codes.setdefault(c, set()).add(site.level)
    return codes


def refusal_codes() -> set[str]:
    return {c for site in sites() if site.kind == "refusal" for c in site.codes}


def readme_tables() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """({code: (level, meaning)} of README's 复核意见 table, {code: meaning} of its refusal table)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^## 代码\n(.*?)(?=^## )", text, flags=re.S | re.M)
    assert m, "README has no “## 代码” section"
    section = m.group(1)
    parts = re.split(r"^### ", section, flags=re.M)
    tables = {}
    for part in parts[1:]:
        title, _, body = part.partition("\n")
        rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                for line in body.splitlines() if line.startswith("| `")]
        tables[title.strip()] = rows
    findings, refusals = tables.get("复核意见的代码"), tables.get("无法使用时的代码")
    assert findings and refusals, f"README “## 代码” should have the two tables, has {list(tables)}"
    out_f, out_r = {}, {}
    for row in findings:
        code, level, meaning = row
        code = code.strip("`")
        assert code not in out_f, f"{code} twice in README"
        assert meaning, f"{code} has no description in README"
        out_f[code] = (level, meaning)
    for row in refusals:
        code, meaning = row
        code = code.strip("`")
        assert code not in out_r, f"{code} twice in README"
        assert meaning, f"{code} has no description in README"
        out_r[code] = meaning
    return out_f, out_r


def test_the_source_scan_finds_the_codes_we_know():
    """The scan itself works: codes seen in the seed's output and in the bad-input tests are found."""
    f, r = finding_codes(), refusal_codes()
    assert {"rate-mismatch", "reason-missing", "weights-split", "scheme-auto"} <= set(f)
    assert f["rate-mismatch"] == {"警告"} and f["actual-missing"] == {"错误"} and f["scheme-auto"] == {"提示"}
    assert {"not-xlsx", "encrypted", "zip-bomb", "output-is-input"} <= r


def test_every_finding_code_is_in_the_catalogue_at_its_level():
    from selfeval_xl.catalogue import FINDINGS

    codes = finding_codes()
    missing = sorted(set(codes) - set(FINDINGS))
    assert not missing, f"finding codes not in catalogue.toml: {missing}"
    stale = sorted(set(FINDINGS) - set(codes))
    assert not stale, f"catalogue.toml lists finding codes the package never emits: {stale}"
    wrong = {c: (FINDINGS[c].level, sorted(codes[c])) for c in codes if {FINDINGS[c].level} != codes[c]}
    assert not wrong, f"catalogue.toml gives another level than the code (catalogue, code): {wrong}"


def test_every_refusal_code_is_in_the_catalogue():
    from selfeval_xl.catalogue import REFUSALS

    codes = refusal_codes()
    assert not sorted(codes - set(REFUSALS)), f"refusal codes not in catalogue.toml: {sorted(codes - set(REFUSALS))}"
    assert not sorted(set(REFUSALS) - codes), f"catalogue.toml lists unused refusal codes: {sorted(set(REFUSALS) - codes)}"


def test_readme_shows_exactly_the_catalogue():
    from selfeval_xl.catalogue import FINDINGS, REFUSALS

    findings, refusals = readme_tables()
    assert findings == {c: (e.level, e.meaning) for c, e in FINDINGS.items()}
    assert refusals == {c: e.meaning for c, e in REFUSALS.items()}


def test_a_code_outside_the_catalogue_is_refused_by_findings_and_input_error():
    from selfeval_xl.reading import InputError
    from selfeval_xl.review import Findings

    with pytest.raises(ValueError, match="no-such-code"):
        Findings().warning("no-such-code", "", name="x")
    with pytest.raises(ValueError, match="reason-missing"):
        Findings().error("reason-missing", "", name="x", score="1", weight="2")   # a 警告 raised as an 错误
    with pytest.raises(ValueError, match="no-such-refusal"):
        InputError("x", "no-such-refusal")
    with pytest.raises(ValueError, match="no-such-refusal"):
        InputError.of("no-such-refusal", file="x")
    f = Findings().warning("reason-missing", "A1", name="x", score="1", weight="2")
    assert (f.code, f.location, f.message) == ("reason-missing", "A1",
                                               "指标“x”未得满分（1/2），但没有填写偏差原因分析及改进措施。")
    e = InputError.of("not-a-file", variant="special", path="/dev/null")
    assert (e.code, e.message, str(e)) == ("not-a-file", "“/dev/null”不是普通文件（可能是管道或设备），不是 Excel 工作簿。",
                                           e.message)


# --------------------------------------------------------------------------------------------
# Message templates
# --------------------------------------------------------------------------------------------

def _templates() -> dict[tuple[str, str, str | None], frozenset[str]]:
    """{(kind, code, variant): the template's fields} of the whole catalogue."""
    from selfeval_xl.catalogue import FINDINGS, REFUSALS

    return {(kind, code, variant): names
            for kind, entries in (("finding", FINDINGS), ("refusal", REFUSALS))
            for code, entry in entries.items() for variant, (_t, names) in entry.templates.items()}




def test_every_call_site_passes_exactly_the_fields_of_its_template():
    """Statically, every finding and refusal raised by template: the variant it names exists and
    the keywords it passes are the template's fields, no more, no fewer."""
    templates = _templates()
    wrong = []
    for site in sites():
        if site.variants is None:
            continue                    # InputError(message, code): a sentence of its own
        if site.fields is None:
            wrong.append(f"{site.where}: fields passed as **mapping cannot be checked")
            continue
        for code in site.codes:
            for variant in site.variants:
                names = templates.get((site.kind, code, variant))
                if names is None:
                    wrong.append(f"{site.where}: {code!r} has no variant {variant!r} in catalogue.toml")
                elif names != site.fields:
                    wrong.append(f"{site.where}: {code!r} variant {variant!r} takes {sorted(names)}, "
                                 f"the call passes {sorted(site.fields)}")
    assert not wrong, "\n".join(wrong)


def test_no_template_holds_a_line_break():
    """A message is one line (catalogue.Code.text folds the line breaks its fields bring, and only
    looks when the message holds one)."""
    from selfeval_xl.catalogue import FINDINGS, REFUSALS

    for code in [*FINDINGS.values(), *REFUSALS.values()]:
        for variant, (template, _names) in code.templates.items():
            assert "\n" not in template and "\r" not in template, (code.code, variant)


def test_every_template_is_named_by_some_call_site():
    named = {(c, v) for site in sites() if site.variants is not None for c in site.codes for v in site.variants}
    unused = sorted({(code, variant) for _kind, code, variant in _templates()} - named, key=str)
    assert not unused, f"templates in catalogue.toml no call site names: {unused}"


def test_every_message_comes_from_the_catalogue():
    """No call site writes a sentence of its own with InputError(message, code)."""
    own = [site.where for site in sites() if site.variants is None]
    assert not own, f"write these messages as catalogue templates: {own}"


def test_a_missing_an_unexpected_or_a_non_text_field_is_a_programming_error():
    from selfeval_xl.reading import InputError
    from selfeval_xl.review import Findings

    with pytest.raises(ValueError, match=r"'weights-zero'.*missing field\(s\) \['weight'\]"):
        Findings().warning("weights-zero", "", category="产出指标")
    with pytest.raises(ValueError, match=r"'weights-zero'.*unexpected field\(s\) \['share'\]"):
        Findings().warning("weights-zero", "", category="产出指标", weight="30", share="10")
    with pytest.raises(ValueError, match=r"'weights-zero'.*field 'weight' is a int, not text"):
        Findings().warning("weights-zero", "", category="产出指标", weight=30)
    with pytest.raises(ValueError, match=r"'unmapped-first-level' has no message variant 'no-such'"):
        Findings().error("unmapped-first-level", "", variant="no-such", name="x")
    with pytest.raises(ValueError, match=r"'empty-file'.*missing field\(s\) \['file'\]"):
        InputError.of("empty-file")
    with pytest.raises(ValueError, match=r"'empty-file'.*unexpected field\(s\) \['path'\]"):
        InputError.of("empty-file", file="a.xlsx", path="/a.xlsx")


@pytest.mark.parametrize("typed", ["{x}", "{}", "{0}", "{{x}}", "{name}", "{x!r:>5}", "}{", "%s"])
def test_an_officers_text_with_braces_passes_through_unchanged(typed):
    """A field is put in as data, never read as a template: what the officer typed shows as typed."""
    from selfeval_xl.review import Findings

    f = Findings().warning("self-score-unreadable", "A1", name=typed, value=typed + typed)
    assert f.message == f"指标“{typed}”的自评得分“{typed + typed}”无法识别为数字，已忽略。"


def test_an_officers_text_with_braces_in_a_workbook(tmp_path):
    """The same through reading and scoring: braces typed in an indicator's name, actual, 分值 and
    自评得分 show in the findings exactly as typed."""
    import selfeval_xl
    from helpers import make_workbook

    rows = [("产出指标", "数量指标", "培训{x}人次", "≥100人次", None, "{}完成", "{0}", "{name}分"),
            ("效益指标", "社会效益", "满意度{{}}", "≥90%", None, "95%", 30, None)]
    result = selfeval_xl.evaluate(make_workbook(tmp_path / "w.xlsx", rows))
    messages = {f.code: f.message for f in result.findings}
    assert messages["text-actual-on-number"] == ("指标“培训{x}人次”的指标值是数字（“≥100人次”），实际完成值却是文字"
                                                 "“{}完成”，得 0 分；请填写实际完成的数字。")
    assert messages["weight-unreadable"] == "指标“培训{x}人次”的分值“{0}”无法识别为数字，按未填写处理。"
    assert messages["self-score-unreadable"] == "指标“培训{x}人次”的自评得分“{name}分”无法识别为数字，已忽略。"


def test_a_template_takes_only_plain_named_fields():
    from selfeval_xl.catalogue import _fields

    assert _fields("c", None, "“{name}”为 {amount} {{万元}}") == {"name", "amount"}
    for bad in ("{}", "{0}", "{x.y}", "{x[0]}", "{x!r}", "{x:>5}", "{variant}", "{x", "x}"):
        with pytest.raises(ValueError, match="'c'"):
            _fields("c", None, bad)


def test_every_code_has_a_message_template():
    from selfeval_xl.catalogue import FINDINGS, REFUSALS

    for code, entry in {**FINDINGS, **REFUSALS}.items():
        assert None in entry.templates and all(t for t, _names in entry.templates.values()), code


def test_the_catalogue_is_read_on_the_first_message_not_at_start_up():
    probe = ("from selfeval_xl.cli import cli\n"
             "from selfeval_xl import catalogue\n"
             "try:\n    cli.main(['--help'], standalone_mode=False)\n"
             "finally:\n    print('LOADED', catalogue._load.cache_info().currsize)\n")
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert p.stdout.rsplit("LOADED", 1)[1].strip() == "0"


def test_codes_the_package_looks_for_are_codes_it_emits():
    """The risk points of batch and the problem groups of the report name real codes (a typo there
    would silently never match)."""
    from selfeval_xl import batching, reporting

    emitted = set(finding_codes())
    for name, used in (("batching._CODE_COUNTS", set(batching._CODE_COUNTS)),
                       ("reporting.PROBLEM_CODES", set(reporting.PROBLEM_CODES))):
        assert used <= emitted, f"{name} names codes nothing emits: {sorted(used - emitted)}"
