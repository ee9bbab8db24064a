"""The audit trail records denied attempts and failed sign-ins; admins read and filter it, export
it as CSV, and nobody can change or delete it (the database refuses too). Axes locks the
(account, address) pair it counted, and stores no password."""

import csv
import io

import pytest
from axes.models import AccessAttempt
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel.constants import AuditActie
from spiegel.models import AuditRegel
from tests.conftest import TEST_PASSWORD

TRUST_URLS = pytest.mark.urls("tests.spiegel.trust_urls")


@pytest.fixture(autouse=True)
def _trust_namespace(settings):
    settings.AUDIT_GEWEIGERD_NAMESPACES = [*settings.AUDIT_GEWEIGERD_NAMESPACES, "trust_test"]


def sign_in_post(client, email, password):
    return client.post(
        "/account/login/",
        {"login_view-current_step": "auth", "auth-username": email, "auth-password": password},
        REMOTE_ADDR="10.1.2.3",
    )


def geweigerd():
    return list(AuditRegel.objects.filter(actie=AuditActie.GEWEIGERD).order_by("pk"))


@TRUST_URLS
@pytest.mark.django_db
def test_teamlid_of_another_spiegel_gets_404_and_a_denied_audit_row(world, login):
    client = login(world.users["teamlid_ander"])
    response = client.get(f"/trust-test/{world.spiegel_a.pk}/notities/")
    assert response.status_code == 404
    [regel] = geweigerd()
    assert regel.gebruiker == world.users["teamlid_ander"]
    assert regel.object_soort == "trust_test:notities"
    assert regel.object_id == f"spiegel_pk={world.spiegel_a.pk}"
    assert regel.gelukt is False
    assert regel.pad == f"/trust-test/{world.spiegel_a.pk}/notities/"
    assert regel.ip_adres == "127.0.0.1"


@TRUST_URLS
@pytest.mark.django_db
def test_team_member_reading_is_not_recorded_as_denied(world, login):
    client = login(world.users["teamlid"])
    assert client.get(f"/trust-test/{world.spiegel_a.pk}/notities/").status_code == 200
    assert geweigerd() == []


@TRUST_URLS
@pytest.mark.django_db
def test_403_anywhere_is_recorded(world, login):
    client = login(world.users["contact_b"])
    assert client.get(f"/trust-test/{world.spiegel_a.pk}/verboden/").status_code == 403
    [regel] = geweigerd()
    assert regel.omschrijving == "HTTP 403 GET"


@TRUST_URLS
@pytest.mark.django_db
def test_view_that_records_its_own_denial_gets_no_second_row(world, login):
    client = login(world.users["contact_b"])
    assert client.get(f"/trust-test/{world.spiegel_a.pk}/zelf/").status_code == 404
    [regel] = geweigerd()
    assert regel.object_soort == "spiegel.spiegel"


@TRUST_URLS
@pytest.mark.django_db
def test_404_outside_confidential_urls_and_anonymous_visits_are_not_recorded(world, login, client):
    assert client.get(f"/trust-test/{world.spiegel_a.pk}/notities/").status_code == 302
    login(world.users["teamlid_ander"])
    assert client.get("/bestaat-niet/").status_code == 404
    assert geweigerd() == []


@pytest.mark.django_db
def test_failed_sign_in_of_a_known_account_is_recorded_without_the_password(client, world):
    user = world.users["teamlid"]
    response = sign_in_post(client, user.email.upper(), "fout-wachtwoord-CANARY")
    assert response.status_code == 200
    [regel] = geweigerd()
    assert (regel.gebruiker, regel.object_soort, regel.ip_adres) == (user, "aanmelding", "10.1.2.3")
    values = " ".join(str(v) for v in AuditRegel.objects.values_list().get())
    assert "CANARY" not in values


@pytest.mark.django_db
def test_wrong_second_factor_code_is_recorded(client, world):
    user = world.users["teamlid"]
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    sign_in_post(client, user.email, TEST_PASSWORD)
    response = client.post(
        "/account/login/", {"login_view-current_step": "token", "token-otp_token": "000000"}
    )
    assert response.context["wizard"]["steps"].current == "token"
    [regel] = geweigerd()
    assert (regel.gebruiker, regel.omschrijving) == (user, "Verkeerde code tweede factor")


