"""Checks that run on every draft and again before review and rendering.

`privacy_bevindingen(schets)` returns what blocks review and rendering (empty: nothing):

* a quote embedded without the speaker's consent (by reference, or its words pasted in);
* a quote shown with more identity than allowed: a reference asking for the speaker's role
  (`[[citaat:12:functie]]`) while consent covers anonymous use only, or the pasted words of
  an anonymous quote next to the speaker's role;
* the name of a participant of this Spiegel's sessions anywhere in a section's title or
  text, or in a quote or observation it embeds.

Each finding says in which section it is. `onbeantwoorde_kernvragen(schets)` lists the
kernvragen that no section answers; `toon_bevindingen` runs the tone check per section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext as _

from rapportage import tone
from rapportage.markdown import REFERENCE_RE, REFERENCE_VORM_RE, binnen

PRIVACY_SOORTEN = ("toestemming", "identiteit", "naam")
_MIN_GEPLAKT = 25  # characters of a quote's words that count as pasting it in


@dataclass(frozen=True)
class Bevinding:
    soort: str
    sectie: str  # the section's title: where the finding is
    sleutel: str
    bericht: str

    def __str__(self) -> str:
        return f"{self.sectie}: {self.bericht}"


def _secties(schets, secties) -> list[dict]:
    if secties is not None:
        return [dict(s) for s in secties]
    return [
        {"sleutel": s.sleutel, "titel": s.titel, "tekst": s.tekst}
        for s in schets.secties.order_by("volgorde", "pk")
    ]


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    """Whitespace collapsed, lower case. Kept per text: every page with the checks
    normalises all of the Spiegel's quotes again."""
    return re.sub(r"\s+", " ", text or "").strip().lower()


# Characters the regex module's IGNORECASE equates with i but str.casefold() does not.
_VOUW_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _vouw(text: str) -> str:
    """Folded for a quick 'may this contain the name' test: whatever an IGNORECASE pattern
    of a name matches contains the name's last part once folded."""
    return text.translate(_VOUW_I).casefold()


@lru_cache(maxsize=128)
def _naam_zoeker(namen: tuple[str, ...]) -> list[tuple[str, re.Pattern, str]]:
    """(name, pattern, folded last part) per pattern. Both patterns of a name contain its
    last part, so a text without it (folded) is not searched: most texts hold no name."""
    return [(naam, p, _vouw(naam.split()[-1])) for naam, p in _patronen_per_naam(namen)]


def _patronen_per_naam(namen: tuple[str, ...]) -> list[tuple[str, re.Pattern]]:
    """A regex per name: the full name (any case), and a family name of four letters or
    more as a capitalised word ("Jansen", "de Vries")."""
    patronen = []
    for naam in namen:
        delen = naam.split()
        volledig = r"\s+".join(re.escape(d) for d in delen)
        patronen.append((naam, re.compile(rf"(?<!\w){volledig}(?!\w)", re.IGNORECASE)))
        if len(delen) > 1:
            achternaam = delen[-1]
            tussen = [d for d in delen[1:-1] if d.islower()]
            if len(achternaam) >= 4:
                # "de Vries" also as "De Vries" at the start of a sentence
                familie = r"\s+".join(
                    [f"(?i:{re.escape(d)})" for d in tussen] + [re.escape(achternaam)]
                )
                patronen.append((naam, re.compile(rf"(?<!\w){familie}(?!\w)")))
    return patronen


def deelnemersnamen(spiegel) -> list[str]:
    from gesprekken.models import Deelnemer

    return list(
        Deelnemer.objects.filter(
            gesprek__spiegel_id__in=[spiegel.pk, getattr(spiegel, "vorige_id", None) or spiegel.pk]
        )
        .exclude(naam="")
        .values_list("naam", flat=True)
        .distinct()
    )


