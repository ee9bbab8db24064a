"""The PDF page in Chromium with a real Celery worker: click render, watch the state change
without a reload, download, and read the download back with pdftotext."""

import re

import pytest

from rapportage.constants import RenderStatus
from rapportage.models import RenderJob
from spiegel.constants import AuditActie, Rol
from spiegel.models import AuditRegel
from tests.conftest import browser_sign_in
from tests.e2e.test_sign_in import serious_violations
from tests.factories import UserFactory
from tests.factories.pdf import QUOTE, definitieve_spiegel
from tests.rapportage.pdf_helpers import pdftotext_pages

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_team_renders_watches_and_downloads_a_stamped_report(
    page, live_server, celery_worker_process
):
    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    spiegel, _schets, _versie = definitieve_spiegel(
        team=[teamlid], organisatie_naam="Gemeente Spiegelstad"
    )
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/schets/{spiegel.pk}/pdf/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "PDF's van de Spiegel Gemeente Spiegelstad"
    )
    assert serious_violations(page) == []

    page.evaluate("window.__zelfde_pagina = true")  # gone if the page were reloaded
    row = page.locator('tr[data-vorm="rapportage"]')
    row.get_by_role("button", name="Maak Rapportage (A4)").click()
    # The state goes from queued/rendering to ready by htmx polling alone.
    row.locator('[data-status="wachtrij"], [data-status="bezig"]').wait_for(timeout=10_000)
    row.locator('[data-status="klaar"]').wait_for(timeout=90_000)
    assert page.evaluate("window.__zelfde_pagina") is True
    assert RenderJob.objects.get(schets__spiegel=spiegel).status == RenderStatus.KLAAR
    assert serious_violations(page) == []

    with page.expect_download() as download_info:
        row.get_by_role("link", name="Download Rapportage (A4)").click()
    data = open(download_info.value.path(), "rb").read()  # noqa: SIM115
    pages = pdftotext_pages(data)
    text = " ".join(" ".join(pages).split())
    assert "Gemeente Spiegelstad" in text
    assert "Vertrouwelijk" in text
    assert " ".join(QUOTE.split()[:6]) in text
    assert re.search(r"Gedownload door Sanne Bakker op \d\d-\d\d-\d{4} \d\d:\d\d", text)
    # The table of contents' page numbers are the pages where the sections start.
    toc = next(i for i, p in enumerate(pages) if "Inhoud" in p and "...." in p)
    entries = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", pages[toc], re.M)
    assert len(entries) >= 8
    for title, number in entries:
        assert title in pages[int(number) - 1].split("\n", 3)[-1], (title, number)
    assert AuditRegel.objects.filter(actie=AuditActie.DOWNLOAD, gebruiker=teamlid).count() == 1
    page.reload()  # the download is in the page's trail, and the page stays accessible
    assert page.get_by_role("cell", name="Sanne Bakker").count() == 1
    assert serious_violations(page) == []


def test_pdf_page_works_with_the_keyboard(page, live_server):
    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Joris Meijer")
    spiegel, _schets, _versie = definitieve_spiegel(team=[teamlid])
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/schets/{spiegel.pk}/pdf/")
    button = page.get_by_role("button", name="Maak Presentatie (dia's)")
    button.focus()
    page.keyboard.press("Enter")
    # Queued (or already taken by the session's worker, if a test before this started one).
    row = page.locator('tr[data-vorm="presentatie"]')
    row.locator('[data-status="wachtrij"], [data-status="bezig"], [data-status="klaar"]').wait_for(
        timeout=10_000
    )
    assert RenderJob.objects.filter(schets__spiegel=spiegel, vorm="presentatie").count() == 1


def test_release_box_updates_after_the_render_without_a_reload(
    page, live_server, celery_worker_process
):
    from spiegel.constants import Presentatievorm

    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Femke de Wit")
    spiegel, _schets, _versie = definitieve_spiegel(
        team=[teamlid], presentatievormen=(Presentatievorm.RAPPORT,)
    )
    UserFactory(contact=True, organisatie=spiegel.organisatie, email="contact@spiegelstad.example")
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/schets/{spiegel.pk}/pdf/")
    box = page.locator("#pdf-vrijgeven")
    assert box.get_by_text("Maak eerst alle gevraagde vormen.").is_visible()

    page.evaluate("window.__zelfde_pagina = true")
    row = page.locator('tr[data-vorm="rapportage"]')
    row.get_by_role("button", name="Maak Rapportage (A4)").click()
    row.locator('[data-status="klaar"]').wait_for(timeout=90_000)
    # The polled status part carries the release box: it now lets the team release.
    box.get_by_text("Maak eerst alle gevraagde vormen.").wait_for(state="detached", timeout=10_000)
    box.get_by_role("button", name="Vrijgeven en contactpersonen mailen").click()
    page.locator("#pdf-vrijgeven").get_by_text("Al vrijgegeven: Rapportage (A4).").wait_for(
        timeout=10_000
    )
    page.get_by_text("Vrijgegeven. De contactpersonen krijgen een e-mail.").wait_for()
    assert page.evaluate("window.__zelfde_pagina") is True
    job = RenderJob.objects.get(schets__spiegel=spiegel, vorm="rapportage")
    assert job.vrijgegeven_op is not None
    assert serious_violations(page) == []
