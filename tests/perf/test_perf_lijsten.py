"""The observation and quote lists show a Spiegel's fieldwork in pages of 50, so their
rendering does not grow with the fieldwork; the page links keep the filters."""

import pytest
from django.test import Client
from django.urls import reverse

from gesprekken.views.lijsten import PER_PAGINA
from spiegel import volumedata
from spiegel.models import Spiegel, User
from tests.conftest import verify

pytestmark = pytest.mark.django_db


@pytest.fixture
def veldwerk(settings):
    """One Spiegel with 6 sessions: 60 observations and 60 quotes."""
    settings.BENCH_MODE = True
    volumedata.genereren(schaal=0.001, seed=5, gesprekken_per_spiegel=6)
    teamlid = User.objects.get(email=f"teamlid01@{volumedata.GEN_DOMEIN}")
    spiegel = Spiegel.objects.filter(team=teamlid).order_by("pk").first()
    return verify(Client(), teamlid), spiegel


@pytest.mark.parametrize("lijst", ["waarnemingen", "citaten"])
def test_list_shows_pages_of_50_with_a_link_to_the_rest(veldwerk, lijst):
    client, spiegel = veldwerk
    url = reverse(f"gesprekken:{lijst}", args=[spiegel.pk])
    totaal = getattr(spiegel, lijst).count()
    assert totaal > PER_PAGINA
    eerste = client.get(url)
    assert len(eerste.context["pagina"].object_list) == PER_PAGINA
    assert 'pagina=2"' in eerste.content.decode()
    tweede = client.get(url + "?pagina=2")
    assert len(tweede.context["pagina"].object_list) == totaal - PER_PAGINA
    # Every item appears exactly once over the pages.
    gezien = [o["pk"] for o in eerste.context["pagina"]] + [
        o["pk"] for o in tweede.context["pagina"]
    ]
    assert sorted(gezien) == sorted(getattr(spiegel, lijst).values_list("pk", flat=True))


def test_page_links_keep_the_filters(veldwerk):
    client, spiegel = veldwerk
    url = reverse("gesprekken:waarnemingen", args=[spiegel.pk])
    response = client.get(url + "?soort=&bouwsteen=")
    assert "soort=&amp;bouwsteen=&amp;pagina=2" in response.content.decode()
    # A page number out of range shows the last page, not an error.
    assert client.get(url + "?pagina=99").status_code == 200


@pytest.mark.parametrize(
    "lijst,bewerken", [("waarnemingen", "waarneming_bewerken"), ("citaten", "citaat_bewerken")]
)
def test_each_row_links_its_own_source_and_edit_page(veldwerk, lijst, bewerken):
    """The row links are computed once per page (url_maker): each must still point at that
    row's own session notes and edit form."""
    client, spiegel = veldwerk
    r = client.get(reverse(f"gesprekken:{lijst}", args=[spiegel.pk]))
    html = r.content.decode()
    # The rows are dicts; check each against its own model instance.
    rijen = list(getattr(spiegel, lijst).in_bulk([o["pk"] for o in r.context["pagina"]]).values())
    assert len(rijen) == len(r.context["pagina"])
    for o in rijen:
        assert f'href="{reverse(f"gesprekken:{bewerken}", args=[o.pk])}"' in html
        if o.gesprek_id:
            assert f'href="{reverse("gesprekken:aantekeningen", args=[o.gesprek_id])}"' in html
        # Labels are looked up once per page; each row still shows its own.
        if lijst == "waarnemingen":
            assert f'badge-{o.soort}">{o.get_soort_display()}</span>' in html
        else:
            assert (
                f'badge-toestemming-{o.toestemming}">{o.get_toestemming_display()}</span>' in html
            )
            assert f"<td>{o.get_weergave_display()}</td>" in html
    assert any(o.gesprek_id for o in rijen)
