"""Settings for benchmarks/pg_restart.py only: the dev settings with the benchmark's URLs."""

from spiegel.settings.dev import *  # noqa: F403

DEBUG = False
DEMO_MODE = False
ROOT_URLCONF = "benchmarks.pg_restart_urls"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# No collectstatic needed for the benchmark.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# The project-local cluster runs with synchronous_commit=off (fast tests); production
# PostgreSQL commits durably, so the benchmark's sessions do too. Without this, a crash
# (`-m immediate`) loses the last fraction of a second of acknowledged commits.
DATABASES["default"]["OPTIONS"] = {"options": "-c synchronous_commit=on"}  # noqa: F405
