"""The workspace reads its team, kernvragen, sessions and planning dates through queries
compiled once per process (`VasteSql`, issue 17): each Spiegel's page still shows its own
rows, the team check still reads the real team (a coordinator on it sees everything, one
not on it the outline), and a team member of another Spiegel gets a 404."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from gesprekken import selectors_werkruimte
from gesprekken.models import Gesprek
from spiegel.models import Kernvraag
from tests.factories import SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db


def _spiegel(naam, team):
    spiegel = SpiegelFactory(team=team, met_kernvragen=False)
    Kernvraag.objects.create(spiegel=spiegel, tekst=f"Vraag {naam}?", volgorde=0)
    Gesprek.objects.create(
        spiegel=spiegel,
        soort="interview",
        titel=f"Gesprek {naam}",
        begin=timezone.now() + datetime.timedelta(days=3),
    )
    return spiegel


def test_each_workspace_shows_its_own_rows_and_the_team_check_reads_the_real_team(client, login):
    lid = UserFactory(naam="Lid Beide")
    coordinator = UserFactory(coordinator=True, naam="Coordinator Een")
    een = _spiegel("Een", [lid, coordinator, UserFactory(naam="Alleen Een")])
    twee = _spiegel("Twee", [lid, UserFactory(naam="Alleen Twee")])
    buiten = _spiegel("Buiten", [UserFactory()])

    def pagina(spiegel):
        return client.get(reverse("gesprekken:spiegel", args=[spiegel.pk]))

    login(lid)
    for spiegel, naam, andere in ((een, "Een", "Twee"), (twee, "Twee", "Een")):
        html = pagina(spiegel).content.decode()
        for eigen in (f"Alleen {naam}", f"Vraag {naam}?", f"Gesprek {naam}", "Lid Beide"):
            assert eigen in html, eigen
        for niet in (f"Alleen {andere}", f"Vraag {andere}?", f"Gesprek {andere}"):
            assert niet not in html, niet
    assert pagina(buiten).status_code == 404

    login(coordinator)
    op_team = pagina(een).content.decode()
    assert "Gesprek Een" in op_team and "U staat niet in het team" not in op_team
    opzet = pagina(twee).content.decode()
    assert "U staat niet in het team" in opzet and "Gesprek Twee" not in opzet
    assert "Alleen Twee" in opzet and "Geplande gesprekken" in opzet
    # One compiled shape served every Spiegel.
    assert len(selectors_werkruimte._team_sql._vast) == 1
    assert len(selectors_werkruimte._gesprekken_sql._vast) == 1
