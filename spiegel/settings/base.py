"""Settings shared by every environment.

Every value that differs between machines is read from the environment through one
helper (django-environ). No secret has a default here; dev.py and test.py set safe ones.
"""

from datetime import timedelta
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_otp",
    "django_otp.plugins.otp_static",
    "django_otp.plugins.otp_totp",
    "two_factor",
    "axes",
    "django_htmx",
    "template_partials",
    "spiegel",
    "gesprekken",
    "rapportage",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "spiegel.taal.TaalMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF's check: NUL bytes and lone surrogates never reach a view.
    "spiegel.invoer.InvoerOpschonenMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A bare 400/405 from anything inside gets a Dutch page (it needs request.user).
    "spiegel.invoer.LegeFoutMiddleware",
    "spiegel.middleware.OTPApparaatMiddleware",  # django-otp's, with a leaner device read
    "spiegel.middleware.SessionLifetimeMiddleware",
    "spiegel.middleware.RequireSecondFactorMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "spiegel.middleware.NoStoreForAuthenticatedMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "spiegel.urls"
WSGI_APPLICATION = "spiegel.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "spiegel.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sessions and rate limits live in PostgreSQL, not Redis: the public form and sign-in
# keep working when Redis is down (STACK.md).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "spiegel_cache",
    }
}
SESSION_ENGINE = "spiegel.sessies"  # the db store, refreshed in one UPDATE
SESSION_COOKIE_AGE = 30 * 60  # idle timeout; refreshed on every request
SESSION_SAVE_EVERY_REQUEST = True
SESSION_ABSOLUTE_LIFETIME = timedelta(hours=12)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads nothing from it; the token comes via hx-headers

AUTH_USER_MODEL = "spiegel.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "two_factor:login"
LOGIN_REDIRECT_URL = "spiegel:home"
LOGOUT_REDIRECT_URL = "spiegel:home"

# Brute force: five failures lock the account-and-address pair for an hour.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "auth-username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_VERBOSE = False

OTP_TOTP_ISSUER = "Spiegel (Divosa)"
TWO_FACTOR_PATCH_ADMIN = False

LANGUAGE_CODE = "nl"
# Dutch first; English through locale/en (every msgid translated, tests/spiegel/test_i18n.py).
# Each language is named in itself in the switch, so the names are not translated.
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
# Our catalogue comes before the packages' own (django-two-factor-auth, django-otp).
LOCALE_PATHS = [BASE_DIR / "locale"]
# The choice of the switch (set_language) outlives the session; no script reads it.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Amsterdam"
# One date format across the UI: spiegel/formats/<lang>/formats.py.
FORMAT_MODULE_PATH = ["spiegel.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]

# Uploads and PDFs are private: stored outside any served folder, streamed by
# permission-checked views. MEDIA_URL is deliberately not served.
PRIVATE_STORAGE_ROOT = Path(env("PRIVATE_STORAGE_ROOT", default=str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_STORAGE_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_BYTES", default=20 * 1024 * 1024)

# Intake: the public request form (spiegel/routes.py).
# Submit attempts per address per hour; counted in PostgreSQL, so it works without Redis.
AANVRAAG_RATELIMIT = env.int("AANVRAAG_RATELIMIT", default=10)
# The form's suggestion list of organisation names: requests per address (django-ratelimit
# on the "ratelimit" cache below).
ORGANISATIE_SUGGESTIES_LIMIET = "120/m"
# Reverse proxies in front of the app that append to X-Forwarded-For (0: use REMOTE_ADDR).
AANVRAAG_PROXIES = env.int("AANVRAAG_PROXIES", default=0)
# Drafts of the request form not touched for this many days are deleted by beat.
CONCEPT_BEWAARDAGEN = env.int("CONCEPT_BEWAARDAGEN", default=14)

REDIS_URL = env("REDIS_URL")
# Counters of django-ratelimit (only the form's suggestion list): one atomic INCR in Redis
# instead of about ten queries on the database cache per keystroke. With Redis down the
# suggestions are served without a limit (spiegel.views.aanvraag); the limits that guard
# writes (submits, drafts) are counted in PostgreSQL.
CACHES["ratelimit"] = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": REDIS_URL,
    "KEY_PREFIX": "ratelimit",
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
}
RATELIMIT_USE_CACHE = "ratelimit"
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 180
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 600}
CELERY_BEAT_SCHEDULE: dict = {
    "berichten-sweeper": {"task": "spiegel.tasks.berichten_sweeper", "schedule": 60.0},
    # Drafts of the request form older than CONCEPT_BEWAARDAGEN, with their files.
    "concepten-opruimen": {"task": "spiegel.tasks.concepten_opruimen", "schedule": 3600.0},
}
# A publish that cannot reach Redis gives up quickly: the outbox row waits for the sweeper,
# and the request that caused it does not hang.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 2

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(BASE_DIR / "var" / "mail"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Spiegel <spiegel@divosa.nl>")
COORDINATOR_EMAILS = env.list("COORDINATOR_EMAILS", default=[])

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Request bodies never reach the log: only status lines.
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
    },
}

# Demo accounts may show their TOTP secret on the sign-in page. Never in production.
DEMO_MODE = env.bool("DEMO_MODE", default=False)

