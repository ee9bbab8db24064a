"""The bouwstenen heat map of one Spiegel as a self-contained SVG (vector graphics in the PDF).

A stand-in until `gesprekken/heatmap.py` is merged: one aggregate query over the Spiegel's
observations (bouwsteen x kind, counted), and a pure function that draws the SVG. All text
is escaped; the SVG references nothing outside itself, so the PDF fetcher has nothing to
fetch.
"""

from __future__ import annotations

from html import escape

from django.db.models import Count

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import Waarneming
from spiegel.models import Bouwsteen

SOORTEN = [WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT, WaarnemingSoort.DILEMMA]
# One hue per kind, from light to dark by count; dark steps keep white text readable.
KLEUREN = {
    WaarnemingSoort.KRACHT: ["#f1f7f3", "#cfe8d8", "#8cc7a2", "#3f9463", "#1f6b3a"],
    WaarnemingSoort.AANDACHTSPUNT: ["#fdf6ec", "#fbe0bd", "#f2b872", "#c77a1e", "#8a4b00"],
    WaarnemingSoort.DILEMMA: ["#f5f0fa", "#e0d2ee", "#b99ad6", "#7e52a8", "#5b2a86"],
}


def tellingen(spiegel) -> tuple[list[tuple[int, str]], dict[tuple[int, str], int]]:
    """(bouwstenen as (pk, naam) in catalogue order, counts keyed by (bouwsteen pk, kind))."""
    rows = (
        Waarneming.objects.filter(spiegel=spiegel)
        .values("bouwstenen", "soort")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    counts = {(r["bouwstenen"], r["soort"]): r["n"] for r in rows if r["bouwstenen"]}
    used = {pk for pk, _soort in counts}
    bouwstenen = list(
        Bouwsteen.objects.filter(pk__in=used).order_by("volgorde", "naam").values_list("pk", "naam")
    )
    return bouwstenen, counts


def svg(bouwstenen, counts, *, title: str = "Waarnemingen per bouwsteen en soort") -> str:
    """Draw the heat map. Pure: same input, same SVG."""
    label_w, cell_w, cell_h, head_h = 250, 120, 30, 44
    width = label_w + cell_w * len(SOORTEN)
    height = head_h + cell_h * max(len(bouwstenen), 1) + 6
    top = max(counts.values(), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="Noto Sans" font-size="13">',
        f"<title>{escape(title)}</title>",
    ]
    for i, soort in enumerate(SOORTEN):
        x = label_w + i * cell_w + cell_w / 2
        parts.append(
            f'<text x="{x:.0f}" y="{head_h - 14}" text-anchor="middle" font-weight="bold" '
            f'fill="#1b1b1b">{escape(str(soort.label).split(" /")[0])}</text>'
        )
    if not bouwstenen:
        parts.append(f'<text x="8" y="{head_h + 20}" fill="#5a5a5a">Nog geen waarnemingen.</text>')
    for row, (pk, naam) in enumerate(bouwstenen):
        y = head_h + row * cell_h
        parts.append(
            f'<text x="8" y="{y + cell_h / 2 + 5:.0f}" fill="#1b1b1b">{escape(naam[:34])}</text>'
        )
        for i, soort in enumerate(SOORTEN):
            n = counts.get((pk, soort), 0)
            step = 0 if n == 0 else 1 + min(3, round(3 * n / top))
            fill = KLEUREN[soort][step]
            x = label_w + i * cell_w
            parts.append(
                f'<rect x="{x + 2}" y="{y + 2}" width="{cell_w - 4}" height="{cell_h - 4}" '
                f'rx="3" fill="{fill}" stroke="#c7ced6" stroke-width="0.5"/>'
            )
            colour = "#ffffff" if step >= 3 else "#1b1b1b"
            parts.append(
                f'<text x="{x + cell_w / 2:.0f}" y="{y + cell_h / 2 + 5:.0f}" '
                f'text-anchor="middle" fill="{colour}">{n}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def heatmap_svg(spiegel) -> str:
    bouwstenen, counts = tellingen(spiegel)
    return svg(bouwstenen, counts)
