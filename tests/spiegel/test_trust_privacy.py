"""Data-subject rights: an admin exports everything about a person as JSON, and erases
(pseudonymises) it; erasure invalidates every PDF that contained the name, so it is rendered
again on the next request."""

import json

import pytest
from django.core.files.storage import default_storage
from django_otp.plugins.otp_totp.models import TOTPDevice

from gesprekken.models import Deelnemer
from rapportage.constants import RenderStatus
from rapportage.models import RenderJob
from spiegel import berichten, privacy
from spiegel.constants import AuditActie, Rol
from spiegel.models import Aanvraag, AuditRegel, Bericht
from tests.conftest import TEST_PASSWORD
from tests.factories import UserFactory
from tests.spiegel.trust_data import rapport, veldwerk

NAAM = "Noor van Dijk"


@pytest.fixture
def persoon(world):
    """A contact with an account, named on her request and as a participant in fieldwork,
    with sent email, a denied attempt in the audit trail, and PDFs: one of her Spiegel, one
    of another Spiegel naming her in the text, one of another Spiegel without her name."""
    user = world.users["contact_a"]
    user.naam = NAAM
    user.telefoon = "06 12345678"
    user.save()
    TOTPDevice.objects.create(user=user, name="telefoon", confirmed=True)
    aanvraag = world.aanvraag_a
    Aanvraag.objects.filter(pk=aanvraag.pk).update(
        contact_naam=NAAM, contact_email=user.email, contact_telefoon="06 12345678"
    )
    veldwerk(world.spiegel_a, gesprekken=1, namen=(NAAM,))
    veldwerk(world.spiegel_b, gesprekken=1, namen=(NAAM, "Piet Pieters"))
    berichten.versturen(aan=[user.email], template="spiegel/email/test", context={})
    AuditRegel.objects.create(
        gebruiker=user, gebruiker_email=user.email, actie=AuditActie.GEWEIGERD, object_soort="x"
    )
    return {
        "user": user,
        "eigen_pdf": rapport(world.spiegel_a, "Rapport voor Gemeente Alfa"),
        "pdf_met_naam": rapport(world.spiegel_b, f"Met dank aan {NAAM} voor de rondleiding"),
        "pdf_zonder_naam": rapport(world.spiegel_b, "Rapport zonder namen", vorm="gesprek"),
    }


def test_export_holds_account_requests_participation_email_and_audit(persoon, world):
    data = privacy.exporteren(privacy.Persoon.van(user=persoon["user"]))
    json.dumps(data)  # serialisable as it is
    assert data["account"]["email"] == "a@alfa.example"
    assert data["account"]["telefoon"] == "06 12345678"
    assert data["account"]["tweede_factor"] == [{"naam": "telefoon", "bevestigd": True}]
    assert "key" not in json.dumps(data["account"])  # never the TOTP secret
    assert [a["referentie"] for a in data["aanvragen"]] == [world.aanvraag_a.referentie]
    assert {d["spiegel"] for d in data["genoemd_als_deelnemer"]} == {
        world.aanvraag_a.referentie,
        world.aanvraag_b.referentie,
    }
    assert len(data["emails"]) == 1
    assert [r["actie"] for r in data["audittrail"]] == [AuditActie.GEWEIGERD]


def test_export_finds_a_person_without_an_account_by_name(persoon, world):
    data = privacy.exporteren(privacy.Persoon.van(naam="Piet Pieters"))
    assert data["account"] is None
    assert [d["spiegel"] for d in data["genoemd_als_deelnemer"]] == [world.aanvraag_b.referentie]


