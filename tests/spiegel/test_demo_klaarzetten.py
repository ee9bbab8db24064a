"""`make run`'s set-up skips reloading unchanged demo data, so a second start is quick."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db.migrations.recorder import MigrationRecorder

from spiegel.management.commands.demo_klaarzetten import SLEUTEL, vingerafdruk
from spiegel.models import User

pytestmark = pytest.mark.django_db


def test_unchanged_demo_data_is_not_loaded_again(settings):
    settings.DEMO_MODE = True
    cache.set(SLEUTEL, vingerafdruk(), timeout=None)
    out = StringIO()
    call_command("demo_klaarzetten", stdout=out)
    assert "Demo data is up to date" in out.getvalue()
    assert not User.objects.filter(email="coordinator@divosa.example").exists()


def test_fingerprint_changes_with_the_migrations():
    before = vingerafdruk()
    MigrationRecorder.Migration.objects.create(app="spiegel", name="9999_nieuw")
    assert vingerafdruk() != before
