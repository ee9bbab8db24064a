"""The workspace's session table and the planning dates are written by the selectors
(issue 17); the HTML is what the template's `date`/`time` filters, `get_soort_display` and
`{% url %}` wrote per row, in both languages."""

import datetime

import pytest
from django.conf import settings
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone, translation

from gesprekken import selectors_werkruimte as selectors
from gesprekken.models import Gesprek

pytestmark = pytest.mark.django_db

OUD_RIJ = Template(
    """<td>{{ g.begin|date:"DATETIME_FORMAT" }}</td>
      <td><span class="badge">{{ g.get_soort_display }}</span></td>
      <td><a href="{% url 'gesprekken:aantekeningen' g.pk %}">{{ g.titel }}</a></td>"""
)
OUD_DATUM = Template(
    """<time datetime="{{ g.begin|date:'c' }}">{{ g.begin|date:"DATETIME_FORMAT" }}"""
    """{% if g.einde %}–{{ g.einde|time:"TIME_FORMAT" }}{% endif %}</time> · {{ soort }}"""
)


def _gesprekken(world):
    spiegel = world.spiegel_a
    nacht = timezone.make_aware(datetime.datetime(2026, 3, 29, 1, 30))  # clocks go forward
    Gesprek.objects.create(spiegel=spiegel, soort="groepsgesprek", titel="Zonder <b>", begin=nacht)
    Gesprek.objects.create(
        spiegel=spiegel,
        soort="interview",
        titel="Met einde",
        begin=nacht + datetime.timedelta(days=1),
        einde=nacht + datetime.timedelta(days=1, hours=2),
    )
    return spiegel, list(Gesprek.objects.filter(spiegel=spiegel).order_by("begin", "pk"))


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_workspace_rows_are_what_the_template_wrote_per_row(world, login, taal):
    spiegel, gesprekken = _gesprekken(world)
    client = login(world.users["teamlid"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = taal
    html = client.get(reverse("gesprekken:spiegel", args=[spiegel.pk])).content.decode()
    with translation.override(taal):
        assert len(gesprekken) >= 2
        for g in gesprekken:
            assert OUD_RIJ.render(Context({"g": g})) in html


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_planning_dates_are_what_the_filters_wrote(world, taal):
    spiegel, gesprekken = _gesprekken(world)
    assert any(g.einde is None for g in gesprekken) and any(g.einde for g in gesprekken)
    with translation.override(taal):
        rijen = selectors.geplande_data(spiegel)
        nieuw = Template(
            '{% for g in rijen %}<time datetime="{{ g.begin_iso }}">{{ g.begin_tekst }}'
            "{% if g.einde_tekst %}–{{ g.einde_tekst }}{% endif %}</time> · {{ g.soort }}"
            "{% endfor %}"
        ).render(Context({"rijen": rijen}))
        oud = "".join(
            OUD_DATUM.render(Context({"g": g, "soort": g.get_soort_display()})) for g in gesprekken
        )
    assert nieuw == oud
