"""English beside Dutch: every msgid of the code and templates has an English translation,
the switch serves English, and everything else (the default, the browser's language, what is
kept or sent) stays Dutch."""

import importlib.util
import os
import re
import shutil

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from spiegel.constants import Status
from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("messages_tool", ROOT / "bin" / "messages.py")
messages_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(messages_tool)

COOKIE = settings.LANGUAGE_COOKIE_NAME
# Placeholders, HTML tags and [[citaat:12]] references must survive translation unchanged.
UNCHANGED = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|</?[a-z][^>]*>|\[\[\w+:\d+\]\]")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What `make messages` would make of the committed English catalogue now: makemessages
    over a copy of the sources, merged with a copy of locale/en (nothing in the checkout
    changes)."""
    copy = tmp_path_factory.mktemp("bron") / "spiegel"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(*messages_tool.IGNORE, ".git", "__pycache__", "*.mo"),
        symlinks=True,
    )
    shutil.rmtree(copy / "locale" / "nl")
    here = os.getcwd()
    os.chdir(copy)
    try:
        with override_settings(LOCALE_PATHS=[copy / "locale"]):
            args = messages_tool.makemessages_args(languages=("en",))
            call_command(*args, verbosity=0)
    finally:
        os.chdir(here)
    return polib.pofile(copy / "locale" / "en" / "LC_MESSAGES" / "django.po")


def _label(entry) -> str:
    return f"{entry.msgid[:70]!r} ({entry.occurrences[0][0] if entry.occurrences else '?'})"


def test_every_msgid_in_code_and_templates_has_an_english_translation(extracted):
    lacking = messages_tool.lacking(extracted)
    assert len(extracted) > 1000, "makemessages found (almost) nothing: wrong folder?"
    assert not lacking, (
        f"{len(lacking)} msgids without English (new, changed or fuzzy); run `make messages`, "
        "then `bin/messages.py missing todo.tsv` and `apply todo.tsv` (DEVELOPERS.md): "
        + "; ".join(_label(e) for e in lacking[:15])
    )


def test_committed_english_catalogue_has_no_fuzzy_or_empty_entry():
    po = polib.pofile(messages_tool.ENGLISH)
    assert len(po) > 1000
    assert not po.metadata_is_fuzzy
    lacking = messages_tool.lacking(po)
    assert not lacking, "; ".join(_label(e) for e in lacking[:15])


def test_catalogues_pass_msgfmt_check_for_placeholders_and_plurals():
    for lang in ("nl", "en"):
        path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
        result = messages_tool.msgfmt_check(path)
        assert result.returncode == 0, result.stderr


def test_english_keeps_every_placeholder_tag_and_reference_of_the_dutch():
    wrong = []
    for entry in polib.pofile(messages_tool.ENGLISH):
        pairs = (
            [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
            if entry.msgid_plural
            else [(entry.msgid, entry.msgstr)]
        )
        for dutch, english in pairs:
            if sorted(UNCHANGED.findall(dutch)) != sorted(UNCHANGED.findall(english)):
                wrong.append(f"{dutch!r} -> {english!r}")
    assert not wrong, wrong[:10]


def test_glossary_terms_are_translated_consistently():
    """The product's nouns as DEVELOPERS.md lists them (a sample that covers each)."""
    po = {e.msgid: e.msgstr for e in polib.pofile(messages_tool.ENGLISH) if not e.msgid_plural}
    assert po["Schets"] == "Sketch"
    assert po["Bouwsteen"] == "Building block"
    assert po["Aandachtspunt"] == "Point of attention"
    assert po["Wederhoor"] == "Right of reply"
    assert po["Kernvraag"] == "Key question"
    assert po["Rode draden"] == "Common threads"
    assert po["Spiegel"] == "Spiegel"
    english = re.sub(r"\[\[\w+:\d+\]\]", "", " ".join(po.values()).lower())
    for dutch_word in ("schets", "bouwsteen", "wederhoor", "kernvra", "waarneming", "citaat"):
        assert dutch_word not in english, dutch_word


def test_compiled_english_catalogue_is_in_use():
    with translation.override("en"):
        assert translation.gettext("Aanmelden") == "Sign in"
        assert translation.ngettext("%(n)s citaat", "%(n)s citaten", 2) == "%(n)s quotes"


# Requests: Dutch by default, English through the switch.


