"""The lists of a Spiegel's observations and quotes (filtered and paged), search and the
overview with its heatmap."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from gesprekken import selectors
from gesprekken.forms import FilterForm
from gesprekken.views.scope import team_spiegel
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.urlmaker import url_maker

PER_PAGINA = 50


def _pagina(request, rijen):
    """One page of a list; the other filters stay in the page links."""
    pagina = Paginator(rijen, PER_PAGINA).get_page(request.GET.get("pagina"))
    rest = request.GET.copy()
    rest.pop("pagina", None)
    pagina.querystring = rest.urlencode()
    return pagina


def _filterform(request, obj):
    return FilterForm(request.GET or None, **selectors.filterkeuzes(obj))


def _rijen_klaarzetten(rijen: list, soort: str) -> list:
    """Each row's links and labels computed once here rather than per row in the template
    (`{% url %}`, `get_..._display`, `truncatechars`)."""
    bron = url_maker("gesprekken:aantekeningen")
    bewerken = url_maker(
        "gesprekken:waarneming_bewerken"
        if soort == "waarnemingen"
        else "gesprekken:citaat_bewerken"
    )
    labels = {
        veld: {k: str(v) for k, v in rijen[0]._meta.get_field(veld).flatchoices}
        for veld in ("soort", "toestemming", "weergave")
        if rijen and hasattr(rijen[0], veld)
    }
    for r in rijen:
        r.labels = {veld: namen.get(getattr(r, veld), "") for veld, namen in labels.items()}
        r.bron_url = bron(r.gesprek_id) if r.gesprek_id else ""
        r.bewerken_url = bewerken(r.pk)
        r.kort = Truncator(r.tekst).chars(40)
    return rijen


def _resultaten_klaarzetten(resultaten: list[dict]) -> None:
    """Each search result's badge, link and link text computed once here rather than per
    result in the template (`{% translate %}`, `{% url %}`)."""
    notities = url_maker("gesprekken:aantekeningen")
    download = url_maker("gesprekken:document_download")
    labels = {
        "aantekening": _("Aantekeningen"),
        "waarneming": _("Waarneming"),
        "citaat": _("Citaat"),
        "document": _("Document"),
    }
    for r in resultaten:
        obj = r["object"]
        r["label"] = labels[r["soort"]]
        if r["soort"] == "document":
            r["url"], r["titel"] = download(obj.pk), obj.titel
        elif obj.gesprek_id:
            r["url"], r["titel"] = notities(obj.gesprek_id), obj.gesprek_titel


def _lijst(request, spiegel_pk, soort: str, selector):
    """A filtered, paged, audited list of a Spiegel's observations or quotes."""
    obj = team_spiegel(request, spiegel_pk)
    form = _filterform(request, obj)
    rijen = selector(obj, filters=form.filters() if form.is_bound else {})
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving=soort)
    pagina = _pagina(request, rijen)
    pagina.object_list = _rijen_klaarzetten(list(pagina.object_list), soort)
    return render(
        request,
        f"gesprekken/{soort}.html",
        {"spiegel": obj, "form": form, soort: pagina, "pagina": pagina},
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
    _resultaten_klaarzetten(resultaten)
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
