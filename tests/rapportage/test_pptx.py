"""The editable presentatie (.pptx): the file is opened again with python-pptx and every
section's message must be on its slide, lists kept as paragraphs with their bullets, quote
slides, the heat map, the closing question and the downloader's stamp on every slide. Over
a factory schets, every demo schets and schetsen drawn by Hypothesis."""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from rapportage import dias_pptx
from rapportage.constants import SchetsStatus
from rapportage.models import Schets
from rapportage.views.pptx import PPTX_TYPE
from spiegel.constants import AuditActie, Rol
from spiegel.models import AuditRegel
from tests.factories import UserFactory
from tests.factories.pdf import QUOTE, definitieve_spiegel
from tests.rapportage.pdf_woorden import PdfWords, markdown_words, resolved_source
from tests.rapportage.test_pdf_conservation import norm, schets, units

pytestmark = pytest.mark.django_db

STEMPEL = "Gedownload door Zoë Ørsted-Łukasiewicz op 03-12-2026 12:00"
WERKWIJZE_LIJST = (
    "Daarna voerden we:\n\n- drie interviews met klantmanagers\n- een groepsgesprek met "
    "teamleiders\n  - en een meeloopronde\n1. eerst de intake\n2. dan het plan"
)


def open_deck(data: bytes) -> list[dict]:
    """Per slide: its name, all its text (text boxes and table cells), the bulleted
    paragraphs and the speaker notes."""
    slides = []
    for slide in Presentation(io.BytesIO(data)).slides:
        texts, bullets = [], []
        for shape in slide.shapes:
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    texts.append(paragraph.text)
                    ppr = paragraph._p.pPr
                    if ppr is not None and any(
                        el.tag.endswith(("}buChar", "}buAutoNum")) for el in ppr
                    ):
                        bullets.append(paragraph.text)
            if shape.has_table:
                texts += [cell.text for row in shape.table.rows for cell in row.cells]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append({"naam": slide.name, "tekst": "\n".join(texts), "lijst": bullets})
        slides[-1]["notities"] = notes
    return slides


def assert_deck_keeps_every_message(spiegel, versie, data: bytes) -> list[dict]:
    slides = open_deck(data)
    alles = norm(" ".join(s["tekst"] for s in slides))
    assert spiegel.organisatie.naam in norm(slides[0]["tekst"])
    for kernvraag in spiegel.kernvragen.all():
        assert norm(kernvraag.tekst) in norm(slides[1]["tekst"])
    assert "Waar staan jullie, waar willen jullie naartoe?" in norm(slides[-1]["tekst"])
    assert "Waarnemingen per bouwsteen" in alles
    for slide in slides:
        assert STEMPEL in slide["tekst"], slide["naam"]
    for nummer, raw in enumerate(versie.secties, start=1):
        naam = f"{nummer}. {raw['titel']}"[:250]
        slide = next((s for s in slides if s["naam"] == naam), None)
        assert slide is not None, f"no slide for {naam!r}"
        words = PdfWords(slide["tekst"])
        verwezen = f"zie rapportage, hoofdstuk {nummer}." in norm(slide["tekst"])
        kern = raw.get("kernboodschap") or ""
        delen = [kern] if kern.strip() else units(raw.get("tekst") or "")
        for i, deel in enumerate(delen):
            missing = words.missing(markdown_words(resolved_source(deel, spiegel)))
            if i == 0:
                assert not missing, f"slide {naam!r} cuts its message: {missing[:10]}"
            else:
                assert not missing or verwezen, f"slide {naam!r} drops {missing[:10]} silently"
        # The presenter has the whole section in the notes.
        notes = PdfWords(slide["notities"])
        assert not notes.missing(markdown_words(resolved_source(raw.get("tekst") or "", spiegel)))
    return slides


