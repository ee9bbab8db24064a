"""A test URLconf: the real URLs plus a confidential namespace whose views deny access the way
the app's views do (404 through a scoped selector, 403 for a denied action)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import include, path

from spiegel import audit
from spiegel.selectors import spiegels_als_teamlid
from spiegel.urls import urlpatterns as real_patterns


def notities(request, spiegel_pk):
    spiegel = get_object_or_404(spiegels_als_teamlid(request.user), pk=spiegel_pk)
    return HttpResponse(f"notities van {spiegel.pk}")


def verboden(request, spiegel_pk):
    raise PermissionDenied


def zelf_vastgelegd(request, spiegel_pk):
    audit.geweigerd(request=request, object_soort="spiegel.spiegel", object_id=str(spiegel_pk))
    return HttpResponse(status=404)


def fout(request):
    raise ValueError(request.POST.get("tekst", ""))


def fout_db(request):
    """A database error whose DETAIL line quotes the posted value."""
    from spiegel.models import User

    tekst = request.POST.get("tekst", "")
    User.objects.create(email=tekst, naam="x", rol="teamlid")
    User.objects.create(email=tekst, naam="x", rol="teamlid")
    return HttpResponse("unreachable")


vertrouwelijk = [
    path("fout-db/", fout_db, name="fout_db"),
    path("<int:spiegel_pk>/notities/", notities, name="notities"),
    path("<int:spiegel_pk>/verboden/", verboden, name="verboden"),
    path("<int:spiegel_pk>/zelf/", zelf_vastgelegd, name="zelf"),
    path("fout/", fout, name="fout"),
]

urlpatterns = [
    path("trust-test/", include((vertrouwelijk, "trust_test"), namespace="trust_test")),
    *real_patterns,
]
