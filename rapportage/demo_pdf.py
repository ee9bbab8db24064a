"""Demo data of the PDF: the finished Spiegel of Gemeente Brugwaarde with its three forms
rendered and the requested ones released.

When the fieldwork and schets demo loaders ran first, their Brugwaarde Spiegel is used;
otherwise a minimal one is built here from `rapportage/demodata.yaml`. Forms are rendered
synchronously by calling the task's function (not through the broker), and only when not yet
rendered for this (version, form, template): running the command twice renders nothing.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils.translation import gettext_noop

from rapportage import demodata, pdf_inhoud, pdf_services, pdf_voorbeelden
from rapportage.constants import RenderStatus, SchetsStatus
from rapportage.models import RenderJob, Schets, SchetsVersie, Sectie
from rapportage.services.schrijven import versie_toelichting
from spiegel import demodata as intake_demodata
from spiegel.demotijd import tot_nu, werktijd
from spiegel.taal import bericht

# What the demo is made of, for `demo_klaarzetten`'s fingerprint.
DEMO_BESTANDEN = [demodata.BESTAND, demodata.__file__]

ORGANISATIE = "Gemeente Brugwaarde"
TEAM = ["sanne@divosa.example", "joris@divosa.example"]


def _aanvraag_data() -> dict:
    return next(a for a in intake_demodata.AANVRAGEN if a["organisatie"] == ORGANISATIE)


def _spiegel_bouwen(users: dict):
    """A minimal finished Spiegel from the demo content (observations, quotes, schets)."""
    from spiegel.constants import OrganisatieSoort, Status
    from spiegel.models import Aanvraag, Kernvraag, Organisatie, Spiegel
    from spiegel.services import referentie_toekennen

    data = _aanvraag_data()
    organisatie, _ = Organisatie.objects.get_or_create(
        naam=ORGANISATIE, defaults={"soort": OrganisatieSoort.GEMEENTE, "fictief": True}
    )
    nu = tot_nu()
    aanvraag = Aanvraag.objects.create(
        referentie=referentie_toekennen(2025),
        status=Status.AFGEROND,
        organisatie=organisatie,
        contact_naam=data["contact"]["naam"],
        contact_functie=data["contact"]["functie"],
        contact_email=data["contact"]["email"],
        contact_telefoon=data["contact"]["telefoon"],
        context=data["context"],
        vragen=data["vragen"],
        delen=data.get("delen", ""),
        gesprekspartners=data.get("gesprekspartners", ""),
        presentatievormen=data["presentatievormen"],
        periode=data.get("periode", ""),
        intakeverslag=data.get("intakeverslag", ""),
        privacy_akkoord_op=werktijd(nu - timedelta(days=data["ingediend_dagen_geleden"])),
    )
    spiegel = Spiegel.objects.create(aanvraag=aanvraag, organisatie=organisatie, afgerond_op=nu)
    spiegel.team.add(*[users[e] for e in TEAM if e in users])
    for i, v in enumerate(data["vragen"]):
        Kernvraag.objects.create(spiegel=spiegel, tekst=v, volgorde=i)
    _inhoud_bouwen(spiegel, users)
    return spiegel


def _inhoud_bouwen(spiegel, users: dict) -> None:
    """Fieldwork and the definitief schets from the demo content, on a Spiegel that has
    neither yet (built here or by spiegel.demo's request journeys)."""
    from gesprekken.demo import uit_demodata

    kernvragen = list(spiegel.kernvragen.order_by("volgorde", "pk"))
    if not (spiegel.citaten.exists() or spiegel.waarnemingen.exists()):
        uit_demodata({ORGANISATIE: spiegel})
    citaten = list(spiegel.citaten.order_by("pk"))
    waarnemingen = list(spiegel.waarnemingen.order_by("pk"))

    def verwijzingen(tekst: str) -> str:
        def vervang(match):
            soort, n, vorm = match.group(1), int(match.group(2)), match.group(3)
            lijst = citaten if soort == "citaat" else waarnemingen
            achtervoegsel = f":{vorm}" if vorm else ""
            return f"[[{soort}:{lijst[n].pk}{achtervoegsel}]]" if n < len(lijst) else ""

        from rapportage.markdown import REFERENCE_VORM_RE

        return REFERENCE_VORM_RE.sub(vervang, tekst)

    schets = Schets.objects.create(spiegel=spiegel, status=SchetsStatus.DEFINITIEF, versie=1)
    secties = []
    for i, s in enumerate(demodata.SCHETSEN[ORGANISATIE]):
        kv = [kernvragen[k].pk for k in s["kernvraag_indexen"] if k < len(kernvragen)]
        tekst = verwijzingen(s["tekst"])
        sectie = Sectie.objects.create(
            schets=schets, sleutel=s["sleutel"], titel=s["titel"], volgorde=i, tekst=tekst
        )
        sectie.kernvragen.set(kv)
        secties.append(
            {"sleutel": s["sleutel"], "titel": s["titel"], "tekst": tekst, "kernvragen": kv}
        )
    SchetsVersie.objects.create(
        schets=schets,
        nummer=1,
        secties=secties,
        auteur=users.get(TEAM[0]),
        **versie_toelichting(bericht(gettext_noop("Definitieve versie na wederhoor."))),
    )


def laden(context: dict | None = None) -> dict:
    from spiegel.models import Spiegel

    users = (context or {}).get("users", {})
    with transaction.atomic():
        spiegel = (
            Spiegel.objects.filter(organisatie__naam=ORGANISATIE)
            .select_related("aanvraag", "organisatie")
            .order_by("pk")
            .first()
        )
        if spiegel is None:
            spiegel = _spiegel_bouwen(users)
        elif not Schets.objects.filter(spiegel=spiegel).exists():
            # spiegel.demo's finished journey: give it its fieldwork and report.
            if not spiegel.team.exists():
                spiegel.team.add(*[users[e] for e in TEAM if e in users])
            _inhoud_bouwen(spiegel, users)
        schets = Schets.objects.filter(spiegel=spiegel).first()
        versie = pdf_inhoud.definitieve_versie(schets)
        if versie is None:  # another loader made it but not (yet) definitief: nothing to show
            return {"pdf_spiegel": spiegel}
        jobs = [
            RenderJob.objects.get_or_create(
                schets=schets,
                schets_versie=versie.nummer,
                vorm=vorm,
                sjabloon_versie=pdf_inhoud.sjabloon_versie(),
                defaults={"aangevraagd_door": users.get(TEAM[0])},
            )[0]
            for vorm in pdf_inhoud.VORMEN
        ]
    for job in jobs:
        if job.status != RenderStatus.KLAAR:
            if job.status == RenderStatus.MISLUKT:
                RenderJob.objects.filter(pk=job.pk).update(status=RenderStatus.WACHTRIJ, pogingen=0)
            pdf_services.pdf_renderen(job.pk)  # the task's function, not through the broker
            pdf_voorbeelden.voorbeelden_maken(job.pk)  # the demo has no worker to ask
    gevraagd = pdf_inhoud.gevraagde_vormen(spiegel.aanvraag)
    RenderJob.objects.filter(
        pk__in=[j.pk for j in jobs],
        vorm__in=gevraagd,
        status=RenderStatus.KLAAR,
        vrijgegeven_op__isnull=True,
    ).update(vrijgegeven_op=spiegel.afgerond_op or tot_nu())  # released when it finished
    return {"pdf_spiegel": spiegel}
