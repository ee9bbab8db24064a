"""Factories for the schets: a schets started from the template and moved through its states
by the real services, and the fieldwork objects a schets refers to."""

import factory
from django.utils import timezone

from gesprekken.constants import GesprekSoort, Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import Citaat, Deelnemer, Gesprek, Waarneming
from rapportage.constants import SchetsStatus
from rapportage.models import Opmerking, Schets, Sectie, ToonRegel
from spiegel.constants import Status
from tests.factories.spiegel import SpiegelFactory, UserFactory


class GesprekFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gesprek

    spiegel = factory.SubFactory(SpiegelFactory)
    soort = GesprekSoort.INTERVIEW
    titel = factory.Sequence(lambda n: f"Interview {n}")
    begin = factory.LazyFunction(timezone.now)


class DeelnemerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deelnemer

    gesprek = factory.SubFactory(GesprekFactory)
    rol = "Klantmanager"
    naam = ""


class CitaatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Citaat

    spiegel = factory.SubFactory(SpiegelFactory)
    tekst = factory.Sequence(lambda n: f"We hebben hier echt ruimte om te doen wat nodig is ({n}).")
    rol = "een klantmanager"
    toestemming = Toestemming.GEGEVEN
    weergave = Weergave.ANONIEM

    class Params:
        met_functie = factory.Trait(weergave=Weergave.FUNCTIE)
        zonder_toestemming = factory.Trait(toestemming=Toestemming.GEVRAAGD)


class WaarnemingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Waarneming

    spiegel = factory.SubFactory(SpiegelFactory)
    tekst = factory.Sequence(
        lambda n: f"Klantmanagers overleggen wekelijks met de wijkteams ({n})."
    )
    soort = WaarnemingSoort.KRACHT


class SchetsFactory(factory.django.DjangoModelFactory):
    """A bare schets row; use `schets_gestart` for one made from the template."""

    class Meta:
        model = Schets

    spiegel = factory.SubFactory(SpiegelFactory)


class SectieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sectie

    schets = factory.SubFactory(SchetsFactory)
    titel = factory.Sequence(lambda n: f"Sectie {n}")
    sleutel = factory.Sequence(lambda n: f"sectie-{n}")
    volgorde = factory.Sequence(lambda n: n)


class OpmerkingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opmerking

    sectie = factory.SubFactory(SectieFactory)
    tekst = "Het aantal klantmanagers is twaalf, niet tien."


class ToonRegelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ToonRegel

    patroon = factory.Sequence(lambda n: f"knudde{n}")
    soort = "oordeel"
    suggestie = "Beschrijf wat u zag."


def schets_gestart(spiegel=None, *, door=None, team=None):
    """A schets started from the template by a team member, every kernvraag answered by the
    first section, so it can go to review."""
    from rapportage import services

    if spiegel is None:
        team = team or [UserFactory(), UserFactory()]
        spiegel = SpiegelFactory(team=team)
    door = door or spiegel.team.first()
    schets = services.schets_starten(spiegel=spiegel, door=door)
    eerste = schets.secties.order_by("volgorde").first()
    eerste.kernvragen.set(spiegel.kernvragen.all())
    return schets


def schets_in_status(status, spiegel=None, *, team=None):
    """A schets brought to `status` through the real services (review by the second team
    member), so timeline, versions and the request's status are as in real use."""
    from rapportage import services

    if spiegel is None:
        team = team or [UserFactory(), UserFactory()]
        spiegel = SpiegelFactory(team=team, aanvraag__status=Status.VELDWERK)
    leden = list(spiegel.team.order_by("pk"))
    auteur, reviewer = leden[0], leden[-1]
    schets = schets_gestart(spiegel, door=auteur)
    if status == SchetsStatus.CONCEPT:
        return schets
    schets = services.schets_indienen(schets=schets, door=auteur)
    if status == SchetsStatus.REVIEW:
        return schets
    schets = services.schets_beoordelen(schets=schets, door=reviewer, goedkeuren=True)
    if status == SchetsStatus.GOEDGEKEURD:
        return schets
    schets = services.wederhoor_starten(schets=schets, door=reviewer)
    if status == SchetsStatus.WEDERHOOR:
        return schets
    return services.schets_definitief_maken(schets=schets, door=reviewer)
