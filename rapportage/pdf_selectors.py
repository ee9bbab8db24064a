"""Reads of the PDF pages, always scoped to the user."""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob, Schets
from spiegel.permissions import is_contactpersoon
from spiegel.selectors import spiegels_als_teamlid

# A request's presentation preference (ArrayField value) per PDF form.
_GEVRAAGD = {Vorm.RAPPORTAGE: "rapport", Vorm.PRESENTATIE: "groep", Vorm.GESPREK: "gesprek"}


def renderjobs_downloadbaar(user) -> QuerySet[RenderJob]:
    """Ready PDFs a user may download: the team all of their Spiegels', a contact the
    released ones of their organisation in the forms their request asked for."""
    qs = RenderJob.objects.select_related(
        "schets__spiegel__organisatie", "schets__spiegel__aanvraag"
    ).filter(status=RenderStatus.KLAAR)
    if not user.is_authenticated:
        return qs.none()
    team = Q(schets__spiegel__in=spiegels_als_teamlid(user))
    if is_contactpersoon(user):
        gevraagd = Q()
        for vorm, voorkeur in _GEVRAAGD.items():
            gevraagd |= Q(
                vorm=vorm, schets__spiegel__aanvraag__presentatievormen__contains=[voorkeur]
            )
        contact = (
            Q(schets__spiegel__organisatie_id=user.organisatie_id, vrijgegeven_op__isnull=False)
            & gevraagd
        )
        return qs.filter(contact)
    return qs.filter(team)


def renderjobs_van_team(user) -> QuerySet[RenderJob]:
    """Ready PDFs of the Spiegels the user is on the team of (previews before release)."""
    if not user.is_authenticated:
        return RenderJob.objects.none()
    return RenderJob.objects.select_related("schets__spiegel").filter(
        status=RenderStatus.KLAAR, schets__spiegel__in=spiegels_als_teamlid(user)
    )


def renderjobs_van(spiegel) -> QuerySet[RenderJob]:
    return RenderJob.objects.filter(schets__spiegel=spiegel).select_related("aangevraagd_door")


def vrijgegeven_voor_aanvraag(user, aanvraag) -> QuerySet[RenderJob]:
    """The released PDFs of a request, for the portal's lists of links (form and date):
    scoped as every download, without loading the schets, Spiegel and request of each."""
    return (
        renderjobs_downloadbaar(user)
        .filter(schets__spiegel__aanvraag=aanvraag, vrijgegeven_op__isnull=False)
        .select_related(None)
        .only("pk", "vorm", "vrijgegeven_op")
        .order_by("vorm", "-vrijgegeven_op")
    )


def downloads_van(spiegel, limit: int = 25):
    """The latest downloads of a Spiegel's PDFs from the audit trail (who, when, from
    where), for its team: a leaked copy's stamp can be matched here."""
    from rapportage.pdf_services import downloadnaam
    from spiegel.constants import AuditActie
    from spiegel.models import AuditRegel

    jobs = {
        str(job.pk): job
        for job in RenderJob.objects.filter(schets__spiegel=spiegel).select_related(
            "schets__spiegel__aanvraag"
        )
    }
    schetsen = [
        str(pk) for pk in Schets.objects.filter(spiegel=spiegel).values_list("pk", flat=True)
    ]
    bestanden = Q(object_soort="rapportage.renderjob", object_id__in=jobs)
    pptx = Q(object_soort="rapportage.schets", object_id__in=schetsen)  # the editable deck
    regels = list(
        AuditRegel.objects.filter(bestanden | pptx, actie=AuditActie.DOWNLOAD)
        .select_related("gebruiker")
        .order_by("-op")[:limit]
    )
    # What the table shows: the form, the version and the file name the person got, never
    # the storage path (older rows wrote it into `omschrijving`).
    referentie = spiegel.aanvraag.referentie
    for regel in regels:
        job = jobs.get(regel.object_id) if regel.object_soort == "rapportage.renderjob" else None
        if job is not None:
            regel.vorm_label = job.get_vorm_display()
            regel.versie = job.schets_versie
            regel.bestandsnaam = downloadnaam(job)
        else:  # the PowerPoint deck: "presentatie.pptx (vN)"
            versie = regel.omschrijving.rpartition("(v")[2].rstrip(")")
            regel.vorm_label = _("Presentatie (PowerPoint)")
            regel.versie = versie
            regel.bestandsnaam = f"Spiegel-{referentie}-presentatie-v{versie}.pptx"
    return regels
