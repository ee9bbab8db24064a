"""Import CBS's yearly list of municipalities: `manage.py import_gemeenten gemeenten2027.csv`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from spiegel import gemeenten
from spiegel.models import Organisatie


class Command(BaseCommand):
    help = "Import or update the Dutch municipalities from a CBS list (CSV)."

    def add_arguments(self, parser):
        parser.add_argument("csv", nargs="?", default=str(gemeenten.BUNDLED_CSV))
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the changes, save nothing."
        )

    def handle(self, *args, **options):
        path = Path(options["csv"])
        if not path.exists():
            raise CommandError(f"{path} does not exist")
        try:
            rows = gemeenten.read_csv(path)
        except gemeenten.GemeentelijstFout as exc:
            raise CommandError(str(exc)) from exc
        with transaction.atomic():
            result = gemeenten.apply(Organisatie, rows)
            if options["dry_run"]:
                transaction.set_rollback(True)
        self.stdout.write(
            f"{len(rows)} municipalities read: {result['toegevoegd']} added, "
            f"{result['bijgewerkt']} updated, {result['opgeheven']} marked inactive"
            + (" (dry run, nothing saved)" if options["dry_run"] else "")
        )
