"""The permission matrix once more with the language switch set to English: every GET URL
answers every role as declared, and each full page it serves is English (`<html lang="en">`).

Access does not depend on the language, so one world per role is enough for the GET walk;
the POST declarations get a world per URL, as in the Dutch matrix (figures in
benchmarks/RESULTS.md, "Permission matrix in English").
"""

import pytest
from django.conf import settings

from tests.conftest import ROLES, build_world
from tests.matrix.expectations import OK
from tests.matrix.test_permission_matrix import PROJECT, client_for, declared, fill, outcome


def english_client(role, world):
    client = client_for(role, world)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_get_url_answers_each_role_as_declared_in_english(role):
    world = build_world()
    client = english_client(role, world)
    wrong, pages = {}, 0
    for name, (route, converters) in PROJECT:
        exp = declared()[name]
        if exp.method != "get":
            continue
        url = fill(route, converters, world.params())
        response = client.get(url, data=exp.data or None)
        got = outcome(response)
        if got != exp.for_role(role):
            wrong[name] = f"expected {exp.for_role(role)}, got {got} ({response.status_code})"
            continue
        html = (
            response.content.decode(errors="replace")
            if got == OK
            and "text/html" in response.headers.get("Content-Type", "")
            and not getattr(response, "streaming", False)
            else ""
        )
        if "<html" in html:
            pages += 1
            if '<html lang="en">' not in html:
                wrong[name] = "served a full page that is not English"
    assert not wrong, f"{role} in English: {wrong}"
    if role != "anoniem":
        assert pages >= 5, f"{role}: only {pages} English pages seen"


POSTS = [(n, rc) for n, rc in PROJECT if declared()[n].method != "get"]


@pytest.mark.django_db
@pytest.mark.parametrize("name,route_conv", POSTS, ids=[n for n, _ in POSTS])
def test_every_post_url_answers_each_role_as_declared_in_english(name, route_conv):
    """The POST declarations in English too: a world per URL, as in the Dutch matrix,
    because a POST may change what the next role sees."""
    route, converters = route_conv
    exp = declared()[name]
    world = build_world()
    url = fill(route, converters, world.params())
    wrong = {}
    for role in ROLES:
        response = getattr(english_client(role, world), exp.method)(url, data=exp.data or None)
        got = outcome(response)
        if got != exp.for_role(role):
            wrong[role] = f"expected {exp.for_role(role)}, got {got} ({response.status_code})"
    assert not wrong, f"{name} ({url}) in English: {wrong}"


def test_the_english_walks_cover_every_declared_url():
    gets = [n for n, _ in PROJECT if declared()[n].method == "get"]
    assert len(gets) + len(POSTS) == len(PROJECT) and POSTS and gets
