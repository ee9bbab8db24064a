"""A slide's sanitised HTML as paragraphs an editable deck can hold.

The PPTX export reads the same HTML the PDF slides show (`pdf_dias.dia_inhoud`), so both
say the same. This turns it into paragraphs with a list level, a bullet or number, and runs
of bold/italic text; lists (nested too), tables (a row per paragraph), quotes and embedded
observations keep every word. Only the tags `gesprekken.markdown.sanitise` lets through
occur here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOKKEN = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr"}
_VET = {"strong", "b", "th"}
_CURSIEF = {"em", "i", "blockquote"}


@dataclass
class Run:
    tekst: str
    vet: bool = False
    cursief: bool = False


@dataclass
class Alinea:
    niveau: int = 0  # list depth (0 outside or in a top-level list)
    opsomming: str = ""  # "" (none), "•" or a number such as "2."
    soort: str = "tekst"  # tekst, citaat (a quote set apart), bron (its source), kop
    runs: list[Run] = field(default_factory=list)

    @property
    def tekst(self) -> str:
        return "".join(r.tekst for r in self.runs)


class _Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.alineas: list[Alinea] = []
        self.huidig: Alinea | None = None
        self.lijsten: list[list] = []  # [tag, counter]
        self.vet = 0
        self.cursief = 0
        self.citaat = 0
        self.cel = 0  # cells seen in the current table row

    # -- paragraphs
    def _niveau(self) -> int:
        return max(0, len(self.lijsten) - 1)

    def _soort(self) -> str:
        return "citaat" if self.citaat else "tekst"

    def _sluit(self) -> None:
        if self.huidig is not None and self.huidig.tekst.strip():
            runs = self.huidig.runs
            runs[0].tekst = runs[0].tekst.lstrip()
            runs[-1].tekst = runs[-1].tekst.rstrip()
            self.alineas.append(self.huidig)
        self.huidig = None

    def _open(self, **kwargs) -> Alinea:
        self._sluit()
        kwargs.setdefault("soort", self._soort())
        self.huidig = Alinea(niveau=self._niveau(), **kwargs)
        return self.huidig

    # -- parser callbacks
    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._sluit()
            self.lijsten.append([tag, 0])
        elif tag == "li":
            opsomming = "•"
            if self.lijsten:
                self.lijsten[-1][1] += 1
                if self.lijsten[-1][0] == "ol":
                    opsomming = f"{self.lijsten[-1][1]}."
            self._open(opsomming=opsomming)
        elif tag == "p":
            # A loose list item's first <p> continues its bullet; a later one goes on
            # under it without a bullet.
            if self.huidig is None or self.huidig.tekst.strip():
                self._open()
        elif tag in ("figure", "blockquote"):
            self.citaat += 1
            self._open()
        elif tag == "figcaption":
            self._open(soort="bron")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._open(soort="kop")
        elif tag in _BLOKKEN:
            self._open()
            self.cel = 0
        elif tag in ("td", "th"):
            if self.huidig is None:
                self._open()
            if self.cel:
                self._tekst(" · ")
            self.cel += 1
        elif tag == "br":
            self._tekst("\v")
        if tag in _VET:
            self.vet += 1
        if tag in _CURSIEF:
            self.cursief += 1

    def handle_endtag(self, tag):
        if tag in _VET:
            self.vet = max(0, self.vet - 1)
        if tag in _CURSIEF:
            self.cursief = max(0, self.cursief - 1)
        if tag in ("ul", "ol"):
            self._sluit()
            if self.lijsten:
                self.lijsten.pop()
        elif tag in ("figure", "blockquote"):
            self._sluit()
            self.citaat = max(0, self.citaat - 1)
        elif tag in ("li", "figcaption") or tag in _BLOKKEN:
            self._sluit()

    def handle_data(self, data):
        tekst = " ".join(data.split())
        if not tekst:
            if data and self.huidig is not None and self.huidig.runs:
                self._tekst(" ")
            return
        if data[:1].isspace():
            tekst = " " + tekst
        if data[-1:].isspace():
            tekst += " "
        self._tekst(tekst)

    def _tekst(self, tekst: str) -> None:
        if self.huidig is None:
            self._open()
        runs = self.huidig.runs
        vet, cursief = self.vet > 0, self.cursief > 0
        if runs and runs[-1].vet == vet and runs[-1].cursief == cursief:
            runs[-1].tekst += tekst
        else:
            runs.append(Run(tekst, vet, cursief))


def alineas(html: str) -> list[Alinea]:
    """The paragraphs of a fragment of sanitised HTML, in reading order."""
    lezer = _Lezer()
    lezer.feed(html or "")
    lezer.close()
    lezer._sluit()
    for alinea in lezer.alineas:
        for run in alinea.runs:
            run.tekst = run.tekst.replace(" \v ", "\v").replace("  ", " ")
    return lezer.alineas
