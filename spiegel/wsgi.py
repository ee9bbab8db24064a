"""WSGI entry point (gunicorn spiegel.wsgi; runserver through WSGI_APPLICATION)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spiegel.settings.dev")
application = get_wsgi_application()

# After the app is loaded: warm up, freeze it out of the collector's way (spiegel/gctuning.py).
from spiegel.gctuning import tune_after_load  # noqa: E402

tune_after_load()
