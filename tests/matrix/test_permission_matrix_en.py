"""The permission matrix once more with the language switch set to English: every GET URL
answers every role as declared, and each full page it serves is English (`<html lang="en">`).

Access does not depend on the language, so one world per role is enough here (the Dutch
matrix builds one per URL and also covers the POST declarations): this walk takes a fraction
of the Dutch one's time (figures in benchmarks/RESULTS.md, "Permission matrix in English").
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
