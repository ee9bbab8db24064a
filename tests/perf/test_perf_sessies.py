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


def test_a_signed_in_request_reads_session_and_device_with_one_lean_select_each(world, login):
    client = login(world.users["teamlid"])
    client.get("/catalogus/")
    with CaptureQueriesContext(connection) as q:
        assert client.get("/catalogus/").status_code == 200
    sql = [x["sql"] for x in q.captured_queries]
    sessie = [s for s in sql if s.startswith("SELECT") and "django_session" in s]
    apparaat = [s for s in sql if "otp_totp_totpdevice" in s]
    # Only the data column, not the whole row through the ORM; the device by its key alone.
    assert len(sessie) == 1 and sessie[0].startswith('SELECT "session_data" FROM'), sessie
    assert len(apparaat) == 1 and "ORDER BY" not in apparaat[0], apparaat


def test_an_expired_session_is_not_read(world, login):
    client = login(world.users["teamlid"])
    sleutel = client.session.session_key
    Session.objects.filter(session_key=sleutel).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get("/catalogus/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_session_data_survives_the_lean_read_and_write(world, login):
    client = login(world.users["teamlid"])
    sessie = client.session
    sessie["iets"] = "bewaard"
    sessie.save()
    client.get("/catalogus/")
    client.get("/catalogus/")
    assert client.session["iets"] == "bewaard"


@pytest.mark.parametrize("bederf", ["ander_account", "onbevestigd", "onbekend_id"])
def test_a_session_device_that_is_not_the_users_confirmed_one_does_not_verify(world, login, bederf):
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = world.users["teamlid"]
    client = login(user)
    apparaat = TOTPDevice.objects.get(user=user)
    sessie = client.session
    if bederf == "ander_account":
        ander = TOTPDevice.objects.create(user=world.users["coordinator"], name="x", confirmed=True)
        sessie[DEVICE_ID_SESSION_KEY] = ander.persistent_id
    elif bederf == "onbevestigd":
        TOTPDevice.objects.filter(pk=apparaat.pk).update(confirmed=False)
    else:
        sessie[DEVICE_ID_SESSION_KEY] = f"otp_totp.totpdevice/{apparaat.pk + 1000}"
    sessie.save()
    response = client.get("/catalogus/")
    assert response.status_code == 302
    if bederf == "onbevestigd":
        # No confirmed device at all: on to enrolment, as an account without one.
        assert response["Location"].startswith("/account/two_factor/setup/")
    else:
        # Not verified although they have a device: signed out and sent to sign in.
        assert response["Location"] == "/account/login/"
        assert "_auth_user_id" not in client.session
