"""The catalogue of codes (catalogue.toml): every finding code with its level and meaning, every
refusal code with its meaning.  One list serves the findings (review.Findings accepts only these
codes, at their level), the refusals (reading.InputError), `check --json` and README "## 代码".

The message of each finding is written where it is raised, since it quotes that row's figures;
its code, level and what the code means live here.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Code:
    code: str
    level: str | None       # 错误 / 警告 / 提示 for a finding; None for a refusal (always exit 2)
    meaning: str


@functools.cache      # read once, on the first finding or refusal (not at start-up)
def _load() -> tuple[dict[str, Code], dict[str, Code]]:
    data = tomllib.loads((resources.files("selfeval_xl") / "catalogue.toml").read_text(encoding="utf-8"))
    findings = {k: Code(k, v["level"], v["meaning"]) for k, v in data["findings"].items()}
    refusals = {k: Code(k, None, v["meaning"]) for k, v in data["refusals"].items()}
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
