"""Production: no debugging, a secret key and hosts required, TLS everywhere (behind the reverse proxy)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, CACHES, DATABASES, SECRET_KEY, env

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set in production.")
# Every process must see the same rate limits and the same published content version (proxy_cache/version.py).
if CACHES["default"]["BACKEND"].endswith(("LocMemCache", "DummyCache")):
    raise ImproperlyConfigured("CACHE_URL must name a cache shared by every process in production (Redis).")

# Each thread keeps its database connection from one request to the next (checked before it is reused):
# opening one per request cost more than a page's queries (`make bench`).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# The TLS reverse proxy (deploy/) sets X-Forwarded-Proto; Django trusts it only here.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
DEMANDES_BEHIND_PROXY = True
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

SILENCED_SYSTEM_CHECKS = [
    # security.W021 asks for HSTS preload: submitting loos.fr's subdomain to browsers' preload
    # list is the city's decision for its whole domain, not this site's (SECURE_HSTS_PRELOAD above).
    "security.W021",
]
