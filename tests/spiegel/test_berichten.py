"""The outbox: mail is saved first, sent by a real Celery worker, never twice."""

import pytest
from django.core import mail
from django.db import transaction

from spiegel import berichten
from spiegel.models import Bericht
from tests.conftest import wait_for, worker_mail


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_a_queued_message(celery_worker_process):
    with transaction.atomic():
        bericht = berichten.versturen(
            aan=["contact@example.nl"], template="spiegel/email/test", context={"naam": "Marieke"}
        )
    wait_for(lambda: Bericht.objects.get(pk=bericht.pk).status == Bericht.Status.VERZONDEN)
    assert "Dit is een testbericht voor Marieke." in worker_mail()
    assert Bericht.objects.get(pk=bericht.pk).pogingen == 1


@pytest.mark.django_db
def test_sending_twice_sends_once():
    bericht = berichten.versturen(aan=["a@example.nl"], template="spiegel/email/test", context={})
    assert berichten.verzenden(bericht.pk) is True
    assert berichten.verzenden(bericht.pk) is False
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Testbericht van Spiegel"


@pytest.mark.django_db
def test_the_sweeper_offers_old_waiting_messages_again(monkeypatch):
    offered = []
    monkeypatch.setattr(berichten, "_enqueue", offered.append)
    old = berichten.versturen(aan=["a@example.nl"], template="spiegel/email/test", context={})
    Bericht.objects.filter(pk=old.pk).update(aangemaakt_op=old.aangemaakt_op.replace(year=2020))
    berichten.versturen(aan=["b@example.nl"], template="spiegel/email/test", context={})
    assert berichten.wachtende_opnieuw_aanbieden() == 1
    assert offered == [old.pk]
