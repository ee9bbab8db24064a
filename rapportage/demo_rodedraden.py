"""Demo data of the rode draden: a dozen finished Spiegels of fictional organisations over
three years (enough for several cells of at least k Spiegels), sizes and provinces, a
confirmed theme, and Gemeente Brugwaarde's second Spiegel: a follow-up in fieldwork.

`laden(context)` after the intake, fieldwork and schets demos. Idempotent: organisations,
requests and the theme are found by name or reference before anything is made."""

import datetime as dt

from django.utils import timezone

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import Waarneming
from rapportage.rodedraden.models import Organisatieprofiel, Thema
from spiegel.constants import OrganisatieSoort, Presentatievorm, Status
from spiegel.demotijd import tot_nu, werktijd
from spiegel.models import Aanvraag, Bouwsteen, Organisatie, Spiegel, User

K, A = WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT

# (name, kind, inhabitants, province, year)
ORGANISATIES = [
    ("Gemeente Rodestein", OrganisatieSoort.GEMEENTE, 34_000, "Gelderland", 2024),
    ("Gemeente Veenhaven", OrganisatieSoort.GEMEENTE, 41_000, "Gelderland", 2024),
    ("Gemeente Brakeloo", OrganisatieSoort.GEMEENTE, 28_000, "Gelderland", 2024),
    ("Gemeente Molenbeek", OrganisatieSoort.GEMEENTE, 46_000, "Gelderland", 2024),
    ("Gemeente Zandhove", OrganisatieSoort.GEMEENTE, 62_000, "Noord-Brabant", 2025),
    ("Gemeente Kreekdijk", OrganisatieSoort.GEMEENTE, 71_000, "Noord-Brabant", 2025),
    ("Gemeente Hoefdonk", OrganisatieSoort.GEMEENTE, 58_000, "Noord-Brabant", 2025),
    ("Gemeente Lingehof", OrganisatieSoort.GEMEENTE, 33_000, "Utrecht", 2025),
    ("Gemeente Eemstede", OrganisatieSoort.GEMEENTE, 38_000, "Utrecht", 2025),
    ("Gemeente Vechtoord", OrganisatieSoort.GEMEENTE, 26_000, "Utrecht", 2025),
    ("Werkbedrijf Heuvelrand", OrganisatieSoort.WERKBEDRIJF, 180_000, "Utrecht", 2026),
    ("Werkbedrijf Maaskant", OrganisatieSoort.WERKBEDRIJF, 210_000, "Utrecht", 2026),
    ("Werkbedrijf Kustlicht", OrganisatieSoort.WERKBEDRIJF, 150_000, "Utrecht", 2026),
]
# Existing demo organisations get a size and province too.
PROFIELEN = {"Gemeente Brugwaarde": (60_000, "Noord-Brabant")}

# (bouwsteen slug, kind, text): every Spiegel gets most of these, worded a little apart, so
# cells rest on many Spiegels and the theme suggestions find the recurring ones.
PATRONEN = [
    ("samenwerken", K, "Klantmanagers en wijkteams weten elkaar snel te vinden"),
    ("samenwerken", A, "De afstemming met het UWV verloopt stroef en traag"),
    ("professional", K, "Klantmanagers voelen ruimte om af te wijken van het protocol"),
    ("professional", A, "De werkdruk bij de klantmanagers is structureel te hoog"),
    ("burger", A, "De wachttijd voor schuldhulpverlening is te lang voor inwoners"),
    ("burger", K, "Inwoners worden thuis bezocht als dat nodig is"),
    ("duidelijkheid", A, "Brieven aan inwoners zijn lastig te begrijpen"),
    ("rugdekking", K, "Teamleiders staan achter keuzes van hun professionals"),
]
VARIANTEN = [
    "{t}.",
    "{t}, zo zagen we in de gesprekken.",
    "Opvallend: {t}.",
    "{t}; dat hoorden we vaak.",
]

TWEEDE = "SP-2026-0190"  # Brugwaarde's second Spiegel


