"""Realistic volume data for benchmarks: fictional organisations, years of Spiegels, their
sessions, notes, observations, quotes, documents and schetsen with versions.

`genereren(schaal=1.0, seed=42)` fills the database with PostgreSQL COPY (psycopg 3) in one
transaction. Scale 1.0 is the reference volume of the performance issue: 300 organisations,
1,500 Spiegels, 30,000 sessions, 300,000 observations and 300,000 quotes, 1,500 schetsen with
10 versions each. The same seed gives the same content. Texts are recombined from the
fictional demo content (`spiegel.demodata`) and the catalogue, so search has Dutch words to
find. Generated rows are recognisable: requests have a reference starting with `GEN-`,
accounts an address at `GEN_DOMEIN`, organisations are fictional (`fictief`) with names from
a fixed set. `wissen()` removes them again (accounts are kept: the audit trail, which is
append-only, may point at them).

Never for production: the accounts share one known password. The command refuses to run
unless DEBUG, DEMO_MODE or BENCH_MODE is on.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.contrib.auth.hashers import make_password
from django.db import connection, models, transaction
from psycopg.types.json import Jsonb

from spiegel import demodata

REFERENTIE_PREFIX = "GEN-"
GEN_DOMEIN = "gen.spiegel.example"
GEN_WACHTWOORD = "spiegel-bench-2026"  # noqa: S105 - benchmark accounts only, see module doc

# Per unit of scale (scale 1.0 = the reference volume).
BASIS = {
    "organisaties": 300,
    "spiegels": 1500,
    "extra_aanvragen": 300,  # requests that never became a Spiegel (inbox, declined)
    "teamleden": 30,
    "coordinatoren": 4,
}
# Per Spiegel: independent of scale, so a page's data per Spiegel is realistic at any scale.
GESPREKKEN_PER_SPIEGEL = 20
WAARNEMINGEN_PER_GESPREK = 10
CITATEN_PER_GESPREK = 10
SCHETSVERSIES = 10
DOCUMENTEN_PER_AANVRAAG = 4
KERNVRAGEN_PER_SPIEGEL = 3

_PREFIXEN = [
    "Zand", "Heide", "Beek", "Berg", "Eiken", "Linde", "Wester", "Ooster", "Noorder", "Zuider",
    "Hoog", "Laag", "Oud", "Nieuw", "Groen", "Moer", "Vlier", "Wilg", "Bos", "Kreek", "Polder",
    "Klaver", "Brem", "Hazel", "Meidoorn", "Riet", "Vlas", "Haver", "Rogge", "Esch", "Dorre",
    "Sterre", "Molen", "Kasteel", "Vijver", "Weide", "Duin", "Schelp", "Gaast", "Ellen",
]  # fmt: skip
_SUFFIXEN = [
    "dam", "dijk", "hoven", "wijk", "veen", "dorp", "horst", "loo", "zande", "beek", "meer",
    "broek", "stede", "rade", "hem", "woude", "sloot", "lo", "kamp", "berg",
]  # fmt: skip
_STREKEN = [
    "Heuvelland", "Waterland", "Veenkoloniën-Zuid", "Kempenrand", "Duinstreek", "Maasvallei",
    "Bosrand", "Polderland", "Eemvallei", "Lingestreek", "IJsselkant", "Vechtdal-West",
    "Zeekust", "Heidekwartier", "Rivierenhof", "Dijkland", "Vaartland", "Lindeland",
]  # fmt: skip
_PROVINCIES = [
    "Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
]  # fmt: skip
_VOORNAMEN = [
    "Anouk", "Bas", "Chantal", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen",
    "Karin", "Lars", "Maaike", "Niels", "Olga", "Pim", "Roos", "Sem", "Tessa", "Umut", "Vera",
    "Wouter", "Yara", "Zeynep", "Bram", "Lieke", "Mohamed", "Sanne", "Thijs", "Nadia",
]  # fmt: skip
_ACHTERNAMEN = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Kaya", "Yilmaz", "El Idrissi", "van Dijk", "Koster",
]  # fmt: skip
_FUNCTIES = [
    "Teamleider Werk en Inkomen", "Beleidsadviseur sociaal domein", "Manager dienstverlening",
    "Afdelingshoofd Werk en Inkomen", "Directeur sociaal domein", "Kwaliteitsmedewerker",
]  # fmt: skip
_ROLLEN = sorted(
    {c["rol"] for s in demodata.VELDWERK.values() for g in s for c in g["citaten"]}
    | {"klantmanager", "teamleider", "beleidsmedewerker", "consulent schuldhulp", "wethouder"}
)
_AANVULLINGEN = [
    "Dat zagen we ook tijdens de meeloopronde.",
    "Klantmanagers noemen dit zelf als voorbeeld.",
    "Het team herkent dit, maar benoemt het zelden hardop.",
    "De teamleiders zien hier een kans.",
    "Dit kwam in meerdere gesprekken terug.",
    "In de beleidsnota staat het anders beschreven.",
    "Inwoners merken hier direct iets van.",
    "Wethouder en directie kijken hier verschillend naar.",
    "Het casusoverleg biedt hier ruimte voor.",
    "Collega's van het wijkteam vullen dit aan.",
    "Hier zit veel vakmanschap in.",
    "De werkdruk speelt hierbij een rol.",
]
_EXTRA_CITATEN = [
    "Als ik iemand echt wil helpen, moet ik eerst de tijd nemen om te luisteren.",
    "We doen het samen, ook als het schuurt.",
    "De regels zijn er, maar de ruimte ook. Je moet durven kijken.",
    "Mijn teamleider staat achter me als ik een keuze maak die ik kan uitleggen.",
    "Soms weet ik niet of ik de inwoner help of het systeem.",
    "Bij ons loopt niemand weg als het lastig wordt.",
    "Ik zou willen dat het beleid vaker bij ons op de vloer komt kijken.",
    "Een goed gesprek aan de keukentafel zegt meer dan tien formulieren.",
]
_DOCUMENTTITELS = [
    "Beleidsplan Participatie {jaar}", "Jaarverslag sociaal domein {jaar}",
    "Kwartaalrapportage Werk en Inkomen Q{kwartaal} {jaar}", "Werkprocesbeschrijving intake",
    "Uitvoeringsplan schuldhulpverlening {jaar}", "Raadsinformatiebrief re-integratie",
    "Evaluatie vroegsignalering {jaar}", "Organogram afdeling Werk en Inkomen",
    "Coalitieakkoord {jaar}-{jaar2}", "Handhavingsbeleid Participatiewet",
]  # fmt: skip
_GESPREKTITELS = {
    "interview": ["Interview {rol}", "Gesprek met de {rol}", "{rol} (interview)"],
    "groepsgesprek": ["Groepsgesprek {rol}s", "Teamgesprek {rol}s", "Ronde met {rol}s"],
    "meeloopronde": ["Meelopen met een {rol}", "Meeloopronde {rol}", "Spreekuur met {rol}"],
    "documentstudie": ["Documentstudie: {doc}", "Leesnotitie {doc}"],
}
_PLAATSEN = [
    "Gemeentehuis",
    "Op afstand",
    "Wijkcentrum",
    "Werkplein",
    "Stadskantoor",
    "Bibliotheek",
]


def _zinnen(tekst: str) -> list[str]:
    tekst = re.sub(r"\s+", " ", tekst).strip()
    return [z for z in re.split(r"(?<=[.?!])\s+", tekst) if len(z) > 20]


def _bronnen() -> dict:
    veldwerk = [g for s in demodata.VELDWERK.values() for g in s]
    alinea_s = [
        a.strip()
        for g in veldwerk
        for a in g["aantekeningen"].split("\n\n")
        if len(a.strip()) > 40 and not a.strip().startswith("# ")
    ]
    secties: dict[str, list[str]] = {}
    for lijst in demodata.SCHETSEN.values():
        for s in lijst:
            secties.setdefault(s["sleutel"], []).append(s["tekst"])
    return {
        "waarnemingen": [w for g in veldwerk for w in g["waarnemingen"]],
        "citaten": [c["tekst"] for g in veldwerk for c in g["citaten"]] + _EXTRA_CITATEN,
        "alineas": alinea_s,
        "contexten": [a["context"] for a in demodata.AANVRAGEN],
        "vragen": [v for a in demodata.AANVRAGEN for v in a["vragen"]],
        "delen": [a["delen"] for a in demodata.AANVRAGEN if a["delen"]],
        "gesprekspartners": [a["gesprekspartners"] for a in demodata.AANVRAGEN],
        "periodes": [a["periode"] for a in demodata.AANVRAGEN if a["periode"]],
        "intakeverslagen": [a["intakeverslag"] for a in demodata.AANVRAGEN if a["intakeverslag"]],
        "secties": secties,
        "sectievolgorde": [
            (s["sleutel"], s["titel"]) for s in next(iter(demodata.SCHETSEN.values()))
        ],
    }


def organisatienamen() -> dict[str, list[str]]:
    """The fixed universe of generated organisation names, per kind (demo names excluded)."""
    demo = {o["naam"] for o in demodata.ORGANISATIES} | {
        "Gemeente Spiegelstad",
        "Gemeente Rivierdal",
        "Gemeente Oeverwijk",
        "Gemeente Dijkhoven",
        "Gemeente Heideveen",
        "Gemeente Zeedorp",
    }
    gemeenten = [
        f"Gemeente {p}{s}" for p in _PREFIXEN for s in _SUFFIXEN if f"Gemeente {p}{s}" not in demo
    ]
    return {
        "gemeente": gemeenten,
        "werkbedrijf": [f"Werkbedrijf {s}" for s in _STREKEN],
        "regio": [f"Regio {s}" for s in _STREKEN],
    }


def totp_sleutel(email: str) -> str:
    """A fixed TOTP secret per generated account, so a person can sign in with it."""
    return hashlib.sha256(f"spiegel-gen-totp:{email}".encode()).hexdigest()[:40]


# --- COPY -------------------------------------------------------------------------------


class Kopie:
    """COPY rows of one model; columns the generator does not know get their default, so a
    field added later with a default does not break the generator."""

    def __init__(self, cursor, model, velden: list[str]):
        opts = model._meta
        self.model = model
        supplied = [opts.get_field(v) for v in velden]
        extra, self.extra_waarden = [], []
        for f in opts.local_concrete_fields:
            if f in supplied or getattr(f, "generated", False) or f.db_returning:
                continue  # generated columns and auto ids are the database's to fill
            if f.db_default is not models.NOT_PROVIDED:
                continue
            if f.has_default() or (f.empty_strings_allowed and not f.null):
                value = f.get_db_prep_save(f.get_default(), connection)
            elif f.null:
                value = None
            elif isinstance(f, models.DateTimeField):
                value = datetime.now(UTC)
            else:
                raise RuntimeError(
                    f"{opts.label}.{f.name} has no default: teach spiegel.volumedata about it"
                )
            extra.append(f)
            self.extra_waarden.append(value)
        self.extra_waarden = tuple(self.extra_waarden)
        kolommen = ", ".join(connection.ops.quote_name(f.column) for f in supplied + extra)
        self._cm = cursor.copy(
            f"COPY {connection.ops.quote_name(opts.db_table)} ({kolommen}) FROM STDIN"
        )
        self.aantal = 0

    def __enter__(self):
        self._copy = self._cm.__enter__()
        return self

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)

    def rij(self, *waarden):
        self._copy.write_row(waarden + self.extra_waarden)
        self.aantal += 1


_GROTE_TABELLEN = (
    "gesprekken_waarneming",
    "gesprekken_citaat",
    "gesprekken_aantekening",
    "gesprekken_document",
)


class _snel_laden:
    """Drop the GIN (full-text) indexes of the big tables during the COPY and build them
    again afterwards: one build is far cheaper than 600,000 incremental GIN inserts. B-tree
    indexes stay (foreign-key checks need them). Inside the caller's transaction, so a
    failure leaves every index in place."""

    def __init__(self, cursor, say):
        self.cur, self.say, self.defs = cursor, say, []

    def __enter__(self):
        self.cur.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) "
            "AND indexdef ILIKE '%% USING gin %%'",
            [list(_GROTE_TABELLEN)],
        )
        self.defs = self.cur.fetchall()
        for naam, _def in self.defs:
            self.cur.execute(f'DROP INDEX "{naam}"')
        # Foreign keys: the generator makes every id itself, so their checks (1.5 million
        # trigger events at scale 1.0) are skipped where the role may (a superuser, as on
        # the project-local cluster); elsewhere they run as usual.
        self.zonder_fk_triggers = False
        self.cur.execute("SAVEPOINT replica")
        try:
            self.cur.execute("SET LOCAL session_replication_role = replica")
            self.zonder_fk_triggers = True
        except Exception:
            self.cur.execute("ROLLBACK TO SAVEPOINT replica")
        return self

    def __exit__(self, exc_type, *exc):
        if self.zonder_fk_triggers:
            self.cur.execute("SET LOCAL session_replication_role = DEFAULT")
        if exc_type is None and self.defs:
            t = time.monotonic()
            # Deferred foreign-key checks must run before an index can be built.
            self.cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
            self.cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _naam, definitie in self.defs:
                self.cur.execute(definitie)
            self.say(
                f"{len(self.defs)} zoekindexen opnieuw gebouwd in {time.monotonic() - t:.1f} s"
            )
        return False


def _volgende_id(cursor, model) -> int:
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {model._meta.db_table}")  # noqa: S608
    return cursor.fetchone()[0]


def _sequences_bijwerken(cursor, modellen) -> None:
    for model in modellen:
        tabel = model._meta.db_table
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{tabel}', 'id'), "  # noqa: S608
            f"GREATEST((SELECT COALESCE(MAX(id), 1) FROM {tabel}), 1))"
        )


# --- generation -------------------------------------------------------------------------


@dataclass
class Resultaat:
    aantallen: dict = field(default_factory=dict)
    seconden: float = 0.0


def _aantal(basis: int, schaal: float) -> int:
    return max(1, round(basis * schaal))


def genereren(
    *,
    schaal: float = 1.0,
    seed: int = 42,
    peildatum=None,
    log=None,
    gesprekken_per_spiegel: int = GESPREKKEN_PER_SPIEGEL,
) -> Resultaat:
    """Fill the database; see the module docstring. Refuses when generated data exists."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from gesprekken.models import (
        Aantekening,
        Citaat,
        Deelnemer,
        Document,
        Gesprek,
        Waarneming,
    )
    from rapportage.models import Opmerking, RenderJob, Schets, SchetsVersie, Sectie
    from spiegel.constants import OrganisatieSoort, Rol, Status
    from spiegel.models import (
        Aanvraag,
        Bouwsteen,
        Gebeurtenis,
        Kernvraag,
        Organisatie,
        Spiegel,
        User,
    )

    def say(msg):
        if log:
            log(msg)

    if Aanvraag.objects.filter(referentie__startswith=REFERENTIE_PREFIX).exists():
        raise RuntimeError("er is al gegenereerde data; wis die eerst met --leeg")

    begin = time.monotonic()
    rng = random.Random(seed)  # noqa: S311 - repeatable test data, not security
    bron = _bronnen()
    nu = (peildatum or datetime.now(UTC)).replace(hour=12, minute=0, second=0, microsecond=0)
    bouwstenen = list(Bouwsteen.objects.order_by("volgorde").values_list("pk", flat=True))
    assert bouwstenen, "the bouwstenen catalogue is empty: run migrate first"
    res = Resultaat()

    n_org = _aantal(BASIS["organisaties"], schaal)
    n_spiegels = _aantal(BASIS["spiegels"], schaal)
    n_extra = _aantal(BASIS["extra_aanvragen"], schaal)
    n_team = max(4, _aantal(BASIS["teamleden"], schaal))
    n_coord = max(2, _aantal(BASIS["coordinatoren"], schaal))

    with transaction.atomic():
        # --- organisations ------------------------------------------------------------
        namen = organisatienamen()
        n_wb = max(0, round(n_org * 0.04))
        n_regio = max(0, round(n_org * 0.03))
        n_gem = n_org - n_wb - n_regio
        gekozen = (
            [(n, OrganisatieSoort.GEMEENTE) for n in rng.sample(namen["gemeente"], n_gem)]
            + [(n, OrganisatieSoort.WERKBEDRIJF) for n in namen["werkbedrijf"][:n_wb]]
            + [(n, OrganisatieSoort.REGIO) for n in namen["regio"][:n_regio]]
        )
        orgs = Organisatie.objects.bulk_create(
            [
                Organisatie(naam=n, soort=s, provincie=rng.choice(_PROVINCIES), fictief=True)
                for n, s in gekozen
            ]
        )
        gemeenten = [o for o in orgs if o.soort == OrganisatieSoort.GEMEENTE]
        Bedient = Organisatie.bedient.through
        Bedient.objects.bulk_create(
            [
                Bedient(from_organisatie_id=o.pk, to_organisatie_id=g.pk)
                for o in orgs
                if o.soort != OrganisatieSoort.GEMEENTE
                for g in rng.sample(gemeenten, min(3, len(gemeenten)))
            ]
        )
        say(f"{len(orgs)} organisaties")

        # --- accounts (kept across --leeg; reused when present) -------------------------
        wachtwoord = make_password(GEN_WACHTWOORD)
        gewenst = []
        for i in range(n_team):
            gewenst.append(
                (f"teamlid{i + 1:02d}@{GEN_DOMEIN}", Rol.TEAMLID, None, "Adviseur uitvoering")
            )
        for i in range(n_coord):
            gewenst.append(
                (
                    f"coordinator{i + 1:02d}@{GEN_DOMEIN}",
                    Rol.COORDINATOR,
                    None,
                    "Coördinator Spiegels",
                )
            )
        gewenst.append((f"beheer@{GEN_DOMEIN}", Rol.BEHEERDER, None, "Applicatiebeheerder"))
        for i, org in enumerate(orgs):
            gewenst.append(
                (f"contact{i + 1:04d}@{GEN_DOMEIN}", Rol.CONTACTPERSOON, org, rng.choice(_FUNCTIES))
            )
        bestaand = {u.email: u for u in User.objects.filter(email__endswith="@" + GEN_DOMEIN)}
        nieuw, bijwerken = [], []
        for email, rol, org, functie in gewenst:
            naam = f"{rng.choice(_VOORNAMEN)} {rng.choice(_ACHTERNAMEN)}"
            user = bestaand.get(email)
            if user is None:
                nieuw.append(
                    User(
                        email=email, naam=naam, rol=rol, organisatie=org, functie=functie,
                        password=wachtwoord, is_staff=rol == Rol.BEHEERDER,
                        is_superuser=rol == Rol.BEHEERDER,
                    )
                )  # fmt: skip
            else:
                user.organisatie, user.rol, user.is_active = org, rol, True
                bijwerken.append(user)
        User.objects.bulk_create(nieuw)
        User.objects.bulk_update(bijwerken, ["organisatie", "rol", "is_active"])
        users = {u.email: u for u in User.objects.filter(email__endswith="@" + GEN_DOMEIN)}
        heeft_device = set(
            TOTPDevice.objects.filter(user__in=users.values()).values_list("user_id", flat=True)
        )
        TOTPDevice.objects.bulk_create(
            [
                TOTPDevice(user=u, name="default", key=totp_sleutel(u.email), confirmed=True)
                for u in users.values()
                if u.pk not in heeft_device
            ]
        )
        teamleden = [users[e].pk for e, r, _o, _f in gewenst if r == Rol.TEAMLID]
        contact_van = {o.pk: users[f"contact{i + 1:04d}@{GEN_DOMEIN}"] for i, o in enumerate(orgs)}
        say(f"{len(users)} accounts")

        with connection.cursor() as wrapper, _snel_laden(wrapper.cursor, say):
            cur = wrapper.cursor
            ids = {m: _volgende_id(cur, m) for m in (
                Aanvraag, Spiegel, Kernvraag, Gebeurtenis, Gesprek, Deelnemer, Aantekening,
                Waarneming, Citaat, Document, Schets, Sectie, SchetsVersie, Opmerking, RenderJob,
            )}  # fmt: skip

            # --- requests and Spiegels -----------------------------------------------
            n_aanvragen = n_spiegels + n_extra
            aanvraag_id0 = ids[Aanvraag]
            spiegel_statussen = (
                [Status.AFGEROND] * 78 + [Status.VELDWERK] * 8 + [Status.SCHETS] * 5
                + [Status.WEDERHOOR] * 4 + [Status.GEACCEPTEERD] * 5
            )  # fmt: skip
            overige_statussen = (
                [Status.INGEDIEND] * 3 + [Status.INTAKE] * 2 + [Status.AFGEWEZEN] * 3
                + [Status.INGETROKKEN] * 2
            )  # fmt: skip
            aanvragen = []  # (id, org, status, ingediend, is_spiegel)
            for i in range(n_aanvragen):
                is_spiegel = i < n_spiegels
                # Requests without a Spiegel cycle through their statuses, so that even a
                # small scale has open ones in the coordinator's inbox.
                status = (
                    rng.choice(spiegel_statussen)
                    if is_spiegel
                    else overige_statussen[(i - n_spiegels) % len(overige_statussen)]
                )
                if status in (Status.AFGEROND, Status.AFGEWEZEN, Status.INGETROKKEN):
                    dagen = rng.randint(90, 5 * 365)
                elif status in (Status.INGEDIEND, Status.INTAKE):
                    dagen = rng.randint(1, 40)
                else:
                    dagen = rng.randint(30, 150)
                ingediend = nu - timedelta(days=dagen, minutes=rng.randint(0, 600))
                aanvragen.append(
                    (aanvraag_id0 + i, rng.choice(orgs), status, ingediend, is_spiegel)
                )
            aanvragen.sort(key=lambda a: a[3])  # references count up with time
            jaarteller: dict[int, int] = {}
            with Kopie(cur, Aanvraag, [
                "id", "referentie", "indientoken", "status", "organisatie", "organisatie_onbekend",
                "contact_naam", "contact_functie", "contact_email", "contact_telefoon",
                "contactpersoon", "context", "vragen", "delen", "gesprekspartners",
                "presentatievormen", "periode", "privacy_akkoord_op", "intakeverslag",
                "intake_gepland_op", "afwijsreden", "ingediend_op", "bijgewerkt_op",
            ]) as k:  # fmt: skip
                for aid, org, status, ingediend, _is in aanvragen:
                    jaar = ingediend.year
                    jaarteller[jaar] = jaarteller.get(jaar, 0) + 1
                    contact = contact_van[org.pk]
                    vormen = rng.sample(["groep", "gesprek", "rapport"], rng.randint(1, 3))
                    k.rij(
                        aid, f"{REFERENTIE_PREFIX}{jaar}-{jaarteller[jaar]:05d}",
                        uuid.UUID(int=rng.getrandbits(128), version=4), status, org.pk, "",
                        contact.naam, contact.functie, contact.email, "06 0000 0000", contact.pk,
                        rng.choice(bron["contexten"]),
                        rng.sample(bron["vragen"], KERNVRAGEN_PER_SPIEGEL),
                        rng.choice(bron["delen"]), rng.choice(bron["gesprekspartners"]), vormen,
                        rng.choice(bron["periodes"]), ingediend,
                        "" if status == Status.INGEDIEND else rng.choice(bron["intakeverslagen"]),
                        None, "Past niet binnen de opzet van een Spiegel."
                        if status == Status.AFGEWEZEN else "", ingediend, ingediend,
                    )  # fmt: skip
            res.aantallen["aanvragen"] = k.aantal

            Bouw = Aanvraag.bouwstenen.through
            with Kopie(cur, Bouw, ["aanvraag", "bouwsteen"]) as k:
                for a in aanvragen:
                    for b in rng.sample(bouwstenen, 3):
                        k.rij(a[0], b)

            # Timeline: the path to the current status.
            pad = [Status.INGEDIEND, Status.INTAKE, Status.GEACCEPTEERD, Status.VELDWERK,
                   Status.SCHETS, Status.WEDERHOOR, Status.AFGEROND]  # fmt: skip
            with Kopie(cur, Gebeurtenis, [
                "aanvraag", "van_status", "naar_status", "tekst", "tekst_contact", "door", "op"
            ]) as k:  # fmt: skip
                for aid, _org, status, ingediend, _is in aanvragen:
                    stappen = (
                        pad[: pad.index(status) + 1]
                        if status in pad
                        else [Status.INGEDIEND, status]
                    )
                    vorige = ""
                    for j, st in enumerate(stappen):
                        k.rij(
                            aid, vorige, st, f"Status gewijzigd naar {st}.",
                            f"Uw aanvraag heeft nu de status {st}.",
                            None, ingediend + timedelta(days=7 * j),
                        )  # fmt: skip
                        vorige = st
            res.aantallen["gebeurtenissen"] = k.aantal

            spiegels = []  # (spiegel_id, aanvraag_id, org, status, start, team)
            spiegel_id = ids[Spiegel]
            with Kopie(
                cur,
                Spiegel,
                ["id", "aanvraag", "organisatie", "vorige", "aangemaakt_op", "afgerond_op"],
            ) as k:
                for aid, org, status, ingediend, is_spiegel in aanvragen:
                    if not is_spiegel:
                        continue
                    start = ingediend + timedelta(days=14)
                    afgerond = start + timedelta(days=120) if status == Status.AFGEROND else None
                    team = rng.sample(teamleden, 2)
                    k.rij(spiegel_id, aid, org.pk, None, start, afgerond)
                    spiegels.append((spiegel_id, aid, org, status, start, team))
                    spiegel_id += 1
            res.aantallen["spiegels"] = k.aantal

            Team = Spiegel.team.through
            with Kopie(cur, Team, ["spiegel", "user"]) as k:
                for s in spiegels:
                    for u in s[5]:
                        k.rij(s[0], u)

            kernvragen = {}  # spiegel_id -> [kernvraag ids]
            kid = ids[Kernvraag]
            with Kopie(cur, Kernvraag, ["id", "spiegel", "tekst", "volgorde"]) as k:
                for s in spiegels:
                    kernvragen[s[0]] = []
                    for j, tekst in enumerate(rng.sample(bron["vragen"], KERNVRAGEN_PER_SPIEGEL)):
                        k.rij(kid, s[0], tekst, j)
                        kernvragen[s[0]].append(kid)
                        kid += 1
            say(f"{len(aanvragen)} aanvragen, {len(spiegels)} Spiegels")

            # --- sessions, participants and notes ---------------------------------------
            soorten = (
                ["interview"] * 10
                + ["groepsgesprek"] * 4
                + ["meeloopronde"] * 3
                + ["documentstudie"] * 3
            )
            gesprekken = []  # (gesprek_id, spiegel_id, team)
            gid = ids[Gesprek]
            with Kopie(
                cur,
                Gesprek,
                ["id", "spiegel", "soort", "titel", "begin", "einde", "plaats", "aangemaakt_op"],
            ) as k:
                for s in spiegels:
                    for j in range(gesprekken_per_spiegel):
                        soort = rng.choice(soorten)
                        titel = rng.choice(_GESPREKTITELS[soort]).format(
                            rol=rng.choice(_ROLLEN),
                            doc=rng.choice(_DOCUMENTTITELS).format(
                                jaar=2024, jaar2=2026, kwartaal=2
                            ),
                        )
                        begin_ = s[4] + timedelta(days=2 + j * 3, hours=rng.randint(8, 15) - 12)
                        k.rij(gid, s[0], soort, titel[:200], begin_, begin_ + timedelta(minutes=rng.choice([60, 90, 120])),
                              rng.choice(_PLAATSEN), s[4])  # fmt: skip
                        gesprekken.append((gid, s[0], s[5]))
                        gid += 1
            res.aantallen["gesprekken"] = k.aantal

            Aanwezig = Gesprek.teamleden.through
            with Kopie(cur, Aanwezig, ["gesprek", "user"]) as k:
                for g in gesprekken:
                    for u in g[2][: rng.randint(1, 2)]:
                        k.rij(g[0], u)
            with Kopie(cur, Deelnemer, ["gesprek", "rol", "naam", "toestemming_citeren"]) as k:
                for g in gesprekken:
                    for _ in range(rng.randint(1, 3)):
                        naam = (
                            f"{rng.choice(_VOORNAMEN)} {rng.choice(_ACHTERNAMEN)}"
                            if rng.random() < 0.3
                            else ""
                        )
                        k.rij(g[0], rng.choice(_ROLLEN), naam, rng.random() < 0.8)
            res.aantallen["deelnemers"] = k.aantal
            with Kopie(
                cur, Aantekening, ["gesprek", "tekst", "versie", "bijgewerkt_door", "bijgewerkt_op"]
            ) as k:
                for g in gesprekken:
                    tekst = "\n\n".join(rng.sample(bron["alineas"], rng.randint(3, 7)))
                    k.rij(
                        g[0],
                        tekst,
                        rng.randint(1, 30),
                        g[2][0],
                        nu - timedelta(days=rng.randint(1, 900)),
                    )
            say(f"{len(gesprekken)} gesprekken met aantekeningen")

            # --- observations and quotes ---------------------------------------------------
            waarneming_ids: dict[int, list[int]] = {}
            wid0 = wid = ids[Waarneming]
            w_bouw, w_kern = [], []
            with Kopie(
                cur,
                Waarneming,
                ["id", "spiegel", "gesprek", "tekst", "soort", "door", "aangemaakt_op"],
            ) as k:
                for g in gesprekken:
                    lijst = waarneming_ids.setdefault(g[1], [])
                    for _ in range(WAARNEMINGEN_PER_GESPREK):
                        w = rng.choice(bron["waarnemingen"])
                        tekst = w["tekst"]
                        if rng.random() < 0.6:
                            tekst = f"{tekst} {rng.choice(_AANVULLINGEN)}"
                        k.rij(
                            wid,
                            g[1],
                            g[0],
                            tekst,
                            w["soort"],
                            g[2][0],
                            nu - timedelta(seconds=rng.randint(0, 5 * 365 * 86400)),
                        )
                        bs = rng.sample(bouwstenen, rng.randint(1, 2))
                        w_bouw.append((wid, bs))
                        if rng.random() < 0.5:
                            w_kern.append((wid, rng.choice(kernvragen[g[1]])))
                        lijst.append(wid)
                        wid += 1
            res.aantallen["waarnemingen"] = wid - wid0
            with Kopie(cur, Waarneming.bouwstenen.through, ["waarneming", "bouwsteen"]) as k:
                for w, bs in w_bouw:
                    for b in bs:
                        k.rij(w, b)
            with Kopie(cur, Waarneming.kernvragen.through, ["waarneming", "kernvraag"]) as k:
                for w, kv in w_kern:
                    k.rij(w, kv)
            del w_bouw, w_kern
            say(f"{res.aantallen['waarnemingen']} waarnemingen")

            citaat_ids: dict[int, list[int]] = {}
            cid0 = cid = ids[Citaat]
            c_bouw = []
            toestemmingen = ["gegeven"] * 7 + ["gevraagd"] * 2 + ["geweigerd"]
            with Kopie(
                cur,
                Citaat,
                [
                    "id",
                    "spiegel",
                    "gesprek",
                    "tekst",
                    "rol",
                    "toestemming",
                    "weergave",
                    "door",
                    "aangemaakt_op",
                ],
            ) as k:
                for g in gesprekken:
                    lijst = citaat_ids.setdefault(g[1], [])
                    for _ in range(CITATEN_PER_GESPREK):
                        k.rij(cid, g[1], g[0], rng.choice(bron["citaten"]), rng.choice(_ROLLEN),
                              rng.choice(toestemmingen), rng.choice(["anoniem", "functie"]), g[2][0],
                              nu - timedelta(seconds=rng.randint(0, 5 * 365 * 86400)))  # fmt: skip
                        if rng.random() < 0.7:
                            c_bouw.append((cid, rng.choice(bouwstenen)))
                        lijst.append(cid)
                        cid += 1
            res.aantallen["citaten"] = cid - cid0
            with Kopie(cur, Citaat.bouwstenen.through, ["citaat", "bouwsteen"]) as k:
                for c, b in c_bouw:
                    k.rij(c, b)
            del c_bouw
            say(f"{res.aantallen['citaten']} citaten")

            # --- documents -------------------------------------------------------------------
            with Kopie(
                cur,
                Document,
                [
                    "aanvraag",
                    "titel",
                    "bestand",
                    "mime_type",
                    "grootte",
                    "geupload_door",
                    "van_contact",
                    "aangemaakt_op",
                ],
            ) as k:
                for s in spiegels:
                    for j in range(DOCUMENTEN_PER_AANVRAAG):
                        jaar = s[4].year
                        titel = rng.choice(_DOCUMENTTITELS).format(
                            jaar=jaar - 1, jaar2=jaar + 3, kwartaal=rng.randint(1, 4)
                        )
                        k.rij(s[1], titel, f"documenten/gen/{s[1]}-{j}.pdf", "application/pdf",
                              rng.randint(40_000, 4_000_000), contact_van[s[2].pk].pk, True, s[4])  # fmt: skip
            res.aantallen["documenten"] = k.aantal

            # --- schetsen with sections and versions -----------------------------------------
            sectievolgorde = bron["sectievolgorde"]
            schets_id = ids[Schets]
            sectie_id = ids[Sectie]
            schetsen = []  # (schets_id, spiegel, [(sectie_id, sleutel, titel, tekst, kernvraag)])
            schets_status = {
                Status.AFGEROND: "definitief", Status.WEDERHOOR: "wederhoor",
                Status.SCHETS: "concept",
            }  # fmt: skip
            with Kopie(
                cur,
                Schets,
                [
                    "id",
                    "spiegel",
                    "status",
                    "versie",
                    "reviewopmerking",
                    "aangemaakt_op",
                    "bijgewerkt_op",
                ],
            ) as k:
                for s in spiegels:
                    k.rij(
                        schets_id,
                        s[0],
                        schets_status.get(s[3], "concept"),
                        SCHETSVERSIES,
                        "",
                        s[4],
                        s[4] + timedelta(days=60),
                    )
                    secties = []
                    for sleutel, titel in sectievolgorde:
                        tekst = rng.choice(bron["secties"].get(sleutel) or [""])
                        w = rng.sample(waarneming_ids[s[0]], 2)
                        c = rng.sample(citaat_ids[s[0]], 1)
                        tekst = f"{tekst}\n\n[[waarneming:{w[0]}]]\n\n> [[citaat:{c[0]}]]\n\n[[waarneming:{w[1]}]]"
                        secties.append(
                            (sectie_id, sleutel, titel, tekst, rng.choice(kernvragen[s[0]]))
                        )
                        sectie_id += 1
                    schetsen.append((schets_id, s, secties))
                    schets_id += 1
            res.aantallen["schetsen"] = k.aantal
            with Kopie(
                cur,
                Sectie,
                [
                    "id",
                    "schets",
                    "sleutel",
                    "titel",
                    "volgorde",
                    "tekst",
                    "versie",
                    "bijgewerkt_op",
                ],
            ) as k:
                for sid, s, secties in schetsen:
                    for j, (sec_id, sleutel, titel, tekst, _kv) in enumerate(secties):
                        k.rij(
                            sec_id,
                            sid,
                            sleutel,
                            titel,
                            j,
                            tekst,
                            SCHETSVERSIES,
                            s[4] + timedelta(days=60),
                        )
            res.aantallen["secties"] = k.aantal
            with Kopie(cur, Sectie.kernvragen.through, ["sectie", "kernvraag"]) as k:
                for _sid, _s, secties in schetsen:
                    for sec in secties:
                        k.rij(sec[0], sec[4])
            with Kopie(
                cur, SchetsVersie, ["schets", "nummer", "secties", "auteur", "toelichting", "op"]
            ) as k:
                for sid, s, secties in schetsen:
                    for nummer in range(1, SCHETSVERSIES + 1):
                        inhoud = [
                            {
                                "sleutel": sl,
                                "titel": ti,
                                "tekst": te
                                if nummer == SCHETSVERSIES
                                else te[: 200 + nummer * 100],
                                "kernvragen": [kv],
                            }
                            for _id, sl, ti, te, kv in secties
                        ]
                        k.rij(
                            sid,
                            nummer,
                            Jsonb(inhoud),
                            s[5][nummer % 2],
                            f"Versie {nummer}",
                            s[4] + timedelta(days=30 + nummer * 3),
                        )
            res.aantallen["schetsversies"] = k.aantal
            with Kopie(
                cur, Opmerking, ["sectie", "tekst", "door", "status", "antwoord", "op"]
            ) as k:
                for _sid, s, secties in schetsen:
                    if s[3] not in (Status.WEDERHOOR, Status.AFGEROND):
                        continue
                    for sec in rng.sample(secties, 2):
                        open_ = s[3] == Status.WEDERHOOR
                        k.rij(sec[0], "Klopt het jaartal in deze alinea? Wij lezen het anders.", contact_van[s[2].pk].pk,
                              "open" if open_ else "beantwoord", "" if open_ else "Aangepast, dank.", s[4] + timedelta(days=70))  # fmt: skip
            with Kopie(
                cur,
                RenderJob,
                [
                    "schets",
                    "schets_versie",
                    "vorm",
                    "sjabloon_versie",
                    "status",
                    "bestand",
                    "vrijgegeven_op",
                    "aangevraagd_door",
                    "aangemaakt_op",
                    "bijgewerkt_op",
                ],
            ) as k:
                for sid, s, _secties in schetsen:
                    if s[3] != Status.AFGEROND:
                        continue
                    klaar = s[4] + timedelta(days=110)
                    k.rij(
                        sid,
                        SCHETSVERSIES,
                        "rapportage",
                        "gen",
                        "klaar",
                        f"rapporten/gen/{sid}.pdf",
                        klaar,
                        s[5][0],
                        klaar,
                        klaar,
                    )
            res.aantallen["renderjobs"] = k.aantal
            say(f"{len(schetsen)} schetsen met {SCHETSVERSIES} versies")

            _sequences_bijwerken(cur, list(ids))

    with connection.cursor() as cur:
        for model in _gevulde_modellen():
            cur.execute(f"ANALYZE {model._meta.db_table}")
    res.seconden = time.monotonic() - begin
    return res


