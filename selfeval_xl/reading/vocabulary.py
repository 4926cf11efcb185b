"""The form vocabulary (forms.toml) as read-only structures the reader consults.

Loaded once, on first import; nothing here changes afterwards.  A maintainer extends the forms
the reader accepts by editing forms.toml, not this file.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from .labels import norm_label, split_unit


@dataclass(frozen=True)
class Vocabulary:
    declaration_sheet: str
    budget_sheet: str
    required_headings: tuple[str, ...]
    headings: MappingProxyType            # canonical → (aliases …)
    heading_index: MappingProxyType       # label base → ((canonical, priority), …)
    total_words: frozenset[str]           # label bases
    note_words: tuple[str, ...]
    placeholder: re.Pattern
    placeholder_prefix: re.Pattern
    closing_words: tuple[str, ...]
    empty_rows_end: int
    no_value_marks: frozenset[str]
    labels: MappingProxyType              # name → (spellings …)
    project_labels: tuple[str, ...]
    project_titles: tuple[str, ...]
    required_labels: MappingProxyType     # kind → (names …)
    name_label: MappingProxyType          # kind → name
    task_headings: tuple[str, str]
    goal_headings: tuple[str, str]
    budget_sheet_labels: MappingProxyType
    budget_figures: MappingProxyType      # figure → (aliases …), in priority order
    budget_optional: MappingProxyType
    budget_total_labels: tuple[str, ...]
    no_money: frozenset[str]
    yuan_marks: tuple[str, ...]


def _heading_index(headings: dict[str, list[str]]) -> dict[str, tuple]:
    """A heading cell matches a spelling when their label bases are equal (labels_match compares
    bases).  base → ((canonical, priority of its first matching spelling: 0 canonical, >0 alias), …)."""
    index: dict[str, list[tuple[str, int]]] = {}
    for canon, aliases in headings.items():
        for prio, spelling in enumerate([canon] + list(aliases)):
            hits = index.setdefault(split_unit(norm_label(spelling))[0], [])
            if all(hit[0] != canon for hit in hits):
                hits.append((canon, prio))
    return {k: tuple(v) for k, v in index.items()}


def _load() -> Vocabulary:
    data = tomllib.loads((resources.files("selfeval_xl.reading") / "forms.toml").read_text("utf-8"))
    h, t, k, bt = data["headings"], data["table"], data["kinds"], data["budget_table"]
    ro = MappingProxyType
    return Vocabulary(
        declaration_sheet=data["sheets"]["declaration"],
        budget_sheet=data["sheets"]["budget"],
        required_headings=tuple(h["required"]),
        headings=ro({c: tuple(a) for c, a in h["aliases"].items()}),
        heading_index=ro(_heading_index(h["aliases"])),
        total_words=frozenset(split_unit(norm_label(w))[0] for w in t["total_words"]),
        note_words=tuple(t["note_words"]),
        placeholder=re.compile(t["placeholder"]),
        placeholder_prefix=re.compile(t["placeholder_prefix"]),
        closing_words=tuple(t["closing_words"]),
        empty_rows_end=int(t["empty_rows_end"]),
        no_value_marks=frozenset(t["no_value_marks"]),
        labels=ro({n: tuple(s) for n, s in data["labels"].items()}),
        project_labels=tuple(k["project_labels"]),
        project_titles=tuple(norm_label(x) for x in k["project_titles"]),
        required_labels=ro({kind: tuple(v) for kind, v in k["required"].items()}),
        name_label=ro(dict(k["name"])),
        task_headings=tuple(data["texts"]["tasks"]),
        goal_headings=tuple(data["texts"]["goals"]),
        budget_sheet_labels=ro({n: tuple(s) for n, s in data["budget_sheet"].items()}),
        budget_figures=ro({n: tuple(s) for n, s in bt["figures"].items()}),
        budget_optional=ro({n: tuple(s) for n, s in bt["optional"].items()}),
        budget_total_labels=tuple(bt["rows"]["total_labels"]),
        no_money=frozenset(bt["rows"]["no_money"]),
        yuan_marks=tuple(bt["rows"]["yuan_marks"]),
    )


VOCAB = _load()
