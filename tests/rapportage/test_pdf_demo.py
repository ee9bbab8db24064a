"""The PDF demo data: a finished Spiegel with its three forms rendered, idempotently."""

import pytest
from django.core.files.storage import default_storage

from rapportage import demo as schets_demo
from rapportage import demo_pdf
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob
from spiegel import demo

pytestmark = pytest.mark.django_db


def test_demo_has_a_finished_spiegel_with_three_rendered_forms_and_loads_twice_the_same():
    context = demo.laden()
    # As `manage.py demodata`: the schets demo makes Brugwaarde's definitief schets first.
    context.update(schets_demo.laden(context=context))
    result = demo_pdf.laden(context=context)
    spiegel = result["pdf_spiegel"]
    assert spiegel.organisatie.naam == "Gemeente Brugwaarde"
    jobs = {j.vorm: j for j in RenderJob.objects.filter(schets__spiegel=spiegel)}
    assert set(jobs) == {Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK}
    assert all(
        j.status == RenderStatus.KLAAR and default_storage.exists(j.bestand.name)
        for j in jobs.values()
    )
    # Brugwaarde asked for the group session and the report: those two are released.
    assert {v for v, j in jobs.items() if j.vrijgegeven_op} == {Vorm.RAPPORTAGE, Vorm.PRESENTATIE}
    before = {j.pk: (j.bijgewerkt_op, j.pogingen) for j in jobs.values()}
    demo_pdf.laden(context=demo.laden())
    after = {
        j.pk: (j.bijgewerkt_op, j.pogingen)
        for j in RenderJob.objects.filter(schets__spiegel=spiegel)
    }
    assert after == before  # nothing rendered twice


def test_pdf_demo_alone_builds_fieldwork_and_schets_with_resolved_quote_references():
    """Without the schets demo, the PDF demo builds Brugwaarde's fieldwork (through the
    fieldwork demo's loader) and its definitief schets; every reference names a real object."""
    from rapportage.markdown import REFERENCE_VORM_RE
    from rapportage.models import SchetsVersie

    result = demo_pdf.laden(context=demo.laden())
    spiegel = result["pdf_spiegel"]
    assert spiegel.gesprekken.exists() and spiegel.citaten.exists()
    versie = SchetsVersie.objects.get(schets__spiegel=spiegel)
    refs = [m for s in versie.secties for m in REFERENCE_VORM_RE.finditer(s["tekst"])]
    assert any(m.group(1) == "citaat" for m in refs)
    citaten = set(spiegel.citaten.values_list("pk", flat=True))
    waarnemingen = set(spiegel.waarnemingen.values_list("pk", flat=True))
    for m in refs:
        assert int(m.group(2)) in (citaten if m.group(1) == "citaat" else waarnemingen)
    assert RenderJob.objects.filter(schets__spiegel=spiegel, status=RenderStatus.KLAAR).count() == 3
