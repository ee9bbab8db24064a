"""Demo data of the schets: one schets in each state (concept, review, goedgekeurd,
wederhoor, definitief), each on a Spiegel of a fictional organisation, moved through the
real services so timeline, versions and statuses are as in real use. The concept shows a
few tone findings and an unanswered kernvraag. Idempotent: a Spiegel that already has a
schets is left alone.

Returns `{"schets_definitief": schets, "schetsen": {status: schets}}`; the definitief one
sits on a finished (afgerond) Spiegel, for the PDF demo that runs next.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from rapportage import services
from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.models import Schets
from spiegel.constants import Presentatievorm, Rol, Status

KERNVRAGEN = [
    "Hoe ervaren klantmanagers de ruimte om maatwerk te leveren?",
    "Hoe verloopt de samenwerking tussen Werk en Inkomen en de wijkteams?",
    "Weten inwoners met schulden de weg naar hulp te vinden?",
]

GESPREKKEN = [
    # soort, titel, dagen geleden, [(rol, naam)]
    ("interview", "Interview teamleider Werk en Inkomen", 40, [("Teamleider", "Wim Hendriks")]),
    (
        "groepsgesprek",
        "Groepsgesprek klantmanagers",
        38,
        [("Klantmanager", "Priya Ramdin"), ("Klantmanager", "Koen Aalders")],
    ),
    ("meeloopronde", "Meeloopronde wijkteam Noord", 35, [("Wijkcoach", "")]),
    ("documentstudie", "Beleidsplan sociaal domein", 30, []),
]

WAARNEMINGEN = [
    ("kracht", "Klantmanagers en wijkcoaches kennen elkaar bij naam en bellen elkaar snel."),
    ("kracht", "Het team neemt zelf initiatief om inwoners thuis te bezoeken."),
    ("aandachtspunt", "De overdracht van jongeren die achttien worden loopt via drie loketten."),
    ("dilemma", "Maatwerk vraagt ruimte, terwijl de werkinstructies strak zijn opgesteld."),
]

CITATEN = [
    # tekst, rol, toestemming, weergave
    (
        "Als ik iemand echt wil helpen, bel ik gewoon de wijkcoach. Dat werkt.",
        "een klantmanager",
        "gegeven",
        "functie",
    ),
    (
        "Soms weet ik niet of ik mag afwijken van de regel, dus doe ik het maar niet.",
        "een medewerker",
        "gegeven",
        "anoniem",
    ),
    ("Dit wil ik liever niet terugzien in een rapport.", "een teamleider", "geweigerd", "anoniem"),
]


def _teksten(w, c) -> dict[str, str]:
    """Section texts referring to observations w[i] and quotes c[i] by reference."""
    return {
        "werkwijze": (
            "We voerden interviews en een groepsgesprek, liepen een dag mee met een wijkteam en "
            "lazen het beleidsplan. We spraken met teamleiders, klantmanagers en wijkcoaches."
        ),
        "krachten": (
            "De korte lijnen vallen op. "
            f"\n\n[[waarneming:{w[0]}]]\n\n[[citaat:{c[0]}:functie]]\n\n"
            f"Ook zagen we eigen initiatief in de teams.\n\n[[waarneming:{w[1]}]]"
        ),
        "vragen": (
            "Hoe houden jullie de ruimte voor maatwerk vast als de druk toeneemt?\n\n"
            f"[[waarneming:{w[3]}]]\n\n[[citaat:{c[1]}:anoniem]]"
        ),
        "tot-slot": (
            "De basis staat: mensen kennen elkaar en zoeken elkaar op. De vraag is hoe jullie "
            "die kracht vasthouden en uitbouwen naar de overgang van jeugd naar volwassenheid."
        ),
    }


TOON_VOORBEELD = (
    "De overdracht van jongeren is slecht geregeld en de gemeente moet dit snel oplossen. "
    "Inwoners krijgen nooit een vaste contactpersoon."
)

# status, organisation, contact email, team emails (author first), referentie
PLAN = [
    (SchetsStatus.CONCEPT, "Gemeente Zeedorp", "", ["lotte", "joris"], "SP-2026-0901"),
    (SchetsStatus.REVIEW, "Gemeente Dijkhoven", "", ["joris", "sanne"], "SP-2026-0902"),
    (SchetsStatus.GOEDGEKEURD, "Gemeente Oeverwijk", "", ["sanne", "lotte"], "SP-2026-0903"),
    (
        SchetsStatus.WEDERHOOR,
        "Gemeente Spiegelstad",
        "contact@spiegelstad.example",
        ["sanne", "joris"],
        "SP-2026-0904",
    ),
    (
        SchetsStatus.DEFINITIEF,
        "Werkbedrijf Rivierland",
        "contact@rivierland.example",
        ["joris", "sanne"],
        "SP-2026-0905",
    ),
]


def _spiegel(referentie, organisatie, contact, team):
    from gesprekken.models import Citaat, Deelnemer, Gesprek, Waarneming
    from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Spiegel

    aanvraag, created = Aanvraag.objects.get_or_create(
        referentie=referentie,
        defaults={
            "organisatie": organisatie,
            "status": Status.VELDWERK,
            "contact_naam": contact.naam if contact else "Contactpersoon",
            "contact_functie": contact.functie if contact else "Beleidsadviseur",
            "contact_email": contact.email if contact else "contact@voorbeeld.example",
            "contact_telefoon": "010 123 45 67",
            "contactpersoon": contact,
            "context": "We willen weten of onze uitvoering aansluit bij wat inwoners nodig hebben.",
            "vragen": KERNVRAGEN,
            "presentatievormen": [Presentatievorm.RAPPORT, Presentatievorm.GROEP],
            "privacy_akkoord_op": timezone.now() - timedelta(days=90),
        },
    )
    spiegel = Spiegel.objects.filter(aanvraag=aanvraag).first()
    if spiegel is not None:
        return spiegel
    bouwstenen = list(Bouwsteen.objects.filter(actief=True)[:2])
    aanvraag.bouwstenen.set(bouwstenen)
    spiegel = Spiegel.objects.create(aanvraag=aanvraag, organisatie=organisatie)
    spiegel.team.set(team)
    for i, vraag in enumerate(KERNVRAGEN):
        Kernvraag.objects.create(spiegel=spiegel, tekst=vraag, volgorde=i)
    for soort, titel, dagen, deelnemers in GESPREKKEN:
        gesprek = Gesprek.objects.create(
            spiegel=spiegel,
            soort=soort,
            titel=titel,
            begin=timezone.now() - timedelta(days=dagen),
        )
        gesprek.teamleden.set(team)
        for rol, naam in deelnemers:
            Deelnemer.objects.create(gesprek=gesprek, rol=rol, naam=naam, toestemming_citeren=True)
    for soort, tekst in WAARNEMINGEN:
        w = Waarneming.objects.create(spiegel=spiegel, soort=soort, tekst=tekst, door=team[0])
        w.bouwstenen.set(bouwstenen[:1])
    for tekst, rol, toestemming, weergave in CITATEN:
        Citaat.objects.create(
            spiegel=spiegel,
            tekst=tekst,
            rol=rol,
            toestemming=toestemming,
            weergave=weergave,
            door=team[0],
        )
    return spiegel


def _schrijven(schets, auteur, met_toon: bool, alles_beantwoord: bool = True):
    spiegel = schets.spiegel
    w = list(spiegel.waarnemingen.order_by("pk").values_list("pk", flat=True))
    c = list(spiegel.citaten.order_by("pk").values_list("pk", flat=True))
    teksten = _teksten(w, c)
    if met_toon:
        teksten["vragen"] = TOON_VOORBEELD + "\n\n" + teksten["vragen"]
    kernvragen = list(spiegel.kernvragen.order_by("volgorde"))
    antwoorden = {
        "krachten": kernvragen[:2],
        "vragen": kernvragen[1:2],
        "tot-slot": kernvragen[2:] if alles_beantwoord else [],
    }
    for sectie in schets.secties.order_by("volgorde"):
        if sectie.sleutel not in teksten:
            continue
        services.sectie_opslaan(
            sectie=sectie,
            door=auteur,
            tekst=teksten[sectie.sleutel],
            titel=sectie.titel,
            kernvragen=antwoorden.get(sectie.sleutel, []),
            basis=sectie.versie,
        )


@transaction.atomic
def laden(context=None) -> dict:
    from spiegel.models import Organisatie, User

    context = context or {}
    users = {u.email.split("@")[0]: u for u in User.objects.filter(rol=Rol.TEAMLID)}
    if not {"sanne", "joris", "lotte"} <= users.keys():
        return {}
    schetsen = {}
    for status, org_naam, contact_email, team_namen, referentie in PLAN:
        organisatie = Organisatie.objects.filter(naam=org_naam).first()
        if organisatie is None:
            continue
        contact = User.objects.filter(email=contact_email).first() if contact_email else None
        team = [users[n] for n in team_namen]
        spiegel = _spiegel(referentie, organisatie, contact, team)
        bestaand = Schets.objects.filter(spiegel=spiegel).first()
        if bestaand is not None:
            schetsen[status] = bestaand
            continue
        auteur, reviewer = team
        schets = services.schets_starten(spiegel=spiegel, door=auteur)
        _schrijven(
            schets,
            auteur,
            met_toon=status == SchetsStatus.CONCEPT,
            alles_beantwoord=status != SchetsStatus.CONCEPT,
        )
        if status != SchetsStatus.CONCEPT:
            schets = services.schets_indienen(schets=schets, door=auteur)
        if status not in (SchetsStatus.CONCEPT, SchetsStatus.REVIEW):
            schets = services.schets_beoordelen(schets=schets, door=reviewer, goedkeuren=True)
        if status in (SchetsStatus.WEDERHOOR, SchetsStatus.DEFINITIEF):
            schets = services.wederhoor_starten(schets=schets, door=reviewer)
            lezer = contact or reviewer
            sectie = schets.secties.get(sleutel="werkwijze")
            opmerking = services.opmerking_plaatsen(
                sectie=sectie,
                door=lezer,
                tekst="We hebben ook met twee beleidsadviseurs gesproken; die ontbreken hier.",
            )
            if status == SchetsStatus.DEFINITIEF:
                sectie.refresh_from_db()
                services.sectie_opslaan(
                    sectie=sectie,
                    door=auteur,
                    tekst=sectie.tekst + " Ook spraken we met twee beleidsadviseurs.",
                    titel=sectie.titel,
                    kernvragen=list(sectie.kernvragen.all()),
                    basis=sectie.versie,
                )
                services.opmerking_afhandelen(
                    opmerking=opmerking,
                    door=auteur,
                    status=OpmerkingStatus.OVERGENOMEN,
                    antwoord="Dank u, we hebben de werkwijze aangevuld.",
                )
                schets = services.schets_definitief_maken(schets=schets, door=auteur)
        schetsen[status] = schets
    result = {"schetsen": schetsen}
    if SchetsStatus.DEFINITIEF in schetsen:
        result["schets_definitief"] = schetsen[SchetsStatus.DEFINITIEF]
    return result
