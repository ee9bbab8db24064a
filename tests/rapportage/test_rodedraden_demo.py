"""The rode draden demo: several cells of at least k Spiegels, a confirmed theme, and
Brugwaarde's second Spiegel following up its first; idempotent."""

import pytest

from gesprekken import demo as gesprekken_demo
from rapportage import demo as schets_demo
from rapportage import demo_rodedraden
from rapportage.rodedraden import services
from rapportage.rodedraden.models import Thema
from spiegel import demo as spiegel_demo
from spiegel.models import Spiegel

pytestmark = pytest.mark.django_db


def alles_laden():
    context = spiegel_demo.laden()
    context.update(gesprekken_demo.laden(context=context) or {})
    context.update(schets_demo.laden(context=context) or {})
    return demo_rodedraden.laden(context=context)


def test_demo_makes_a_meaningful_page_and_brugwaardes_follow_up():
    result = alles_laden()
    data = services.overzicht({})
    assert data["toonbaar"] and data["aantal_spiegels"] >= 12
    getoond = [c for r in data["rijen"] for c in r["cellen"] if not c["onderdrukt"]]
    assert len(getoond) >= 6
    assert any(not j["onderdrukt"] for j in data["trends"])
    assert [t["spiegels"] for t in data["themas"] if t["naam"] == "Wachttijd schuldhulpverlening"][
        0
    ] >= 3
    tweede = result["rodedraden_vervolg"]
    assert tweede.organisatie.naam == "Gemeente Brugwaarde"
    assert tweede.vorige.organisatie_id == tweede.organisatie_id
    assert tweede.vorige.aanvraag.status == "afgerond"
    aantal = (Spiegel.objects.count(), Thema.objects.count())
    alles_laden()
    assert (Spiegel.objects.count(), Thema.objects.count()) == aantal
