"""The schets demo data: a schets in each state, tone and privacy findings to show on the
concept, a definitief schets on a finished Spiegel for the PDF demo; idempotent."""

import pytest

from rapportage import demo
from rapportage.checks import privacy_bevindingen, toon_bevindingen
from rapportage.constants import SchetsStatus
from rapportage.models import Opmerking, Schets
from spiegel import demo as spiegel_demo

pytestmark = pytest.mark.django_db


def test_demo_has_a_schets_in_every_state_and_is_idempotent():
    result = demo.laden(context=spiegel_demo.laden())
    assert set(result["schetsen"]) == set(SchetsStatus.values)
    definitief = result["schets_definitief"]
    assert definitief.status == SchetsStatus.DEFINITIEF
    assert definitief.spiegel.organisatie.naam == "Gemeente Brugwaarde"
    definitief.spiegel.aanvraag.refresh_from_db()
    assert definitief.spiegel.aanvraag.status == "afgerond"
    assert privacy_bevindingen(definitief) == []
    assert definitief.versies.exists()
    concept = result["schetsen"][SchetsStatus.CONCEPT]
    assert sum(len(f) for _s, f in toon_bevindingen(concept)) >= 3
    assert {b.soort for b in privacy_bevindingen(concept)} >= {"naam", "toestemming"}
    wederhoor = result["schetsen"][SchetsStatus.WEDERHOOR]
    assert Opmerking.objects.filter(sectie__schets=wederhoor, status="open").exists()
    aantal = Schets.objects.count()
    again = demo.laden(context=spiegel_demo.laden())
    assert Schets.objects.count() == aantal
    assert again["schets_definitief"].pk == definitief.pk
