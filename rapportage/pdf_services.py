"""Writes around the confidential PDF: asking for a render, the render itself (run by the
Celery worker), the sweeper, releasing the forms to the organisation and stamping a download.

Exactly-once output on an at-least-once queue: a render holds a PostgreSQL advisory lock on
its job for as long as it works (released by the server when the process dies, even by
SIGKILL), re-reads the job's state under that lock and does nothing when the job is ready
already. The file name is fixed per (version, form, template), and written over, so a
render that was killed half-way leaves no second file behind.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import current_app
from celery.exceptions import SoftTimeLimitExceeded
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from rapportage import checks, pdf, pdf_handout, pdf_inhoud, pdf_voorbeelden
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob, Schets
from spiegel.taal import bericht, in_het_nederlands, nederlands

logger = logging.getLogger(__name__)

MAX_POGINGEN = 5
LOCK_NAMESPACE = 0x5044_4600 << 24  # "PDF" in the high bits of a bigint advisory key
SWEEP_NA_SECONDEN = 60


# --- the advisory lock --------------------------------------------------------------


def _lock_key(pk: int) -> int:
    return LOCK_NAMESPACE + int(pk)


def _try_lock(pk: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_lock_key(pk)])
        return bool(cursor.fetchone()[0])


def _unlock(pk: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s)", [_lock_key(pk)])


def wordt_gerenderd(pk: int) -> bool:
    """True while some process holds the job's lock, i.e. is rendering it right now."""
    if not _try_lock(pk):
        return True
    _unlock(pk)
    return False


# --- enqueueing -----------------------------------------------------------------------


RENDER_TASK = "rapportage.pdf_renderen"  # registered by rapportage.pdf_tasks (CELERY_IMPORTS)


def _enqueue(pk: int) -> None:
    # By name, not by import: the task module calls this one, never the other way round.
    current_app.send_task(RENDER_TASK, args=[pk])


def _enqueue_after_commit(pk: int) -> None:
    # robust: Redis being down must not break the request; the sweeper re-queues the job.
    transaction.on_commit(lambda: _enqueue(pk), robust=True)


def bestandsnaam(job: RenderJob) -> str:
    return (
        f"rapporten/{job.schets.spiegel_id}/schets{job.schets_id}-v{job.schets_versie}"
        f"-{job.vorm}-{job.sjabloon_versie}.pdf"
    )


def downloadnaam(job: RenderJob) -> str:
    """The name the downloader's browser saves the PDF under (no storage path)."""
    referentie = job.schets.spiegel.aanvraag.referentie
    return f"Spiegel-{referentie}-{job.vorm}-v{job.schets_versie}.pdf"


@transaction.atomic
def pdf_aanvragen(*, spiegel, vorm: str, door) -> RenderJob:
    """Ask for one form of the definitief schets. An unchanged (version, form, template)
    that is ready is returned as it is; a failed one is queued again (retry)."""
    if vorm not in Vorm.values:
        raise ValidationError(_("Onbekende vorm."))
    schets = Schets.objects.filter(spiegel=spiegel).first()
    versie = pdf_inhoud.definitieve_versie(schets)
    if versie is None:
        raise ValidationError(
            _(
                "Er is nog geen definitieve schets. Een PDF kan pas worden gemaakt als de schets definitief is."
            )
        )
    bevindingen = checks.privacy_bevindingen(schets, versie.secties or [])
    if bevindingen:
        raise ValidationError(
            _("De privacycontrole houdt deze PDF tegen. Pas eerst de schets aan: %(bevindingen)s")
            % {"bevindingen": "; ".join(str(b) for b in bevindingen)}
        )
    job, created = RenderJob.objects.get_or_create(
        schets=schets,
        schets_versie=versie.nummer,
        vorm=vorm,
        sjabloon_versie=pdf_inhoud.sjabloon_versie(),
        defaults={"aangevraagd_door": door},
    )
    if created:
        _enqueue_after_commit(job.pk)
        return job
    job = RenderJob.objects.select_for_update().get(pk=job.pk)
    if job.status == RenderStatus.MISLUKT:
        job.status = RenderStatus.WACHTRIJ
        job.reden = ""
        job.reden_bericht = {}
        job.pogingen = 0
        job.aangevraagd_door = door
        job.save(
            update_fields=[
                "status",
                "reden",
                "reden_bericht",
                "pogingen",
                "aangevraagd_door",
                "bijgewerkt_op",
            ]
        )
        _enqueue_after_commit(job.pk)
    return job


