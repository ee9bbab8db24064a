"""The generator's base part and its driver: organisations, accounts, requests with their
timelines, Spiegels with team and kernvragen; then every app's part registered in
`spiegel.registry.volumedata` (fieldwork, then rapportage), in one transaction and with one
random stream, so the same seed gives the same data. See `spiegel/volumedata/__init__.py`."""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.db.models import Q
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel import registry
from spiegel.constants import OrganisatieSoort, Rol, Status
from spiegel.models import Aanvraag, Bouwsteen, Gebeurtenis, Kernvraag, Organisatie, Spiegel, User
from spiegel.volumedata.kopie import Kopie, sequences_bijwerken, snel_laden, volgende_id
from spiegel.volumedata.namen import (
    ACHTERNAMEN,
    BASIS,
    FUNCTIES,
    GEN_DOMEIN,
    GEN_WACHTWOORD,
    KERNVRAGEN_PER_SPIEGEL,
    PROVINCIES,
    REFERENTIE_PREFIX,
    VOORNAMEN,
    aangevuld,
    aantal,
    bronnen,
    organisatienamen,
    totp_sleutel,
)


@dataclass
class Resultaat:
    aantallen: dict = field(default_factory=dict)
    seconden: float = 0.0


@dataclass
class Stand:
    """What the base part made, handed to each app's `genereren(stand)`.

    `spiegels`: tuples (spiegel_id, aanvraag_id, organisation, status, start, team pks);
    `kernvragen`: spiegel_id -> kernvraag ids; `contact_van`: organisation pk -> contact user;
    `gedeeld`: what an app leaves for the apps after it (fieldwork: the observation and
    quote ids per Spiegel, for the schetsen)."""

    rng: random.Random
    cur: object
    nu: datetime
    say: object
    res: Resultaat
    opties: dict
    bouwstenen: list
    teamleden: list
    contact_van: dict
    spiegels: list
    kernvragen: dict
    gedeeld: dict = field(default_factory=dict)


def genereren(*, schaal: float = 1.0, seed: int = 42, peildatum=None, log=None, **opties):
    """Fill the database; see the package docstring. Refuses when generated data exists.
    `opties` go to the apps' parts (e.g. `gesprekken_per_spiegel`)."""

    def say(msg):
        if log:
            log(msg)

    if Aanvraag.objects.filter(referentie__startswith=REFERENTIE_PREFIX).exists():
        raise RuntimeError("er is al gegenereerde data; wis die eerst met --leeg")

    begin = time.monotonic()
    rng = random.Random(seed)  # noqa: S311 - repeatable test data, not security
    bron = bronnen()
    nu = (peildatum or datetime.now(UTC)).replace(hour=12, minute=0, second=0, microsecond=0)
    bouwstenen = list(Bouwsteen.objects.order_by("volgorde").values_list("pk", flat=True))
    assert bouwstenen, "the bouwstenen catalogue is empty: run migrate first"
    res = Resultaat()
    n_org = aantal(BASIS["organisaties"], schaal)
    n_spiegels = aantal(BASIS["spiegels"], schaal)
    n_extra = aantal(BASIS["extra_aanvragen"], schaal)
    n_team = max(4, aantal(BASIS["teamleden"], schaal))
    n_coord = max(2, aantal(BASIS["coordinatoren"], schaal))

    with transaction.atomic():
        # --- organisations ------------------------------------------------------------
        namen = organisatienamen()
        n_wb = max(0, round(n_org * 0.04))
        n_regio = max(0, round(n_org * 0.03))
        n_gem = n_org - n_wb - n_regio
        gekozen = (
            [
                (n, OrganisatieSoort.GEMEENTE)
                for n in rng.sample(aangevuld(namen["gemeente"], n_gem), n_gem)
            ]
            + [
                (n, OrganisatieSoort.WERKBEDRIJF)
                for n in aangevuld(namen["werkbedrijf"], n_wb)[:n_wb]
            ]
            + [(n, OrganisatieSoort.REGIO) for n in aangevuld(namen["regio"], n_regio)[:n_regio]]
        )
        orgs = Organisatie.objects.bulk_create(
            [
                Organisatie(naam=n, soort=s, provincie=rng.choice(PROVINCIES), fictief=True)
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
                (f"contact{i + 1:04d}@{GEN_DOMEIN}", Rol.CONTACTPERSOON, org, rng.choice(FUNCTIES))
            )
        bestaand = {u.email: u for u in User.objects.filter(email__endswith="@" + GEN_DOMEIN)}
        nieuw, bijwerken = [], []
        for email, rol, org, functie in gewenst:
            naam = f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}"
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

        delen = list(registry.volumedata)
        grote_tabellen = [t for deel in delen for t in deel.grote_tabellen]
        with connection.cursor() as wrapper, snel_laden(wrapper.cursor, say, grote_tabellen):
            cur = wrapper.cursor
            ids = {m: volgende_id(cur, m) for m in (Aanvraag, Spiegel, Kernvraag, Gebeurtenis)}

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

            stand = Stand(
                rng=rng, cur=cur, nu=nu, say=say, res=res, opties=opties,
                bouwstenen=bouwstenen, teamleden=teamleden, contact_van=contact_van,
                spiegels=spiegels, kernvragen=kernvragen,
            )  # fmt: skip
            for deel in delen:
                deel.genereren(stand)
            sequences_bijwerken(cur, list(ids))

    with connection.cursor() as cur:
        for model in gevulde_modellen():
            cur.execute(f"ANALYZE {model._meta.db_table}")
    res.seconden = time.monotonic() - begin
    return res


def gevulde_modellen():
    modellen = [Organisatie, User, Aanvraag, Gebeurtenis, Spiegel, Kernvraag]
    m2m = [Aanvraag.bouwstenen.through, Spiegel.team.through, Organisatie.bedient.through]
    for deel in registry.volumedata:
        modellen += deel.modellen()
    return modellen + m2m


def wissen(log=None) -> dict:
    """Remove generated requests, Spiegels and everything under them, and generated
    organisations. Big leaf tables go by SQL first; the rest through the ORM, so that tables
    other apps add later (with on_delete CASCADE) are cleaned up too. Accounts stay."""
    weg: dict[str, int] = {}
    spiegels = Spiegel.objects.filter(aanvraag__referentie__startswith=REFERENTIE_PREFIX)
    with transaction.atomic(), connection.cursor() as cur:
        # The apps' big leaf tables first (by SQL where they can), in reverse order.
        for deel in reversed(list(registry.volumedata)):
            deel.wissen(spiegels, cur, weg)
        # A Spiegel protects its request: Spiegels first, then the requests.
        for qs in (spiegels, Aanvraag.objects.filter(referentie__startswith=REFERENTIE_PREFIX)):
            for label, n in qs.delete()[1].items():
                weg[label] = weg.get(label, 0) + n
        namen = {n for lijst in organisatienamen().values() for n in lijst}
        # Numbered variants ("Gemeente Xdorp 2") come from scales above the name universe.
        genummerd = Q(naam__regex=r"^(Gemeente|Werkbedrijf|Regio) .+ [0-9]+$")
        orgs = Organisatie.objects.filter(Q(naam__in=namen) | genummerd, fictief=True)
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
