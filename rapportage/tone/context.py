"""The context of a match: clause words, negation, reported speech and prescriptions.

Documented decisions:

* Negation: for ``negation_sensitive`` rules a negator (niet, geen, nooit, ...) up to three
  words before the match in the same clause, "niet zo dat" earlier in the clause, inside a
  split verb, or right after it cancels the finding: "niet slecht", "geen slechte", "faalt
  niet", "schiet niet tekort". "niet alleen" is not a negation. For ``absoluut`` rules hedges
  count too ("bijna altijd", "niet iedereen"); for doom predictions "soms" ("soms gaat het mis"
  describes, it does not predict).
* Reported speech is not the reviewer's judgement: matches inside quotation marks, in a
  Markdown blockquote, or in a sentence carrying an attribution ("volgens", "zegt", "vertelt",
  "geeft aan", "hoorden", "ervaren", ...) are not flagged, unless the attribution is the
  reviewers' own ("vinden wij", "volgens ons").
* ``addressed`` rules (moet/moeten, dient/dienen) prescribe unless the sentence describes
  procedure or the reviewers themselves. Not flagged: the reviewers as subject ("we moeten
  nog ..."), procedure (a deadline "binnen acht weken", "uiterlijk", "jaarlijks", the law,
  an article, "bij een herindicatie ..."), inwoners, applicants or employers as subject ("een
  aanvraag moet schriftelijk ..."), a single role without a call for change ("de consulent
  moet binnen acht weken beslissen"). Flagged: a call for change to anyone ("moet beter",
  "moet anders", "moet worden aangepakt", "moeten omlaag"), an organisation, team or plural
  role as subject ("de klantmanagers moeten ..."), impersonal "er moet ..." and "zou ...
  moeten". These rules ignore negation: "de gemeente moet niet langer wachten" prescribes.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rapportage.tone.inflection import WORD
from rapportage.tone.rules import ToneRule

NEGATORS = {"niet", "geen", "nooit", "nergens", "geenszins", "allerminst", "niets", "niks"}
HEDGES = {"bijna", "vrijwel", "nagenoeg", "haast"}
NUANCE = {"soms", "weleens", "af", "incidenteel", "zelden", "nauwelijks", "mogelijk"}
NOT_A_NEGATION_AFTER_NIET = {"alleen", "enkel", "slechts", "pas", "zozeer", "meer", "eens"}
CLAUSE_WORDS = {"maar", "want", "omdat", "terwijl", "doordat", "hoewel", "dus", "en", "of"}
SELF = {"wij", "we", "ik", "reviewers", "reviewteam", "ons"}
SELF_SUBJECTS = SELF - {"ons"}
ATTRIBUTION = {
    "volgens", "zegt", "zei", "zeggen", "zeiden", "vertelt", "vertelde", "vertellen",
    "vertelden", "aldus", "vindt", "vinden", "vond", "vonden", "noemt", "noemde", "noemen",
    "noemden", "stelt", "stelde", "ervaart", "ervoer", "ervaren", "benadrukt", "benadrukte",
    "meldt", "meldde", "hoorden", "hoorde", "horen", "hoort", "signaleren", "signaleert",
}  # fmt: skip
GIVE_FORMS = {"geeft", "gaf", "gaven", "geven"}  # "geeft aan" = says
ADDRESSEES = {
    "team", "teams", "afdeling", "afdelingen", "directie", "management", "college", "raad",
    "bestuur", "leiding", "jullie", "u", "uitvoering", "werkbedrijf", "organisatie",
    "klantmanagers", "consulenten", "teamleiders", "wijkcoaches", "professionals",
    "medewerkers", "managers", "bestuurders", "beleidsmakers", "ambtenaren", "wethouder",
    "verantwoordelijken", "leidinggevenden", "schuldhulpverleners", "werkwijze", "beleid",
}  # fmt: skip
ADDRESSEE_PREFIXES = ("gemeente", "organisatie", "wijkteam")
CHANGE = {
    "beter", "anders", "meer", "minder", "sneller", "eenvoudiger", "omlaag", "omhoog", "zich",
    "schop", "aangepakt", "herzien", "doorbroken", "verbeterd", "veranderd", "opgelost",
    "veranderen", "verbeteren", "stoppen", "ophouden", "eens", "echt", "nu", "zelf", "vaker",
    "serieus", "strakker", "harder", "duidelijker", "kiezen", "investeren", "geïnvesteerd",
}  # fmt: skip
PROCEDURE = {
    "binnen", "uiterlijk", "wettelijk", "wet", "artikel", "termijn", "termijnen", "jaarlijks",
    "maandelijks", "meldcode", "voordat", "zodra", "verordening",
}  # fmt: skip
NOT_ADDRESSED = {
    "inwoner", "inwoners", "aanvraag", "aanvragen", "aanvrager", "werkgever", "werkgevers",
    "bezwaar", "statushouders", "bijstandsgerechtigden", "werkzoekenden", "jongeren",
    "gezin", "gezinnen", "cliënt", "cliënten", "ouders", "deelnemers",
}  # fmt: skip

# A paragraph break, list item, heading or blockquote ends a clause; a soft line break does not.
BLOCK_BREAK = r"\n[ \t]*(?=\n|[-*+>#]|\d+[.)]\s)"
_TOKEN_RE = re.compile(BLOCK_BREAK + "|" + WORD + r"|[^\w\s]")
_QUOTE_RE = re.compile(
    r"\"[^\"\n]*\"|“[^”]*”|„[^”“]*[”“]|‘[^’]*’|(?<![^\W_])'[^'\n]+'(?![^\W_])|^[ \t]*>.*$",
    re.MULTILINE,
)
_MASK_RE = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)]*\)|<[^>\n]*>|https?://\S+", re.DOTALL)
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|$)|" + BLOCK_BREAK)


class Context:
    """Tokens, quotes and sentence bounds of one text, computed once per check."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN_RE.finditer(text)]
        self.starts = [t[0] for t in self.tokens]
        self.quotes = [m.span() for m in _QUOTE_RE.finditer(text)]
        self.masked = [m.span() for m in _MASK_RE.finditer(text)]
        self.ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    @staticmethod
    def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        # spans come from one finditer, so they are sorted and disjoint
        k = bisect_right(spans, (start, float("inf"))) - 1
        return k >= 0 and spans[k][0] <= start and end <= spans[k][1]

    @staticmethod
    def is_boundary(word: str) -> bool:
        return not word[0].isalnum() or word in CLAUSE_WORDS

    def before(self, i: int, n: int) -> list[str]:
        out: list[str] = []
        for j in range(i - 1, max(-1, i - 1 - n), -1):
            if self.is_boundary(self.tokens[j][2]):
                break
            out.append(self.tokens[j][2])
        return out

    def after(self, i: int, n: int) -> list[str]:
        out: list[str] = []
        for j in range(i + 1, min(len(self.tokens), i + 1 + n)):
            if self.is_boundary(self.tokens[j][2]):
                break
            out.append(self.tokens[j][2])
        return out

    def sentence_words(self, start: int) -> list[str]:
        k = bisect_right(self.ends, start)
        lo = self.ends[k - 1] if k else 0
        hi = self.ends[k] if k < len(self.ends) else len(self.text)
        first, last = bisect_right(self.starts, lo - 1), bisect_right(self.starts, hi - 1)
        return [w for _s, _e, w in self.tokens[first:last]]

    def sentence_span(self, start: int) -> tuple[int, int]:
        """Character bounds of the sentence around ``start`` (without the leading space)."""
        k = bisect_right(self.ends, start)
        lo = self.ends[k - 1] if k else 0
        hi = self.ends[k] if k < len(self.ends) else len(self.text)
        while lo < hi and self.text[lo].isspace():
            lo += 1
        return lo, hi


