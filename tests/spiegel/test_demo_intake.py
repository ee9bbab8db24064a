"""Demo data: requests in every status once every app's loader ran; each loader idempotent."""

import pytest

from spiegel import demo
from spiegel.constants import Status
from spiegel.models import Aanvraag, Gebeurtenis, Kernvraag, Spiegel

pytestmark = pytest.mark.django_db


def tellingen():
    return (
        Aanvraag.objects.count(),
        Spiegel.objects.count(),
        Kernvraag.objects.count(),
        Gebeurtenis.objects.count(),
    )


def test_the_intake_demo_has_the_intake_statuses_and_is_idempotent():
    result = demo.laden()
    voor = tellingen()
    demo.laden()
    assert tellingen() == voor
    assert set(Aanvraag.objects.values_list("status", flat=True)) == set(Status.values)
    geaccepteerd = Aanvraag.objects.get(status=Status.GEACCEPTEERD)
    assert geaccepteerd.spiegel.team.count() == 2
    assert geaccepteerd.spiegel.kernvragen.count() == len(geaccepteerd.vragen)
    for aanvraag in Aanvraag.objects.all():
        assert aanvraag.gebeurtenissen.last().naar_status == aanvraag.status
        assert aanvraag.gebeurtenissen.exclude(tekst_contact="").exists()
    assert all(o.fictief for o in result["organisaties"].values())
    # The demo contact of Heideveen follows their request (in intake) in the portal.
    heideveen = Aanvraag.objects.get(organisatie__naam="Gemeente Heideveen")
    assert heideveen.contactpersoon.email == "contact@heideveen.example"


def test_with_the_fieldwork_and_schets_demos_every_status_is_shown():
    from gesprekken import demo as gesprekken_demo
    from rapportage import demo as rapportage_demo

    context = demo.laden()
    context.update(gesprekken_demo.laden(context=context) or {})
    context.update(rapportage_demo.laden(context=context) or {})
    statussen = set(Aanvraag.objects.values_list("status", flat=True))
    # afgerond with its PDF comes from rapportage.demo_pdf (it renders; left out here).
    assert statussen | {Status.AFGEROND} == set(Status.values), statussen
