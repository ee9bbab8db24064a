"""What goes into the PDFs: one definitief schets version rendered to HTML in one of three
forms (report, slides, handout). Pure reads; no WeasyPrint here (that is `pdf.py`).

The template version is a hash of the templates, stylesheets and this code, so a changed
layout renders anew while an unchanged (version, form, template) is never rendered twice.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe

from gesprekken.constants import Toestemming
from rapportage import markdown, pdf_dias
from rapportage.constants import SchetsStatus, Vorm
from rapportage.pdf import static_url
from rapportage.rodedraden.vervolg import pdf_context as vervolg_pdf_context
from spiegel.constants import Presentatievorm

TEMPLATE_DIR = settings.BASE_DIR / "templates" / "rapportage" / "pdf" / "document"
CSS_DIR = settings.BASE_DIR / "static" / "css"

# The request's presentation preferences and the PDF forms that serve them.
VORM_VOOR_PRESENTATIEVORM = {
    Presentatievorm.RAPPORT: Vorm.RAPPORTAGE,
    Presentatievorm.GROEP: Vorm.PRESENTATIE,
    Presentatievorm.GESPREK: Vorm.GESPREK,
}
VORMEN = [Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK]
# The handout's steps from rich to lean: characters per section, quotes, and from which
# step on the questions section is shortened too.
HANDOUT_LIMIETEN = (520, 360, 240, 150, 0)
HANDOUT_CITATEN = (2, 2, 1, 0, 0)
HANDOUT_VRAGEN_VOLLEDIG_TOT = 3


@lru_cache(maxsize=1)
def sjabloon_versie() -> str:
    """A short hash of everything that shapes the PDF except the content."""
    digest = hashlib.sha256()
    files = sorted(TEMPLATE_DIR.glob("*.html")) + sorted(CSS_DIR.glob("pdf*.css"))
    files += [Path(__file__), settings.BASE_DIR / "gesprekken" / "heatmap.py"]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def gevraagde_vormen(aanvraag) -> list[str]:
    """The PDF forms the request asked for, in a stable order."""
    wanted = {
        VORM_VOOR_PRESENTATIEVORM[p]
        for p in aanvraag.presentatievormen
        if p in VORM_VOOR_PRESENTATIEVORM
    }
    return [v for v in VORMEN if v in wanted]


def definitieve_versie(schets):
    """The schets version the PDFs are made of: the current one of a definitief schets."""
    if schets is None or schets.status != SchetsStatus.DEFINITIEF:
        return None
    return schets.versies.filter(nummer=schets.versie).first() or schets.versies.first()


def _citaten(spiegel, secties: list[dict], *, bekend=None) -> list[str]:
    """Consented quotes referenced in the schets, in order of appearance, as HTML."""
    return [html for _pk, html in _citaat_blokken(spiegel, secties, bekend=bekend)]


def _citaat_blokken(
    spiegel, secties: list[dict], *, keuze=None, bekend=None
) -> list[tuple[int, str]]:
    """(pk, HTML) of consented quotes: those referenced in `secties` (in order, each form
    once) or, with `keuze`, exactly those pks in that order. `bekend` (quotes by pk, read
    already, e.g. by `_lookups`) saves the query when it holds them all."""
    # (pk, form) pairs: the same quote may appear once by role and once anonymously.
    order: list[tuple[int, str]] = []
    if keuze is not None:
        order = [(int(pk), "") for pk in keuze]
    else:
        for sectie in secties:
            for kind, pk, vorm in markdown.REFERENCE_VORM_RE.findall(sectie.get("tekst") or ""):
                if kind == "citaat" and (int(pk), vorm) not in order:
                    order.append((int(pk), vorm))
    pks = [pk for pk, _vorm in order]
    if not pks:
        return []
    if bekend is not None and all(pk in bekend for pk in pks):
        found = {pk: bekend[pk] for pk in pks if bekend[pk].toestemming == Toestemming.GEGEVEN}
    else:
        found = {
            c.pk: c for c in spiegel.citaten.filter(pk__in=pks, toestemming=Toestemming.GEGEVEN)
        }
    return [
        (pk, mark_safe(markdown.quote_html(found[pk], vorm)))  # noqa: S308 - escaped in quote_html
        for pk, vorm in order
        if pk in found
    ]


def heatmap(spiegel) -> str:
    """Fieldwork's heat map (the overview's picture), without links, in the PDF's font."""
    from gesprekken.selectors import heatmap_voor

    return heatmap_voor(spiegel).replace(
        'font-family="DejaVu Sans, sans-serif"', 'font-family="Noto Sans"'
    )


