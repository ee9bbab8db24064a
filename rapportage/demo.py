"""Demo data of the schets: a schets in each state, moved through the real services so
timeline, versions and statuses are as in real use.

The schetsen of the shared demo content (`rapportage/demodata.yaml` schetsen) go on the Spiegels
of those organisations (made by the intake demo when it ran first, or here): Gemeente
Spiegelstad gets the concept with deliberate flaws (judging language, a participant's name,
a quote without consent) so the checks show something; Gemeente Lindenhoek is in wederhoor
with the contact's remarks open; Gemeente Brugwaarde and Waterlinde are definitief on a
finished Spiegel (the PDF demo renders Brugwaarde). Two more Spiegels show the review and
approved states. Fieldwork (sessions, observations, quotes) comes from `gesprekken.demo`
when the Spiegel has none yet. Idempotent: a Spiegel that has a schets is left alone.

Returns `{"schets_definitief": schets, "schetsen": {status: schets}}`.
"""

import logging
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from rapportage import demodata, services
from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.markdown import REFERENCE_RE
from rapportage.models import Schets, SchetsVersie, Sectie
from spiegel import demodata as intake_demodata
from spiegel.constants import Rol, Status
from spiegel.demotijd import tot_nu, verspreid, werktijd
from spiegel.taal import bericht

# What the demo is made of, for `demo_klaarzetten`'s fingerprint.
DEMO_BESTANDEN = [demodata.BESTAND, demodata.__file__]

logger = logging.getLogger(__name__)

TEAMS = {
    "Gemeente Spiegelstad": ["sanne", "lotte"],
    "Gemeente Lindenhoek": ["joris", "lotte"],
    "Gemeente Brugwaarde": ["sanne", "joris"],
    "Gemeente Waterlinde": ["lotte", "sanne"],
    "Gemeente Dijkhoven": ["joris", "sanne"],
    "Gemeente Oeverwijk": ["lotte", "joris"],
}
DOEL = {  # the state each demo schets is brought to
    "Gemeente Spiegelstad": SchetsStatus.CONCEPT,
    "Gemeente Lindenhoek": SchetsStatus.WEDERHOOR,
    "Gemeente Brugwaarde": SchetsStatus.DEFINITIEF,
    "Gemeente Waterlinde": SchetsStatus.DEFINITIEF,
    "Gemeente Dijkhoven": SchetsStatus.REVIEW,
    "Gemeente Oeverwijk": SchetsStatus.GOEDGEKEURD,
}
# Review and approved have no content of their own in demodata: they borrow a clean draft.
LEEN = {"Gemeente Dijkhoven": "Gemeente Brugwaarde", "Gemeente Oeverwijk": "Gemeente Waterlinde"}
_REFERENTIES = {
    "Gemeente Spiegelstad": "SP-2026-0911",
    "Gemeente Lindenhoek": "SP-2026-0912",
    "Gemeente Brugwaarde": "SP-2025-0090",
    "Gemeente Waterlinde": "SP-2025-0913",
    "Gemeente Dijkhoven": "SP-2026-0914",
    "Gemeente Oeverwijk": "SP-2026-0915",
}


def _aanvraag_data(naam: str) -> dict:
    bron = LEEN.get(naam, naam)
    data = next(a for a in intake_demodata.AANVRAGEN if a["organisatie"] == bron)
    return _eigen(naam, data)


def _eigen(naam: str, tekst):
    """Borrowed demo text with the borrowing municipality's name in it, so that a schets of
    Oeverwijk does not speak of Waterlinde."""
    bron = LEEN.get(naam)
    if isinstance(tekst, dict):
        return {k: _eigen(naam, v) for k, v in tekst.items()}
    if isinstance(tekst, list):
        return [_eigen(naam, v) for v in tekst]
    if not bron or not isinstance(tekst, str):
        return tekst
    oud, nieuw = bron.removeprefix("Gemeente "), naam.removeprefix("Gemeente ")
    return tekst.replace(oud, nieuw).replace(oud.lower(), nieuw.lower())


