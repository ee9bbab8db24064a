"""Writing, versions, optimistic locking, review and wederhoor through the services."""

import pytest
from django.core.exceptions import ValidationError

from rapportage import services
from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.models import Opmerking, SchetsVersie
from rapportage.portaal import portaal_panelen
from spiegel.constants import Status
from spiegel.models import Bericht, Gebeurtenis
from tests.factories.rapportage import schets_gestart, schets_in_status
from tests.factories.spiegel import UserFactory

pytestmark = pytest.mark.django_db


def opslaan(sectie, tekst, door=None, basis=None):
    return services.sectie_opslaan(
        sectie=sectie,
        door=door or sectie.schets.spiegel.team.first(),
        tekst=tekst,
        titel=sectie.titel,
        kernvragen=list(sectie.kernvragen.all()),
        basis=sectie.versie if basis is None else basis,
    )


def test_new_schets_follows_the_template_and_is_version_one():
    schets = schets_gestart()
    sleutels = list(schets.secties.order_by("volgorde").values_list("sleutel", flat=True))
    assert sleutels[:3] == ["aanleiding", "werkwijze", "krachten"]
    assert sleutels[-2:] == ["vragen", "tot-slot"]
    assert any(s.startswith("duiding") for s in sleutels)
    assert schets.versies.count() == 1
    schets.spiegel.aanvraag.refresh_from_db()
    assert schets.spiegel.aanvraag.status == Status.SCHETS
    # Starting twice returns the same schets
    assert services.schets_starten(spiegel=schets.spiegel, door=None).pk == schets.pk


def test_every_save_is_an_immutable_version_in_the_shape_the_pdf_reads():
    schets = schets_gestart()
    sectie = schets.secties.get(sleutel="krachten")
    auteur = schets.spiegel.team.first()
    versie = opslaan(sectie, "Een kracht: korte lijnen.", door=auteur)
    assert versie.nummer == 2 and versie.auteur == auteur and versie.op is not None
    assert isinstance(versie.secties, list)
    for s in versie.secties:
        assert set(s) == {"sleutel", "titel", "tekst", "kernvragen"}
        assert all(isinstance(pk, int) for pk in s["kernvragen"])
    krachten = next(s for s in versie.secties if s["sleutel"] == "krachten")
    assert krachten["tekst"] == "Een kracht: korte lijnen."
    eerste = next(s for s in versie.secties if s["sleutel"] == "aanleiding")
    assert eerste["kernvragen"] == sorted(schets.spiegel.kernvragen.values_list("pk", flat=True))
    # Version 1 still holds the old text
    oud = SchetsVersie.objects.get(schets=schets, nummer=1)
    assert next(s for s in oud.secties if s["sleutel"] == "krachten")["tekst"] == ""


def test_second_save_on_the_same_base_is_a_conflict_and_overwrites_nothing():
    schets = schets_gestart()
    a, b = schets.spiegel.team.order_by("pk")
    sectie = schets.secties.get(sleutel="krachten")
    basis = sectie.versie
    opslaan(sectie, "Tekst van A", door=a, basis=basis)
    with pytest.raises(services.SchetsConflict) as exc:
        opslaan(sectie, "Tekst van B", door=b, basis=basis)
    assert exc.value.sectie.tekst == "Tekst van A"
    assert exc.value.eigen_tekst == "Tekst van B"
    sectie.refresh_from_db()
    assert sectie.tekst == "Tekst van A"
    assert schets.versies.count() == 2
    # B saves deliberately on top of A's version: both texts live in the history
    opslaan(sectie, "Tekst van A en B", door=b, basis=sectie.versie)
    teksten = [
        next(s["tekst"] for s in v.secties if s["sleutel"] == "krachten")
        for v in schets.versies.order_by("nummer")
    ]
    assert teksten == ["", "Tekst van A", "Tekst van A en B"]


def test_sections_can_be_added_moved_and_removed_each_as_a_version():
    schets = schets_gestart()
    door = schets.spiegel.team.first()
    nieuw = services.sectie_toevoegen(schets=schets, door=door, titel="Een extra blik")
    assert schets.secties.order_by("volgorde").last() == nieuw
    services.sectie_verplaatsen(sectie=nieuw, door=door, richting="op")
    volgorde = list(schets.secties.order_by("volgorde").values_list("pk", flat=True))
    assert volgorde[-2] == nieuw.pk
    services.sectie_verwijderen(sectie=nieuw, door=door)
    assert not schets.secties.filter(pk=nieuw.pk).exists()
    assert list(schets.versies.order_by("nummer").values_list("nummer", flat=True)) == [1, 2, 3, 4]
    with pytest.raises(ValidationError):
        services.sectie_toevoegen(schets=schets, door=door, titel="  ")


def test_restoring_a_version_makes_a_new_version_with_the_old_text():
    schets = schets_gestart()
    sectie = schets.secties.get(sleutel="krachten")
    opslaan(sectie, "Eerste tekst")
    sectie.refresh_from_db()
    opslaan(sectie, "Tweede tekst")
    extra = services.sectie_toevoegen(schets=schets, door=None, titel="Later toegevoegd")
    nieuw = services.versie_herstellen(schets=schets, nummer=2, door=None)
    assert nieuw.nummer == 5
    sectie.refresh_from_db()
    assert sectie.tekst == "Eerste tekst"
    assert not schets.secties.filter(pk=extra.pk).exists()
    assert SchetsVersie.objects.get(schets=schets, nummer=3).secties  # history untouched


