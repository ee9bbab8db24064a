"""Tone check for a schets: flag judging language and suggest a noticing phrasing.

Public API (``from rapportage.tone import ...``): ``check``, ``highlight``, ``evaluate``,
``ToneRule``, ``Finding``, ``DEFAULT_RULES``, ``KINDS``, ``rules_from_rows``, and the labelled
corpora (``corpus.read_tsv``). Where things live:

* ``rules.py``: the data types and the loading of the shipped data files;
* ``regels.yaml``: the word list (inflected forms) and its advice texts;
* ``lexicon.yaml``: evaluative lemmas and phrase patterns (negated competence, absolute
  negatives, verdicts, doom, excess, prescriptions);
* ``inflection.py``: how a word-list entry becomes its inflected forms;
* ``context.py``: negation, reported speech and when moet/dient prescribes;
* ``matcher.py``: ``check``, ``highlight`` and ``evaluate``;
* ``suggestions.py``: the noticing rephrasing of each finding's sentence;
* ``corpus/``: ``dev.tsv`` (tuned on) and ``test.tsv`` (frozen before tuning).
"""

from rapportage.tone.matcher import DEFAULT_RULES, check, evaluate, highlight
from rapportage.tone.rules import KINDS, Finding, ToneRule, rules_from_rows

__all__ = [
    "DEFAULT_RULES",
    "KINDS",
    "Finding",
    "ToneRule",
    "check",
    "evaluate",
    "highlight",
    "rules_from_rows",
]
