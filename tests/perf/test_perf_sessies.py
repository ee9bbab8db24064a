"""The session refresh on every signed-in request is one UPDATE, not a transaction of
three statements, and it keeps what the idle timeout and the session middleware need."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_a_signed_in_request_refreshes_its_session_in_one_statement(world, login):
    client = login(world.users["teamlid"])
    client.get("/catalogus/")
    sleutel = client.session.session_key
    voor = Session.objects.get(session_key=sleutel).expire_date
    later = timezone.now() + timedelta(minutes=10)
    with time_machine.travel(later), CaptureQueriesContext(connection) as q:
        assert client.get("/catalogus/").status_code == 200
    sessie_sql = [x["sql"] for x in q.captured_queries if "django_session" in x["sql"]]
    schrijven = [s for s in sessie_sql if not s.startswith("SELECT")]
    assert len(schrijven) == 1 and schrijven[0].startswith("UPDATE"), schrijven
    assert not [x for x in q.captured_queries if "SAVEPOINT" in x["sql"]]
    # The idle timeout moved with the request: ten minutes later than before.
    na = Session.objects.get(session_key=sleutel).expire_date
    assert na - voor >= timedelta(minutes=9)


def test_a_new_session_is_still_created(client, world):
    response = client.get("/account/login/")
    sleutel = response.cookies["sessionid"].value
    assert Session.objects.filter(session_key=sleutel).exists()


def test_a_session_deleted_meanwhile_is_not_written_back(world, login):
    client = login(world.users["teamlid"])
    sleutel = client.session.session_key
    Session.objects.filter(session_key=sleutel).delete()
    response = client.get("/catalogus/")
    # Signed out (no session row any more): sent to sign in; the row does not come back.
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Session.objects.filter(session_key=sleutel).exists()
