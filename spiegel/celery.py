"""The Celery application. Tasks take primary keys, call a service and are safe to run twice."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spiegel.settings.dev")

app = Celery("spiegel")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
