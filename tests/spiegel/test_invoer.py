"""Odd input: NUL bytes and lone surrogates are removed before any view sees them, so no
search or save fails on them and nothing visible is lost; a bare 400/403/405 answers in
Dutch (a page, or JSON when JSON was asked for)."""

import pytest
from django.urls import reverse

from gesprekken.models import Aantekening

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def test_search_for_a_nul_byte_answers_the_page_not_a_500(world, login):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:zoeken", args=[world.spiegel_a.pk])
    response = client.get(url + "?q=%00")
    assert response.status_code == 200
    response = client.get(url + "?q=wijk%00team")
    assert response.status_code == 200
    # What was typed stays in the search field, without the invisible NUL.
    assert 'value="wijkteam"' in response.content.decode()


def test_notes_with_a_nul_byte_are_saved_without_it(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk]),
        {"tekst": "Eerste\x00 regel over het wijkteam\x00", "versie": 0},
        **JSON,
    )
    assert response.status_code == 200
    assert Aantekening.objects.get(gesprek=gesprek).tekst == "Eerste regel over het wijkteam"


def test_a_refused_autosave_says_why_in_dutch_json(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk]),
        {"tekst": "Tekst", "versie": "niet-een-getal"},
        **JSON,
    )
    assert response.status_code == 400
    assert response.json()["fout"] == "De aantekeningen konden niet worden gelezen."
    assert not Aantekening.objects.filter(gesprek=gesprek, tekst="Tekst").exists()


def test_a_get_on_a_post_only_url_gets_a_dutch_405_page(world, login):
    client = login(world.users["teamlid"])
    response = client.get(reverse("gesprekken:aantekeningen_opslaan", args=[1]))
    assert response.status_code == 405
    assert "POST" in response["Allow"]
    body = response.content.decode()
    assert "Dat kan hier niet" in body
    assert "<main" in body  # the site's own layout, not a bare text


def test_a_405_asked_for_json_answers_dutch_json(client):
    response = client.get(reverse("logout"), **JSON)
    assert response.status_code == 405
    assert "niet op deze manier" in response.json()["fout"]


def test_a_tampered_sign_in_form_gets_a_dutch_400(client):
    # django-two-factor's wizard raises SuspiciousOperation without its management form.
    response = client.post(reverse("two_factor:login"), {"auth-username": "x"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Verzoek niet begrepen" in body
    assert "Bad Request" not in body


def test_a_bare_403_gets_a_dutch_page(world, login):
    client = login(world.users["coordinator"])
    response = client.post(reverse("gesprekken:documenten", args=[world.aanvraag_a.pk]))
    assert response.status_code == 403
    assert "U mag deze handeling niet uitvoeren." in response.content.decode()


def test_lone_surrogates_and_nul_are_removed_from_names_and_values():
    from django.http import QueryDict

    from spiegel.invoer import _geschoond

    qd = QueryDict(mutable=True)
    qd.setlist("q\x00", ["wijk\ud800team"])
    qd.setlist("q", ["twee"])
    schoon = _geschoond(qd)
    assert schoon.getlist("q") == ["twee", "wijkteam"] or schoon.getlist("q") == [
        "wijkteam",
        "twee",
    ]
    assert not schoon._mutable
