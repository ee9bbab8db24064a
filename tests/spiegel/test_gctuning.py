"""The web process tunes its garbage collector once loaded (spiegel/gctuning.py): what is
loaded is frozen out of the collector's walks, again after the first requests, and every way
of serving the app goes through spiegel.wsgi. Each check runs in a fresh Python process, so
the test process's own collector is left alone."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

# Imports the WSGI module as gunicorn does, then answers `n` requests through it.
SCRIPT = """
import gc, io, json, sys
before = gc.get_freeze_count()
import spiegel.wsgi
from django.core.signals import request_finished
from django.urls import get_resolver
from django.utils.translation import trans_real
from spiegel import gctuning

gctuning.REFREEZE_AFTER = 3
at_load = gc.get_freeze_count()
statuses, frozen = [], []
def start_response(status, headers, exc_info=None):
    statuses.append(status)
for _ in range(int(sys.argv[1])):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": "/healthz/ping", "SERVER_NAME": "testserver",
        "SERVER_PORT": "80", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }
    body = spiegel.wsgi.application(environ, start_response)
    body.close()  # as gunicorn does: this sends request_finished
    frozen.append(gc.get_freeze_count())
print(json.dumps({
    "before": before, "at_load": at_load, "frozen": frozen, "statuses": statuses,
    "threshold": gc.get_threshold(), "gen0_setting": gctuning.GEN0_THRESHOLD,
    "urlconf_populated": get_resolver()._populated,
    "catalogues": sorted(trans_real._translations),
    "still_counting": any(
        r[0][0] == gctuning.__name__ for r in request_finished.receivers
    ),
}))
"""


def run(n: int) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "spiegel.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(n)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_loading_the_wsgi_app_freezes_it_with_the_urlconf_and_catalogues_loaded():
    out = run(0)
    assert out["before"] == 0
    # The whole loaded app: Django, the apps' models, the URLconf (about 120,000 objects).
    assert out["at_load"] > 50_000
    assert out["urlconf_populated"]
    assert {code for code, _ in settings.LANGUAGES} <= set(out["catalogues"])
    assert out["threshold"][0] == out["gen0_setting"] > 700


def test_the_first_requests_lazily_built_objects_are_frozen_once_more_then_it_stops_counting():
    out = run(5)
    assert out["statuses"] == ["200 OK"] * 5
    at_load, frozen = out["at_load"], out["frozen"]
    # (The count only falls as frozen objects are freed, unless something is frozen.)
    assert frozen[0] <= at_load and frozen[1] <= frozen[0]  # not before the third request
    assert frozen[2] > frozen[1] + 100  # the third request's end froze what was built since
    assert not out["still_counting"]  # and once only


def test_every_way_of_serving_the_app_goes_through_spiegel_wsgi():
    assert settings.WSGI_APPLICATION == "spiegel.wsgi.application"  # runserver (bin/serve.sh)
    assert re.search(r'CMD \["gunicorn", "spiegel\.wsgi"', (ROOT / "Dockerfile").read_text())
    web = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["web"]
    assert web["command"][:2] == ["gunicorn", "spiegel.wsgi"]
    assert '"spiegel.wsgi"' in (ROOT / "benchmarks" / "server.py").read_text()
