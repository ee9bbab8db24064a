"""Markdown to safe HTML, with observations and quotes embedded by reference.

Users' Markdown is rendered with raw HTML disabled and then passed through an allow-list
sanitiser (nh3), so no script, event handler, `javascript:` URL, `hx-*` attribute or SVG
reaches a page or the PDF. References `[[citaat:12]]` and `[[waarneming:7]]` are replaced at
render time with the current text, so a changed quote updates everywhere; a quote appears
only in the form its consent allows. A quote reference may ask for a form,
`[[citaat:12:anoniem]]` or `[[citaat:12:functie]]`; the role is shown only when the speaker
agreed to it (the privacy check flags a reference asking for more).
"""

import re
from html import escape

import nh3
from markdown_it import MarkdownIt

# Two groups (kind, pk), as other modules use it with findall; the form suffix is matched but
# only captured by REFERENCE_VORM_RE (kind, pk, form).
REFERENCE_RE = re.compile(r"\[\[(citaat|waarneming):(\d+)(?::(?:anoniem|functie))?\]\]")
REFERENCE_VORM_RE = re.compile(r"\[\[(citaat|waarneming):(\d+)(?::(anoniem|functie))?\]\]")

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    "table"
)

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "a",
    "code",
    "pre",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "span",
    "mark",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "span": {"class"},
    "figure": {"class"},
    "blockquote": {"class"},
    "figcaption": {"class"},
    "mark": {"class"},
}


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "mailto"},
        link_rel="noopener noreferrer",
    )


def references(text: str) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {"citaat": set(), "waarneming": set()}
    for kind, pk in REFERENCE_RE.findall(text or ""):
        found[kind].add(int(pk))
    return found


def quote_html(citaat, vorm: str = "") -> str:
    """A quote in the form its consent allows: never without consent; by role only when
    the speaker agreed to that and the reference does not ask for anonymity."""
    from gesprekken.constants import Toestemming, Weergave

    if citaat is None:
        return '<p><span class="ontbrekend">[citaat niet gevonden]</span></p>'
    if citaat.toestemming != Toestemming.GEGEVEN:
        return (
            '<p><span class="ontbrekend">[citaat zonder toestemming: wordt niet getoond]</span></p>'
        )
    met_functie = citaat.weergave == Weergave.FUNCTIE and vorm != Weergave.ANONIEM
    bron = escape(citaat.rol) if met_functie else "anoniem"
    return (
        f'<figure class="citaat"><blockquote class="citaat">{escape(citaat.tekst)}</blockquote>'
        f'<figcaption class="citaat-bron">{bron}</figcaption></figure>'
    )


def observation_html(waarneming) -> str:
    if waarneming is None:
        return '<p><span class="ontbrekend">[waarneming niet gevonden]</span></p>'
    return (
        f'<p><span class="waarneming waarneming-{escape(waarneming.soort)}">'
        f"{escape(waarneming.tekst)}</span></p>"
    )


def binnen(spiegel, naam: str):
    """The Spiegel's `citaten` or `waarnemingen` that its schets may cite: its own and those
    of the earlier Spiegel it follows up (SPEC 2.5: evidence from both Spiegels)."""
    manager = getattr(spiegel, naam)
    if not getattr(spiegel, "vorige_id", None):
        return manager.all()
    return manager.model.objects.filter(spiegel_id__in=[spiegel.pk, spiegel.vorige_id])


def render(text: str, *, spiegel=None, citaten=None, waarnemingen=None) -> str:
    """Render one section's Markdown to sanitised HTML, resolving references within
    `spiegel` (and the earlier Spiegel it follows up) only: a reference to another
    Spiegel's quote renders as 'not found'.

    A page rendering many sections may pass `citaten` / `waarnemingen` (dicts by pk, already
    limited to the Spiegel) so that it queries once instead of once per section."""
    refs = references(text)
    if citaten is None:
        citaten = {}
        if spiegel is not None and refs["citaat"]:
            citaten = {c.pk: c for c in binnen(spiegel, "citaten").filter(pk__in=refs["citaat"])}
    if waarnemingen is None:
        waarnemingen = {}
        if spiegel is not None and refs["waarneming"]:
            waarnemingen = {
                w.pk: w for w in binnen(spiegel, "waarnemingen").filter(pk__in=refs["waarneming"])
            }
    placeholders: dict[str, str] = {}

    def replace(match):
        kind, pk, vorm = match.group(1), int(match.group(2)), match.group(3) or ""
        html = (
            quote_html(citaten.get(pk), vorm)
            if kind == "citaat"
            else observation_html(waarnemingen.get(pk))
        )
        key = f"REFERENTIE{len(placeholders)}X"
        placeholders[key] = html
        return f"\n\n{key}\n\n"

    source = REFERENCE_VORM_RE.sub(replace, text or "")
    html = sanitise(_md.render(source))
    for key, snippet in placeholders.items():
        html = html.replace(f"<p>{key}</p>", snippet).replace(key, snippet)
    return html
