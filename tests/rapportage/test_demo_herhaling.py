"""The demo schetsen: no embedded observation or quote repeats the sentence before it.

A reference renders as the observation's (or quote's) own text, so a sentence that already
says the same in other words makes the page say it twice. The sentence before a reference
(its own sentence up to the reference, or the last one before a reference alone on its
line; a bold lead-in is a title and left out) is compared with the referenced text by their
content words: sharing half of the words of the shorter one counts as repeating.
"""

import re

import pytest

from gesprekken.models import Citaat, Waarneming
from rapportage import demo
from rapportage.markdown import REFERENCE_VORM_RE
from rapportage.models import Sectie
from spiegel import demo as spiegel_demo

DREMPEL = 0.5
_WOORD_RE = re.compile(r"[^\W\d_]{4,}")
_VET_RE = re.compile(r"\*\*[^*]+\*\*")
# Function words of four letters or more that say nothing about the content.
_STOPWOORDEN = {
    "maar", "niet", "voor", "zijn", "want", "deze", "onze", "door", "naar", "over", "worden",
    "wordt", "hebben", "heeft", "elkaar", "tussen", "tegelijk", "zich", "zelf", "daar",
    "daarbij", "alleen", "meer", "veel",
}  # fmt: skip


def woorden(tekst: str) -> set[str]:
    return {w for w in _WOORD_RE.findall(tekst.lower()) if w not in _STOPWOORDEN}


def zin_ervoor(tekst: str, start: int) -> str:
    voor = REFERENCE_VORM_RE.sub(" ", tekst[:start])
    voor = _VET_RE.sub(" ", voor).rstrip(" \t\n>:")
    return re.split(r"(?<=[.!?])\s+", voor)[-1]


def overlap(zin: str, verwezen: str) -> float:
    a, b = woorden(zin), woorden(verwezen)
    if min(len(a), len(b)) < 3:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def herhalingen(tekst: str, teksten: dict[tuple[str, int], str]) -> list[tuple[str, str]]:
    """(sentence, referenced text) of every reference in `tekst` that repeats the sentence
    before it; `teksten` holds the referenced texts by (kind, pk)."""
    found = []
    for match in REFERENCE_VORM_RE.finditer(tekst):
        verwezen = teksten.get((match.group(1), int(match.group(2))))
        zin = zin_ervoor(tekst, match.start())
        if verwezen and overlap(zin, verwezen) >= DREMPEL:
            found.append((zin, verwezen))
    return found


def test_the_detector_flags_a_sentence_that_the_observation_repeats():
    waarneming = "Het programma draait op tijdelijk geld en tijdelijke contracten."
    teksten = {("waarneming", 1): waarneming}
    herhaald = "Het programma draait op tijdelijk geld en tijdelijke contracten [[waarneming:1]]."
    assert herhalingen(herhaald, teksten)
    als_blok = "Het programma draait op tijdelijk geld en contracten.\n\n[[waarneming:1]]"
    assert herhalingen(als_blok, teksten)
    ondersteund = "Wat is opgebouwd, staat op een smalle basis. [[waarneming:1]] Dat schuurt."
    assert not herhalingen(ondersteund, teksten)
    titel = "**Tijdelijk geld, tijdelijke contracten.** [[waarneming:1]]"
    assert not herhalingen(titel, teksten)


@pytest.mark.django_db
def test_no_reference_in_the_demo_schetsen_repeats_the_sentence_before_it():
    demo.laden(context=spiegel_demo.laden())
    secties = list(Sectie.objects.select_related("schets__spiegel"))
    assert len({s.schets_id for s in secties}) >= 4
    teksten = {("waarneming", w.pk): w.tekst for w in Waarneming.objects.all()}
    teksten |= {("citaat", c.pk): c.tekst for c in Citaat.objects.all()}
    referenties = sum(len(REFERENCE_VORM_RE.findall(s.tekst)) for s in secties)
    assert referenties >= 40  # the demo embeds its evidence
    gevonden = [
        (s.schets.spiegel.organisatie.naam, s.titel, zin, verwezen)
        for s in secties
        for zin, verwezen in herhalingen(s.tekst, teksten)
    ]
    assert gevonden == []
