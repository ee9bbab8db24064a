"""The user and the second-factor device of every signed-in request are read with one plain
SELECT by primary key (spiegel/pklezen.py), giving the very instance the ORM gives, and
only where the ORM would give no other rows."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel.models import User
from spiegel.pklezen import by_pk

pytestmark = pytest.mark.django_db


def velden(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields}


@pytest.mark.parametrize("model", [User, TOTPDevice])
def test_the_lean_read_gives_what_the_orm_gives(world, login, model):
    login(world.users["teamlid"])  # a device too
    obj = model.objects.order_by("pk").last()
    orm = model._default_manager.filter(pk=obj.pk).first()
    lean = by_pk(model, obj.pk, using="default")
    assert type(lean) is model and velden(lean) == velden(orm)
    assert lean._state.db == "default" and not lean._state.adding
    assert by_pk(model, obj.pk + 10_000, using="default") is None


def test_user_by_pk_is_one_plain_select_and_a_missing_one_still_raises(world):
    user = world.users["coordinator"]
    with CaptureQueriesContext(connection) as q:
        assert velden(User.objects.get(pk=user.pk)) == velden(user)
    assert len(q) == 1
    assert q.captured_queries[0]["sql"].startswith('SELECT "id", "password",')
    assert "LIMIT" not in q.captured_queries[0]["sql"]  # not the ORM's get()
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=user.pk + 10_000)
    # Any other lookup takes Django's path.
    assert User.objects.get(pk=str(user.pk)) == user
    assert User.objects.get(email=user.email) == user


def test_related_managers_of_users_still_filter_by_their_owner(world):
    # An organisation's contacts and a group's users are managers built from UserManager:
    # a user outside them must stay outside.
    ander = world.users["contact_b"]
    with pytest.raises(User.DoesNotExist):
        world.org_a.contactpersonen.get(pk=ander.pk)
    assert world.org_b.contactpersonen.get(pk=ander.pk) == ander
    groep = Group.objects.create(name="g")
    with pytest.raises(User.DoesNotExist):
        groep.user_set.get(pk=ander.pk)


def test_a_signed_in_request_reads_its_user_with_one_plain_select(world, login):
    client = login(world.users["teamlid"])
    client.get("/catalogus/")
    with CaptureQueriesContext(connection) as q:
        assert client.get("/catalogus/").status_code == 200
    gebruiker = [x["sql"] for x in q.captured_queries if 'FROM "spiegel_user"' in x["sql"]]
    assert len(gebruiker) == 1 and "LIMIT" not in gebruiker[0], gebruiker


def test_a_deactivated_user_is_signed_out_on_the_next_request(world, login):
    user = world.users["teamlid"]
    client = login(user)
    assert client.get("/catalogus/").status_code == 200
    User.objects.filter(pk=user.pk).update(is_active=False)
    response = client.get("/catalogus/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]
