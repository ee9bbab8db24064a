"""Local development: safe defaults so `make run` works without a .env file."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-not-for-production")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("DATABASE_URL", "postgres://spiegel@127.0.0.1:54329/spiegel")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:63799/0")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
os.environ.setdefault("DEMO_MODE", "true")
os.environ.setdefault("COORDINATOR_EMAILS", "coordinator@divosa.example")

from .base import *  # noqa: E402,F403
