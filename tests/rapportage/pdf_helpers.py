"""What the confidential PDF tests share: a private storage folder per test, reading a PDF's
text and fonts, rendering a schets, and a team member with a final Spiegel.

The fixtures are imported by their function names (`private_storage_fixture`,
`team_spiegel_fixture`) and used by their fixture names (`private_storage`, `team_spiegel`).
"""

import subprocess

import pytest

from rapportage import pdf, pdf_inhoud
from rapportage.constants import Vorm
from spiegel.constants import Rol
from tests.factories import UserFactory
from tests.factories.pdf import definitieve_spiegel


@pytest.fixture(autouse=True, name="private_storage")
def private_storage_fixture(settings, tmp_path):
    """Each test its own private storage folder, so stored files can be counted."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }


def pdftotext_pages(data: bytes) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    return text.split("\f")


def pdffonts(data: bytes) -> list[dict]:
    out = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True)
    rows = []
    for line in out.stdout.decode().splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def render(vorm=Vorm.RAPPORTAGE, **kwargs) -> bytes:
    spiegel, schets, versie = definitieve_spiegel(**kwargs)
    html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=vorm)
    return pdf.render_pdf(html, title=titel)


@pytest.fixture(name="team_spiegel")
def team_spiegel_fixture():
    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    spiegel, schets, versie = definitieve_spiegel(team=[teamlid])
    return teamlid, spiegel
