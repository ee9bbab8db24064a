"""A noticing rephrasing of the sentence around a finding.

The rephrasing is built from the sentence itself, so it fits the text being written:

* a judgement becomes "We zagen dat <the sentence as a subordinate clause>", with the judging
  words replaced by a prompt to describe what was seen; when it came from the interviews, the
  same clause after "Medewerkers vertellen dat";
* an absolute ("nooit", "iedereen") is replaced by a measured word ("zelden", "veel mensen");
* a prescription with moet/moeten/dient becomes a question ("Kunnen de klantmanagers beter
  samenwerken ...?"); other advice is turned into an invitation to reflect.

The sentence is turned into a subordinate clause by moving its finite verb to the end; where
that is not safe (no recognisable subject first, or the verb is part of the finding), the
sentence keeps its order after a colon ("Het valt op: ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

MEASURED = {
    "nooit": "zelden",
    "altijd": "vaak",
    "iedereen": "veel mensen",
    "niemand": "weinig mensen",
    "nergens": "op weinig plekken",
    "overal": "op veel plekken",
    "alle": "veel",
    "elke": "menige",
    "iedere": "menige",
    "ieder": "menig",
    "geen enkele": "weinig",
    "geen enkel": "weinig",
    "helemaal niet": "weinig",
    "totaal niet": "weinig",
    "helemaal geen": "weinig",
    "totaal geen": "weinig",
    "helemaal niets": "weinig",
    "keer op keer": "meerdere keren",
    "steeds weer": "meerdere keren",
    "telkens weer": "meerdere keren",
    "zonder uitzondering": "in de meeste gevallen",
}
FINITE = {
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
    "hadden", "kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden", "gaat", "gaan",
    "blijft", "blijven", "lijkt", "lijken", "mag", "mogen", "wil", "willen", "weet", "weten",
    "doet", "doen", "laat", "laten", "staat", "staan", "zit", "zitten", "ligt", "liggen",
}  # fmt: skip
NOT_VERBS = {
    "tussen", "boven", "binnen", "buiten", "tegen", "open", "even", "alleen", "samen", "heen",
    "geen", "tien", "negen", "zeven", "elf", "volgens", "wegen", "dossiers", "jongeren",
}  # fmt: skip
SUBJECT_STARTS = {
    "de", "het", "een", "dit", "deze", "dat", "die", "onze", "hun", "zijn", "haar", "ze",
    "zij", "hij", "veel", "alle", "elke", "iedere", "ieder", "sommige", "enkele",
}  # fmt: skip
MODALS = {"moet": "kan", "moeten": "kunnen", "dient": "kan", "dienen": "kunnen"}
ADVERB_STARTS = {"daarom", "dus", "hier", "dan", "ook", "zo", "nu", "toch", "daar", "bovendien"}
_WORD_RE = re.compile(r"\S+")


@lru_cache(maxsize=20_000)
def _looks_finite(word: str) -> bool:
    w = word.lower().strip(",;:")
    if w in FINITE:
        return True
    if w in NOT_VERBS or len(w) < 3:
        return False
    lemma = simplemma.lemmatize(w, lang="nl").lower()
    return lemma.endswith("en") and (lemma == w or w.endswith("t"))


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1].isupper() or any(c.isdigit() for c in first)):
        return text  # an acronym (UWV) or a code keeps its case
    return text[:1].lower() + text[1:]


def _subordinate(sentence: str, span: tuple[int, int], placeholder: str) -> str | None:
    """``sentence`` (without end punctuation) as a subordinate clause, or None."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(sentence)]
    if len(words) < 3:
        return None
    first = words[0][2].lower()
    plural_noun = simplemma.lemmatize(first, lang="nl").lower() != first
    if first not in SUBJECT_STARTS and not (plural_noun and not _looks_finite(first)):
        return None  # "Eerlijk gezegd is ...", "Zo gaat het ...": no subject first
    verb = next((w for w in words[1:10] if _looks_finite(w[2])), None)
    if verb is None or "," in sentence[: verb[0]] or ":" in sentence:
        return None
    text = sentence[: span[0]] + placeholder + sentence[span[1] :]
    shift = len(placeholder) - (span[1] - span[0])
    if span[0] <= verb[0] < span[1]:
        return _lower_first(text)
    vs, ve = (verb[0], verb[1]) if verb[0] < span[0] else (verb[0] + shift, verb[1] + shift)
    head, tail = text[:vs].rstrip(), text[ve:]
    skip = max(0, span[0] + len(placeholder) - ve)  # never cut inside the placeholder
    cut = re.compile(r",\s|;\s|\s(?:en|maar|want|omdat|als|dat|dan|om|wie|hoe|wat)\s").search(
        tail, skip
    )
    verb_text = text[vs:ve]
    if cut:
        tail = tail[: cut.start()].rstrip() + " " + verb_text + tail[cut.start() :]
    else:
        tail = tail.rstrip() + " " + verb_text
    return _lower_first(f"{head} {tail.strip()}".strip())


