"""Demo data for `make run`: accounts with a second factor, fictional organisations.

Every loader here and in the other apps' `demo.py` is idempotent: running it twice changes
nothing. Fictional organisations only, so that no invented quote is ever attributed to a
real municipality. Never loaded in production (the command refuses without DEMO_MODE).
"""

import hashlib
import uuid
from base64 import b32encode
from binascii import unhexlify
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel import demodata
from spiegel.constants import SPIEGEL_STATUSSEN, OrganisatieSoort, Rol, Status
from spiegel.demotijd import werktijd
from spiegel.models import Organisatie, User

# What the demo is made of, for `demo_klaarzetten`'s fingerprint.
DEMO_BESTANDEN = [demodata.BESTAND, demodata.__file__]

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
    ("Gemeente Brugwaarde", OrganisatieSoort.GEMEENTE, []),
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
    (
        # The finished Spiegel's contact: sees the released report in the portal.
        "contact@brugwaarde.example",
        "Mirjam Oosterhuis",
        Rol.CONTACTPERSOON,
        "Gemeente Brugwaarde",
        "Manager Werk, Inkomen en Schuldhulp",
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
def laden(stdout=None, context=None) -> dict:
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
    result = {"organisaties": orgs, "users": users}
    result.update(aanvragen_laden(users))
    return result


# --- requests in the intake statuses -------------------------------------------------------
# This loader makes a request in every status (demodata.AANVRAGEN) and returns their Spiegels
# as context["spiegels"]; gesprekken.demo loads its own VELDWERK (gesprekken/demodata.yaml) into them and the rapportage
# loaders add schetsen and the PDF.
INTAKE_STATUSSEN = (
    Status.INGEDIEND,
    Status.INTAKE,
    Status.GEACCEPTEERD,
    Status.AFGEWEZEN,
    Status.INGETROKKEN,
)

DEMO_NAMESPACE = uuid.UUID("6f1d4a52-2b7e-4d7c-9a57-5b0f0c1d2e3f")

# Who is on which demo Spiegel (team members of the demo accounts).
DEMO_TEAMS = {
    "Regio Kempenveld": ["lotte@divosa.example", "joris@divosa.example"],
    "Werkbedrijf Rivierland": ["sanne@divosa.example", "joris@divosa.example"],
    "Gemeente Spiegelstad": ["sanne@divosa.example", "lotte@divosa.example"],
    "Gemeente Lindenhoek": ["joris@divosa.example", "lotte@divosa.example"],
    "Gemeente Brugwaarde": ["sanne@divosa.example", "joris@divosa.example"],
    "Gemeente Waterlinde": ["lotte@divosa.example", "sanne@divosa.example"],
}

_PAD = {
    Status.INGEDIEND: [],
    Status.INTAKE: [Status.INTAKE],
    Status.GEACCEPTEERD: [Status.INTAKE, Status.GEACCEPTEERD],
    Status.VELDWERK: [Status.INTAKE, Status.GEACCEPTEERD, Status.VELDWERK],
    Status.SCHETS: [Status.INTAKE, Status.GEACCEPTEERD, Status.VELDWERK, Status.SCHETS],
    Status.WEDERHOOR: [
        Status.INTAKE,
        Status.GEACCEPTEERD,
        Status.VELDWERK,
        Status.SCHETS,
        Status.WEDERHOOR,
    ],
    Status.AFGEROND: [
        Status.INTAKE,
        Status.GEACCEPTEERD,
        Status.VELDWERK,
        Status.SCHETS,
        Status.WEDERHOOR,
        Status.AFGEROND,
    ],
    Status.AFGEWEZEN: [Status.INTAKE, Status.AFGEWEZEN],
    Status.INGETROKKEN: [Status.INTAKE, Status.INGETROKKEN],
}


# Days the demo's sessions take after fieldwork starts (gesprekken/demodata.yaml) and a bit.
VELDWERK_DUUR = timedelta(days=35)


def momenten(ingediend, stap, pad, veldwerk_dagen) -> list:
    """When each step of the path happened: evenly spread, but where fieldwork has a start
    day (the sessions count from it), the move to ‘veldwerk’ falls on the day before it,
    the steps before it in between, and the later steps after the last session."""
    momenten = [ingediend + stap * i for i in range(len(pad) + 1)]
    if veldwerk_dagen is None or Status.VELDWERK not in pad:
        return momenten
    k = pad.index(Status.VELDWERK) + 1
    start = timezone.localtime(timezone.now()) - timedelta(days=veldwerk_dagen)
    veldwerk = start.replace(hour=18, minute=0) - timedelta(days=1)
    momenten[:k] = [ingediend + (veldwerk - ingediend) * i / k for i in range(k)]
    momenten[k] = veldwerk
    na = len(momenten) - k - 1
    if na:
        van = veldwerk + VELDWERK_DUUR
        tot = max(momenten[-1], van + timedelta(days=7 * na))
        momenten[k + 1 :] = [van + (tot - van) * i / na for i in range(na)]
    return momenten


def _organisaties() -> dict:
    orgs = {}
    for item in demodata.ORGANISATIES:
        orgs[item["naam"]], _ = Organisatie.objects.get_or_create(
            naam=item["naam"], soort=item["soort"], defaults={"fictief": True}
        )
    for item in demodata.ORGANISATIES:
        if item["bedient"]:
            orgs[item["naam"]].bedient.add(*[orgs[n] for n in item["bedient"]])
    return orgs


@transaction.atomic
def aanvragen_laden(users: dict) -> dict:
    """The requests in the intake statuses, each with its timeline and, once accepted, its
    Spiegel, team and kernvragen. Keyed by a fixed token per organisation: idempotent."""
    from spiegel.models import Aanvraag, Bouwsteen, Gebeurtenis, Kernvraag, Spiegel
    from spiegel.services import TEKST_VOOR_CONTACT, referentie_toekennen

    orgs = _organisaties()
    coordinator = users.get("coordinator@divosa.example")
    aanvragen, spiegels = {}, {}
    nu = timezone.now()
    for item in demodata.AANVRAGEN:
        # A request from an organisation the requester typed in: not in the list yet.
        org = None if item.get("onbekend") else orgs[item["organisatie"]]
        token = uuid.uuid5(DEMO_NAMESPACE, item["organisatie"])
        aanvraag = Aanvraag.objects.filter(indientoken=token).first()
        if aanvraag is None:
            ingediend = nu - timedelta(days=item["ingediend_dagen_geleden"])
            # Every moment below goes through the working-hours clock (spiegel.demotijd).
            contact = item["contact"]
            account = (
                User.objects.filter(rol=Rol.CONTACTPERSOON, organisatie=org).first()
                if org
                else None
            )
            aanvraag = Aanvraag.objects.create(
                referentie=referentie_toekennen(ingediend.year),
                indientoken=token,
                status=item["status"],
                organisatie=org,
                organisatie_onbekend="" if org else item["organisatie"],
                organisatie_soort=org.soort if org else item["soort"],
                contact_naam=account.naam if account else contact["naam"],
                contact_functie=account.functie if account else contact["functie"],
                contact_email=account.email if account else contact["email"],
                contact_telefoon=contact["telefoon"],
                contactpersoon=account,
                context=item["context"],
                vragen=item["vragen"],
                delen=item["delen"],
                gesprekspartners=item["gesprekspartners"],
                presentatievormen=item["presentatievormen"],
                periode=item["periode"],
                privacy_akkoord_op=werktijd(ingediend),
                intakeverslag=item["intakeverslag"],
                afwijsreden=item.get("afwijsreden", ""),
            )
            aanvraag.bouwstenen.set(Bouwsteen.objects.filter(slug__in=item["bouwstenen"]))
            if org is None:
                aanvraag.gemeenten.set([orgs[n] for n in item.get("gemeenten", [])])
            elif org.soort != "gemeente":
                aanvraag.gemeenten.set(org.bedient.all())
            pad = _PAD[item["status"]]
            stap = timedelta(days=max(item["ingediend_dagen_geleden"], 1) / (len(pad) + 1))
            regels = [
                Gebeurtenis(
                    aanvraag=aanvraag,
                    naar_status=Status.INGEDIEND,
                    tekst="Aanvraag ingediend via het formulier.",
                    tekst_contact=TEKST_VOOR_CONTACT[Status.INGEDIEND],
                )
            ]
            van = Status.INGEDIEND
            for naar in pad:
                tekst = f"Status gewijzigd naar ‘{Status(naar).label}’."
                if naar == Status.INGETROKKEN and item.get("intrekreden"):
                    tekst = f"Aanvraag ingetrokken: {item['intrekreden']}"
                regels.append(
                    Gebeurtenis(
                        aanvraag=aanvraag,
                        van_status=van,
                        naar_status=naar,
                        tekst=tekst,
                        tekst_contact=TEKST_VOOR_CONTACT[naar],
                        door=coordinator,
                    )
                )
                van = naar
            regels = Gebeurtenis.objects.bulk_create(regels)
            tijden = momenten(ingediend, stap, pad, item.get("veldwerk_gestart_dagen_geleden"))
            for regel, moment in zip(regels, tijden, strict=True):
                Gebeurtenis.objects.filter(pk=regel.pk).update(op=werktijd(moment))
            Aanvraag.objects.filter(pk=aanvraag.pk).update(
                ingediend_op=werktijd(ingediend),
                intake_gepland_op=werktijd(tijden[1]) if pad else None,
            )
            if item["status"] in SPIEGEL_STATUSSEN:
                spiegel = Spiegel.objects.create(aanvraag=aanvraag, organisatie=org)
                spiegel.team.set(
                    [users[e] for e in DEMO_TEAMS.get(item["organisatie"], []) if e in users]
                )
                Kernvraag.objects.bulk_create(
                    Kernvraag(spiegel=spiegel, tekst=v, volgorde=i)
                    for i, v in enumerate(item["vragen"])
                )
                if item["status"] == Status.AFGEROND:
                    Spiegel.objects.filter(pk=spiegel.pk).update(afgerond_op=werktijd(tijden[-1]))
        aanvragen[item["organisatie"]] = aanvraag
        if hasattr(aanvraag, "spiegel"):
            spiegels[item["organisatie"]] = aanvraag.spiegel
    return {"aanvragen": aanvragen, "spiegels": spiegels}
