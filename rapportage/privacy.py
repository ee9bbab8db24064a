"""The rapportage app's part of a person's export and erasure (`spiegel.privacy`).

Registered in `spiegel.registry.privacy` from `RapportageConfig.ready()`. Export: the
person's wederhoor remarks. Erasure: every PDF of a Spiegel the person was contact or team
member of, and every other PDF whose text contains the name or email address, is
invalidated (`pdf_ontkrachten`): its file is deleted and the RenderJob goes back to
`wachtrij`, so it is rendered again (without the name) on the next request.
"""

import logging
import re

from django.db import transaction
from django.utils.translation import gettext_noop

from rapportage.constants import RenderStatus
from rapportage.models import Opmerking, RenderJob
from spiegel.taal import bericht, in_het_nederlands

logger = logging.getLogger(__name__)


def exporteren(p) -> dict:
    if p.user is None:
        return {}
    return {
        "wederhoor_opmerkingen": [
            {"tekst": o.tekst, "status": o.status, "op": o.op.isoformat() if o.op else None}
            for o in Opmerking.objects.filter(door=p.user)
        ]
    }


def _pdf_tekst(job) -> str | None:
    """The text of a rendered PDF, lower-cased; None when it cannot be read."""
    from pypdf import PdfReader

    try:
        with job.bestand.open("rb") as f:
            text = " ".join(page.extract_text() or "" for page in PdfReader(f).pages)
    except Exception:
        logger.warning("PDF of render job %s could not be read", job.pk)
        return None
    # Undo hyphenation and line breaks, so a name split over two lines is still found.
    text = re.sub(r"-\s*\n\s*", "", text)
    return re.sub(r"\s+", " ", text).lower()


def _te_ontkrachten_pdfs(p, spiegel_pks: set[int]) -> list:
    jobs = []
    needles = [n.lower() for n in (p.naam, p.email) if n and len(n) >= 3]
    for job in RenderJob.objects.exclude(bestand="").select_related("schets"):
        if job.schets.spiegel_id in spiegel_pks:
            jobs.append(job)
            continue
        if needles:
            text = _pdf_tekst(job)
            # Unreadable: invalidate to be safe; re-rendering costs only time.
            if text is None or any(n in text for n in needles):
                jobs.append(job)
    return jobs


def pdf_ontkrachten(job, reden: dict) -> None:
    """The contract with the PDF code: an invalidated job has no file and status
    `wachtrij`; a request for it (or the sweeper) renders it again."""
    if job.bestand:
        naam = job.bestand.name
        storage = job.bestand.storage
        transaction.on_commit(lambda: storage.delete(naam))
    job.bestand = ""
    job.status = RenderStatus.WACHTRIJ
    job.reden = in_het_nederlands(reden)
    job.reden_bericht = reden
    job.pogingen = 0
    job.save(
        update_fields=["bestand", "status", "reden", "reden_bericht", "pogingen", "bijgewerkt_op"]
    )


def wissen(p, *, spiegel_pks) -> dict:
    # Participants' names are kept out of reports by the privacy check, so for them (and
    # everyone) the PDF text is searched as well.
    aantal = 0
    for job in _te_ontkrachten_pdfs(p, spiegel_pks):
        pdf_ontkrachten(job, bericht(gettext_noop("Opnieuw te maken: persoonsgegevens gewist.")))
        aantal += 1
    return {"pdfs": (aantal, "{n} PDF's opnieuw te maken")}