def test_author_cannot_approve_their_own_schets():
    schets = schets_in_status(SchetsStatus.REVIEW)
    auteur = schets.ingediend_door
    with pytest.raises(ValidationError):
        services.schets_beoordelen(schets=schets, door=auteur, goedkeuren=True)
    schets.refresh_from_db()
    assert schets.status == SchetsStatus.REVIEW


def test_sending_back_needs_comments_and_returns_to_concept():
    schets = schets_in_status(SchetsStatus.REVIEW)
    reviewer = schets.spiegel.team.order_by("pk").last()
    with pytest.raises(ValidationError):
        services.schets_beoordelen(schets=schets, door=reviewer, goedkeuren=False)
    schets = services.schets_beoordelen(
        schets=schets, door=reviewer, goedkeuren=False, opmerking="Meer krachten noemen."
    )
    assert schets.status == SchetsStatus.CONCEPT
    assert schets.reviewopmerking == "Meer krachten noemen."
    assert Bericht.objects.filter(onderwerp__contains="teruggestuurd").exists()


def test_approval_comment_is_kept_and_mailed_to_the_author():
    schets = schets_in_status(SchetsStatus.REVIEW)
    auteur = schets.ingediend_door
    reviewer = schets.spiegel.team.exclude(pk=auteur.pk).first()
    services.schets_beoordelen(
        schets=schets,
        door=reviewer,
        goedkeuren=True,
        opmerking="Mooi werk; let bij de werkwijze nog op de data.",
    )
    schets.refresh_from_db()
    assert schets.status == SchetsStatus.GOEDGEKEURD
    assert schets.reviewopmerking == "Mooi werk; let bij de werkwijze nog op de data."
    bericht = Bericht.objects.get(onderwerp__contains="goedgekeurd")
    assert bericht.aan == [auteur.email]
    assert "Opmerking van de reviewer:" in bericht.tekst
    assert "Mooi werk; let bij de werkwijze nog op de data." in bericht.tekst


def test_approval_without_comment_mails_no_comment_heading():
    schets = schets_in_status(SchetsStatus.REVIEW)
    reviewer = schets.spiegel.team.exclude(pk=schets.ingediend_door_id).first()
    services.schets_beoordelen(schets=schets, door=reviewer, goedkeuren=True, opmerking="  ")
    bericht = Bericht.objects.get(onderwerp__contains="goedgekeurd")
    assert "Opmerking van de reviewer" not in bericht.tekst


def test_wederhoor_to_definitief_with_timeline_status_and_mail():
    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    spiegel = schets.spiegel
    spiegel.aanvraag.refresh_from_db()
    assert spiegel.aanvraag.status == Status.WEDERHOOR
    contact = UserFactory(contact=True, organisatie=spiegel.organisatie)
    sectie = schets.secties.get(sleutel="werkwijze")
    opmerking = services.opmerking_plaatsen(sectie=sectie, door=contact, tekst="Wij zijn met 12.")
    with pytest.raises(ValidationError):
        services.schets_definitief_maken(schets=schets, door=spiegel.team.first())
    with pytest.raises(ValidationError):  # not taken over needs a reason
        services.opmerking_afhandelen(
            opmerking=opmerking, door=spiegel.team.first(), status="beantwoord", antwoord=""
        )
    services.opmerking_afhandelen(
        opmerking=opmerking, door=spiegel.team.first(), status="overgenomen", antwoord=""
    )
    assert Opmerking.objects.get(pk=opmerking.pk).status == OpmerkingStatus.OVERGENOMEN
    schets = services.schets_definitief_maken(schets=schets, door=spiegel.team.first())
    assert schets.status == SchetsStatus.DEFINITIEF
    spiegel.aanvraag.refresh_from_db()
    assert spiegel.aanvraag.status == Status.AFGEROND
    teksten = list(
        Gebeurtenis.objects.filter(aanvraag=spiegel.aanvraag).values_list("tekst", flat=True)
    )
    for fragment in (
        "gestart",
        "ter review",
        "goedgekeurd",
        "wederhoor",
        "Opmerking",
        "definitief",
    ):
        assert any(fragment in t for t in teksten), fragment
    onderwerpen = list(Bericht.objects.values_list("onderwerp", flat=True))
    assert any("review" in o for o in onderwerpen)
    assert any("klaar" in o for o in onderwerpen)  # wederhoor invitation
    assert any("definitief" in o for o in onderwerpen)


def test_portal_panel_shows_the_wederhoor_link_only_while_in_wederhoor():
    schets = schets_in_status(SchetsStatus.GOEDGEKEURD)
    aanvraag = schets.spiegel.aanvraag
    contact = UserFactory(contact=True, organisatie=schets.spiegel.organisatie)
    vreemde = UserFactory(contact=True)
    assert portaal_panelen(aanvraag, contact) == []
    services.wederhoor_starten(schets=schets, door=schets.spiegel.team.first())
    [(template, context)] = portaal_panelen(aanvraag, contact)
    assert template.endswith("_portaal_wederhoor.html")
    assert context["wederhoor_url"] == f"/schets/{schets.spiegel.pk}/wederhoor/"
    assert portaal_panelen(aanvraag, vreemde) == []
