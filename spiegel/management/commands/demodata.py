"""Load the demo data (idempotent). Each app may contribute a `demo.laden()`."""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEMO_MODULES = [
    "spiegel.demo",
    "gesprekken.demo",
    "rapportage.demo",
    "rapportage.demo_pdf",
    "rapportage.demo_rodedraden",
]


class Command(BaseCommand):
    help = "Load demo accounts, organisations and Spiegels in every stage (demo mode only)."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError(
                "Demo data is only loaded when DEMO_MODE is on (never in production)."
            )
        context: dict = {}
        for name in DEMO_MODULES:
            try:
                module = import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name == name:
                    continue
                raise
            result = module.laden(context=context) if name != "spiegel.demo" else module.laden()
            context.update(result or {})
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
