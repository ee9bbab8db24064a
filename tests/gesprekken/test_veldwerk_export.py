"""The fieldwork exports: one CSV per kind and an XLSX with a sheet per kind, no repeated
column names, typed cells, widths, a frozen header, filters, neutralised formulas; opened
again with the csv module and openpyxl. Access and audit as before."""

import csv
import datetime
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from gesprekken import services
from gesprekken.models import Citaat, Waarneming
from spiegel.constants import AuditActie
from spiegel.models import AuditRegel

pytestmark = pytest.mark.django_db

KWAAD = [
    '=HYPERLINK("http://kwaad.example")',
    "+31 6 1234",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
]


@pytest.fixture
def kwaad(world):
    for tekst in KWAAD:
        services.citaat_vastleggen(
            spiegel=world.spiegel_a,
            gesprek=world.extra["gesprek_a"],
            tekst=tekst,
            rol="=rol",
            toestemming="gegeven",
            weergave="anoniem",
            bouwstenen=[],
            door=None,
        )
    return KWAAD


def csv_rijen(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_csv_is_one_file_per_kind_without_repeated_columns(world, login, kwaad):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:export_csv", args=[world.spiegel_a.pk])
    waarnemingen = csv_rijen(client.get(url, {"soort": "waarnemingen"}))
    citaten = csv_rijen(client.get(url, {"soort": "citaten"}))
    for rijen in (waarnemingen, citaten):
        kop = rijen[0]
        assert len(kop) == len(set(kop))
        assert all(len(r) == len(kop) for r in rijen)
    assert waarnemingen[0][:3] == ["Nummer", "Soort", "Waarneming"]
    assert citaten[0][:2] == ["Nummer", "Citaat"]
    w = Waarneming.objects.get(spiegel=world.spiegel_a, tekst="Korte lijnen met het wijkteam.")
    rij = next(r for r in waarnemingen if r[0] == str(w.pk))
    assert rij[2] == w.tekst
    gesprek = world.extra["gesprek_a"]
    assert rij[6] == timezone.localtime(gesprek.begin).date().isoformat()
    assert rij[7] == timezone.localtime(w.aangemaakt_op).strftime("%Y-%m-%d %H:%M")
    # Quotes are not in the observations file and vice versa.
    assert not any("We lossen het samen op." in r for r in waarnemingen)
    assert any("We lossen het samen op." in r for r in citaten)
    disposition = client.get(url, {"soort": "citaten"})["Content-Disposition"]
    assert disposition.endswith('-citaten.csv"')


def test_csv_neutralises_formulas_and_keeps_the_words(world, login, kwaad):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:export_csv", args=[world.spiegel_a.pk])
    citaten = csv_rijen(client.get(url, {"soort": "citaten"}))
    teksten = [r[1] for r in citaten[1:]]
    for tekst in kwaad:
        assert "'" + tekst in teksten
    assert all(r[2] == "'=rol" for r in citaten[1:] if r[1].startswith("'"))


def test_csv_without_a_known_kind_is_a_dutch_400(world, login):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:export_csv", args=[world.spiegel_a.pk])
    response = client.get(url, {"soort": "alles"})
    assert response.status_code == 400
    assert "waarnemingen of citaten" in response.content.decode()


def test_xlsx_has_a_sheet_per_kind_with_typed_cells_widths_frozen_header_and_filters(
    world, login, kwaad
):
    client = login(world.users["teamlid"])
    response = client.get(reverse("gesprekken:export_xlsx", args=[world.spiegel_a.pk]))
    boek = load_workbook(io.BytesIO(response.content))
    assert boek.sheetnames == ["Waarnemingen", "Citaten"]
    for blad in boek.worksheets:
        kop = [c.value for c in blad[1]]
        assert len(kop) == len(set(kop))
        assert all(c.font.bold for c in blad[1])
        assert blad.freeze_panes == "A2"
        assert blad.auto_filter.ref == f"A1:{blad.cell(1, len(kop)).column_letter}{blad.max_row}"
        for c in blad[1]:
            assert blad.column_dimensions[c.column_letter].width >= len(c.value)
    blad = boek["Waarnemingen"]
    w = Waarneming.objects.get(spiegel=world.spiegel_a, tekst="Korte lijnen met het wijkteam.")
    rij = next(r for r in blad.iter_rows(min_row=2) if r[0].value == w.pk)
    assert rij[0].data_type == "n"
    assert rij[2].value == w.tekst
    gesprek = world.extra["gesprek_a"]
    assert rij[6].is_date and rij[6].value.date() == timezone.localtime(gesprek.begin).date()
    assert rij[7].is_date and isinstance(rij[7].value, datetime.datetime)
    assert rij[7].value == timezone.localtime(w.aangemaakt_op).replace(
        tzinfo=None, microsecond=rij[7].value.microsecond
    )
    # The text column is as wide as its text (up to a limit).
    assert blad.column_dimensions["C"].width >= len(w.tekst)


def test_xlsx_neutralises_formulas_as_text_cells_keeping_the_words(world, login, kwaad):
    client = login(world.users["teamlid"])
    response = client.get(reverse("gesprekken:export_xlsx", args=[world.spiegel_a.pk]))
    blad = load_workbook(io.BytesIO(response.content))["Citaten"]
    cellen = {r[1].value: r[1] for r in blad.iter_rows(min_row=2)}
    for tekst in kwaad:
        cel = cellen[tekst.replace("\r", "\n")]  # a CR is a line break in XLSX
        assert cel.data_type == "s" and cel.quotePrefix
    assert "We lossen het samen op." in cellen
    assert not cellen["We lossen het samen op."].quotePrefix


def test_xlsx_leaves_out_characters_xml_cannot_hold(world, login):
    Citaat.objects.filter(spiegel=world.spiegel_a).update(tekst="Bel\x07 ons")
    client = login(world.users["teamlid"])
    response = client.get(reverse("gesprekken:export_xlsx", args=[world.spiegel_a.pk]))
    assert response.status_code == 200
    blad = load_workbook(io.BytesIO(response.content))["Citaten"]
    assert blad["B2"].value == "Bel ons"


def test_exports_are_audited_and_closed_to_others(world, login):
    client = login(world.users["teamlid"])
    url_csv = reverse("gesprekken:export_csv", args=[world.spiegel_a.pk])
    client.get(url_csv, {"soort": "waarnemingen"})
    client.get(url_csv, {"soort": "citaten"})
    client.get(reverse("gesprekken:export_xlsx", args=[world.spiegel_a.pk]))
    omschrijvingen = sorted(
        AuditRegel.objects.filter(actie=AuditActie.EXPORT).values_list("omschrijving", flat=True)
    )
    assert omschrijvingen == ["export csv citaten", "export csv waarnemingen", "export xlsx"]
    for rol in ("coordinator", "teamlid_ander", "contact_a"):
        other = login(world.users[rol], Client())
        assert other.get(url_csv).status_code == 404
        assert (
            other.get(reverse("gesprekken:export_xlsx", args=[world.spiegel_a.pk])).status_code
            == 404
        )
