"""Fuzzes every URL of the project for every role of the permission matrix: GET with odd
query parameters and POST with odd form fields (the real form's fields and CSRF token,
read from the pages with html.parser), values from Hypothesis: NUL bytes, lone surrogates
and broken UTF-8 as raw bytes, 100,000-character strings, negative and huge numbers,
repeated keys where one value is expected, empty values.

Promises checked: no answer is a 500; every 4xx to a signed-in user is a Dutch message
(not Django's English default, not an empty body); a form that is refused comes back
with what the person typed still in it. Each request runs in a savepoint that is rolled
back, so the world stays the same for every example."""

import copy
import html
import os
import re
import sys
from collections import Counter, defaultdict

import pytest
from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.conftest import ROLES, build_world, verify
from tests.fuzz.forms import TEXT_TYPES, encode_pairs, forms_of, multipart_body, visible_text
from tests.matrix.test_permission_matrix import PROJECT, declared, fill

# Examples per URL and role: more where the role gets the page, a few where it does not
# (input is parsed before access is checked in some views).
EXAMPLES_OPEN = 3
EXAMPLES_CLOSED = 1
SLOW = {"healthz"}
# Query parameters the views read, beside the fields of the page's own GET forms.
KNOWN_QUERY = [
    "q",
    "pagina",
    "a",
    "b",
    "concept",
    "gebruiker",
    "check",
    "next",
    "status",
    "organisatie_naam",
]
ENGLISH_DEFAULTS = (
    "Bad Request",
    "Not Found",
    "Forbidden",
    "Method Not Allowed",
    "CSRF verification failed",
    "The requested resource",
    "Server Error",
    "Page not found",
)
DUTCH_WORDS = re.compile(r"\b(de|het|een|niet|geen|u|uw|is|van|kan|mag|dit|deze)\b", re.I)

NUL = st.text(max_size=20).map(lambda s: f"{s}\x00{s}")
BROKEN = st.sampled_from(
    [b"\xed\xa0\x80", b"a\xed\xb3\xbfb", b"\xff\xfe\xfd", b"caf\xc3", b"\xc0\xaf", b"%00"]
)
LONG = st.sampled_from(["x" * 100_000, "é" * 60_000, "1" * 100_000])
NUMBER = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["-1", "0", "-0", "1e309", "NaN", "inf", "2147483648", "-9223372036854775809"]),
)
ODD = st.sampled_from(["", " ", "2026-02-30", "9999-12-31T23:59", "0000-00-00 25:61", "../../etc"])
PLAIN = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip())
VALUE = st.one_of(NUL, BROKEN, LONG, NUMBER, ODD, PLAIN)
# One value, or the same key repeated.
VALUES = st.one_of(VALUE.map(lambda v: [v]), st.lists(VALUE, min_size=2, max_size=3))


class Stats:
    def __init__(self):
        self.requests = Counter()
        self.errors = Counter()
        self.failures = []

    def summary(self) -> str:
        lines = ["fuzz: requests and 500s per role"]
        for role in ROLES:
            lines.append(
                f"  {role:14} {self.requests[role]:6} requests  {self.errors[role]:3} x 500"
            )
        lines.append(
            f"  {'total':14} {sum(self.requests.values()):6} requests  "
            f"{sum(self.errors.values()):3} x 500"
        )
        return "\n".join(lines)


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return ""
    return response.content.decode("utf-8", "replace")


def typed_kept(body: str, typed: list[str]) -> list[str]:
    """The typed values a re-rendered form lost."""
    text = html.unescape(body)
    return [v for v in typed if v.strip() and v.strip() not in text]


def is_dutch_message(response) -> bool:
    body = body_of(response)
    if not body.strip():
        return False
    if any(phrase in body for phrase in ENGLISH_DEFAULTS):
        return False
    if response.get("Content-Type", "").startswith("application/json"):
        return bool(DUTCH_WORDS.search(body))
    return bool(DUTCH_WORDS.search(visible_text(body)))


class Fuzzer:
    def __init__(self, world, stats):
        self.world = world
        self.stats = stats
        self.exceptions = []
        self.clients = {}
        for role in ROLES:
            client = Client(raise_request_exception=False, enforce_csrf_checks=True)
            if role != "anoniem":
                verify(client, world.users[role])
            self.clients[role] = client

    def _record_exception(self, sender, request=None, **kwargs):
        self.exceptions.append(sys.exc_info()[1])

    def send(self, role, method, url, body=b"", query=b"", content_type=None, hx=False):
        client = self.clients[role]
        path = url + ("?" + query.decode("ascii") if query else "")
        headers = {"HX-Request": "true"} if hx else {}
        self.exceptions.clear()
        # Sessions, the cache and the data live in PostgreSQL: rolling back the savepoint
        # and putting the cookies back undoes a sign-out or a deletion.
        cookies = copy.deepcopy(client.cookies)
        with transaction.atomic():
            if method == "get":
                response = client.get(path, headers=headers)
            else:
                response = client.post(path, data=body, content_type=content_type, headers=headers)
            transaction.set_rollback(True)
        if "csrftoken" in client.cookies and "csrftoken" not in cookies:
            cookies["csrftoken"] = client.cookies["csrftoken"]
        client.cookies = cookies
        self.stats.requests[role] += 1
        return response

    def check(self, role, method, url, response, typed=(), what=""):
        problems = []
        deliberate = response.status_code == 503 and url.startswith("/healthz")
        if (response.status_code >= 500 and not deliberate) or self.exceptions:
            self.stats.errors[role] += 1
            exc = self.exceptions[-1] if self.exceptions else None
            problems.append(f"{response.status_code} {type(exc).__name__}: {exc}"[:300])
        elif (
            400 <= response.status_code < 500
            and role != "anoniem"
            and not is_dutch_message(response)
        ):
            problems.append(f"{response.status_code} without a Dutch message")
        if response.status_code in (200, 400, 409, 422) and typed:
            body = body_of(response)
            lost = typed_kept(body, typed)
            if lost and "<form" in body:
                problems.append(f"re-rendered form lost typed values {[v[:30] for v in lost]}")
        for p in problems:
            self.stats.failures.append(f"{role} {method.upper()} {url} {what}: {p}")
        return not problems


