"""Inflected forms of a ``vorm`` rule (how a word-list entry becomes a regex).

Unless ``inflect=False`` (``variants`` are always added as literal extra forms):

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

Words match only as whole words: "regelmatig" does not contain "matig".
"""

from __future__ import annotations

import re

from rapportage.tone.rules import ToneRule

WORD = r"[^\W_]+(?:['’][^\W_]+)*"
LB = r"(?<![^\W_])(?<![^\W_]-)"  # not glued to a preceding word (or hyphenated compound)
RB = r"(?![^\W_]|-[^\W_])"
SEP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # whitespace with at most one (soft) line break
GAP = "(?:" + SEP + WORD + "){0,%d}?" + SEP

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

# --- inflection -------------------------------------------------------------------------------

_VOWELS = "aeiouyéëïöü"


def is_vowel(ch: str) -> bool:
    return ch in _VOWELS


def unstressed_e_stem(stem: str) -> bool:
    """True for stems like 'verander', 'teken': a final unstressed -el/-er/-en/-em."""
    groups = len(re.findall(f"[{_VOWELS}]+", stem))
    return groups > 1 and len(stem) >= 3 and stem[-2] == "e" and stem[-1] in "lrnm"


def verb_stem(core_inf: str) -> tuple[str, bool]:
    """Stem (as in 'ik faal') and whether the past tense takes -te ('t kofschip)."""
    raw = core_inf[:-2]
    voiceless = raw.endswith(("t", "k", "f", "s", "ch", "p", "x"))
    stem = raw
    if len(raw) >= 2 and raw[-1] == raw[-2] and not is_vowel(raw[-1]):
        stem = raw[:-1]
    elif (
        len(raw) >= 3
        and not is_vowel(raw[-1])
        and raw[-2] in "aeou"
        and not is_vowel(raw[-3])
        and not unstressed_e_stem(raw)
    ):
        stem = raw[:-1] + raw[-2] + raw[-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return stem, voiceless


def conjugate(core: str) -> tuple[list[str], list[str]]:
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
    stem, voiceless = verb_stem(core)
    d = "t" if voiceless else "d"
    third = stem if stem.endswith("t") else stem + "t"
    participle = stem if stem.endswith(d) else stem + d
    if not core.startswith(INSEPARABLE):
        participle = "ge" + participle
    finite = [stem, third, stem + d + "e", stem + d + "en", core]
    return finite, [core, participle, participle + "e", core + "d", core + "de"]


def adjective_forms(word: str) -> list[str]:
    if word.endswith("e"):
        return [word]
    plain = word.replace("ï", "i").replace("ë", "e")
    long_vowel = re.search(r"(aa|ee|oo|uu|ie|ei|ij|ui|ou|au|eu|oe)[fs]$", plain)
    stem = word
    if re.search(r"(?<![aeiou])(aa|ee|oo|uu)[^aeiou]$", stem):
        stem = stem[:-2] + stem[-1]
    elif (
        len(stem) >= 3
        and not is_vowel(stem[-1])
        and stem[-1] not in "wxhj"
        and stem[-2] in "aeiou"
        and not is_vowel(stem[-3])
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


def infinitives_from_finite(finite: str) -> list[str]:
    """'schiet' -> ['schieten'], 'faalt' -> ['falen', ...]; over-generation is harmless."""
    for inf, (stem, third, *_rest) in STRONG.items():
        if finite in (stem, third):
            return [inf]
    stems = [finite, finite[:-1]] if finite.endswith("t") and len(finite) > 3 else [finite]
    result = []
    for stem in stems:
        if re.search(r"(aa|ee|oo|uu)[^aeiou]$", stem):
            stem = stem[:-2] + stem[-1]
        elif len(stem) >= 3 and stem[-2] in "aeiou" and not is_vowel(stem[-3]):
            stem += stem[-1]
        result.append(stem.removesuffix("f") + "v" if stem.endswith("f") else stem)
    return [s + "en" for s in result]


def phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def alternatives(rule: ToneRule) -> list[str]:
    """Regex alternatives (without word boundaries) for every form of the rule."""
    pattern = rule.pattern.strip().lower()
    words = pattern.split()
    literal: set[str] = {pattern, *(v.strip().lower() for v in rule.variants if v.strip())}
    split: list[str] = []
    verbs: list[tuple[str, str]] = []  # (particle, core infinitive)
    if rule.inflect and len(words) == 2 and words[1] in PARTICLES:
        verbs += [(words[1], inf) for inf in infinitives_from_finite(words[0])]
    elif rule.inflect and len(words) == 1 and pattern.endswith("en") and len(pattern) > 4:
        particle = next(
            (p for p in PARTICLES if pattern.startswith(p) and len(pattern) - len(p) >= 4), ""
        )
        verbs.append((particle, pattern[len(particle) :]))
    elif rule.inflect and len(words) == 1:
        literal.update(adjective_forms(pattern))
    for particle, core in verbs:
        finite, nonfinite = conjugate(core)
        if not particle:
            literal.update(finite + nonfinite + ["te " + core])
            continue
        literal.update(particle + f for f in finite + nonfinite)
        literal.add(f"{particle} te {core}")
        fin = "|".join(re.escape(f) for f in sorted(set(finite), key=len, reverse=True))
        non = "|".join(re.escape(f) for f in sorted(set(nonfinite[:2]), key=len, reverse=True))
        p = re.escape(particle)
        split.append(rf"(?:{fin}){RB}{GAP % 5}{p}")
        split.append(rf"{p}{GAP % 2}(?:{non})")
    ordered = sorted(literal, key=len, reverse=True)
    return split + [phrase_regex(f) for f in ordered]
