"""The privacy check blocks review (and rendering) in each of its three cases; traceability
flags an unanswered kernvraag; the tone check merges the admins' rules."""

import pytest
from django.core.exceptions import ValidationError

from rapportage import services
from rapportage.checks import onbeantwoorde_kernvragen, privacy_bevindingen
from rapportage.constants import SchetsStatus
from rapportage.selectors import toonregels
from rapportage.tone import check
from tests.factories.rapportage import (
    CitaatFactory,
    DeelnemerFactory,
    GesprekFactory,
    ToonRegelFactory,
    WaarnemingFactory,
    schets_gestart,
    schets_in_status,
)

pytestmark = pytest.mark.django_db


def schrijf(schets, sleutel, tekst):
    sectie = schets.secties.get(sleutel=sleutel)
    services.sectie_opslaan(
        sectie=sectie,
        door=schets.spiegel.team.first(),
        tekst=tekst,
        titel=sectie.titel,
        kernvragen=list(sectie.kernvragen.all()),
        basis=sectie.versie,
    )
    return sectie


def indienen_faalt(schets) -> list[str]:
    with pytest.raises(ValidationError) as exc:
        services.schets_indienen(schets=schets, door=schets.spiegel.team.first())
    schets.refresh_from_db()
    assert schets.status == SchetsStatus.CONCEPT
    return exc.value.messages


def test_clean_schets_passes_and_can_be_submitted():
    schets = schets_gestart()
    citaat = CitaatFactory(spiegel=schets.spiegel)
    schrijf(schets, "krachten", f"Wat opviel:\n\n[[citaat:{citaat.pk}]]")
    assert privacy_bevindingen(schets) == []
    schets = services.schets_indienen(schets=schets, door=schets.spiegel.team.first())
    assert schets.status == SchetsStatus.REVIEW


def test_quote_without_consent_blocks_review_and_says_where():
    schets = schets_gestart()
    citaat = CitaatFactory(spiegel=schets.spiegel, zonder_toestemming=True)
    schrijf(schets, "krachten", f"[[citaat:{citaat.pk}]]")
    [bevinding] = privacy_bevindingen(schets)
    assert bevinding.soort == "toestemming"
    assert bevinding.sectie == "Wat we zagen: krachten en steunpilaren"
    messages = indienen_faalt(schets)
    assert any("krachten en steunpilaren" in m and "toestemming" in m for m in messages)


def test_pasted_words_of_a_quote_without_consent_are_caught_too():
    schets = schets_gestart()
    citaat = CitaatFactory(spiegel=schets.spiegel, zonder_toestemming=True)
    schrijf(schets, "werkwijze", f"Iemand zei: {citaat.tekst}")
    assert [b.soort for b in privacy_bevindingen(schets)] == ["toestemming"]


def test_quote_with_more_identity_than_allowed_blocks_review():
    schets = schets_gestart()
    citaat = CitaatFactory(spiegel=schets.spiegel)  # consent: anonymous only
    schrijf(schets, "vragen", f"[[citaat:{citaat.pk}:functie]]")
    [bevinding] = privacy_bevindingen(schets)
    assert bevinding.soort == "identiteit"
    assert bevinding.sectie == "Vragen om bij stil te staan"
    assert indienen_faalt(schets)


def test_anonymous_quote_pasted_next_to_the_role_is_more_identity():
    schets = schets_gestart()
    citaat = CitaatFactory(spiegel=schets.spiegel, rol="de teamleider schuldhulp")
    schrijf(schets, "vragen", f"De teamleider schuldhulp zei: “{citaat.tekst}”")
    assert [b.soort for b in privacy_bevindingen(schets)] == ["identiteit"]


def test_quote_by_role_is_fine_when_consent_allows_it():
    schets = schets_gestart()
    citaat = CitaatFactory(spiegel=schets.spiegel, met_functie=True)
    schrijf(schets, "vragen", f"[[citaat:{citaat.pk}:functie]]")
    assert privacy_bevindingen(schets) == []


