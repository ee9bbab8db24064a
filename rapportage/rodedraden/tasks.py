"""Celery task of the rode draden PDF (loaded through CELERY_IMPORTS); enqueued by name."""

from celery import shared_task
from django.conf import settings

from rapportage.rodedraden import exports


@shared_task(
    name=exports.TAAK,
    acks_late=True,
    soft_time_limit=settings.PDF_RENDER_SOFT_TIME_LIMIT,
    time_limit=settings.PDF_RENDER_TIME_LIMIT,
)
def rodedraden_pdf(pk: int) -> str:
    return exports.pdf_renderen(pk)
