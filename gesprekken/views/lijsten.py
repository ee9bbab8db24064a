"""The lists of a Spiegel's observations and quotes (filtered and paged), search and the
overview with its heatmap."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from gesprekken import selectors
from gesprekken.forms import FilterForm
from gesprekken.views.scope import team_spiegel
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie

PER_PAGINA = 50


class _Paginator(Paginator):
    """Counts in the page's own query, so that a page is one query rather than two
    (Django's `get_page` counts first). As Django's: a page number that is not one
    gives the first page, one below 1 or past the end the last page. No orphans."""

    def get_page(self, number):
        try:
            nummer = int(number)
        except (TypeError, ValueError):
            nummer = 1
        if nummer >= 1:
            begin = (nummer - 1) * self.per_page
            rijen, totaal = self.object_list.met_totaal(begin, begin + self.per_page)
            if rijen or nummer == 1:
                return self._pagina_van(rijen, nummer, totaal)
        rijen, totaal = self.object_list.laatste(self.per_page)
        return self._pagina_van(rijen, None, totaal)

    def _pagina_van(self, rijen, nummer, totaal):
        self.__dict__["count"] = totaal  # Paginator.count is a cached_property
        return self._get_page(rijen, nummer or self.num_pages, self)


def _pagina(request, rijen):
    """One page of a list; the other filters stay in the page links."""
    pagina = _Paginator(rijen, PER_PAGINA).get_page(request.GET.get("pagina"))
    rest = request.GET.copy()
    rest.pop("pagina", None)
    pagina.querystring = rest.urlencode()
    return pagina


def _filterform(request, obj):
    return FilterForm(request.GET or None, **selectors.filterkeuzes(obj))


def _lijst(request, spiegel_pk, soort: str, selector):
    """A filtered, paged, audited list of a Spiegel's observations or quotes."""
    obj = team_spiegel(request, spiegel_pk)
    form = _filterform(request, obj)
    filters = form.filters() if form.is_bound else {}
    rijen = selector(obj, filters=filters)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving=soort)
    pagina = _pagina(request, rijen)
    return render(
        request,
        f"gesprekken/{soort}.html",
        {"spiegel": obj, "form": form, soort: pagina, "pagina": pagina, "gefilterd": bool(filters)},
    )


@require_GET
def waarnemingen(request, spiegel_pk):
    return _lijst(request, spiegel_pk, "waarnemingen", selectors.waarnemingen_rijen)


@require_GET
def citaten(request, spiegel_pk):
    return _lijst(request, spiegel_pk, "citaten", selectors.citaten_rijen)


@require_GET
def zoeken(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    zoekterm = request.GET.get("q", "")[:200]
    resultaten = selectors.zoeken(obj, zoekterm) if zoekterm.strip() else []
    if zoekterm.strip():
        vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving="zoeken")
    return render(
        request,
        "gesprekken/zoeken.html",
        {"spiegel": obj, "zoekterm": zoekterm, "resultaten": resultaten},
    )


@require_GET
def overzicht(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    basis = reverse("gesprekken:waarnemingen", args=[obj.pk])
    svg = selectors.heatmap_voor(
        obj, link=lambda b, s: f"{basis}?{urlencode({'bouwsteen': b, 'soort': s})}"
    )
    return render(
        request,
        "gesprekken/overzicht.html",
        {"spiegel": obj, "heatmap": svg, "dekking": selectors.dekking(obj)},
    )
