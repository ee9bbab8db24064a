"""The overview's heat map as SVG markup: a pure function, so the web page and the PDF draw
the same picture. No database access here; the caller passes aggregated counts."""

from html import escape

CEL_B, CEL_H, LABEL_B, KOP_H = 180, 34, 280, 44
# Two maps side by side (the follow-up comparison): narrower cells and the kinds' labels
# on two lines, so each map stays near its natural size (and legible) in half a page.
SMAL = {"cel_b": 118, "label_b": 235, "kop_h": 58}
# Light to dark blue; the darker cells carry white text for contrast (WCAG AA).
_SCHAAL = ["#f3f6fa", "#d4e2f1", "#a9c5e3", "#5d8fc4", "#154273"]


def kleur(n: int, hoogste: int) -> tuple[str, str]:
    """Fill and text colour of a heat-map cell with `n` of at most `hoogste` (the same scale
    in the web page, the PDF and the PowerPoint deck)."""
    if n == 0 or hoogste == 0:
        return _SCHAAL[0], "#1b1b1b"
    stap = 1 + min(3, (n * 4 - 1) // hoogste)
    return _SCHAAL[stap], "#ffffff" if stap >= 4 else "#1b1b1b"


def heatmap_svg(
    *,
    rijen: list[tuple[object, str]],
    kolommen: list[tuple[str, str]],
    tellingen: dict[tuple[object, str], int],
    link=None,
    titel: str = "",
    smal: bool = False,
) -> str:
    """Return an accessible SVG: `rijen` are (key, label) of bouwstenen, `kolommen` are
    (key, label) of kinds, `tellingen` maps (row key, column key) to a count, and `link`
    (optional) gives the URL for a cell, so a cell opens the filtered observations."""
    maten = SMAL if smal else {"cel_b": CEL_B, "label_b": LABEL_B, "kop_h": KOP_H}
    cel_b, label_b, kop_h = maten["cel_b"], maten["label_b"], maten["kop_h"]
    hoogste = max(tellingen.values(), default=0)
    breedte = label_b + cel_b * len(kolommen)
    hoogte = kop_h + CEL_H * len(rijen)
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" viewBox="0 0 {breedte} {hoogte}" '
        f'width="{breedte}" height="{hoogte}" role="group" aria-labelledby="heatmap-titel" '
        'font-family="DejaVu Sans, sans-serif" font-size="13">',
        f'<title id="heatmap-titel">{escape(titel)}</title>',
    ]
    for j, (_sleutel, label) in enumerate(kolommen):
        x = label_b + j * cel_b + cel_b / 2
        regels = _kopregels(str(label)) if smal else [str(label)]
        klein = 'font-size="12" ' if smal else ""
        y0 = kop_h - 14 - 16 * (len(regels) - 1)
        tspans = (
            escape(regels[0])
            if len(regels) == 1
            else "".join(
                f'<tspan x="{x:.0f}" y="{y0 + 16 * n}">{escape(r)}</tspan>'
                for n, r in enumerate(regels)
            )
        )
        delen.append(
            f'<text x="{x:.0f}" y="{y0}" text-anchor="middle" font-weight="bold" '
            f'{klein}fill="#154273">{tspans}</text>'
        )
    for i, (rij, rij_label) in enumerate(rijen):
        y = kop_h + i * CEL_H
        delen.append(
            f'<text x="{label_b - 10}" y="{y + CEL_H / 2 + 5:.0f}" text-anchor="end" '
            f'fill="#1b1b1b">{escape(rij_label)}</text>'
        )
        for j, (kolom, kolom_label) in enumerate(kolommen):
            n = tellingen.get((rij, kolom), 0)
            vulling, tekstkleur = kleur(n, hoogste)
            x = label_b + j * cel_b
            cel = (
                f'<rect x="{x + 1}" y="{y + 1}" width="{cel_b - 2}" height="{CEL_H - 2}" '
                f'rx="3" fill="{vulling}" stroke="#c7ced6"/>'
                f'<text x="{x + cel_b / 2:.0f}" y="{y + CEL_H / 2 + 5:.0f}" text-anchor="middle" '
                f'fill="{tekstkleur}" font-weight="bold">{n}</text>'
            )
            beschrijving = escape(f"{rij_label}, {kolom_label}: {n}")
            url = link(rij, kolom) if link else None
            if url:
                delen.append(
                    f'<a href="{escape(url)}" aria-label="{beschrijving}">'
                    f"<title>{beschrijving}</title>{cel}</a>"
                )
            else:
                delen.append(f"<g><title>{beschrijving}</title>{cel}</g>")
    delen.append("</svg>")
    return "".join(delen)


def _kopregels(label: str) -> list[str]:
    """A kind's label in at most two lines: "Kracht / steunpilaar" becomes "Kracht /",
    "steunpilaar"."""
    if " / " in label:
        eerste, rest = label.split(" / ", 1)
        return [f"{eerste} /", rest]
    return [label]
