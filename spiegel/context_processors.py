"""Navigation flags for the base template, computed from the permission predicates."""

from django.conf import settings

from spiegel.permissions import is_beheerder, is_contactpersoon, is_coordinator, is_divosa


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {"aangemeld": False}, "demo_mode": settings.DEMO_MODE}
    return {
        "nav": {
            "aangemeld": True,
            "divosa": is_divosa(user),
            "coordinator": is_coordinator(user),
            "contact": is_contactpersoon(user),
            "beheer": is_beheerder(user) and user.is_staff,
        }
    }
