"""The catalogue of codes (catalogue.toml): every finding code with its level, meaning and message
template, every refusal code with its meaning and message template.  One file serves the findings
(review.Findings), the refusals (reading.InputError), `check --json` and README "## 代码".

A call site names the code and passes the fields of its template, already formatted as text:

    findings.warning("weights-zero", loc, category=cat.name, weight=w_(weight))
    raise InputError.of("empty-file", name=path.name)

and where one code says genuinely different sentences, names the variant:

    findings.error("unmapped-first-level", loc, variant="no-first", name=e.name)

The template holds the words; the call site computes the figures (format_number, joined lists,
the choice of variant).  A template is formatted with str.format: a field's value is inserted as
it is, never read as a template itself, so an officer's text with "{x}" in it passes through.

A code outside the catalogue, a finding at another level, an unknown variant, a missing or an
unexpected field, or a field that is not text is a programming error: ValueError naming the code
(caught by the tests, never by a user; a missing field never shows as "{x}").

The file is read on the first finding or refusal, not at import (`selfeval-xl --help` never parses
it); after that, a message is one dict lookup and one str.format.
"""
from __future__ import annotations

import functools
import re
import string
import tomllib
from dataclasses import dataclass
from importlib import resources

DEFAULT = None          # the variant of the `message` key


@dataclass(frozen=True)
class Code:
    code: str
    level: str | None       # 错误 / 警告 / 提示 for a finding; None for a refusal (always exit 2)
    meaning: str
    # {variant: (template, its field names)}; the variant of `message` is None (DEFAULT)
    templates: dict[str | None, tuple[str, frozenset[str]]]

    def text(self, variant: str | None, fields: dict[str, str]) -> str:
        """The message: the variant's template with the fields (text) put in."""
        try:
            template, names = self.templates[variant]
        except KeyError:
            raise ValueError(f"code {self.code!r} has no message variant {variant!r} in catalogue.toml "
                             f"(it has {sorted(v or 'message' for v in self.templates)})") from None
        if fields.keys() != names:
            missing, extra = sorted(names - fields.keys()), sorted(fields.keys() - names)
            raise ValueError(f"code {self.code!r} (variant {variant!r}): "
                             + "; ".join(([f"missing field(s) {missing}"] if missing else [])
                                         + ([f"unexpected field(s) {extra}"] if extra else []))
                             + f"; its template takes {sorted(names)}")
        for name, value in fields.items():
            if not isinstance(value, str):
                raise ValueError(f"code {self.code!r}: field {name!r} is a {type(value).__name__}, not "
                                 f"text (format it at the call site)")
        text = template.format_map(fields)
        # no template holds a line break (tests/test_codes_documented.py), so any is a field's
        return _one_line(text) if "\n" in text or "\r" in text else text


_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def _one_line(text: str) -> str:
    """A message on one line, as it is shown everywhere (the terminal's table of `check`, 复核意见,
    the batch summary), though a field quoting an officer's cell may hold line breaks (a long 三级
    name wrapped by hand).  Between two Chinese characters a break goes, elsewhere it is a space."""
    def join(m: re.Match) -> str:
        before, after = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
        return "" if before > "\u2e7f" and after > "\u2e7f" else " "
    return _BREAK.sub(join, text).strip()


def _fields(code: str, variant: str | None, template: object) -> frozenset[str]:
    """The field names of a template: only plain named fields, `{name}` (no `{}`, `{0}`, `{x.y}`,
    `{x[0]}`, `{x!r}`, `{x:>5}`); `{{` and `}}` are literal braces."""
    where = f"catalogue.toml: {code!r} variant {variant!r}"
    if not isinstance(template, str):
        raise ValueError(f"{where}: a template must be a string")
    names = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion or name == "variant":
            raise ValueError(f"{where}: field {{{name}{'!' + conversion if conversion else ''}"
                             f"{':' + spec if spec else ''}}} is not a plain named field (or is named variant)")
        names.add(name)
    return frozenset(names)


def _entry(code: str, level: str | None, data: dict) -> Code:
    unknown = set(data) - {"level", "meaning", "message", "variants"}
    if unknown or "message" not in data or "meaning" not in data:
        raise ValueError(f"catalogue.toml: {code!r} needs meaning and message (and may have level, "
                         f"variants), has {sorted(data)}")
    templates = {DEFAULT: data["message"], **data.get("variants", {})}
    return Code(code, level, data["meaning"],
                {v: (t, _fields(code, v, t)) for v, t in templates.items()})


@functools.cache      # read once, on the first finding or refusal (not at start-up)
def _load() -> tuple[dict[str, Code], dict[str, Code]]:
    data = tomllib.loads((resources.files("selfeval_xl") / "catalogue.toml").read_text(encoding="utf-8"))
    findings = {k: _entry(k, v["level"], v) for k, v in data["findings"].items()}
    refusals = {k: _entry(k, None, v) for k, v in data["refusals"].items()}
    return findings, refusals


def __getattr__(name: str):
    """FINDINGS and REFUSALS: {code: Code}, loaded when first asked for."""
    if name == "FINDINGS":
        return _load()[0]
    if name == "REFUSALS":
        return _load()[1]
    raise AttributeError(name)


def finding(code: str, level: str) -> Code:
    """The catalogue entry of a finding code; a code not in the catalogue, or raised at another
    level, is a programming error (caught by the tests, never by a user)."""
    entry = _load()[0].get(code)
    if entry is None or entry.level != level:
        raise ValueError(f"finding code {code!r} at level {level!r} is not in catalogue.toml"
                         + (f" (it is a {entry.level})" if entry else ""))
    return entry


def refusal(code: str) -> Code:
    entry = _load()[1].get(code)
    if entry is None:
        raise ValueError(f"refusal code {code!r} is not in catalogue.toml")
    return entry
