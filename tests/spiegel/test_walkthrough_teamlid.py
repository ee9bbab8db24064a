"""Fixes from the walkthrough as a plain team member (docs/walkthrough/teamlid.md): the
home list leads to one's own Spiegels, the workspace's menu says where you are, and the
PDF and slide pages share the breadcrumb trail of the schets pages."""

import re

import pytest
from django.urls import reverse

from spiegel.constants import Rol, Status
from tests.factories import AanvraagFactory, SpiegelFactory, UserFactory
from tests.factories.rapportage import schets_gestart

pytestmark = pytest.mark.django_db


def test_team_members_home_list_links_each_own_spiegel_also_a_finished_one(login):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    klaar = SpiegelFactory(aanvraag=AanvraagFactory(status=Status.AFGEROND), team=[teamlid])
    html = login(teamlid).get(reverse("spiegel:home")).content.decode()
    werkruimte = reverse("gesprekken:spiegel", args=[klaar.pk])
    assert f'<a href="{werkruimte}">{klaar.aanvraag.referentie}</a>' in html


def test_coordinators_home_list_still_links_the_request(login):
    coordinator = UserFactory(rol=Rol.COORDINATOR)
    spiegel = SpiegelFactory(aanvraag=AanvraagFactory(status=Status.VELDWERK))
    html = login(coordinator).get(reverse("spiegel:home")).content.decode()
    url = reverse("spiegel:aanvraag", args=[spiegel.aanvraag_id])
    assert f'<a href="{url}">{spiegel.aanvraag.referentie}</a>' in html


@pytest.mark.parametrize("naam", ["planning", "waarnemingen", "citaten", "zoeken", "sjablonen"])
def test_workspace_menu_marks_the_current_page_and_only_that_one(login, naam):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel = SpiegelFactory(team=[teamlid])
    url = reverse(f"gesprekken:{naam}", args=[spiegel.pk])
    html = login(teamlid).get(url).content.decode()
    nav = html.split('class="werkruimte-nav"', 1)[1].split("</nav>", 1)[0]
    huidig = re.findall(r'<a href="([^"]+)"[^>]*aria-current="page"', nav)
    assert huidig == [url]


@pytest.mark.parametrize("pagina", ["rapportage:pdf", "rapportage:dias"])
def test_pdf_and_slide_pages_have_the_schets_breadcrumb_trail(login, pagina):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel = SpiegelFactory(team=[teamlid])
    schets_gestart(spiegel, door=teamlid)  # the slide page needs a schets
    url = reverse(pagina, args=[spiegel.pk])
    response = login(teamlid).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    pad = html.split('class="kruimelpad"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'<li><a href="([^"]+)"', pad)
    assert links[:2] == [reverse("spiegel:home"), reverse("gesprekken:spiegel", args=[spiegel.pk])]
    assert f'<a href="{url}" aria-current="page">' in pad
    assert "Werkruimte" not in pad  # the workspace is named by its organisation, as elsewhere


def test_saving_a_section_without_changes_makes_no_new_version_and_says_so(login):
    from rapportage.models import SchetsVersie

    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel = SpiegelFactory(team=[teamlid])
    schets = schets_gestart(spiegel, door=teamlid)
    sectie = schets.secties.get(sleutel="werkwijze")
    c = login(teamlid)
    url = reverse("rapportage:sectie", args=[spiegel.pk, sectie.pk])
    gegevens = {
        "titel": sectie.titel,
        "tekst": sectie.tekst.replace("\n", "\r\n"),  # as a browser sends it
        "kernvragen": [k.pk for k in sectie.kernvragen.all()],
        "basis": sectie.versie,
    }
    voor = SchetsVersie.objects.filter(schets=schets).count()
    response = c.post(url, gegevens, follow=True)
    assert SchetsVersie.objects.filter(schets=schets).count() == voor
    assert "Niets gewijzigd" in response.content.decode()
    response = c.post(url, {**gegevens, "tekst": "Nieuwe werkwijze."}, follow=True)
    assert SchetsVersie.objects.filter(schets=schets).count() == voor + 1
    assert "is opgeslagen als versie" in response.content.decode()


@pytest.mark.parametrize("lijst", ["waarnemingen", "citaten"])
def test_an_empty_list_says_how_to_fill_it_and_a_filtered_one_that_filters_hide_rows(login, lijst):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel = SpiegelFactory(team=[teamlid])
    c = login(teamlid)
    url = reverse(f"gesprekken:{lijst}", args=[spiegel.pk])
    leeg = c.get(url).content.decode()
    assert f"Nog geen {lijst}." in leeg
    assert f'href="{reverse("gesprekken:planning", args=[spiegel.pk])}"' in leeg
    from spiegel.models import Bouwsteen

    html = c.get(url, {"bouwsteen": Bouwsteen.objects.first().pk}).content.decode()
    assert f"Geen {lijst} met deze filters." in html
    assert f"Nog geen {lijst}." not in html