def _spiegel(naam: str, team: list):
    """The organisation's demo Spiegel: the intake demo's, or one made here."""
    from spiegel.constants import OrganisatieSoort
    from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Organisatie, Spiegel

    bestaand = Spiegel.objects.filter(organisatie__naam=naam).order_by("pk").first()
    if bestaand is not None:
        return bestaand
    data = _aanvraag_data(naam)
    organisatie, _ = Organisatie.objects.get_or_create(
        naam=naam, defaults={"soort": OrganisatieSoort.GEMEENTE, "fictief": True}
    )
    contact = organisatie.contactpersonen.filter(rol=Rol.CONTACTPERSOON).first()
    aanvraag, nieuw = Aanvraag.objects.get_or_create(
        referentie=_REFERENTIES[naam],
        defaults={
            "organisatie": organisatie,
            "status": Status.VELDWERK,
            "contact_naam": contact.naam if contact else data["contact"]["naam"],
            "contact_functie": contact.functie if contact else data["contact"]["functie"],
            "contact_email": contact.email if contact else data["contact"]["email"],
            "contact_telefoon": data["contact"]["telefoon"],
            "contactpersoon": contact,
            "context": data["context"],
            "vragen": data["vragen"],
            "delen": data.get("delen", ""),
            "gesprekspartners": data.get("gesprekspartners", ""),
            "presentatievormen": data["presentatievormen"],
            "periode": data.get("periode", ""),
            "intakeverslag": data.get("intakeverslag", ""),
            "privacy_akkoord_op": werktijd(
                timezone.now() - timedelta(days=data["ingediend_dagen_geleden"])
            ),
        },
    )
    aanvraag.bouwstenen.set(Bouwsteen.objects.filter(slug__in=data["bouwstenen"]))
    if nieuw:
        _tijdlijn_tot_veldwerk(aanvraag, data)
    spiegel = Spiegel.objects.create(aanvraag=aanvraag, organisatie=organisatie)
    spiegel.team.set(team)
    for i, vraag in enumerate(data["vragen"]):
        Kernvraag.objects.create(spiegel=spiegel, tekst=vraag, volgorde=i)
    return spiegel


def _tijdlijn_tot_veldwerk(aanvraag, data: dict) -> None:
    """The back-dated steps from submission to fieldwork of a request made here, in
    working hours and around the fieldwork's start day, as the intake demo writes them for
    its own requests."""
    from spiegel.demo import momenten
    from spiegel.models import Aanvraag, Gebeurtenis
    from spiegel.services import TEKST_VOOR_CONTACT

    dagen = data["ingediend_dagen_geleden"]
    ingediend = timezone.now() - timedelta(days=dagen)
    pad = [Status.INTAKE, Status.GEACCEPTEERD, Status.VELDWERK]
    stap = timedelta(days=dagen) / (len(pad) + 1)
    tijden = momenten(ingediend, stap, pad, data.get("veldwerk_gestart_dagen_geleden"))
    for i, naar in enumerate([Status.INGEDIEND, *pad]):
        regel = Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            van_status=pad[i - 2] if i > 1 else (Status.INGEDIEND if i else ""),
            naar_status=naar,
            tekst=f"Status gewijzigd naar ‘{Status(naar).label}’." if i else "Aanvraag ingediend.",
            tekst_contact=TEKST_VOOR_CONTACT[naar],
        )
        Gebeurtenis.objects.filter(pk=regel.pk).update(op=werktijd(tijden[i]))
    Aanvraag.objects.filter(pk=aanvraag.pk).update(ingediend_op=werktijd(ingediend))


