"""Which language a request is served in, and the one language of what the app keeps or sends.

The UI is Dutch unless the person chose English with the switch in the header
(`set_language`, which sets the language cookie). The browser's Accept-Language is not
consulted: staff and municipal contacts with an English browser still get the Dutch product,
and a test browser (Chromium sends `en-US`) sees what a Dutch user sees.

What is stored or leaves the app (timeline entries, emails, PDFs for the municipality) is
Dutch whatever the language of the request that caused it: `nederlands()` around it.

A sentence the app writes itself into a record that staff read in the UI (a schets version's
note, a PDF job's reason) is kept as a *bericht*: its Dutch msgid and parameters, beside the
Dutch text. `tonen()` translates it for the reader at display, so a Dutch reviewer reads Dutch
and an English colleague English, whoever caused it. Text a person typed is shown as typed.
"""

from contextlib import contextmanager

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext


def gekozen_taal(request) -> str:
    """The language of the cookie if it is one of LANGUAGES, else LANGUAGE_CODE (Dutch)."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class TaalMiddleware:
    """Replaces Django's LocaleMiddleware: the language cookie or Dutch, nothing else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        code = gekozen_taal(request)
        # override() restores the previous language afterwards, so nothing leaks into the
        # next piece of work on this thread (a test, an eager task).
        with translation.override(code):
            request.LANGUAGE_CODE = code
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", code)
        patch_vary_headers(response, ("Cookie",))
        return response


@contextmanager
def nederlands():
    """Dutch for text that is kept or sent, whatever language the request is in."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


def bericht(msgid: str, **params) -> dict:
    """A kept sentence: the Dutch msgid (marked with `gettext_noop` at the call site so it is
    extracted) and its parameters, shown as given (a section title stays as typed) unless a
    parameter is itself a bericht."""
    return {"msgid": str(msgid), "params": params}


def _vertaald(b: dict) -> str:
    params = {k: _vertaald(v) if isinstance(v, dict) else v for k, v in b["params"].items()}
    zin = gettext(b["msgid"])
    return zin % params if params else zin


def in_het_nederlands(b: dict) -> str:
    """The Dutch text of a bericht, to store beside it (admin, exports, older readers)."""
    with nederlands():
        return _vertaald(b)


def tonen(b: dict | None, bewaard: str) -> str:
    """What the reader sees: the bericht in the current language, else the kept text (typed
    by a person, or written before berichten were kept)."""
    if not b or not b.get("msgid"):
        return bewaard
    try:
        return _vertaald({"msgid": b["msgid"], "params": b.get("params") or {}})
    except (KeyError, TypeError, ValueError):  # a catalogue whose placeholders drifted
        return bewaard
