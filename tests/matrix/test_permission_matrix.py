"""Walks every URL pattern of the project for every role and compares with the declared
expectation. A URL without a declaration fails; so does any unexpected outcome."""

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.conftest import ROLES, app_test_modules, build_world, verify
from tests.matrix.expectations import FORBIDDEN, LOGIN, NOT_ALLOWED, NOT_FOUND, OK, REDIRECT


def declared() -> dict:
    result = {}
    for module in app_test_modules("expectations"):
        overlap = result.keys() & module.EXPECTATIONS.keys()
        assert not overlap, f"declared twice: {overlap}"
        result.update(module.EXPECTATIONS)
    return result


def walk(resolver=None, namespace="", prefix=""):
    """Yield (name, route, converters) for every named pattern."""
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from walk(p, ns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            name = f"{namespace}{p.name}" if p.name else f"{namespace}<unnamed:{prefix}{p.pattern}>"
            yield name, prefix + str(p.pattern), list(p.pattern.converters)


ALL = sorted({name: (route, conv) for name, route, conv in walk()}.items())
PROJECT = [(n, rc) for n, rc in ALL if not n.startswith("admin:") and "<unnamed:admin/" not in n]
ADMIN = [(n, rc) for n, rc in ALL if n.startswith("admin:")]


def test_every_url_has_a_declared_expectation():
    missing = [n for n, _ in PROJECT if n not in declared()]
    assert not missing, f"URL patterns without a declared expectation: {missing}"


def test_no_declaration_names_a_url_that_does_not_exist():
    names = {n for n, _ in PROJECT}
    stale = [n for n in declared() if n not in names]
    assert not stale, f"declared but no such URL: {stale}"


def outcome(response) -> str:
    code = response.status_code
    if 200 <= code < 300:
        return OK
    if code in (301, 302, 303, 307, 308):
        location = response.headers.get("Location", "")
        if "/account/login/" in location or "/admin/login/" in location:
            return LOGIN
        return REDIRECT
    return {404: NOT_FOUND, 403: FORBIDDEN, 405: NOT_ALLOWED}.get(code, str(code))


def client_for(role, world) -> Client:
    client = Client(raise_request_exception=True)
    if role != "anoniem":
        verify(client, world.users[role])
    return client


def fill(route: str, converters, params: dict) -> str:
    from django.urls.resolvers import RoutePattern  # noqa: F401

    url = "/" + route
    for name in converters:
        assert name in params, (
            f"no value for URL parameter {name!r}: add it to tests/<app>/world.py"
        )
        import re

        url = re.sub(r"<(?:\w+:)?" + name + ">", str(params[name]), url)
    return url


@pytest.mark.django_db
@pytest.mark.parametrize("name,route_conv", PROJECT, ids=[n for n, _ in PROJECT])
def test_url_answers_each_role_as_declared(name, route_conv):
    route, converters = route_conv
    exp = declared().get(name)
    assert exp is not None, f"{name} has no declared expectation"
    world = build_world()
    url = fill(route, converters, world.params())
    wrong = {}
    for role in ROLES:
        client = client_for(role, world)
        response = getattr(client, exp.method)(url, data=exp.data or None)
        got = outcome(response)
        if got != exp.for_role(role):
            wrong[role] = f"expected {exp.for_role(role)}, got {got} ({response.status_code})"
    assert not wrong, f"{name} ({url}): {wrong}"


def admin_object_id(name: str):
    """For admin change/delete/history URLs: an existing object of that model."""
    label = name.split(":", 1)[1].rsplit("_", 1)[0]
    for model in apps.get_models():
        if f"{model._meta.app_label}_{model._meta.model_name}" == label:
            obj = model._default_manager.order_by("pk").first()
            return obj.pk if obj else None
    return None


@pytest.mark.django_db
@pytest.mark.parametrize("name,route_conv", ADMIN, ids=[n for n, _ in ADMIN])
def test_admin_is_for_the_beheerder_only(name, route_conv):
    """Nobody but the beheerder ever gets a page of the admin; the beheerder gets each one
    (or a redirect, a 403 where the admin itself forbids an action such as adding audit
    rows, or a 404 for an object that does not exist), and never an error."""
    route, converters = route_conv
    world = build_world()
    params = {"app_label": "spiegel", "content_type_id": "1"}
    for conv in converters:
        if conv not in params:
            pk = admin_object_id(name) if conv == "object_id" else world.users["beheerder"].pk
            # No such object in the world: the admin answers the beheerder with a redirect;
            # the others must still never see a page.
            params[conv] = pk if pk is not None else 999999
    if "(?P<app_label>" in route:
        url = "/admin/spiegel/"
    elif "(?P<url>" in route:  # the admin's catch-all: an unknown admin page
        url = "/admin/bestaat-niet/"
    else:
        url = fill(route, converters, params)
    wrong = {}
    for role in ROLES:
        response = client_for(role, world).get(url)
        got = outcome(response)
        if role == "beheerder":
            ok = got in (OK, REDIRECT, FORBIDDEN, NOT_ALLOWED, NOT_FOUND) or name == "admin:login"
        else:
            ok = got != OK
        if not ok:
            wrong[role] = f"got {got} ({response.status_code})"
    assert not wrong, f"{name} ({url}): {wrong}"
