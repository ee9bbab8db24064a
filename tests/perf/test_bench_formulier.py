"""The load benchmark's visitor fills in the real request form: it must pick the request
form, not the header's language switch (also a POST form), and its POST must be accepted,
or `make bench` measures nothing but refusals."""

import random

import pytest
from django.urls import reverse

from benchmarks.formulier import FormulierLezer, invullen
from spiegel.models import Aanvraag

pytestmark = pytest.mark.django_db


def test_the_benchmark_visitor_fills_in_the_request_form_and_it_is_accepted(client):
    url = reverse("spiegel:aanvraag_nieuw")
    html = client.get(url).content.decode()
    lezer = FormulierLezer()
    lezer.feed(html)
    assert len(lezer.formulieren) >= 2  # the language switch and the request form

    data = invullen(html, random.Random(3), "formulier.bench.example", n=1)
    assert {"organisatie_soort", "organisatie_naam", "contact_email", "gemeenten"} <= set(data)

    r = client.post(url, data)
    assert r.status_code == 302, r.content.decode()[:500]
    assert Aanvraag.objects.filter(contact_email="bench1@formulier.bench.example").exists()
