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
        opgeteld: dict[str, int] = {}
        for v in lijst:
            stukken = [deel.omschrijving(v.delen[naam]) for naam, deel in retention.delen()]
            self.stdout.write(
                f"{v.referentie} (gesloten {v.gesloten_op:%Y-%m-%d}): {', '.join(stukken)}"
            )
            for deel in v.delen.values():
                for soort, waarde in deel.items():
                    aantal = len(waarde) if isinstance(waarde, list) else int(waarde)
                    opgeteld[soort] = opgeteld.get(soort, 0) + aantal
        totaal = f"{len(lijst)} aanvragen" + "".join(
            f"; {aantal} {soort}" for soort, aantal in opgeteld.items()
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
