"""Tone check for a schets: flag judging language and suggest a noticing phrasing.

A Spiegel notices and interprets; it does not judge. This module finds words and phrases that
judge ("faalt", "slecht"), prescribe ("De gemeente moet ...") or generalise absolutely
("nooit", "iedereen") and returns character offsets into the original (Markdown) text, so the
editor can highlight them. It is pure Python: rules are plain data (``ToneRule``), so the
``ToonRegel`` model can feed admin-maintained rules in without this module importing Django.

How a rule's ``pattern`` is expanded (unless ``inflect=False``; ``variants`` are always added
as literal extra forms):

* a single word ending in ``-en`` is a verb infinitive. Regular verbs are conjugated with the
  usual spelling rules ('t kofschip, vowel doubling, f/v and s/z): "falen" gives faal, faalt,
  faalde(n), gefaald(e), falend(e). A small table of strong verbs covers compounds ending in
  them ("tekortschieten" -> schiet, schoot, schoten, geschoten). A verb starting with a
  separable particle ("tekort", "weg", "af", ...) is also matched split: "schoten ... tekort"
  with up to five words between, "tekort zal schieten", and joined "dat het tekortschiet".
* two words "<finite verb> <particle>" ("schiet tekort") are read as the same separable verb.
* any other single word is treated as an adjective/adverb: "slecht" gives slechte, slechter,
  slechtere, slechtst, slechtste (with consonant doubling, "zwak" -> zwakke). Never "slechts".
* other phrases ("niet op orde") match literally, with any whitespace between the words.

Words match only as whole words: "regelmatig" does not contain "matig", "slechtnieuwsgesprek"
does not contain "slecht".

Context rules (documented decisions):

* Negation: for ``negation_sensitive`` rules a negator (niet, geen, nooit, ...) up to three
  words before the match in the same clause, "niet zo dat" earlier in the clause, inside a
  split verb, or right after it cancels the finding: "niet slecht", "geen slechte", "faalt niet", "schiet niet tekort". "niet
  alleen" is not a negation. For ``absoluut`` rules hedges count too: "bijna altijd", "niet
  iedereen" are nuanced statements, not absolutes.
* Reported speech is not the reviewer's judgement: matches inside quotation marks, in a
  Markdown blockquote, or in a sentence carrying an attribution ("volgens", "zegt", "vertelt",
  "geeft aan", "aldus", ...) are not flagged, unless the attribution is the reviewers' own
  ("vinden wij", "volgens ons").
* ``addressed`` rules (moet/moeten, dient/dienen) are prescriptive only when addressed at the
  municipality: the clause must name an addressee (gemeente, organisatie, team, wijkteam,
  college, directie, management, afdeling, jullie, u) up to eight words before or three
  words after the verb. Individual roles ("de consulent moet binnen acht weken beslissen")
  describe procedure and are not flagged; nor are the reviewers themselves ("wij moeten als
  reviewers ..."), impersonal "er moet nog veel gebeuren" or the past tense "moest". These
  rules ignore negation: "de gemeente moet niet langer wachten" still prescribes.
* ``except_in`` lists phrases in which a match is fine ("kunnen altijd", "iedereen die").
* Code spans, fenced code, link targets and bare URLs in Markdown are ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

KINDS = ("oordeel", "voorschrift", "absoluut")

_WORD = r"[^\W_]+(?:['’][^\W_]+)*"
_LB = r"(?<![^\W_])(?<![^\W_]-)"  # not glued to a preceding word (or hyphenated compound)
_RB = r"(?![^\W_]|-[^\W_])"
_SEP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # whitespace with at most one (soft) line break
_GAP = "(?:" + _SEP + _WORD + "){0,%d}?" + _SEP

PARTICLES = (
    "tekort", "achteruit", "achter", "terug", "samen", "weg", "mis", "vast", "stil", "los",
    "aan", "af", "bij", "door", "in", "mee", "na", "op", "uit", "toe",
)  # fmt: skip
INSEPARABLE = ("be", "ge", "her", "ver", "ont", "er", "mis")

# Strong verbs: infinitive -> (stem, 3rd person, past singular, past plural, participle).
STRONG = {
    "schieten": ("schiet", "schiet", "schoot", "schoten", "geschoten"),
    "blijven": ("blijf", "blijft", "bleef", "bleven", "gebleven"),
    "lopen": ("loop", "loopt", "liep", "liepen", "gelopen"),
    "komen": ("kom", "komt", "kwam", "kwamen", "gekomen"),
    "gaan": ("ga", "gaat", "ging", "gingen", "gegaan"),
    "kijken": ("kijk", "kijkt", "keek", "keken", "gekeken"),
    "schuiven": ("schuif", "schuift", "schoof", "schoven", "geschoven"),
    "laten": ("laat", "laat", "liet", "lieten", "gelaten"),
    "houden": ("houd", "houdt", "hield", "hielden", "gehouden"),
    "vallen": ("val", "valt", "viel", "vielen", "gevallen"),
    "nemen": ("neem", "neemt", "nam", "namen", "genomen"),
    "geven": ("geef", "geeft", "gaf", "gaven", "gegeven"),
    "zien": ("zie", "ziet", "zag", "zagen", "gezien"),
    "doen": ("doe", "doet", "deed", "deden", "gedaan"),
    "staan": ("sta", "staat", "stond", "stonden", "gestaan"),
    "slaan": ("sla", "slaat", "sloeg", "sloegen", "geslagen"),
    "breken": ("breek", "breekt", "brak", "braken", "gebroken"),
    "zitten": ("zit", "zit", "zat", "zaten", "gezeten"),
    "liggen": ("lig", "ligt", "lag", "lagen", "gelegen"),
    "schrijven": ("schrijf", "schrijft", "schreef", "schreven", "geschreven"),
}

NEGATORS = {"niet", "geen", "nooit", "nergens", "geenszins", "allerminst", "niets", "niks"}
HEDGES = {"bijna", "vrijwel", "nagenoeg", "haast"}
NOT_A_NEGATION_AFTER_NIET = {"alleen", "enkel", "slechts", "pas", "zozeer", "meer", "eens"}
CLAUSE_WORDS = {"maar", "want", "omdat", "terwijl", "doordat", "hoewel", "dus", "en", "of"}
ADDRESSEES = {
    "team", "teams", "afdeling", "afdelingen", "directie", "management", "college",
    "bestuur", "leiding", "jullie", "u", "uitvoering",
}  # fmt: skip
ADDRESSEE_PREFIXES = ("gemeente", "organisatie", "wijkteam")
SELF = {"wij", "we", "ik", "reviewers", "reviewteam", "ons"}
SELF_SUBJECTS = SELF - {"ons"}
ATTRIBUTION = {
    "volgens", "zegt", "zei", "zeggen", "zeiden", "vertelt", "vertelde", "vertellen",
    "vertelden", "aldus", "vindt", "vinden", "vond", "vonden", "noemt", "noemde", "noemen",
    "stelt", "stelde", "ervaart", "ervoer", "benadrukt", "benadrukte", "meldt", "meldde",
}  # fmt: skip
GIVE_FORMS = {"geeft", "gaf", "gaven", "geven"}  # "geeft aan" = says

# A paragraph break, list item, heading or blockquote ends a clause; a soft line break does not.
_BLOCK_BREAK = r"\n[ \t]*(?=\n|[-*+>#]|\d+[.)]\s)"
_TOKEN_RE = re.compile(_BLOCK_BREAK + "|" + _WORD + r"|[^\w\s]")
_QUOTE_RE = re.compile(
    r"\"[^\"\n]*\"|“[^”]*”|„[^”“]*[”“]|‘[^’]*’|(?<![^\W_])'[^'\n]+'(?![^\W_])|^[ \t]*>.*$",
    re.MULTILINE,
)
_MASK_RE = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)]*\)|<[^>\n]*>|https?://\S+", re.DOTALL)
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|$)|" + _BLOCK_BREAK)


@dataclass(frozen=True)
class ToneRule:
    """One maintained entry of the word list; plain data so a model row can feed it."""

    pattern: str
    kind: str
    suggestion: str
    negation_sensitive: bool = True
    variants: tuple[str, ...] = ()
    inflect: bool = True
    addressed: bool = False
    except_in: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown tone rule kind {self.kind!r}; expected one of {KINDS}.")
        if not self.pattern.strip():
            raise ValueError("A tone rule needs a pattern.")
        for name in ("variants", "except_in"):  # accept lists from JSON / model rows
            object.__setattr__(self, name, tuple(getattr(self, name) or ()))


@dataclass
class Finding:
    start: int
    end: int
    matched: str
    rule: ToneRule = field(repr=False)


def rules_from_rows(rows: Iterable[Mapping]) -> tuple[ToneRule, ...]:
    """Build rules from dicts (e.g. ``ToonRegel.objects.values(...)``); unknown keys ignored."""
    names = set(ToneRule.__dataclass_fields__)
    return tuple(ToneRule(**{k: v for k, v in row.items() if k in names}) for row in rows)


# --- the default word list (Dutch data) -------------------------------------------------------

_ZAG = "Beschrijf wat u zag gebeuren, bijvoorbeeld: 'we zagen dat ... nog niet lukt'."
_WERKWIJZE = "Beschrijf de werkwijze die u zag en welke vraag die oproept: 'we zagen dat ...'."
_ONTWIKKELING = "Duid het als ontwikkeling: 'de ... is nog in ontwikkeling; we zagen ...'."
_MAAT = "Maak de maat zichtbaar: 'we zagen minder ... dan de gemeente zich zelf voorneemt'."
_EFFECT = "Beschrijf het effect dat u zag of miste: 'we zagen nog weinig effect van ... op ...'."
_MENSEN = "Richt u op wat mensen nodig hebben: 'medewerkers geven aan dat ze ... missen'."
_VRAAG = "Maak uw zorg een vraag: 'we vroegen ons af hoe ... en wat dat voor inwoners betekent'."
_BETEKENIS = (
    "Beschrijf de gevolgen voor inwoners die u zag, zonder kwalificatie: 'dit betekent ...'."
)
_GAT = "Beschrijf het verschil tussen wat nodig is en wat u zag: 'we zagen dat ... nog niet ...'."
_HOUDING = (
    "Beschrijf gedrag dat u zag, niet een houding: 'in de gesprekken hoorden we weinig over ...'."
)
_VOORSCHRIFT = "Stel een vraag in plaats van een opdracht: 'hoe kijken jullie naar ...?'"
_ADVIES = "Een Spiegel adviseert niet; nodig uit: 'een vraag om bij stil te staan is ...'."
_ABSOLUUT = "Vermijd veralgemenisering; benoem hoe vaak of bij wie u het zag: 'in de meeste ...'."

DEFAULT_RULES: tuple[ToneRule, ...] = (
    # oordeel: judging verbs, adjectives and phrases
    ToneRule("falen", "oordeel", _ZAG),
    ToneRule("mislukken", "oordeel", _ZAG),
    ToneRule("tekortschieten", "oordeel", _GAT),
    ToneRule("verzaken", "oordeel", _GAT),
    ToneRule("wegkijken", "oordeel", _HOUDING),
    ToneRule("afschuiven", "oordeel", _HOUDING),
    ToneRule("aanmodderen", "oordeel", _WERKWIJZE),
    ToneRule(
        "slecht", "oordeel", "Benoem wat u waarnam: 'we zagen dat ... nog niet aansluit bij ...'."
    ),
    ToneRule("onvoldoende", "oordeel", _MAAT),
    ToneRule("ontoereikend", "oordeel", _MAAT),
    ToneRule("ondermaats", "oordeel", _MAAT),
    ToneRule("onder de maat", "oordeel", _MAAT),
    ToneRule(
        "matig", "oordeel", "Beschrijf wat u zag: 'de kwaliteit van ... wisselt; we zagen ...'."
    ),
    ToneRule("zwak", "oordeel", _ONTWIKKELING),
    ToneRule("gebrekkig", "oordeel", "Benoem wat u miste: 'in de gesprekken misten we ...'."),
    ToneRule("tekortkoming", "oordeel", _GAT, variants=("tekortkomingen",), inflect=False),
    ToneRule("niet op orde", "oordeel", _ONTWIKKELING, negation_sensitive=False),
    ToneRule(
        "steken laten vallen",
        "oordeel",
        _GAT,
        variants=(
            "steken vallen",
            "steken laat vallen",
            "steken liet vallen",
            "steken lieten vallen",
        ),
        inflect=False,
    ),
    ToneRule(
        "chaotisch", "oordeel", "Beschrijf wat u zag: 'niet voor iedereen is helder wie ...'."
    ),
    ToneRule("rommelig", "oordeel", _WERKWIJZE),
    ToneRule("amateuristisch", "oordeel", _WERKWIJZE),
    ToneRule("bureaucratisch", "oordeel", _WERKWIJZE),
    ToneRule(
        "star",
        "oordeel",
        "Beschrijf wat u zag: 'we zagen dat regels weinig ruimte laten voor ...'.",
    ),
    ToneRule(
        "traag", "oordeel", "Noem de doorlooptijd die u zag en wat die voor inwoners betekent."
    ),
    ToneRule("ineffectief", "oordeel", _EFFECT),
    ToneRule("inefficiënt", "oordeel", _EFFECT, variants=("inefficient", "inefficiente")),
    ToneRule("ondoorzichtig", "oordeel", _WERKWIJZE),
    ToneRule("onbegrijpelijk", "oordeel", _VRAAG),
    ToneRule("incompetent", "oordeel", _MENSEN),
    ToneRule("onprofessioneel", "oordeel", _MENSEN),
    ToneRule("nalatig", "oordeel", _HOUDING),
    ToneRule("laks", "oordeel", _HOUDING),
    ToneRule("naïef", "oordeel", _HOUDING, variants=("naief", "naieve")),
    ToneRule("teleurstellend", "oordeel", _MAAT),
    ToneRule("zorgwekkend", "oordeel", _VRAAG),
    ToneRule("onacceptabel", "oordeel", _BETEKENIS),
    ToneRule("onaanvaardbaar", "oordeel", _BETEKENIS),
    ToneRule("kwalijk", "oordeel", _BETEKENIS),
    ToneRule("verwijtbaar", "oordeel", _BETEKENIS),
    ToneRule("schandalig", "oordeel", _BETEKENIS),
    ToneRule("dramatisch", "oordeel", _BETEKENIS),
    ToneRule("rampzalig", "oordeel", _BETEKENIS),
    ToneRule("waardeloos", "oordeel", _BETEKENIS),
    ToneRule("hopeloos", "oordeel", _VRAAG),
    ToneRule(
        "deugt niet",
        "oordeel",
        _ZAG,
        negation_sensitive=False,
        inflect=False,
        variants=(
            "deugen niet",
            "deugde niet",
            "deugden niet",
            "deugt van geen kant",
            "deugt nergens",
        ),
    ),
    ToneRule("puinhoop", "oordeel", _WERKWIJZE, variants=("puinhopen",), inflect=False),
    ToneRule(
        "laat te wensen over",
        "oordeel",
        _GAT,
        inflect=False,
        variants=(
            "laten te wensen over",
            "liet te wensen over",
            "lieten te wensen over",
            "te wensen overlaat",
            "te wensen overlaten",
            "te wensen overliet",
        ),
    ),
    # voorschrift: telling the municipality what to do
    ToneRule("moeten", "voorschrift", _VOORSCHRIFT, negation_sensitive=False, addressed=True),
    ToneRule(
        "dienen",
        "voorschrift",
        _VOORSCHRIFT,
        negation_sensitive=False,
        variants=("dient",),
        inflect=False,
        addressed=True,
    ),
    ToneRule("aanraden", "voorschrift", _ADVIES),
    ToneRule(
        "adviseren",
        "voorschrift",
        _ADVIES,
        variants=("wij adviseren", "we adviseren"),
        inflect=False,
    ),
    ToneRule("aanbeveling", "voorschrift", _ADVIES, variants=("aanbevelingen",), inflect=False),
    ToneRule("aanbevelen", "voorschrift", _ADVIES, variants=("aanbevolen",)),
    ToneRule("zorg ervoor dat", "voorschrift", _VOORSCHRIFT, negation_sensitive=False),
    # absoluut: generalisations
    ToneRule("nooit", "absoluut", _ABSOLUUT, inflect=False),
    ToneRule(
        "altijd",
        "absoluut",
        _ABSOLUUT,
        inflect=False,
        except_in=(
            "nog altijd",
            "kan altijd",
            "kunnen altijd",
            "kun altijd",
            "altijd welkom",
            "voor altijd",
        ),
    ),
    ToneRule("iedereen", "absoluut", _ABSOLUUT, inflect=False, except_in=("iedereen die",)),
    ToneRule("niemand", "absoluut", _ABSOLUUT, inflect=False),
    ToneRule("nergens", "absoluut", _ABSOLUUT, inflect=False),
    ToneRule("overal", "absoluut", _ABSOLUUT, inflect=False),
    ToneRule("geen enkele", "absoluut", _ABSOLUUT, variants=("geen enkel",), inflect=False),
    ToneRule(
        "helemaal niet",
        "absoluut",
        _ABSOLUUT,
        negation_sensitive=False,
        inflect=False,
        variants=("helemaal niets", "helemaal geen", "totaal niet", "totaal geen"),
    ),
    ToneRule("zonder uitzondering", "absoluut", _ABSOLUUT),
    ToneRule("keer op keer", "absoluut", _ABSOLUUT, variants=("steeds weer", "telkens weer")),
)


# --- inflection -------------------------------------------------------------------------------

_VOWELS = "aeiouyéëïöü"


def _is_vowel(ch: str) -> bool:
    return ch in _VOWELS


def _unstressed_e_stem(stem: str) -> bool:
    """True for stems like 'verander', 'teken': a final unstressed -el/-er/-en/-em."""
    groups = len(re.findall(f"[{_VOWELS}]+", stem))
    return groups > 1 and len(stem) >= 3 and stem[-2] == "e" and stem[-1] in "lrnm"


def _verb_stem(core_inf: str) -> tuple[str, bool]:
    """Stem (as in 'ik faal') and whether the past tense takes -te ('t kofschip)."""
    raw = core_inf[:-2]
    voiceless = raw.endswith(("t", "k", "f", "s", "ch", "p", "x"))
    stem = raw
    if len(raw) >= 2 and raw[-1] == raw[-2] and not _is_vowel(raw[-1]):
        stem = raw[:-1]
    elif (
        len(raw) >= 3
        and not _is_vowel(raw[-1])
        and raw[-2] in "aeou"
        and not _is_vowel(raw[-3])
        and not _unstressed_e_stem(raw)
    ):
        stem = raw[:-1] + raw[-2] + raw[-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return stem, voiceless


def _conjugate(core: str) -> tuple[list[str], list[str]]:
    """(finite forms, non-finite forms) of a verb without separable particle."""
    for key in sorted(STRONG, key=len, reverse=True):
        if core.endswith(key) and core[: -len(key)] in ("", *INSEPARABLE):
            prefix = core[: -len(key)]
            stem, third, past_sg, past_pl, participle = STRONG[key]
            if prefix:
                participle = participle.removeprefix("ge")
            finite = [stem, third, past_sg, past_pl]
            return [prefix + f for f in finite] + [core], [
                core,
                prefix + participle,
                prefix + participle + "e",
                core + "d",
                core + "de",
            ]
    stem, voiceless = _verb_stem(core)
    d = "t" if voiceless else "d"
    third = stem if stem.endswith("t") else stem + "t"
    participle = stem if stem.endswith(d) else stem + d
    if not core.startswith(INSEPARABLE):
        participle = "ge" + participle
    finite = [stem, third, stem + d + "e", stem + d + "en", core]
    return finite, [core, participle, participle + "e", core + "d", core + "de"]


def _adjective_forms(word: str) -> list[str]:
    if word.endswith("e"):
        return [word]
    plain = word.replace("ï", "i").replace("ë", "e")
    long_vowel = re.search(r"(aa|ee|oo|uu|ie|ei|ij|ui|ou|au|eu|oe)[fs]$", plain)
    stem = word
    if re.search(r"(?<![aeiou])(aa|ee|oo|uu)[^aeiou]$", stem):
        stem = stem[:-2] + stem[-1]
    elif (
        len(stem) >= 3
        and not _is_vowel(stem[-1])
        and stem[-1] not in "wxhj"
        and stem[-2] in "aeiou"
        and not _is_vowel(stem[-3])
        and not stem.endswith(("ig", "el", "er", "en", "em"))
    ):
        stem += stem[-1]
    if stem.endswith("f") and (long_vowel or stem[-2] in "lr"):
        stem = stem[:-1] + "v"
    elif stem.endswith("s") and long_vowel:
        stem = stem[:-1] + "z"
    forms = [word, stem + "e", stem + "er", stem + "ere", word + "st", word + "ste"]
    if word.endswith("r"):
        forms += [word + "der", word + "dere"]
    return forms


def _infinitives_from_finite(finite: str) -> list[str]:
    """'schiet' -> ['schieten'], 'faalt' -> ['falen', ...]; over-generation is harmless."""
    for inf, (stem, third, *_rest) in STRONG.items():
        if finite in (stem, third):
            return [inf]
    stems = [finite, finite[:-1]] if finite.endswith("t") and len(finite) > 3 else [finite]
    result = []
    for stem in stems:
        if re.search(r"(aa|ee|oo|uu)[^aeiou]$", stem):
            stem = stem[:-2] + stem[-1]
        elif len(stem) >= 3 and stem[-2] in "aeiou" and not _is_vowel(stem[-3]):
            stem += stem[-1]
        result.append(stem.removesuffix("f") + "v" if stem.endswith("f") else stem)
    return [s + "en" for s in result]


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _alternatives(rule: ToneRule) -> list[str]:
    """Regex alternatives (without word boundaries) for every form of the rule."""
    pattern = rule.pattern.strip().lower()
    words = pattern.split()
    literal: set[str] = {pattern, *(v.strip().lower() for v in rule.variants if v.strip())}
    split: list[str] = []
    verbs: list[tuple[str, str]] = []  # (particle, core infinitive)
    if rule.inflect and len(words) == 2 and words[1] in PARTICLES:
        verbs += [(words[1], inf) for inf in _infinitives_from_finite(words[0])]
    elif rule.inflect and len(words) == 1 and pattern.endswith("en") and len(pattern) > 4:
        particle = next(
            (p for p in PARTICLES if pattern.startswith(p) and len(pattern) - len(p) >= 4), ""
        )
        verbs.append((particle, pattern[len(particle) :]))
    elif rule.inflect and len(words) == 1:
        literal.update(_adjective_forms(pattern))
    for particle, core in verbs:
        finite, nonfinite = _conjugate(core)
        if not particle:
            literal.update(finite + nonfinite + ["te " + core])
            continue
        literal.update(particle + f for f in finite + nonfinite)
        literal.add(f"{particle} te {core}")
        fin = "|".join(re.escape(f) for f in sorted(set(finite), key=len, reverse=True))
        non = "|".join(re.escape(f) for f in sorted(set(nonfinite[:2]), key=len, reverse=True))
        p = re.escape(particle)
        split.append(rf"(?:{fin}){_RB}{_GAP % 5}{p}")
        split.append(rf"{p}{_GAP % 2}(?:{non})")
    ordered = sorted(literal, key=len, reverse=True)
    return split + [_phrase_regex(f) for f in ordered]


@lru_cache(maxsize=32)
def _compile(rules: tuple[ToneRule, ...]) -> tuple[tuple[re.Pattern, ToneRule, tuple], ...]:
    compiled = []
    for rule in rules:
        regex = re.compile(_LB + "(?:" + "|".join(_alternatives(rule)) + ")" + _RB, re.IGNORECASE)
        excepts = tuple(
            re.compile(_LB + _phrase_regex(e.lower()) + _RB, re.IGNORECASE) for e in rule.except_in
        )
        compiled.append((regex, rule, excepts))
    return tuple(compiled)


# --- context ----------------------------------------------------------------------------------


class _Context:
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


def _attributed(words: list[str]) -> bool:
    for i, w in enumerate(words):
        neighbours = set(words[max(0, i - 1) : i + 2])
        if neighbours & SELF:
            continue
        if w in ATTRIBUTION and not (w.startswith("vind") and "plaats" in words[i : i + 3]):
            return True
        if w in GIVE_FORMS and "aan" in words[i + 1 : i + 6]:
            return True
    return False


def _negated(ctx: _Context, first: int, last: int, rule: ToneRule) -> bool:
    cues = NEGATORS | (HEDGES if rule.kind == "absoluut" else set())
    if any(w in cues for w in ctx.before(first, 3)):
        return True
    if " niet zo dat " in " " + " ".join(reversed(ctx.before(first, 10))) + " ":
        return True  # "het is niet zo dat het team faalt"
    inner = {w for _s, _e, w in ctx.tokens[first + 1 : last]} - set(rule.pattern.lower().split())
    if inner & NEGATORS:  # "schiet niet tekort"
        return True
    after = ctx.after(last, 2)
    if after and after[0] == "niet":  # "faalt niet", but not "faalt niet alleen ..."
        return len(after) == 1 or after[1] not in NOT_A_NEGATION_AFTER_NIET
    return False


def _addressed(ctx: _Context, first: int, last: int) -> bool:
    if set(ctx.before(first, 1) + ctx.after(last, 1)) & SELF_SUBJECTS:  # "wij moeten als ..."
        return False
    window = ctx.before(first, 8) + ctx.after(last, 3)
    return any(w in ADDRESSEES or w.startswith(ADDRESSEE_PREFIXES) for w in window)


def _keep(ctx: _Context, start: int, end: int, rule: ToneRule, excepts: tuple) -> bool:
    if ctx.inside(ctx.masked, start, end) or ctx.inside(ctx.quotes, start, end):
        return False
    for regex in excepts:
        for m in regex.finditer(ctx.text, max(0, start - 60), end + 60):
            if m.start() <= start and end <= m.end():
                return False
    first, last = ctx.index(start), ctx.index(end - 1)
    if rule.negation_sensitive and _negated(ctx, first, last, rule):
        return False
    if _attributed(ctx.sentence_words(start)):
        return False
    return not rule.addressed or _addressed(ctx, first, last)


# --- public API -------------------------------------------------------------------------------


def check(text: str, rules: Iterable[ToneRule] = DEFAULT_RULES) -> list[Finding]:
    """Findings in ``text``, sorted by offset and non-overlapping (longest match wins)."""
    compiled = _compile(tuple(rules))
    if not text:
        return []
    ctx = _Context(text)
    candidates = []
    for regex, rule, excepts in compiled:
        for m in regex.finditer(text):
            if _keep(ctx, m.start(), m.end(), rule, excepts):
                candidates.append(Finding(m.start(), m.end(), m.group(), rule))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    findings: list[Finding] = []
    for finding in candidates:
        if not findings or finding.start >= findings[-1].end:
            findings.append(finding)
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
