"""Recurring themes: groups of similar observations across Spiegels, suggested by
PostgreSQL's trigram similarity (pg_trgm), confirmed and named by the team.

The pairs come from one self-join that the GIN trigram index serves (`%` operator, with
the threshold set for this transaction only); pairs are joined into groups in Python."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gesprekken.models import Waarneming
from rapportage.rodedraden import selectors
from rapportage.rodedraden.models import Thema
from spiegel.models import Bouwsteen

DREMPEL = 0.45
MAX_PAREN = 5000
MAX_KANDIDATEN = 600
PER_SPIEGEL = 20
MAX_VOORSTELLEN = 20

# A sample of the observations not yet in a theme (a few per Spiegel, spread by a hash)
# is compared pairwise: the work is bounded by MAX_KANDIDATEN squared, however many
# observations there are. (Probing the GIN index per observation took minutes at the
# reference data, where many texts share most trigrams.)
_PAREN_SQL = """
WITH genummerd AS (
  SELECT w.id, w.spiegel_id, w.soort, w.tekst,
         row_number() OVER (PARTITION BY w.spiegel_id ORDER BY md5(w.id::text)) AS nr
  FROM gesprekken_waarneming w
  WHERE w.spiegel_id = ANY(%s)
    AND NOT EXISTS (SELECT 1 FROM rapportage_thema_waarnemingen t WHERE t.waarneming_id = w.id)
), kandidaat AS (
  SELECT id, spiegel_id, soort, tekst FROM genummerd
  WHERE nr <= %s ORDER BY nr, md5(id::text) LIMIT %s
)
SELECT a.id, b.id
FROM kandidaat a
JOIN kandidaat b
  ON a.id < b.id AND a.spiegel_id <> b.spiegel_id AND a.soort = b.soort AND a.tekst %% b.tekst
ORDER BY similarity(a.tekst, b.tekst) DESC, a.id, b.id
LIMIT %s
"""


def _paren(spiegel_pks: list[int]) -> list[tuple[int, int]]:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(DREMPEL)]
        )
        cursor.execute(_PAREN_SQL, [spiegel_pks, PER_SPIEGEL, MAX_KANDIDATEN, MAX_PAREN])
        return [(a, b) for a, b in cursor.fetchall()]


def _groepen(paren: list[tuple[int, int]]) -> list[set[int]]:
    ouder: dict[int, int] = {}

    def wortel(x: int) -> int:
        while ouder.setdefault(x, x) != x:
            ouder[x] = ouder[ouder[x]]
            x = ouder[x]
        return x

    for a, b in paren:
        ouder[wortel(a)] = wortel(b)
    groepen: dict[int, set[int]] = {}
    for x in list(ouder):
        groepen.setdefault(wortel(x), set()).add(x)
    return list(groepen.values())


def voorstellen(*, eigen: set[int]) -> list[dict]:
    """Suggested groups that span at least two Spiegels, the widest first. Texts of
    Spiegels outside `eigen` (the viewer's team) are anonymised."""
    from rapportage.rodedraden.services import _namen_van, anonimiseer

    spiegel_pks = list(selectors.spiegels_in_beeld().values_list("pk", flat=True))
    groepen = _groepen(_paren(spiegel_pks)) if spiegel_pks else []
    alle = {pk for g in groepen for pk in g}
    waarnemingen = {
        w.pk: w
        for w in Waarneming.objects.filter(pk__in=alle)
        .select_related("spiegel__organisatie")
        .prefetch_related("bouwstenen")
    }
    namen = _namen_van({w.spiegel_id for w in waarnemingen.values()})
    uit = []
    for groep in groepen:
        leden = [waarnemingen[pk] for pk in sorted(groep) if pk in waarnemingen]
        spiegels = {w.spiegel_id for w in leden}
        if len(spiegels) < 2:
            continue
        bouwstenen: dict[int, int] = {}
        for w in leden:
            for b in w.bouwstenen.all():
                bouwstenen[b.pk] = bouwstenen.get(b.pk, 0) + 1
        regels = []
        for w in leden:
            tekst = w.tekst
            if w.spiegel_id not in eigen:
                tekst = anonimiseer(
                    tekst,
                    organisatie=w.spiegel.organisatie.naam,
                    namen=namen.get(w.spiegel_id, set()),
                )
            regels.append(
                {
                    "pk": w.pk,
                    "tekst": tekst,
                    "soort": w.get_soort_display(),
                    # The viewer's own Spiegel, shown in full: the view audits that read.
                    "volledig_van": w.spiegel_id if w.spiegel_id in eigen else None,
                }
            )
        uit.append(
            {
                "sleutel": "-".join(str(pk) for pk in sorted(groep)[:3]),
                "waarnemingen": regels,
                "aantal_spiegels": len(spiegels),
                "bouwsteen": max(bouwstenen, key=bouwstenen.get) if bouwstenen else None,
            }
        )
    uit.sort(key=lambda v: (-v["aantal_spiegels"], v["sleutel"]))
    return uit[:MAX_VOORSTELLEN]


class ThemaForm(forms.Form):
    naam = forms.CharField(label=gettext_lazy("Naam van het thema"), max_length=200)
    bouwsteen = forms.ModelChoiceField(
        label=gettext_lazy("Bouwsteen"), queryset=Bouwsteen.objects.filter(actief=True)
    )
    waarnemingen = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Waarnemingen"), coerce=int, choices=()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any observation id is a valid choice here; `bevestigen` checks it is in scope.
        gekozen = self.data.getlist("waarnemingen") if hasattr(self.data, "getlist") else []
        self.fields["waarnemingen"].choices = [(v, v) for v in gekozen if str(v).isdigit()]
        self.fields["waarnemingen"].error_messages["required"] = _(
            "Kies de waarnemingen die bij het thema horen."
        )


@transaction.atomic
def bevestigen(*, naam: str, bouwsteen, waarneming_pks: list[int], door) -> Thema:
    """Confirm a theme. Only observations of Spiegels at schets or later, of at least two
    Spiegels, count; anything else is a Dutch error."""
    qs = Waarneming.objects.filter(
        pk__in=waarneming_pks, spiegel__in=selectors.spiegels_in_beeld().values("pk")
    )
    gevonden = list(qs.values_list("pk", "spiegel_id"))
    if len(gevonden) != len(set(waarneming_pks)):
        raise ValidationError(
            _("Een of meer waarnemingen bestaan niet (meer) of horen er niet bij.")
        )
    if len({s for _pk, s in gevonden}) < 2:
        raise ValidationError(_("Een thema komt in ten minste twee Spiegels terug."))
    thema = Thema.objects.create(naam=naam.strip(), bouwsteen=bouwsteen, bevestigd_door=door)
    thema.waarnemingen.set([pk for pk, _s in gevonden])
    return thema
