"""The presentatie as an editable PowerPoint file (python-pptx), beside the PDF slides.

The deck follows the PDF's: title slide, the kernvragen, per section one slide with its
message (the team's kernboodschap or the section's first units, lists kept) and the quote
slides after it, the heat map as a table, and the closing question. The content comes from
`pdf_inhoud.context(vorm=presentatie)`, the same the PDF shows, so the two never differ.
Each slide says "zie rapportage, hoofdstuk N" where the PDF slide does, and carries the
whole section in its speaker notes. Every slide's footer names the downloader and the time,
as the PDF's stamp does.

Built on the spot (a deck takes well under a second), so there is no file to keep.
"""

from __future__ import annotations

import io

from django.utils import translation

from gesprekken.constants import WaarnemingSoort
from gesprekken.heatmap import kleur as cel_kleur
from gesprekken.selectors import bouwstenen, heatmap_tellingen
from rapportage import pdf_dias, pdf_inhoud
from rapportage.constants import Vorm
from rapportage.dias_alineas import Alinea, Run, alineas

NAVY, GRIJS, DONKER, WIT = "154273", "4A4A4A", "1B1B1B", "FFFFFF"
LETTER = "Noto Sans"
SLOTVRAAG = "Waar staan jullie, waar willen jullie naartoe?"
# Type size of a slide's message per the PDF's size class (pdf_dias._grootte).
PUNTEN = {"dia-groot": 28, "dia-middel": 22, "dia-klein-type": 17}


def _rgb(hex_kleur: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_kleur.lstrip("#").upper())


