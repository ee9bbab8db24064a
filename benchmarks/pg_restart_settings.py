"""Settings for benchmarks/pg_restart.py only: the dev settings with the benchmark's URLs."""

from spiegel.settings.dev import *  # noqa: F403

DEBUG = False
DEMO_MODE = False
ROOT_URLCONF = "benchmarks.pg_restart_urls"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# No collectstatic needed for the benchmark.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
