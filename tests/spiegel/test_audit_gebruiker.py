"""An account with audit rows cannot be deleted (the trail is append-only); the admin says so
instead of failing."""

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from spiegel.models import AuditRegel

pytestmark = pytest.mark.django_db


def test_deleting_an_account_with_audit_rows_is_refused_and_the_rows_stay(world):
    teamlid = world.users["teamlid"]
    AuditRegel.objects.create(gebruiker=teamlid, gebruiker_email=teamlid.email, actie="lezen")
    with pytest.raises(ProtectedError):
        teamlid.delete()
    assert AuditRegel.objects.filter(gebruiker=teamlid).exists()


def test_admin_delete_page_explains_instead_of_failing(world, login):
    teamlid = world.users["teamlid"]
    AuditRegel.objects.create(gebruiker=teamlid, gebruiker_email=teamlid.email, actie="lezen")
    client = login(world.users["beheerder"])
    url = reverse("admin:spiegel_user_delete", args=[teamlid.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 200  # the page lists the protected rows, nothing deleted
    assert type(teamlid).objects.filter(pk=teamlid.pk).exists()
