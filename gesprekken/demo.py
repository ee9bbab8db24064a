"""Demo fieldwork for the demo Spiegels, all fictional.

The intake demo (spiegel.demo) creates a Spiegel per organisation from acceptance on and
returns them as ``context["spiegels"]``; the fieldwork written for them lives in
``gesprekken/demodata.yaml`` ``veldwerk`` (sessions of every kind with notes, observations and quotes).
This loader turns that content into sessions, notes (with a kept version), observations and
quotes, in the order of the data, so that "the N-th quote of a Spiegel" means the same in
the data and in the database. Sessions are dated from the Spiegel's start of fieldwork.

When no such Spiegel exists (the intake demo did not run), it falls back to a Spiegel of its
own for "Gemeente Spiegelstad" with the sessions of ``terugval`` in the same YAML file.

Idempotent: sessions are found by title, so running it twice changes nothing.
"""

from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from gesprekken import demodata, services
from gesprekken.constants import GesprekSoort, Toestemming, Weergave
from gesprekken.models import (
    Aantekening,
    AantekeningVersie,
    Citaat,
    Document,
    Gesprek,
    Waarneming,
)
from spiegel import demodata as intake_demodata
from spiegel.constants import Presentatievorm, Status
from spiegel.demotijd import ZONE, werkdag, werktijd
from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Organisatie, Spiegel, User

DEMO_REFERENTIE = "SP-2026-0900"
TEAM = demodata.TERUGVAL["team"]
KERNVRAGEN = demodata.TERUGVAL["kernvragen"]
# What the demo is made of, for `demo_klaarzetten`'s fingerprint.
DEMO_BESTANDEN = [demodata.BESTAND, demodata.__file__]


def _spiegel(users) -> Spiegel:
    from spiegel.services import status_wijzigen

    organisatie = Organisatie.objects.get(naam="Gemeente Spiegelstad")
    aanvraag, nieuw = Aanvraag.objects.get_or_create(
        referentie=DEMO_REFERENTIE,
        defaults={
            "organisatie": organisatie,
            "contact_naam": "Marieke Jansen",
            "contact_functie": "Teamleider Werk en Inkomen",
            "contact_email": "contact@spiegelstad.example",
            "contact_telefoon": "010 123 45 67",
            "contactpersoon": users.get("contact@spiegelstad.example"),
            "context": (
                "Na een reorganisatie werken Werk en Inkomen, het wijkteam en schuldhulp in "
                "één afdeling. We willen weten of dat in de praktijk ook zo voelt."
            ),
            "vragen": KERNVRAGEN,
            "presentatievormen": [Presentatievorm.GROEP, Presentatievorm.RAPPORT],
            "periode": "najaar 2026",
            "privacy_akkoord_op": werktijd(timezone.now() - timedelta(days=40)),
        },
    )
    if nieuw:
        for naar in (Status.INTAKE, Status.GEACCEPTEERD, Status.VELDWERK):
            aanvraag = status_wijzigen(aanvraag=aanvraag, naar=naar)
    spiegel, _ = Spiegel.objects.get_or_create(
        aanvraag=aanvraag, defaults={"organisatie": organisatie}
    )
    spiegel.team.add(*[users[e] for e in TEAM if e in users])
    if not spiegel.kernvragen.exists():
        for i, tekst in enumerate(KERNVRAGEN):
            Kernvraag.objects.create(spiegel=spiegel, tekst=tekst, volgorde=i)
    return spiegel


