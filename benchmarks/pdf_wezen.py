"""Orphan punctuation in every demo schets, on every page and in every PDF form.

    DEMO_MODE=1 .venv/bin/python benchmarks/pdf_wezen.py [--shots DIR] [--label voor]
        [--dpi 100] [--omslag]

An orphan is a paragraph that consists of punctuation only (".") or starts with it
(". Ze worden ..."): what a reference embedded mid-sentence used to leave behind. Counts
the section pages' HTML (schets page and the contact's wederhoor page render the same
`rapportage.markdown.render`), the HTML of each PDF form, and the lines of each rendered
PDF's text (`pdftotext`). With `--shots`, also writes PNGs of the slide "Werkwijze" and the
report's "Wat we zagen" page of Gemeente Brugwaarde (and the handout's pages; `--omslag`
adds the report's cover with a download stamp). Needs the demo data
(`manage.py demodata`) in the database of DATABASE_URL.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spiegel.settings.dev")

import django  # noqa: E402

django.setup()

from rapportage import markdown, pdf, pdf_inhoud  # noqa: E402
from rapportage.models import Schets  # noqa: E402
from rapportage.pdf_controle import orphan_lines, orphan_paragraphs  # noqa: E402

STEMPEL = "Gedownload door Zoë Ørsted-Łukasiewicz op 03-12-2026 12:00"


def pdf_pages(data: bytes, workdir: Path) -> list[str]:
    path = workdir / "doc.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return text.split("\f")


def shot(data: bytes, page: int, target: Path, workdir: Path, dpi: int = 50) -> None:
    path = workdir / "shot.pdf"
    path.write_bytes(data)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(target.with_suffix("")),
        ],
        check=True,
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--label", default="na")
    parser.add_argument("--dpi", type=int, default=50)
    parser.add_argument("--omslag", action="store_true", help="also the stamped cover")
    args = parser.parse_args()
    totals = {"pagina": 0, "pdf-html": 0, "pdf-tekst": 0}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for schets in Schets.objects.select_related("spiegel__organisatie").order_by("pk"):
            versie = schets.versies.order_by("-nummer").first()
            if versie is None:
                continue
            naam = schets.spiegel.organisatie.naam
            pagina = sum(
                len(
                    orphan_paragraphs(markdown.render(s.get("tekst") or "", spiegel=schets.spiegel))
                )
                for s in versie.secties
            )
            totals["pagina"] += pagina
            regel = [f"{naam} v{versie.nummer}: pagina {pagina}"]
            for vorm in pdf_inhoud.VORMEN:
                html, titel = pdf_inhoud.html(spiegel=schets.spiegel, versie=versie, vorm=vorm)
                data = pdf.render_pdf(html, title=titel)
                pages = pdf_pages(data, workdir)
                in_html, in_text = len(orphan_paragraphs(html)), len(orphan_lines("\n".join(pages)))
                totals["pdf-html"] += in_html
                totals["pdf-tekst"] += in_text
                regel.append(f"{vorm} html {in_html} tekst {in_text} ({len(pages) - 1} p.)")
                if args.shots and naam == "Gemeente Brugwaarde":
                    args.shots.mkdir(parents=True, exist_ok=True)
                    wanted = {"presentatie": "Werkwijze", "rapportage": "Wat we zagen"}.get(vorm)
                    for number, text in enumerate(pages, start=1):
                        lines = [line.strip() for line in text.splitlines()]
                        if (
                            wanted
                            and "Inhoud" not in lines
                            and any(
                                line.lstrip("0123456789. ").startswith(wanted) for line in lines
                            )
                        ):
                            slug = "werkwijze-dia" if vorm == "presentatie" else "wat-we-zagen"
                            shot(
                                data,
                                number,
                                args.shots / f"{slug}-{args.label}.png",
                                workdir,
                                args.dpi,
                            )
                            break
                    if vorm == "gesprek":
                        for number in range(1, len(pages)):
                            shot(
                                data,
                                number,
                                args.shots / f"handout-p{number}-{args.label}.png",
                                workdir,
                                args.dpi,
                            )
                    if vorm == "rapportage" and args.omslag:
                        stamped = pdf.stamp(data, STEMPEL)
                        shot(stamped, 1, args.shots / "omslag-stempel.png", workdir, args.dpi)
            print("; ".join(regel))
    print(f"Totaal weesparagrafen ({args.label}): {totals}")


if __name__ == "__main__":
    main()
