"""The confidential PDF: the three forms, fonts and metadata, the static-only fetcher (canary),
exactly-once rendering, the sweeper, release and the stamped, audited download."""

import io
import re
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import connections
from pypdf import PdfReader

from rapportage import pdf, pdf_inhoud, pdf_services
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob
from spiegel.constants import AuditActie, Rol, Status
from spiegel.models import AuditRegel
from tests.conftest import wait_for
from tests.factories import UserFactory
from tests.factories.pdf import QUOTE, definitieve_spiegel

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    """Each test its own private storage folder, so stored files can be counted."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }


def pdftotext_pages(data: bytes) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    return text.split("\f")


def pdffonts(data: bytes) -> list[dict]:
    out = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True)
    rows = []
    for line in out.stdout.decode().splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def render(vorm=Vorm.RAPPORTAGE, **kwargs) -> bytes:
    spiegel, schets, versie = definitieve_spiegel(**kwargs)
    html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=vorm)
    return pdf.render_pdf(html, title=titel)


@pytest.fixture(scope="module")
def report(django_db_setup, django_db_blocker):
    """One rendered report (rolled back afterwards), shared by the read-only checks."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        data = render(organisatie_naam="Gemeente Spiegelstad", zonder_toestemming=True)
        transaction.set_rollback(True)
    return data


# --- typography and metadata -----------------------------------------------------------


def test_every_font_is_embedded_noto_sans_so_a_fallback_shows(report):
    fonts = pdffonts(report)
    assert fonts, "no fonts found"
    for font in fonts:
        assert font["emb"] == "yes", font["line"]
        # A subset prefix, then the family: Noto Sans, never DejaVu or another fallback.
        assert re.fullmatch(r"[A-Z]{6}\+Noto-Sans(-Bold|-Italic|-BoldItalic)?", font["name"]), font[
            "line"
        ]


def test_pdf_is_pdfa_3b_tagged_with_dutch_title_and_language(report):
    reader = PdfReader(io.BytesIO(report))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert "/StructTreeRoot" in root  # tagged
    assert reader.metadata.title == "Spiegel Gemeente Spiegelstad: rapportage"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp


def test_report_has_cover_confidential_header_footer_and_quote(report):
    pages = pdftotext_pages(report)
    assert "Gemeente Spiegelstad" in pages[0] and "VERTROUWELIJK" in pages[0]
    assert re.search(r"\d{1,2} \w+ 20\d\d", pages[0])  # the date on the cover
    total = len([p for p in pages if p.strip()])
    for number, page in enumerate(pages[1:total], start=2):
        assert "Vertrouwelijk" in page
        assert "Gemeente Spiegelstad" in page
        assert f"pagina {number} van {total}" in page
    text = "\n".join(pages)
    assert " ".join(QUOTE.split()[:5]) in " ".join(text.split())
    assert "Dit citaat mag nergens verschijnen" not in text  # consent refused
    assert "Kernvragen en waar ze beantwoord worden" in text


def test_table_of_contents_page_numbers_match_where_sections_start(report):
    pages = pdftotext_pages(report)
    toc = next(i for i, p in enumerate(pages) if "Inhoud" in p and "...." in p)
    entries = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", pages[toc], re.M)
    assert len(entries) >= 8
    for title, number in entries:
        page = pages[int(number) - 1]
        body = page.split("\n", 3)[-1]  # below the running header
        assert title in body, f"{title!r} not on page {number}"
        assert not any(title in p.split("\n", 3)[-1] for p in pages[toc + 1 : int(number) - 1]), (
            f"{title!r} starts before page {number}"
        )


def test_kernvragen_say_where_they_are_answered_with_page_numbers(report):
    text = " ".join(" ".join(pdftotext_pages(report)).split())
    assert re.search(r"Beantwoord in: Aanleiding en vragen \(pagina 3\)", text)


def test_heat_map_is_vector_graphics_not_an_image(report):
    reader = PdfReader(io.BytesIO(report))
    last = reader.pages[-1]
    text = last.extract_text()
    assert "Waarnemingen per bouwsteen" in text and "Kracht" in text
    xobjects = last["/Resources"].get("/XObject", {})
    images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    assert images == []


