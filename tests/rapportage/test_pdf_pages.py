"""The PDF pages: the forms and their status (polling only while busy), the render
button with and without htmx, release to the contacts and the stamped, audited download."""

import pytest
from django.core import mail

from rapportage import pdf_services
from rapportage.constants import Vorm
from rapportage.models import RenderJob
from spiegel.constants import AuditActie, Rol, Status
from spiegel.models import AuditRegel
from tests.factories import UserFactory
from tests.factories.pdf import definitieve_spiegel
from tests.rapportage.pdf_helpers import (
    pdftotext_pages,
    private_storage_fixture,  # noqa: F401 (a fixture)
    team_spiegel_fixture,  # noqa: F401 (a fixture)
)

pytestmark = pytest.mark.django_db


# --- pages, release and download -----------------------------------------------------


def test_page_shows_the_forms_and_polls_only_while_busy(
    team_spiegel, login, django_assert_max_num_queries, monkeypatch
):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    client = login(teamlid)
    url = f"/schets/{spiegel.pk}/pdf/"
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Maak Rapportage (A4)" in body and "hx-trigger" not in body
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    with django_assert_max_num_queries(14):
        partial = client.get(url, headers={"HX-Request": "true"})
    html = partial.content.decode()
    assert "<h1" not in html and 'id="pdf-status"' in html
    assert 'hx-trigger="every 2s"' in html and 'data-status="wachtrij"' in html
    pdf_services.pdf_renderen(job.pk)
    html = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert 'data-status="klaar"' in html and "hx-trigger" not in html


def test_render_button_with_and_without_htmx(team_spiegel, login, monkeypatch):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    client = login(teamlid)
    url = f"/schets/{spiegel.pk}/pdf/maken/"
    response = client.post(url, {"vorm": "gesprek"})
    assert response.status_code == 302 and response["Location"].endswith(f"/{spiegel.pk}/pdf/")
    response = client.post(url, {"vorm": "presentatie"}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'id="pdf-status"' in response.content.decode()
    assert RenderJob.objects.filter(schets__spiegel=spiegel).count() == 2
    response = client.post(url, {"vorm": "onzin"}, follow=True)
    assert "Onbekende vorm." in response.content.decode()
    response = client.post(url, {"vorm": "onzin"}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and "Onbekende vorm." in response.content.decode()


def test_release_emails_contacts_and_contact_downloads_a_stamped_audited_copy(
    login, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    teamlid = UserFactory(rol=Rol.TEAMLID)
    from tests.factories import OrganisatieFactory

    org = OrganisatieFactory(naam="Gemeente Oeverwijk")
    contact = UserFactory(
        rol=Rol.CONTACTPERSOON, organisatie=org, naam="Ahmed Yilmaz", email="ahmed@oever.example"
    )
    spiegel, schets, versie = definitieve_spiegel(
        team=[teamlid], organisatie=org, presentatievormen=["rapport"]
    )
    team_client = login(teamlid)
    response = team_client.post(f"/schets/{spiegel.pk}/pdf/vrijgeven/", follow=True)
    assert "Maak eerst deze vormen: Rapportage (A4)" in response.content.decode()
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.RAPPORTAGE, door=teamlid)
    gesprek = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    pdf_services.pdf_renderen(job.pk)
    pdf_services.pdf_renderen(gesprek.pk)

    from django.test import Client

    contact_client = login(contact, Client())
    # Not released yet: the contact gets 404, like any stranger.
    assert contact_client.get(f"/schets/pdf/{job.pk}/download/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        team_client.post(f"/schets/{spiegel.pk}/pdf/vrijgeven/")
    job.refresh_from_db()
    assert job.vrijgegeven_op is not None
    spiegel.aanvraag.refresh_from_db()
    assert spiegel.aanvraag.status == Status.AFGEROND
    from spiegel.berichten import verzenden
    from spiegel.models import Bericht

    for bericht in Bericht.objects.all():
        verzenden(bericht.pk)
    assert any("ahmed@oever.example" in m.to for m in mail.outbox)

    response = contact_client.get(f"/schets/pdf/{job.pk}/download/", REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = b"".join(response.streaming_content)
    text = " ".join(" ".join(pdftotext_pages(data)).split())
    assert "Gedownload door Ahmed Yilmaz op" in text and "Gemeente Oeverwijk" in text
    regel = AuditRegel.objects.filter(actie=AuditActie.DOWNLOAD).latest("op")
    assert (regel.gebruiker_id, regel.object_id, regel.ip_adres) == (
        contact.pk,
        str(job.pk),
        "192.0.2.7",
    )
    # The audit row names the file as the person got it, not where it is stored.
    assert f"Spiegel-{spiegel.aanvraag.referentie}-rapportage-v" in regel.omschrijving
    assert job.bestand.name not in regel.omschrijving
    # The team sees who downloaded which file, when and from where.
    page = team_client.get(f"/schets/{spiegel.pk}/pdf/").content.decode()
    assert "Ahmed Yilmaz" in page and "192.0.2.7" in page
    assert f"Spiegel-{spiegel.aanvraag.referentie}-rapportage-v" in page
    assert job.bestand.name not in page and "rapporten/" not in page
    # The handout was not asked for by this organisation: not for the contact, even released.
    assert contact_client.get(f"/schets/pdf/{gesprek.pk}/download/").status_code == 404

    from rapportage.pdf_portaal import portaal_panelen

    panels = portaal_panelen(spiegel.aanvraag, contact)
    assert [p[0] for p in panels] == ["rapportage/pdf/_portaal.html"]
    assert [j.pk for j in panels[0][1]["pdf_rapporten"]] == [job.pk]
    assert portaal_panelen(spiegel.aanvraag, teamlid) == []
