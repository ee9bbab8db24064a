"""The overview (heatmap and coverage) and the CSV and Excel exports of observations and
quotes."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from gesprekken import selectors, services
from gesprekken.constants import WaarnemingSoort
from gesprekken.heatmap import heatmap_svg
from spiegel.models import Bouwsteen

pytestmark = pytest.mark.django_db


# --- overview and exports ---------------------------------------------------------------


def test_heatmap_svg_is_well_formed_with_counts_links_and_escaped_labels():
    svg = heatmap_svg(
        rijen=[(1, "Balans & <rust>"), (2, "Burger")],
        kolommen=[("kracht", "Kracht"), ("aandachtspunt", "Aandachtspunt")],
        tellingen={(1, "kracht"): 3, (2, "aandachtspunt"): 1},
        link=lambda b, s: f"/lijst/?bouwsteen={b}&soort={s}",
        titel="Waarnemingen",
    )
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Balans &amp; &lt;rust&gt;" in svg
    assert 'href="/lijst/?bouwsteen=1&amp;soort=kracht"' in svg
    teksten = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert teksten.count("3") == 1 and teksten.count("0") == 2


def test_heatmap_counts_come_from_one_grouped_query(world, django_assert_num_queries):
    b1, b2 = Bouwsteen.objects.all()[:2]
    for soort, bouwstenen in [
        (WaarnemingSoort.KRACHT, [b1, b2]),
        (WaarnemingSoort.KRACHT, [b1]),
        (WaarnemingSoort.DILEMMA, [b2]),
    ]:
        services.waarneming_vastleggen(
            spiegel=world.spiegel_a,
            gesprek=None,
            tekst="x",
            soort=soort,
            bouwstenen=bouwstenen,
            kernvragen=[],
            door=None,
        )
    with django_assert_num_queries(1):
        tellingen = selectors.heatmap_tellingen(world.spiegel_a)
    eerste = Bouwsteen.objects.order_by("pk").first()  # the world's observation
    verwacht = {(b1.pk, "kracht"): 2, (b2.pk, "kracht"): 1, (b2.pk, "dilemma"): 1}
    verwacht[(eerste.pk, "kracht")] = verwacht.get((eerste.pk, "kracht"), 0) + 1
    assert tellingen == verwacht


def test_overview_links_cells_to_filtered_observations_and_shows_coverage(world, login):
    client = login(world.users["teamlid"])
    html = client.get(reverse("gesprekken:overzicht", args=[world.spiegel_a.pk])).content.decode()
    assert "<svg" in html
    assert reverse("gesprekken:waarnemingen", args=[world.spiegel_a.pk]) + "?bouwsteen=" in html
    for kernvraag in world.spiegel_a.kernvragen.all():
        assert kernvraag.tekst in html
    assert "nog geen bewijs" in html
