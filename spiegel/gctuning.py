"""The cyclic garbage collector of a web process, tuned once the app is loaded.

A Spiegel web process that has served its pages tracks about 150,000-200,000 container
objects (modules, classes, the URLconf, compiled templates, catalogues) that live as long
as the process. With Python's defaults every full collection walks all of them again:
pauses of up to 77 ms CPU measured, inside whichever request allocated the object that
tipped the count (benchmarks/RESULTS.md, branch w17g).

`tune_after_load()` (called by spiegel/wsgi.py, so gunicorn in the Dockerfile,
docker-compose and benchmarks/server.py, and runserver through WSGI_APPLICATION, all get it):

- loads what every request needs but Django loads lazily: the URLconf with its namespaces,
  the translation catalogues of every language in LANGUAGES, and the base template;
- `gc.freeze()`: everything alive at that point moves to the permanent generation, which
  collections no longer walk (its objects are still freed by reference counting; a
  cycle among them would no longer be found, and the loaded app has none to free);
- freezes once more after the process has answered its first `REFREEZE_AFTER` requests,
  when the templates, ORM metadata and other lazily built objects of the pages it serves
  have been made (about 20,000 objects more that stay); the full collection before that freeze runs
  in `request_finished`, after the response has gone out;
- raises the generation-0 threshold to `GEN0_THRESHOLD`: young collections run about once
  in 30 requests instead of about every other one; they walk as many objects in all, but
  the older generations are collected less often. Garbage in cycles waits at most that
  many net allocations longer (a few MB).

Nothing here changes what a request does or answers; only when the collector runs.
"""

import gc

from django.conf import settings
from django.core.signals import request_finished
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

GEN0_THRESHOLD = 10_000
REFREEZE_AFTER = 200

_answered = 0


def _warm_up() -> None:
    get_resolver()._populate()  # the URL patterns and namespaces, as the first reverse() would
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Overzicht")  # loads the catalogue of this language
    get_template("base.html")  # compiled once into the cached loader


def _freeze() -> None:
    gc.collect()  # leave garbage out of the permanent generation
    gc.freeze()


def _count_request(**kwargs) -> None:
    global _answered
    _answered += 1
    if _answered >= REFREEZE_AFTER:
        request_finished.disconnect(_count_request, dispatch_uid=__name__)
        _freeze()


def tune_after_load() -> None:
    """Warm up, freeze what is loaded, count requests up to the second freeze, raise the
    young generation's threshold. Safe to call more than once."""
    _warm_up()
    _freeze()
    request_finished.connect(_count_request, dispatch_uid=__name__)
    _gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)
