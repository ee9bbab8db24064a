"""Fieldwork and report data for the trust tests (retention, data-subject rights), built with
the models directly so these tests do not depend on the other apps' factories."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from gesprekken.constants import GesprekSoort, WaarnemingSoort
from gesprekken.models import (
    Aantekening,
    AantekeningVersie,
    Citaat,
    Deelnemer,
    Document,
    Gesprek,
    Waarneming,
)
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob, Schets
from spiegel.constants import Status
from spiegel.models import Gebeurtenis
from tests.factories import AanvraagFactory, SpiegelFactory


def pdf_met_tekst(tekst: str) -> bytes:
    """A one-page PDF whose text layer holds `tekst` (WeasyPrint, as the real reports)."""
    from weasyprint import HTML

    return HTML(string=f"<html lang='nl'><body><p>{tekst}</p></body></html>").write_pdf()


def veldwerk(spiegel, *, gesprekken=2, namen=("Jan Jansen",)):
    """Sessions with named and unnamed participants, notes with versions, an observation
    and a quote."""
    for i in range(gesprekken):
        gesprek = Gesprek.objects.create(
            spiegel=spiegel,
            soort=GesprekSoort.INTERVIEW,
            titel=f"Interview {i}",
            begin=timezone.now(),
        )
        for naam in namen:
            Deelnemer.objects.create(gesprek=gesprek, rol="klantmanager", naam=naam)
        Deelnemer.objects.create(gesprek=gesprek, rol="teamleider", naam="")
        notitie = Aantekening.objects.create(gesprek=gesprek, tekst="ruwe notitie", versie=2)
        for v in (1, 2):
            AantekeningVersie.objects.create(aantekening=notitie, versie=v, tekst=f"v{v}")
        Waarneming.objects.create(
            spiegel=spiegel,
            gesprek=gesprek,
            tekst="Men helpt elkaar.",
            soort=WaarnemingSoort.KRACHT,
        )
        Citaat.objects.create(
            spiegel=spiegel, gesprek=gesprek, tekst="We doen het samen.", rol="een klantmanager"
        )


def document(aanvraag, titel="Beleidsnota"):
    doc = Document(aanvraag=aanvraag, titel=titel, mime_type="application/pdf", grootte=4)
    doc.bestand.save("nota.pdf", ContentFile(b"%PDF"), save=False)
    doc.save()
    return doc


def rapport(spiegel, tekst="Rapport", vorm=Vorm.RAPPORTAGE):
    schets, _ = Schets.objects.get_or_create(spiegel=spiegel)
    job = RenderJob(
        schets=schets, schets_versie=1, vorm=vorm, sjabloon_versie="1", status=RenderStatus.KLAAR
    )
    job.bestand.save("rapport.pdf", ContentFile(pdf_met_tekst(tekst)), save=False)
    job.save()
    return job


def gesloten_spiegel(*, status=Status.AFGEROND, dagen_geleden: int, team=()):
    """A Spiegel closed `dagen_geleden` days ago, with fieldwork, a document and a report."""
    moment = timezone.now() - timedelta(days=dagen_geleden)
    aanvraag = AanvraagFactory(status=status)
    spiegel = SpiegelFactory(
        aanvraag=aanvraag,
        team=list(team),
    )
    if status == Status.AFGEROND:
        spiegel.afgerond_op = moment
        spiegel.save(update_fields=["afgerond_op"])
    else:
        g = Gebeurtenis.objects.create(aanvraag=aanvraag, naar_status=status, tekst="gesloten")
        Gebeurtenis.objects.filter(pk=g.pk).update(op=moment)
    veldwerk(spiegel)
    document(aanvraag)
    rapport(spiegel)
    return spiegel


def afgewezen_aanvraag(*, dagen_geleden: int):
    """A declined request without a Spiegel, with a document the contact shared."""
    aanvraag = AanvraagFactory(status=Status.AFGEWEZEN)
    g = Gebeurtenis.objects.create(
        aanvraag=aanvraag, naar_status=Status.AFGEWEZEN, tekst="afgewezen"
    )
    Gebeurtenis.objects.filter(pk=g.pk).update(op=timezone.now() - timedelta(days=dagen_geleden))
    document(aanvraag)
    return aanvraag