def _kernvragen_voor(kernvragen: list, indexen, n: int) -> list:
    """The kernvragen an observation answers. The demo's observations name three; the
    Spiegel of another loader's request journey may have more, and every one of those gets
    evidence too (every third observation with kernvragen also answers the next extra one)."""
    gekozen = [kernvragen[k] for k in indexen if k < len(kernvragen)]
    extra = kernvragen[len(KERNVRAGEN) :]
    if gekozen and extra and n % 3 == 0:
        gekozen.append(extra[(n // 3) % len(extra)])
    return gekozen


def _tijd(dagen: int, uur: int) -> datetime:
    dag = werkdag(timezone.localdate() + timedelta(days=dagen))
    return timezone.make_aware(datetime.combine(dag, time(uur, 0)))


def _kernvragen_bij(index, kernvragen) -> list:
    indexen = index if isinstance(index, list | tuple) else ([] if index is None else [index])
    return [kernvragen[i] for i in indexen if 0 <= i < len(kernvragen)]


def uit_demodata(spiegels: dict) -> dict:
    """Load ``gesprekken.demodata.VELDWERK`` into the given Spiegels (``{organisation name: Spiegel}``;
    the name picks the content). Idempotent per session title; the other demo loaders use it too."""
    start_dagen = {
        a["organisatie"]: a.get("veldwerk_gestart_dagen_geleden") for a in intake_demodata.AANVRAGEN
    }
    bouwstenen = {b.slug: b for b in Bouwsteen.objects.all()}
    geladen = {}
    for organisatie, sessies in demodata.VELDWERK.items():
        spiegel = spiegels.get(organisatie)
        if spiegel is None:
            continue
        geladen[organisatie] = spiegel
        # Content borrowed from another organisation speaks of the Spiegel's own.
        sessies = _eigen_naam(sessies, organisatie, spiegel.organisatie.naam)
        team = list(spiegel.team.order_by("pk"))
        services.sjablonen_kopieren(spiegel=spiegel)
        kernvragen = list(spiegel.kernvragen.order_by("volgorde", "pk"))
        start = timezone.localdate() - timedelta(days=start_dagen.get(organisatie) or 0)
        for i, sessie in enumerate(sessies):
            bestaand = Gesprek.objects.filter(spiegel=spiegel, titel=sessie["titel"]).first()
            if bestaand is not None:
                _na_afloop(bestaand)  # also dates a demo loaded before this rule
                continue
            auteur = team[i % len(team)] if team else None
            uur, minuut = (int(x) for x in sessie.get("tijd", "10:00").split(":"))
            begin = timezone.make_aware(
                datetime.combine(
                    werkdag(start + timedelta(days=sessie["dagen_na_start"])), time(uur, minuut)
                )
            )
            gesprek = services.gesprek_opslaan(
                spiegel=spiegel,
                gegevens={
                    "soort": sessie["soort"],
                    "titel": sessie["titel"],
                    "begin": begin,
                    "einde": begin + timedelta(minutes=sessie.get("duur_minuten") or 60),
                    "plaats": sessie.get("plaats", ""),
                },
                teamleden=team,
                deelnemers=sessie.get("deelnemers", []),
            )
            if sessie.get("aantekeningen"):
                services.aantekening_opslaan(
                    gesprek=gesprek, tekst=sessie["aantekeningen"], basis_versie=0, door=auteur
                )
            for w in sessie.get("waarnemingen", []):
                services.waarneming_vastleggen(
                    spiegel=spiegel,
                    gesprek=gesprek,
                    tekst=w["tekst"],
                    soort=w["soort"],
                    bouwstenen=[bouwstenen[b] for b in w.get("bouwstenen", []) if b in bouwstenen],
                    kernvragen=_kernvragen_bij(w.get("kernvraag_index"), kernvragen),
                    door=auteur,
                )
            for c in sessie.get("citaten", []):
                services.citaat_vastleggen(
                    spiegel=spiegel,
                    gesprek=gesprek,
                    tekst=c["tekst"],
                    rol=c["rol"],
                    toestemming=c.get("toestemming", Toestemming.GEVRAAGD),
                    weergave=c.get("weergave", Weergave.ANONIEM),
                    bouwstenen=[bouwstenen[b] for b in c.get("bouwstenen", []) if b in bouwstenen],
                    door=auteur,
                )
            _na_afloop(gesprek)
    return geladen


def _eigen_naam(waarde, bron: str, naam: str):
    """`waarde` (YAML content) with the place name of `bron` replaced by that of `naam`."""
    if bron == naam:
        return waarde
    if isinstance(waarde, dict):
        return {k: _eigen_naam(v, bron, naam) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_eigen_naam(v, bron, naam) for v in waarde]
    if not isinstance(waarde, str):
        return waarde
    oud, nieuw = (n.split(" ", 1)[-1] for n in (bron, naam))
    return waarde.replace(oud, nieuw)


def _kort_na(einde: datetime) -> datetime:
    """Twenty minutes after `einde`, or the next working morning when that is after hours."""
    lokaal = timezone.localtime(einde + timedelta(minutes=20), ZONE)
    if lokaal.weekday() < 5 and (9, 0) <= (lokaal.hour, lokaal.minute) <= (17, 30):
        return lokaal
    dag = lokaal.date() + timedelta(days=1 if lokaal.hour >= 9 else 0)
    return datetime.combine(werkdag(dag), time(9, 10), tzinfo=ZONE)


def _na_afloop(gesprek) -> None:
    """Notes, observations and quotes dated just after their session, in working hours and
    never in the future, rather than at the moment the demo was loaded (a year later)."""
    moment = min(_kort_na(gesprek.einde or gesprek.begin), timezone.now())
    AantekeningVersie.objects.filter(aantekening__gesprek=gesprek).update(op=moment)
    Aantekening.objects.filter(gesprek=gesprek).update(bijgewerkt_op=moment)
    Waarneming.objects.filter(gesprek=gesprek).update(aangemaakt_op=moment)
    Citaat.objects.filter(gesprek=gesprek).update(aangemaakt_op=moment)


@transaction.atomic
def laden(context=None) -> dict:
    context = context or {}
    geladen = uit_demodata(context.get("spiegels") or {})
    if geladen:
        hoofd = geladen.get("Werkbedrijf Rivierland") or next(iter(geladen.values()))
        _documenten(hoofd, hoofd.aanvraag.contactpersoon)
        return {"veldwerk_spiegel": hoofd, "veldwerk_spiegels": geladen}
    users = dict(context.get("users") or {})
    for email in [*TEAM, "contact@spiegelstad.example"]:
        if email not in users:
            user = User.objects.filter(email=email).first()
            if user is not None:
                users[email] = user
    spiegel = _spiegel(users)
    team = list(spiegel.team.all())
    services.sjablonen_kopieren(spiegel=spiegel)
    bouwstenen = {b.slug: b for b in Bouwsteen.objects.all()}
    kernvragen = list(spiegel.kernvragen.order_by("volgorde", "pk"))
    teller = 0

    for i, g in enumerate(demodata.TERUGVAL["gesprekken"]):
        bestaand = Gesprek.objects.filter(spiegel=spiegel, titel=g["titel"]).first()
        if bestaand is not None:
            _na_afloop(bestaand)  # also dates a demo loaded before this rule
            continue
        auteur = team[i % len(team)] if team else None
        gesprek = services.gesprek_opslaan(
            spiegel=spiegel,
            gegevens={
                "soort": g["soort"],
                "titel": g["titel"],
                "begin": _tijd(g["dagen"], g["uur"]),
                "einde": _tijd(g["dagen"], g["uur"]) + timedelta(hours=1, minutes=30),
                "plaats": g["plaats"],
            },
            teamleden=team if g["soort"] != GesprekSoort.DOCUMENTSTUDIE else team[:1],
            deelnemers=g["deelnemers"],
        )
        if g["notities"]:
            aantekening = Aantekening.objects.get(gesprek=gesprek)
            services.aantekening_opslaan(
                gesprek=gesprek, tekst=g["notities"], basis_versie=aantekening.versie, door=auteur
            )
        for w in g["waarnemingen"]:
            services.waarneming_vastleggen(
                spiegel=spiegel,
                gesprek=gesprek,
                tekst=w["tekst"],
                soort=w["soort"],
                bouwstenen=[bouwstenen[b] for b in w["bouwstenen"] if b in bouwstenen],
                kernvragen=_kernvragen_voor(kernvragen, w["kernvragen"], teller := teller + 1),
                door=auteur,
            )
        for c in g["citaten"]:
            services.citaat_vastleggen(
                spiegel=spiegel,
                gesprek=gesprek,
                tekst=c["tekst"],
                rol=c["rol"],
                toestemming=c["toestemming"],
                weergave=c["weergave"],
                bouwstenen=[bouwstenen[b] for b in c["bouwstenen"] if b in bouwstenen],
                door=auteur,
            )
        _na_afloop(gesprek)

    _documenten(spiegel, users.get("contact@spiegelstad.example"))
    return {"veldwerk_spiegel": spiegel}


def _documenten(spiegel, contact):
    stukken = [
        (
            "Kerncijfers uitkeringen en schuldhulp 2025",
            "kerncijfers-2025.csv",
            "text/csv",
            b"jaar;bijstandshuishoudens;wachttijd schuldhulp (weken);verloop klantmanagers\n"
            b"2024;1840;2;12%\n2025;1832;5;18%\n",
        ),
        (
            "Beleidsplan Participatie 2025-2028",
            "beleidsplan-participatie.pdf",
            "application/pdf",
            _pdf("Beleidsplan Participatie 2025-2028 (demo)"),
        ),
    ]
    for titel, naam, mime, inhoud in stukken:
        if Document.objects.filter(aanvraag=spiegel.aanvraag, titel=titel).exists():
            continue
        Document.objects.create(
            aanvraag=spiegel.aanvraag,
            titel=titel,
            bestand=ContentFile(inhoud, name=naam),
            mime_type=mime,
            grootte=len(inhoud),
            geupload_door=contact,
            van_contact=contact is not None,
        )


def _pdf(titel: str) -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": titel})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
