"""The coordinator's inbox and actions, the status machine and the contact portal."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from gesprekken.models import Document
from spiegel import services
from spiegel.constants import AuditActie, Rol, Status
from spiegel.models import Aanvraag, AuditRegel, Bericht, Gebeurtenis, Kernvraag, Spiegel
from tests.factories import AanvraagFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def coordinator():
    return UserFactory(rol=Rol.COORDINATOR, naam="Fatima el Amrani")


@pytest.fixture
def aanvraag():
    return AanvraagFactory(vragen=["Vraag een?", "Vraag twee?"])


def test_the_inbox_shows_new_and_open_requests_and_filters(login, coordinator):
    nieuw = AanvraagFactory(organisatie=OrganisatieFactory(naam="Gemeente Noorderzijl"))
    intake = AanvraagFactory(status=Status.INTAKE)
    klaar = AanvraagFactory(status=Status.AFGEWEZEN)
    client = login(coordinator)
    page = client.get("/aanvragen/").content.decode()
    assert nieuw.referentie in page and intake.referentie in page
    assert klaar.referentie not in page
    page = client.get("/aanvragen/?status=afgewezen").content.decode()
    assert klaar.referentie in page and nieuw.referentie not in page
    page = client.get("/aanvragen/?status=alle&organisatie=noorderz").content.decode()
    assert nieuw.referentie in page and intake.referentie not in page
    # A nonsense filter is ignored, not an error.
    assert client.get("/aanvragen/?status=%00zzz").status_code == 200


def test_the_inbox_queries_do_not_grow_with_the_requests(
    login, coordinator, django_assert_max_num_queries
):
    client = login(coordinator)
    AanvraagFactory.create_batch(3)
    with django_assert_max_num_queries(12) as few:
        client.get("/aanvragen/")
    AanvraagFactory.create_batch(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/aanvragen/")


def test_the_request_page_shows_everything_sent_and_is_audited(login, coordinator, aanvraag):
    page = login(coordinator).get(f"/aanvragen/{aanvraag.pk}/").content.decode()
    assert aanvraag.contact_email in page and "Vraag twee?" in page
    assert aanvraag.context in page
    assert AuditRegel.objects.filter(
        actie=AuditActie.LEZEN, object_id=str(aanvraag.pk), gebruiker=coordinator
    ).exists()


def test_plan_intake_then_accept_creates_the_spiegel_team_and_kernvragen(
    login, coordinator, aanvraag
):
    sanne = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    joris = UserFactory(rol=Rol.TEAMLID, naam="Joris Meijer")
    client = login(coordinator)
    r = client.post(f"/aanvragen/{aanvraag.pk}/intake/", {"op": "2026-12-01T10:00"})
    assert r.status_code == 302
    aanvraag.refresh_from_db()
    assert aanvraag.status == Status.INTAKE and aanvraag.intake_gepland_op.day == 1
    client.post(f"/aanvragen/{aanvraag.pk}/verslag/", {"intakeverslag": "Goed gesprek."})
    r = client.post(
        f"/aanvragen/{aanvraag.pk}/accepteren/",
        {"team": [sanne.pk, joris.pk], "kernvragen": ["Vraag een, scherper?", "", "Nieuwe?"]},
    )
    assert r.status_code == 302
    spiegel = Spiegel.objects.get(aanvraag=aanvraag)
    assert set(spiegel.team.all()) == {sanne, joris}
    assert [k.tekst for k in spiegel.kernvragen.all()] == ["Vraag een, scherper?", "Nieuwe?"]
    aanvraag.refresh_from_db()
    assert aanvraag.status == Status.GEACCEPTEERD and aanvraag.intakeverslag == "Goed gesprek."
    stappen = list(aanvraag.gebeurtenissen.values_list("naar_status", flat=True))
    assert Status.INTAKE in stappen and Status.GEACCEPTEERD in stappen
    assert Bericht.objects.filter(
        aan=[aanvraag.contact_email], onderwerp__contains="van start"
    ).exists()
    # The kernvragen stay editable.
    client.post(f"/aanvragen/{aanvraag.pk}/kernvragen/", {"kernvragen": ["Alleen deze?"]})
    assert list(spiegel.kernvragen.values_list("tekst", flat=True)) == ["Alleen deze?"]


def test_accept_without_a_team_member_is_refused_and_keeps_the_kernvragen(
    login, coordinator, aanvraag
):
    Aanvraag.objects.filter(pk=aanvraag.pk).update(status=Status.INTAKE)
    page = login(coordinator).post(
        f"/aanvragen/{aanvraag.pk}/accepteren/", {"kernvragen": ["Mijn bewerkte vraag"]}
    )
    assert page.status_code == 200
    assert "Kies minstens één teamlid." in page.content.decode()
    assert "Mijn bewerkte vraag</textarea>" in page.content.decode()
    assert not Spiegel.objects.exists()


def test_an_illegal_transition_is_refused_with_a_clear_message(login, coordinator, aanvraag):
    sanne = UserFactory(rol=Rol.TEAMLID)
    page = login(coordinator).post(
        f"/aanvragen/{aanvraag.pk}/accepteren/", {"team": [sanne.pk], "kernvragen": ["V?"]}
    )
    assert (
        "Een aanvraag met status ‘Ingediend’ kan niet naar ‘Geaccepteerd’." in page.content.decode()
    )
    aanvraag.refresh_from_db()
    assert aanvraag.status == Status.INGEDIEND and not Spiegel.objects.exists()
    with pytest.raises(ValidationError):
        services.status_wijzigen(aanvraag=aanvraag, naar=Status.AFGEROND)


def test_decline_needs_a_reason_and_emails_it(login, coordinator, aanvraag):
    client = login(coordinator)
    page = client.post(f"/aanvragen/{aanvraag.pk}/afwijzen/", {"reden": ""}).content.decode()
    assert "Schrijf op waarom" in page
    client.post(f"/aanvragen/{aanvraag.pk}/afwijzen/", {"reden": "Dit is een dossiercontrole."})
    aanvraag.refresh_from_db()
    assert aanvraag.status == Status.AFGEWEZEN
    mail = Bericht.objects.get(aan=[aanvraag.contact_email])
    assert (
        "Dit is een dossiercontrole." in mail.tekst and "Dit is een dossiercontrole." in mail.html
    )


def test_withdraw_lands_in_the_timeline(login, coordinator, aanvraag):
    login(coordinator).post(f"/aanvragen/{aanvraag.pk}/intrekken/", {"reden": "Nieuw college."})
    aanvraag.refresh_from_db()
    assert aanvraag.status == Status.INGETROKKEN
    laatste = aanvraag.gebeurtenissen.last()
    assert "Nieuw college." in laatste.tekst and laatste.door == coordinator
    assert laatste.tekst_contact == "De aanvraag is ingetrokken."


def test_linking_an_organisation_invites_the_contact(login, coordinator):
    aanvraag = AanvraagFactory(organisatie=None, organisatie_onbekend="Stichting X")
    org = OrganisatieFactory(naam="Werkbedrijf Nieuwland")
    login(coordinator).post(
        f"/aanvragen/{aanvraag.pk}/organisatie/", {"organisatie_naam": "werkbedrijf nieuwland"}
    )
    aanvraag.refresh_from_db()
    assert aanvraag.organisatie == org
    assert aanvraag.contactpersoon.organisatie == org
    assert Bericht.objects.filter(onderwerp="Uw toegang tot het Spiegel-portaal").exists()


def test_a_team_member_may_read_but_not_triage(login, aanvraag):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    aanvraag.status = Status.VELDWERK
    aanvraag.save()
    spiegel = Spiegel.objects.create(aanvraag=aanvraag, organisatie=aanvraag.organisatie)
    spiegel.team.add(teamlid)
    client = login(teamlid)
    assert client.get(f"/aanvragen/{aanvraag.pk}/").status_code == 200
    assert client.post(f"/aanvragen/{aanvraag.pk}/afwijzen/", {"reden": "x"}).status_code == 403
    assert client.get("/aanvragen/").status_code == 403


# --- the contact portal -------------------------------------------------------------------


@pytest.fixture
def contact(aanvraag):
    user = UserFactory(rol=Rol.CONTACTPERSOON, organisatie=aanvraag.organisatie)
    aanvraag.contactpersoon = user
    aanvraag.save()
    return user


def test_the_portal_shows_a_friendly_timeline_without_staff_notes(
    login, coordinator, contact, aanvraag
):
    services.intake_plannen(aanvraag=aanvraag, op=aanvraag.ingediend_op, door=coordinator)
    services.intakeverslag_opslaan(aanvraag=aanvraag, tekst="Intern: twijfels", door=coordinator)
    page = login(contact).get(f"/portaal/aanvragen/{aanvraag.pk}/").content.decode()
    assert "We hebben een intakegesprek met u gepland op" in page
    assert "Verslag van het intakegesprek bijgewerkt" not in page
    assert "Intern: twijfels" not in page
    assert 'aria-current="step">Intake' in page


def test_the_contact_uploads_and_downloads_a_document_audited(login, contact, aanvraag):
    client = login(contact)
    r = client.post(
        f"/portaal/aanvragen/{aanvraag.pk}/documenten/",
        {"titel": "Jaarverslag", "bestand": SimpleUploadedFile("jv.pdf", PDF)},
    )
    assert r.status_code == 302
    document = Document.objects.get(aanvraag=aanvraag)
    assert document.van_contact and document.geupload_door == contact
    response = client.get(f"/aanvragen/{aanvraag.pk}/documenten/{document.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith('attachment; filename="Jaarverslag.pdf"')
    assert AuditRegel.objects.filter(actie=AuditActie.DOWNLOAD, object_id=str(document.pk)).exists()


def test_a_refused_upload_explains_why_in_the_portal(login, contact, aanvraag):
    page = login(contact).post(
        f"/portaal/aanvragen/{aanvraag.pk}/documenten/",
        {"titel": "Nep", "bestand": SimpleUploadedFile("nep.pdf", b"gewoon tekst")},
    )
    assert page.status_code == 200
    assert "past niet bij de extensie .pdf" in page.content.decode()
    assert 'value="Nep"' in page.content.decode()
    assert not Document.objects.exists()


def test_a_contact_does_not_see_the_teams_own_documents(login, contact, aanvraag):
    intern = Document.objects.create(
        aanvraag=aanvraag, titel="Intern", bestand="x.pdf", mime_type="application/pdf", grootte=1
    )
    client = login(contact)
    assert client.get(f"/aanvragen/{aanvraag.pk}/documenten/{intern.pk}/").status_code == 404
    assert "Intern" not in client.get(f"/portaal/aanvragen/{aanvraag.pk}/").content.decode()


def test_a_contact_of_another_organisation_gets_404_on_every_request_url(login, aanvraag, contact):
    document = Document.objects.create(
        aanvraag=aanvraag,
        titel="Gedeeld",
        bestand="x.pdf",
        mime_type="application/pdf",
        grootte=1,
        van_contact=True,
    )
    ander = UserFactory(rol=Rol.CONTACTPERSOON, organisatie=OrganisatieFactory())
    client = login(ander)
    pk = aanvraag.pk
    gets = [
        f"/aanvragen/{pk}/",
        f"/portaal/aanvragen/{pk}/",
        f"/aanvragen/{pk}/documenten/{document.pk}/",
    ]
    posts = [
        f"/portaal/aanvragen/{pk}/documenten/",
        f"/aanvragen/{pk}/intake/",
        f"/aanvragen/{pk}/verslag/",
        f"/aanvragen/{pk}/organisatie/",
        f"/aanvragen/{pk}/accepteren/",
        f"/aanvragen/{pk}/afwijzen/",
        f"/aanvragen/{pk}/intrekken/",
        f"/aanvragen/{pk}/kernvragen/",
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    for url in posts:
        assert client.post(url, {"reden": "x"}).status_code == 404, url
    assert aanvraag.referentie not in client.get("/portaal/").content.decode()


def test_portal_panels_of_other_apps_are_rendered(login, contact, aanvraag, monkeypatch):
    from spiegel import registry

    def paneel(a, u):
        return [
            (
                "spiegel/partials/_veldfout.html",
                {"fouten": [f"Gepland voor {a.referentie}"], "veld": "x"},
            )
        ]

    # The fieldwork app's panel replaced by this one, for this test only.
    monkeypatch.setattr(registry.portaal_panelen, "_items", dict(registry.portaal_panelen._items))
    registry.portaal_panelen.registreren("gesprekken", paneel, volgorde=10)
    page = login(contact).get(f"/portaal/aanvragen/{aanvraag.pk}/").content.decode()
    assert f"Gepland voor {aanvraag.referentie}" in page


def test_status_changes_by_other_apps_get_a_friendly_line_for_the_contact(aanvraag):
    Aanvraag.objects.filter(pk=aanvraag.pk).update(status=Status.GEACCEPTEERD)
    services.status_wijzigen(aanvraag=aanvraag, naar=Status.VELDWERK)
    assert Gebeurtenis.objects.get(naar_status=Status.VELDWERK).tekst_contact.startswith(
        "De gesprekken"
    )
    assert Kernvraag.objects.count() == 0


def test_request_and_portal_pages_have_a_fixed_number_of_queries(
    login, coordinator, contact, aanvraag, django_assert_max_num_queries
):
    from django.test import Client

    pages = [
        (login(coordinator, c=Client()), f"/aanvragen/{aanvraag.pk}/"),
        (login(contact, c=Client()), f"/portaal/aanvragen/{aanvraag.pk}/"),
    ]

    def counts():
        result = []
        for client, url in pages:
            with django_assert_max_num_queries(30) as queries:
                assert client.get(url).status_code == 200
            result.append(len(queries.captured_queries))
        return result

    before = counts()
    # More timeline lines and documents do not add queries.
    for i in range(5):
        services.intakeverslag_opslaan(aanvraag=aanvraag, tekst=f"v{i}", door=coordinator)
        Document.objects.create(
            aanvraag=aanvraag,
            titel=f"d{i}",
            bestand="x.pdf",
            mime_type="application/pdf",
            grootte=1,
            van_contact=True,
        )
    assert counts() == before


def test_an_invitation_can_be_sent_again_until_a_password_is_set(login, coordinator, client):
    from django.test import Client

    from tests.spiegel.intake_helpers import formulier

    data = formulier()
    client.post("/aanvragen/nieuw/", data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    staf = login(coordinator, c=Client())
    assert (
        "Uitnodiging opnieuw versturen" in staf.get(f"/aanvragen/{aanvraag.pk}/").content.decode()
    )
    staf.post(f"/aanvragen/{aanvraag.pk}/uitnodigen/")
    assert Bericht.objects.filter(onderwerp="Uw toegang tot het Spiegel-portaal").count() == 2
    aanvraag.contactpersoon.set_password("een-ander-lang-wachtwoord")
    aanvraag.contactpersoon.save()
    staf.post(f"/aanvragen/{aanvraag.pk}/uitnodigen/")
    assert Bericht.objects.filter(onderwerp="Uw toegang tot het Spiegel-portaal").count() == 2
