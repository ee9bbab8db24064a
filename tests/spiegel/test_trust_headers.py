"""Security headers on every kind of page: CSP with a per-response nonce, nosniff,
Referrer-Policy, framing refused, no-store for signed-in pages, HSTS in production, and htmx
configured to talk only to its own origin."""

import json
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def csp(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {
        d.split()[0]: d.split()[1:] for d in (p.strip() for p in header.split(";")) if d.strip()
    }


def nonce_of(response) -> str:
    [nonce] = [
        v[len("'nonce-") : -1] for v in csp(response)["script-src"] if v.startswith("'nonce-")
    ]
    return nonce


def assert_common_headers(response):
    policy = csp(response)
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"] + policy["style-src"]
    assert policy["style-src-attr"] == ["'unsafe-inline'"]  # attributes only, never script
    assert "'unsafe-eval'" not in policy["script-src"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/account/login/"])
def test_public_pages_send_csp_with_nonce_and_the_other_headers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_common_headers(response)
    nonce = nonce_of(response)
    html = response.content.decode()
    # Every script tag carries this response's nonce; none is inline without it.
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    # A second response gets a different nonce.
    assert nonce_of(client.get(url)) != nonce


@pytest.mark.django_db
def test_htmx_talks_only_to_its_own_origin_and_runs_no_scripts_from_responses(client):
    response = client.get("/")
    html = response.content.decode()
    [raw] = re.findall(r"<meta name=\"htmx-config\" content='([^']*)'>", html)
    config = json.loads(raw)
    assert config["selfRequestsOnly"] is True
    assert config["allowScriptTags"] is False
    assert config["allowEval"] is False
    assert config["historyCacheSize"] == 0  # no confidential pages kept in localStorage
    assert config["inlineStyleNonce"] == nonce_of(response)
    assert "django_htmx/htmx-2" in html  # htmx 2 (the config keys above are htmx 2's)


@pytest.mark.django_db
def test_signed_in_pages_are_not_stored_public_ones_may_be(client, world, login):
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
    for role in ("teamlid", "contact_a", "coordinator"):
        c = login(world.users[role])
        for url in ("/", "/catalogus/", "/account/two_factor/"):
            response = c.get(url)
            if response.status_code != 200:
                continue
            assert "no-store" in response.headers["Cache-Control"], (role, url)
            assert_common_headers(response)
    admin = login(world.users["beheerder"]).get("/admin/spiegel/auditregel/")
    assert "no-store" in admin.headers["Cache-Control"]
    assert_common_headers(admin)


@pytest.mark.django_db
def test_error_pages_carry_the_headers_too(client, world, login):
    response = login(world.users["teamlid"]).get("/bestaat-niet/")
    assert response.status_code == 404
    assert_common_headers(response)


def test_production_sends_hsts_and_redirects_to_https():
    code = """
import django, json
django.setup()
from django.test import Client
c = Client()
plain = c.get("/healthz?check=database", HTTP_HOST="spiegel.example.nl")
secure = c.get("/healthz?check=database", HTTP_HOST="spiegel.example.nl", secure=True)
print(json.dumps([plain.status_code, plain.headers.get("Location"),
                  secure.headers.get("Strict-Transport-Security"),
                  secure.headers.get("Content-Security-Policy")]))
"""
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "spiegel.settings.production",
        "SECRET_KEY": "x" * 64,
        "ALLOWED_HOSTS": "spiegel.example.nl",
        "EMAIL_HOST": "smtp.example.nl",
    }
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    status, location, hsts, policy = json.loads(out.stdout.strip().splitlines()[-1])
    assert (status, location) == (301, "https://spiegel.example.nl/healthz?check=database")
    assert hsts == "max-age=31536000; includeSubDomains; preload"
    assert "frame-ancestors 'none'" in policy
