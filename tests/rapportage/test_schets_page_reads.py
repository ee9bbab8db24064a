"""The schets page and the section editor read what their checks need once (issue 17), and
what they keep between requests (rendered Markdown, tone findings, the rule set) follows
every change to the text, the evidence and the rules."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gesprekken.constants import Toestemming, WaarnemingSoort
from rapportage import checks, selectors_schets
from rapportage.methode import methode_bevindingen, sectie_methode
from spiegel.models import Bouwsteen
from tests.factories.rapportage import (
    CitaatFactory,
    DeelnemerFactory,
    GesprekFactory,
    ToonRegelFactory,
    WaarnemingFactory,
    schets_gestart,
)
from tests.factories.spiegel import KernvraagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schets():
    return schets_gestart()


def url(schets, name="schets", *extra):
    return reverse(f"rapportage:{name}", args=[schets.spiegel.pk, *extra])


def _tekst(schets, sleutel, tekst):
    sectie = schets.secties.get(sleutel=sleutel)
    sectie.tekst = tekst
    sectie.save()
    return sectie


def test_quote_changed_after_a_view_shows_its_new_text_on_the_next_view(login, schets):
    citaat = CitaatFactory(spiegel=schets.spiegel, tekst="Oude woorden van de klantmanager")
    sectie = _tekst(schets, "krachten", f"Zo zei men het:\n\n[[citaat:{citaat.pk}]]")
    client = login(schets.spiegel.team.first())
    assert "Oude woorden van de klantmanager" in client.get(url(schets)).content.decode()

    citaat.tekst = "Nieuwe woorden van de klantmanager"
    citaat.save()
    html = client.get(url(schets)).content.decode()
    assert "Nieuwe woorden van de klantmanager" in html
    assert "Oude woorden" not in html

    citaat.toestemming = Toestemming.GEWEIGERD
    citaat.save()
    html = client.get(url(schets)).content.decode()
    blok = html.split(f'id="sectie-{sectie.pk}"')[1]
    tekst = blok.split('class="sectie-tekst"')[1].split('class="herleiding"')[0]
    assert "citaat zonder toestemming: wordt niet getoond" in tekst
    assert "Nieuwe woorden van de klantmanager" not in tekst


def test_tone_rule_added_or_switched_off_applies_on_the_next_view(login, schets):
    _tekst(schets, "werkwijze", "Het plan van aanpak is knudde gebleken.")
    client = login(schets.spiegel.team.first())
    mark = '<mark class="toon">knudde</mark>'
    assert mark not in client.get(url(schets)).content.decode()

    regel = ToonRegelFactory(patroon="knudde")
    assert mark in client.get(url(schets)).content.decode()

    regel.actief = False
    regel.save()
    assert mark not in client.get(url(schets)).content.decode()


def test_each_section_lists_only_the_kernvragen_it_answers(login, schets):
    eigen = KernvraagFactory(spiegel=schets.spiegel, tekst="Wie beslist er over maatwerk?")
    werkwijze = schets.secties.get(sleutel="werkwijze")
    werkwijze.kernvragen.set([eigen])
    eerste = schets.secties.order_by("volgorde").first()
    html = login(schets.spiegel.team.first()).get(url(schets)).content.decode()

    def sectie_html(sectie):
        return html.split(f'id="sectie-{sectie.pk}"')[1].split("</section>")[0]

    assert "Wie beslist er over maatwerk?" in sectie_html(werkwijze)
    assert "Wie beslist er over maatwerk?" not in sectie_html(eerste)
    assert "geen kernvraag" not in sectie_html(werkwijze)


def _rijke_schets(schets):
    """Names, quotes with and without consent (referenced and pasted), and observations
    with bouwstenen in a bouwsteen section: every input the page hands the checks."""
    spiegel = schets.spiegel
    gesprek = GesprekFactory(spiegel=spiegel)
    DeelnemerFactory(gesprek=gesprek, naam="Jan de Vries")
    DeelnemerFactory(gesprek=gesprek, naam="Samira Bouali")
    zonder = CitaatFactory(spiegel=spiegel, zonder_toestemming=True, tekst="Wij lopen hier vast.")
    geplakt = CitaatFactory(spiegel=spiegel, tekst="Niemand weet wie er nu echt over beslist")
    met_functie = CitaatFactory(spiegel=spiegel)
    bouwsteen = spiegel.aanvraag.bouwstenen.first() or Bouwsteen.objects.first()
    spiegel.aanvraag.bouwstenen.add(bouwsteen)
    aandacht = WaarnemingFactory(spiegel=spiegel, soort=WaarnemingSoort.AANDACHTSPUNT)
    aandacht.bouwstenen.add(bouwsteen)
    kracht = WaarnemingFactory(spiegel=spiegel, soort=WaarnemingSoort.KRACHT)
    kracht.bouwstenen.add(bouwsteen)
    _tekst(
        schets,
        "krachten",
        f"[[citaat:{zonder.pk}]]\n\n[[citaat:{met_functie.pk}:functie]]\n\n"
        f"Een klantmanager: {geplakt.tekst}. Volgens De Vries klopt dat.",
    )
    duiding = schets.secties.filter(sleutel__startswith="duiding").first()
    duiding.titel = f"Duiding: {bouwsteen.naam}"
    duiding.tekst = f"[[waarneming:{aandacht.pk}]]\n\nDaarna: [[waarneming:{kracht.pk}]]"
    duiding.save()
    return duiding


def test_page_checks_find_what_the_checks_find_reading_for_themselves(schets):
    duiding = _rijke_schets(schets)
    spiegel = selectors_schets.schets_pagina(schets.spiegel.team.first(), schets.spiegel.pk)
    dicts = [
        {"sleutel": s.sleutel, "titel": s.titel, "tekst": s.tekst}
        for s in schets.secties.order_by("volgorde", "pk")
    ]
    gelezen = selectors_schets.bewijs(spiegel, [d["tekst"] for d in dicts])
    bouwstenen = selectors_schets.bouwstenen(spiegel)

    zelf = checks.privacy_bevindingen(schets, dicts)
    assert {b.soort for b in zelf} == {"toestemming", "identiteit", "naam"}
    assert (
        checks.privacy_bevindingen(schets, dicts, bewijs=gelezen, namen=spiegel.deelnemersnamen)
        == zelf
    )
    zelf = methode_bevindingen(schets, dicts)
    assert any(b.soort == "volgorde" for b in zelf)
    assert (
        methode_bevindingen(schets, dicts, bouwstenen=bouwstenen, waarnemingen=gelezen.waarnemingen)
        == zelf
    )
    assert sectie_methode(
        schets, duiding, duiding.tekst, bouwstenen=bouwstenen, waarnemingen=gelezen.waarnemingen
    ) == sectie_methode(schets, duiding, duiding.tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "Jan de Vries zei het.",
        "JAN DE VRIES zei het.",
        "De Vries zei het.",
        "de vries is een achternaam in kleine letters",
        "Bouali had gelijk.",
        "Samira\nBouali had gelijk.",
        "Li was er ook.",
        "LI was er ook.",
        "Lisa was er ook.",
        "Smıt en SMİT schreven het.",
        "Niemand met naam.",
    ],
)
def test_quick_name_test_never_skips_a_text_a_pattern_would_flag(tekst):
    namen = ("Jan de Vries", "Li", "Samira Bouali", "Piet Smit")
    for _naam, patroon, deel in checks._naam_zoeker(namen):
        if patroon.search(tekst):
            assert deel in checks._vouw(tekst), (patroon.pattern, tekst)


def test_name_in_text_is_flagged_and_a_text_without_it_is_not(schets):
    DeelnemerFactory(gesprek=GesprekFactory(spiegel=schets.spiegel), naam="Piet Smit")
    sectie = {"sleutel": "werkwijze", "titel": "Werkwijze"}
    gevonden = checks.privacy_bevindingen(
        schets, [{**sectie, "tekst": "Volgens PIET SMıT klopt het."}]
    )
    assert [b.soort for b in gevonden] == ["naam"]
    assert (
        checks.privacy_bevindingen(schets, [{**sectie, "tekst": "Volgens de smid klopt het."}])
        == []
    )


def test_section_editor_and_preview_queries_do_not_grow_with_evidence(login, schets):
    client = login(schets.spiegel.team.first())
    sectie = schets.secties.get(sleutel="krachten")

    ctx_editor = []

    def counts():
        result = []
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url(schets, "sectie", sectie.pk)).status_code == 200
        result.append(len(ctx.captured_queries))
        ctx_editor[:] = ctx.captured_queries
        with CaptureQueriesContext(connection) as ctx:
            response = client.post(
                url(schets, "voorbeeld", sectie.pk),
                {"tekst": sectie.tekst},
                headers={"HX-Request": "true"},
            )
            assert response.status_code == 200
        result.append(len(ctx.captured_queries))
        return result

    def grow(n):
        for _ in range(n):
            w = WaarnemingFactory(spiegel=schets.spiegel)
            c = CitaatFactory(spiegel=schets.spiegel)
            DeelnemerFactory(gesprek=GesprekFactory(spiegel=schets.spiegel), naam="Piet Jansen")
            sectie.tekst += f"\n\n[[waarneming:{w.pk}]]\n\n[[citaat:{c.pk}]]"
        sectie.save()

    grow(1)
    before = counts()
    grow(6)
    assert counts() == before
    editor, voorbeeld = before
    assert editor <= 12, "\n".join(q["sql"][:150] for q in ctx_editor)
    assert voorbeeld <= 9, voorbeeld


def test_each_sections_actions_point_at_that_section_and_only_for_who_may_edit(login, schets):
    # The action URLs are reversed in the view now (issue 17), no longer per form in the template.
    client = login(schets.spiegel.team.first())
    html = client.get(url(schets)).content.decode()
    secties = list(schets.secties.order_by("volgorde", "pk"))
    for sectie in secties:
        blok = html.split(f'id="sectie-{sectie.pk}"')[1].split('<section class="card')[0]
        acties = blok.split('class="sectie-acties"')[1].split('class="sectie-tekst"')[0]
        assert f'href="{url(schets, "sectie", sectie.pk)}"' in acties
        assert acties.count(f'action="{url(schets, "sectie_verplaatsen", sectie.pk)}"') == 2
        assert f'action="{url(schets, "sectie_verwijderen", sectie.pk)}"' in acties
        assert "Bewerken" in acties and "Verwijderen" in acties
        assert "Herleiding" in blok and "Beantwoordt:" in blok

    schets.status = "definitief"
    schets.save()
    html = client.get(url(schets)).content.decode()
    assert 'class="sectie-acties"' not in html
    assert url(schets, "sectie_verplaatsen", secties[0].pk) not in html
    assert html.count("Herleiding") == len(secties)
