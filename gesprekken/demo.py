"""Demo fieldwork for the demo Spiegels, all fictional.

The intake demo (spiegel.demo) creates a Spiegel per organisation from acceptance on and
returns them as ``context["spiegels"]``; the fieldwork written for them lives in
``spiegel.demodata.VELDWERK`` (sessions of every kind with notes, observations and quotes).
This loader turns that content into sessions, notes (with a kept version), observations and
quotes, in the order of the data, so that "the N-th quote of a Spiegel" means the same in
the data and in the database. Sessions are dated from the Spiegel's start of fieldwork.

When no such Spiegel exists (the intake demo did not run), it falls back to a Spiegel of its
own for "Gemeente Spiegelstad" with the sessions in ``GESPREKKEN`` below.

Idempotent: sessions are found by title, so running it twice changes nothing.
"""

from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from gesprekken import services
from gesprekken.constants import GesprekSoort, Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import Aantekening, Document, Gesprek
from spiegel.constants import Presentatievorm, Status
from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Organisatie, Spiegel, User

DEMO_REFERENTIE = "SP-2026-0900"
TEAM = ["sanne@divosa.example", "joris@divosa.example"]
KERNVRAGEN = [
    "Hoeveel ruimte ervaren klantmanagers om maatwerk te leveren, en wat doen ze ermee?",
    "Hoe werken Werk en Inkomen, het wijkteam en de schuldhulpverlening samen rond één huishouden?",
    "Weet de leiding wat er in de uitvoering speelt, en komt dat terug in beleid?",
]

K, A, D = WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT, WaarnemingSoort.DILEMMA
G, V, W = Toestemming.GEGEVEN, Toestemming.GEVRAAGD, Toestemming.GEWEIGERD
ANON, FUNCTIE = Weergave.ANONIEM, Weergave.FUNCTIE

