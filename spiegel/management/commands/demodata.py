"""Load the demo data (idempotent). Each app registers its loader in `spiegel.registry.demo`
(from its `apps.py`): spiegel, then gesprekken, then rapportage, by `volgorde`."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from spiegel import registry


class Command(BaseCommand):
    help = "Load demo accounts, organisations and Spiegels in every stage (demo mode only)."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError(
                "Demo data is only loaded when DEMO_MODE is on (never in production)."
            )
        context: dict = {}
        for loader in registry.demo:
            context.update(loader.laden(context=context) or {})
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