def test_presentation_is_landscape_slides_and_handout_fits_two_pages():
    slides = PdfReader(io.BytesIO(render(Vorm.PRESENTATIE)))
    box = slides.pages[0].mediabox
    assert box.width > box.height
    assert len(slides.pages) >= 8  # title, questions, a slide per section, heat map, quotes
    handout = render(
        Vorm.GESPREK, organisatie_naam="Gemeente Zeedorp", alineas_per_sectie=9, extra_secties=20
    )
    assert 1 <= len(PdfReader(io.BytesIO(handout)).pages) <= 2
    assert "Gespreksnotitie Gemeente Zeedorp" in pdftotext_pages(handout)[0]


# --- the fetcher: nothing from outside -------------------------------------------------


@pytest.fixture
def canary():
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()


HOSTILE = """
<img src="http://127.0.0.1:{port}/img.png">
<img src="https://127.0.0.1:{port}/img-https.png">
<div style="background: url(http://127.0.0.1:{port}/css-inline.png)">x</div>
<style>@import url(http://127.0.0.1:{port}/import.css); body {{ background: url('http://127.0.0.1:{port}/css.png') }}</style>
<link rel="stylesheet" href="http://127.0.0.1:{port}/link.css">
<link rel="attachment" href="file:///etc/passwd">
<a rel="attachment" href="file:///etc/passwd">bijlage</a>
<a rel="attachment" href="http://127.0.0.1:{port}/attachment.txt">bijlage 2</a>
<img src="file:///etc/passwd">
<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Cimage href='http://127.0.0.1:{port}/svg.png'/%3E%3C/svg%3E">
<object data="http://127.0.0.1:{port}/object"></object><embed src="http://127.0.0.1:{port}/embed">
<iframe src="http://127.0.0.1:{port}/frame"></iframe>
<img src="/static/../../../../etc/passwd">
"""


def no_embedded_files(data: bytes, tmp_path) -> bool:
    path = tmp_path / "canary.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfdetach", "-list", str(path)], capture_output=True, check=True)
    return out.stdout.decode().startswith("0 embedded files")


def test_canary_raw_html_reaches_nothing_and_embeds_nothing(canary, tmp_path):
    port, hits = canary
    html = (
        '<!DOCTYPE html><html lang="nl"><head><title>Canary</title>'
        f'<link rel="stylesheet" href="{pdf.static_url("css/pdf.css")}"></head><body>'
        + HOSTILE.format(port=port)
        + "</body></html>"
    )
    data = pdf.render_pdf(html, title="Canary")
    assert hits == []
    assert no_embedded_files(data, tmp_path)
    assert "root:" not in "".join(pdftotext_pages(data))


def test_canary_through_the_schets_content_reaches_nothing(canary, tmp_path):
    port, hits = canary
    markdown = HOSTILE.format(port=port) + f"\n\n![beeld](http://127.0.0.1:{port}/md.png)\n\n"
    markdown += f"[link](http://127.0.0.1:{port}/link) [bestand](file:///etc/passwd)"
    data = render(tekst_extra=markdown)
    assert hits == []
    assert no_embedded_files(data, tmp_path)


