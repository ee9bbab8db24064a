"""Celery tasks of the PDF: thin wrappers that take primary keys (loaded through
CELERY_IMPORTS, so the schets code can keep `rapportage/tasks.py` to itself)."""

from celery import shared_task
from django.conf import settings

from rapportage import pdf_services, pdf_voorbeelden


@shared_task(
    name=pdf_services.RENDER_TASK,
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=settings.PDF_RENDER_SOFT_TIME_LIMIT,
    time_limit=settings.PDF_RENDER_TIME_LIMIT,
)
def pdf_renderen(pk: int) -> str:
    return pdf_services.pdf_renderen(pk)


@shared_task(name="rapportage.pdf_sweeper")
def pdf_sweeper() -> int:
    return pdf_services.wachtende_opnieuw_aanbieden()


@shared_task(name=pdf_voorbeelden.TASK, acks_late=True, reject_on_worker_lost=True)
def pdf_voorbeelden_maken(pk: int) -> int:
    return pdf_voorbeelden.voorbeelden_maken(pk)
