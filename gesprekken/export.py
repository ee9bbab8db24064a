"""A Spiegel's observations and quotes as tables, one per kind, and those tables as CSV
(one file per kind) and as an Excel workbook (one sheet per kind).

Cells keep their type: numbers as numbers, dates as dates (local time, Excel's own date
cells). Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
a tab or a carriage return) is neutralised: in CSV with a leading apostrophe (OWASP's
advice), in XLSX as a text cell with Excel's quote prefix, so the words stay exactly as
they were typed. Characters XML cannot hold are left out of the workbook."""

import csv
import io
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from gesprekken import selectors

GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")
TEKST, GETAL, DATUM, MOMENT = "tekst", "getal", "datum", "moment"
BREED = 60  # the widest a column gets, in characters; longer text wraps


@dataclass
class Kolom:
    kop: str
    soort: str = TEKST


@dataclass
class Tabel:
    naam: str  # file and sheet name
    titel: str
    kolommen: list
    rijen: list


def _lokaal(moment):
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def _datum(gesprek):
    return timezone.localtime(gesprek.begin).date() if gesprek else None


def tabellen(spiegel) -> list[Tabel]:
    """Observations and quotes of `spiegel`, typed values per row (three queries each)."""
    waarnemingen = Tabel(
        naam="waarnemingen",
        titel=_("Waarnemingen"),
        kolommen=[
            Kolom(_("Nummer"), GETAL),
            Kolom(_("Soort")),
            Kolom(_("Waarneming")),
            Kolom(_("Bouwstenen")),
            Kolom(_("Kernvragen")),
            Kolom(_("Gesprek")),
            Kolom(_("Datum gesprek"), DATUM),
            Kolom(_("Vastgelegd op"), MOMENT),
        ],
        rijen=[
            [
                w.pk,
                w.get_soort_display(),
                w.tekst,
                "; ".join(b.naam for b in w.bouwstenen.all()),
                "; ".join(k.tekst for k in w.kernvragen.all()),
                w.gesprek.titel if w.gesprek else "",
                _datum(w.gesprek),
                _lokaal(w.aangemaakt_op),
            ]
            for w in selectors.waarnemingen_van(spiegel)
        ],
    )
    citaten = Tabel(
        naam="citaten",
        titel=_("Citaten"),
        kolommen=[
            Kolom(_("Nummer"), GETAL),
            Kolom(_("Citaat")),
            Kolom(_("Rol van de spreker")),
            Kolom(_("Toestemming")),
            Kolom(_("Weergave")),
            Kolom(_("Bouwstenen")),
            Kolom(_("Gesprek")),
            Kolom(_("Datum gesprek"), DATUM),
            Kolom(_("Vastgelegd op"), MOMENT),
        ],
        rijen=[
            [
                c.pk,
                c.tekst,
                c.rol,
                c.get_toestemming_display(),
                c.get_weergave_display(),
                "; ".join(b.naam for b in c.bouwstenen.all()),
                c.gesprek.titel if c.gesprek else "",
                _datum(c.gesprek),
                _lokaal(c.aangemaakt_op),
            ]
            for c in selectors.citaten_van(spiegel)
        ],
    )
    return [waarnemingen, citaten]


def _csv_waarde(waarde, soort: str) -> str:
    if waarde is None:
        return ""
    if soort == DATUM:
        return waarde.isoformat()
    if soort == MOMENT:
        return waarde.strftime("%Y-%m-%d %H:%M")
    tekst = str(waarde)
    return "'" + tekst if soort == TEKST and tekst.startswith(GEVAARLIJK) else tekst


def als_csv(tabel: Tabel) -> bytes:
    """One table as CSV for Dutch Excel: semicolons, UTF-8 with a byte order mark."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";")
    schrijver.writerow([k.kop for k in tabel.kolommen])
    for rij in tabel.rijen:
        schrijver.writerow(
            [_csv_waarde(v, k.soort) for v, k in zip(rij, tabel.kolommen, strict=True)]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _breedte(tekst: str) -> int:
    return max((len(regel) for regel in tekst.splitlines()), default=0)


def als_xlsx(tabellen_: list[Tabel]) -> bytes:
    """One sheet per table: bold frozen header, filters, widths, typed cells."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    formaten = {DATUM: "d-m-yyyy", MOMENT: "d-m-yyyy hh:mm", GETAL: "0"}
    minimum = {DATUM: 12, MOMENT: 17, GETAL: 8}
    boek = Workbook()
    boek.remove(boek.active)
    for tabel in tabellen_:
        blad = boek.create_sheet(tabel.titel)
        breedtes = [len(k.kop) for k in tabel.kolommen]
        blad.append([k.kop for k in tabel.kolommen])
        for cel in blad[1]:
            cel.font = Font(bold=True)
        for r, rij in enumerate(tabel.rijen, start=2):
            for c, (waarde, kolom) in enumerate(zip(rij, tabel.kolommen, strict=True), start=1):
                gevaarlijk = kolom.soort == TEKST and str(waarde or "").startswith(GEVAARLIJK)
                if kolom.soort == TEKST:
                    # XML reads a bare CR as a line break anyway: write it as one.
                    waarde = ILLEGAL_CHARACTERS_RE.sub("", str(waarde or ""))
                    waarde = waarde.replace("\r\n", "\n").replace("\r", "\n")
                    breedtes[c - 1] = max(breedtes[c - 1], _breedte(waarde))
                cel = blad.cell(row=r, column=c, value=waarde)
                if kolom.soort == TEKST:
                    if gevaarlijk:
                        cel.data_type = "s"
                        cel.quotePrefix = True
                    if _breedte(waarde) > BREED or "\n" in waarde:
                        cel.alignment = Alignment(wrap_text=True, vertical="top")
                else:
                    cel.number_format = formaten[kolom.soort]
        for c, kolom in enumerate(tabel.kolommen, start=1):
            breedte = max(breedtes[c - 1], minimum.get(kolom.soort, 0))
            blad.column_dimensions[get_column_letter(c)].width = min(breedte, BREED) + 2
        laatste = get_column_letter(len(tabel.kolommen))
        blad.freeze_panes = "A2"
        blad.auto_filter.ref = f"A1:{laatste}{len(tabel.rijen) + 1}"
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()
