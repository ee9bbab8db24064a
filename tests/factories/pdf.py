"""Factories for the PDF tests: a Spiegel with a definitief schets, observations and quotes.
The schets' `secties` use the agreed shape {"sleutel", "titel", "tekst", "kernvragen": [pk]}."""

import factory

from gesprekken.constants import Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import Citaat, Waarneming
from rapportage.constants import SchetsStatus
from rapportage.models import Schets, SchetsVersie
from spiegel.constants import Presentatievorm, Status
from spiegel.models import Bouwsteen

from .spiegel import AanvraagFactory, OrganisatieFactory, SpiegelFactory

QUOTE = "Hier mag je fouten maken, als je ze maar deelt met elkaar."
ALINEA = (
    "De klantmanagers kennen hun inwoners en nemen de tijd voor een huisbezoek wanneer dat "
    "nodig is. Zij voelen ruimte om af te wijken van de standaardaanpak, en de teamleiders "
    "geven die ruimte ook expliciet. Dat zagen we terug in de gesprekken en in de "
    "meeloopronde langs de arbeidsmarktregio en het samenwerkingsverband."
)


def catalogus_bouwstenen() -> list:
    """The bouwstenen (a transactional test's flush empties the migration's rows)."""
    from spiegel.catalogus import BOUWSTENEN

    for b in BOUWSTENEN:
        Bouwsteen.objects.get_or_create(
            slug=b["slug"],
            defaults={k: b[k] for k in ("naam", "beschrijving", "volgorde")},
        )
    return list(Bouwsteen.objects.order_by("volgorde", "naam"))


class SchetsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Schets

    spiegel = factory.SubFactory(SpiegelFactory)
    status = SchetsStatus.DEFINITIEF
    versie = 1


def definitieve_spiegel(
    *,
    team=(),
    organisatie=None,
    organisatie_naam="Gemeente Spiegelstad",
    alineas_per_sectie: int = 3,
    extra_secties: int = 0,
    presentatievormen=(Presentatievorm.RAPPORT, Presentatievorm.GROEP, Presentatievorm.GESPREK),
    tekst_extra: str = "",
    zonder_toestemming: bool = False,
):
    """(spiegel, schets, versie): a Spiegel in wederhoor with a definitief schets.

    `zonder_toestemming` also references a quote whose consent was refused (the privacy
    check then blocks asking for a PDF; the renderer must still leave it out)."""
    organisatie = organisatie or OrganisatieFactory(naam=organisatie_naam)
    aanvraag = AanvraagFactory(
        organisatie=organisatie,
        status=Status.WEDERHOOR,
        presentatievormen=list(presentatievormen),
        vragen=[
            "Hoe ervaren klantmanagers hun ruimte?",
            "Werken we goed samen met de partners?",
            "Wat is onze volgende stap?",
        ],
    )
    spiegel = SpiegelFactory(aanvraag=aanvraag, organisatie=organisatie, team=list(team))
    kernvragen = list(spiegel.kernvragen.all())
    bouwstenen = catalogus_bouwstenen()[:5]
    soorten = [WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT, WaarnemingSoort.DILEMMA]
    for i in range(12):
        w = Waarneming.objects.create(
            spiegel=spiegel, tekst=f"Waarneming {i}", soort=soorten[i % 3 if i % 4 else 0]
        )
        w.bouwstenen.add(bouwstenen[i % len(bouwstenen)])
    citaat = Citaat.objects.create(
        spiegel=spiegel,
        tekst=QUOTE,
        rol="een klantmanager",
        toestemming=Toestemming.GEGEVEN,
        weergave=Weergave.FUNCTIE,
    )
    tweede = Citaat.objects.create(
        spiegel=spiegel,
        tekst="We weten elkaar te vinden als het erop aankomt.",
        rol="een teamleider",
        toestemming=Toestemming.GEGEVEN,
        weergave=Weergave.ANONIEM,
    )
    zonder = Citaat.objects.create(
        spiegel=spiegel,
        tekst="Dit citaat mag nergens verschijnen.",
        rol="een beleidsadviseur",
        toestemming=Toestemming.GEWEIGERD,
    )
    alineas = "\n\n".join([ALINEA] * alineas_per_sectie)
    secties = [
        ("aanleiding", "Aanleiding en vragen", [0, 1, 2]),
        ("werkwijze", "Werkwijze", []),
        ("krachten", "Wat we zagen: krachten en steunpilaren", [0]),
        ("duiding", "Duiding: samenwerken", [1]),
        ("vragen", "Vragen om bij stil te staan", [2]),
        ("tot-slot", "Tot slot: waar staan jullie, waar willen jullie naartoe", []),
    ]
    secties += [("duiding", f"Duiding: extra onderwerp {n + 1}", [1]) for n in range(extra_secties)]
    data = []
    for i, (sleutel, titel, kv) in enumerate(secties):
        tekst = alineas
        if sleutel == "krachten":
            tekst += f"\n\n[[citaat:{citaat.pk}]]\n\n{ALINEA}"
            if zonder_toestemming:
                tekst += f"\n\n[[citaat:{zonder.pk}]]"
        if sleutel == "duiding" and i == 3:
            tekst += f"\n\n[[citaat:{tweede.pk}]]"
        if sleutel == "vragen":
            tekst = (
                "Wat zouden jullie vasthouden?\n\n- Hoe houden we de ruimte?\n- Wie pakt de regie?"
            )
        if tekst_extra and sleutel == "werkwijze":
            tekst += "\n\n" + tekst_extra
        data.append(
            {
                "sleutel": sleutel,
                "titel": titel,
                "tekst": tekst,
                "kernvragen": [kernvragen[k].pk for k in kv],
            }
        )
    schets = SchetsFactory(spiegel=spiegel)
    versie = SchetsVersie.objects.create(schets=schets, nummer=1, secties=data)
    return spiegel, schets, versie