def test_admin_downloads_the_export_as_json_and_it_is_audited(persoon, world, login):
    client = login(world.users["beheerder"])
    response = client.post(
        "/admin/spiegel/user/privacy/",
        {"email": "a@alfa.example", "naam": NAAM, "exporteren": "1"},
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["naam"] == NAAM
    assert AuditRegel.objects.filter(actie=AuditActie.EXPORT, object_soort="persoon").exists()
    # The same from the user list, as an admin action on one selected account.
    response = client.post(
        "/admin/spiegel/user/",
        {"action": "persoonsgegevens_exporteren", "_selected_action": [persoon["user"].pk]},
    )
    assert json.loads(response.content)["account"]["email"] == "a@alfa.example"


def test_privacy_page_shows_what_is_held_and_asks_for_confirmation(persoon, world, login):
    client = login(world.users["beheerder"])
    page = client.get(f"/admin/spiegel/user/privacy/?gebruiker={persoon['user'].pk}")
    assert page.status_code == 200 and b"a@alfa.example" in page.content
    found = client.post("/admin/spiegel/user/privacy/", {"email": "a@alfa.example", "naam": NAAM})
    assert found.context["overzicht"]["deelnemer"] == 2
    unconfirmed = client.post(
        "/admin/spiegel/user/privacy/",
        {"email": "a@alfa.example", "naam": NAAM, "wissen": "1"},
    )
    assert "Bevestig" in unconfirmed.content.decode()
    assert Deelnemer.objects.filter(naam=NAAM).count() == 2
    empty = client.post("/admin/spiegel/user/privacy/", {"zoeken": "1"})
    assert "Vul een e-mailadres of een naam in." in empty.content.decode()


def test_erasure_pseudonymises_and_invalidates_pdfs_that_held_the_name(
    persoon, world, login, client, django_capture_on_commit_callbacks
):
    user = persoon["user"]
    contact_client = login(user)
    assert contact_client.get("/").status_code == 200
    beheer = login(world.users["beheerder"], c=type(client)())
    files = {k: persoon[k].bestand.name for k in ("eigen_pdf", "pdf_met_naam", "pdf_zonder_naam")}
    # Every rendered PDF of her own Spiegel (the world may hold more than the fixture's) plus
    # the one of another Spiegel that names her.
    te_ontkrachten = (
        RenderJob.objects.filter(schets__spiegel=world.spiegel_a).exclude(bestand="").count() + 1
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = beheer.post(
            "/admin/spiegel/user/privacy/",
            {"email": user.email, "naam": NAAM, "wissen": "1", "bevestigd": "ja"},
        )
    assert response.status_code == 302

    user.refresh_from_db()
    assert user.naam == f"Verwijderde gebruiker {user.pk}"
    assert user.email.endswith("@verwijderd.invalid")
    assert (user.telefoon, user.is_active, user.has_usable_password()) == ("", False, False)
    assert not TOTPDevice.objects.filter(user=user).exists()
    aanvraag = Aanvraag.objects.get(pk=world.aanvraag_a.pk)
    assert (aanvraag.contact_naam, aanvraag.contact_telefoon) == ("Verwijderd", "")
    assert not Deelnemer.objects.filter(naam=NAAM).exists()
    assert Deelnemer.objects.filter(naam="Piet Pieters").count() == 1  # others untouched
    assert not Bericht.objects.filter(aan__contains=["a@alfa.example"]).exists()

    # PDFs: hers and the one naming her are invalidated for re-rendering; the other stays.
    for key in ("eigen_pdf", "pdf_met_naam"):
        job = persoon[key]
        job.refresh_from_db()
        assert (job.status, job.bestand.name) == (RenderStatus.WACHTRIJ, ""), key
        assert not default_storage.exists(files[key])
    other = persoon["pdf_zonder_naam"]
    other.refresh_from_db()
    assert other.status == RenderStatus.KLAAR and default_storage.exists(files["pdf_zonder_naam"])

    # Her session has ended, and she can no longer sign in.
    after = contact_client.get("/")
    assert after.status_code == 200 and not after.context["user"].is_authenticated
    attempt = type(client)().post(
        "/account/login/",
        {
            "login_view-current_step": "auth",
            "auth-username": "a@alfa.example",
            "auth-password": TEST_PASSWORD,
        },
    )
    assert attempt.context["wizard"]["steps"].current == "auth"  # not on to the token step
    assert attempt.context["form"].errors

    regel = AuditRegel.objects.get(actie=AuditActie.VERWIJDEREN, object_soort="persoon")
    assert regel.gebruiker == world.users["beheerder"]
    assert NAAM not in regel.omschrijving
    assert f"{te_ontkrachten} PDF's opnieuw" in regel.omschrijving


def test_erasing_a_team_member_invalidates_the_pdfs_of_their_spiegels(world):
    teamlid = world.users["teamlid"]
    job = rapport(world.spiegel_a, "Team: iemand anders")
    privacy.wissen(privacy.Persoon.van(user=teamlid))
    job.refresh_from_db()
    assert job.status == RenderStatus.WACHTRIJ


def test_only_the_beheerder_reaches_the_privacy_page(world, login):
    for role in ("coordinator", "teamlid", "contact_a"):
        assert login(world.users[role]).get("/admin/spiegel/user/privacy/").status_code == 302
    staff_without_rights = UserFactory(rol=Rol.COORDINATOR, is_staff=True)
    assert login(staff_without_rights).get("/admin/spiegel/user/privacy/").status_code == 403