def test_fetcher_serves_only_existing_static_files():
    content, mime = pdf.fetch_static(pdf.static_url("css/pdf.css"))
    assert mime == "text/css" and b"Noto Sans" in content
    for url in [
        "http://127.0.0.1/static/css/pdf.css",
        "https://example.org/static/css/pdf.css",
        "file:///etc/passwd",
        "data:text/plain,hallo",
        pdf.static_url("../../../etc/passwd"),
        pdf.static_url("css/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        pdf.static_url("css/bestaat-niet.css"),
        pdf.STATIC_ORIGIN + "/elders/pdf.css",
    ]:
        with pytest.raises(pdf.RefusedURL):
            pdf.fetch_static(url)


# --- jobs: exactly once -----------------------------------------------------------------


@pytest.fixture
def team_spiegel():
    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    spiegel, schets, versie = definitieve_spiegel(team=[teamlid])
    return teamlid, spiegel


def stored_files(spiegel) -> list[str]:
    folder = f"rapporten/{spiegel.pk}"
    if not default_storage.exists(folder):
        return []
    return default_storage.listdir(folder)[1]


def test_asking_twice_gives_one_job_and_rendering_twice_one_file(
    team_spiegel, django_capture_on_commit_callbacks, monkeypatch
):
    teamlid, spiegel = team_spiegel
    queued = []
    monkeypatch.setattr(pdf_services, "_enqueue", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
        again = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert job.pk == again.pk and queued == [job.pk]
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR
    first = RenderJob.objects.get(pk=job.pk)
    # A second delivery of the same task: nothing is rendered or written again.
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR
    second = RenderJob.objects.get(pk=job.pk)
    assert (second.pogingen, second.bijgewerkt_op, second.bestand.name) == (
        1,
        first.bijgewerkt_op,
        first.bestand.name,
    )
    assert stored_files(spiegel) == [first.bestand.name.rsplit("/", 1)[1]]
    # Asking again for the unchanged version, form and template queues nothing.
    with django_capture_on_commit_callbacks(execute=True):
        pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert queued == [job.pk]


def test_a_render_in_progress_elsewhere_is_not_started_again(team_spiegel, monkeypatch):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [pdf_services._lock_key(job.pk)])
        assert pdf_services.wordt_gerenderd(job.pk)
        assert pdf_services.pdf_renderen(job.pk) == "bezet"
        assert RenderJob.objects.get(pk=job.pk).pogingen == 0
    finally:
        other.close()  # the server releases the lock, as when a worker dies
    wait_for(lambda: not pdf_services.wordt_gerenderd(job.pk), timeout=5)
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR


def test_failure_is_shown_with_a_reason_and_can_be_retried(team_spiegel, monkeypatch, login):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)

    def broken(*args, **kwargs):
        raise OSError("disk")

    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    with monkeypatch.context() as m:
        m.setattr(pdf, "render_pdf", broken)
        assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    job.refresh_from_db()
    assert job.status == RenderStatus.MISLUKT and "OSError" in job.reden
    page = login(teamlid).get(f"/schets/{spiegel.pk}/pdf/").content.decode()
    assert "Het maken is mislukt (OSError)." in page
    assert "Opnieuw proberen: Gesprek (handout)" in page
    retried = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert (retried.pk, retried.status, retried.reden) == (job.pk, RenderStatus.WACHTRIJ, "")
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR


def test_privacy_check_blocks_asking_for_a_pdf_with_a_clear_message(monkeypatch, login):
    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    spiegel, _schets, _versie = definitieve_spiegel(team=[teamlid], zonder_toestemming=True)
    queued = []
    monkeypatch.setattr(pdf_services, "_enqueue", queued.append)
    with pytest.raises(ValidationError) as exc:
        pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert "privacycontrole" in " ".join(exc.value.messages)
    response = login(teamlid).post(
        f"/schets/{spiegel.pk}/pdf/maken/", {"vorm": Vorm.GESPREK}, follow=True
    )
    page = response.content.decode()
    assert "De privacycontrole houdt deze PDF tegen." in page
    assert "Wat we zagen: krachten en steunpilaren" in page  # says where
    assert not RenderJob.objects.filter(schets__spiegel=spiegel).exists() and queued == []


def test_a_job_killed_too_often_fails_with_a_reason(team_spiegel, monkeypatch):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    RenderJob.objects.filter(pk=job.pk).update(
        status=RenderStatus.BEZIG, pogingen=pdf_services.MAX_POGINGEN
    )
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    assert "afgebroken" in RenderJob.objects.get(pk=job.pk).reden


def test_sweeper_requeues_unqueued_and_orphaned_jobs_only(team_spiegel, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    teamlid, spiegel = team_spiegel
    queued = []
    monkeypatch.setattr(pdf_services, "_enqueue", queued.append)
    jobs = {
        vorm: pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=vorm, door=teamlid)
        for vorm in (Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK)
    }
    old = timezone.now() - timedelta(minutes=5)
    RenderJob.objects.filter(pk=jobs[Vorm.RAPPORTAGE].pk).update(bijgewerkt_op=old)  # never queued
    RenderJob.objects.filter(pk=jobs[Vorm.PRESENTATIE].pk).update(
        status=RenderStatus.BEZIG, bijgewerkt_op=old
    )  # its worker died
    # The third is recent: left alone.
    assert pdf_services.wachtende_opnieuw_aanbieden() == 2
    assert sorted(queued) == sorted([jobs[Vorm.RAPPORTAGE].pk, jobs[Vorm.PRESENTATIE].pk])
    # A job being rendered right now (its lock is held) is not re-queued.
    queued.clear()
    RenderJob.objects.filter(pk=jobs[Vorm.PRESENTATIE].pk).update(bijgewerkt_op=old)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_lock(%s)", [pdf_services._lock_key(jobs[Vorm.PRESENTATIE].pk)]
            )
        pdf_services.wachtende_opnieuw_aanbieden()
        assert jobs[Vorm.PRESENTATIE].pk not in queued
    finally:
        other.close()


