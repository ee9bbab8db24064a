"""Fieldwork objects of Spiegel A for the permission matrix."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from gesprekken import services
from gesprekken.constants import GesprekSoort, WaarnemingSoort
from gesprekken.models import Document
from spiegel.models import Bouwsteen

KLEINE_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def referentiedata():
    """Browser tests flush the database after each test, data migrations included: put
    back the bouwstenen and default templates this world relies on."""
    from gesprekken.models import Sjabloon
    from gesprekken.sjablonen import als_markdown
    from spiegel.catalogus import BOUWSTENEN

    for b in BOUWSTENEN:
        Bouwsteen.objects.get_or_create(
            slug=b["slug"],
            defaults={
                "naam": b["naam"],
                "beschrijving": b["beschrijving"],
                "volgorde": b["volgorde"],
            },
        )
    for soort in GesprekSoort.values:
        Sjabloon.objects.get_or_create(
            spiegel=None,
            soort=soort,
            defaults={"titel": GesprekSoort(soort).label, "inhoud": als_markdown(soort)},
        )


def extend(world):
    referentiedata()
    teamlid = world.users["teamlid"]
    gesprek = services.gesprek_opslaan(
        spiegel=world.spiegel_a,
        gegevens={
            "soort": GesprekSoort.INTERVIEW,
            "titel": "Interview teamleider",
            "begin": timezone.now() + timedelta(days=3),
            "einde": None,
            "plaats": "Stadhuis",
        },
        teamleden=[teamlid],
        deelnemers=[{"rol": "Teamleider", "naam": "Geheime Naam", "toestemming_citeren": True}],
    )
    waarneming = services.waarneming_vastleggen(
        spiegel=world.spiegel_a,
        gesprek=gesprek,
        tekst="Korte lijnen met het wijkteam.",
        soort=WaarnemingSoort.KRACHT,
        bouwstenen=Bouwsteen.objects.all()[:1],
        kernvragen=[],
        door=teamlid,
    )
    citaat = services.citaat_vastleggen(
        spiegel=world.spiegel_a,
        gesprek=gesprek,
        tekst="We lossen het samen op.",
        rol="een teamleider",
        toestemming="gevraagd",
        weergave="anoniem",
        bouwstenen=[],
        door=teamlid,
    )
    # A second session whose notes have a kept version.
    groep = services.gesprek_opslaan(
        spiegel=world.spiegel_a,
        gegevens={
            "soort": GesprekSoort.GROEPSGESPREK,
            "titel": "Groepsgesprek consulenten",
            "begin": timezone.now() - timedelta(days=2),
            "einde": None,
            "plaats": "",
        },
        teamleden=[teamlid],
        deelnemers=[],
    )
    groep_notities = services.aantekening_opslaan(
        gesprek=groep, tekst="Ronde 1: iedereen is trots op het team.", basis_versie=0, door=teamlid
    )
    services.sjablonen_kopieren(spiegel=world.spiegel_a)
    document = Document.objects.create(
        aanvraag=world.aanvraag_a,
        titel="Beleidsnota werk",
        bestand=ContentFile(KLEINE_PDF, name="nota.pdf"),
        mime_type="application/pdf",
        grootte=len(KLEINE_PDF),
        geupload_door=world.users["contact_a"],
        van_contact=True,
    )
    params = world.extra.setdefault("params", {})
    params["gesprek_pk"] = gesprek.pk
    params["waarneming_pk"] = waarneming.pk
    params["citaat_pk"] = citaat.pk
    params["versie_pk"] = groep_notities.versies.get().pk
    params["sjabloon_pk"] = world.spiegel_a.sjablonen.first().pk
    params["document_pk"] = document.pk
    world.extra["gesprek_a"] = gesprek
    return world
