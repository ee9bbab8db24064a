"""The handout for the confidential conversation: one or two full pages.

The content is chosen in steps from rich to lean (`pdf_inhoud.HANDOUT_LIMIETEN`): the first
guess comes from the amount of text, and the rendered result is then looked at: more than
two pages, or a second page that is nearly empty, and the next leaner step is rendered
instead. Whatever a step leaves out of a section says "zie rapportage, hoofdstuk N".
"""

from __future__ import annotations

from rapportage import pdf, pdf_controle, pdf_inhoud

MIN_VULLING_LAATSTE = pdf_inhoud.HANDOUT_MIN_VULLING  # less than this: "nearly empty"
MARGE_BOVEN_MM, MARGE_ONDER_MM = 16, 20  # static/css/pdf_gesprek.css @page margins


def past(data: bytes) -> bool:
    """One page, or two of which the second is more than nearly empty."""
    aantal = pdf.paginas(data)  # the page tree only: the words are read just for two pages
    if aantal != 2:
        return aantal == 1
    pages = pdf_controle.paginas(data)
    fill = pdf_controle.vulling(pages[-1], boven_mm=MARGE_BOVEN_MM, onder_mm=MARGE_ONDER_MM)
    return fill >= MIN_VULLING_LAATSTE


def handout_pdf(*, spiegel, versie) -> bytes:
    """The handout as PDF bytes: the richest step that fits, looked at after rendering."""
    laatste = len(pdf_inhoud.HANDOUT_LIMIETEN) - 1
    basis: dict = {}  # the sections are read and rendered once for every step tried
    niveau = pdf_inhoud.eerste_niveau(spiegel=spiegel, versie=versie, basis=basis)
    vorige = None
    while True:
        html, titel = pdf_inhoud.html(
            spiegel=spiegel,
            versie=versie,
            vorm=pdf_inhoud.Vorm.GESPREK,
            niveau=niveau,
            basis=basis,
        )
        if html == vorige and niveau < laatste:  # this step cuts nothing more: skip it
            niveau += 1
            continue
        data = pdf.render_pdf(html, title=titel)
        if niveau >= laatste or past(data):
            return data
        vorige = html
        niveau += 1
