import factory
from django.utils import timezone

from spiegel.constants import OrganisatieSoort, Presentatievorm, Rol, Status
from spiegel.models import Aanvraag, Kernvraag, Organisatie, Spiegel, User


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    naam = factory.Sequence(lambda n: f"Gemeente Testdorp {n}")
    soort = OrganisatieSoort.GEMEENTE
    fictief = True


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"gebruiker{n}@example.nl")
    naam = factory.Sequence(lambda n: f"Gebruiker {n}")
    rol = Rol.TEAMLID
    password = factory.PostGenerationMethodCall("set_password", "een-lang-wachtwoord-123")

    class Params:
        contact = factory.Trait(
            rol=Rol.CONTACTPERSOON, organisatie=factory.SubFactory(OrganisatieFactory)
        )
        coordinator = factory.Trait(rol=Rol.COORDINATOR)
        beheerder = factory.Trait(rol=Rol.BEHEERDER, is_staff=True, is_superuser=True)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class AanvraagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Aanvraag

    referentie = factory.Sequence(lambda n: f"SP-2026-{n + 1:04d}")
    organisatie = factory.SubFactory(OrganisatieFactory)
    contact_naam = "Marieke Jansen"
    contact_functie = "Teamleider Werk en Inkomen"
    contact_email = factory.Sequence(lambda n: f"contact{n}@example.nl")
    contact_telefoon = "030 123 45 67"
    context = "We willen weten of onze dienstverlening aansluit bij wat inwoners nodig hebben."
    vragen = factory.LazyFunction(
        lambda: ["Hoe ervaren klantmanagers hun ruimte?", "Werken we goed samen?"]
    )
    presentatievormen = factory.LazyFunction(
        lambda: [Presentatievorm.RAPPORT, Presentatievorm.GROEP]
    )
    privacy_akkoord_op = factory.LazyFunction(timezone.now)
    status = Status.INGEDIEND


class SpiegelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spiegel
        skip_postgeneration_save = True

    aanvraag = factory.SubFactory(AanvraagFactory, status=Status.VELDWERK)
    organisatie = factory.SelfAttribute("aanvraag.organisatie")

    @factory.post_generation
    def team(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.team.add(*extracted)

    @factory.post_generation
    def met_kernvragen(obj, create, extracted, **kwargs):
        if create:
            for i, vraag in enumerate(obj.aanvraag.vragen):
                Kernvraag.objects.create(spiegel=obj, tekst=vraag, volgorde=i)


class KernvraagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kernvraag

    spiegel = factory.SubFactory(SpiegelFactory)
    tekst = factory.Sequence(lambda n: f"Kernvraag {n}?")
