"""Celery tasks of the intake app: thin wrappers that take primary keys and call a service.

Tasks import the services; services never import this module, they enqueue a task by its
name (`spiegel.berichten.TAAK_VERZENDEN`), so there is no import circle."""

from celery import shared_task

from spiegel import berichten, retention, services


@shared_task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def bericht_verzenden(self, pk: int) -> bool:
    return berichten.verzenden(pk)


@shared_task
def concepten_opruimen() -> int:
    """Beat, hourly: delete stale drafts of the request form and old submit counts."""
    return services.concepten_opruimen()


@shared_task
def berichten_sweeper() -> int:
    return berichten.wachtende_opnieuw_aanbieden()


@shared_task
def bewaartermijn_toepassen() -> int:
    """Beat, every few hours: purge personal data whose retention period has passed."""
    return len(retention.toepassen())
