# Spiegel: one image for web (gunicorn), worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_LINK_MODE=copy \
    DJANGO_SETTINGS_MODULE=spiegel.settings.production \
    PATH="/app/.venv/bin:$PATH"

# WeasyPrint's libraries, libmagic for upload checks, the report font, pdffonts.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libmagic1 \
      fonts-noto-core poppler-utils curl gettext \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
RUN pip install --no-cache-dir uv
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
# The translation catalogues are compiled at build time (the .mo files are not committed).
RUN python bin/messages.py compile
# collectstatic needs settings but no real secrets or services.
RUN SECRET_KEY=build DATABASE_URL=postgres://x@localhost/x REDIS_URL=redis://localhost/0 \
    ALLOWED_HOSTS=localhost EMAIL_HOST=localhost \
    python manage.py collectstatic --noinput -v0

RUN useradd --system --uid 1000 spiegel && mkdir -p /data/private && chown spiegel /data/private
USER spiegel
EXPOSE 8000
CMD ["gunicorn", "spiegel.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--access-logfile", "-"]
