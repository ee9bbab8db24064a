"""Capture templates: the defaults for every kind of session, copying them into a Spiegel
and editing the copy there only."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from gesprekken import services
from gesprekken.constants import GesprekSoort
from gesprekken.models import Aantekening, Sjabloon
from spiegel.models import Bouwsteen

pytestmark = pytest.mark.django_db


# --- capture templates ----------------------------------------------------------------


def test_default_templates_exist_for_every_kind_and_the_guide_is_grouped_by_bouwsteen():
    standaard = {s.soort: s for s in Sjabloon.objects.filter(spiegel=None)}
    assert set(standaard) == set(GesprekSoort.values)
    gids = standaard["interview"].inhoud
    for bouwsteen in Bouwsteen.objects.all():
        assert f"## {bouwsteen.naam}" in gids
    for kop in ("Wat zie je", "Wat zeggen mensen", "Wat helpt", "Wat hindert"):
        assert f"## {kop}" in standaard["meeloopronde"].inhoud


def test_templates_are_copied_into_a_spiegel_and_edited_there_only(world, login):
    client = login(world.users["teamlid"])
    sjabloon = world.spiegel_a.sjablonen.get(soort="groepsgesprek")
    response = client.post(
        reverse("gesprekken:sjabloon_bewerken", args=[sjabloon.pk]),
        {"titel": "Onze ronde", "inhoud": "# Groepsgesprek\n\n## Eigen vraag\n"},
    )
    assert response.status_code == 302
    assert Sjabloon.objects.get(spiegel=None, soort="groepsgesprek").titel != "Onze ronde"
    gesprek = services.gesprek_opslaan(
        spiegel=world.spiegel_a,
        gegevens={
            "soort": "groepsgesprek",
            "titel": "Groep",
            "begin": timezone.now() + timedelta(days=2),
            "einde": None,
            "plaats": "",
        },
        teamleden=[],
        deelnemers=[],
    )
    assert Aantekening.objects.get(gesprek=gesprek).tekst == "# Groepsgesprek\n\n## Eigen vraag\n"
    # Another Spiegel still starts from the default.
    ander = services.gesprek_opslaan(
        spiegel=world.spiegel_b,
        gegevens={
            "soort": "groepsgesprek",
            "titel": "Groep B",
            "begin": timezone.now(),
            "einde": None,
            "plaats": "",
        },
        teamleden=[],
        deelnemers=[],
    )
    assert "Eigen vraag" not in Aantekening.objects.get(gesprek=ander).tekst


def test_a_spiegels_copy_lists_its_kernvragen_before_the_questions(world):
    inhoud = world.spiegel_a.sjablonen.get(soort="interview").inhoud
    kop, rest = inhoud.split("## Kernvragen", 1)
    assert kop.startswith("# Interview")
    assert "## Opening" not in kop and "## Opening" in rest
    for i, kernvraag in enumerate(world.spiegel_a.kernvragen.order_by("volgorde"), 1):
        assert f"{i}. {kernvraag.tekst}" in rest
    assert "## Kernvragen" not in Sjabloon.objects.get(spiegel=None, soort="interview").inhoud


def test_copying_templates_twice_changes_nothing(world, login):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:sjablonen", args=[world.spiegel_a.pk])
    client.post(url)
    client.post(url)
    assert world.spiegel_a.sjablonen.count() == 4