def _veldwerk(spiegel, naam: str) -> tuple[list, list]:
    """The Spiegel's quotes and observations in demodata order (the N of [[citaat:N]]),
    loaded by the fieldwork demo from demodata VELDWERK when the Spiegel has none yet."""
    from gesprekken.demo import uit_demodata

    if not (spiegel.citaten.exists() or spiegel.waarnemingen.exists()):
        uit_demodata({LEEN.get(naam, naam): spiegel})
    return list(spiegel.citaten.order_by("pk")), list(spiegel.waarnemingen.order_by("pk"))


def _schrijven(schets, naam: str, auteur, citaten, waarnemingen) -> None:
    """Replace the template's sections by the demo text, as one new version."""
    kernvragen = list(schets.spiegel.kernvragen.order_by("volgorde", "pk"))

    def verwijzing(match):
        soort, n = match.group(1), int(match.group(2))
        lijst = citaten if soort == "citaat" else waarnemingen
        return f"[[{soort}:{lijst[n].pk}]]" if n < len(lijst) else ""

    Sectie.objects.filter(schets=schets).delete()
    for i, s in enumerate(demodata.SCHETSEN[LEEN.get(naam, naam)]):
        sectie = Sectie.objects.create(
            schets=schets,
            sleutel=f"{s['sleutel']}-{s['bouwsteen']}" if s.get("bouwsteen") else s["sleutel"],
            titel=_eigen(naam, s["titel"]),
            tekst=_eigen(naam, REFERENCE_RE.sub(verwijzing, s["tekst"])),
            volgorde=i,
        )
        sectie.kernvragen.set(
            [kernvragen[k] for k in s["kernvraag_indexen"] if k < len(kernvragen)]
        )
    services.versie_maken(
        schets=schets,
        door=auteur,
        toelichting=bericht(gettext_noop("Tekst van de schets geschreven")),
    )


def _laatste_gebeurtenis() -> int:
    from spiegel.models import Gebeurtenis

    return Gebeurtenis.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _tijdlijn_invoegen(spiegel, vanaf: int, fasen: dict) -> None:
    """The services above wrote their timeline entries at load time, after the intake demo's
    back-dated status changes. Put them where they happened: the schets steps between the
    move to ‘schets’ and the move to ‘wederhoor’, the wederhoor steps between that and
    ‘afgerond’, in working hours (spiegel.demotijd)."""
    from spiegel.models import Gebeurtenis

    regels = spiegel.aanvraag.gebeurtenissen
    oud = {g.naar_status: g.op for g in regels.filter(pk__lte=vanaf).exclude(naar_status="")}
    nieuw = list(regels.filter(pk__gt=vanaf).order_by("pk"))
    grens = fasen.get("wederhoor") or nieuw[-1].pk if nieuw else 0
    eind = tot_nu()
    begin_schets = (
        oud.get(Status.SCHETS)
        or oud.get(Status.VELDWERK)
        or max(oud.values(), default=werktijd(eind - timedelta(days=21)))
    )
    begin_wederhoor = oud.get(Status.WEDERHOOR)
    eind_schets = begin_wederhoor or oud.get(Status.AFGEROND) or eind
    schets_fase = [g for g in nieuw if g.pk <= grens]
    wederhoor_fase = [g for g in nieuw if g.pk > grens]
    tijden = verspreid(begin_schets, eind_schets, len(schets_fase))
    begin_w = begin_wederhoor or (tijden[-1] if tijden else begin_schets)
    tijden += verspreid(begin_w, oud.get(Status.AFGEROND) or eind, len(wederhoor_fase))
    for g, op in zip(schets_fase + wederhoor_fase, tijden, strict=True):
        Gebeurtenis.objects.filter(pk=g.pk).update(op=op)


def _versies_dateren(spiegel, schets, vanaf: int) -> None:
    """The versions where the timeline puts the writing, from "De schets is gestart." up to
    the next step, rather than at load time."""
    tijden = list(
        spiegel.aanvraag.gebeurtenissen.filter(pk__gt=vanaf)
        .order_by("op", "pk")
        .values_list("op", flat=True)
    )
    if not tijden:
        return
    versies = list(schets.versies.order_by("nummer").values_list("pk", flat=True))
    eind = tijden[1] if len(tijden) > 1 else tot_nu()
    momenten = [tijden[0], *verspreid(tijden[0], eind, len(versies) - 1)]
    for pk, op in zip(versies, momenten, strict=True):
        SchetsVersie.objects.filter(pk=pk).update(op=op)


