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