def test_deck_has_title_kernvragen_messages_lists_quotes_heatmap_and_close():
    spiegel, _schets, versie = definitieve_spiegel(tekst_extra=WERKWIJZE_LIJST)
    secties = versie.secties
    secties[0]["kernboodschap"] = "Jullie vroegen naar **ruimte** en samenwerking."
    versie.secties = secties
    data = dias_pptx.presentatie_pptx(spiegel=spiegel, versie=versie, stempel=STEMPEL)
    slides = assert_deck_keeps_every_message(spiegel, versie, data)

    aanleiding = next(s for s in slides if s["naam"] == "1. Aanleiding en vragen")
    assert "Jullie vroegen naar ruimte en samenwerking." in aanleiding["tekst"]
    assert "zie rapportage, hoofdstuk 1." in aanleiding["tekst"]
    # The list after "Daarna voerden we:" is kept, item by item, bulleted and numbered.
    vragen = next(s for s in slides if s["naam"] == "5. Vragen om bij stil te staan")
    assert vragen["lijst"] == ["Hoe houden we de ruimte?", "Wie pakt de regie?"]
    # The quote embedded in the strengths gets a slide of its own, with its source.
    citaat = next(s for s in slides if s["naam"].startswith("Wat we hoorden · Wat we zagen"))
    assert QUOTE in citaat["tekst"] and "een klantmanager" in citaat["tekst"]
    assert "Dit citaat mag nergens verschijnen." not in " ".join(s["tekst"] for s in slides)
    # The heat map is a table of counts: the 12 observations are all counted.
    kaart = next(s for s in slides if s["naam"] == "Waarnemingen per bouwsteen")
    cells = kaart["tekst"].split("\n")
    assert sum(int(c) for c in cells if c.isdigit()) == 12


def test_werkwijze_list_is_on_its_slide_when_the_message_fits():
    spiegel, _schets, versie = definitieve_spiegel(alineas_per_sectie=0)
    secties = versie.secties
    werkwijze = next(s for s in secties if s["sleutel"] == "werkwijze")
    werkwijze["tekst"] = "We spraken veertien mensen.\n\n" + WERKWIJZE_LIJST
    versie.secties = secties
    data = dias_pptx.presentatie_pptx(spiegel=spiegel, versie=versie, stempel=STEMPEL)
    slide = next(s for s in open_deck(data) if s["naam"] == "2. Werkwijze")
    assert slide["lijst"] == [
        "drie interviews met klantmanagers",
        "een groepsgesprek met teamleiders",
        "en een meeloopronde",
        "eerst de intake",
        "dan het plan",
    ]
    assert "Daarna voerden we:" in slide["tekst"]


@pytest.fixture(scope="module")
def demo_schetsen(django_db_setup, django_db_blocker):
    """Every demo schets's latest version as a deck (the PDF demo loader is left out: it
    renders PDFs, which this test does not need)."""
    from django.db import transaction
    from django.test import override_settings

    from spiegel import registry

    results = []
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEMO_MODE=True):
            context: dict = {}
            for loader in registry.demo:
                if loader.__name__ in ("rapportage.demo_pdf", "rapportage.demo_rodedraden"):
                    continue
                context.update(loader.laden(context=context) or {})
        for schets_obj in Schets.objects.select_related("spiegel__organisatie").order_by("pk"):
            versie = schets_obj.versies.order_by("-nummer").first()
            if versie is None:
                continue
            data = dias_pptx.presentatie_pptx(
                spiegel=schets_obj.spiegel, versie=versie, stempel=STEMPEL
            )
            try:
                assert_deck_keeps_every_message(schets_obj.spiegel, versie, data)
                fout = None
            except AssertionError as exc:
                fout = str(exc)
            results.append((schets_obj.spiegel.organisatie.naam, fout, open_deck(data)))
        transaction.set_rollback(True)
    return results


def test_every_demo_schets_keeps_every_message_in_the_pptx(demo_schetsen):
    assert len(demo_schetsen) >= 6
    assert not {naam: fout for naam, fout, _slides in demo_schetsen if fout}


