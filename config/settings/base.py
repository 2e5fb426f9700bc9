"""Settings shared by every environment, read from environment variables.

Every value a deployment may change comes from the environment (see the README).
The defaults are safe: with DJANGO_DEBUG off, the site refuses to start without
a secret key and allowed hosts.
"""

from pathlib import Path

import environ

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "config"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
if not DEBUG:
    if not SECRET_KEY:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off.")

INSTALLED_APPS = [
    "home",
    "dispositifs",
    "demandes",
    "actualites",
    "api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # After wagtail.search: it takes over the index's signal handlers (search/apps.py).
    "search",
    "proxy_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "api.middleware.ApiMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.middleware.LocaleMiddleware",  # Django's, leaving the API's 404s alone
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# A SQLite file is the embedded default; production sets a PostgreSQL URL.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers (the site and the task worker) queue for SQLite's lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French is the source language; English and Arabic are
# translated with wagtail-localize. Adding a locale is a line here.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
]
# Interface strings: French msgids, catalogues in locale/ compiled by `make catalogues`.
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "var" / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Files attached to the demandes: outside MEDIA_ROOT, so no URL ever serves them;
# staff download them through the admin, which checks permissions and logs it.
PRIVATE_MEDIA_ROOT = env.path("DJANGO_PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")

# Wagtail's page editor can post many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="contrat-de-ville@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)

# Shared by every process: the rate limit of the forms counts across workers.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# Background work (notification emails, Wagtail's search and reference index) is
# queued in the database and run by `manage.py db_worker` (see the README).
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.backend.DatabaseBackend"),
    }
}

# Demandes (applications). Where the inbox mail goes when the contact point that
# receives a quartier's demandes has no e-mail address of its own.
DEMANDES_INBOX_EMAIL = env.str("DEMANDES_INBOX_EMAIL", default="")
DEMANDES_RETENTION_MONTHS = env.int("DEMANDES_RETENTION_MONTHS", default=24)
DEMANDES_RATE_LIMIT = env.str("DEMANDES_RATE_LIMIT", default="5/h")
# Requests per address to the public API (/api/), counted in the shared cache.
API_RATE_LIMIT = env.str("API_RATE_LIMIT", default="120/m")
DEMANDES_MIN_FILL_SECONDS = env.int("DEMANDES_MIN_FILL_SECONDS", default=5)
DEMANDES_NOTIFICATION_ATTEMPTS = env.int("DEMANDES_NOTIFICATION_ATTEMPTS", default=6)
DEMANDES_RETRY_BASE_SECONDS = env.int("DEMANDES_RETRY_BASE_SECONDS", default=60)

# Security headers that cost nothing; TLS-only cookies outside local debugging.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0)
# Trusted only when a TLS reverse proxy sets it: otherwise any client could claim HTTPS.
DEMANDES_BEHIND_PROXY = env.bool("DJANGO_BEHIND_TLS_PROXY", default=False)
if DEMANDES_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind the proxy, every request comes from its address: the rate limit reads the forwarded one.
RATELIMIT_IP_META_KEY = "demandes.submission.client_address"

# --- The reverse proxy's cache of anonymous pages (deploy/, proxy_cache/) ---
# Where Varnish takes PURGE and BAN requests, e.g. http://127.0.0.1:6081; unset: no proxy cache to empty.
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "proxy_cache.backends.VarnishBackend", "LOCATION": FRONTEND_CACHE_PURGE_URL}}
    if FRONTEND_CACHE_PURGE_URL
    else {}
)
# --- end of the proxy cache ---

WAGTAIL_SITE_NAME = "Contrat de ville de Loos"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin calls no third party: no avatars from gravatar.com (staff e-mail hashes), no update check on wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "png", "bmp": "png", "tiff": "png"}
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.ImageForm"  # the alt text (description) is required
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Search, chosen by the environment alone (the code that queries does not know which runs):
# an OpenSearch 2 cluster, an Elasticsearch 8 or 9 cluster, or the database itself
# (PostgreSQL full text with a French configuration, SQLite FTS5 locally).
OPENSEARCH_URL = env.str("OPENSEARCH_URL", default="")
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
if OPENSEARCH_URL or ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{'OpenSearch' if OPENSEARCH_URL else 'Elasticsearch'}Backend",
            "URLS": [OPENSEARCH_URL or ELASTICSEARCH_URL],
            "INDEX_PREFIX": env.str("SEARCH_INDEX_PREFIX", default="contrat_de_ville_"),
            "TIMEOUT": env.int("SEARCH_TIMEOUT", default=5),
        }
    }
else:
    # SEARCH_CONFIG is read on PostgreSQL only; the search app's migration creates it.
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "french_unaccent"}
    }
# Indexing tasks that meet an unreachable engine try again with a growing delay.
SEARCH_INDEX_ATTEMPTS = env.int("SEARCH_INDEX_ATTEMPTS", default=10)
SEARCH_INDEX_RETRY_BASE_SECONDS = env.int("SEARCH_INDEX_RETRY_BASE_SECONDS", default=30)

# Every record goes through handlers that mask the demandes' follow-up links (demandes/log_filters.py):
# Django's own loggers are pointed at them instead of Django's default handlers (its debug console,
# runserver's access log, and mail_admins, unused without ADMINS), which would write the links whole.
# The access log of the reverse proxy needs the same masking: see deploy/nginx-access-log.conf.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_follow_up_tokens": {"()": "demandes.log_filters.MaskFollowUpTokens"}},
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["mask_follow_up_tokens"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["mask_follow_up_tokens"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
    "loggers": {
        "django": {"handlers": [], "level": "INFO"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
