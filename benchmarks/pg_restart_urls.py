"""URLs for benchmarks/pg_restart.py only: the app's own URLs plus one write
endpoint that saves a request and its first timeline entry in one transaction, keyed on a
token from the client, so the script can check that no write was half-saved or lost."""

import uuid

from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from spiegel.urls import urlpatterns as app_urlpatterns


@login_not_required
@csrf_exempt
def schrijven(request):
    from spiegel.constants import Status
    from spiegel.models import Aanvraag, Gebeurtenis

    token = uuid.UUID(request.POST["token"])
    with transaction.atomic():
        aanvraag = Aanvraag.objects.create(
            referentie=f"B-{token.hex[:16]}",
            indientoken=token,
            contact_naam="Belasting Test",
            contact_functie="test",
            contact_email="bench@example.nl",
            contact_telefoon="0",
            context="pg_restart benchmark",
            presentatievormen=["rapport"],
            privacy_akkoord_op=timezone.now(),
        )
        Gebeurtenis.objects.create(
            aanvraag=aanvraag, naar_status=Status.INGEDIEND, tekst="pg_restart benchmark"
        )
    return JsonResponse({"pk": aanvraag.pk}, status=201)


@login_not_required
def lezen(request):
    from spiegel.models import Aanvraag

    return HttpResponse(str(Aanvraag.objects.filter(contact_email="bench@example.nl").count()))


urlpatterns = [
    path("bench/schrijven/", schrijven),
    path("bench/lezen/", lezen),
    *app_urlpatterns,
]