@pytest.mark.parametrize(
    "tekst",
    [
        "We spraken met Jan de Vries over de wachttijden.",
        "Volgens jan de vries gaat het goed.",
        "Zoals De Vries aangaf, is de caseload hoog.",
    ],
)
def test_participant_name_in_the_text_blocks_review(tekst):
    schets = schets_gestart()
    gesprek = GesprekFactory(spiegel=schets.spiegel)
    DeelnemerFactory(gesprek=gesprek, rol="Teamleider", naam="Jan de Vries")
    schrijf(schets, "tot-slot", tekst)
    [bevinding] = privacy_bevindingen(schets)
    assert bevinding.soort == "naam"
    assert bevinding.sectie.startswith("Tot slot")
    messages = indienen_faalt(schets)
    assert any("Jan de Vries" in m for m in messages)


def test_participant_name_in_an_embedded_observation_or_title_is_found():
    schets = schets_gestart()
    DeelnemerFactory(gesprek=GesprekFactory(spiegel=schets.spiegel), naam="Samira Bouali")
    waarneming = WaarnemingFactory(spiegel=schets.spiegel, tekst="Samira Bouali regelt veel.")
    sectie = schrijf(schets, "krachten", f"[[waarneming:{waarneming.pk}]]")
    type(sectie).objects.filter(pk=sectie.pk).update(titel="Gesprek met Bouali")
    bevindingen = privacy_bevindingen(schets)
    assert {b.soort for b in bevindingen} == {"naam"}
    assert len(bevindingen) == 2  # once in the embedded observation, once in the title


def test_name_of_a_participant_of_another_spiegel_is_not_flagged():
    schets = schets_gestart()
    DeelnemerFactory(naam="Jan de Vries")  # another Spiegel's session
    schrijf(schets, "tot-slot", "We spraken met Jan de Vries.")
    assert privacy_bevindingen(schets) == []


def test_privacy_check_accepts_the_sections_of_a_version():
    schets = schets_gestart()
    DeelnemerFactory(gesprek=GesprekFactory(spiegel=schets.spiegel), naam="Jan de Vries")
    versie = [{"sleutel": "x", "titel": "Oud", "tekst": "Jan de Vries", "kernvragen": []}]
    assert [b.sectie for b in privacy_bevindingen(schets, versie)] == ["Oud"]


def test_unanswered_kernvraag_is_flagged_and_blocks_review():
    schets = schets_gestart()
    kernvraag = schets.spiegel.kernvragen.first()
    schets.secties.get(sleutel="aanleiding").kernvragen.remove(kernvraag)
    assert onbeantwoorde_kernvragen(schets) == [kernvraag]
    messages = indienen_faalt(schets)
    assert any(kernvraag.tekst in m for m in messages)


def test_approval_is_also_blocked_when_a_privacy_problem_appears_during_review():
    schets = schets_in_status(SchetsStatus.REVIEW)
    DeelnemerFactory(gesprek=GesprekFactory(spiegel=schets.spiegel), naam="Jan de Vries")
    schets.secties.filter(sleutel="werkwijze").update(tekst="Met Jan de Vries gesproken.")
    reviewer = schets.spiegel.team.order_by("pk").last()
    with pytest.raises(ValidationError):
        services.schets_beoordelen(schets=schets, door=reviewer, goedkeuren=True)


def test_admin_rules_extend_and_switch_off_the_word_list():
    assert check("Het team knoeit.", toonregels()) == []
    ToonRegelFactory(patroon="knoeien", suggestie="Beschrijf wat u zag.")
    assert [f.matched for f in check("Het team knoeit maar wat.", toonregels())] == ["knoeit"]
    assert check("De regie is slecht.", toonregels())
    ToonRegelFactory(patroon="slecht", actief=False)
    assert check("De regie is slecht.", toonregels()) == []


def test_tone_findings_per_section_for_the_current_text_and_a_version():
    from rapportage.checks import toon_bevindingen

    schets = schets_gestart()
    schrijf(schets, "tot-slot", "De gemeente moet kiezen. Het team faalt.")
    [(sectie, findings)] = toon_bevindingen(schets)
    assert sectie["sleutel"] == "tot-slot"
    assert [f.matched for f in findings] == ["moet", "faalt"]
    versie = schets.versies.get(nummer=1).secties
    assert toon_bevindingen(schets, versie) == []
