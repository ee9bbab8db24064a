"""The public form under pressure: arbitrary input, concurrent double submits, Redis down."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from spiegel import berichten
from spiegel.forms import AanvraagForm
from spiegel.models import Aanvraag, Bericht
from tests.conftest import broker_at, wait_for, worker_mail
from tests.spiegel.intake_helpers import formulier

URL = "/aanvragen/nieuw/"

# Every character a browser can send (no lone surrogates), with a bias to the nasty ones.
tekens = st.characters(exclude_categories=("Cs",))
nasty = st.sampled_from(["\x00", "<script>", "'; DROP TABLE x;--", "\u202e", "😀", "Ω", " ", "\n"])
tekst = st.one_of(
    st.text(tekens, max_size=60),
    st.text(tekens, min_size=150, max_size=6000),
    st.lists(nasty, max_size=5).map("".join),
    st.sampled_from(["", "a", "@", "a@b", "+31 6 1234 5678", "Aalsmeer", "99999999999999999999"]),
)
waarde = st.one_of(st.none(), tekst, st.lists(tekst, max_size=12))
VELDEN = [*AanvraagForm.base_fields, "token", "actie", "bestand_verwijderen"]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
bestand = st.builds(
    lambda naam, ext, inhoud: SimpleUploadedFile(naam + ext, inhoud),
    st.text(tekens, min_size=1, max_size=300).filter(lambda n: n.strip(". ")),
    st.sampled_from([".pdf", ".docx", ".csv", ".exe", "", ".PDF"]),
    st.one_of(st.binary(max_size=2000), st.just(PDF)),
)


@hsettings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.fixed_dictionaries({}, optional=dict.fromkeys(VELDEN, waarde)))
@example({"organisatie_soort": "regio", "gemeenten": "<b>Nergens</b> & 'Elders'"})
@example(
    {
        "contact_telefoon": "\x00",
        "vragen": ["\x00", "x" * 1001],
        "bouwstenen": ["99999999999999999999"],
    }
)
@pytest.mark.django_db
def test_arbitrary_input_never_gives_a_500_and_every_rejection_names_its_field(data):
    client = Client(raise_request_exception=False)
    data = {k: v for k, v in data.items() if v is not None}
    data.setdefault("actie", "indienen")
    response = client.post(URL, data)
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 200 and response.context and "form" in response.context:
        form = response.context["form"]
        page = response.content.decode()
        for naam, fouten in form.errors.items():
            assert naam in form.fields, f"a rejection not tied to a field: {naam} {fouten}"
            label = str(form.fields[naam].label)
            for fout in fouten:
                assert f">{escape(label)}</a>: {escape(fout)}" in page or (
                    not response.context.get("fouten_tonen")
                ), (naam, fout)
    # The same input through the htmx endpoints: no 500 either.
    data.pop("bestanden", None)
    for veld in ("contact_email", "gemeenten", "vragen"):
        r = client.post("/aanvragen/nieuw/controleer/", {**data, "_veld": veld})
        assert r.status_code == 200
    r = client.post("/aanvragen/nieuw/concept/", data, headers={"HX-Request": "true"})
    assert r.status_code in (200, 204)


@pytest.mark.django_db(transaction=True)
def test_fifty_tokens_each_posted_twice_at_once_make_exactly_fifty_requests():
    tokens = [uuid.uuid4() for _ in range(50)]
    barriers = {t: threading.Barrier(2, timeout=60) for t in tokens}
    forms = {
        t: formulier(token=t, contact_email=f"c{i}@aalsmeer.example.nl")
        for i, t in enumerate(tokens)
    }

    def submit(token):
        try:
            client = Client()
            barriers[token].wait()  # both posts of a token leave together
            return client.post(URL, forms[token]).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=20) as pool:
        codes = list(pool.map(submit, [t for t in tokens for _ in range(2)]))
    assert codes == [302] * 100
    assert Aanvraag.objects.count() == 50
    assert set(Aanvraag.objects.values_list("indientoken", flat=True)) == set(tokens)
    # One number per request, none skipped: a lost race gives its number back.
    nummers = sorted(int(r[-4:]) for r in Aanvraag.objects.values_list("referentie", flat=True))
    assert nummers == list(range(1, 51))
    assert Bericht.objects.count() == 150  # confirmation, coordinators, invitation: once each


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_twenty_submissions_are_saved_and_mailed_once_redis_is_back(
    settings, throwaway_redis, celery_worker_process
):
    port, _start, stop = throwaway_redis
    client = Client(raise_request_exception=True)
    with broker_at(f"redis://127.0.0.1:{port}/0", settings):
        stop()  # Redis is down for the web process
        codes = [
            client.post(URL, formulier(contact_email=f"storing{i}@aalsmeer.example.nl")).status_code
            for i in range(20)
        ]
    assert codes == [302] * 20
    assert Aanvraag.objects.count() == 20
    assert Bericht.objects.filter(status=Bericht.Status.WACHTRIJ).count() == 60
    # Redis is back (the broker the real worker listens on): the beat sweeper re-sends.
    assert berichten.wachtende_opnieuw_aanbieden(ouder_dan_seconden=0) == 60
    wait_for(
        lambda: not Bericht.objects.exclude(status=Bericht.Status.VERZONDEN).exists(),
        timeout=120,
    )
    sent = worker_mail()
    for i in range(20):
        assert f"storing{i}@aalsmeer.example.nl" in sent


@pytest.mark.django_db(transaction=True)
def test_two_requests_with_one_new_address_at_once_both_succeed():
    tokens = [uuid.uuid4(), uuid.uuid4()]
    barrier = threading.Barrier(2, timeout=60)

    def submit(token):
        try:
            client = Client()
            barrier.wait()
            return client.post(
                URL, formulier(token=token, contact_email="samen@aalsmeer.example.nl")
            ).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(submit, tokens)) == [302, 302]
    assert Aanvraag.objects.count() == 2
    assert set(Aanvraag.objects.values_list("contactpersoon__email", flat=True)) == {
        "samen@aalsmeer.example.nl"
    }
