"""A team member reaches a Spiegel's workspace, schets and reports from the staff home and
from the workspace's own navigation; a coordinator reaches each request from the table."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_staff_home_links_my_spiegels_to_their_workspace_schets_and_reports(world, login):
    client = login(world.users["teamlid"])
    html = client.get(reverse("spiegel:home")).content.decode()
    pk = world.spiegel_a.pk
    for name in ("gesprekken:spiegel", "rapportage:schets", "rapportage:pdf"):
        assert f'href="{reverse(name, args=[pk])}"' in html, name
    # Not on Spiegel B's team: no link into its workspace.
    assert reverse("gesprekken:spiegel", args=[world.spiegel_b.pk]) not in html


def test_workspace_navigation_leads_to_the_schets_and_the_reports(world, login):
    client = login(world.users["teamlid"])
    pk = world.spiegel_a.pk
    html = client.get(reverse("gesprekken:spiegel", args=[pk])).content.decode()
    assert reverse("rapportage:schets", args=[pk]) in html
    assert reverse("rapportage:pdf", args=[pk]) in html


def test_coordinator_reaches_each_request_from_the_spiegel_table(world, login):
    client = login(world.users["coordinator"])
    html = client.get(reverse("spiegel:home")).content.decode()
    assert reverse("spiegel:aanvraag", args=[world.aanvraag_a.pk]) in html


def test_a_browser_asking_for_english_still_gets_dutch_messages(client):
    """Without the switch an English browser gets Dutch, Django's own messages included."""
    response = client.post(
        reverse("two_factor:login"),
        {"login_view-current_step": "auth", "auth-username": "", "auth-password": ""},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    html = response.content.decode()
    assert 'lang="nl"' in html
    assert "This field is required" not in html
    assert "Dit veld is verplicht" in html