# The confidential PDF (rapportage/pdf*.py): its tasks, their time limits, the sweeper.
CELERY_IMPORTS = ("rapportage.pdf_tasks",)
PDF_RENDER_SOFT_TIME_LIMIT = env.int("PDF_RENDER_SOFT_TIME_LIMIT", default=240)
PDF_RENDER_TIME_LIMIT = env.int("PDF_RENDER_TIME_LIMIT", default=300)
CELERY_BEAT_SCHEDULE["pdf-sweeper"] = {"task": "rapportage.pdf_sweeper", "schedule": 60.0}

# --- Trust (issue 7): headers, audit of denials, log scrubbing, retention -----------------
# Content-Security-Policy with a nonce per response (django-csp). Scripts and styles come from
# our own origin (htmx, the admin) or carry the nonce; nothing may frame us or be embedded.
from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        # style="" attributes (e.g. a heat map cell's colour) cannot run script; <style>
        # elements still need the nonce.
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "csp.middleware.CSPMiddleware",
)
# Innermost: sees the 403/404 a view answered, with the signed-in user.
MIDDLEWARE.append("spiegel.weigeringen.GeweigerdeToegangMiddleware")
TEMPLATES[0]["OPTIONS"]["context_processors"].append("spiegel.weigeringen.csp_nonce")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No script needs the CSRF cookie: forms carry the token and htmx gets it via hx-headers
# (wapiti flagged the cookie's missing HttpOnly flag).
CSRF_COOKIE_HTTPONLY = True

# URL namespaces (and single URL names) whose 403/404 answers to a signed-in user are written
# to the audit trail as `geweigerd`: the places where confidential content lives.
AUDIT_GEWEIGERD_NAMESPACES = ["gesprekken", "rapportage"]
AUDIT_GEWEIGERD_URLS = [
    "spiegel:aanvraag",
    "spiegel:portaal_aanvraag",
    "spiegel:inbox",
]

# django-axes: the two-step sign-in posts `auth-username` / `auth-password`, while the
# authentication signal carries `username`. One callable reads both, so failures and the
# lock check count against the same (account, address) pair; no password is stored.
AXES_USERNAME_CALLABLE = "spiegel.weigeringen.axes_gebruikersnaam"
AXES_PASSWORD_FORM_FIELD = "auth-password"  # noqa: S105 (a field name)
AXES_SENSITIVE_PARAMETERS = [
    "auth-password",
    "password",
    "token-otp_token",
    "backup-otp_token",
    "otp_token",
    "csrfmiddlewaretoken",
]

# Logs never carry passwords, tokens, session ids, SQL parameters or exception messages
# (which may quote confidential text); see spiegel/logscrub.py.
LOGGING["filters"] = {"scrub": {"()": "spiegel.logscrub.ScrubFilter"}}
LOGGING["handlers"]["console"]["filters"] = ["scrub"]
LOGGING["loggers"]["django.db.backends"] = {"level": "INFO"}
# Django's own default handlers (console when DEBUG, mail_admins) bypass the filter: every
# django.* record goes to the filtered handler instead. Failed sign-ins and lockouts are in
# the audit trail, so axes' own lines (which quote the typed name) are not needed.
LOGGING["loggers"]["django"] = {"handlers": ["console"], "level": "INFO", "propagate": False}
LOGGING["loggers"]["django.server"] = {"handlers": ["console"], "propagate": False}
LOGGING["loggers"]["axes"] = {"level": "ERROR"}
# Celery workers log through the same filtered handlers.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# Retention (bewaartermijn): days after a Spiegel or request was closed (afgerond,
# afgewezen, ingetrokken). Final reports and anonymised observations are kept.
BEWAARTERMIJN_NOTITIES_DAGEN = env.int("BEWAARTERMIJN_NOTITIES_DAGEN", default=365)
BEWAARTERMIJN_DEELNEMERS_DAGEN = env.int("BEWAARTERMIJN_DEELNEMERS_DAGEN", default=365)
BEWAARTERMIJN_DOCUMENTEN_DAGEN = env.int("BEWAARTERMIJN_DOCUMENTEN_DAGEN", default=365)
CELERY_BEAT_SCHEDULE["bewaartermijn"] = {
    "task": "spiegel.tasks.bewaartermijn_toepassen",
    "schedule": 6 * 60 * 60.0,
}
# With Redis down, a request that queues mail gives up quickly (the outbox row waits for the
# sweeper) instead of retrying for many seconds.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}

# --- Rode draden (issue 15): patterns across Spiegels --------------------------------------
# A figure resting on fewer Spiegels than this is suppressed ("minder dan 3").
RODE_DRADEN_K = env.int("RODE_DRADEN_K", default=3)
CELERY_IMPORTS = (*CELERY_IMPORTS, "rapportage.rodedraden.tasks")
# The per-Spiegel summary the rode draden read is kept by triggers; once a day it is rebuilt
# from the observations, which repairs any drift after a load that bypassed the triggers.
CELERY_BEAT_SCHEDULE["rodedraden-tellingen"] = {
    "task": "rapportage.rodedraden_tellingen",
    "schedule": 24 * 3600.0,
}
