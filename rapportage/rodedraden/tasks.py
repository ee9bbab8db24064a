"""Celery task of the rode draden PDF (loaded through CELERY_IMPORTS); enqueued by name."""

from celery import shared_task
from django.conf import settings

from rapportage.rodedraden import exports, services


@shared_task(
    name=exports.TAAK,
    acks_late=True,
    soft_time_limit=settings.PDF_RENDER_SOFT_TIME_LIMIT,
    time_limit=settings.PDF_RENDER_TIME_LIMIT,
)
def rodedraden_pdf(pk: int) -> str:
    return exports.pdf_renderen(pk)


@shared_task(name="rapportage.rodedraden_tellingen")
def rodedraden_tellingen() -> int:
    """Nightly: rebuild the rode draden's per-Spiegel summary (the triggers keep it exact;
    this repairs drift after a load that bypassed them). Safe to run twice."""
    return services.tellingen_herbouwen()
