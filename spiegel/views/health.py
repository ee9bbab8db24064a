"""/healthz: is the database, Redis and a Celery worker reachable? Used by health checks."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from spiegel.celery import app as celery_app

_CHECKS = ("database", "redis", "worker")


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def _redis() -> bool:
    import redis  # imported here: it costs most of a second at start-up

    try:
        client = redis.Redis.from_url(
            settings.CELERY_BROKER_URL, socket_connect_timeout=1, socket_timeout=1
        )
        return bool(client.ping())
    except Exception:
        return False


def _worker() -> bool:
    # A fresh connection each time: a pooled one may point at a broker that went away.
    try:
        with celery_app.connection_for_write() as conn:
            return bool(celery_app.control.ping(timeout=1.0, connection=conn))
    except Exception:
        return False


@login_not_required
@never_cache
def healthz(request):
    """200 when every requested part answers, 503 otherwise. `?check=database` limits the
    checks (the web container's health check needs only its own database)."""
    wanted = [c for c in request.GET.getlist("check") if c in _CHECKS] or list(_CHECKS)
    results = {}
    if "database" in wanted:
        results["database"] = _database()
    if "redis" in wanted:
        results["redis"] = _redis()
    if "worker" in wanted:
        results["worker"] = results.get("redis", _redis()) and _worker()
    ok = all(results.values())
    return JsonResponse(
        {
            "status": "ok" if ok else "fout",
            **{k: "ok" if v else "fout" for k, v in results.items()},
        },
        status=200 if ok else 503,
    )


@login_not_required
@never_cache
def ping(request):
    """The framework floor for benchmarks: the whole middleware stack, no query, no
    template. Public and cheap, so it also serves as a liveness probe."""
    return HttpResponse("ok", content_type="text/plain")
