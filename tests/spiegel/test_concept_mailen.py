"""'Bewaren en later verder' can also mail the draft's link, to the address typed in the
form, through the outbox (Bericht, sent by Celery); limited per recipient; a refusal keeps
everything typed and says why in Dutch."""

import uuid

import pytest
from django.core import mail
from django.urls import reverse

from spiegel.berichten import verzenden
from spiegel.models import Bericht, Concept
from spiegel.services.formulier import CONCEPT_MAILS_PER_UUR
from tests.spiegel.intake_helpers import formulier

pytestmark = pytest.mark.django_db
URL = reverse("spiegel:aanvraag_nieuw")


def test_mailing_the_link_saves_the_draft_and_sends_its_address(client, settings):
    settings.SITE_URL = "https://spiegel.example"
    token = uuid.uuid4()
    response = client.post(URL, formulier(token=token, actie="concept_mailen"))
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?concept={token}&gemaild=1"
    assert (
        Concept.objects.get(token=token).gegevens["context"][0].startswith("Ons team is gegroeid")
    )
    bericht = Bericht.objects.get(aan=["marieke@aalsmeer.example.nl"])
    link = f"https://spiegel.example{URL}?concept={token}"
    assert link in bericht.tekst
    verzenden(bericht.pk)
    assert link in mail.outbox[-1].body
    assert mail.outbox[-1].to == ["marieke@aalsmeer.example.nl"]
    page = client.get(response["Location"]).content.decode()
    assert "we hebben de link gemaild" in page
    assert "Ons team is gegroeid" in page  # the draft is back


def test_without_a_valid_address_nothing_is_sent_and_nothing_typed_is_lost(client):
    token = uuid.uuid4()
    data = formulier(token=token, actie="concept_mailen", contact_email="marieke@")
    response = client.post(URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vul bij Contactpersoon een geldig e-mailadres in" in html
    assert 'value="marieke@"' in html
    assert "Ons team is gegroeid" in html
    assert not Bericht.objects.exists()
    assert Concept.objects.filter(token=token).exists()


def test_the_link_is_mailed_a_few_times_an_hour_at_most(client):
    token = uuid.uuid4()
    for _ in range(CONCEPT_MAILS_PER_UUR):
        assert client.post(URL, formulier(token=token, actie="concept_mailen")).status_code == 302
    response = client.post(URL, formulier(token=token, actie="concept_mailen"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "al vaak gemaild" in html and "Ons team is gegroeid" in html
    assert Bericht.objects.count() == CONCEPT_MAILS_PER_UUR


def test_the_saved_page_offers_the_mail_besides_bookmarking(client):
    token = uuid.uuid4()
    response = client.post(URL, formulier(token=token, actie="concept"), follow=True)
    html = response.content.decode()
    assert "Bewaar het adres van deze pagina" in html
    assert 'value="concept_mailen"' in html and "Link naar mij mailen" in html
