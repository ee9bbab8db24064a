"""The public request form: submit, nothing lost, spam, reference numbers, emails."""

import uuid
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from gesprekken.models import Document
from spiegel import services
from spiegel.constants import Rol, Status
from spiegel.models import Aanvraag, Bericht, Concept, ConceptBestand, Gebeurtenis, User
from tests.factories import AanvraagFactory
from tests.spiegel.intake_helpers import formulier

URL = "/aanvragen/nieuw/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

pytestmark = pytest.mark.django_db


def test_the_form_page_renders_with_a_fresh_token(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'name="token"' in response.content.decode()
    # The municipalities to pick from come as suggestions while typing (htmx).
    assert "Aalsmeer" not in response.content.decode()
    suggesties = client.get("/aanvragen/nieuw/organisaties/", {"organisatie_naam": "aalsm"})
    assert "Aalsmeer" in suggesties.content.decode()


def test_a_valid_submit_saves_the_request_with_a_reference_and_sends_three_emails(client):
    data = formulier()
    response = client.post(URL, data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "spiegel:aanvraag_ontvangen", args=[aanvraag.indientoken]
    )
    year = timezone.localdate().year
    assert aanvraag.referentie == f"SP-{year}-0001"
    assert aanvraag.organisatie.naam == "Aalsmeer"
    assert aanvraag.vragen == data["vragen"]
    assert aanvraag.status == Status.INGEDIEND
    assert aanvraag.bouwstenen.count() == 1
    onderwerpen = sorted(Bericht.objects.values_list("onderwerp", flat=True))
    assert len(onderwerpen) == 3
    assert any(aanvraag.referentie in o and "ontvangen" in o for o in onderwerpen)
    assert any(o.startswith("Nieuwe aanvraag") for o in onderwerpen)
    assert "Uw toegang tot het Spiegel-portaal" in onderwerpen
    bevestiging = Bericht.objects.get(onderwerp__contains="ontvangen")
    assert bevestiging.aan == ["marieke@aalsmeer.example.nl"]
    assert "Hoe ervaren klantmanagers hun ruimte?" in bevestiging.tekst  # what they sent
    contact = User.objects.get(email="marieke@aalsmeer.example.nl")
    assert contact.rol == Rol.CONTACTPERSOON and contact.organisatie == aanvraag.organisatie
    assert not contact.has_usable_password()
    page = client.get(response["Location"]).content.decode()
    assert aanvraag.referentie in page


def test_reference_numbers_count_up_and_skip_numbers_already_taken():
    year = timezone.localdate().year
    AanvraagFactory(referentie=f"SP-{year}-0002")
    assert services.referentie_toekennen() == f"SP-{year}-0001"
    assert services.referentie_toekennen() == f"SP-{year}-0003"


def test_a_replayed_submit_creates_one_request(client):
    data = formulier()
    first = client.post(URL, data)
    second = client.post(URL, data)
    assert Aanvraag.objects.filter(indientoken=data["token"]).count() == 1
    assert first["Location"] == second["Location"]
    assert Bericht.objects.count() == 3


def test_a_validation_error_keeps_every_value_and_names_the_field(client):
    data = formulier(contact_email="niet-een-adres", vragen=["Eerste vraag", "Tweede vraag"])
    response = client.post(URL, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert not Aanvraag.objects.exists()
    assert "Nog niet alles is goed ingevuld" in page
    assert "Uw e-mailadres</a>: Vul een geldig e-mailadres in" in page
    assert 'value="niet-een-adres"' in page
    assert "Eerste vraag</textarea>" in page and "Tweede vraag</textarea>" in page
    assert 'value="Marieke Jansen"' in page
    assert "Ons team is gegroeid" in page
    assert Concept.objects.filter(token=data["token"]).exists()  # survives a reload too


def test_an_uploaded_file_is_kept_when_the_rest_of_the_form_is_rejected(client):
    data = formulier(contact_naam="")
    data["bestanden"] = SimpleUploadedFile("jaarverslag.pdf", PDF, "application/pdf")
    page = client.post(URL, data).content.decode()
    assert "jaarverslag.pdf" in page
    assert ConceptBestand.objects.count() == 1
    # Corrected, submitted without choosing the file again: it comes along.
    data = formulier(token=data["token"])
    client.post(URL, data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    document = Document.objects.get(aanvraag=aanvraag)
    assert document.van_contact and document.mime_type == "application/pdf"
    assert document.bestand.read() == PDF
    assert not ConceptBestand.objects.exists()


def test_a_refused_file_is_named_and_the_rest_is_kept(client):
    data = formulier()
    data["bestanden"] = SimpleUploadedFile(
        "cijfers.pdf", b"MZ\x90\x00 not a pdf", "application/pdf"
    )
    page = client.post(URL, data).content.decode()
    assert not Aanvraag.objects.exists()
    assert "cijfers.pdf" in page and "past niet bij de extensie .pdf" in page
    assert 'value="Marieke Jansen"' in page


def test_a_draft_survives_a_reload(client):
    token = uuid.uuid4()
    response = client.post(
        "/aanvragen/nieuw/concept/",
        {"token": str(token), "contact_naam": "Ilse Vermeer", "vragen": ["Een vraag"]},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response["HX-Replace-Url"] == f"/aanvragen/nieuw/?concept={token}"
    page = client.get(f"/aanvragen/nieuw/?concept={token}").content.decode()
    assert 'value="Ilse Vermeer"' in page and "Een vraag</textarea>" in page
    assert "concept teruggezet" in page
    assert "Nog niet alles is goed ingevuld" not in page  # no errors shown for a draft


def test_saving_a_draft_without_javascript_redirects_to_its_address(client):
    data = formulier(actie="concept", contact_email="")
    response = client.post(URL, data)
    assert response.status_code == 302
    assert f"concept={data['token']}" in response["Location"]
    assert not Aanvraag.objects.exists()


def test_adding_a_question_slot_keeps_what_was_typed(client):
    data = formulier(actie="vraag_toevoegen", vragen=["A?", "B?", "C?"])
    page = client.post(URL, data).content.decode()
    assert page.count('name="vragen"') == 4
    assert "A?</textarea>" in page
    assert not Aanvraag.objects.exists()


@pytest.mark.parametrize("htmx", [True, False])
def test_inline_validation_answers_with_the_fields_message(client, htmx):
    headers = {"HX-Request": "true", "HX-Trigger-Name": "contact_email"} if htmx else {}
    data = {"contact_email": "fout", **({} if htmx else {"_veld": "contact_email"})}
    response = client.post("/aanvragen/nieuw/controleer/", data, headers=headers)
    assert response.status_code == 200
    assert "Vul een geldig e-mailadres in" in response.content.decode()
    ok = client.post(
        "/aanvragen/nieuw/controleer/",
        {"contact_email": "a@b.nl", "_veld": "contact_email"},
        headers=headers,
    )
    assert ok.content.decode().strip() == ""


def test_the_honeypot_gets_a_calm_answer_and_saves_nothing(client):
    response = client.post(URL, formulier(website="http://spam.example"))
    assert response.status_code == 400
    assert "kon niet worden verwerkt" in response.content.decode()
    assert not Aanvraag.objects.exists() and not Bericht.objects.exists()


def test_the_rate_limit_blocks_calmly_and_keeps_the_draft(client, settings):
    settings.AANVRAAG_RATELIMIT = 2
    for _ in range(2):
        assert client.post(URL, formulier()).status_code == 302
    data = formulier()
    response = client.post(URL, data)
    assert response.status_code == 429
    assert "over een uur opnieuw" in response.content.decode()
    assert Aanvraag.objects.count() == 2
    assert Concept.objects.filter(token=data["token"]).exists()
    # Another address is not affected.
    assert client.post(URL, formulier(), REMOTE_ADDR="10.0.0.9").status_code == 302


def test_an_unknown_organisation_is_accepted_and_flagged(client):
    data = formulier(organisatie_naam="Stichting Nergenshuizen")
    client.post(URL, data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    assert aanvraag.organisatie is None
    assert aanvraag.organisatie_onbekend == "Stichting Nergenshuizen"
    assert Gebeurtenis.objects.filter(
        aanvraag=aanvraag, tekst__contains="niet in de lijst"
    ).exists()
    # No portal account yet: a contact needs an organisation.
    assert aanvraag.contactpersoon is None
    assert not Bericht.objects.filter(onderwerp__contains="portaal").exists()


def test_a_werkbedrijf_names_the_municipalities_it_serves(client):
    data = formulier(
        organisatie_soort="werkbedrijf",
        organisatie_naam="Werkbedrijf Testland",
        gemeenten="Aalsmeer\nGemeente Aa en Hunze\nBestaatnietdorp",
    )
    page = client.post(URL, data).content.decode()
    assert "Deze gemeenten kennen we niet: Bestaatnietdorp" in page
    data["gemeenten"] = "Aalsmeer\nGemeente Aa en Hunze"
    client.post(URL, data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    assert sorted(g.naam for g in aanvraag.gemeenten.all()) == ["Aa en Hunze", "Aalsmeer"]


def test_an_existing_contact_of_the_same_organisation_is_linked_not_invited(client):
    from spiegel.models import Organisatie
    from tests.factories import UserFactory

    aalsmeer = Organisatie.objects.get(naam="Aalsmeer")
    contact = UserFactory(
        rol=Rol.CONTACTPERSOON, organisatie=aalsmeer, email="m@aalsmeer.example.nl"
    )
    data = formulier(contact_email="M@aalsmeer.example.nl")
    client.post(URL, data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    assert aanvraag.contactpersoon == contact
    assert not Bericht.objects.filter(onderwerp="Uw toegang tot het Spiegel-portaal").exists()


def test_an_address_of_someone_else_gets_no_portal_access(client):
    from tests.factories import UserFactory

    UserFactory(rol=Rol.COORDINATOR, email="marieke@aalsmeer.example.nl")
    data = formulier()
    client.post(URL, data)
    aanvraag = Aanvraag.objects.get(indientoken=data["token"])
    assert aanvraag.contactpersoon is None
    assert Gebeurtenis.objects.filter(aanvraag=aanvraag, tekst__contains="ander account").exists()


def test_stale_drafts_and_their_files_are_deleted():
    oud = Concept.objects.create(gegevens={"contact_naam": ["X"]})
    bestand = services.concept_bestand_toevoegen(
        token=oud.token,
        file=SimpleUploadedFile("a.pdf", PDF, "application/pdf"),
        mime_type="application/pdf",
    )
    pad = bestand.bestand.path
    Concept.objects.filter(pk=oud.pk).update(bijgewerkt_op=timezone.now() - timedelta(days=30))
    vers = Concept.objects.create()
    from spiegel.tasks import concepten_opruimen

    assert concepten_opruimen() == 2  # the draft and its file row
    assert list(Concept.objects.all()) == [vers]
    import os

    assert not os.path.exists(pad)


def test_the_confirmation_page_is_gone_after_a_day(client):
    aanvraag = AanvraagFactory()
    Aanvraag.objects.filter(pk=aanvraag.pk).update(ingediend_op=timezone.now() - timedelta(days=2))
    assert client.get(f"/aanvragen/ontvangen/{aanvraag.indientoken}/").status_code == 404


def test_public_pages_explain_the_spiegel_and_the_privacy_statement(client):
    over = client.get("/over-de-spiegel/").content.decode()
    assert "Niets." in over and "Intakegesprek" in over
    privacy = client.get("/privacy/").content.decode()
    assert "Hoe lang bewaren we ze?" in privacy and "14 dagen" in privacy


def test_the_form_page_queries_do_not_grow_with_the_data(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        client.get(URL)


def test_behind_a_proxy_the_rate_limit_counts_the_visitors_address(client, settings):
    settings.AANVRAAG_RATELIMIT = 1
    settings.AANVRAAG_PROXIES = 1
    eerste = {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.7"}
    assert client.post(URL, formulier(), **eerste).status_code == 302
    assert client.post(URL, formulier(), **eerste).status_code == 429
    # A forged left-hand entry does not help; another visitor behind the proxy is fine.
    assert (
        client.post(URL, formulier(), HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.7").status_code
        == 429
    )
    assert client.post(URL, formulier(), HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302


def test_the_emails_are_dutch_plain_text_and_html_without_escaping_in_the_text(client):
    data = formulier(context="Werk & inkomen <samen>", presentatievormen=["gesprek"])
    client.post(URL, data)
    bevestiging = Bericht.objects.get(onderwerp__contains="ontvangen")
    assert "Beste Marieke Jansen" in bevestiging.tekst
    assert "Werk & inkomen <samen>" in bevestiging.tekst  # plain text is not HTML-escaped
    assert "Werk &amp; inkomen &lt;samen&gt;" in bevestiging.html  # HTML is
    assert "Vertrouwelijk gesprek" in bevestiging.tekst
    uitnodiging = Bericht.objects.get(onderwerp="Uw toegang tot het Spiegel-portaal")
    assert "/uitnodiging/" in uitnodiging.tekst and uitnodiging.html
    assert "authenticator-app" in uitnodiging.tekst


def test_new_drafts_are_limited_per_address_but_an_existing_draft_can_always_be_saved(
    client, settings
):
    settings.AANVRAAG_RATELIMIT = 1  # five new drafts an hour
    tokens = [str(uuid.uuid4()) for _ in range(6)]
    for token in tokens[:5]:
        client.post("/aanvragen/nieuw/concept/", {"token": token, "contact_naam": "x"})
    assert client.post("/aanvragen/nieuw/concept/", {"token": tokens[5]}).status_code == 204
    assert Concept.objects.count() == 5
    r = client.post(URL, formulier(token=tokens[5], actie="concept"))
    assert r.status_code == 429 and "terugknop" in r.content.decode()
    # The drafts already there keep saving.
    client.post("/aanvragen/nieuw/concept/", {"token": tokens[0], "contact_naam": "Els"})
    assert Concept.objects.get(token=tokens[0]).gegevens["contact_naam"] == ["Els"]
