"""`manage.py bewaartermijn [--dry-run]`: apply retention now, or list what would go."""

from django.core.management.base import BaseCommand

from spiegel import retention


class Command(BaseCommand):
    help = "Verwijder persoonsgegevens waarvan de bewaartermijn verstreken is (of toon ze)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Toon alleen wat verwijderd zou worden; verander niets.",
        )

    def handle(self, *args, dry_run=False, **options):
        for naam, termijn in retention.termijnen().items():
            self.stdout.write(f"Bewaartermijn {naam}: {termijn.days} dagen na afronding")
        lijst = retention.overzicht() if dry_run else retention.toepassen()
        for v in lijst:
            self.stdout.write(
                f"{v.referentie} (gesloten {v.gesloten_op:%Y-%m-%d}): "
                f"{len(v.aantekeningen)} aantekeningen ({v.versies} versies), "
                f"{len(v.deelnemers)} namen, {len(v.documenten)} documenten"
            )
        totaal = (
            f"{len(lijst)} aanvragen; {sum(len(v.aantekeningen) for v in lijst)} aantekeningen, "
            f"{sum(len(v.deelnemers) for v in lijst)} namen, "
            f"{sum(len(v.documenten) for v in lijst)} documenten"
        )
        if dry_run:
            self.stdout.write(f"Proefdraai, niets verwijderd. Zou verwijderen: {totaal}")
        else:
            self.stdout.write(self.style.SUCCESS(f"Verwijderd: {totaal}"))
        zonder = retention.lopende_zonder_einde()
        if zonder:
            self.stdout.write(
                self.style.WARNING(f"{zonder} gesloten aanvragen zonder sluitdatum: niet verwerkt")
            )