def _gevulde_modellen():
    from gesprekken.models import Aantekening, Citaat, Deelnemer, Document, Gesprek, Waarneming
    from rapportage.models import Opmerking, RenderJob, Schets, SchetsVersie, Sectie
    from spiegel.models import Aanvraag, Gebeurtenis, Kernvraag, Organisatie, Spiegel, User

    modellen = [
        Organisatie, User, Aanvraag, Gebeurtenis, Spiegel, Kernvraag, Gesprek, Deelnemer,
        Aantekening, Waarneming, Citaat, Document, Schets, Sectie, SchetsVersie, Opmerking,
        RenderJob,
    ]  # fmt: skip
    m2m = [
        Aanvraag.bouwstenen.through, Spiegel.team.through, Gesprek.teamleden.through,
        Waarneming.bouwstenen.through, Waarneming.kernvragen.through,
        Citaat.bouwstenen.through, Sectie.kernvragen.through, Organisatie.bedient.through,
    ]  # fmt: skip
    return modellen + m2m


def _verwijderen(qs) -> int:
    """Delete without loading rows when nothing but m2m tables (already emptied) points at
    the model; otherwise let the ORM cascade."""
    opts = qs.model._meta
    verwijzers = [r for r in opts.related_objects if not r.related_model._meta.auto_created]
    if not verwijzers:
        return qs._raw_delete(qs.db)
    return qs.delete()[0]