def privacy_bevindingen(
    schets, secties: list[dict] | None = None, *, bewijs=None, namen=None
) -> list[Bevinding]:
    """What blocks review and rendering of `schets` (or of `secties`, the dicts of a
    SchetsVersie). Empty means the privacy check passes.

    A page that has read them already passes `bewijs` (`selectors_schets.Bewijs`: the
    referenced quotes and observations and the Spiegel's own quotes) and `namen` (the
    participants' names); otherwise they are read here."""
    from gesprekken.constants import Toestemming, Weergave

    secties = _secties(schets, secties)
    refs = [(s, m) for s in secties for m in REFERENCE_VORM_RE.finditer(s.get("tekst") or "")]
    if bewijs is not None:
        citaten, waarnemingen = bewijs.citaten, bewijs.waarnemingen
        alle_citaten = bewijs.eigen_citaten
    else:
        spiegel = schets.spiegel
        citaat_pks = {int(m.group(2)) for _s, m in refs if m.group(1) == "citaat"}
        waarneming_pks = {int(m.group(2)) for _s, m in refs if m.group(1) == "waarneming"}
        citaten = {c.pk: c for c in binnen(spiegel, "citaten").filter(pk__in=citaat_pks)}
        waarnemingen = {
            w.pk: w for w in binnen(spiegel, "waarnemingen").filter(pk__in=waarneming_pks)
        }
        alle_citaten = list(spiegel.citaten.all())
    namen = deelnemersnamen(schets.spiegel) if namen is None else namen
    namen = _naam_zoeker(tuple(sorted({n.strip() for n in namen if n and n.strip()})))
    gevonden: list[Bevinding] = []

    def melden(sectie, soort, bericht):
        b = Bevinding(soort, sectie.get("titel") or "", sectie.get("sleutel") or "", bericht)
        if b not in gevonden:
            gevonden.append(b)

    for sectie, m in refs:
        if m.group(1) != "citaat":
            continue
        citaat = citaten.get(int(m.group(2)))
        if citaat is None:
            continue
        if citaat.toestemming != Toestemming.GEGEVEN:
            melden(
                sectie,
                "toestemming",
                _("citaat %(ref)s heeft geen toestemming van de spreker (%(status)s).")
                % {"ref": m.group(0), "status": citaat.get_toestemming_display().lower()},
            )
        elif m.group(3) == Weergave.FUNCTIE and citaat.weergave != Weergave.FUNCTIE:
            melden(
                sectie,
                "identiteit",
                _(
                    "citaat %(ref)s vraagt om de functie van de spreker, maar de toestemming "
                    "geldt alleen voor anoniem gebruik."
                )
                % {"ref": m.group(0)},
            )

    # Normalised once, not once per section: a Spiegel has hundreds of quotes.
    genormaliseerd = [(c, _norm(c.tekst)) for c in alle_citaten]
    genormaliseerd = [(c, w) for c, w in genormaliseerd if len(w) >= _MIN_GEPLAKT]
    for sectie in secties:
        tekst = sectie.get("tekst") or ""
        zonder_refs = REFERENCE_RE.sub(" ", tekst)
        alinea_s = [_norm(a) for a in re.split(r"\n\s*\n", zonder_refs)]
        for citaat, woorden in genormaliseerd:
            for alinea in alinea_s:
                if woorden not in alinea:
                    continue
                if citaat.toestemming != Toestemming.GEGEVEN:
                    melden(
                        sectie,
                        "toestemming",
                        _(
                            "de woorden van citaat %(pk)s staan in de tekst, maar de spreker gaf "
                            "geen toestemming."
                        )
                        % {"pk": citaat.pk},
                    )
                elif citaat.weergave != Weergave.FUNCTIE and _norm(citaat.rol) in alinea.replace(
                    woorden, " "
                ):
                    melden(
                        sectie,
                        "identiteit",
                        _(
                            "citaat %(pk)s staat met de functie van de spreker (‘%(rol)s’) in de "
                            "tekst, maar mag alleen anoniem."
                        )
                        % {"pk": citaat.pk, "rol": citaat.rol},
                    )
        plekken = [(_("de titel"), sectie.get("titel") or ""), (_("de tekst"), zonder_refs)]
        for m in REFERENCE_RE.finditer(tekst):
            pk = int(m.group(2))
            bron = citaten.get(pk) if m.group(1) == "citaat" else waarnemingen.get(pk)
            if bron is not None:
                plekken.append((m.group(0), bron.tekst))
        plekken = [(plek, inhoud, _vouw(inhoud)) for plek, inhoud in plekken]
        for naam, patroon, deel in namen:
            for plek, inhoud, gevouwen in plekken:
                if deel in gevouwen and patroon.search(inhoud):
                    melden(
                        sectie,
                        "naam",
                        _("de naam van deelnemer ‘%(naam)s’ staat in %(plek)s.")
                        % {"naam": naam, "plek": plek},
                    )
    return gevonden


def onbeantwoorde_kernvragen(schets) -> list:
    """Kernvragen of the Spiegel that no section of the schets answers."""
    return list(schets.spiegel.kernvragen.filter(secties__isnull=True).order_by("volgorde", "pk"))


def onbeantwoorde_kernvragen_van_versie(schets, secties: list[dict]) -> list:
    beantwoord = {pk for s in secties for pk in s.get("kernvragen") or []}
    return [
        k for k in schets.spiegel.kernvragen.order_by("volgorde", "pk") if k.pk not in beantwoord
    ]


def toon_bevindingen(schets, secties: list[dict] | None = None, rules=None) -> list[tuple]:
    """(section dict, findings) for every section with judging language, on the current
    sections or on `secties` (the dicts of a SchetsVersie). Rules default to the built-in
    list merged with the admins' ToonRegel rows."""
    if rules is None:
        from rapportage.selectors import toonregels

        rules = toonregels()
    result = []
    for sectie in _secties(schets, secties):
        findings = tone.check(sectie.get("tekst") or "", rules)
        if findings:
            result.append((sectie, findings))
    return result