# --- the render (in the worker) ---------------------------------------------------------


def _mislukt(pk: int, reden: dict) -> None:
    """`reden`: a bericht, kept in Dutch and shown in the reader's language."""
    RenderJob.objects.filter(pk=pk).update(
        status=RenderStatus.MISLUKT,
        reden=in_het_nederlands(reden)[:500],
        reden_bericht=reden,
        bijgewerkt_op=timezone.now(),
    )


def _render(job: RenderJob, versie) -> bytes:
    # The municipality's PDFs are Dutch, also when a render runs inside an English request.
    with nederlands():
        spiegel = job.schets.spiegel
        if job.vorm == Vorm.GESPREK:
            return pdf_handout.handout_pdf(spiegel=spiegel, versie=versie)
        html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=job.vorm)
        return pdf.render_pdf(html, title=titel)


def pdf_renderen(pk: int) -> str:
    """Render one job. Safe to run twice, concurrently or after a crash: see the module
    docstring. Returns what happened, for the log."""
    if not _try_lock(pk):
        return "bezet"  # another process renders it now; if that one dies, it is redelivered
    try:
        job = (
            RenderJob.objects.select_related(
                "schets__spiegel__organisatie", "schets__spiegel__aanvraag"
            )
            .filter(pk=pk)
            .first()
        )
        if job is None:
            return "verdwenen"
        if job.status in (RenderStatus.KLAAR, RenderStatus.MISLUKT):
            return job.status
        if job.pogingen >= MAX_POGINGEN:
            _mislukt(
                pk,
                bericht(
                    gettext_noop(
                        "Het maken is %(n)s keer afgebroken, bijvoorbeeld door een tijdslimiet."
                    ),
                    n=job.pogingen,
                ),
            )
            return RenderStatus.MISLUKT
        RenderJob.objects.filter(pk=pk).update(
            status=RenderStatus.BEZIG, pogingen=F("pogingen") + 1, bijgewerkt_op=timezone.now()
        )
        try:
            versie = job.schets.versies.get(nummer=job.schets_versie)
            data = _render(job, versie)
        except SoftTimeLimitExceeded:
            _mislukt(pk, bericht(gettext_noop("Het maken duurde langer dan de tijdslimiet.")))
            return RenderStatus.MISLUKT
        except Exception as exc:
            logger.exception("PDF render of job %s failed", pk)
            _mislukt(
                pk,
                bericht(gettext_noop("Het maken is mislukt (%(fout)s)."), fout=type(exc).__name__),
            )
            return RenderStatus.MISLUKT
        name = bestandsnaam(job)
        if default_storage.exists(name):  # left by a render that was killed after writing
            default_storage.delete(name)
        saved = default_storage.save(name, ContentFile(data))
        RenderJob.objects.filter(pk=pk).update(
            status=RenderStatus.KLAAR,
            bestand=saved,
            paginas=pdf.paginas(data),
            reden="",
            reden_bericht={},
            bijgewerkt_op=timezone.now(),
        )
        pdf_voorbeelden.aanbieden(pk)
        try:  # so the first download anywhere stamps without building the font
            pdf.stamp_font_voorbereiden()
        except Exception:
            logger.warning("PDF: could not prepare the stamp font", exc_info=True)
        return RenderStatus.KLAAR
    finally:
        _unlock(pk)


def wachtende_opnieuw_aanbieden(ouder_dan_seconden: int = SWEEP_NA_SECONDEN) -> int:
    """Beat: re-queue jobs that never reached the broker (still queued after a while) and
    jobs left 'rendering' by a process that died (nobody holds their lock)."""
    grens = timezone.now() - timedelta(seconds=ouder_dan_seconden)
    kandidaten = list(
        RenderJob.objects.filter(
            status__in=[RenderStatus.WACHTRIJ, RenderStatus.BEZIG], bijgewerkt_op__lt=grens
        ).values_list("pk", "status")[:200]
    )
    aangeboden = 0
    for pk, status in kandidaten:
        if status == RenderStatus.BEZIG and wordt_gerenderd(pk):
            continue
        try:
            _enqueue(pk)
        except Exception:  # broker still down: try again at the next sweep
            logger.warning("PDF sweeper: could not enqueue job %s", pk)
            continue
        RenderJob.objects.filter(pk=pk, status=status).update(bijgewerkt_op=timezone.now())
        aangeboden += 1
    return aangeboden