def _opsomming(paragraph, teken: str, niveau: int, punten: int) -> None:
    """A bullet or a number in front of the paragraph, indented by its list level."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    ppr = paragraph._p.get_or_add_pPr()
    inspring = Pt(punten * 1.1)
    ppr.set("marL", str(int(inspring * (niveau + 1))))
    ppr.set("indent", str(-int(inspring)))
    if teken == "•":
        element = ppr.makeelement(qn("a:buChar"), {"char": "•"})
    else:
        start = teken.rstrip(".") or "1"
        element = ppr.makeelement(qn("a:buAutoNum"), {"type": "arabicPeriod", "startAt": start})
    ppr.append(element)


def _tekstvak(dia, links, boven, breedte, hoogte):
    from pptx.enum.text import MSO_AUTO_SIZE

    vak = dia.shapes.add_textbox(links, boven, breedte, hoogte)
    frame = vak.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # PowerPoint shrinks a long message
    return frame


def _schrijf(frame, delen: list[Alinea], punten: int, kleur: str = DONKER) -> None:
    from pptx.util import Pt

    eerste = True
    for alinea in delen:
        paragraph = frame.paragraphs[0] if eerste else frame.add_paragraph()
        eerste = False
        grootte = punten
        if alinea.soort == "bron":
            grootte = max(12, int(punten * 0.6))
        elif alinea.soort == "kop":
            grootte = int(punten * 1.1)
        if alinea.opsomming:
            _opsomming(paragraph, alinea.opsomming, alinea.niveau, grootte)
        paragraph.space_after = Pt(grootte * 0.4)
        for run_deel in alinea.runs:
            for i, stuk in enumerate(run_deel.tekst.split("\v")):
                if i:
                    paragraph.add_line_break()
                if not stuk:
                    continue
                run = paragraph.add_run()
                run.text = stuk
                font = run.font
                font.name = LETTER
                font.size = Pt(grootte)
                font.bold = run_deel.vet or alinea.soort == "kop"
                font.italic = run_deel.cursief or alinea.soort == "citaat"
                font.color.rgb = _rgb(GRIJS if alinea.soort == "bron" else kleur)


def _regel(frame, tekst: str, punten: int, kleur: str, *, vet: bool = False):
    from pptx.util import Pt

    paragraph = frame.paragraphs[0] if not frame.paragraphs[0].runs else frame.add_paragraph()
    run = paragraph.add_run()
    run.text = tekst
    run.font.name, run.font.size, run.font.bold = LETTER, Pt(punten), vet
    run.font.color.rgb = _rgb(kleur)
    return paragraph


class _Deck:
    def __init__(self, *, stempel: str, organisatie: str, datum: str):
        from pptx import Presentation
        from pptx.util import Inches

        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Inches(13.333), Inches(7.5)
        self.leeg = self.prs.slide_layouts[6]
        self.voet = f"Vertrouwelijk · {organisatie} · {datum} · {stempel}"

    def dia(self, *, titel: str = "", donker: bool = False, notities: str = ""):
        from pptx.util import Inches

        dia = self.prs.slides.add_slide(self.leeg)
        if donker:
            dia.background.fill.solid()
            dia.background.fill.fore_color.rgb = _rgb(NAVY)
        if titel:
            kop = _tekstvak(dia, Inches(0.8), Inches(0.5), Inches(11.7), Inches(1.1))
            _regel(kop, titel, 32, WIT if donker else NAVY, vet=True)
            dia.name = titel[:250]
        voet = _tekstvak(dia, Inches(0.8), Inches(6.95), Inches(11.7), Inches(0.4))
        # The stamp on a white label, readable on the navy slides too (as on the PDF).
        label = dia.shapes[-1]
        label.fill.solid()
        label.fill.fore_color.rgb = _rgb(WIT)
        _regel(voet, self.voet, 9, "333333")
        if notities:
            dia.notes_slide.notes_text_frame.text = notities
        return dia

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def _warmtekaart(deck: _Deck, spiegel) -> None:
    from pptx.util import Inches, Pt

    rijen = list(bouwstenen().values_list("pk", "naam"))
    kolommen = list(WaarnemingSoort.choices)
    tellingen = heatmap_tellingen(spiegel)
    hoogste = max(tellingen.values(), default=0)
    dia = deck.dia(titel="Waarnemingen per bouwsteen")
    hoogte = min(Inches(5.2), Inches(0.42) * (len(rijen) + 1))
    tabel = dia.shapes.add_table(
        len(rijen) + 1, len(kolommen) + 1, Inches(0.8), Inches(1.55), Inches(11.7), hoogte
    ).table
    tabel.columns[0].width = Inches(4.2)
    for j in range(len(kolommen)):
        tabel.columns[j + 1].width = int(Inches(7.5) / len(kolommen))
    tekstgrootte = Pt(13 if len(rijen) <= 10 else 10)

    def cel(i, j, tekst, achtergrond, kleur, vet=False):
        vak = tabel.cell(i, j)
        vak.text = tekst
        vak.fill.solid()
        vak.fill.fore_color.rgb = _rgb(achtergrond)
        for paragraph in vak.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size, run.font.name, run.font.bold = tekstgrootte, LETTER, vet
                run.font.color.rgb = _rgb(kleur)

    cel(0, 0, "Bouwsteen", NAVY, WIT, vet=True)
    for j, (_sleutel, label) in enumerate(kolommen):
        cel(0, j + 1, str(label), NAVY, WIT, vet=True)
    for i, (pk, naam) in enumerate(rijen):
        cel(i + 1, 0, naam, "F3F6FA", DONKER)
        for j, (sleutel, _label) in enumerate(kolommen):
            n = tellingen.get((pk, sleutel), 0)
            achtergrond, kleur = cel_kleur(n, hoogste)
            cel(i + 1, j + 1, str(n), achtergrond, kleur)


def presentatie_pptx(*, spiegel, versie, stempel: str) -> bytes:
    """The deck of one definitief version as .pptx bytes; `stempel` goes in every footer."""
    from pptx.util import Inches

    with translation.override("nl"):
        ctx = pdf_inhoud.context(spiegel=spiegel, versie=versie, vorm=Vorm.PRESENTATIE)
    deck = _Deck(stempel=stempel, organisatie=ctx["organisatie"], datum=ctx["datum"])
    props = deck.prs.core_properties
    props.title, props.author, props.language = ctx["titel"], "Divosa", "nl-NL"
    props.subject = f"{ctx['referentie']} v{versie.nummer} · vertrouwelijk"
    props.comments = stempel

    titel = deck.dia(donker=True)
    vak = _tekstvak(titel, Inches(1.1), Inches(1.6), Inches(11), Inches(4.2))
    _regel(vak, "SPIEGEL BASIS OP ORDE", 16, "DFE7F1")
    _regel(vak, ctx["organisatie"], 44, WIT, vet=True)
    _regel(vak, f"Wat we zagen, {ctx['datum']}", 24, WIT)
    _regel(vak, "VERTROUWELIJK", 14, WIT, vet=True)

    vragen = deck.dia(titel="Uw vragen")
    vak = _tekstvak(vragen, Inches(0.8), Inches(1.6), Inches(11.7), Inches(5.2))
    _schrijf(
        vak,
        [Alinea(opsomming=f"{k['nummer']}.", runs=[Run(k["tekst"])]) for k in ctx["kernvragen"]],
        24,
    )

    for sectie in ctx["secties"]:
        dia_info = sectie["dia"]
        delen = alineas(str(dia_info["html"]))
        if dia_info["ingekort"]:
            delen.append(
                Alinea(
                    soort="bron",
                    runs=[Run(f"Meer hierover: zie rapportage, hoofdstuk {sectie['nummer']}.")],
                )
            )
        dia = deck.dia(
            titel=f"{sectie['nummer']}. {sectie['titel']}",
            notities=pdf_dias.platte_tekst(str(sectie["html"])),
        )
        vak = _tekstvak(dia, Inches(0.8), Inches(1.6), Inches(11.7), Inches(5.2))
        _schrijf(vak, delen, PUNTEN.get(dia_info["grootte"], 20))
        for citaat in sectie["dia_citaten"]:
            dia = deck.dia(titel=f"Wat we hoorden · {sectie['titel']}")
            vak = _tekstvak(dia, Inches(1.2), Inches(2.0), Inches(10.9), Inches(4.6))
            _schrijf(vak, alineas(str(citaat)), 30)
        if sectie["nummer"] == ctx.get("heatmap_na"):
            _warmtekaart(deck, spiegel)
    if not ctx["secties"]:
        _warmtekaart(deck, spiegel)

    slot = deck.dia(donker=True)
    vak = _tekstvak(slot, Inches(1.1), Inches(2.0), Inches(11), Inches(3.5))
    _regel(vak, SLOTVRAAG, 40, WIT, vet=True)
    _regel(vak, "Dank voor jullie openheid.", 24, WIT)
    return deck.bytes()
