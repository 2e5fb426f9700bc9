"""Settings shared by every environment, read from environment variables.

Every value a deployment may change comes from the environment (see the README).
Production's requirements and TLS settings are in `production.py`, local ones in `dev.py` and `test.py`.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "config"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

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
    "accounts",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "config.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "proxy_cache.version.ContentVersionMiddleware",
    "api.middleware.ApiMiddleware",
    "config.middleware.SecurityHeadersMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.middleware.LocaleMiddleware",  # Django's, leaving the API's 404s alone
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
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
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
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

# What Django reads of a request before refusing it (config.views.bad_request answers, in French).
# Wagtail's page editor can post many fields for long StreamFields; a demande has at most 5 files.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_NUMBER_FILES = 20

EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="contrat-de-ville@localhost")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
# Who receives the error reports (config.logs.PersonalDataFilter leaves out what was posted).
ADMINS = [(address, address) for address in env.list("DJANGO_ADMINS", default=[])]
DEFAULT_EXCEPTION_REPORTER_FILTER = "config.logs.PersonalDataFilter"

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

# Security headers that cost nothing (TLS, cookies and HSTS are production's: production.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sent by config.middleware.SecurityHeadersMiddleware: the site uses none of these browser features.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# Public pages: nothing inline, nothing from another origin. The admin adds inline styles
# and scripts (Wagtail's admin writes them); see the README's « Security ».
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {
    "script-src": [SELF, UNSAFE_INLINE],  # Wagtail 8's page editor runs inline scripts
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": ["blob:"],
}

# Staff accounts: sessions in the database (logging out ends them), a working day long.
SESSION_COOKIE_AGE = env.int("DJANGO_SESSION_COOKIE_AGE", default=9 * 3600)
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# django-axes: 5 failures lock the account, and separately the address, for an hour (or until `axes_reset`).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=60))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "demandes.submission.client_address"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
AXES_VERBOSE = False  # its log lines carry the username and the address
# Two factors (accounts/): superusers and the agents of these groups cannot reach the admin without them.
TWO_FACTOR_GROUPS = ["Maison du projet"]
OTP_TOTP_ISSUER = "Contrat de ville de Loos"
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
# Uploads: no SVG (it can carry scripts), bounded size and pixels (a small file can decode to a huge image).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Private pages and document collections: staff accounts only, no password shared by e-mail or on paper.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

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
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database", "SEARCH_CONFIG": "french_unaccent"}}
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
        "json": {"()": "config.logs.JsonFormatter"},
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["mask_follow_up_tokens"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["mask_follow_up_tokens"],
        },
        # Does nothing while ADMINS is empty: the console line is then the only trace of an error.
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["mask_follow_up_tokens"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
    "loggers": {
        "django": {"handlers": [], "level": "INFO"},
        "django.request": {"handlers": ["mail_admins"], "level": "ERROR"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # One JSON line per request (config.middleware.RequestLogMiddleware).
        "config.requests": {
            "handlers": ["console"],
            "level": env.str("DJANGO_REQUEST_LOG_LEVEL", default="INFO"),
            "propagate": False,
        },
    },
}