def _aanvraag(org, referentie, status, team, moment) -> Spiegel:
    aanvraag, _ = Aanvraag.objects.get_or_create(
        referentie=referentie,
        defaults={
            "organisatie": org,
            "status": status,
            "contact_naam": "Demo Contact",
            "contact_functie": "Teamleider Werk en Inkomen",
            "contact_email": f"contact-{referentie.lower()}@demo.example",
            "contact_telefoon": "030 000 00 00",
            "context": "Een fictieve aanvraag voor de rode draden.",
            "presentatievormen": [Presentatievorm.RAPPORT],
            "privacy_akkoord_op": werktijd(moment),
        },
    )
    spiegel = Spiegel.objects.filter(aanvraag=aanvraag).first()
    if spiegel is None:
        spiegel = Spiegel.objects.create(
            aanvraag=aanvraag,
            organisatie=org,
            afgerond_op=werktijd(moment + dt.timedelta(days=120))
            if status == Status.AFGEROND
            else None,
        )
        spiegel.team.set(team)
        Spiegel.objects.filter(pk=spiegel.pk).update(aangemaakt_op=werktijd(moment))
    return spiegel


def _waarnemingen(spiegel, patronen, bouwstenen, door, i) -> None:
    if spiegel.waarnemingen.exists():
        return
    for j, (slug, soort, tekst) in enumerate(patronen):
        if slug not in bouwstenen or (i + j) % 5 == 4:  # not every Spiegel sees everything
            continue
        w = Waarneming.objects.create(
            spiegel=spiegel, soort=soort, door=door, tekst=VARIANTEN[(i + j) % 4].format(t=tekst)
        )
        w.bouwstenen.add(bouwstenen[slug])


def laden(context=None) -> dict:
    bouwstenen = {b.slug: b for b in Bouwsteen.objects.filter(actief=True)}
    team = list(User.objects.filter(email__in=["sanne@divosa.example", "joris@divosa.example"]))
    door = team[0] if team else None
    for naam, (inwoners, provincie) in PROFIELEN.items():
        org = Organisatie.objects.filter(naam=naam).first()
        if org is not None:
            Organisatieprofiel.objects.update_or_create(
                organisatie=org, defaults={"inwoners": inwoners}
            )
            if not org.provincie:
                Organisatie.objects.filter(pk=org.pk).update(provincie=provincie)
    for i, (naam, soort, inwoners, provincie, jaar) in enumerate(ORGANISATIES):
        org, _ = Organisatie.objects.get_or_create(
            naam=naam, defaults={"soort": soort, "fictief": True, "provincie": provincie}
        )
        Organisatieprofiel.objects.get_or_create(organisatie=org, defaults={"inwoners": inwoners})
        moment = timezone.make_aware(dt.datetime(jaar, 2 + i % 9, 10, 9, 0))
        spiegel = _aanvraag(org, f"SP-{jaar}-{700 + i:04d}", Status.AFGEROND, team, moment)
        _waarnemingen(spiegel, PATRONEN, bouwstenen, door, i)

    vervolg = _brugwaarde_tweede(team, bouwstenen, door)
    _thema(bouwstenen, door)
    return {"rodedraden_vervolg": vervolg} if vervolg else {}


def _brugwaarde_tweede(team, bouwstenen, door):
    """Brugwaarde's second Spiegel, in fieldwork, following up its finished first one."""
    eerste = (
        Spiegel.objects.filter(
            organisatie__naam="Gemeente Brugwaarde", aanvraag__status=Status.AFGEROND
        )
        .exclude(aanvraag__referentie=TWEEDE)
        .order_by("aangemaakt_op")
        .first()
    )
    if eerste is None:
        return None
    tweede = _aanvraag(eerste.organisatie, TWEEDE, Status.VELDWERK, team, tot_nu())
    if tweede.vorige_id is None:
        Spiegel.objects.filter(pk=tweede.pk).update(vorige=eerste)
        tweede.refresh_from_db()
    # What was a point of attention then is partly a strength now, and something is new.
    _waarnemingen(
        tweede,
        [
            ("samenwerken", K, "De lijnen met het UWV zijn nu kort; er is een vast aanspreekpunt"),
            ("professional", A, "De werkdruk bij de klantmanagers blijft hoog"),
            ("duurzaamheid", K, "Er is een meerjarenplan voor de formatie"),
            ("burger", K, "Inwoners worden thuis bezocht als dat nodig is"),
        ],
        bouwstenen,
        door,
        0,
    )
    return tweede


def _thema(bouwstenen, door) -> None:
    if (
        Thema.objects.filter(naam="Wachttijd schuldhulpverlening").exists()
        or "burger" not in bouwstenen
    ):
        return
    pks = list(
        Waarneming.objects.filter(
            tekst__icontains="wachttijd voor schuldhulpverlening"
        ).values_list("pk", flat=True)
    )
    if pks:
        thema = Thema.objects.create(
            naam="Wachttijd schuldhulpverlening",
            bouwsteen=bouwstenen["burger"],
            bevestigd_door=door,
        )
        thema.waarnemingen.set(pks)
