"""The portal's request page reads its timeline, documents, schets status and released
reports through queries compiled once per process (`VasteSql`, issue 17): each request's
page still shows that request's own rows only, what the contact may see of them, and a
request of another organisation is still a 404."""

import pytest
from django.urls import reverse

from gesprekken.models import Document
from rapportage import portaal as rapportage_portaal
from spiegel import selectors
from spiegel.models import Gebeurtenis
from tests.factories import SpiegelFactory, UserFactory
from tests.factories.rapportage import schets_in_status

pytestmark = pytest.mark.django_db


def _document(aanvraag, titel, *, van_contact):
    return Document.objects.create(
        aanvraag=aanvraag,
        titel=titel,
        bestand="x.pdf",
        mime_type="application/pdf",
        grootte=2048,
        van_contact=van_contact,
    )


def test_each_request_page_shows_its_own_rows_through_the_compiled_queries(client, login):
    een = SpiegelFactory()
    twee = SpiegelFactory(
        aanvraag__organisatie=een.organisatie, team=[UserFactory(), UserFactory()]
    )
    ander = SpiegelFactory()
    for spiegel, naam in ((een, "Een"), (twee, "Twee"), (ander, "Ander")):
        Gebeurtenis.objects.create(
            aanvraag=spiegel.aanvraag, naar_status="veldwerk", tekst_contact=f"Nieuws {naam}"
        )
        Gebeurtenis.objects.create(
            aanvraag=spiegel.aanvraag, naar_status="veldwerk", tekst=f"Intern {naam}"
        )
        _document(spiegel.aanvraag, f"Gedeeld {naam}", van_contact=True)
        _document(spiegel.aanvraag, f"Teamstuk {naam}", van_contact=False)
    schets_in_status("wederhoor", spiegel=twee)
    login(UserFactory(contact=True, organisatie=een.organisatie))

    def pagina(spiegel):
        return client.get(reverse("spiegel:portaal_aanvraag", args=[spiegel.aanvraag_id]))

    html = {naam: pagina(s).content.decode() for naam, s in (("Een", een), ("Twee", twee))}
    for naam, andere in (("Een", "Twee"), ("Twee", "Een")):
        assert f"Nieuws {naam}" in html[naam] and f"Gedeeld {naam}" in html[naam]
        for niet in (f"Intern {naam}", f"Teamstuk {naam}", f"Nieuws {andere}", "Ander"):
            assert niet not in html[naam], (naam, niet)
    # The schets status is this request's: only the second is in wederhoor.
    wederhoor = reverse("rapportage:wederhoor", args=[twee.pk])
    assert wederhoor in html["Twee"] and "klaar voor uw reactie" in html["Twee"]
    assert "klaar voor uw reactie" not in html["Een"]
    assert "(2,0\xa0KB" in html["Een"]
    assert pagina(ander).status_code == 404
    # One compiled shape served both requests.
    assert len(selectors._tijdlijn_contact_sql._vast) == 1
    assert len(selectors._documenten_contact_sql._vast) == 1
    assert len(rapportage_portaal._schets_sql._vast) == 1
