"""Local development: debugging on, a secret key kept outside the code."""

import secrets
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, SECRET_KEY, STORAGES, env


def _local_secret_key(path: Path) -> str:
    """A random key made once per checkout, so no secret is ever committed."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = SECRET_KEY or _local_secret_key(BASE_DIR / "var" / "dev-secret-key")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
