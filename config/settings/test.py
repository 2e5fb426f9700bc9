"""Tests: fast hashing, static files served from the apps, debugging off, every protection on."""

from .base import *  # noqa: F403
from .base import BASE_DIR, STORAGES

DEBUG = False
SECRET_KEY = "tests-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private"
DEMANDES_INBOX_EMAIL = "maison-du-projet@loos.test"