def example_runner(fuzzer: Fuzzer, role, name, url, exp, get_names, post_forms, examples):
    """One Hypothesis test per URL and role: a fuzzed GET, then a fuzzed POST."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def run(data):
        # GET with fuzzed query parameters.
        keys = data.draw(st.lists(st.sampled_from(get_names), min_size=1, max_size=4))
        pairs = [(k, v) for k in keys for v in data.draw(VALUES)]
        query = encode_pairs(pairs)
        r = fuzzer.send(role, "get", url, query=query)
        fuzzer.check(role, "get", url, r, what=f"?{query[:120]!r}")
        # POST with fuzzed fields of a real form aimed at this URL (or the declared data).
        if post_forms:
            form = data.draw(st.sampled_from(post_forms))
            base = form.defaults()
            names = [n for n in form.names() if n != "csrfmiddlewaretoken"] or ["veld"]
            multipart = form.multipart
            kinds = {f.name: f.kind for f in form.fields}
        else:
            base = list(exp.data.items()) if exp.method == "post" else []
            names = list(exp.data) or ["tekst"]
            multipart = False
            kinds = {}
        token = fuzzer.clients[role].cookies.get("csrftoken")
        chosen = set(data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=5)))
        sent, typed = [], []
        for k, v in base:
            if k not in chosen and k != "csrfmiddlewaretoken":
                sent.append((k, str(v)))
        for k in chosen:
            for v in data.draw(VALUES):
                sent.append((k, v))
                # Only a real text field of a real form is expected back.
                text_field = k in kinds and (kinds[k] in TEXT_TYPES or kinds[k] == "textarea")
                if (
                    isinstance(v, str)
                    and text_field
                    and "\x00" not in v
                    and k not in ("website", "auth-password")
                ):
                    typed.append(v)
        if token is not None:
            sent.append(("csrfmiddlewaretoken", token.value))
        if multipart:
            body = multipart_body(sent)
            ctype = "multipart/form-data; boundary=fuzzgrens"
        else:
            body = encode_pairs(sent)
            ctype = "application/x-www-form-urlencoded"
        hx = data.draw(st.booleans())
        r = fuzzer.send(role, "post", url, body=body, content_type=ctype, hx=hx)
        # Only a form refused on one field's own value keeps every typed value: a
        # repeated key keeps its last value, so check single values only.
        single = [v for v in typed if sum(1 for _, x in sent if x == v) == 1]
        fuzzer.check(role, "post", url, r, typed=single if not hx else (), what=f"{name}")

    return run


def fuzz_url(fuzzer: Fuzzer, name, url, exp, forms_by_action, first_answers):
    for role in ROLES:
        if name in SLOW and role != "anoniem":
            # Health checks wait up to a second for a worker and read no user input beyond
            # `check`: one role, one example.
            continue
        first = first_answers.get((role, url))
        if first is None:
            first = fuzzer.send(role, "get", url)
            fuzzer.check(role, "get", url, first, what="plain")
        open_ = first.status_code == 200
        own_forms = forms_of(body_of(first), url) if open_ else []
        get_names = [f.name for form in own_forms if form.method == "get" for f in form.fields]
        get_names = list(dict.fromkeys(get_names + list(exp.data) + KNOWN_QUERY))
        post_forms = [f for f in forms_by_action.get((role, url), []) if f.method == "post"]
        examples = EXAMPLES_OPEN if (open_ or post_forms) else EXAMPLES_CLOSED
        if name in SLOW:
            examples = 1
        example_runner(fuzzer, role, name, url, exp, get_names, post_forms, examples)()


@pytest.mark.django_db
def test_no_input_gives_a_500_and_every_refusal_is_dutch(capsys):
    world = build_world()
    params = world.params()
    expectations = declared()
    stats = Stats()
    fuzzer = Fuzzer(world, stats)
    got_request_exception.connect(fuzzer._record_exception)
    try:
        urls = [(n, fill(rc[0], rc[1], params), expectations[n]) for n, rc in PROJECT]
        # Which forms post where, for each role: read from every page the role can open.
        # The plain GET of each page is checked here too, and reused below.
        forms_by_action = defaultdict(dict)
        first_answers = {}
        for name, url, _exp in urls:
            if name in SLOW:
                continue
            for role in ROLES:
                r = fuzzer.send(role, "get", url)
                fuzzer.check(role, "get", url, r, what="plain")
                first_answers[(role, url)] = r
                if r.status_code == 200 and "html" in r.get("Content-Type", ""):
                    for form in forms_of(body_of(r), url):
                        key = (form.method, tuple(form.names()))
                        forms_by_action[(role, form.action)].setdefault(key, form)
        forms_by_action = {k: list(v.values()) for k, v in forms_by_action.items()}
        for name, url, exp in urls:
            fuzz_url(fuzzer, name, url, exp, forms_by_action, first_answers)
    finally:
        got_request_exception.disconnect(fuzzer._record_exception)
    with capsys.disabled():
        print("\n" + stats.summary())
    failures = list(dict.fromkeys(stats.failures))
    if failures and os.environ.get("FUZZ_REPORT"):
        with open(os.environ["FUZZ_REPORT"], "w", encoding="utf-8") as report:
            report.write("\n".join(failures))
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures[:80])
