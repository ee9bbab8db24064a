"""A PDF of a schets that quotes with a display form (`[[citaat:PK:functie]]`) and without
one: both references reach the PDF's list of quotes (found by the reference-data run of
issue 8, where every render failed on the pattern's third group)."""

import pytest

from gesprekken.models import Citaat
from rapportage import pdf_inhoud
from rapportage.models import SchetsVersie
from spiegel import volumedata

pytestmark = pytest.mark.django_db


def test_pdf_context_lists_quotes_referenced_with_and_without_display_form(settings):
    settings.BENCH_MODE = True
    volumedata.genereren(schaal=0.001, seed=2, gesprekken_per_spiegel=1)
    versie = SchetsVersie.objects.order_by("schets", "-nummer").first()
    spiegel = versie.schets.spiegel
    a, b = Citaat.objects.filter(spiegel=spiegel).order_by("pk")[:2]
    Citaat.objects.filter(pk__in=[a.pk, b.pk]).update(toestemming="gegeven", weergave="functie")
    versie.secties = [
        {
            "sleutel": "krachten",
            "titel": "Krachten",
            "tekst": f"[[citaat:{a.pk}]]",
            "kernvragen": [],
        },
        {
            "sleutel": "vragen",
            "titel": "Vragen",
            "tekst": f"[[citaat:{b.pk}:functie]]",
            "kernvragen": [],
        },
    ]
    citaten = pdf_inhoud._citaten(spiegel, versie.secties)
    assert len(citaten) == 2