# (kind, title, days from now, start hour, place, participants, notes,
#  observations [(text, kind, bouwsteen slugs, kernvraag indexes)],
#  quotes [(text, role, consent, display, bouwsteen slugs)])
GESPREKKEN = [
    (
        GesprekSoort.DOCUMENTSTUDIE,
        "Beleidsplan Participatie 2025-2028",
        -12,
        9,
        "",
        [],
        """# Documentstudie: Beleidsplan Participatie 2025-2028

## Kernboodschap
- Iedereen doet mee naar vermogen; nadruk op *brede bestaanszekerheid* in plaats van alleen uitstroom.
- Drie speerpunten: dichtbij de inwoner, één plan per huishouden, investeren in vakmanschap.

## Wat valt op
- Het plan noemt de klantmanager **'regisseur'**, maar zegt niet wat die regie inhoudt als wijkteam en schuldhulp ook betrokken zijn.
- Doelen zijn vooral in aantallen gesteld (uitstroom, re-integratietrajecten); over de ervaring van inwoners staat er weinig.
- Er is een maatwerkbudget van 150.000 euro per jaar; het plan zegt niet wie erover beslist.

## Vragen voor de gesprekken
- Herkennen klantmanagers de rol van regisseur?
- Wordt het maatwerkbudget gebruikt, en zo niet: waarom niet?
""",
        [
            (
                "Het beleidsplan kiest uitdrukkelijk voor bestaanszekerheid boven snelle uitstroom.",
                K,
                ["burger", "duidelijkheid"],
                [0],
            ),
            (
                "Wie over het maatwerkbudget beslist, is op papier niet geregeld.",
                A,
                ["rugdekking", "duidelijkheid"],
                [0],
            ),
        ],
        [],
    ),
    (
        GesprekSoort.DOCUMENTSTUDIE,
        "Kerncijfers uitkeringen en schuldhulp 2025",
        -11,
        13,
        "",
        [],
        """# Documentstudie: Kerncijfers uitkeringen en schuldhulp 2025

## Wat valt op
- Het aantal bijstandshuishoudens is twee jaar stabiel; de wachttijd voor een eerste gesprek bij schuldhulp is opgelopen van 2 naar 5 weken.
- Verloop onder klantmanagers: 18% in één jaar.
- Geen cijfers over hoe vaak een huishouden met meerdere loketten te maken heeft.

## Relatie met de kernvragen
- Kernvraag 2: de cijfers laten niet zien of samenwerking rond één huishouden lukt.
""",
        [
            (
                "Het hoge verloop onder klantmanagers (18%) drukt op de continuïteit voor inwoners.",
                A,
                ["duurzaamheid", "professional"],
                [2],
            ),
        ],
        [],
    ),
    (
        GesprekSoort.INTERVIEW,
        "Interview teamleider Werk en Inkomen",
        -9,
        10,
        "Stadskantoor, kamer 3.12",
        [("Teamleider Werk en Inkomen", "", True)],
        """# Interview: teamleider Werk en Inkomen

## Opening
- Werkt hier zes jaar, sinds twee jaar teamleider van 14 klantmanagers.
- Trots op de casustafel die het team zelf is begonnen: elke dinsdag een uur, iedereen mag een casus inbrengen.

## Aandacht voor de uitvoering
- Loopt één ochtend per week mee met het team aan de balie. 'Dan zie je waar het wringt.'
- Signalen gaan via het MT naar beleid, maar terugkoppeling blijft vaak uit.

## Rugdekking
- Bij afwijken van de standaard tekent zij mee; klantmanagers weten dat en durven daardoor meer.
- Zelf voelt zij zich minder gesteund door de directie als er een klacht of raadsvraag komt.

## Afsluiting
- Waar staan we: 'Een team dat wil, in een organisatie die nog zoekt.'
- Citaat mag met functie gebruikt worden.
""",
        [
            (
                "De wekelijkse casustafel is door het team zelf opgezet en wordt goed bezocht.",
                K,
                ["professional", "samenwerken"],
                [0],
            ),
            (
                "Klantmanagers durven af te wijken omdat hun teamleider meetekent.",
                K,
                ["rugdekking", "professional"],
                [0],
            ),
            (
                "Signalen uit de uitvoering bereiken beleid, maar er komt zelden iets terug.",
                A,
                ["aandacht-uitvoering", "politiek-bestuur"],
                [2],
            ),
        ],
        [
            (
                "Een team dat wil, in een organisatie die nog zoekt.",
                "teamleider Werk en Inkomen",
                G,
                FUNCTIE,
                ["duurzaamheid"],
            ),
        ],
    ),
    (
        GesprekSoort.INTERVIEW,
        "Interview directeur Sociaal Domein",
        -8,
        14,
        "Stadskantoor, directiekamer",
        [("Directeur Sociaal Domein", "", True)],
        """# Interview: directeur Sociaal Domein

## Duidelijkheid
- Koers: 'één huishouden, één plan'. Herkent dat het in de praktijk nog drie plannen zijn.
- Heeft vorig jaar de managementrapportage teruggebracht van 40 naar 12 indicatoren.

## Politiek en bestuur
- Wekelijks overleg met de wethouder; de raad vraagt vooral naar kosten en incidenten.
- Na een krantenbericht over een terugvordering kwam er een extra controlestap; die is nooit meer weggehaald.

## Dilemma
- Wil klantmanagers meer ruimte geven, maar is bang voor ongelijke behandeling.
""",
        [
            (
                "De directie heeft de managementrapportage teruggebracht tot twaalf indicatoren.",
                K,
                ["duidelijkheid", "aandacht-uitvoering"],
                [2],
            ),
            (
                "Een extra controlestap na een incident is blijven staan, ook toen de aanleiding weg was.",
                A,
                ["balans", "politiek-bestuur"],
                [0],
            ),
            (
                "Meer ruimte voor maatwerk of gelijke behandeling: de directie worstelt met die afweging.",
                D,
                ["balans", "burger"],
                [0],
            ),
        ],
        [
            (
                "We zeggen één plan, maar de inwoner heeft er nog steeds drie.",
                "directeur",
                G,
                ANON,
                ["samenwerken"],
            ),
        ],
    ),
    (
        GesprekSoort.INTERVIEW,
        "Interview wethouder Werk en Inkomen",
        9,
        11,
        "Stadhuis",
        [("Wethouder Werk en Inkomen", "", False)],
        "",
        [],
        [],
    ),
    (
        GesprekSoort.GROEPSGESPREK,
        "Groepsgesprek klantmanagers",
        -6,
        13,
        "Werkplein, zaal De Brug",
        [
            ("Klantmanager", "", True),
            ("Klantmanager", "", True),
            ("Klantmanager", "", False),
            ("Jobcoach", "", True),
            ("Consulent inkomen", "", True),
        ],
        """# Groepsgesprek: klantmanagers

## Ronde 3: Wat gaat goed
- Korte lijnen met de jobcoaches; 'even binnenlopen' werkt.
- Nieuwe collega's krijgen een maatje voor drie maanden.

## Ronde 4: Waar lopen jullie tegenaan
- Caseload rond de 120; voor huisbezoeken is nauwelijks tijd.
- Het systeem vraagt bij elke wijziging dezelfde gegevens opnieuw.
- Eén deelnemer wil niet geciteerd worden (staat genoteerd).

## Ronde 5: Wat helpt, wat hindert
- Helpt: de casustafel, de teamleider die meetekent.
- Hindert: de extra controlestap bij bijzondere bijstand ('voelt als wantrouwen').

## Ronde 7: Waar staan we, waar willen we heen
- Nu: 'Goed bedoeld, te vol.' Over twee jaar: tijd voor de mensen achter het dossier.
""",
        [
            (
                "Nieuwe klantmanagers krijgen drie maanden een maatje; dat houdt mensen binnen.",
                K,
                ["professional", "duurzaamheid"],
                [],
            ),
            (
                "Met een caseload rond de 120 schiet het huisbezoek erbij in.",
                A,
                ["aandacht-uitvoering", "burger"],
                [0],
            ),
            (
                "De extra controle bij bijzondere bijstand wordt als wantrouwen ervaren.",
                A,
                ["balans", "rugdekking"],
                [0, 2],
            ),
        ],
        [
            (
                "Goed bedoeld, maar te vol.",
                "een klantmanager",
                G,
                ANON,
                ["aandacht-uitvoering"],
            ),
            (
                "Ik wil tijd voor de mens achter het dossier, niet voor het dossier.",
                "een klantmanager",
                V,
                ANON,
                ["burger", "professional"],
            ),
        ],
    ),
    (
        GesprekSoort.GROEPSGESPREK,
        "Groepsgesprek wijkteam en schuldhulp",
        -5,
        10,
        "Wijkcentrum De Horst",
        [
            ("Wijkteammedewerker", "", True),
            ("Wijkteammedewerker", "", True),
            ("Schuldhulpverlener", "", True),
            ("Klantmanager", "", True),
        ],
        """# Groepsgesprek: wijkteam en schuldhulp

## Wat gaat goed
- Schuldhulp en wijkteam zitten sinds dit jaar twee dagen per week samen in het wijkcentrum.
- Een gezamenlijk 'keukentafelgesprek' werkt goed als het lukt om alle partijen aan tafel te krijgen.

## Waar lopen jullie tegenaan
- Niemand weet wie de regie heeft als werk, schulden en jeugd samenkomen.
- Privacyregels: wijkteam mag niet zien wat Werk en Inkomen heeft vastgelegd, en andersom.

## Boodschap aan leiding en bestuur
- 'Maak één iemand verantwoordelijk, en geef die persoon mandaat.'
""",
        [
            (
                "Wijkteam en schuldhulp zitten twee dagen per week samen; dat versnelt het contact.",
                K,
                ["samenwerken"],
                [1],
            ),
            (
                "Bij samenloop van werk, schulden en jeugd is onduidelijk wie de regie heeft.",
                A,
                ["samenwerken", "duidelijkheid"],
                [1],
            ),
            (
                "Privacyregels beschermen de inwoner, maar maken samenwerken rond één huishouden lastig.",
                D,
                ["samenwerken", "balans"],
                [1],
            ),
        ],
        [
            (
                "Maak één iemand verantwoordelijk, en geef die persoon mandaat.",
                "een schuldhulpverlener",
                G,
                FUNCTIE,
                ["samenwerken", "rugdekking"],
            ),
            (
                "Soms bel ik drie collega's om één vraag van een moeder te beantwoorden.",
                "een wijkteammedewerker",
                W,
                ANON,
                ["samenwerken"],
            ),
        ],
    ),
    (
        GesprekSoort.GROEPSGESPREK,
        "Groepsgesprek teamleiders",
        12,
        14,
        "Stadskantoor",
        [("Teamleider", "", False), ("Teamleider", "", False)],
        "",
        [],
        [],
    ),
    (
        GesprekSoort.MEELOOPRONDE,
        "Meeloopronde Werkplein",
        -4,
        9,
        "Werkplein Spiegelstad",
        [("Klantmanager", "", True), ("Baliemedewerker", "", True)],
        """# Meeloopronde: Werkplein

## Wat zie je
- Drukke ochtend: 23 bezoekers in twee uur, vooral vragen over de verrekening van inkomsten.
- De klantmanager heeft drie schermen open en typt gegevens over van het ene systeem naar het andere.

## Wat zeggen mensen
- Inwoner tegen baliemedewerker: 'Fijn dat ik gewoon kon langskomen.'
- Klantmanager: 'Dit formulier vraagt alles wat we al weten.'

## Wat helpt
- Inloop zonder afspraak; de baliemedewerker kent veel vaste bezoekers bij naam.

## Wat hindert
- Dubbele invoer in twee systemen; wachttijd aan de telefoon loopt op tot 25 minuten.
""",
        [
            (
                "Inloop zonder afspraak maakt het Werkplein laagdrempelig.",
                K,
                ["burger"],
                [],
            ),
            (
                "Klantmanagers voeren dezelfde gegevens twee keer in, in verschillende systemen.",
                A,
                ["aandacht-uitvoering"],
                [2],
            ),
        ],
        [
            (
                "Dit formulier vraagt alles wat we al weten.",
                "een klantmanager",
                G,
                ANON,
                ["aandacht-uitvoering"],
            ),
        ],
    ),
    (
        GesprekSoort.MEELOOPRONDE,
        "Meeloopronde huisbezoeken",
        -3,
        10,
        "Wijk Noord",
        [("Klantmanager", "", True)],
        """# Meeloopronde: huisbezoeken

## Wat zie je
- Twee huisbezoeken. Bij het tweede blijkt een stapel ongeopende post; de klantmanager belt direct met schuldhulp.

## Wat zeggen mensen
- Inwoner: 'U bent de eerste die hier echt binnenkomt.'

## Wat helpt
- De klantmanager heeft het directe nummer van een schuldhulpverlener.

## Wat hindert
- Na afloop moet het bezoek in drie formulieren worden verantwoord.

## Vragen voor later
- Hoe vaak lukt een huisbezoek nog, gezien de caseload?
""",
        [
            (
                "Een huisbezoek brengt problemen aan het licht die aan de balie verborgen blijven.",
                K,
                ["burger", "aandacht-uitvoering"],
                [0, 1],
            ),
            (
                "Korte lijnen met schuldhulp hangen af van persoonlijke contacten, niet van afspraken.",
                D,
                ["samenwerken", "duurzaamheid"],
                [1],
            ),
        ],
        [
            (
                "U bent de eerste die hier echt binnenkomt.",
                "een inwoner",
                V,
                ANON,
                ["burger"],
            ),
        ],
    ),
    (
        GesprekSoort.MEELOOPRONDE,
        "Meeloopronde klantcontactcentrum",
        6,
        9,
        "Klantcontactcentrum",
        [("Medewerker klantcontact", "", False)],
        "",
        [],
        [],
    ),
]


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
            "privacy_akkoord_op": timezone.now() - timedelta(days=40),
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
    dag = timezone.localdate() + timedelta(days=dagen)
    return timezone.make_aware(datetime.combine(dag, time(uur, 0)))