def _lookups(spiegel, secties: list[dict]) -> tuple[dict, dict]:
    """Every quote and observation the sections reference, in two queries."""
    pks: dict[str, set[int]] = {"citaat": set(), "waarneming": set()}
    for raw in secties:
        for kind, found in markdown.references(
            (raw.get("tekst") or "") + (raw.get("kernboodschap") or "")
        ).items():
            pks[kind] |= found
    return (
        {c.pk: c for c in spiegel.citaten.filter(pk__in=pks["citaat"])},
        {w.pk: w for w in spiegel.waarnemingen.filter(pk__in=pks["waarneming"])},
    )


def _dia_citaten(spiegel, raw: dict, getoond: list[int], bekend: dict) -> list[str]:
    """The quote slides after a section: the team's pick, or by default the first consented
    quote the section embeds that its own slide does not show already."""
    keuze = raw.get("dia_citaten")
    if keuze:
        return [html for _pk, html in _citaat_blokken(spiegel, [], keuze=keuze, bekend=bekend)]
    blokken = [
        (pk, h) for pk, h in _citaat_blokken(spiegel, [raw], bekend=bekend) if pk not in getoond
    ]
    return [h for _pk, h in blokken[:1]]


def _met_dia_keuzes(versie) -> list[dict]:
    """The version's sections with their slide choices. A version saved without them (a
    text save) takes the sections' current choices when it is the current version."""
    secties = [dict(raw) for raw in versie.secties or []]
    if all("kernboodschap" in raw for raw in secties) or versie.schets.versie != versie.nummer:
        return secties
    live = list(versie.schets.secties.order_by("volgorde", "pk").prefetch_related("dia_citaten"))
    if len(live) != len(secties):
        return secties
    for raw, sectie in zip(secties, live, strict=True):
        raw.setdefault("kernboodschap", sectie.kernboodschap)
        raw.setdefault("dia_citaten", [c.pk for c in sectie.dia_citaten.all()])
    return secties


def _secties(versie, vorm: str) -> list[dict]:
    """The version's sections; with their slide choices only for the slides (the other
    forms show no kernboodschap or picked quote, so they skip reading the live sections)."""
    if vorm == Vorm.PRESENTATIE:
        return _met_dia_keuzes(versie)
    return [dict(raw) for raw in versie.secties or []]


def _memo(basis: dict, key, maak):
    if key not in basis:
        basis[key] = maak()
    return basis[key]