# --- release and download -------------------------------------------------------------


def vrij_te_geven(spiegel) -> dict[str, RenderJob | None]:
    """Per form the request asked for: the newest ready PDF of the definitief version."""
    schets = Schets.objects.filter(spiegel=spiegel).first()
    versie = pdf_inhoud.definitieve_versie(schets)
    result: dict[str, RenderJob | None] = {}
    for vorm in pdf_inhoud.gevraagde_vormen(spiegel.aanvraag):
        result[vorm] = (
            RenderJob.objects.filter(
                schets=schets,
                schets_versie=versie.nummer if versie else -1,
                vorm=vorm,
                status=RenderStatus.KLAAR,
            )
            .order_by("-bijgewerkt_op")
            .first()
        )
    return result


@transaction.atomic
def pdf_vrijgeven(*, spiegel, door) -> list[RenderJob]:
    """Release the requested forms to the organisation's contacts and notify them."""
    from spiegel.berichten import versturen
    from spiegel.constants import Rol, Status
    from spiegel.models import User
    from spiegel.services import status_wijzigen

    jobs = vrij_te_geven(spiegel)
    if not jobs:
        raise ValidationError(_("De aanvraag noemt geen presentatievorm om vrij te geven."))
    missing = [Vorm(v).label for v, job in jobs.items() if job is None]
    if missing:
        raise ValidationError(
            _("Maak eerst deze vormen: %(vormen)s.")
            % {"vormen": ", ".join(str(m) for m in missing)}
        )
    nu = timezone.now()
    ids = [job.pk for job in jobs.values()]
    RenderJob.objects.filter(pk__in=ids, vrijgegeven_op__isnull=True).update(vrijgegeven_op=nu)
    aanvraag = spiegel.aanvraag
    adressen = set(
        User.objects.filter(
            rol=Rol.CONTACTPERSOON, organisatie_id=spiegel.organisatie_id, is_active=True
        ).values_list("email", flat=True)
    )
    if aanvraag.contact_email:
        adressen.add(aanvraag.contact_email)
    from django.conf import settings

    with nederlands():  # the email and the timeline are Dutch, whatever the request's language
        vormen = [str(Vorm(v).label) for v in jobs]
        tekst = _("Eindrapport vrijgegeven aan de organisatie.")
        tekst_contact = _("Het eindrapport staat voor u klaar in het portaal.")
    versturen(
        aan=sorted(adressen),
        template="rapportage/email/pdf_vrijgegeven",
        context={
            "organisatie": spiegel.organisatie.naam,
            "referentie": aanvraag.referentie,
            "vormen": vormen,
            "portaal_url": settings.SITE_URL.rstrip("/") + _portaal_pad(aanvraag),
        },
    )
    if aanvraag.status == Status.WEDERHOOR:
        status_wijzigen(
            aanvraag=aanvraag,
            naar=Status.AFGEROND,
            door=door,
            tekst=tekst,
            tekst_contact=tekst_contact,
        )
    return list(RenderJob.objects.filter(pk__in=ids))


def _portaal_pad(aanvraag) -> str:
    """The contact's request page in the portal, or the home page until it exists."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("spiegel:portaal_aanvraag", args=[aanvraag.pk])
    except NoReverseMatch:
        return "/"


def stempeltekst(user, moment=None) -> str:
    """The footer stamp: Dutch like the rest of the PDF, whatever the downloader's language."""
    moment = timezone.localtime(moment or timezone.now())
    with nederlands():
        return _("Gedownload door %(naam)s op %(datum)s") % {
            "naam": user.naam or user.email,
            "datum": formats.date_format(moment, "d-m-Y H:i"),
        }


def pdf_downloaden(*, request, job: RenderJob) -> bytes:
    """The stored PDF with the downloader's name and the time in the footer, and an
    audit row (who, when, which file, from where). No re-render."""
    from spiegel.audit import vastleggen
    from spiegel.constants import AuditActie

    with default_storage.open(job.bestand.name, "rb") as handle:
        data = handle.read()
    stamped = pdf.stamp(data, stempeltekst(request.user))
    vastleggen(
        request=request,
        actie=AuditActie.DOWNLOAD,
        obj=job,
        omschrijving=f"{downloadnaam(job)} ({job.vorm}, v{job.schets_versie})",
    )
    return stamped
