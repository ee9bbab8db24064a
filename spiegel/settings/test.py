"""Tests: the same real PostgreSQL and Redis as `make run`, fast hashing, locmem mail."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("ALLOWED_HOSTS", "*")
os.environ.setdefault("DATABASE_URL", "postgres://spiegel@127.0.0.1:54329/spiegel")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:63799/0")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
os.environ.setdefault("COORDINATOR_EMAILS", "coordinator@divosa.example")
# Tests post the public form many times from one address; the limit has its own test.
os.environ.setdefault("AANVRAAG_RATELIMIT", "100000")

from .base import *  # noqa: E402,F403
from .base import BASE_DIR  # noqa: E402

# Tests use their own Redis database, so a `make run` worker never takes a test's task.
CELERY_BROKER_URL = REDIS_URL.rsplit("/", 1)[0] + "/15"  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
PRIVATE_STORAGE_ROOT = BASE_DIR / "var" / "test-private"
STORAGES["default"]["OPTIONS"]["location"] = PRIVATE_STORAGE_ROOT  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
AXES_FAILURE_LIMIT = 5