def context(*, spiegel, versie, vorm: str, niveau: int = 0, basis: dict | None = None) -> dict:
    """Everything the templates show. `niveau` makes the handout leaner, step by step, when
    the previous try did not fit two pages (see `pdf_handout`). `basis` (a dict the caller
    keeps) holds what does not depend on the step, so trying several steps reads and renders
    the sections once."""
    basis = {} if basis is None else basis
    organisatie = spiegel.organisatie.naam
    kernvragen = _memo(basis, "kernvragen", lambda: list(spiegel.kernvragen.all()))
    nummers = {k.pk: i + 1 for i, k in enumerate(kernvragen)}
    raw_secties = _memo(basis, "secties", lambda: _secties(versie, vorm))
    citaten_by_pk, waarnemingen_by_pk = _memo(
        basis, "lookups", lambda: _lookups(spiegel, raw_secties)
    )
    lookups = {"spiegel": spiegel, "citaten": citaten_by_pk, "waarnemingen": waarnemingen_by_pk}
    handout_limiet = HANDOUT_LIMIETEN[min(niveau, len(HANDOUT_LIMIETEN) - 1)]
    secties = []
    for i, raw in enumerate(raw_secties):
        tekst = raw.get("tekst") or ""
        # The handout shows a section whole only for the questions (on its richer steps);
        # the rest in short.
        vragen_heel = raw.get("sleutel") == "vragen" and niveau < HANDOUT_VRAGEN_VOLLEDIG_TOT
        heel = vorm != Vorm.GESPREK or vragen_heel
        volledig = (
            _memo(basis, ("html", i), lambda t=tekst: markdown.render(t, **lookups)) if heel else ""
        )
        sectie = {
            "id": f"sectie-{i + 1}",
            "nummer": i + 1,
            "titel": raw.get("titel") or "",
            "sleutel": raw.get("sleutel") or "",
            "html": mark_safe(volledig),  # noqa: S308 - sanitised by nh3
            "kernvragen": sorted(
                nummers[pk] for pk in raw.get("kernvragen") or [] if pk in nummers
            ),
        }
        if vorm == Vorm.PRESENTATIE:
            dia = pdf_dias.dia_inhoud(tekst, raw.get("kernboodschap") or "", **lookups)
            sectie["dia"] = {**dia, "html": mark_safe(dia["html"])}  # noqa: S308 - sanitised
            sectie["dia_citaten"] = _dia_citaten(
                spiegel, raw, dia["getoonde_citaten"], citaten_by_pk
            )
        if vorm == Vorm.GESPREK and not vragen_heel:
            if handout_limiet == 0 and not markdown.block_references(tekst):
                # No words fit this step: only whether the section has text matters.
                kort, ingekort = ("<p> …</p>", True) if tekst.strip() else ("", False)
            else:
                units = _kort_eenheden(basis, i, tekst, lookups)
                kort, ingekort = pdf_dias.kort(tekst, limit=handout_limiet, units=units, **lookups)
            sectie["kort"] = mark_safe(kort)  # noqa: S308 - rendered and sanitised
            sectie["ingekort"] = ingekort
        elif vorm == Vorm.GESPREK:
            sectie["kort"] = ""  # the questions are shown whole
            sectie["ingekort"] = False
        secties.append(sectie)
    kernvraag_rijen = [
        {
            "nummer": nummers[k.pk],
            "tekst": k.tekst,
            "secties": [s for s in secties if nummers[k.pk] in s["kernvragen"]],
        }
        for k in kernvragen
    ]
    datum = timezone.localtime(versie.op).date()
    titel = {
        Vorm.RAPPORTAGE: f"Spiegel {organisatie}: rapportage",
        Vorm.PRESENTATIE: f"Spiegel {organisatie}: presentatie",
        Vorm.GESPREK: f"Spiegel {organisatie}: gespreksnotitie",
    }[vorm]
    ctx = {
        "titel": titel,
        "organisatie": organisatie,
        "referentie": spiegel.aanvraag.referentie,
        "versie": versie,
        "datum": formats.date_format(datum, "j F Y"),
        "secties": secties,
        "kernvragen": kernvraag_rijen,
        "css_url": static_url(f"css/pdf_{vorm}.css"),
        "basis_css_url": static_url("css/pdf.css"),
        "sjabloon": sjabloon_versie(),
        # The follow-up Spiegel's comparison (issue 15), read by `_vervolg.html`.
        **_memo(basis, "vervolg", lambda: vervolg_pdf_context(spiegel)),
    }
    if vorm != Vorm.GESPREK:
        ctx["heatmap"] = mark_safe(heatmap(spiegel))  # noqa: S308 - built with escaping
    if vorm == Vorm.PRESENTATIE:
        # The heat map follows what we saw: after the strengths, or else before the close.
        na = next((s["nummer"] for s in secties if s["sleutel"] == "krachten"), None)
        ctx["heatmap_na"] = na or (secties[-1]["nummer"] if secties else 0)
    if vorm == Vorm.GESPREK:
        n_citaten = HANDOUT_CITATEN[min(niveau, len(HANDOUT_CITATEN) - 1)]
        alle_citaten = _memo(
            basis, "citaten", lambda: _citaten(spiegel, raw_secties, bekend=citaten_by_pk)
        )
        ctx["handout_citaten"] = alle_citaten[:n_citaten]
        vragen = [s for s in secties if s["sleutel"] == "vragen"]
        ctx["vragen"] = vragen[0] if vragen else None
        # Chapter numbers point into the report, so they keep the report's order: what comes
        # after the questions there ("Tot slot") follows them on the handout too.
        grens = ctx["vragen"]["nummer"] if ctx["vragen"] else None
        ctx["handout_punten"] = [
            s
            for s in secties
            if s["sleutel"] != "vragen" and (grens is None or s["nummer"] < grens)
        ]
        ctx["handout_slot"] = [
            s
            for s in secties
            if s["sleutel"] != "vragen" and grens is not None and s["nummer"] > grens
        ]
        ctx["vragen_volledig"] = niveau < HANDOUT_VRAGEN_VOLLEDIG_TOT
        if handout_limiet == 0:  # the leanest step: a cut section is one line, in one list
            ctx["handout_kompakt"] = True
            ctx["handout_punten"] = list(secties)
            ctx["vragen"], ctx["handout_slot"] = None, []
    return ctx


def _kort_eenheden(basis: dict, i: int, tekst: str, lookups: dict) -> list:
    return _memo(
        basis,
        ("kort", i),
        lambda: pdf_dias.kort_eenheden(tekst, tot=max(HANDOUT_LIMIETEN), **lookups),
    )


