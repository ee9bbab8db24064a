"""Recurring themes (pg_trgm suggestions, confirmed by the team) and the exports (XLSX
with typed cells; PDF through the real Celery worker and WeasyPrint), same suppression."""

import io

import pytest
from django.urls import reverse

from rapportage.constants import RenderStatus
from rapportage.rodedraden import themes
from rapportage.rodedraden.models import RodeDradenPdf, Thema
from spiegel.constants import Rol
from tests.factories import UserFactory
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

TEKSTEN = [
    "De wachttijd voor schuldhulpverlening is te lang voor inwoners",
    "De wachttijd voor schuldhulpverlening is veel te lang voor inwoners",
    "De wachttijd bij schuldhulpverlening is te lang voor de inwoners",
    "De wachttijd voor schuldhulpverlening is lang voor inwoners",
]

# Nothing alike: never suggested together.
ANDERS = [
    "Het archief staat op orde.",
    "Bestuurders vragen zelden door.",
    "Jongeren vinden snel een baan.",
    "Ketenpartners bellen elkaar dagelijks.",
    "Formulieren zijn in begrijpelijke taal.",
]


def vijf_spiegels():
    b1, b2, b3 = bouwstenen()
    return [
        spiegel(
            waarnemingen=[
                (b1, K, f"Klantmanagers kennen hun wijk goed ({i})."),
                (b2, A, TEKSTEN[i % 4]),
                (b3, K, ANDERS[i]),
            ]
        )
        for i in range(5)
    ], (b1, b2, b3)


@pytest.mark.django_db
def test_similar_observations_across_spiegels_are_suggested_confirmed_and_counted(client, login):
    spiegels, (_b1, b2, _b3) = vijf_spiegels()
    voorstellen = themes.voorstellen(eigen=set())
    wachttijd = [v for v in voorstellen if "wachttijd" in v["waarnemingen"][0]["tekst"]]
    assert len(wachttijd) == 1
    assert wachttijd[0]["aantal_spiegels"] == 5
    assert wachttijd[0]["bouwsteen"] == b2.pk
    assert not any(w["tekst"] in ANDERS for v in voorstellen for w in v["waarnemingen"])

    teamlid = UserFactory(rol=Rol.TEAMLID)
    login(teamlid)
    pks = [w["pk"] for w in wachttijd[0]["waarnemingen"]]
    response = client.post(
        reverse("rodedraden:thema_bevestigen"),
        {"naam": "Wachttijd schuldhulp", "bouwsteen": b2.pk, "waarnemingen": pks},
    )
    assert response.status_code == 302
    thema = Thema.objects.get()
    assert (thema.naam, thema.bouwsteen, thema.bevestigd_door) == (
        "Wachttijd schuldhulp",
        b2,
        teamlid,
    )
    # Confirmed observations are no longer suggested.
    assert not [
        v for v in themes.voorstellen(eigen=set()) if "wachttijd" in v["waarnemingen"][0]["tekst"]
    ]
    html = client.get(reverse("rodedraden:overzicht")).content.decode()
    assert "Wachttijd schuldhulp" in html
    assert "<td>5</td>" in html


@pytest.mark.django_db
def test_a_theme_in_fewer_than_k_spiegels_shows_minder_dan_3(client, login):
    spiegels, (_b1, b2, _b3) = vijf_spiegels()
    twee = [s.waarnemingen.get(soort=A).pk for s in spiegels[:2]]
    themes.bevestigen(naam="Klein thema", bouwsteen=b2, waarneming_pks=twee, door=None)
    login(UserFactory(rol=Rol.COORDINATOR))
    html = client.get(reverse("rodedraden:overzicht")).content.decode()
    rij = html[html.index("Klein thema") :]
    assert "minder dan 3" in rij[: rij.index("</tr>")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data,fout",
    [
        ({"naam": "", "bouwsteen": "1", "waarnemingen": ["1"]}, "verplicht"),
        ({"naam": "x", "bouwsteen": "999999", "waarnemingen": ["1"]}, "geldige keuze"),
        ({"naam": "x", "bouwsteen": "", "waarnemingen": []}, "Kies de waarnemingen"),
        ({"naam": "x", "waarnemingen": ["999999"]}, "bestaan niet"),
    ],
)
def test_confirming_bad_input_gives_a_dutch_message(client, login, data, fout):
    _spiegels, (_b1, b2, _b3) = vijf_spiegels()
    data = {**data, "bouwsteen": data.get("bouwsteen", b2.pk)}
    login(UserFactory(rol=Rol.TEAMLID))
    response = client.post(reverse("rodedraden:thema_bevestigen"), data, follow=True)
    assert response.status_code == 200
    assert fout in response.content.decode()
    assert not Thema.objects.exists()


