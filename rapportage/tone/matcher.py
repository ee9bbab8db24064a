"""Find judging language in a text: the engine behind ``rapportage.tone.check``.

A Spiegel notices and interprets; it does not judge. ``check`` returns character offsets of
words and phrases that judge ("faalt", "ongestructureerd", "doen hun werk niet goed"),
prescribe ("de klantmanagers moeten beter ...") or generalise absolutely ("nooit", "snapt er
niets van"), each with a rule (kind and advice) and a noticing rephrasing of its sentence.

Three kinds of rule (``ToneRule.match``): word-list entries expanded into inflected forms
(``inflection``), lemmas compared with simplemma's Dutch lemma of every word, and phrase
patterns from ``lexicon.yaml``. All findings pass the same context filter (``context``):
negation, reported speech, quotes, code and links, and, for moet/dient, whether the
sentence prescribes or describes procedure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import simplemma

from rapportage.tone.context import Context, addressed, attributed, negated
from rapportage.tone.inflection import LB, RB, WORD, alternatives, phrase_regex
from rapportage.tone.rules import Finding, ToneRule, default_rules
from rapportage.tone.suggestions import rephrase

DEFAULT_RULES: tuple[ToneRule, ...] = default_rules()

_GAP_TOKEN = re.compile(r"~(\d)")


def _regex_for(pattern: str) -> str:
    parts = pattern.split(" ")
    body = ""
    for i, part in enumerate(parts):
        gap = _GAP_TOKEN.fullmatch(part)
        if gap:
            body += "(?:" + r"\s+" + WORD + "){0," + gap.group(1) + "}?"
        else:
            body += (r"\s+" if i else "") + part
    return body


@lru_cache(maxsize=32)
def _compile(rules: tuple[ToneRule, ...]):
    """(regex, rule, excepts) for form and pattern rules, and a lemma -> rule map."""
    compiled, lemmas = [], {}
    for rule in rules:
        if rule.match == "lemma":
            lemmas.setdefault(rule.pattern.lower(), rule)
            continue
        if rule.match == "regex":
            source, flags = _regex_for(rule.pattern), re.MULTILINE
        else:
            source, flags = "|".join(alternatives(rule)), 0
        # Matched against the lower-cased text, and the left word boundary is checked in
        # Python (``_starts_word``): a leading look-behind and IGNORECASE would stop the
        # regex engine from scanning for the literal prefix (40 times slower).
        regex = re.compile("(?:" + source + ")" + RB, flags)
        excepts = tuple(
            re.compile(LB + phrase_regex(e.lower()) + RB, re.IGNORECASE) for e in rule.except_in
        )
        compiled.append((regex, rule, excepts))
    return tuple(compiled), lemmas


@lru_cache(maxsize=100_000)
def lemma_forms(word: str) -> tuple[str, ...]:
    """The word, its simplemma lemma and its plain adjective stems ("slordige" -> slordig)."""
    forms = {word, simplemma.lemmatize(word, lang="nl").lower()}
    for suffix in ("ste", "st", "ere", "er", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # slappe -> slap
            if stem.endswith("v"):
                forms.add(stem[:-1] + "f")
            if stem.endswith("z"):
                forms.add(stem[:-1] + "s")
    return tuple(forms)


def _lower(text: str) -> str:
    """``text`` in lower case with the same length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _starts_word(low: str, start: int) -> bool:
    """The left boundary of ``LB``: not glued to a word or a hyphenated compound."""
    if start == 0:
        return True
    before = low[start - 1]
    if before.isalnum():
        return False
    return not (before == "-" and start >= 2 and low[start - 2].isalnum())


def _keep(ctx: Context, start: int, end: int, rule: ToneRule, excepts: tuple) -> bool:
    if ctx.inside(ctx.masked, start, end) or ctx.inside(ctx.quotes, start, end):
        return False
    for regex in excepts:
        for m in regex.finditer(ctx.text, max(0, start - 60), end + 60):
            if m.start() <= start and end <= m.end():
                return False
    first, last = ctx.index(start), ctx.index(end - 1)
    if rule.negation_sensitive and negated(ctx, first, last, rule):
        return False
    if attributed(ctx.sentence_words(start)):
        return False
    return not rule.addressed or addressed(ctx, first, last)


def check(text: str, rules: Iterable[ToneRule] = DEFAULT_RULES) -> list[Finding]:
    """Findings in ``text``, sorted by offset and non-overlapping (longest match wins)."""
    compiled, lemmas = _compile(tuple(rules))
    if not text:
        return []
    ctx = Context(text)
    low = _lower(text)
    candidates = []
    for regex, rule, excepts in compiled:
        for m in regex.finditer(low):
            start, end = m.span()
            if end > start and _starts_word(low, start) and _keep(ctx, start, end, rule, excepts):
                candidates.append(Finding(start, end, text[start:end], rule))
    if lemmas:
        for start, end, word in ctx.tokens:
            if not word[0].isalpha():
                continue
            rule = next((lemmas[f] for f in lemma_forms(word) if f in lemmas), None)
            if rule is not None and _keep(ctx, start, end, rule, ()):
                candidates.append(Finding(start, end, text[start:end], rule))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    findings: list[Finding] = []
    for finding in candidates:
        if not findings or finding.start >= findings[-1].end:
            findings.append(finding)
    for finding in findings:
        finding.rephrasing = rephrase(ctx, finding)
    return findings


def highlight(text: str, findings: Iterable[Finding]) -> list[tuple[str, Finding | None]]:
    """Split ``text`` into (segment, finding-or-None) pairs covering it exactly, for templates."""
    segments: list[tuple[str, Finding | None]] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        if f.start > pos:
            segments.append((text[pos : f.start], None))
        segments.append((text[f.start : f.end], f))
        pos = f.end
    if pos < len(text):
        segments.append((text[pos:], None))
    return segments


def evaluate(
    corpus: Iterable[tuple[str, bool]], rules: Iterable[ToneRule] = DEFAULT_RULES
) -> dict[str, float | int]:
    """Confusion counts and precision/recall of ``check`` on (sentence, is_judging) pairs."""
    rules = tuple(rules)
    tp = fp = fn = tn = 0
    for sentence, judging in corpus:
        flagged = bool(check(sentence, rules))
        tp += flagged and judging
        fp += flagged and not judging
        fn += judging and not flagged
        tn += not judging and not flagged
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall}
