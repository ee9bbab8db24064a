"""Issue 16 item 4: the notes conflict screen marks the differences and lets the person
take either side per paragraph; the merged text becomes a new version and both original
texts stay recoverable."""

import pytest
from django.test import Client
from django.urls import reverse

from gesprekken.models import Aantekening, AantekeningVersie
from spiegel.tekstverschil import alinea_verschillen, samenvoegen
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GEDEELD = "Intro die gelijk blijft.\n\n"
OPGESLAGEN = GEDEELD + "De ander schreef: wachttijd drie weken.\n\nSlot van de ander."
MIJN = GEDEELD + "Ik schreef: wachttijd twee weken.\n\nMijn eigen slot.\n\nEen extra alinea."


def test_paragraph_blocks_mark_the_differing_words_escaped():
    blokken = alinea_verschillen("Een\n\nTwee <b>x</b> drie", "Een\n\nTwee vier")
    assert [b.gelijk for b in blokken] == [True, False]
    verschil = blokken[1]
    assert verschil.nummer == 1
    assert "<del>&lt;b&gt;x&lt;/b&gt; drie</del>" in verschil.a_html
    assert "<ins>vier</ins>" in verschil.b_html


def test_neighbouring_changed_paragraphs_get_a_choice_each():
    blokken = alinea_verschillen("Een\n\nA twee\n\nA drie", "Een\n\nB twee\n\nB drie")
    assert [(b.nummer, b.a, b.b) for b in blokken if not b.gelijk] == [
        (1, "A twee", "B twee"),
        (2, "A drie", "B drie"),
    ]
    assert samenvoegen("Een\n\nA twee\n\nA drie", "Een\n\nB twee\n\nB drie", {2: "b"}) == (
        "Een\n\nA twee\n\nB drie"
    )


def test_merging_takes_the_chosen_side_per_block_and_defaults_to_ones_own():
    assert samenvoegen(MIJN, OPGESLAGEN, {}) == MIJN
    assert samenvoegen(MIJN, OPGESLAGEN, {1: "b"}) == OPGESLAGEN
    a, b = "Een\n\nA twee\n\nDrie\n\nA vier", "Een\n\nB twee\n\nDrie\n\nB vier"
    assert samenvoegen(a, b, {1: "b"}) == "Een\n\nB twee\n\nDrie\n\nA vier"
    assert samenvoegen(a, b, {2: "b"}) == "Een\n\nA twee\n\nDrie\n\nB vier"
    assert samenvoegen(a, b, {1: "b", 2: "x"}) == "Een\n\nB twee\n\nDrie\n\nA vier"


def _conflict(world, login):
    gesprek = world.extra["gesprek_a"]
    collega = UserFactory()
    world.spiegel_a.team.add(collega)
    ander = login(collega, Client())
    ander.post(
        reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk]),
        {"tekst": OPGESLAGEN, "versie": 0},
    )
    ik = login(world.users["teamlid"])
    return gesprek, ik


def test_the_conflict_page_offers_a_choice_per_differing_paragraph(world, login):
    gesprek, ik = _conflict(world, login)
    r = ik.post(
        reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk]), {"tekst": MIJN, "versie": 0}
    )
    assert r.status_code == 409
    html = r.content.decode()
    assert 'name="alinea-1" value="a" id="alinea-1-a" checked' in html
    assert 'name="alinea-1" value="b"' in html and 'name="alinea-2"' not in html
    assert "<del>" in html and "<ins>" in html
    assert html.count("Intro die gelijk blijft.") >= 1


def test_a_merge_is_a_new_version_and_loses_nothing(world, login):
    gesprek, ik = _conflict(world, login)
    url = reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk])
    r = ik.post(url, {"tekst": MIJN, "versie": 1, "samenvoegen": "1", "alinea-1": "b"})
    assert r.status_code == 302
    aantekening = Aantekening.objects.get(gesprek=gesprek)
    assert aantekening.tekst == OPGESLAGEN
    assert aantekening.versie == 3
    versies = dict(
        AantekeningVersie.objects.filter(aantekening=aantekening).values_list("versie", "tekst")
    )
    assert versies == {1: OPGESLAGEN, 2: MIJN, 3: OPGESLAGEN}


def test_a_merge_on_a_version_that_moved_on_is_refused_and_keeps_the_text(world, login):
    gesprek, ik = _conflict(world, login)
    url = reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk])
    r = ik.post(url, {"tekst": MIJN, "versie": 0, "samenvoegen": "1", "alinea-1": "b"})
    assert r.status_code == 409
    assert "Ik schreef: wachttijd twee weken." in r.content.decode()
    assert Aantekening.objects.get(gesprek=gesprek).tekst == OPGESLAGEN
