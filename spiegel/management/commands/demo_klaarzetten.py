"""`make run`'s set-up in one process: migrate, load the demo data, print the logins.

One Python start instead of three keeps a second `make run` quick. The demo data is loaded
again only when its code or the migrations changed since the last load (a fingerprint kept in
the database cache), since loading it renders PDFs and takes seconds; `manage.py demodata`
always loads it."""

import hashlib
import inspect
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.migrations.recorder import MigrationRecorder

from spiegel import registry

SLEUTEL = "demo-klaarzetten:vingerafdruk"


def demo_bestanden() -> list[Path]:
    """The files the demo is made of: each registered loader's module and the data files it
    names in `DEMO_BESTANDEN` (its YAML content and the modules that read it)."""
    bestanden = []
    for loader in registry.demo:
        bestanden.append(Path(inspect.getsourcefile(loader)))
        bestanden += [Path(b) for b in getattr(loader, "DEMO_BESTANDEN", ())]
    return bestanden


def vingerafdruk() -> str:
    """A hash of the demo loaders' source, the demo content and the applied migrations."""
    digest = hashlib.sha256()
    for pad in demo_bestanden():
        digest.update(pad.read_bytes())
    applied = MigrationRecorder.Migration.objects.values_list("app", "name").order_by("id")
    digest.update(repr(list(applied)).encode())
    return digest.hexdigest()


class Command(BaseCommand):
    help = "Migrate, load the demo data if it changed, and print the demo logins (demo only)."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        huidig = vingerafdruk()
        if settings.DEMO_MODE and cache.get(SLEUTEL) == huidig:
            self.stdout.write("Demo data is up to date (`manage.py demodata` loads it again).")
        else:
            call_command("demodata", stdout=self.stdout)
            cache.set(SLEUTEL, huidig, timeout=None)
        call_command("demo_logins", stdout=self.stdout)
