"""The data types of the tone check: a rule, a finding, and loading the shipped rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

KINDS = ("oordeel", "voorschrift", "absoluut")
MATCHES = ("vorm", "lemma", "regex")
DATA = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ToneRule:
    """One maintained entry of the word list; plain data so a model row can feed it.

    ``match`` says how ``pattern`` is read: ``vorm`` (default) expands it into its inflected
    forms (see ``inflection``), ``lemma`` compares it with each word's lemma (simplemma), and
    ``regex`` is a pattern from ``lexicon.yaml`` (a space means any whitespace).
    """

    pattern: str
    kind: str
    suggestion: str
    negation_sensitive: bool = True
    variants: tuple[str, ...] = ()
    inflect: bool = True
    addressed: bool = False
    except_in: tuple[str, ...] = ()
    match: str = "vorm"
    family: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown tone rule kind {self.kind!r}; expected one of {KINDS}.")
        if self.match not in MATCHES:
            raise ValueError(f"Unknown match {self.match!r}; expected one of {MATCHES}.")
        if not self.pattern.strip():
            raise ValueError("A tone rule needs a pattern.")
        for name in ("variants", "except_in"):  # accept lists from JSON / model rows
            object.__setattr__(self, name, tuple(getattr(self, name) or ()))


@dataclass
class Finding:
    """A judging span: ``text[start:end] == matched``. ``rephrasing`` is a noticing version
    of the sentence it sits in (built by ``suggestions.rephrase``)."""

    start: int
    end: int
    matched: str
    rule: ToneRule = field(repr=False)
    rephrasing: str = ""

    @property
    def suggestion(self) -> str:
        """The rule's advice followed by the rephrased sentence."""
        if not self.rephrasing:
            return self.rule.suggestion
        return f"{self.rule.suggestion} {self.rephrasing}"


def rules_from_rows(rows: Iterable[Mapping]) -> tuple[ToneRule, ...]:
    """Build rules from dicts (e.g. ``ToonRegel.objects.values(...)``); unknown keys ignored."""
    names = set(ToneRule.__dataclass_fields__)
    return tuple(ToneRule(**{k: v for k, v in row.items() if k in names}) for row in rows)


def _load(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def default_rules() -> tuple[ToneRule, ...]:
    """The shipped rules: the word list of ``regels.yaml`` (inflected forms), then the
    lemmas and phrase patterns of ``lexicon.yaml``."""
    regels = _load("regels.yaml")
    advice = regels["suggesties"]
    rules = [
        ToneRule(
            r["patroon"],
            r["soort"],
            advice[r["suggestie"]],
            negation_sensitive=r.get("negatie", True),
            variants=r.get("varianten", ()),
            inflect=r.get("verbuigen", True),
            addressed=r.get("gericht", False),
            except_in=r.get("behalve_in", ()),
        )
        for r in regels["regels"]
    ]
    taken = {r.pattern.lower() for r in rules}
    lexicon = _load("lexicon.yaml")
    advice.update(lexicon.get("suggesties", {}))
    for group in lexicon["woorden"]:
        for word in group["lemmas"]:
            if word.lower() in taken:
                continue
            taken.add(word.lower())
            rules.append(
                ToneRule(
                    word.lower(),
                    group["soort"],
                    advice[group["suggestie"]],
                    match="lemma",
                    family=group["familie"],
                )
            )
    for group in lexicon["patronen"]:
        for pattern in group["regex"]:
            rules.append(
                ToneRule(
                    pattern,
                    group["soort"],
                    advice[group["suggestie"]],
                    negation_sensitive=group.get("negatie", False),
                    match="regex",
                    family=group["familie"],
                )
            )
    return tuple(rules)
