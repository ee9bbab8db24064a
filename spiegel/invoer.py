"""Odd input never reaches a view as something the database refuses, and a refusal that
has no body of its own still answers in Dutch.

- `InvoerOpschonenMiddleware` removes NUL bytes (a PostgreSQL text value cannot hold one)
  and lone surrogates (not encodable as UTF-8) from the names and values of the query
  string and the form post. A search for `%00` is then an empty search, and notes with a
  stray NUL are saved without it instead of being refused: nothing visible the person typed
  is lost, and no view has to remember the rule.
- `LegeFoutMiddleware` gives a 400, 403 or 405 with an empty body (Django's `require_POST`,
  `HttpResponseNotAllowed`, a view's bare `HttpResponseBadRequest`) a short Dutch page, or a
  JSON `fout` when the caller asked for JSON (the notes' autosave shows it).
"""

import re

from django.http import HttpResponse, JsonResponse, QueryDict
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

ONGELDIG = re.compile("[\x00\ud800-\udfff]")


def schoon(tekst: str) -> str:
    """`tekst` without NUL bytes and lone surrogates."""
    return ONGELDIG.sub("", tekst)


def _geschoond(qd: QueryDict) -> QueryDict:
    lijsten = list(qd.lists())
    if not any(ONGELDIG.search(k) or any(ONGELDIG.search(v) for v in vs) for k, vs in lijsten):
        return qd
    nieuw = QueryDict(mutable=True, encoding=qd.encoding)
    for k, vs in lijsten:
        naam = schoon(k)
        nieuw.setlist(naam, nieuw.getlist(naam) + [schoon(v) for v in vs])
    nieuw._mutable = False
    return nieuw


class InvoerOpschonenMiddleware:
    """After CSRF's check (which reads the post itself), before the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        request.GET = _geschoond(request.GET)
        if request.method == "POST":
            request.POST = _geschoond(request.POST)
        return None


MELDINGEN = {
    400: (
        "Verzoek niet begrepen",
        "Dit verzoek kon niet worden verwerkt. Ga terug, controleer wat u heeft ingevuld en "
        "probeer het opnieuw.",
    ),
    403: ("Geen toegang", "U mag deze handeling niet uitvoeren."),
    405: (
        "Dat kan hier niet",
        "Deze pagina kan niet op deze manier worden gebruikt. Gebruik de knoppen en "
        "formulieren op de pagina zelf.",
    ),
}


def foutpagina(request, status: int):
    """The Dutch answer for a bare 400, 403 or 405."""
    titel, uitleg = (_(t) for t in MELDINGEN[status])
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"fout": uitleg}, status=status)
    html = render_to_string(
        "fout.html", {"titel": titel, "uitleg": uitleg, "status": status}, request=request
    )
    return HttpResponse(html, status=status)


class LegeFoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code in MELDINGEN
            and not getattr(response, "streaming", False)
            and not response.content.strip()
        ):
            nieuw = foutpagina(request, response.status_code)
            if response.has_header("Allow"):
                nieuw["Allow"] = response["Allow"]
            return nieuw
        return response


def bad_request(request, exception=None):
    """handler400: a SuspiciousOperation (a tampered form, an odd Host) answered in Dutch."""
    return foutpagina(request, 400)