def attributed(words: list[str]) -> bool:
    for i, w in enumerate(words):
        neighbours = set(words[max(0, i - 1) : i + 2])
        if neighbours & SELF:
            continue
        if w.startswith("vind") and ("plaats" in words[i : i + 3] or words[i - 1 : i] == ["te"]):
            continue  # "vindt plaats", "weten te vinden"
        if w in ATTRIBUTION:
            return True
        if w in GIVE_FORMS and "aan" in words[i + 1 : i + 6]:
            return True
    return False


def negated(ctx: Context, first: int, last: int, rule: ToneRule) -> bool:
    cues = NEGATORS | (HEDGES if rule.kind == "absoluut" else set())
    if rule.family == "onheil":
        cues = cues | NUANCE
    before = ctx.before(first, 3)
    if any(w in cues for w in before):
        return True
    if " niet zo dat " in " " + " ".join(reversed(ctx.before(first, 10))) + " ":
        return True  # "het is niet zo dat het team faalt"
    inner = {w for _s, _e, w in ctx.tokens[first + 1 : last]} - set(rule.pattern.lower().split())
    if rule.match == "vorm" and inner & NEGATORS:  # "schiet niet tekort"
        return True
    after = ctx.after(last, 2)
    if after and after[0] == "niet":  # "faalt niet", but not "faalt niet alleen ..."
        return len(after) == 1 or after[1] not in NOT_A_NEGATION_AFTER_NIET
    return False


def addressed(ctx: Context, first: int, last: int) -> bool:
    """Whether the modal at tokens first..last prescribes (see the module docstring)."""
    before, after = ctx.before(first, 8), ctx.after(last, 8)
    if set(before[:1] + after[:1]) & SELF_SUBJECTS:  # "wij moeten als ...", "moeten we nog"
        return False
    if set(before) & NOT_ADDRESSED:
        return False
    sentence = ctx.sentence_words(ctx.tokens[first][0])
    conditional = any(
        a == "bij" and b in ("een", "elke", "iedere")
        for a, b in zip(after, after[1:], strict=False)
    )
    if sentence[:1] == ["bij"] or conditional or set(sentence) & PROCEDURE:
        return bool(set(after) & (CHANGE - {"nu", "zelf", "echt", "eens", "zich"}))
    if set(after) & CHANGE or {"er", "zou", "zouden"} & set(before[:3]):
        return True
    if before[:1] in (["dit"], ["dat"], ["het"], ["er"]) and len(before) == 1:
        return True  # "dat moet anders", "dit moet ...": impersonal
    window = before + after[:3]
    return any(w in ADDRESSEES or w.startswith(ADDRESSEE_PREFIXES) for w in window)
