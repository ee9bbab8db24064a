"""The rode draden page: counts from grouped queries, small-cell suppression, the drill-down
(anonymised unless the viewer is on that Spiegel's team, and then audited), bad filters."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gesprekken.constants import Toestemming, Weergave
from rapportage.rodedraden import bewaard
from spiegel.constants import AuditActie, OrganisatieSoort, Rol, Status
from spiegel.models import AuditRegel
from tests.factories import UserFactory
from tests.factories.rapportage import CitaatFactory, DeelnemerFactory, GesprekFactory
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

pytestmark = pytest.mark.django_db
URL = reverse("rodedraden:overzicht")


@pytest.fixture
def teamlid():
    return UserFactory(rol=Rol.TEAMLID)


def vier_spiegels(b1, b2, team=()):
    """Four Spiegels of 2025: b1 kracht in all four, b2 aandachtspunt in two."""
    uit = []
    for i in range(4):
        waarnemingen = [(b1, K, f"Klantmanagers kennen hun wijk goed ({i}).")]
        if i < 2:
            waarnemingen.append((b2, A, f"De werkvoorraad loopt op ({i})."))
        uit.append(spiegel(waarnemingen=waarnemingen, team=team if i == 0 else ()))
    return uit


def test_heatmap_counts_and_a_small_cell_says_minder_dan_3(client, login, teamlid):
    b1, b2, _b3 = bouwstenen()
    vier_spiegels(b1, b2)
    spiegel(status=Status.VELDWERK, waarnemingen=[(b2, A, "Nog in het veldwerk.")])
    login(teamlid)
    html = client.get(URL).content.decode()
    assert "Op basis van 4 Spiegels." in html
    # b1 kracht rests on 4 Spiegels: its count and a link to the drill-down.
    assert reverse("rodedraden:cel", args=[b1.pk, K]) in html
    assert "4 waarnemingen in 4 Spiegels" in html
    # b2 aandachtspunt rests on 2 Spiegels (the one in fieldwork does not count).
    assert reverse("rodedraden:cel", args=[b2.pk, A]) not in html
    assert "minder dan 3" in html


def test_a_filter_narrowing_below_k_shows_nothing_but_minder_dan_3(client, login, teamlid):
    b1, b2, _b3 = bouwstenen()
    vier_spiegels(b1, b2)
    spiegel(provincie="Zeeland", naam="Gemeente Eenling", waarnemingen=[(b1, K, "Uniek.")])
    login(teamlid)
    html = client.get(URL, {"provincie": "Zeeland"}).content.decode()
    assert "minder dan 3" in html
    assert "Op basis van" not in html
    assert "Eenling" not in html
    assert reverse("rodedraden:cel", args=[b1.pk, K]) not in html


def test_the_query_count_does_not_grow_with_the_number_of_spiegels(client, login, teamlid):
    b1, b2, b3 = bouwstenen()
    vier_spiegels(b1, b2)
    login(teamlid)
    client.get(URL)  # warm up (session, sites)

    def tellen():
        bewaard.wissen()  # count the computation, not the reuse (test_rodedraden_bewaard)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(URL, {"jaar": 2025})
        assert "Op basis van" in response.content.decode()  # shown, not suppressed
        return len(ctx.captured_queries)

    weinig = tellen()
    for i in range(12):
        spiegel(
            jaar=2024 + i % 3,
            provincie=["Utrecht", "Gelderland"][i % 2],
            waarnemingen=[(b1, K, f"K {i}"), (b2, A, f"A {i}"), (b3, A, f"A3 {i}")],
        )
    veel = tellen()
    assert veel == weinig, f"{weinig} queries with 4 Spiegels, {veel} with 16"


def test_drilldown_is_anonymised_for_others_and_full_and_audited_for_the_team(
    client, login, teamlid
):
    b1, b2, _b3 = bouwstenen()
    spiegels = vier_spiegels(b1, b2, team=[teamlid])
    eigen, vreemd = spiegels[0], spiegels[1]
    vreemd.organisatie.naam = "Gemeente Verborgenstad"
    vreemd.organisatie.save()
    gesprek = GesprekFactory(spiegel=vreemd, titel="Interview met Jan Pietersen")
    DeelnemerFactory(gesprek=gesprek, naam="Jan Pietersen", rol="Klantmanager")
    w = vreemd.waarnemingen.get(soort=K)
    w.tekst = "In Verborgenstad zegt Jan Pietersen dat de lijnen kort zijn."
    w.save()
    CitaatFactory(
        spiegel=vreemd,
        tekst="Wij bellen elkaar gewoon.",
        rol="teamleider",
        weergave=Weergave.FUNCTIE,
    ).bouwstenen.add(b1)
    CitaatFactory(
        spiegel=vreemd, tekst="Geheim citaat zonder toestemming.", toestemming=Toestemming.GEVRAAGD
    ).bouwstenen.add(b1)
    login(teamlid)
    response = client.get(reverse("rodedraden:cel", args=[b1.pk, K]))
    html = response.content.decode()
    assert "[de organisatie] zegt [naam] dat de lijnen kort zijn." in html
    assert "Verborgenstad" not in html and "Pietersen" not in html
    assert "Interview met" not in html
    assert "Wij bellen elkaar gewoon." in html and "teamleider" not in html
    assert "Geheim citaat" not in html
    # The viewer's own Spiegel in full, with its organisation; that read is audited.
    assert eigen.organisatie.naam in html
    assert AuditRegel.objects.filter(
        actie=AuditActie.LEZEN, object_soort="spiegel.spiegel", object_id=str(eigen.pk)
    ).exists()
    assert not AuditRegel.objects.filter(
        object_soort="spiegel.spiegel", object_id=str(vreemd.pk)
    ).exists()


def test_drilldown_of_a_suppressed_cell_shows_no_observations(client, login, teamlid):
    b1, b2, _b3 = bouwstenen()
    vier_spiegels(b1, b2)
    login(teamlid)
    html = client.get(reverse("rodedraden:cel", args=[b2.pk, A])).content.decode()
    assert "minder dan 3" in html
    assert "De werkvoorraad loopt op" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"jaar": "twintig"},
        {"provincie": "Atlantis"},
        {"soort": "<script>"},
        {"grootteklasse": "x" * 500},
    ],
)
def test_bad_filters_give_a_dutch_message_and_the_unfiltered_page(client, login, teamlid, query):
    b1, b2, _b3 = bouwstenen()
    vier_spiegels(b1, b2)
    login(teamlid)
    response = client.get(URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Een filter had een onbekende waarde" in html
    assert "Op basis van 4 Spiegels." in html


def test_unknown_kind_or_bouwsteen_in_the_drilldown_is_404(client, login, teamlid):
    b1, _b2, _b3 = bouwstenen()
    login(teamlid)
    assert client.get(reverse("rodedraden:cel", args=[b1.pk, "dilemma"])).status_code == 404
    assert client.get(reverse("rodedraden:cel", args=[999999, K])).status_code == 404


def test_size_class_and_province_of_a_werkbedrijf_come_from_the_municipalities_it_serves(
    client, login, teamlid
):
    from rapportage.rodedraden import selectors
    from rapportage.rodedraden.models import Organisatieprofiel
    from tests.factories import OrganisatieFactory

    s = spiegel(soort=OrganisatieSoort.WERKBEDRIJF, provincie="", inwoners=None)
    for inwoners in (40_000, 30_000):
        g = OrganisatieFactory(provincie="Limburg")
        Organisatieprofiel.objects.create(organisatie=g, inwoners=inwoners)
        s.organisatie.bedient.add(g)
    jaar, soort, klasse, provincie = selectors.profielen()[s.pk]
    assert (klasse, provincie, soort) == ("groot", "Limburg", "werkbedrijf")
    # And the filters select it by those values.
    assert s.pk in selectors.verdeling().spiegels(
        {"grootteklasse": "groot", "provincie": "Limburg"}
    )
