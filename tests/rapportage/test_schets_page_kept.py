"""The schets page reads through queries compiled once per process and keeps its privacy and
method findings per process (issue 17, branch w17k): each user still gets only their own
team's schets, remarks still sit under their own section, a follow-up still shows (and
audits) the earlier Spiegel's evidence, and every change after a view shows on the next."""

import pytest
from django.urls import reverse

from gesprekken.constants import Toestemming, WaarnemingSoort
from rapportage.constants import OpmerkingStatus, SchetsStatus
from spiegel.constants import AuditActie, Rol
from spiegel.models import AuditRegel
from tests.factories.rapportage import (
    CitaatFactory,
    DeelnemerFactory,
    GesprekFactory,
    OpmerkingFactory,
    WaarnemingFactory,
    schets_gestart,
    schets_in_status,
)
from tests.factories.spiegel import SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db


def url(schets):
    return reverse("rapportage:schets", args=[schets.spiegel.pk])


def _kop(schets) -> str:
    return f"<h1>Schets: {schets.spiegel.organisatie.naam}</h1>"


def _sectie_html(html, sectie) -> str:
    return html.split(f'id="sectie-{sectie.pk}"')[1].split('<section class="card')[0]


def _zet(sectie, tekst):
    sectie.tekst = tekst
    sectie.save(update_fields=["tekst"])


def test_each_user_gets_only_their_teams_schets_from_the_query_compiled_once(client, login):
    a, b = schets_gestart(), schets_gestart()
    lid_a, lid_b = a.spiegel.team.first(), b.spiegel.team.first()
    assert _kop(a) in login(lid_a).get(url(a)).content.decode()

    login(lid_b)
    assert client.get(url(a)).status_code == 404
    gelezen = AuditRegel.objects.filter(actie=AuditActie.LEZEN, object_id=str(a.pk))
    assert not gelezen.filter(gebruiker=lid_b).exists()
    html = client.get(url(b)).content.decode()
    assert _kop(b) in html and _kop(a) not in html

    # Another role (another compiled shape of the scope): a coordinator not on the team.
    login(UserFactory(rol=Rol.COORDINATOR))
    assert client.get(url(a)).status_code == 404
    login(UserFactory(contact=True, organisatie=a.spiegel.organisatie))
    assert client.get(url(a)).status_code == 404
    assert gelezen.count() == 1  # only lid_a's view of a


def test_remarks_sit_under_their_own_section_oldest_first_with_author_and_status(login):
    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    contact = UserFactory(
        contact=True, organisatie=schets.spiegel.organisatie, naam="Fatima Contactpersoon"
    )
    eerste, tweede = schets.secties.order_by("volgorde", "pk")[:2]
    OpmerkingFactory(sectie=eerste, door=contact, tekst="Eerste opmerking hier.")
    OpmerkingFactory(
        sectie=eerste,
        door=contact,
        tekst="Tweede opmerking hier.",
        status=OpmerkingStatus.BEANTWOORD,
        antwoord="Dat zien wij anders.",
    )
    OpmerkingFactory(sectie=tweede, door=None, tekst="Derde opmerking hier.")
    html = login(schets.spiegel.team.first()).get(url(schets)).content.decode()

    blok = _sectie_html(html, eerste)
    assert blok.index("Eerste opmerking hier.") < blok.index("Tweede opmerking hier.")
    assert "Derde opmerking hier." not in blok
    assert blok.count("Fatima Contactpersoon op ") == 2
    assert '<span class="badge">Beantwoord</span>' in blok
    assert "Dat zien wij anders." in blok
    assert "Derde opmerking hier." in _sectie_html(html, tweede)
    assert "Nog 2 opmerkingen open." in html