@pytest.mark.django_db
def test_xlsx_has_typed_cells_a_frozen_header_widths_and_the_same_suppression(client, login):
    from openpyxl import load_workbook

    _spiegels, (b1, b2, _b3) = vijf_spiegels()
    spiegel(waarnemingen=[(b1, A, "Alleen hier.")])  # b1 aandachtspunt: one Spiegel
    login(UserFactory(rol=Rol.TEAMLID))
    response = client.get(reverse("rodedraden:xlsx"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    wb = load_workbook(io.BytesIO(response.content))
    ws = wb["Heatmap"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.bold and ws.column_dimensions["A"].width == 40
    rijen = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    b1_rij = rijen[b1.naam]
    assert b1_rij[1:3] == (5, 5)  # krachten: 5 observations in 5 Spiegels, as numbers
    assert isinstance(b1_rij[1], int)
    assert b1_rij[3:5] == ("minder dan 3", "minder dan 3")
    assert rijen[b2.naam][3:5] == (5, 5)


@pytest.mark.django_db(transaction=True)
def test_pdf_is_rendered_by_the_celery_worker_with_the_same_suppression(
    client, login, celery_worker_process
):
    from pypdf import PdfReader

    from tests.conftest import wait_for

    _spiegels, (b1, _b2, _b3) = vijf_spiegels()
    spiegel(waarnemingen=[(b1, A, "Alleen hier.")])
    teamlid = UserFactory(rol=Rol.TEAMLID)
    login(teamlid)
    response = client.post(reverse("rodedraden:pdf_maken"), {})
    job = RodeDradenPdf.objects.get()
    assert response.headers["Location"] == reverse("rodedraden:pdf", args=[job.pk])
    wait_for(lambda: RodeDradenPdf.objects.get(pk=job.pk).status == RenderStatus.KLAAR, timeout=90)
    download = client.get(reverse("rodedraden:pdf", args=[job.pk]), {"download": "1"})
    assert download["Content-Type"] == "application/pdf"
    tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(download.content)).pages)
    assert "Op basis van 6 Spiegels" in tekst
    assert "minder dan 3" in tekst
    assert "Alleen hier" not in tekst
    # Another staff member cannot open someone else's job.
    login(UserFactory(rol=Rol.TEAMLID))
    assert client.get(reverse("rodedraden:pdf", args=[job.pk])).status_code == 404


@pytest.mark.django_db
def test_theme_suggestions_show_own_texts_in_full_and_audit_each_such_spiegel(client, login):
    from spiegel.constants import AuditActie
    from spiegel.models import AuditRegel

    teamlid = UserFactory(rol=Rol.TEAMLID)
    b1, b2, b3 = bouwstenen()
    eigen = spiegel(
        naam="Gemeente Eigenstad",
        team=[teamlid],
        waarnemingen=[(b2, A, "In Eigenstad: " + TEKSTEN[0])],
    )
    vreemd = [
        spiegel(naam=f"Gemeente Vreemd{i}", waarnemingen=[(b2, A, f"In Vreemd{i}: {TEKSTEN[i]}")])
        for i in (1, 2, 3)
    ]
    login(teamlid)
    html = client.get(reverse("rodedraden:themas")).content.decode()
    assert "In Eigenstad:" in html  # the viewer's own Spiegel, in full
    assert "Vreemd1" not in html and "[de organisatie]" in html  # others anonymised
    rijen = AuditRegel.objects.filter(actie=AuditActie.LEZEN, object_soort="spiegel.spiegel")
    assert list(rijen.values_list("object_id", flat=True)) == [str(eigen.pk)]
    assert "themavoorstellen volledig" in rijen.get().omschrijving
    assert not rijen.filter(object_id__in=[str(s.pk) for s in vreemd]).exists()
    assert AuditRegel.objects.filter(object_soort="rapportage.thema").count() == 1
