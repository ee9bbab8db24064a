"""The staff home shows active work and pages the rest, so it does not grow with a person's
history: rows, links and queries stay bounded however many Spiegels they were ever on."""

import re

import pytest
from django.urls import reverse

from spiegel import startpagina
from spiegel.constants import Rol, Status
from tests.factories.spiegel import AanvraagFactory, SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db


def _spiegels(teamlid, n, status):
    return [
        SpiegelFactory(aanvraag=AanvraagFactory(status=status), team=[teamlid]) for _ in range(n)
    ]


def _werkruimte_links(html):
    """The workspace links of "Mijn Spiegels" (the table below links its rows too)."""
    mijn = html.split('id="mijn-kop"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'href="/veldwerk/(\d+)/"', mijn)


def _rij(referentie: str, url: str) -> str:
    return f'<tr><td><a href="{url}">{referentie}</a></td>'


def test_team_member_home_lists_active_work_and_pages_finished_spiegels(login):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    actief = _spiegels(teamlid, 3, Status.VELDWERK)
    afgerond = _spiegels(teamlid, startpagina.PER_PAGINA + 5, Status.AFGEROND)
    client = login(teamlid)

    html = client.get(reverse("spiegel:home")).content.decode()

    # "Mijn Spiegels" links the active ones only, with their schets and reports pages.
    assert sorted(_werkruimte_links(html)) == sorted(str(s.pk) for s in actief)
    for s in actief:
        assert reverse("rapportage:schets", args=[s.pk]) in html
        assert reverse("rapportage:pdf", args=[s.pk]) in html
    # The table holds one page; the second page has the rest, and together they hold all.
    referenties = re.compile(r'<tr><td><a href="/veldwerk/\d+/">([^<]+)</a></td>')
    eerste = referenties.findall(html)
    assert len(eerste) == startpagina.PER_PAGINA
    assert "?pagina=2" in html
    tweede = referenties.findall(client.get(reverse("spiegel:home") + "?pagina=2").content.decode())
    alle = {s.aanvraag.referentie for s in actief + afgerond}
    assert set(eerste) | set(tweede) == alle
    assert len(eerste) + len(tweede) == len(alle)


def test_active_list_is_capped_and_says_there_is_more(login):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    _spiegels(teamlid, startpagina.MAX_ACTIEF + 2, Status.SCHETS)
    html = login(teamlid).get(reverse("spiegel:home")).content.decode()
    assert len(_werkruimte_links(html)) == startpagina.MAX_ACTIEF
    assert "de rest staat in de lijst hieronder" in html


def test_coordinator_rows_link_to_the_request_and_show_the_dutch_status(login):
    coordinator = UserFactory(rol=Rol.COORDINATOR)
    s = SpiegelFactory(aanvraag=AanvraagFactory(status=Status.WEDERHOOR))
    open_aanvraag = AanvraagFactory(status=Status.INGEDIEND)
    html = login(coordinator).get(reverse("spiegel:home")).content.decode()
    assert f'<a href="{reverse("spiegel:aanvraag", args=[s.aanvraag_id])}">' in html
    assert f'<a href="{reverse("spiegel:aanvraag", args=[open_aanvraag.pk])}">' in html
    assert "Wederhoor</span>" in html and "Ingediend</span>" in html


def test_team_member_rows_link_to_the_workspace_not_the_staff_request_page(login):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    (s,) = _spiegels(teamlid, 1, Status.VELDWERK)
    html = login(teamlid).get(reverse("spiegel:home")).content.decode()
    assert _rij(s.aanvraag.referentie, reverse("gesprekken:spiegel", args=[s.pk])) in html
    assert reverse("spiegel:aanvraag", args=[s.aanvraag_id]) not in html


def test_bad_page_number_answers_the_first_page_not_an_error(login):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    (s,) = _spiegels(teamlid, 1, Status.AFGEROND)
    client = login(teamlid)
    for waarde in ("999", "abc", "-1", "99999999999999999999", "0"):
        r = client.get(reverse("spiegel:home") + f"?pagina={waarde}")
        assert r.status_code == 200
        werkruimte = reverse("gesprekken:spiegel", args=[s.pk])
        assert _rij(s.aanvraag.referentie, werkruimte) in r.content.decode()


@pytest.mark.parametrize("rol", [Rol.TEAMLID, Rol.COORDINATOR])
def test_home_queries_do_not_grow_with_history(login, django_assert_num_queries, rol):
    gebruiker = UserFactory(rol=rol)
    client = login(gebruiker)
    _spiegels(gebruiker, 3, Status.VELDWERK)
    _spiegels(gebruiker, 3, Status.AFGEROND)
    AanvraagFactory(status=Status.INGEDIEND)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as klein:
        client.get(reverse("spiegel:home"))
    _spiegels(gebruiker, startpagina.MAX_ACTIEF + 5, Status.VELDWERK)
    _spiegels(gebruiker, startpagina.PER_PAGINA * 3, Status.AFGEROND)
    for _ in range(startpagina.MAX_OPEN + 3):
        AanvraagFactory(status=Status.INGEDIEND)
    with django_assert_num_queries(len(klein)):
        r = client.get(reverse("spiegel:home"))
    assert len(klein) <= 12
    assert len(_werkruimte_links(r.content.decode())) == startpagina.MAX_ACTIEF


def test_inbox_shows_each_requests_own_document_count(login):
    """The inbox counts documents per page, after paging; each row keeps its own count."""
    from gesprekken.models import Document

    coordinator = UserFactory(rol=Rol.COORDINATOR)
    met = AanvraagFactory(status=Status.INGEDIEND)
    zonder = AanvraagFactory(status=Status.INGEDIEND)
    for i in range(3):
        Document.objects.create(
            aanvraag=met,
            titel=f"Nota {i}",
            bestand=f"d{i}.pdf",
            mime_type="application/pdf",
            grootte=1,
        )
    r = login(coordinator).get(reverse("spiegel:inbox"))
    tellingen = {a.pk: a.aantal_documenten for a in r.context["aanvragen"]}
    assert tellingen[met.pk] == 3
    assert tellingen[zonder.pk] == 0
