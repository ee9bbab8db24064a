"""Sending email through the outbox: `versturen` writes the row and enqueues the task after
commit; if Redis is down the row waits for the sweeper. Templates are Dutch, plain text
and HTML: `templates/<app>/email/<naam>.txt` and `.html`, with the subject in a block-free
first line `Onderwerp: ...` of the text template. Every email is Dutch, whatever language the
request that caused it was in (`spiegel.taal.nederlands`): the recipients are Dutch
organisations and colleagues, and a label in the context must not switch language halfway."""

import logging
import time
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.exceptions import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone

from spiegel.celery import app as celery_app
from spiegel.models import Bericht
from spiegel.taal import nederlands

logger = logging.getLogger(__name__)


# After a failed publish this process does not try the broker again for a few seconds:
# the outbox row waits for the sweeper, and a burst of submissions during an outage does
# not wait for a connection timeout each time.
PAUZE_NA_STORING = 10.0
_broker_pauze_tot = 0.0


# The task is sent by name: `spiegel.tasks` calls this module, so importing it back here
# would make a circle.
TAAK_VERZENDEN = "spiegel.tasks.bericht_verzenden"


def _enqueue(pk: int) -> None:
    global _broker_pauze_tot
    if time.monotonic() < _broker_pauze_tot:
        return
    try:
        celery_app.send_task(TAAK_VERZENDEN, args=[pk])
    except Exception:
        _broker_pauze_tot = time.monotonic() + PAUZE_NA_STORING
        logger.warning("broker unreachable; message %s waits for the sweeper", pk)


def versturen(*, aan: list[str], template: str, context: dict) -> Bericht | None:
    """Render `template` (without extension) and queue it for `aan`."""
    aan = [a for a in aan if a]
    if not aan:
        return None
    with nederlands():
        text = render_to_string(f"{template}.txt", context).strip()
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = ""
    first, _, body = text.partition("\n")
    onderwerp = first.removeprefix("Onderwerp:").strip()
    bericht = Bericht.objects.create(aan=aan, onderwerp=onderwerp, tekst=body.strip(), html=html)
    pk = bericht.pk
    # robust: a Redis outage must not roll back or break the request that caused the mail.
    transaction.on_commit(lambda: _enqueue(pk), robust=True)
    return bericht


def message_id(pk: int) -> str:
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "spiegel.local"
    return f"<bericht-{pk}@{domain}>"


def verzenden(pk: int) -> bool:
    """Send one queued message. Safe to run twice: a sent message is not sent again
    (the row lock makes a concurrent second delivery skip it)."""
    with transaction.atomic():
        bericht = Bericht.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
        if bericht is None or bericht.status == Bericht.Status.VERZONDEN:
            return False
        bericht.pogingen += 1
        message = EmailMultiAlternatives(
            subject=bericht.onderwerp,
            body=bericht.tekst,
            to=bericht.aan,
            # One Message-ID per outbox row: if a worker dies after the SMTP server accepted
            # the mail but before "sent" was committed, the resend is recognisably the same
            # message to the receiving side.
            headers={"Message-ID": message_id(bericht.pk)},
        )
        if bericht.html:
            message.attach_alternative(bericht.html, "text/html")
        try:
            message.send()
        except Exception as exc:
            bericht.fout = type(exc).__name__
            bericht.status = (
                Bericht.Status.MISLUKT if bericht.pogingen >= 5 else Bericht.Status.WACHTRIJ
            )
            bericht.save(update_fields=["pogingen", "fout", "status"])
            raise
        bericht.status = Bericht.Status.VERZONDEN
        bericht.verzonden_op = timezone.now()
        bericht.save(update_fields=["pogingen", "status", "verzonden_op"])
        return True


def wachtende_opnieuw_aanbieden(ouder_dan_seconden: int = 60) -> int:
    """Re-enqueue messages still waiting; called by beat. Returns how many."""
    grens = timezone.now() - timedelta(seconds=ouder_dan_seconden)
    pks = list(
        Bericht.objects.filter(status=Bericht.Status.WACHTRIJ, aangemaakt_op__lt=grens).values_list(
            "pk", flat=True
        )[:500]
    )
    global _broker_pauze_tot
    _broker_pauze_tot = 0.0  # the recovery path tries the broker again
    for pk in pks:
        _enqueue(pk)
    return len(pks)
