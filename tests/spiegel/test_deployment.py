"""docker-compose.yml, .env.example and the settings agree; production passes check --deploy."""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ROOT / "spiegel" / "settings"
ENV_READ = re.compile(r"env(?:\.\w+)?\(\s*\"([A-Z0-9_]+)\"(\s*\))?")

# Variables that belong to the containers, not to Django's settings.
COMPOSE_ONLY = {"POSTGRES_PASSWORD", "POSTGRES_DB", "POSTGRES_USER", "DJANGO_SETTINGS_MODULE"}
# AWS credentials are read by boto3 itself, not by our settings.
READ_BY_LIBRARIES = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}


def settings_vars() -> tuple[set[str], set[str]]:
    """(all variables the settings read, those read without a default in production)."""
    every, required = set(), set()
    for name in ("base.py", "production.py"):
        text = (SETTINGS / name).read_text()
        for match in ENV_READ.finditer(text):
            every.add(match.group(1))
            if match.group(2):  # env("X") closed right away: no default
                required.add(match.group(1))
    return every, required


def example_vars() -> set[str]:
    lines = (ROOT / ".env.example").read_text().splitlines()
    return {line.split("=", 1)[0] for line in lines if line and not line.startswith("#")}


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_web_worker_beat_postgres_and_redis_with_health_checks():
    services = compose()["services"]
    assert {"web", "worker", "beat", "postgres", "redis"} <= services.keys()
    for name in ("web", "worker", "postgres", "redis"):
        assert "healthcheck" in services[name], name
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    assert "gunicorn" in services["web"]["command"]
    assert compose()["volumes"].keys() >= {"postgres-data", "private-files"}


def test_compose_names_the_same_variables_as_env_example():
    app_env = set(compose()["x-app"]["environment"])
    example = example_vars()
    # DATABASE_URL and REDIS_URL are composed from the others inside docker-compose.yml.
    assert app_env - COMPOSE_ONLY == example - COMPOSE_ONLY


def test_env_example_lists_every_required_setting_and_nothing_unknown():
    every, required = settings_vars()
    example = example_vars()
    assert required <= example, f"required but not in .env.example: {required - example}"
    unknown = example - every - COMPOSE_ONLY - READ_BY_LIBRARIES
    assert not unknown, f"in .env.example but read by nobody: {unknown}"


def test_dockerfile_installs_the_report_font_and_libmagic():
    text = (ROOT / "Dockerfile").read_text()
    assert "fonts-noto-core" in text and "libmagic1" in text


def test_production_settings_pass_check_deploy():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "spiegel.settings.production",
        "SECRET_KEY": "x" * 64 + "-production-like-secret-key-for-the-deploy-check",
        "ALLOWED_HOSTS": "spiegel.example.nl",
        "EMAIL_HOST": "smtp.example.nl",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
