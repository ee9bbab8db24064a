"""Settings for benchmarks: the production settings, served over plain HTTP on loopback.

Differences from production, and why:
- no HTTPS redirect, no Secure cookies and plain cookie names: gunicorn listens on
  127.0.0.1 without TLS, as it would behind a TLS-terminating proxy;
- BENCH_MODE lets `genereer_data` run (it refuses in production);
- AANVRAAG_PROXIES = 1: the simulated visitors each send their own address in
  X-Forwarded-For, as behind a proxy, so the per-address limit of the request form runs its
  query for every submit but does not refuse 50 visitors that share one loopback address.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-insecure-key")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("EMAIL_HOST", "127.0.0.1")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
os.environ.setdefault("COORDINATOR_EMAILS", "coordinator@gen.spiegel.example")

from spiegel.settings.production import *  # noqa: E402,F403
from spiegel.settings.production import LOGGING  # noqa: E402

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SESSION_COOKIE_NAME = "sessionid"
CSRF_COOKIE_NAME = "csrftoken"
BENCH_MODE = True
AANVRAAG_PROXIES = 1
LOGGING["root"]["level"] = "WARNING"
MIDDLEWARE = ["benchmarks.meetpunt.Meetpunt", *MIDDLEWARE]  # noqa: F405