def _kernvragen_bij(index, kernvragen) -> list:
    indexen = index if isinstance(index, list | tuple) else ([] if index is None else [index])
    return [kernvragen[i] for i in indexen if 0 <= i < len(kernvragen)]


def uit_demodata(spiegels: dict) -> dict:
    """Load ``spiegel.demodata.VELDWERK`` into the given Spiegels (``{organisation name: Spiegel}``;
    the name picks the content). Idempotent per session title; the other demo loaders use it too."""
    try:
        from spiegel.demodata import AANVRAGEN, VELDWERK
    except ImportError:
        return {}
    start_dagen = {a["organisatie"]: a.get("veldwerk_gestart_dagen_geleden") for a in AANVRAGEN}
    bouwstenen = {b.slug: b for b in Bouwsteen.objects.all()}
    geladen = {}
    for organisatie, sessies in VELDWERK.items():
        spiegel = spiegels.get(organisatie)
        if spiegel is None:
            continue
        geladen[organisatie] = spiegel
        team = list(spiegel.team.order_by("pk"))
        services.sjablonen_kopieren(spiegel=spiegel)
        kernvragen = list(spiegel.kernvragen.order_by("volgorde", "pk"))
        start = timezone.localdate() - timedelta(days=start_dagen.get(organisatie) or 0)
        for i, sessie in enumerate(sessies):
            if Gesprek.objects.filter(spiegel=spiegel, titel=sessie["titel"]).exists():
                continue
            auteur = team[i % len(team)] if team else None
            uur, minuut = (int(x) for x in sessie.get("tijd", "10:00").split(":"))
            begin = timezone.make_aware(
                datetime.combine(
                    start + timedelta(days=sessie["dagen_na_start"]), time(uur, minuut)
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
    return geladen


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

    for i, (
        soort,
        titel,
        dagen,
        uur,
        plaats,
        deelnemers,
        notities,
        waarnemingen,
        citaten,
    ) in enumerate(GESPREKKEN):
        if Gesprek.objects.filter(spiegel=spiegel, titel=titel).exists():
            continue
        auteur = team[i % len(team)] if team else None
        gesprek = services.gesprek_opslaan(
            spiegel=spiegel,
            gegevens={
                "soort": soort,
                "titel": titel,
                "begin": _tijd(dagen, uur),
                "einde": _tijd(dagen, uur) + timedelta(hours=1, minutes=30),
                "plaats": plaats,
            },
            teamleden=team if soort != GesprekSoort.DOCUMENTSTUDIE else team[:1],
            deelnemers=[
                {"rol": rol, "naam": naam, "toestemming_citeren": mag}
                for rol, naam, mag in deelnemers
            ],
        )
        if notities:
            aantekening = Aantekening.objects.get(gesprek=gesprek)
            services.aantekening_opslaan(
                gesprek=gesprek, tekst=notities, basis_versie=aantekening.versie, door=auteur
            )
        for tekst, w_soort, slugs, kv in waarnemingen:
            services.waarneming_vastleggen(
                spiegel=spiegel,
                gesprek=gesprek,
                tekst=tekst,
                soort=w_soort,
                bouwstenen=[bouwstenen[s] for s in slugs if s in bouwstenen],
                kernvragen=_kernvragen_voor(kernvragen, kv, teller := teller + 1),
                door=auteur,
            )
        for tekst, rol, toestemming, weergave, slugs in citaten:
            services.citaat_vastleggen(
                spiegel=spiegel,
                gesprek=gesprek,
                tekst=tekst,
                rol=rol,
                toestemming=toestemming,
                weergave=weergave,
                bouwstenen=[bouwstenen[s] for s in slugs if s in bouwstenen],
                door=auteur,
            )

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
