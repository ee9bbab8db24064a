"""Demo data for `make run`: accounts with a second factor, fictional organisations.

Every loader here and in the other apps' `demo.py` is idempotent: running it twice changes
nothing. Fictional organisations only, so that no invented quote is ever attributed to a
real municipality. Never loaded in production (the command refuses without DEMO_MODE).
"""

import hashlib
from base64 import b32encode
from binascii import unhexlify

from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel.constants import OrganisatieSoort, Rol
from spiegel.models import Organisatie, User

DEMO_PASSWORD = "spiegel-demo-2026"  # noqa: S105 - demo only, refused outside DEMO_MODE

DEMO_ORGANISATIES = [
    ("Gemeente Spiegelstad", OrganisatieSoort.GEMEENTE, []),
    ("Gemeente Rivierdal", OrganisatieSoort.GEMEENTE, []),
    ("Gemeente Oeverwijk", OrganisatieSoort.GEMEENTE, []),
    ("Gemeente Dijkhoven", OrganisatieSoort.GEMEENTE, []),
    (
        "Werkbedrijf Rivierland",
        OrganisatieSoort.WERKBEDRIJF,
        ["Gemeente Rivierdal", "Gemeente Oeverwijk", "Gemeente Dijkhoven"],
    ),
    ("Gemeente Heideveen", OrganisatieSoort.GEMEENTE, []),
    ("Gemeente Zeedorp", OrganisatieSoort.GEMEENTE, []),
    ("Regio Kempenveld", OrganisatieSoort.REGIO, ["Gemeente Heideveen"]),
]

DEMO_ACCOUNTS = [
    # email, naam, rol, organisatie, functie
    ("beheer@divosa.example", "Pieter Smit", Rol.BEHEERDER, None, "Applicatiebeheerder"),
    (
        "coordinator@divosa.example",
        "Fatima el Amrani",
        Rol.COORDINATOR,
        None,
        "Coördinator Spiegels",
    ),
    ("sanne@divosa.example", "Sanne Bakker", Rol.TEAMLID, None, "Adviseur uitvoering"),
    ("joris@divosa.example", "Joris Meijer", Rol.TEAMLID, None, "Adviseur uitvoering"),
    ("lotte@divosa.example", "Lotte Visser", Rol.TEAMLID, None, "Adviseur uitvoering"),
    (
        "contact@spiegelstad.example",
        "Marieke Jansen",
        Rol.CONTACTPERSOON,
        "Gemeente Spiegelstad",
        "Teamleider Werk en Inkomen",
    ),
    (
        "contact@rivierland.example",
        "Ahmed Yilmaz",
        Rol.CONTACTPERSOON,
        "Werkbedrijf Rivierland",
        "Manager dienstverlening",
    ),
    (
        "contact@heideveen.example",
        "Els de Boer",
        Rol.CONTACTPERSOON,
        "Gemeente Heideveen",
        "Beleidsadviseur sociaal domein",
    ),
]


def demo_key(email: str) -> str:
    """A fixed TOTP secret per demo account, so codes survive a reload of the demo data."""
    return hashlib.sha256(f"spiegel-demo-totp:{email}".encode()).hexdigest()[:40]


def base32_secret(hex_key: str) -> str:
    return b32encode(unhexlify(hex_key)).decode()


def current_code(hex_key: str) -> str:
    return f"{totp(unhexlify(hex_key)):06d}"


@transaction.atomic
def laden(stdout=None) -> dict:
    orgs = {}
    for naam, soort, _bedient in DEMO_ORGANISATIES:
        orgs[naam], _ = Organisatie.objects.get_or_create(
            naam=naam, soort=soort, defaults={"fictief": True}
        )
    for naam, _soort, bedient in DEMO_ORGANISATIES:
        if bedient:
            orgs[naam].bedient.add(*[orgs[b] for b in bedient])

    users = {}
    for email, naam, rol, org, functie in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email,
                DEMO_PASSWORD,
                naam=naam,
                rol=rol,
                organisatie=orgs.get(org),
                functie=functie,
                is_staff=rol == Rol.BEHEERDER,
                is_superuser=rol == Rol.BEHEERDER,
            )
        TOTPDevice.objects.get_or_create(
            user=user, name="default", defaults={"key": demo_key(email), "confirmed": True}
        )
        static, created = StaticDevice.objects.get_or_create(user=user, name="backup")
        if created:
            for i in range(5):
                static.token_set.create(token=f"demo{i}{user.pk:04d}")
        users[email] = user
    return {"organisaties": orgs, "users": users}
