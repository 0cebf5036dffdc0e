"""Parley settings, read from the environment.

Development: `DEBUG=1` (set by `make run`) gives a dev secret key and an embedded
SQLite database. Production: set `SECRET_KEY`, `ALLOWED_HOSTS` and `DATABASE_URL`;
see README.md, "Configuration".
"""

import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=1 for local development).")
    SECRET_KEY = "django-insecure-parley-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "tracker.apps.ParleyAdminConfig",  # django.contrib.admin, with the editors' desk as its index
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.syndication",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "simple_history",
    "axes",
    "tracker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tracker.http.ReaderGZipMiddleware",
    # Before CommonMiddleware and the reader cache, as django-cors-headers asks: its headers
    # go on redirects and 304s too.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tracker.http.ReaderCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "tracker.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
            ],
        },
    },
]

# Database: DATABASE_URL selects it (postgres://… in production). The embedded default
# is SQLite in WAL mode: readers never block the writer, a busy writer waits instead of
# failing, and write transactions take the lock up front (IMMEDIATE) so two editors
# saving at once queue rather than hit "database is locked" half-way through.
SQLITE_OPTIONS = {
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA foreign_keys=ON;"
        "PRAGMA busy_timeout=20000;"
        "PRAGMA cache_size=-65536;"
        "PRAGMA temp_store=MEMORY;"
    ),
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Kept open across requests (CONN_MAX_AGE) like PostgreSQL's: a connection keeps its 64 MB of
    # pages and its parsed schema, where a new one per request started cold (1M, `make load`'s
    # spike straight to gunicorn: 415–534 → 807–844 requests/s). Between requests it holds no
    # transaction, so it sees every commit and never holds back a checkpoint.
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
# A PostgreSQL read replica: the tracker's public reads go there (see tracker/routers.py).
if env("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        env("DATABASE_REPLICA_URL"), conn_max_age=int(env("CONN_MAX_AGE", "60")), conn_health_checks=True
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["tracker.routers.ReplicaRouter"]
    MIDDLEWARE.append("tracker.routers.PrimaryForWritersMiddleware")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL")}
        if env("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    # Rendered statements (tracker/fragments.py), apart so that 25-50 a page never push counts and
    # filter options out; in process memory, a few thousand of ~2 KB each.
    "fragments": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL"), "KEY_PREFIX": "f"}
        if env("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "fragments",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    ),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# Login throttling (django-axes): after 5 wrong passwords for one username from one
# address, that pair is locked out for an hour; a successful login resets the count.
AUTHENTICATION_BACKENDS = [
    "tracker.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = 1 if env_bool("BEHIND_TLS_PROXY") else 0

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", _("English"))]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Production serves hashed, compressed, long-cached files named by the manifest that
# `collectstatic` writes (`make serve` runs it first). Development (DEBUG) and the test
# suite (`make test` says STATIC_COLLECTED=0) serve straight from the static folders, with
# plain names and no collectstatic.
STATIC_COLLECTED = env_bool("STATIC_COLLECTED", not DEBUG)
WHITENOISE_USE_FINDERS = not STATIC_COLLECTED
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_COLLECTED
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Counts above this many matches are estimated ("about 120,000") instead of counted.
PARLEY_EXACT_COUNT_LIMIT = int(env("PARLEY_EXACT_COUNT_LIMIT", "10000"))
# Cached aggregates (estimated counts, charts, positions) follow an edit within this many
# seconds, and are kept at most PARLEY_AGGREGATE_CACHE_SECONDS.
PARLEY_AGGREGATE_GRACE_SECONDS = int(env("PARLEY_AGGREGATE_GRACE_SECONDS", "30"))
PARLEY_AGGREGATE_CACHE_SECONDS = int(env("PARLEY_AGGREGATE_CACHE_SECONDS", "300"))
# Public pages are revalidated by browsers and shared caches on every use (ETag from the record
# version, tracker/http.py). A shared cache may serve its copy this many seconds (at most 5)
# without asking: the one exception to "unpublished is gone within a second".
PARLEY_SHARED_CACHE_SECONDS = min(int(env("PARLEY_SHARED_CACHE_SECONDS", "0")), 5)
# Anonymous readers' pages are kept this long (0: not at all) under their validator, which names
# the record version, so no stored page outlives a change readers can see (tracker/http.py).
PARLEY_PAGE_CACHE_SECONDS = int(env("PARLEY_PAGE_CACHE_SECONDS", "60"))
PARLEY_PAGE_CACHE_MAX_BYTES = int(env("PARLEY_PAGE_CACHE_MAX_BYTES", str(1024 * 1024)))

# Uploads (article text, import files): refuse anything larger than this with a message.
PARLEY_MAX_UPLOAD_BYTES = int(env("PARLEY_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
# The longest texts editors, imports and the admin may store (characters). Names, titles, the
# setting and URLs have fixed limits in the database columns (see README, "Configuration").
PARLEY_MAX_TEXT_CHARS = int(env("PARLEY_MAX_TEXT_CHARS", "20000"))  # statement text and original text
PARLEY_MAX_CONDITION_CHARS = int(env("PARLEY_MAX_CONDITION_CHARS", "2000"))
PARLEY_MAX_NOTE_CHARS = int(env("PARLEY_MAX_NOTE_CHARS", "5000"))  # correction notes
PARLEY_MAX_DESCRIPTION_CHARS = int(env("PARLEY_MAX_DESCRIPTION_CHARS", "10000"))  # actors, topics, events
# Import uploads waiting for the editor to confirm the preview: where, and for how long.
PARLEY_IMPORT_PREVIEW_DIR = Path(env("PARLEY_IMPORT_PREVIEW_DIR", str(Path(tempfile.gettempdir()) / "parley-imports")))
PARLEY_IMPORT_PREVIEW_SECONDS = int(env("PARLEY_IMPORT_PREVIEW_SECONDS", "3600"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Security. Production is HTTPS-only; plain-HTTP local serving (make run, make serve,
# make load, the test suite) turns the redirect and secure cookies off explicitly.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if env_bool("BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Parley API",
    "DESCRIPTION": "Read-only access to published statements by world leaders.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # 3.1: a nullable field is `type: [string, "null"]`, plain JSON Schema that any validator reads.
    "OAS_VERSION": "3.1.0",
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "tracker.api.document_the_wire"],
    # /api/docs/ serves Swagger UI from the drf-spectacular-sidecar package: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}

# Read-only CORS: any origin may read the API, the feeds and the public TimelineJS data (a
# notebook, a newsroom page embedding the timeline); no cookies cross, nothing but reads.
CORS_URLS_REGEX = r"^/(api/|feeds/|timeline/data\.json$)"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")

# The public address, for absolute links in files written outside a request (exports).
SITE_URL = env("SITE_URL", "http://localhost:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
