"""Fill the database with realistic volume data for benchmarks (see spiegel.volumedata)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from spiegel import volumedata


class Command(BaseCommand):
    help = (
        "Generate fictional Dutch data at a scale (1.0 = 300 organisations, 1,500 Spiegels, "
        "30,000 sessions, 300,000 observations and 300,000 quotes, 1,500 schetsen with 10 "
        "versions). Benchmarks only: refused unless DEBUG, DEMO_MODE or BENCH_MODE is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("--schaal", type=float, default=1.0, help="1.0 = reference volume")
        parser.add_argument("--seed", type=int, default=42, help="same seed, same data")
        parser.add_argument(
            "--leeg",
            action="store_true",
            help="remove previously generated data first (accounts are kept and reused)",
        )
        parser.add_argument("--alleen-leeg", action="store_true", help="only remove generated data")

    def handle(self, *args, schaal, seed, leeg, alleen_leeg, **options):
        if not (settings.DEBUG or settings.DEMO_MODE or getattr(settings, "BENCH_MODE", False)):
            raise CommandError(
                "Generated data shares one known password: only with DEBUG, DEMO_MODE or "
                "BENCH_MODE on, never in production."
            )
        if schaal <= 0:
            raise CommandError("--schaal must be positive")
        log = self.stdout.write if options["verbosity"] > 0 else None
        if leeg or alleen_leeg:
            volumedata.wissen(log=log)
            if alleen_leeg:
                return
        try:
            res = volumedata.genereren(schaal=schaal, seed=seed, log=log)
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        if log:
            aantallen = ", ".join(f"{k} {v}" for k, v in res.aantallen.items())
            self.stdout.write(self.style.SUCCESS(f"Klaar in {res.seconden:.1f} s: {aantallen}"))
            self.stdout.write(
                f"Accounts: teamlid01@{volumedata.GEN_DOMEIN} ... (wachtwoord "
                f"{volumedata.GEN_WACHTWOORD}; TOTP-sleutel: volumedata.totp_sleutel(email))"
            )