def test_sweeper_is_in_the_beat_schedule(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "rapportage.pdf_sweeper" in tasks


def test_asking_for_a_pdf_works_while_redis_is_down(
    team_spiegel, throwaway_redis, settings, django_capture_on_commit_callbacks
):
    from tests.conftest import broker_at

    teamlid, spiegel = team_spiegel
    port, start, stop = throwaway_redis
    stop()
    with (
        broker_at(f"redis://127.0.0.1:{port}/0", settings),
        django_capture_on_commit_callbacks(execute=True),
    ):
        job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    job.refresh_from_db()
    assert job.status == RenderStatus.WACHTRIJ  # kept in the database for the sweeper


# --- pages, release and download -----------------------------------------------------


def test_page_shows_the_forms_and_polls_only_while_busy(
    team_spiegel, login, django_assert_max_num_queries, monkeypatch
):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    client = login(teamlid)
    url = f"/schets/{spiegel.pk}/pdf/"
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Maak Rapportage (A4)" in body and "hx-trigger" not in body
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    with django_assert_max_num_queries(14):
        partial = client.get(url, headers={"HX-Request": "true"})
    html = partial.content.decode()
    assert "<h1" not in html and 'id="pdf-status"' in html
    assert 'hx-trigger="every 2s"' in html and 'data-status="wachtrij"' in html
    pdf_services.pdf_renderen(job.pk)
    html = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert 'data-status="klaar"' in html and "hx-trigger" not in html


def test_render_button_with_and_without_htmx(team_spiegel, login, monkeypatch):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    client = login(teamlid)
    url = f"/schets/{spiegel.pk}/pdf/maken/"
    response = client.post(url, {"vorm": "gesprek"})
    assert response.status_code == 302 and response["Location"].endswith(f"/{spiegel.pk}/pdf/")
    response = client.post(url, {"vorm": "presentatie"}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'id="pdf-status"' in response.content.decode()
    assert RenderJob.objects.filter(schets__spiegel=spiegel).count() == 2
    response = client.post(url, {"vorm": "onzin"}, follow=True)
    assert "Onbekende vorm." in response.content.decode()
    response = client.post(url, {"vorm": "onzin"}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and "Onbekende vorm." in response.content.decode()


def test_release_emails_contacts_and_contact_downloads_a_stamped_audited_copy(
    login, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    teamlid = UserFactory(rol=Rol.TEAMLID)
    from tests.factories import OrganisatieFactory

    org = OrganisatieFactory(naam="Gemeente Oeverwijk")
    contact = UserFactory(
        rol=Rol.CONTACTPERSOON, organisatie=org, naam="Ahmed Yilmaz", email="ahmed@oever.example"
    )
    spiegel, schets, versie = definitieve_spiegel(
        team=[teamlid], organisatie=org, presentatievormen=["rapport"]
    )
    team_client = login(teamlid)
    response = team_client.post(f"/schets/{spiegel.pk}/pdf/vrijgeven/", follow=True)
    assert "Maak eerst deze vormen: Rapportage (A4)" in response.content.decode()
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.RAPPORTAGE, door=teamlid)
    gesprek = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    pdf_services.pdf_renderen(job.pk)
    pdf_services.pdf_renderen(gesprek.pk)

    from django.test import Client

    contact_client = login(contact, Client())
    # Not released yet: the contact gets 404, like any stranger.
    assert contact_client.get(f"/schets/pdf/{job.pk}/download/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        team_client.post(f"/schets/{spiegel.pk}/pdf/vrijgeven/")
    job.refresh_from_db()
    assert job.vrijgegeven_op is not None
    spiegel.aanvraag.refresh_from_db()
    assert spiegel.aanvraag.status == Status.AFGEROND
    from spiegel.berichten import verzenden
    from spiegel.models import Bericht

    for bericht in Bericht.objects.all():
        verzenden(bericht.pk)
    assert any("ahmed@oever.example" in m.to for m in mail.outbox)

    response = contact_client.get(f"/schets/pdf/{job.pk}/download/", REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = b"".join(response.streaming_content)
    text = " ".join(" ".join(pdftotext_pages(data)).split())
    assert "Gedownload door Ahmed Yilmaz op" in text and "Gemeente Oeverwijk" in text
    regel = AuditRegel.objects.filter(actie=AuditActie.DOWNLOAD).latest("op")
    assert (regel.gebruiker_id, regel.object_id, regel.ip_adres) == (
        contact.pk,
        str(job.pk),
        "192.0.2.7",
    )
    assert job.bestand.name in regel.omschrijving
    # The team sees who downloaded which file, when and from where.
    page = team_client.get(f"/schets/{spiegel.pk}/pdf/").content.decode()
    assert "Ahmed Yilmaz" in page and "192.0.2.7" in page and job.bestand.name in page
    # The handout was not asked for by this organisation: not for the contact, even released.
    assert contact_client.get(f"/schets/pdf/{gesprek.pk}/download/").status_code == 404

    from rapportage.pdf_portaal import portaal_panelen

    panels = portaal_panelen(spiegel.aanvraag, contact)
    assert [p[0] for p in panels] == ["rapportage/pdf/_portaal.html"]
    assert [j.pk for j in panels[0][1]["pdf_rapporten"]] == [job.pk]
    assert portaal_panelen(spiegel.aanvraag, teamlid) == []


def test_stamp_is_fast_to_build_and_keeps_fonts_embedded(report):
    pdf.stamp_font.cache_clear()  # a fresh web process
    stamped = pdf.stamp(report, "Gedownload door Zoë Çelik op 29-11-2026 18:00")
    assert "Gedownload door Zoë Çelik op 29-11-2026 18:00" in pdftotext_pages(stamped)[1]
    assert all(f["emb"] == "yes" for f in pdffonts(stamped))
    assert len(PdfReader(io.BytesIO(stamped)).pages) == len(PdfReader(io.BytesIO(report)).pages)
    from django.core.cache import cache

    assert cache.get(pdf.stamp_font_cache_key()) is not None  # shared by every web process


def test_render_task_has_soft_and_hard_time_limits_and_redelivers_when_lost(settings):
    from rapportage.pdf_tasks import pdf_renderen

    assert pdf_renderen.soft_time_limit == settings.PDF_RENDER_SOFT_TIME_LIMIT
    assert pdf_renderen.time_limit == settings.PDF_RENDER_TIME_LIMIT
    assert pdf_renderen.soft_time_limit < pdf_renderen.time_limit
    assert pdf_renderen.acks_late and pdf_renderen.reject_on_worker_lost


def test_soft_time_limit_fails_the_job_with_a_reason(team_spiegel, monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)

    def too_slow(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    monkeypatch.setattr(pdf, "render_pdf", too_slow)
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    job.refresh_from_db()
    assert job.reden == "Het maken duurde langer dan de tijdslimiet."
    assert stored_files(spiegel) == []


def test_dutch_hyphenation_is_applied(report):
    # WeasyPrint breaks Dutch words at a line end with a hyphen (U+2010), by lang="nl".
    text = "".join(pdftotext_pages(report))
    assert re.search(r"\w‐\n", text)


@pytest.mark.django_db(transaction=True)
def test_the_same_task_delivered_twice_at_once_renders_once(settings, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    teamlid = UserFactory(rol=Rol.TEAMLID)
    _spiegel, schets, versie = definitieve_spiegel(team=[teamlid])
    job = RenderJob.objects.create(
        schets=schets, schets_versie=versie.nummer, vorm=Vorm.GESPREK, sjabloon_versie="x"
    )

    def deliver(_):
        try:
            return pdf_services.pdf_renderen(job.pk)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(deliver, range(4)))
    job.refresh_from_db()
    assert job.status == RenderStatus.KLAAR and job.pogingen == 1
    assert results.count(RenderStatus.KLAAR) >= 1
    assert set(results) <= {RenderStatus.KLAAR, "bezet"}
    assert len(default_storage.listdir(f"rapporten/{_spiegel.pk}")[1]) == 1
