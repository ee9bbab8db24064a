"""`manage.py demodata` runs every app's demo loader together: they share the request
journeys of spiegel.demo, and running the command twice changes nothing."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from gesprekken.models import Citaat, Gesprek, Waarneming
from rapportage.constants import RenderStatus
from rapportage.models import RenderJob, Schets
from spiegel.models import Aanvraag, Spiegel, User

pytestmark = pytest.mark.django_db


def tellingen() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in (User, Aanvraag, Spiegel, Gesprek, Waarneming, Citaat, Schets, RenderJob)
    }


def test_demodata_twice_is_the_same_and_brugwaarde_has_one_finished_spiegel(
    settings, tmp_path, login
):
    settings.DEMO_MODE = True
    settings.MEDIA_ROOT = tmp_path
    call_command("demodata", stdout=None)
    voor = tellingen()
    call_command("demodata", stdout=None)
    assert tellingen() == voor
    referenties = list(Aanvraag.objects.values_list("referentie", flat=True))
    assert len(referenties) == len(set(referenties))

    brugwaarde = Spiegel.objects.filter(organisatie__naam="Gemeente Brugwaarde")
    # The finished first Spiegel, and its follow-up in fieldwork (issue 15).
    assert brugwaarde.count() == 2
    spiegel = brugwaarde.get(vorige__isnull=True)
    vervolg = brugwaarde.get(vorige__isnull=False)
    assert vervolg.vorige == spiegel
    vrijgegeven = RenderJob.objects.filter(
        schets__spiegel=spiegel, status=RenderStatus.KLAAR, vrijgegeven_op__isnull=False
    )
    assert vrijgegeven.exists()
    contact = User.objects.get(email="contact@brugwaarde.example")
    assert spiegel.aanvraag.contactpersoon == contact
    # The demo contact finds the released report in the portal.
    page = login(contact).get(reverse("spiegel:portaal_aanvraag", args=[spiegel.aanvraag.pk]))
    assert page.status_code == 200
    job = vrijgegeven.first()
    assert reverse("rapportage:pdf_download", args=[job.pk]) in page.content.decode()