def _naar_status(schets, doel, team, naam, fasen):
    from rapportage.models import Opmerking

    auteur, reviewer = team[0], team[-1]
    spiegel = schets.spiegel
    if doel == SchetsStatus.CONCEPT:
        return schets
    schets = services.schets_indienen(schets=schets, door=auteur)
    if doel == SchetsStatus.REVIEW:
        return schets
    schets = services.schets_beoordelen(schets=schets, door=reviewer, goedkeuren=True)
    if doel == SchetsStatus.GOEDGEKEURD:
        return schets
    fasen["wederhoor"] = _laatste_gebeurtenis()
    schets = services.wederhoor_starten(schets=schets, door=reviewer)
    contact = spiegel.aanvraag.contactpersoon or reviewer
    opmerkingen = demodata.WEDERHOOR_OPMERKINGEN.get(naam) or [
        {"sectie_sleutel": "werkwijze", "tekst": "We spraken ook met de wethouder; vermeld dat."}
    ]
    for o in opmerkingen:
        sectie = (
            schets.secties.filter(sleutel__startswith=o["sectie_sleutel"])
            .order_by("volgorde")
            .first()
        )
        if sectie is not None:
            services.opmerking_plaatsen(sectie=sectie, door=contact, tekst=o["tekst"])
    if doel == SchetsStatus.WEDERHOOR:
        return schets
    for opmerking in Opmerking.objects.filter(sectie__schets=schets).order_by("pk"):
        services.opmerking_afhandelen(
            opmerking=opmerking,
            door=auteur,
            status=OpmerkingStatus.OVERGENOMEN,
            antwoord="Dank u; we hebben de tekst aangepast.",
        )
    return services.schets_definitief_maken(schets=schets, door=auteur)


@transaction.atomic
def laden(context=None) -> dict:
    from spiegel.models import User

    users = {u.email.split("@")[0]: u for u in User.objects.filter(rol=Rol.TEAMLID)}
    if not {"sanne", "joris", "lotte"} <= users.keys():
        return {}
    schetsen = {}
    for naam, doel in DOEL.items():
        team = [users[n] for n in TEAMS[naam]]
        spiegel = _spiegel(naam, team)
        if spiegel.team.count() < 2:
            spiegel.team.add(*team)
        team = list(spiegel.team.order_by("pk"))[:2]
        bestaand = Schets.objects.filter(spiegel=spiegel).first()
        if bestaand is not None:
            schetsen.setdefault(bestaand.status, bestaand)
            continue
        citaten, waarnemingen = _veldwerk(spiegel, naam)
        vanaf, fasen = _laatste_gebeurtenis(), {}
        schets = services.schets_starten(spiegel=spiegel, door=team[0])
        _schrijven(schets, naam, team[0], citaten, waarnemingen)
        try:
            schets = _naar_status(schets, doel, team, naam, fasen)
        except ValidationError as exc:  # demo content that a check refuses: say so, go on
            logger.warning("Demo schets %s blijft %s: %s", naam, schets.status, exc.messages)
        _tijdlijn_invoegen(spiegel, vanaf, fasen)
        _versies_dateren(spiegel, schets, vanaf)
        schets.refresh_from_db()
        schetsen.setdefault(schets.status, schets)
    result = {"schetsen": schetsen}
    brugwaarde = Schets.objects.filter(
        spiegel__organisatie__naam="Gemeente Brugwaarde", status=SchetsStatus.DEFINITIEF
    ).first()
    definitief = brugwaarde or schetsen.get(SchetsStatus.DEFINITIEF)
    if definitief is not None:
        result["schets_definitief"] = definitief
    return result
