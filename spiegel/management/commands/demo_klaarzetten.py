"""`make run`'s set-up in one process: migrate, load the demo data, print the logins.

One Python start instead of three keeps a second `make run` quick."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate, load the demo data and print the demo logins (demo mode only)."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("demodata", stdout=self.stdout)
        call_command("demo_logins", stdout=self.stdout)
