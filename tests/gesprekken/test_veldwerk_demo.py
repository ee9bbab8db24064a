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
    alle = resultaat.get("veldwerk_spiegels", {None: spiegel}).values()
    soorten = list(Gesprek.objects.filter(spiegel__in=alle).values_list("soort", flat=True))
    for soort in GesprekSoort.values:
        assert soorten.count(soort) >= 2, soort
    assert set(spiegel.gesprekken.values_list("soort", flat=True)) == set(GesprekSoort.values)
    assert Aantekening.objects.filter(gesprek__spiegel=spiegel, versie__gt=0).count() >= 4
    assert spiegel.waarnemingen.count() >= 10
    assert spiegel.citaten.count() >= 5
    assert spiegel.waarnemingen.filter(kernvragen__isnull=False).exists()
    assert spiegel.team.exists()
    voor = tellingen()
    demo.laden(context=context)
    assert tellingen() == voor


def test_without_the_intake_demo_a_spiegel_of_its_own_is_filled():
    context = spiegel_demo.laden()
    context.pop("spiegels", None)
    spiegel = demo.laden(context=context)["veldwerk_spiegel"]
    assert spiegel.aanvraag.referentie == demo.DEMO_REFERENTIE
    assert spiegel.aanvraag.status == Status.VELDWERK
    for soort in GesprekSoort.values:
        assert spiegel.gesprekken.filter(soort=soort).count() >= 2
    for kernvraag in spiegel.kernvragen.all():
        assert kernvraag.waarnemingen.exists()
