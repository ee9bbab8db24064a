"""Sessions and the second factor: every account needs TOTP, idle sessions end after 30
minutes, active ones after 12 hours, and the session cookie is out of scripts' reach."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import TEST_PASSWORD


@pytest.mark.django_db
def test_account_without_a_second_factor_is_sent_to_enrolment(client, world):
    client.force_login(world.users["teamlid"])
    response = client.get("/catalogus/")
    # On to enrolment, remembering where the person was going (issue 16 item 3).
    assert response.status_code == 302
    assert response["Location"] == "/account/two_factor/setup/?next=%2Fcatalogus%2F"


@pytest.mark.django_db
def test_password_alone_is_not_enough_when_a_device_exists(client, world):
    user = world.users["contact_a"]
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    client.force_login(user)  # signed in by password, no TOTP code this session
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/account/login/"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_sign_in_form_asks_for_the_token_after_the_password(client, world):
    user = world.users["coordinator"]
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    response = client.post(
        "/account/login/",
        {
            "login_view-current_step": "auth",
            "auth-username": user.email,
            "auth-password": TEST_PASSWORD,
        },
    )
    assert response.context["wizard"]["steps"].current == "token"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_idle_session_ends_after_30_minutes(world, login):
    client = login(world.users["teamlid"])
    start = timezone.now()
    with time_machine.travel(start + timedelta(minutes=29)):
        assert client.get("/catalogus/").status_code == 200  # activity renews the session
    with time_machine.travel(start + timedelta(minutes=29 + 31)):
        response = client.get("/catalogus/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]


@pytest.mark.django_db
def test_active_session_ends_12_hours_after_sign_in(world, login):
    client = login(world.users["teamlid"])
    start = timezone.now()
    assert client.get("/catalogus/").status_code == 200
    minutes = 0
    while minutes + 25 < 12 * 60:
        minutes += 25
        with time_machine.travel(start + timedelta(minutes=minutes)):
            assert client.get("/catalogus/").status_code == 200, minutes
    with time_machine.travel(start + timedelta(hours=12, minutes=5)):
        response = client.get("/catalogus/")
    assert response.status_code == 302 and response["Location"].endswith("?verlopen=1")


@pytest.mark.django_db
def test_session_cookie_is_http_only_and_same_site(client, world):
    response = client.get("/account/login/")
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == 30 * 60


@pytest.mark.django_db
def test_csrf_cookie_is_http_only_too(client, world):
    response = client.get("/account/login/")
    assert response.cookies["csrftoken"]["httponly"]
