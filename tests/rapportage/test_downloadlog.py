"""The download log on a Spiegel's PDF page names the form, the version and the file as
the person got it, never the storage path, also for rows written before this rule."""

import pytest
from django.urls import reverse

from rapportage.pdf_services import downloadnaam
from spiegel.constants import AuditActie
from spiegel.models import AuditRegel

pytestmark = pytest.mark.django_db


def test_download_log_shows_form_version_and_file_name_not_the_storage_path(world, login):
    job = world.extra["pdf_job"]
    pad = f"rapporten/{job.schets.spiegel_id}/schets{job.schets_id}-v1-{job.vorm}-3.pdf"
    AuditRegel.objects.create(
        gebruiker=world.users["contact_a"],
        gebruiker_email=world.users["contact_a"].email,
        actie=AuditActie.DOWNLOAD,
        object_soort="rapportage.renderjob",
        object_id=str(job.pk),
        omschrijving=f"{pad} ({job.vorm}, v1)",
        ip_adres="192.0.2.9",
    )
    client = login(world.users["teamlid"])
    html = client.get(reverse("rapportage:pdf", args=[world.spiegel_a.pk])).content.decode()
    assert "192.0.2.9" in html
    assert downloadnaam(job) in html
    assert f"{job.get_vorm_display()}, versie {job.schets_versie}" in html
    assert "rapporten/" not in html
