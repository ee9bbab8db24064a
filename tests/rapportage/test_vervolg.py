"""The follow-up Spiegel: the coordinator links it (suggested when the organisation
matches), the team compares (audited), the new schets has "Sinds de vorige Spiegel" with
evidence from both Spiegels, the PDF shows both heat maps, the contact sees the link and
the earlier released report."""

import pytest
from django.urls import reverse
from django.utils import timezone

from gesprekken.models import Waarneming
from rapportage import markdown, pdf_inhoud
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob
from rapportage.portaal import portaal_panelen
from rapportage.services import schets_starten
from spiegel.constants import AuditActie, Rol, Status
from spiegel.models import AuditRegel
from tests.factories import AanvraagFactory, SpiegelFactory, UserFactory
from tests.factories.pdf import definitieve_spiegel
from tests.rapportage.rodedraden_data import A, K, bouwstenen

pytestmark = pytest.mark.django_db


@pytest.fixture
def paar():
    """(earlier Spiegel, new Spiegel of the same organisation, its team member)."""
    vorige, _schets, _versie = definitieve_spiegel(organisatie_naam="Gemeente Brugwaarde")
    teamlid = UserFactory(rol=Rol.TEAMLID)
    nieuw = SpiegelFactory(
        aanvraag=AanvraagFactory(organisatie=vorige.organisatie, status=Status.VELDWERK),
        team=[teamlid],
    )
    return vorige, nieuw, teamlid


def test_coordinator_gets_the_suggestion_and_links_the_request(client, login, paar):
    vorige, nieuw, _teamlid = paar
    login(UserFactory(rol=Rol.COORDINATOR))
    url = reverse("spiegel:aanvraag", args=[nieuw.aanvraag.pk])
    html = client.get(url).content.decode()
    assert f"Voorstel: dezelfde organisatie had eerder Spiegel {vorige.aanvraag.referentie}" in html
    response = client.post(
        reverse("spiegel:vorige_koppelen", args=[nieuw.aanvraag.pk]), {"vorige": vorige.pk}
    )
    assert response.status_code == 302
    nieuw.refresh_from_db()
    assert nieuw.vorige == vorige
    assert nieuw.aanvraag.gebeurtenissen.filter(tekst__contains="vervolg").exists()


def test_linking_to_another_organisations_spiegel_is_refused_in_dutch(client, login, paar):
    _vorige, nieuw, _teamlid = paar
    ander, _s, _v = definitieve_spiegel(organisatie_naam="Gemeente Elders")
    login(UserFactory(rol=Rol.COORDINATOR))
    response = client.post(
        reverse("spiegel:vorige_koppelen", args=[nieuw.aanvraag.pk]),
        {"vorige": ander.pk},
        follow=True,
    )
    assert "Kies een eerdere Spiegel van dezelfde organisatie" in response.content.decode()
    nieuw.refresh_from_db()
    assert nieuw.vorige is None


def test_the_team_compares_with_the_earlier_spiegel_and_that_read_is_audited(client, login, paar):
    vorige, nieuw, teamlid = paar
    nieuw.vorige = vorige
    nieuw.save()
    b1 = bouwstenen(1)[0]
    for i in range(3):
        Waarneming.objects.create(spiegel=nieuw, tekst=f"Nu sterk {i}", soort=K).bouwstenen.add(b1)
    voor = Waarneming.objects.filter(spiegel=vorige, soort=K, bouwstenen=b1).count()
    login(teamlid)
    html = client.get(reverse("rodedraden:vergelijking", args=[nieuw.pk])).content.decode()
    assert "Hoe ervaren klantmanagers hun ruimte?" in html  # the earlier kernvragen
    assert "Wat we zagen: krachten en steunpilaren" in html  # the earlier definitief schets
    assert html.count('class="heatmap"') == 2  # side by side
    assert f'{voor} → 3 <span class="rd-plus">(+{3 - voor})</span>' in html  # the difference
    assert AuditRegel.objects.filter(
        actie=AuditActie.LEZEN, object_soort="spiegel.spiegel", object_id=str(vorige.pk)
    ).exists()
    # A team member of the earlier Spiegel only is not on this one: 404.
    login(UserFactory(rol=Rol.TEAMLID))
    assert client.get(reverse("rodedraden:vergelijking", args=[nieuw.pk])).status_code == 404


