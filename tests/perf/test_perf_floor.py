"""The benchmark's floor view: the whole middleware stack and nothing else."""

import pytest


@pytest.mark.django_db
def test_ping_answers_without_a_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/ping")
    assert response.status_code == 200
    assert response.content == b"ok"
