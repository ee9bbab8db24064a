"""Preview thumbnails of a rendered PDF: a small PNG per page, so the team sees the result
before releasing it.

Made by their own Celery task right after a render (enqueued by name, so the render's time
stays the render's) and stored next to the PDF in the private storage, under a name fixed
per job and page; a page asked for before the task got to it is made on the spot (one page
at thumbnail size takes some tens of milliseconds). Served only through the
permission-checked, audited view `rapportage:pdf_voorbeeld`. Safe to run twice.
"""

from __future__ import annotations

import logging

from celery import current_app
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from rapportage import pdf_controle
from rapportage.constants import RenderStatus
from rapportage.models import RenderJob

logger = logging.getLogger(__name__)

TASK = "rapportage.pdf_voorbeelden"
DPI = 24  # an A4 page becomes about 200 × 280 pixels
MAX_PAGINAS = 40


def naam(job: RenderJob, pagina: int) -> str:
    return job.bestand.name.removesuffix(".pdf") + f"-p{pagina}.png"


def aanbieden(pk: int) -> None:
    """Ask the worker for the thumbnails; a broker that is down only costs the preview."""
    try:
        current_app.send_task(TASK, args=[pk])
    except Exception:  # the page shows the PDF without preview; the sweeper asks again
        logger.warning("PDF preview: could not enqueue job %s", pk)


def _opslaan(job: RenderJob, pagina: int, png: bytes) -> None:
    target = naam(job, pagina)
    if default_storage.exists(target):
        default_storage.delete(target)
    default_storage.save(target, ContentFile(png))


def _pdf(job: RenderJob) -> bytes:
    with default_storage.open(job.bestand.name, "rb") as handle:
        return handle.read()


def voorbeelden_maken(pk: int) -> int:
    """Render and store the thumbnails of one ready job; returns how many pages."""
    job = RenderJob.objects.filter(pk=pk, status=RenderStatus.KLAAR).first()
    if job is None or not job.bestand:
        return 0
    pngs = pdf_controle.plaatjes(_pdf(job), dpi=DPI, laatste=MAX_PAGINAS)
    for number, png in enumerate(pngs, start=1):
        _opslaan(job, number, png)
    return len(pngs)


def paginanummers(job: RenderJob) -> range:
    return range(1, min(job.paginas, MAX_PAGINAS) + 1)


def voorbeeld(job: RenderJob, pagina: int) -> bytes | None:
    """The thumbnail of one page of a ready job (made now if the task has not yet), or
    None for a page the PDF does not have."""
    if not job.bestand or pagina not in paginanummers(job):
        return None
    name = naam(job, pagina)
    if not default_storage.exists(name):
        pngs = pdf_controle.plaatjes(_pdf(job), dpi=DPI, eerste=pagina, laatste=pagina)
        if not pngs:
            return None
        _opslaan(job, pagina, pngs[0])
        return pngs[0]
    with default_storage.open(name, "rb") as handle:
        return handle.read()