def test_the_new_schets_has_sinds_de_vorige_spiegel_with_evidence_from_both(paar):
    vorige, nieuw, teamlid = paar
    nieuw.vorige = vorige
    nieuw.save()
    b = bouwstenen(2)[1]
    toen = Waarneming.objects.create(spiegel=vorige, tekst="Toen een punt", soort=A)
    toen.bouwstenen.set([b])
    nu = Waarneming.objects.create(spiegel=nieuw, tekst="Nu een kracht", soort=K)
    nu.bouwstenen.set([b])
    Waarneming.objects.filter(spiegel=vorige, soort=K, bouwstenen=b).delete()
    schets = schets_starten(spiegel=nieuw, door=teamlid)
    sectie = schets.secties.get(sleutel="sinds-vorige")
    assert sectie.titel == "Sinds de vorige Spiegel"
    assert f"### {b.naam}" in sectie.tekst
    regel = next(r for r in sectie.tekst.splitlines() if r.startswith("- **Nu een kracht.**"))
    toen_deel, nu_deel = regel.split(" Nu: ")
    assert f"[[waarneming:{toen.pk}]]" in toen_deel and f"[[waarneming:{nu.pk}]]" in nu_deel
    html = markdown.render(sectie.tekst, spiegel=nieuw)
    assert "Toen een punt" in html and "Nu een kracht" in html
    # A third Spiegel's observation never resolves.
    vreemd = Waarneming.objects.create(spiegel=SpiegelFactory(), tekst="Van elders", soort=K)
    assert "Van elders" not in markdown.render(f"[[waarneming:{vreemd.pk}]]", spiegel=nieuw)


def test_the_pdf_of_a_follow_up_shows_both_heat_maps(paar):
    vorige, nieuw, _teamlid = paar
    nieuw.vorige = vorige
    nieuw.save()
    _s, _schets, versie = definitieve_spiegel()
    html, _titel = pdf_inhoud.html(spiegel=nieuw, versie=versie, vorm=Vorm.RAPPORTAGE)
    assert "Sinds de vorige Spiegel" in html
    assert html.count('class="heatmap"') == 3
    html, _titel = pdf_inhoud.html(spiegel=vorige, versie=versie, vorm=Vorm.RAPPORTAGE)
    assert "Sinds de vorige Spiegel" not in html


def test_the_contact_sees_the_follow_up_and_the_earlier_released_report(client, login, paar):
    vorige, nieuw, _teamlid = paar
    nieuw.vorige = vorige
    nieuw.save()
    contact = UserFactory(rol=Rol.CONTACTPERSOON, organisatie=vorige.organisatie)
    job = RenderJob.objects.create(
        schets=vorige.schets,
        schets_versie=1,
        vorm=Vorm.RAPPORTAGE,
        sjabloon_versie="t",
        status=RenderStatus.KLAAR,
        bestand="rapporten/t.pdf",
        vrijgegeven_op=timezone.now(),
    )
    panelen = dict(portaal_panelen(nieuw.aanvraag, contact))
    context = panelen["rapportage/rodedraden/_portaal_vervolg.html"]
    assert context["vorige"] == vorige and context["vorige_rapporten"] == [job]
    login(contact)
    html = client.get(
        reverse("spiegel:portaal_aanvraag", args=[nieuw.aanvraag.pk])
    ).content.decode()
    assert "Deze aanvraag is een vervolg op uw eerdere Spiegel" in html
    assert reverse("rapportage:pdf_download", args=[job.pk]) in html
    # Another organisation's contact gets no such panel.
    ander = UserFactory(rol=Rol.CONTACTPERSOON, organisatie=SpiegelFactory().organisatie)
    assert "rapportage/rodedraden/_portaal_vervolg.html" not in dict(
        portaal_panelen(nieuw.aanvraag, ander)
    )


def test_showing_the_earlier_spiegels_evidence_in_the_new_schets_is_audited_on_it(
    client, login, paar
):
    vorige, nieuw, teamlid = paar
    nieuw.vorige = vorige
    nieuw.save()
    toen = Waarneming.objects.create(spiegel=vorige, tekst="Toen al een vast loket", soort=K)
    schets = schets_starten(spiegel=nieuw, door=teamlid)
    sectie = schets.secties.order_by("volgorde", "pk").first()
    sectie.tekst = f"Zoals de vorige keer: [[waarneming:{toen.pk}]]"
    sectie.save(update_fields=["tekst"])

    def rijen():
        return AuditRegel.objects.filter(
            actie=AuditActie.LEZEN, object_soort="spiegel.spiegel", object_id=str(vorige.pk)
        ).filter(omschrijving__contains=f"waarneming {toen.pk}")

    login(teamlid)
    html = client.get(reverse("rapportage:schets", args=[nieuw.pk])).content.decode()
    assert "Toen al een vast loket" in html
    assert rijen().count() == 1
    html = client.get(reverse("rapportage:sectie", args=[nieuw.pk, sectie.pk])).content.decode()
    assert "Toen al een vast loket" in html
    assert rijen().count() == 2
    url = reverse("rapportage:voorbeeld", args=[nieuw.pk, sectie.pk])
    response = client.post(url, {"tekst": sectie.tekst}, HTTP_HX_REQUEST="true")
    assert "Toen al een vast loket" in response.content.decode()
    assert rijen().count() == 3
    # A text that cites only the new Spiegel's own evidence reads nothing of the earlier one.
    eigen = Waarneming.objects.create(spiegel=nieuw, tekst="Nu eigen bewijs", soort=K)
    voor = AuditRegel.objects.filter(object_id=str(vorige.pk)).count()
    client.post(url, {"tekst": f"[[waarneming:{eigen.pk}]]"}, HTTP_HX_REQUEST="true")
    assert AuditRegel.objects.filter(object_id=str(vorige.pk)).count() == voor
    assert rijen().first().gebruiker == teamlid