def wissen(log=None) -> dict:
    """Remove generated requests, Spiegels and everything under them, and generated
    organisations. Big leaf tables go by SQL first; the rest through the ORM, so that tables
    other apps add later (with on_delete CASCADE) are cleaned up too. Accounts stay."""
    from gesprekken.models import Citaat, Waarneming
    from rapportage.models import SchetsVersie
    from spiegel.models import Aanvraag, Organisatie, Spiegel, User

    weg: dict[str, int] = {}
    spiegels = Spiegel.objects.filter(aanvraag__referentie__startswith=REFERENTIE_PREFIX)
    with transaction.atomic(), connection.cursor() as cur:
        sub, params = spiegels.values("pk").query.sql_with_params()
        for model, via in (
            (Waarneming.bouwstenen.through, "waarneming_id IN (SELECT id FROM gesprekken_waarneming WHERE spiegel_id IN ({sub}))"),
            (Waarneming.kernvragen.through, "waarneming_id IN (SELECT id FROM gesprekken_waarneming WHERE spiegel_id IN ({sub}))"),
            (Citaat.bouwstenen.through, "citaat_id IN (SELECT id FROM gesprekken_citaat WHERE spiegel_id IN ({sub}))"),
            (SchetsVersie, "schets_id IN (SELECT id FROM rapportage_schets WHERE spiegel_id IN ({sub}))"),
        ):  # fmt: skip
            cur.execute(f"DELETE FROM {model._meta.db_table} WHERE " + via.format(sub=sub), params)  # noqa: S608
            weg[model._meta.label] = cur.rowcount
        # Observations and quotes may be referenced by tables added later: ORM for those.
        for model in (Waarneming, Citaat):
            weg[model._meta.label] = _verwijderen(model.objects.filter(spiegel__in=spiegels))
        # A Spiegel protects its request: Spiegels first, then the requests.
        for qs in (spiegels, Aanvraag.objects.filter(referentie__startswith=REFERENTIE_PREFIX)):
            for label, n in qs.delete()[1].items():
                weg[label] = weg.get(label, 0) + n
        namen = {n for lijst in organisatienamen().values() for n in lijst}
        orgs = Organisatie.objects.filter(fictief=True, naam__in=namen)
        # Contacts of these organisations are kept (the audit trail may name them) but
        # detached and disabled; a new run re-attaches and re-enables them.
        User.objects.filter(email__endswith="@" + GEN_DOMEIN, organisatie__in=orgs).update(
            organisatie=None, rol="teamlid", is_active=False
        )
        Organisatie.bedient.through.objects.filter(from_organisatie__in=orgs).delete()
        n, _ = orgs.filter(aanvragen__isnull=True, spiegels__isnull=True).delete()
        weg["spiegel.Organisatie"] = n
    if log:
        log(f"gewist: {weg}")
    return weg
