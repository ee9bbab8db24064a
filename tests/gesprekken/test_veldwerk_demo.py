"""The fieldwork demo: a Spiegel in veldwerk with sessions of every kind, notes,
observations and quotes; loading it twice changes nothing."""

import pytest

from gesprekken import demo
from gesprekken.constants import GesprekSoort
from gesprekken.models import Aantekening, Citaat, Document, Gesprek, Waarneming
from spiegel import demo as spiegel_demo
from spiegel.constants import Status

pytestmark = pytest.mark.django_db


def tellingen():
    return (
        Gesprek.objects.count(),
        Waarneming.objects.count(),
        Citaat.objects.count(),
        Document.objects.count(),
    )


def test_demo_fieldwork_is_realistic_and_idempotent():
    context = spiegel_demo.laden()
    resultaat = demo.laden(context=context)
    spiegel = resultaat["veldwerk_spiegel"]
    assert spiegel.aanvraag.status == Status.VELDWERK
    assert spiegel.organisatie.fictief
    assert {u.email for u in spiegel.team.all()} >= set(demo.TEAM)
    soorten = spiegel.gesprekken.values_list("soort", flat=True)
    for soort in GesprekSoort.values:
        assert list(soorten).count(soort) >= 2
    gevuld = Aantekening.objects.filter(gesprek__spiegel=spiegel, versie__gt=0)
    assert gevuld.count() >= 7
    assert spiegel.waarnemingen.count() >= 15
    assert spiegel.citaten.count() >= 7
    assert spiegel.waarnemingen.filter(kernvragen__isnull=True).exists()
    for kernvraag in spiegel.kernvragen.all():
        assert kernvraag.waarnemingen.exists()
    voor = tellingen()
    demo.laden(context=context)
    assert tellingen() == voor
