"""Print the demo accounts with their current sign-in codes (demo mode only)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel import demo


class Command(BaseCommand):
    help = "Show demo logins, TOTP secrets and the code valid right now."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            self.stderr.write("Demo logins are only shown in demo mode.")
            return
        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password for all: {demo.DEMO_PASSWORD})")
        self.stdout.write(
            f"{'e-mail':32} {'rol':16} {'code nu':8} TOTP secret (for an authenticator app)"
        )
        for email, _naam, rol, _org, _functie in demo.DEMO_ACCOUNTS:
            device = TOTPDevice.objects.filter(user__email=email, name="default").first()
            if device is None:
                continue
            self.stdout.write(
                f"{email:32} {rol:16} {demo.current_code(device.key):8} {demo.base32_secret(device.key)}"
            )
        self.stdout.write("Codes change every 30 s: run `make codes` for fresh ones.")
        self.stdout.write("")
