"""The trend figures follow the same suppression as the heat map, on the page and in both
exports: a year whose Spiegels are not a whole block says "minder dan 3", and so does a
bouwsteen's share that rests on fewer than 3 Spiegels."""

import io

import pytest
from django.urls import reverse

from rapportage.rodedraden import exports, selectors, services
from spiegel.constants import Rol
from tests.factories import UserFactory
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

pytestmark = pytest.mark.django_db


@pytest.fixture
def jaren():
    """2025: four Spiegels (b1 kracht in all, b2 aandachtspunt in two, b3 in one);
    2024: three; 2023: one, which joins 2024's block, so neither year can be shown."""
    b1, b2, b3 = bouwstenen()
    for i in range(4):
        w = [(b1, K, f"Kracht {i}")]
        if i < 2:
            w.append((b2, A, f"Punt {i}"))
        if i == 0:
            w.append((b3, A, "Eenmalig in 2025"))
        spiegel(jaar=2025, waarnemingen=w)
    for i in range(3):
        spiegel(jaar=2024, waarnemingen=[(b1, A, f"Oud punt {i}")])
    spiegel(jaar=2023, naam="Gemeente Eenjaar", waarnemingen=[(b1, K, "Alleen in 2023")])
    return b1, b2, b3


def test_trends_suppress_a_year_and_a_share_resting_on_fewer_than_k(jaren):
    b1, b2, b3 = jaren
    data = services.overzicht({})
    per_jaar = {j["jaar"]: j for j in data["trends"]}
    assert per_jaar[2024]["onderdrukt"] and per_jaar[2023]["onderdrukt"]
    assert not per_jaar[2024]["rijen"] and not per_jaar[2023]["rijen"]
    rijen = {r["naam"]: r for r in per_jaar[2025]["rijen"]}
    assert rijen[b1.naam] == {
        "naam": b1.naam, "onderdrukt": False, "krachten": 100, "aandachtspunten": 0,
    }  # fmt: skip
    for b in (b2, b3):  # two Spiegels, one Spiegel
        assert rijen[b.naam]["onderdrukt"]
        assert rijen[b.naam]["krachten"] is None and rijen[b.naam]["aandachtspunten"] is None
    # Narrowing to the suppressed year shows nothing at all.
    assert not services.overzicht({"jaar": 2023})["toonbaar"]


def test_the_page_shows_the_same_trend_suppression(client, login, jaren):
    b1, _b2, _b3 = jaren
    login(UserFactory(rol=Rol.TEAMLID))
    html = client.get(reverse("rodedraden:overzicht")).content.decode()
    trends = html[html.index('id="trends-kop"') : html.index('id="themas-kop"')]
    assert trends.count("Rust op minder dan 3 Spiegels: niet getoond.") == 2
    onderdrukt = '<td colspan="2" class="rd-onderdrukt">minder dan 3</td>'
    assert trends.count(onderdrukt) == len(selectors.bouwstenen()) - 1
    assert "100%</td>" in trends
    assert "Eenjaar" not in html and "Alleen in 2023" not in html


def test_the_xlsx_trends_sheet_has_the_same_suppression(client, login, jaren):
    from openpyxl import load_workbook

    b1, b2, b3 = jaren
    login(UserFactory(rol=Rol.TEAMLID))
    wb = load_workbook(io.BytesIO(client.get(reverse("rodedraden:xlsx")).content))
    rijen = list(wb["Trends"].iter_rows(min_row=2, values_only=True))
    assert (2024, None, "minder dan 3", "minder dan 3") in rijen
    assert (2023, None, "minder dan 3", "minder dan 3") in rijen
    assert (2025, b1.naam, 100, 0) in rijen
    assert (2025, b2.naam, "minder dan 3", "minder dan 3") in rijen
    assert (2025, b3.naam, "minder dan 3", "minder dan 3") in rijen
    assert not any(r[0] in (2023, 2024) and r[1] for r in rijen)
    # A filter narrowed below k: no figures in any sheet.
    wb = load_workbook(io.BytesIO(client.get(reverse("rodedraden:xlsx"), {"jaar": 2023}).content))
    waarden = [v for ws in wb for r in ws.iter_rows(values_only=True) for v in r]
    assert not any(isinstance(v, int) for v in waarden)  # no count, no share, no year
    assert "Rust op minder dan 3 Spiegels: niet getoond." in waarden
    assert not list(wb["Trends"].iter_rows(min_row=2, values_only=True))


def test_the_pdf_document_has_the_same_trend_suppression(jaren):
    b1, _b2, _b3 = jaren
    html, _titel = exports.html({})
    trends = html[html.index("Trends per jaar") : html.index("Terugkerende thema")]
    assert trends.count("Rust op minder dan 3 Spiegels: niet getoond.") == 2
    # In 2025 only b1 rests on 3 Spiegels or more; every other bouwsteen says so.
    assert trends.count('<td colspan="2">minder dan 3</td>') == len(selectors.bouwstenen()) - 1
    assert f'<th scope="row">{b1.naam}</th><td>100%</td><td>0%</td>' in trends
    assert "Alleen in 2023" not in html
