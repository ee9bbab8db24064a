"""`manage.py demodata` runs every app's demo loader together: they share the request
journeys of spiegel.demo, and running the command twice changes nothing."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from gesprekken.models import Citaat, Gesprek, Waarneming
from rapportage.constants import RenderStatus
from rapportage.models import RenderJob, Schets
from spiegel.constants import Status
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


def test_demo_fieldwork_is_dated_after_its_session_and_speaks_of_its_own_municipality(
    settings, tmp_path
):
    from django.utils import timezone

    from gesprekken.models import AantekeningVersie
    from spiegel.demotijd import ZONE

    settings.DEMO_MODE = True
    settings.MEDIA_ROOT = tmp_path
    call_command("demodata", stdout=None)
    nu = timezone.now()
    rijen = [
        (v.op, v.aantekening.gesprek)
        for v in AantekeningVersie.objects.select_related("aantekening__gesprek")
    ]
    rijen += [
        (w.aangemaakt_op, w.gesprek)
        for w in Waarneming.objects.filter(gesprek__isnull=False).select_related("gesprek")
    ]
    rijen += [
        (c.aangemaakt_op, c.gesprek)
        for c in Citaat.objects.filter(gesprek__isnull=False).select_related("gesprek")
    ]
    assert len(rijen) > 50
    for moment, gesprek in rijen:
        assert moment <= nu
        if gesprek.begin <= nu:  # recorded after the session began, not a year later
            assert gesprek.begin <= moment <= gesprek.begin + timezone.timedelta(days=4), gesprek
        lokaal = timezone.localtime(moment, ZONE)
        assert lokaal.weekday() < 5 and (9, 0) <= (lokaal.hour, lokaal.minute) <= (17, 30)
    # The schets versions of a finished Spiegel were written before it finished, and their
    # notes (written by the app) read in the reader's language.
    from django.utils import translation

    from rapportage.models import SchetsVersie

    for spiegel in Spiegel.objects.filter(aanvraag__status=Status.AFGEROND, schets__isnull=False):
        afgerond = spiegel.aanvraag.gebeurtenissen.filter(naar_status=Status.AFGEROND).get().op
        for versie in SchetsVersie.objects.filter(schets__spiegel=spiegel):
            assert versie.op <= afgerond, (spiegel, versie.nummer)
    versies = list(SchetsVersie.objects.all())
    assert versies and all(v.toelichting_bericht for v in versies)
    with translation.override("en"):
        assert "Text of the sketch written" in {v.toelichting_getoond for v in versies}
    # Oeverwijk borrows Waterlinde's fieldwork, but its sessions are about Oeverwijk.
    oeverwijk = Gesprek.objects.filter(spiegel__organisatie__naam="Gemeente Oeverwijk")
    assert oeverwijk.exists()
    for g in oeverwijk:
        assert "Waterlinde" not in f"{g.titel} {g.plaats}", g.titel
