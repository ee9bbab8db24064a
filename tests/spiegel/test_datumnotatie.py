"""One date format across the UI: "3 december 2026" and "3 december 2026, 14:05", from
spiegel/formats through Django's format machinery; no template or view picks its own."""

import datetime
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, timezone, translation

ROOT = Path(__file__).resolve().parents[2]
# "H:i" is TIME_FORMAT spelled out (the notes conflict screen, owned elsewhere, uses it).
TOEGESTAAN = {"DATE_FORMAT", "DATETIME_FORMAT", "TIME_FORMAT", "H:i", "c", "Y"}
# The PDF's download stamp keeps its compact form (a forensic line in the footer).
VRIJ = {"templates/rapportage/pdf/document"}


def test_settings_formats_give_one_dutch_and_english_notation():
    moment = timezone.make_aware(datetime.datetime(2026, 12, 3, 14, 5))
    sjabloon = Template('{{ m|date }} | {{ m|date:"DATETIME_FORMAT" }} | {{ m|time }}')
    with translation.override("nl"):
        assert sjabloon.render(Context({"m": moment})) == (
            "3 december 2026 | 3 december 2026, 14:05 | 14:05"
        )
    with translation.override("en"):
        assert sjabloon.render(Context({"m": moment})) == (
            "3 December 2026 | 3 December 2026, 14:05 | 14:05"
        )


def test_no_template_uses_an_ad_hoc_date_format():
    eigen = []
    for pad in ROOT.glob("**/templates/**/*.html"):
        rel = pad.relative_to(ROOT).as_posix()
        if rel.startswith(".venv") or any(rel.startswith(v) for v in VRIJ):
            continue
        for fmt in re.findall(r"\|(?:date|time):['\"]([^'\"]*)['\"]", pad.read_text()):
            if fmt not in TOEGESTAAN:
                eigen.append(f"{rel}: {fmt}")
    assert not eigen, eigen


def test_no_python_module_formats_a_date_for_people_with_strftime():
    vondsten = []
    for app in ("spiegel", "gesprekken", "rapportage"):
        for pad in (ROOT / app).rglob("*.py"):
            if "migrations" in pad.parts or "volumedata" in pad.parts:
                continue
            for regel in pad.read_text().splitlines():
                if ".strftime(" in regel and "%d-%m" in regel:
                    vondsten.append(f"{pad.relative_to(ROOT)}: {regel.strip()}")
    assert not vondsten, vondsten


@pytest.mark.django_db
def test_the_spiegel_page_shows_sessions_in_the_one_format(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    html = client.get(reverse("gesprekken:spiegel", args=[world.spiegel_a.pk])).content.decode()
    verwacht = formats.date_format(timezone.localtime(gesprek.begin), "DATETIME_FORMAT")
    assert re.search(r"\d{1,2} [a-z]+ \d{4}, \d\d:\d\d", verwacht)
    assert verwacht in html
