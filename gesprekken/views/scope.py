"""User-scoped lookups the fieldwork pages share: outside the user's scope is a 404."""

from django.shortcuts import get_object_or_404

from gesprekken import selectors


def team_spiegel(request, spiegel_pk):
    return get_object_or_404(selectors.team_spiegels(request.user), pk=spiegel_pk)


def team_gesprek(request, gesprek_pk):
    return get_object_or_404(selectors.gesprekken_voor(request.user), pk=gesprek_pk)


def team_object(request, model, pk, *related):
    """An object of a team's Spiegel (a `model` with a `spiegel` foreign key), with `spiegel`
    and the `related` relations joined."""
    return get_object_or_404(
        model.objects.select_related("spiegel", *related).filter(
            spiegel__in=selectors.team_spiegels(request.user).values("pk")
        ),
        pk=pk,
    )
