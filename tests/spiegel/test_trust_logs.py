"""No password, token, session id or confidential text reaches the logs. Canary strings go
through real views (sign-in, admin forms, errors) with every logger at DEBUG, and the output
of the configured handlers (the scrub filter included) is searched for them."""

import io
import json
import logging
import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from spiegel.logscrub import ScrubFilter
from tests.conftest import ROOT

CANARY = "KANARIE-7f3a9c"


@pytest.fixture
def log_output():
    """Everything the configured handlers write, at DEBUG for every logger."""
    buffer = io.StringIO()
    handlers = {
        h
        for name in ("", "django", "django.server", "django.request", "django.db.backends")
        for h in logging.getLogger(name).handlers
        # The app's own handlers; pytest's capture handlers are not part of the app.
        if type(h) is logging.StreamHandler
    }
    assert handlers and all(any(isinstance(f, ScrubFilter) for f in h.filters) for h in handlers)
    loggers = [logging.getLogger(n) for n in ("", "django", "django.db.backends", "axes")]
    old_levels = [lg.level for lg in loggers]
    old_streams = {h: h.setStream(buffer) for h in handlers}
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        for h, stream in old_streams.items():
            h.setStream(stream)
        for lg, level in zip(loggers, old_levels, strict=True):
            lg.setLevel(level)


@pytest.mark.django_db
def test_wrong_password_and_locked_out_sign_in_leave_no_password_in_logs(world, log_output):
    client = Client()
    for _ in range(6):
        client.post(
            "/account/login/",
            {
                "login_view-current_step": "auth",
                "auth-username": world.users["teamlid"].email,
                "auth-password": f"wachtwoord-{CANARY}",
            },
        )
    # A password typed into the name field.
    client.post(
        "/account/login/",
        {"login_view-current_step": "auth", "auth-username": CANARY, "auth-password": "x"},
    )
    output = log_output.getvalue()
    assert "AXES: User login failed" in output  # the capture works
    assert CANARY not in output


@pytest.mark.urls("tests.spiegel.trust_urls")
@pytest.mark.django_db
def test_500_with_canary_in_post_and_exception_message_logs_no_canary(world, login, log_output):
    client = login(world.users["teamlid"], Client(raise_request_exception=False))
    response = client.post("/trust-test/fout/", {"tekst": f"vertrouwelijk {CANARY}"})
    assert response.status_code == 500
    response = client.post("/trust-test/fout-db/", {"tekst": f"{CANARY}@example.nl"})
    assert response.status_code == 500
    output = log_output.getvalue()
    assert "Internal Server Error: /trust-test/fout/" in output
    assert "builtins.ValueError: [verborgen]" in output
    assert "IntegrityError: [verborgen]" in output
    assert CANARY not in output


@pytest.mark.django_db
def test_admin_form_post_with_canary_logs_no_canary(world, login, log_output):
    client = login(world.users["beheerder"])
    user = world.users["teamlid"]
    response = client.post(
        f"/admin/spiegel/user/{user.pk}/change/",
        {"email": "geen-adres", "naam": CANARY, "telefoon": CANARY, "rol": "teamlid"},
    )
    assert response.status_code == 200  # the form shows its errors
    client.post("/admin/spiegel/user/privacy/", {"naam": CANARY, "zoeken": "1"})
    assert CANARY not in log_output.getvalue()


@pytest.mark.django_db
def test_debug_sql_logging_shows_no_parameters_or_statement_text(world, log_output):
    # CaptureQueriesContext forces the debug cursor, as DEBUG=True would.
    with CaptureQueriesContext(connection), connection.cursor() as cursor:
        cursor.execute("SELECT %s", [f"notitie {CANARY}"])
    output = log_output.getvalue()
    assert "SQL [verborgen]" in output
    assert CANARY not in output


def test_secrets_in_messages_are_scrubbed(log_output):
    logger = logging.getLogger("spiegel.test")
    logger.warning("Cookie: sessionid=%s; csrftoken=%s", CANARY, CANARY)
    logger.warning("POST auth-password=%s&token-otp_token=%s", CANARY, CANARY)
    logger.warning("data %s", json.dumps({"password": CANARY, "ok": "zichtbaar"}))
    logger.warning("Authorization: Bearer %s", CANARY)
    logger.error("Error calling %s in on_commit() (%s).", "f", ValueError(CANARY))
    output = log_output.getvalue()
    assert output.count("[verborgen]") >= 7 and "zichtbaar" in output
    assert "(ValueError: [verborgen])" in output
    assert CANARY not in output


def test_production_settings_scrub_every_handler_and_keep_sql_at_info():
    code = (
        "from django.conf import settings as s; import json;"
        "print(json.dumps([s.LOGGING['handlers'], s.LOGGING['loggers']['django.db.backends'],"
        " s.CELERY_WORKER_HIJACK_ROOT_LOGGER, s.AXES_SENSITIVE_PARAMETERS]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "spiegel.settings.production",
        "SECRET_KEY": "x" * 64,
        "ALLOWED_HOSTS": "spiegel.example.nl",
        "EMAIL_HOST": "smtp.example.nl",
        "LOG_LEVEL": "DEBUG",
    }
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    handlers, sql, hijack, sensitive = json.loads(out)
    assert all(h.get("filters") == ["scrub"] for h in handlers.values())
    assert sql["level"] == "INFO" and hijack is False
    assert "auth-password" in sensitive and "token-otp_token" in sensitive
