"""Capturing observations and quotes with and without htmx, refused captures, and
correcting them afterwards (consent recorded after asking)."""

import pytest
from django.urls import reverse

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import Citaat, Waarneming
from spiegel.models import Bouwsteen

pytestmark = pytest.mark.django_db


# --- capture with and without htmx ----------------------------------------------------


def waarneming_data(**extra):
    data = {
        "w-tekst": "Er is veel ruimte voor maatwerk.",
        "w-soort": WaarnemingSoort.KRACHT,
        "w-bouwstenen": [Bouwsteen.objects.get(slug="burger").pk],
    }
    data.update(extra)
    return data


def test_capture_with_htmx_returns_the_fresh_form_and_the_updated_list(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:waarneming_nieuw", args=[gesprek.pk]),
        waarneming_data(**{"w-kernvragen": [world.spiegel_a.kernvragen.first().pk]}),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-gelukt="De waarneming is vastgelegd."' in html
    assert 'hx-swap-oob="true"' in html and "Er is veel ruimte voor maatwerk." in html
    assert "<html" not in html
    w = Waarneming.objects.get(tekst="Er is veel ruimte voor maatwerk.")
    assert w.gesprek == gesprek and w.door == world.users["teamlid"]
    assert w.kernvragen.count() == 1


def test_capture_without_htmx_redirects_back_to_the_notes(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:citaat_nieuw", args=[gesprek.pk]),
        {
            "c-tekst": "Hier mag ik mens zijn.",
            "c-rol": "een consulent",
            "c-toestemming": "gegeven",
            "c-weergave": "functie",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("gesprekken:aantekeningen", args=[gesprek.pk])
    assert Citaat.objects.filter(tekst="Hier mag ik mens zijn.", gesprek=gesprek).exists()


@pytest.mark.parametrize("htmx", [True, False])
def test_refused_capture_keeps_the_text_and_names_the_problem(world, login, htmx):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(
        reverse("gesprekken:waarneming_nieuw", args=[gesprek.pk]),
        waarneming_data(**{"w-bouwstenen": []}),
        **extra,
    )
    html = response.content.decode()
    assert response.status_code == (200 if htmx else 400)
    assert "Kies ten minste één bouwsteen." in html
    assert "Er is veel ruimte voor maatwerk." in html
    assert not Waarneming.objects.filter(tekst="Er is veel ruimte voor maatwerk.").exists()


def test_a_kernvraag_of_another_spiegel_cannot_be_linked(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    vreemd = world.spiegel_b.kernvragen.first()
    response = client.post(
        reverse("gesprekken:waarneming_nieuw", args=[gesprek.pk]),
        waarneming_data(**{"w-kernvragen": [vreemd.pk]}),
    )
    assert response.status_code == 400
    assert not Waarneming.objects.filter(tekst="Er is veel ruimte voor maatwerk.").exists()


def test_recording_consent_after_asking_updates_the_quote(world, login):
    citaat = Citaat.objects.get(pk=world.extra["params"]["citaat_pk"])
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:citaat_bewerken", args=[citaat.pk])
    assert "We lossen het samen op." in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "tekst": citaat.tekst,
            "rol": "teamleider Werk",
            "toestemming": "gegeven",
            "weergave": "functie",
        },
    )
    assert response.status_code == 302
    citaat.refresh_from_db()
    assert (citaat.rol, citaat.toestemming, citaat.weergave) == (
        "teamleider Werk",
        "gegeven",
        "functie",
    )


def test_correcting_an_observation_keeps_what_was_typed_on_error(world, login):
    waarneming = Waarneming.objects.get(pk=world.extra["params"]["waarneming_pk"])
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:waarneming_bewerken", args=[waarneming.pk])
    response = client.post(url, {"tekst": "Verbeterde tekst", "soort": "kracht"})
    assert response.status_code == 200
    assert "Kies ten minste één bouwsteen." in response.content.decode()
    assert "Verbeterde tekst" in response.content.decode()
    bouwsteen = Bouwsteen.objects.get(slug="balans")
    response = client.post(
        url, {"tekst": "Verbeterde tekst", "soort": "dilemma", "bouwstenen": [bouwsteen.pk]}
    )
    assert response.status_code == 302
    waarneming.refresh_from_db()
    assert (waarneming.tekst, waarneming.soort) == ("Verbeterde tekst", "dilemma")
    assert list(waarneming.bouwstenen.all()) == [bouwsteen]
