"""Method checks beside tone: krachten before aandachtspunten per bouwsteen section, a kracht
for every bouwsteen the schets discusses, and the closing question; shown in the editor."""

import pytest
from django.urls import reverse

from gesprekken.constants import WaarnemingSoort
from rapportage.methode import eenheden, methode_bevindingen, sectie_methode
from spiegel.models import Bouwsteen
from tests.factories.rapportage import WaarnemingFactory, schets_gestart
from tests.factories.spiegel import SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db

SLOT = "Waar staan jullie nu, en waar willen jullie over twee jaar naartoe?"


@pytest.fixture
def schets():
    spiegel = SpiegelFactory(team=[UserFactory(), UserFactory()])
    spiegel.aanvraag.bouwstenen.set(Bouwsteen.objects.order_by("volgorde")[:2])
    return schets_gestart(spiegel)


def bouwstenen(schets):
    return list(schets.spiegel.aanvraag.bouwstenen.order_by("volgorde", "naam"))


def zet(schets, sleutel, tekst):
    schets.secties.filter(sleutel=sleutel).update(tekst=tekst)


def duiding(schets, b):
    return f"duiding-{b.slug}"[:40]


def soorten(schets):
    return sorted(b.soort for b in methode_bevindingen(schets))


def test_a_schets_that_follows_the_method_has_no_findings(schets):
    for b in bouwstenen(schets):
        zet(schets, duiding(schets, b), "Wat goed gaat: de korte lijnen.\n\nNog niet helder is ...")
    zet(schets, "tot-slot", SLOT)
    assert methode_bevindingen(schets) == []


def test_section_opening_with_an_aandachtspunt_without_kracht_is_flagged(schets):
    b1, b2 = bouwstenen(schets)
    zet(schets, duiding(schets, b1), "Een aandachtspunt is de overdracht naar de wijkteams.")
    zet(schets, duiding(schets, b2), "Wat goed gaat: de korte lijnen.")
    zet(schets, "tot-slot", SLOT)
    found = methode_bevindingen(schets)
    assert [(f.soort, f.sleutel) for f in found] == [
        ("volgorde", duiding(schets, b1)),
        ("kracht", ""),
    ]
    assert "noemt geen kracht" in found[0].bericht
    assert b1.naam in found[1].bericht


def test_kracht_after_an_aandachtspunt_asks_for_the_order_only(schets):
    b1, b2 = bouwstenen(schets)
    zet(schets, duiding(schets, b1), "Knelpunt: de wachttijd.\n\nEen kracht is de betrokkenheid.")
    zet(schets, duiding(schets, b2), "De teams zijn trots op hun werk.")
    zet(schets, "tot-slot", SLOT)
    [found] = methode_bevindingen(schets)
    assert found.soort == "volgorde"
    assert "zet eerst wat goed gaat" in found.bericht


def test_observation_references_carry_their_kind_and_bouwsteen(schets):
    b1, b2 = bouwstenen(schets)
    aandacht = WaarnemingFactory(spiegel=schets.spiegel, soort=WaarnemingSoort.AANDACHTSPUNT)
    kracht = WaarnemingFactory(spiegel=schets.spiegel, soort=WaarnemingSoort.KRACHT)
    aandacht.bouwstenen.add(b1)
    kracht.bouwstenen.add(b2)
    # b1's section opens with an aandachtspunt observation; b2 only gets a kracht through
    # an observation referenced in the krachten section.
    zet(schets, duiding(schets, b1), f"[[waarneming:{aandacht.pk}]]")
    zet(schets, "krachten", f"[[waarneming:{kracht.pk}]]")
    zet(schets, "tot-slot", SLOT)
    found = methode_bevindingen(schets)
    assert [(f.soort, f.sectie) for f in found] == [
        ("volgorde", schets.secties.get(sleutel=duiding(schets, b1)).titel),
        ("kracht", b1.naam),
    ]


def test_krachten_section_naming_the_bouwsteen_counts_as_its_kracht(schets):
    b1, b2 = bouwstenen(schets)
    zet(schets, duiding(schets, b1), "We zagen dat de intake per consulent anders loopt.")
    zet(schets, duiding(schets, b2), "Wat goed gaat: de korte lijnen.")
    zet(schets, "tot-slot", SLOT)
    assert soorten(schets) == ["kracht"]
    zet(schets, "krachten", f"Bij {b1.naam.lower()} zagen we veel vakmanschap.")
    assert methode_bevindingen(schets) == []


@pytest.mark.parametrize(
    "tekst, ok",
    [
        (SLOT, True),
        ("Waar staan we? En waar willen we naartoe?", True),
        ("Waar staat u nu, waar wilt u heen?", True),
        ("Tot slot danken we iedereen voor de gesprekken.", False),
        ("Waar staan jullie nu?", False),
        ("", False),
    ],
)
def test_closing_section_asks_where_you_stand_and_where_you_want_to_go(schets, tekst, ok):
    zet(schets, "tot-slot", tekst)
    assert ("slot" not in soorten(schets)) is ok


def test_empty_bouwsteen_sections_are_not_discussed(schets):
    zet(schets, "tot-slot", SLOT)
    assert methode_bevindingen(schets) == []


def test_blocks_are_classified_by_heading_keywords_and_first_cue():
    units = eenheden("## Krachten\n\n- Let op de wachttijd.\n\nZonder kern.", {})
    assert [u[0] for u in units] == ["kracht", "aandachtspunt"]


def test_section_editor_and_overview_show_method_findings(schets, login):
    b1, _b2 = bouwstenen(schets)
    sectie = schets.secties.get(sleutel=duiding(schets, b1))
    client = login(schets.spiegel.team.first())
    url = reverse("rapportage:voorbeeld", args=[schets.spiegel.pk, sectie.pk])
    response = client.post(url, {"tekst": "Een knelpunt is de overdracht."}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Methode: 1 aandachtspunt" in html
    assert "noemt geen kracht" in html
    response = client.post(url, {"tekst": "Wat goed gaat: de lijnen."}, HTTP_HX_REQUEST="true")
    assert "Methode:" not in response.content.decode()
    zet(schets, duiding(schets, b1), "Een knelpunt is de overdracht.")
    html = client.get(reverse("rapportage:schets", args=[schets.spiegel.pk])).content.decode()
    assert "noemt geen kracht" in html
    assert "het slot stelt de vraag" in html


def test_sectie_methode_flags_a_section_without_kracht_and_the_closing_question(schets):
    b1, _b2 = bouwstenen(schets)
    sectie = schets.secties.get(sleutel=duiding(schets, b1))
    [found] = sectie_methode(schets, sectie, "We zagen dat de intake per consulent anders gaat.")
    assert found.soort == "kracht"
    assert sectie_methode(schets, sectie, "De betrokkenheid is een kracht.") == []
    slot = schets.secties.get(sleutel="tot-slot")
    assert [b.soort for b in sectie_methode(schets, slot, "Dank.")] == ["slot"]
    assert sectie_methode(schets, slot, SLOT) == []
