"""PDF objects for the permission matrix: a ready, released report of Spiegel A."""

import io

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from rapportage.constants import RenderStatus, SchetsStatus, Vorm
from rapportage.models import RenderJob, Schets


def blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def extend(world):
    schets, _ = Schets.objects.get_or_create(
        spiegel=world.spiegel_a, defaults={"status": SchetsStatus.DEFINITIEF, "versie": 1}
    )
    name = "rapporten/matrix/leeg.pdf"  # one file for every world the matrix builds
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(blank_pdf()))
    job = RenderJob.objects.create(
        schets=schets,
        schets_versie=1,
        vorm=Vorm.RAPPORTAGE,
        sjabloon_versie="matrix",
        status=RenderStatus.KLAAR,
        bestand=name,
        vrijgegeven_op=timezone.now(),
        paginas=1,
    )
    world.extra.setdefault("params", {})["job_pk"] = job.pk
    world.extra["params"]["pagina"] = 1
    world.extra["pdf_job"] = job
    return world