def _sentence(ctx, finding) -> tuple[str, tuple[int, int]]:
    lo, hi = ctx.sentence_span(finding.start)
    sentence = ctx.text[lo:hi]
    stripped = sentence.rstrip().rstrip(".!?").rstrip()
    lead = len(stripped) - len(stripped.lstrip("-*+> \t"))
    stripped = stripped[lead:]
    start = max(0, finding.start - lo - lead)
    end = min(len(stripped), finding.end - lo - lead)
    return stripped, (start, end)


def _question(sentence: str, span: tuple[int, int], matched: str) -> str | None:
    modal = MODALS.get(matched.lower())
    subject = sentence[: span[0]].strip()
    if modal is None or not subject or subject.split()[0].lower() in ADVERB_STARTS:
        return None
    rest = sentence[span[1] :].strip()
    rest = re.sub(r"\bte (\w+)$", r"\1", rest)  # "dient ... terug te pakken" -> "terug pakken"
    zou = re.search(r"\b(zou|zouden)\b", subject, re.IGNORECASE)
    if zou:  # "X zou meer moeten betrekken" -> "Zou X meer kunnen betrekken?"
        head, middle = subject[: zou.start()].strip(), subject[zou.end() :].strip()
        if not head:
            return None
        parts = [zou.group(1).capitalize(), _lower_first(head), middle, "kunnen", rest]
        return " ".join(p for p in parts if p) + "?"
    return f"{modal.capitalize()} {_lower_first(subject)} {rest}?".replace(" ?", "?")


def rephrase(ctx, finding) -> str:
    """A noticing version of the sentence around ``finding`` (Dutch, for the editor)."""
    sentence, span = _sentence(ctx, finding)
    matched = sentence[span[0] : span[1]]
    kind = finding.rule.kind
    if not sentence or not matched:
        return ""
    if kind == "voorschrift":
        question = _question(sentence, span, matched)
        if question:
            return f"Bijvoorbeeld: ‘Een vraag om bij stil te staan: {_lower_first(question)}’"
        return f"Bijvoorbeeld: ‘Hoe kijken jullie zelf naar …?’ in plaats van ‘{sentence}’."
    measured = MEASURED.get(re.sub(r"\s+", " ", matched.lower()))
    if kind == "absoluut" and measured:
        changed = sentence[: span[0]] + measured + sentence[span[1] :]
        return f"Bijvoorbeeld: ‘In de gesprekken zagen we: {_lower_first(changed)}.’"
    if sentence[: span[0]].lower().endswith(("een ", "een grote ", "een ernstige ")):
        span = (sentence[: span[0]].lower().rfind("een "), span[1])  # "een puinhoop"
        matched = sentence[span[0] : span[1]]
    placeholder = f"[wat u zag, in plaats van ‘{matched}’]"
    if kind == "absoluut":
        placeholder = f"[bij wie en hoe vaak u dat zag, in plaats van ‘{matched}’]"
    clause = _subordinate(sentence, span, placeholder)
    if clause is None:
        changed = sentence[: span[0]] + placeholder + sentence[span[1] :]
        return f"Bijvoorbeeld: ‘Het valt op: {_lower_first(changed)}.’"
    return (
        f"Bijvoorbeeld: ‘We zagen dat {clause}.’ Of, als u het in de gesprekken hoorde: "
        f"‘Medewerkers vertellen dat {clause}.’"
    )
