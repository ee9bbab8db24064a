"""Navigation flags and links for the base template, computed from the permission predicates."""

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

from spiegel.permissions import is_beheerder, is_contactpersoon, is_coordinator, is_divosa

# Every link of the header and footer of templates/base.html, by the name the template uses.
_LINKS = {
    "home": "spiegel:home",
    "catalogus": "spiegel:catalogus",
    "inbox": "spiegel:inbox",
    "rodedraden": "rodedraden:overzicht",
    "portaal": "spiegel:portaal",
    "beheer": "admin:index",
    "account": "two_factor:profile",
    "afmelden": "logout",
    "over": "spiegel:over",
    "aanvragen": "spiegel:aanvraag_nieuw",
    "aanmelden": "two_factor:login",
    "taal": "set_language",
    "privacy": "spiegel:privacy",
}


@lru_cache(maxsize=16)
def _links(script_prefix: str, urlconf: str) -> dict[str, str]:
    # reverse() reads the script prefix of this thread, which is the one in the key.
    return {sleutel: reverse(naam, urlconf=urlconf) for sleutel, naam in _LINKS.items()}


def nav_links() -> dict[str, str]:
    """The base template's links, reversed once per process (per script prefix and URLconf)
    instead of 13 `{% url %}` per page."""
    return _links(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {
            "nav": {"aangemeld": False, "url": nav_links()},
            "demo_mode": settings.DEMO_MODE,
        }
    return {
        "nav": {
            "aangemeld": True,
            "url": nav_links(),
            "divosa": is_divosa(user),
            "coordinator": is_coordinator(user),
            "contact": is_contactpersoon(user),
            "beheer": is_beheerder(user) and user.is_staff,
        }
    }
