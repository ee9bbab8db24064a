"""Reference data loaded by migrations, and the yearly CBS import."""

import pytest
from django.core.management import CommandError, call_command

from spiegel.models import AbcLetter, Bouwsteen, Organisatie


@pytest.mark.django_db
def test_the_current_cbs_list_of_342_municipalities_is_loaded():
    gemeenten = Organisatie.objects.filter(soort="gemeente", fictief=False, actief=True)
    assert gemeenten.count() == 342
    assert gemeenten.get(cbs_code="GM0363").naam == "Amsterdam"
    assert gemeenten.get(cbs_code="GM0518").naam == "'s-Gravenhage"
    assert gemeenten.get(cbs_code="GM1992").naam == "Voorne aan Zee"  # merged in 2023
    assert not gemeenten.filter(naam="Weesp").exists()  # merged into Amsterdam in 2022
    assert gemeenten.values("provincie").distinct().count() == 12


@pytest.mark.django_db
def test_the_nine_bouwstenen_and_the_abc_are_seeded():
    assert list(Bouwsteen.objects.values_list("naam", flat=True)) == [
        "Aandacht voor de uitvoering",
        "Balans",
        "De burger en wat die nodig heeft",
        "Duidelijkheid",
        "Duurzaamheid",
        "Investeren in de professional",
        "Politiek en bestuur",
        "Rugdekking",
        "Samenwerken",
    ]
    letters = "".join(AbcLetter.objects.values_list("letter", flat=True))
    assert letters == "ABCDEFGHIJKLMNOPRSTUVWXYZ"
    assert AbcLetter.objects.get(letter="Z").naam == "Zelfsturende professional"


@pytest.mark.django_db
def test_import_of_a_new_year_adds_renames_and_retires(tmp_path, capsys):
    csv = tmp_path / "gemeenten2027.csv"
    # CBS's own column names and semicolons; Amsterdam stays, a merger retires two
    # municipalities and adds a new one, one is renamed.
    csv.write_text(
        "GemeentecodeGM;Gemeentenaam;Provincienaam\n"
        "GM0363;Amsterdam;Noord-Holland\n"
        "GM0599;Rotterdam (nieuw);Zuid-Holland\n"
        "GM1999;Nieuwgemeente;Utrecht\n",
        encoding="utf-8",
    )
    call_command("import_gemeenten", str(csv))
    assert (
        "3 municipalities read: 1 added, 1 updated, 340 marked inactive" in capsys.readouterr().out
    )
    assert Organisatie.objects.get(cbs_code="GM1999").naam == "Nieuwgemeente"
    assert Organisatie.objects.get(cbs_code="GM0599").naam == "Rotterdam (nieuw)"
    utrecht = Organisatie.objects.get(cbs_code="GM0344")
    assert utrecht.actief is False  # kept for old requests, no longer offered


@pytest.mark.django_db
def test_import_dry_run_saves_nothing(tmp_path):
    csv = tmp_path / "g.csv"
    csv.write_text("cbs_code,naam,provincie\nGM1999,Nieuwgemeente,Utrecht\n", encoding="utf-8")
    call_command("import_gemeenten", str(csv), "--dry-run")
    assert not Organisatie.objects.filter(cbs_code="GM1999").exists()
    assert Organisatie.objects.filter(soort="gemeente", actief=True).count() == 342


@pytest.mark.django_db
def test_import_refuses_a_file_with_a_bad_code(tmp_path):
    csv = tmp_path / "g.csv"
    csv.write_text("cbs_code,naam\nXX12,Fout\n", encoding="utf-8")
    with pytest.raises(CommandError, match="not a CBS municipality code"):
        call_command("import_gemeenten", str(csv))
