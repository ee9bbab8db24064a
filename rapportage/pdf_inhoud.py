"""What goes into the PDFs: one definitief schets version rendered to HTML in one of three
forms (report, slides, handout). Pure reads; no WeasyPrint here (that is `pdf.py`).

The template version is a hash of the templates, stylesheets and this code, so a changed
layout renders anew while an unchanged (version, form, template) is never rendered twice.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe

from rapportage import markdown
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
MAX_CITATEN_DIAS = 6
MAX_CITATEN_HANDOUT = 2
MAX_HANDOUT_PUNTEN = 8


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


_BLOCK_START = re.compile(r"^\s*(#|[-*+] |\d+[.)] |>|\[\[|\||```)")


def kernboodschap(tekst: str, limit: int = 420) -> str:
    """The first plain paragraph of a section: the one message of its slide."""
    for block in re.split(r"\n\s*\n", tekst or ""):
        block = block.strip()
        if block and not _BLOCK_START.match(block):
            block = markdown.REFERENCE_RE.sub("", " ".join(block.split()))
            block = re.sub(r"\s+([.,;:!?])", r"\1", block).strip()
            if len(block) > limit:
                cut = block[:limit]
                end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
                block = cut[: end + 1] if end > limit // 3 else cut.rsplit(" ", 1)[0] + " …"
            return markdown.render(block)
    return ""


def _citaten(spiegel, secties: list[dict]) -> list[str]:
    """Consented quotes referenced in the schets, in order of appearance, as HTML."""
    from gesprekken.constants import Toestemming

    # (pk, form) pairs: the same quote may appear once by role and once anonymously.
    order: list[tuple[int, str]] = []
    for sectie in secties:
        for kind, pk, vorm in markdown.REFERENCE_VORM_RE.findall(sectie.get("tekst") or ""):
            if kind == "citaat" and (int(pk), vorm) not in order:
                order.append((int(pk), vorm))
    pks = [pk for pk, _vorm in order]
    found = {c.pk: c for c in spiegel.citaten.filter(pk__in=pks, toestemming=Toestemming.GEGEVEN)}
    return [
        mark_safe(markdown.quote_html(found[pk], vorm))  # noqa: S308 - escaped in quote_html
        for pk, vorm in order
        if pk in found
    ]


def heatmap(spiegel) -> str:
    """Fieldwork's heat map (the overview's picture), without links, in the PDF's font."""
    from gesprekken.selectors import heatmap_voor

    return heatmap_voor(spiegel).replace(
        'font-family="DejaVu Sans, sans-serif"', 'font-family="Noto Sans"'
    )


def context(*, spiegel, versie, vorm: str) -> dict:
    organisatie = spiegel.organisatie.naam
    kernvragen = list(spiegel.kernvragen.all())
    nummers = {k.pk: i + 1 for i, k in enumerate(kernvragen)}
    secties = []
    for i, raw in enumerate(versie.secties or []):
        secties.append(
            {
                "id": f"sectie-{i + 1}",
                "nummer": i + 1,
                "titel": raw.get("titel") or "",
                "sleutel": raw.get("sleutel") or "",
                "html": mark_safe(markdown.render(raw.get("tekst") or "", spiegel=spiegel)),  # noqa: S308 - sanitised by nh3
                "kernboodschap": mark_safe(kernboodschap(raw.get("tekst") or "")),  # noqa: S308
                "kort": mark_safe(kernboodschap(raw.get("tekst") or "", limit=260)),  # noqa: S308
                "kernvragen": sorted(
                    nummers[pk] for pk in raw.get("kernvragen") or [] if pk in nummers
                ),
            }
        )
    kernvraag_rijen = [
        {
            "nummer": nummers[k.pk],
            "tekst": k.tekst,
            "secties": [s for s in secties if nummers[k.pk] in s["kernvragen"]],
        }
        for k in kernvragen
    ]
    citaten = _citaten(spiegel, versie.secties or [])
    datum = timezone.localtime(versie.op).date()
    titel = {
        Vorm.RAPPORTAGE: f"Spiegel {organisatie}: rapportage",
        Vorm.PRESENTATIE: f"Spiegel {organisatie}: presentatie",
        Vorm.GESPREK: f"Spiegel {organisatie}: gespreksnotitie",
    }[vorm]
    vragen = [s for s in secties if s["sleutel"] == "vragen"]
    # The handout stays within two pages: a short message of at most eight sections.
    handout_punten = [s for s in secties if s["kort"] and s["sleutel"] != "vragen"]
    handout_punten = handout_punten[:MAX_HANDOUT_PUNTEN]
    return {
        "titel": titel,
        "organisatie": organisatie,
        "referentie": spiegel.aanvraag.referentie,
        "versie": versie,
        "datum": formats.date_format(datum, "j F Y"),
        "secties": secties,
        "kernvragen": kernvraag_rijen,
        "heatmap": mark_safe(heatmap(spiegel)),  # noqa: S308 - built with escaping
        "citaten": citaten[:MAX_CITATEN_DIAS] if vorm == Vorm.PRESENTATIE else citaten,
        "handout_citaten": citaten[:MAX_CITATEN_HANDOUT],
        "vragen": vragen[0] if vragen else None,
        "handout_punten": handout_punten,
        "css_url": static_url(f"css/pdf_{vorm}.css"),
        "basis_css_url": static_url("css/pdf.css"),
        "sjabloon": sjabloon_versie(),
        # The follow-up Spiegel's comparison (issue 15), read by `_vervolg.html`.
        **vervolg_pdf_context(spiegel),
    }


def html(*, spiegel, versie, vorm: str) -> tuple[str, str]:
    """(HTML, title) of one form. Always Dutch: the report is written in Dutch."""
    with translation.override("nl"):
        ctx = context(spiegel=spiegel, versie=versie, vorm=vorm)
        return render_to_string(f"rapportage/pdf/document/{vorm}.html", ctx), ctx["titel"]