# Characters of running text a handout page holds (9.5 pt Noto Sans on A4 with its margins,
# headings and spacing counted in `_geschat`); measured on the demo handouts.
TEKEN_PER_PAGINA = 3600
KOP_TEKENS = 110


def _geschat(*, spiegel, versie, niveau: int, basis: dict, tot: int | None = None) -> int:
    """Estimated characters (text plus headings) of the handout at step `niveau`, by
    arithmetic on the sections' measured units: nothing is rendered for an estimate. Once
    the count passes `tot` it stops (the step is too long already), so the sections after
    that point are not measured for it."""
    kernvragen = _memo(basis, "kernvragen", lambda: list(spiegel.kernvragen.all()))
    raw_secties = _memo(basis, "secties", lambda: _secties(versie, Vorm.GESPREK))
    citaten, waarnemingen = _memo(basis, "lookups", lambda: _lookups(spiegel, raw_secties))
    lookups = {"spiegel": spiegel, "citaten": citaten, "waarnemingen": waarnemingen}
    limiet = HANDOUT_LIMIETEN[niveau]
    total = KOP_TEKENS * 4 + sum(len(k.tekst) + 30 for k in kernvragen)
    alle_citaten = _memo(basis, "citaten", lambda: _citaten(spiegel, raw_secties, bekend=citaten))
    n_citaten = HANDOUT_CITATEN[niveau]
    total += sum(len(pdf_dias.platte_tekst(c)) + KOP_TEKENS for c in alle_citaten[:n_citaten])
    for i, raw in enumerate(raw_secties):
        if tot is not None and total > tot:
            return total
        tekst = raw.get("tekst") or ""
        if raw.get("sleutel") == "vragen" and niveau < HANDOUT_VRAGEN_VOLLEDIG_TOT:
            maat = pdf_dias.bron_lengte(tekst, citaten=citaten, waarnemingen=waarnemingen)
            total += KOP_TEKENS + maat + 40 * pdf_dias.lijstpunten(tekst)
            continue
        units = _kort_eenheden(basis, i, tekst, lookups)
        maat, ingekort = pdf_dias.kort_maat(tekst, limit=limiet, units=units)
        if raw.get("sleutel") == "vragen":  # its list items take room of their own
            gekozen = pdf_dias.kies(units, limiet)
            total += KOP_TEKENS + maat + 40 * sum(pdf_dias.lijstpunten(u.bron) for u in gekozen)
        else:
            total += KOP_TEKENS + maat + 60 * ingekort
    return total


# A handout's last page filled less than this is "nearly empty" (see `pdf_handout.past`).
HANDOUT_MIN_VULLING = 0.3
EEN_PAGINA_MARGE = 0.92  # measured: an estimate of 0.97 page rendered as 1.1 pages


def _past_geschat(tekens: int) -> bool:
    """One page, or two with a second page that is more than nearly empty."""
    pages = tekens / TEKEN_PER_PAGINA
    # Just under one page by the estimate often runs a few lines over: keep a margin.
    return pages <= EEN_PAGINA_MARGE or 1 + HANDOUT_MIN_VULLING <= pages <= 2


def eerste_niveau(*, spiegel, versie, basis: dict | None = None) -> int:
    """The richest step whose estimate fits: one page, or two full enough (so the rendered
    result usually needs no second try)."""
    basis = {} if basis is None else basis
    laatste = len(HANDOUT_LIMIETEN) - 1
    for niveau in range(laatste):  # the last step is taken when no richer one fits
        tekens = _geschat(
            spiegel=spiegel, versie=versie, niveau=niveau, basis=basis, tot=2 * TEKEN_PER_PAGINA
        )
        if _past_geschat(tekens):
            return niveau
    return laatste


def html(
    *, spiegel, versie, vorm: str, niveau: int | None = None, basis: dict | None = None
) -> tuple[str, str]:
    """(HTML, title) of one form. Always Dutch: the report is written in Dutch. The handout
    takes the step of `eerste_niveau` unless `niveau` says otherwise."""
    basis = {} if basis is None else basis
    with translation.override("nl"):
        if niveau is None and vorm == Vorm.GESPREK:
            niveau = eerste_niveau(spiegel=spiegel, versie=versie, basis=basis)
        ctx = context(spiegel=spiegel, versie=versie, vorm=vorm, niveau=niveau or 0, basis=basis)
        return render_to_string(f"rapportage/pdf/document/{vorm}.html", ctx), ctx["titel"]
