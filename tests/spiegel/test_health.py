"""/healthz reports the database, Redis and a worker; tested with the services up and with
Redis stopped (a throwaway Redis server, so the suite's own keeps running)."""

import pytest

from tests.conftest import broker_at


@pytest.mark.django_db(transaction=True)
def test_healthz_is_ok_with_database_redis_and_a_worker(client, celery_worker_process):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "redis": "ok", "worker": "ok"}


@pytest.mark.django_db
def test_healthz_reports_redis_and_worker_down_when_redis_stops(client, settings, throwaway_redis):
    port, _start, stop = throwaway_redis
    with broker_at(f"redis://127.0.0.1:{port}/0", settings):
        assert client.get("/healthz?check=redis").json()["redis"] == "ok"
        stop()
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json() == {
            "status": "fout",
            "database": "ok",
            "redis": "fout",
            "worker": "fout",
        }
        # The web container's own check still passes: it needs only the database.
        assert client.get("/healthz?check=database").status_code == 200