@pytest.mark.django_db
def test_failed_sign_in_of_an_unknown_name_stores_no_typed_text(client, db):
    # People type their password into the name field; an unknown name is not kept.
    sign_in_post(client, "wachtwoord-in-naamveld-CANARY", "x")
    [regel] = geweigerd()
    assert regel.gebruiker is None and regel.gebruiker_email == ""
    assert regel.omschrijving == "Aanmelden mislukt (onbekend account)"


@pytest.mark.django_db
def test_axes_locks_the_account_address_pair_it_counted_and_keeps_no_password(client, world):
    user = world.users["teamlid"]
    for _ in range(5):
        sign_in_post(client, user.email, "fout-wachtwoord-CANARY")
    attempt = AccessAttempt.objects.get()
    assert attempt.username == user.email  # keyed on the account, not on None
    assert attempt.failures_since_start == 5
    assert "CANARY" not in attempt.post_data + attempt.get_data
    # Locked: even the right password is refused now.
    response = sign_in_post(client, user.email, TEST_PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another account from the same address is not locked.
    other = world.users["coordinator"]
    TOTPDevice.objects.create(user=other, name="default", confirmed=True)
    response = sign_in_post(client, other.email, TEST_PASSWORD)
    assert response.status_code == 200 and "Code uit de app" in response.content.decode()
    # The lockout itself is in the audit trail.
    assert AuditRegel.objects.filter(omschrijving="Account tijdelijk geblokkeerd").exists()


@pytest.mark.django_db
def test_database_refuses_to_change_or_delete_audit_rows(world):
    regel = AuditRegel.objects.create(actie=AuditActie.LEZEN, object_soort="x")
    for sql in (
        "UPDATE spiegel_auditregel SET omschrijving = 'x' WHERE id = %s",
        "DELETE FROM spiegel_auditregel WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [regel.pk])
    for orm_write in (
        lambda: AuditRegel.objects.filter(pk=regel.pk).update(omschrijving="x"),
        lambda: AuditRegel.objects.filter(pk=regel.pk).delete(),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            orm_write()
    assert AuditRegel.objects.filter(pk=regel.pk, omschrijving="").exists()


@pytest.mark.django_db
def test_admin_reads_and_filters_the_audit_trail_but_cannot_add_change_or_delete(world, login):
    regel = AuditRegel.objects.create(actie=AuditActie.LEZEN, object_soort="gesprekken.aantekening")
    AuditRegel.objects.create(actie=AuditActie.GEWEIGERD, object_soort="x", gelukt=False)
    client = login(world.users["beheerder"])
    base = "/admin/spiegel/auditregel/"
    response = client.get(base, {"actie__exact": "lezen"})
    assert response.status_code == 200
    assert list(response.context["cl"].queryset) == [regel]
    assert client.get(base + "add/").status_code == 403
    change = client.get(f"{base}{regel.pk}/change/")
    assert change.status_code == 200 and b'name="_save"' not in change.content
    assert client.post(f"{base}{regel.pk}/change/", {"omschrijving": "x"}).status_code == 403
    assert client.post(f"{base}{regel.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post(base, {"action": "delete_selected", "_selected_action": [regel.pk]})
    assert AuditRegel.objects.filter(pk=regel.pk).exists()


@pytest.mark.django_db
def test_admin_exports_exactly_the_filtered_rows_as_csv(world, login):
    AuditRegel.objects.create(actie=AuditActie.LEZEN, object_soort="a", omschrijving="=1+1")
    AuditRegel.objects.create(actie=AuditActie.GEWEIGERD, object_soort="b", gelukt=False)
    AuditRegel.objects.create(actie=AuditActie.LEZEN, object_soort="c")
    client = login(world.users["beheerder"])
    changelist = client.get("/admin/spiegel/auditregel/?actie__exact=lezen")
    assert b"/admin/spiegel/auditregel/export/?actie__exact=lezen" in changelist.content
    response = client.get("/admin/spiegel/auditregel/export/?actie__exact=lezen")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["op", "e-mailadres gebruiker", "actie"]
    assert sorted(r[3] for r in rows[1:]) == ["a", "c"]
    assert "'=1+1" in [r[8] for r in rows[1:]]  # no formula reaches a spreadsheet
    # The export itself is in the trail.
    assert AuditRegel.objects.filter(actie=AuditActie.EXPORT, gebruiker=world.users["beheerder"])


@pytest.mark.django_db
def test_only_the_beheerder_may_export_the_audit_trail(world, login):
    for role in ("coordinator", "teamlid", "contact_a"):
        response = login(world.users[role]).get("/admin/spiegel/auditregel/export/")
        assert response.status_code == 302, role
