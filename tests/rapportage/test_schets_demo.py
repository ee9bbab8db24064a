"""The schets demo data: a schets in each state, tone findings to show, idempotent."""

import pytest

from rapportage import demo
from rapportage.checks import privacy_bevindingen
from rapportage.constants import SchetsStatus
from rapportage.models import Schets
from rapportage.selectors import toonregels
from rapportage.tone import check
from spiegel import demo as spiegel_demo

pytestmark = pytest.mark.django_db


def test_demo_has_a_schets_in_every_state_and_is_idempotent():
    context = spiegel_demo.laden()
    result = demo.laden(context=context)
    assert set(result["schetsen"]) == set(SchetsStatus.values)
    definitief = result["schets_definitief"]
    assert definitief.status == SchetsStatus.DEFINITIEF
    assert definitief.spiegel.aanvraag.status == "afgerond"
    assert privacy_bevindingen(definitief) == []
    concept = result["schetsen"][SchetsStatus.CONCEPT]
    findings = [f for s in concept.secties.all() for f in check(s.tekst, toonregels())]
    assert len(findings) >= 3
    aantal = Schets.objects.count()
    again = demo.laden(context=spiegel_demo.laden())
    assert Schets.objects.count() == aantal
    assert again["schets_definitief"].pk == definitief.pk
