"""The follow-up Spiegel: what the team of a new Spiegel sees of the earlier one (its
definitief schets, kernvragen and heat map), the heat maps' difference, and the Markdown
of the schets section "Sinds de vorige Spiegel" with evidence by reference from both."""

from __future__ import annotations

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import Waarneming
from gesprekken.selectors import bouwstenen, heatmap_tellingen, heatmap_voor
from rapportage.constants import SchetsStatus
from rapportage.markdown import render
from rapportage.models import Schets

MAX_BEWIJS = 2


def definitieve_secties(spiegel) -> list[dict]:
    """The sections of the earlier Spiegel's definitief schets (its current version)."""
    schets = Schets.objects.filter(spiegel=spiegel, status=SchetsStatus.DEFINITIEF).first()
    if schets is None:
        return []
    versie = schets.versies.filter(nummer=schets.versie).first() or schets.versies.first()
    if versie is None:
        return []
    return [
        {"titel": s.get("titel") or "", "html": render(s.get("tekst") or "", spiegel=spiegel)}
        for s in versie.secties or []
    ]


def verschil(vorige, nieuwe) -> dict:
    """Rows of (bouwsteen, [(kind, before, now, difference)]) for the difference table."""
    oud, nieuw = heatmap_tellingen(vorige), heatmap_tellingen(nieuwe)
    rijen = []
    for pk, naam in bouwstenen().values_list("pk", "naam"):
        cellen = []
        for soort, label in WaarnemingSoort.choices:
            a, b = oud.get((pk, soort), 0), nieuw.get((pk, soort), 0)
            cellen.append({"soort": label, "voor": a, "nu": b, "verschil": b - a})
        rijen.append({"naam": naam, "cellen": cellen})
    return {"rijen": rijen, "kolommen": [label for _s, label in WaarnemingSoort.choices]}


def vergelijking(spiegel) -> dict | None:
    vorige = spiegel.vorige
    if vorige is None:
        return None
    return {
        "vorige": vorige,
        "secties": definitieve_secties(vorige),
        "kernvragen": list(vorige.kernvragen.order_by("volgorde", "pk")),
        # Two maps on one page: each its own title id.
        "heatmap_vorige": heatmap_voor(vorige, titel=_("Vorige Spiegel"), smal=True).replace(
            "heatmap-titel", "heatmap-titel-vorige"
        ),
        "heatmap_nieuw": heatmap_voor(spiegel, titel=_("Deze Spiegel"), smal=True).replace(
            "heatmap-titel", "heatmap-titel-nieuw"
        ),
        "verschil": verschil(vorige, spiegel),
    }


def _per_bouwsteen(spiegel) -> dict[tuple[int, str], list[int]]:
    """Observation pks per (bouwsteen, kind), oldest first, in one query."""
    uit: dict[tuple[int, str], list[int]] = {}
    through = Waarneming.bouwstenen.through
    for b, soort, pk in (
        through.objects.filter(waarneming__spiegel=spiegel)
        .order_by("waarneming__aangemaakt_op", "waarneming_id")
        .values_list("bouwsteen_id", "waarneming__soort", "waarneming_id")
    ):
        uit.setdefault((b, soort), []).append(pk)
    return uit


def _refs(pks: list[int]) -> str:
    return " ".join(f"[[waarneming:{pk}]]" for pk in pks[:MAX_BEWIJS])


def sinds_vorige_markdown(spiegel) -> str:
    """Per bouwsteen: what became a strength, what remains a point of attention, what is
    new; each with the observations of both Spiegels by reference. Empty without an
    earlier Spiegel."""
    vorige = spiegel.vorige
    if vorige is None:
        return ""
    oud, nieuw = _per_bouwsteen(vorige), _per_bouwsteen(spiegel)
    K, A = WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT
    regels = [
        _("Wat is er veranderd sinds de vorige Spiegel (%(ref)s)?")
        % {"ref": vorige.aanvraag.referentie},
        "",
    ]
    for pk, naam in bouwstenen().values_list("pk", "naam"):
        oud_k, oud_a = oud.get((pk, K), []), oud.get((pk, A), [])
        nieuw_k, nieuw_a = nieuw.get((pk, K), []), nieuw.get((pk, A), [])
        punten = []
        if oud_a and nieuw_k and not nieuw_a:
            punten.append(
                _("**Nu een kracht.** Toen: %(toen)s Nu: %(nu)s")
                % {"toen": _refs(oud_a), "nu": _refs(nieuw_k)}
            )
        if oud_a and nieuw_a:
            punten.append(
                _("**Blijft een aandachtspunt.** Toen: %(toen)s Nu: %(nu)s")
                % {"toen": _refs(oud_a), "nu": _refs(nieuw_a)}
            )
        if not (oud_a or oud_k) and (nieuw_a or nieuw_k):
            punten.append(_("**Nieuw.** %(nu)s") % {"nu": _refs(nieuw_k + nieuw_a)})
        if punten:
            regels += [f"### {naam}", ""] + [f"- {p}" for p in punten] + [""]
    return "\n".join(regels).strip() + "\n"


def pdf_context(spiegel) -> dict:
    """For the report's PDF: both heat maps when there is an earlier Spiegel (the hook the
    PDF template reads as `vervolg`)."""
    vorige = getattr(spiegel, "vorige", None)
    if vorige is None:
        return {"vervolg": None}
    font = ('font-family="DejaVu Sans, sans-serif"', 'font-family="Noto Sans"')
    return {
        "vervolg": {
            "referentie": vorige.aanvraag.referentie,
            # Built with escaping by gesprekken.heatmap.
            "heatmap_vorige": mark_safe(  # noqa: S308
                heatmap_voor(vorige, titel=_("Vorige Spiegel")).replace(*font)
            ),
            "heatmap_nieuw": mark_safe(  # noqa: S308
                heatmap_voor(spiegel, titel=_("Deze Spiegel")).replace(*font)
            ),
        }
    }


def vorige_bewijs_vastleggen(request, *, spiegel, teksten=(), citaten=None, waarnemingen=None):
    """A page of a follow-up's schets that shows the earlier Spiegel's observations or
    quotes (cited by reference, `markdown.binnen`) records that read against the earlier
    Spiegel too. `citaten` / `waarnemingen` are the page's resolved evidence when it has
    them; otherwise they are resolved from `teksten` (at most two queries)."""
    if not getattr(spiegel, "vorige_id", None):
        return
    if citaten is None or waarnemingen is None:
        from rapportage.selectors import bewijs_van

        citaten, waarnemingen = bewijs_van(spiegel, list(teksten))
    uit_vorige = sorted(
        {f"citaat {c.pk}" for c in citaten.values() if c.spiegel_id == spiegel.vorige_id}
        | {f"waarneming {w.pk}" for w in waarnemingen.values() if w.spiegel_id == spiegel.vorige_id}
    )
    if not uit_vorige:
        return
    from spiegel.audit import vastleggen
    from spiegel.constants import AuditActie
    from spiegel.models import Spiegel

    vastleggen(
        request=request,
        actie=AuditActie.LEZEN,
        obj=Spiegel(pk=spiegel.vorige_id),
        omschrijving=f"bewijs uit de vorige Spiegel in de schets van {spiegel.pk}: "
        + ", ".join(uit_vorige),
    )