def _html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_home_page_is_dutch_by_default(client):
    response = client.get(reverse("spiegel:home"))
    html = _html(response)
    assert '<html lang="nl">' in html
    assert "Over de Spiegel" in html and "About the Spiegel" not in html
    assert response.headers["Content-Language"] == "nl"
    # The switch names English in English (not Django's Dutch "Engels").
    assert 'value="en" lang="en" class="link-button">English<' in html


@pytest.mark.django_db
def test_an_english_browser_without_the_switch_still_gets_dutch(client):
    html = _html(client.get(reverse("spiegel:home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9"))
    assert '<html lang="nl">' in html
    assert "Aanmelden" in html and "Sign in" not in html


@pytest.mark.django_db
def test_language_switch_serves_home_and_sign_in_in_english(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.cookies[COOKIE].value == "en"
    html = _html(client.get(reverse("spiegel:home")))
    assert '<html lang="en">' in html
    assert "About the Spiegel" in html and "Over de Spiegel" not in html
    # The switch now offers the way back, named in Dutch.
    assert 'value="nl" lang="nl"' in html and ">Nederlands<" in html
    html = _html(client.get(reverse("two_factor:login")))
    assert '<html lang="en">' in html
    assert "Sign in with your email address and password." in html
    assert "Meld u aan met uw e-mailadres" not in html


@pytest.mark.django_db
def test_switching_back_serves_dutch_again(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    html = _html(client.get(reverse("spiegel:home")))
    assert '<html lang="nl">' in html and "Over de Spiegel" in html


@pytest.mark.django_db
def test_an_unknown_language_in_the_cookie_falls_back_to_dutch(client):
    client.cookies[COOKIE] = "de"
    html = _html(client.get(reverse("spiegel:home")))
    assert '<html lang="nl">' in html


@pytest.mark.django_db
def test_signed_in_staff_and_form_errors_are_english_after_the_switch(client, world, login):
    client = login(world.users["coordinator"])
    client.cookies[COOKIE] = "en"
    html = _html(client.get(reverse("spiegel:home")))
    assert f"Good day, {world.users['coordinator'].get_short_name()}" in html
    assert "Sign out" in html and "Afmelden" not in html
    response = client.post(reverse("spiegel:aanvraag_nieuw"), {"naam": ""})
    html = response.content.decode()
    assert response.status_code in (200, 400)
    assert "Not everything has been filled in correctly yet" in html
    assert "Nog niet alles is goed ingevuld" not in html


@pytest.mark.django_db
def test_email_from_an_english_request_is_dutch(client):
    """Emails stay Dutch: even a translatable label in the context renders in Dutch."""
    from spiegel.berichten import versturen

    with translation.override("en"):
        assert str(Status.VELDWERK.label) == "Fieldwork"
        bericht = versturen(
            aan=["a@alfa.example"],
            template="spiegel/email/test",
            context={"naam": Status.VELDWERK.label},
        )
    assert bericht.onderwerp == "Testbericht van Spiegel"
    assert "Dit is een testbericht voor Veldwerk." in bericht.tekst


def test_pdf_download_stamp_is_dutch_for_an_english_downloader():
    from rapportage.pdf_services import stempeltekst

    class Person:
        naam = "Ria Jansen"
        email = "ria@alfa.example"

    with translation.override("en"):
        stamp = stempeltekst(Person())
    assert stamp.startswith("Gedownload door Ria Jansen op ")


@pytest.mark.django_db
def test_a_timeline_line_written_from_an_english_request_is_dutch():
    """What services store for others to read (the timeline) is Dutch, whatever the
    language of the person whose action wrote it."""
    from spiegel.models import Gebeurtenis
    from spiegel.services import status_wijzigen
    from spiegel.services.status import TEKST_VOOR_CONTACT
    from tests.factories.spiegel import AanvraagFactory

    aanvraag = AanvraagFactory()
    with translation.override("en"):
        # The English catalogue has these lines, so an English text would be stored if the
        # service did not switch to Dutch.
        assert translation.gettext("Status gewijzigd naar ‘%(naar)s’.").startswith("Status changed")
        status_wijzigen(aanvraag=aanvraag, naar=Status.INTAKE)
    regel = Gebeurtenis.objects.filter(aanvraag=aanvraag).latest("pk")
    assert regel.tekst == "Status gewijzigd naar ‘Intake’."
    assert regel.tekst_contact == str(TEKST_VOOR_CONTACT[Status.INTAKE])
