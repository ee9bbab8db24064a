"""Demo data: requests in every status, loaded twice without change."""

import pytest

from spiegel import demo
from spiegel.constants import SPIEGEL_STATUSSEN, Status
from spiegel.models import Aanvraag, Gebeurtenis, Kernvraag, Spiegel

pytestmark = pytest.mark.django_db


def test_demo_data_has_requests_in_every_status_and_is_idempotent():
    result = demo.laden()
    counts = (
        Aanvraag.objects.count(),
        Spiegel.objects.count(),
        Kernvraag.objects.count(),
        Gebeurtenis.objects.count(),
    )
    demo.laden()
    assert counts == (
        Aanvraag.objects.count(),
        Spiegel.objects.count(),
        Kernvraag.objects.count(),
        Gebeurtenis.objects.count(),
    )
    assert set(Aanvraag.objects.values_list("status", flat=True)) == set(Status.values)
    for aanvraag in Aanvraag.objects.filter(status__in=SPIEGEL_STATUSSEN):
        assert aanvraag.spiegel.team.count() == 2
        assert aanvraag.spiegel.kernvragen.count() == len(aanvraag.vragen)
        assert aanvraag.gebeurtenissen.last().naar_status == aanvraag.status
    assert result["spiegels"]["Werkbedrijf Rivierland"].aanvraag.status == Status.VELDWERK
    # The demo contact of Spiegelstad follows their request in the portal.
    spiegelstad = result["aanvragen"]["Gemeente Spiegelstad"]
    assert spiegelstad.contactpersoon.email == "contact@spiegelstad.example"
    assert all(o.fictief for o in result["organisaties"].values())