def test_follow_up_shows_and_audits_the_earlier_spiegels_quote_but_not_another_spiegels(login):
    lid = UserFactory()
    vorige = SpiegelFactory()
    nieuw = SpiegelFactory(team=[lid], vorige=vorige, organisatie=vorige.organisatie)
    schets = schets_gestart(nieuw)
    toen = CitaatFactory(spiegel=vorige, tekst="Toen al liep het loket goed")
    elders = CitaatFactory(spiegel=SpiegelFactory(), tekst="Woorden van een andere Spiegel")
    sectie = schets.secties.order_by("volgorde", "pk").first()
    _zet(sectie, f"Eerder:\n\n[[citaat:{toen.pk}]]\n\nElders:\n\n[[citaat:{elders.pk}]]")

    html = login(lid).get(url(schets)).content.decode()
    tekst = _sectie_html(html, sectie)
    assert "Toen al liep het loket goed" in tekst
    assert "Woorden van een andere Spiegel" not in html
    assert "citaat niet gevonden" in tekst
    assert AuditRegel.objects.filter(
        actie=AuditActie.LEZEN, object_id=str(vorige.pk), omschrijving__contains=f"citaat {toen.pk}"
    ).exists()


def test_privacy_and_method_findings_follow_each_change_after_a_view(client, login):
    schets = schets_gestart()
    spiegel = schets.spiegel
    citaat = CitaatFactory(spiegel=spiegel)
    waarneming = WaarnemingFactory(spiegel=spiegel, soort=WaarnemingSoort.AANDACHTSPUNT)
    werkwijze = schets.secties.get(sleutel="werkwijze")
    _zet(werkwijze, f"Volgens Jansen werkt het zo.\n\n[[citaat:{citaat.pk}]]")
    duiding = schets.secties.filter(sleutel__startswith="duiding").first()
    _zet(duiding, f"[[waarneming:{waarneming.pk}]]")
    login(spiegel.team.first())

    def pagina():
        return client.get(url(schets)).content.decode()

    naam = "de naam van deelnemer ‘Piet Jansen’ staat in de tekst."
    geen_toestemming = f"citaat [[citaat:{citaat.pk}]] heeft geen toestemming"
    volgorde = "de sectie opent met een aandachtspunt en noemt geen kracht"
    html = pagina()
    assert "✓ Privacy: geen citaten zonder toestemming" in html
    assert volgorde in html

    DeelnemerFactory(gesprek=GesprekFactory(spiegel=spiegel), naam="Piet Jansen")
    html = pagina()
    assert naam in html and geen_toestemming not in html

    citaat.toestemming = Toestemming.GEWEIGERD
    citaat.save()
    assert geen_toestemming in pagina()

    waarneming.soort = WaarnemingSoort.KRACHT  # the text stays, the observation changes
    waarneming.save()
    html = pagina()
    assert volgorde not in html and geen_toestemming in html

    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = pagina()
    gevonden = f"quote [[citaat:{citaat.pk}]] does not have the speaker&#x27;s consent (refused)"
    assert gevonden in html
    assert geen_toestemming not in html


def test_the_compiled_scope_lets_in_exactly_whom_the_orm_scope_lets_in():
    from rapportage.selectors import spiegels_voor_schets
    from rapportage.selectors_schets import schets_pagina

    a, b = schets_gestart(), schets_gestart()
    org = a.spiegel.organisatie
    users = [
        *a.spiegel.team.all(),
        *b.spiegel.team.all(),
        UserFactory(rol=Rol.COORDINATOR),
        UserFactory(contact=True, organisatie=org),
        UserFactory(beheerder=True),
    ]
    a.spiegel.team.add(users[-3])  # a coordinator on the team
    for user in users:
        for schets in (a, b):
            orm = spiegels_voor_schets(user).filter(pk=schets.spiegel.pk).exists()
            gelezen = schets_pagina(user, schets.spiegel.pk)
            assert (gelezen is not None) == orm, (user.rol, user.pk, schets.pk)
            if gelezen is not None:
                assert gelezen.pk == schets.spiegel.pk and gelezen.schets.pk == schets.pk