def test_demo_werkwijze_slide_in_the_pptx_keeps_the_list_after_daarna_voerden_we(
    demo_schetsen,
):
    seen = 0
    for naam, _fout, slides in demo_schetsen:
        slide = next(s for s in slides if s["naam"].endswith(". Werkwijze"))
        if "Daarna voerden we:" in slide["tekst"]:
            seen += 1
            assert slide["lijst"], naam
    assert seen


@pytest.fixture
def spiegel_en_versie():
    spiegel, _schets, versie = definitieve_spiegel(organisatie_naam="Gemeente Hypothesedorp")
    return spiegel, versie


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_generated_schets_keeps_every_message_in_the_pptx(spiegel_en_versie, data):
    spiegel, versie = spiegel_en_versie
    refs = [f"[[waarneming:{w.pk}]]" for w in spiegel.waarnemingen.all()[:3]]
    refs += [f"[[citaat:{c.pk}]]" for c in spiegel.citaten.all()]
    versie.secties = data.draw(schets(refs))
    deck = dias_pptx.presentatie_pptx(spiegel=spiegel, versie=versie, stempel=STEMPEL)
    assert_deck_keeps_every_message(spiegel, versie, deck)


# --- the download -------------------------------------------------------------------------


def test_team_downloads_the_pptx_with_their_stamp_and_an_audit_row(
    login, django_assert_max_num_queries
):

    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Ğül Şahin")
    spiegel, schets_obj, _versie = definitieve_spiegel(team=[teamlid])
    client = login(teamlid)
    page = client.get(f"/schets/{spiegel.pk}/pdf/").content.decode()
    assert f'href="/schets/{spiegel.pk}/pdf/presentatie.pptx"' in page
    with django_assert_max_num_queries(30):
        response = client.get(f"/schets/{spiegel.pk}/pdf/presentatie.pptx")
    assert response.status_code == 200
    assert response["Content-Type"] == PPTX_TYPE
    assert "presentatie-v1.pptx" in response["Content-Disposition"]
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    slides = open_deck(b"".join(response.streaming_content))
    assert all("Gedownload door Ğül Şahin op" in s["tekst"] for s in slides)
    regel = AuditRegel.objects.get(actie=AuditActie.DOWNLOAD, gebruiker=teamlid)
    assert (regel.object_soort, regel.object_id) == ("rapportage.schets", str(schets_obj.pk))
    assert "Ğül" not in regel.omschrijving  # identifiers only, no content
    # The download is listed in the page's trail beside the PDF downloads.
    page = client.get(f"/schets/{spiegel.pk}/pdf/").content.decode()
    # ... by the file name the person got, not a storage path.
    assert "Presentatie (PowerPoint), versie 1" in page
    assert f"Spiegel-{spiegel.aanvraag.referentie}-presentatie-v1.pptx" in page


def test_pptx_is_404_for_contacts_and_other_team_members(login):

    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel, _schets, _versie = definitieve_spiegel(team=[teamlid])
    contact = UserFactory(contact=True, organisatie=spiegel.organisatie)
    ander = UserFactory(rol=Rol.TEAMLID)
    for user in (contact, ander):
        assert login(user).get(f"/schets/{spiegel.pk}/pdf/presentatie.pptx").status_code == 404


def test_pptx_without_a_definitief_schets_says_so_in_dutch(login):

    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel, schets_obj, _versie = definitieve_spiegel(team=[teamlid])
    Schets.objects.filter(pk=schets_obj.pk).update(status=SchetsStatus.WEDERHOOR)
    response = login(teamlid).get(f"/schets/{spiegel.pk}/pdf/presentatie.pptx", follow=True)
    assert response.redirect_chain[-1][0] == f"/schets/{spiegel.pk}/pdf/"
    assert "Er is nog geen definitieve schets" in response.content.decode()
