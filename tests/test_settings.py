"""The settings read the environment and refuse unsafe production values."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEARCH_ENGINES = ("ELASTICSEARCH", "OPENSEARCH")
# What a production deployment must set, but its cache (tested on its own).
PRODUCTION = {"DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "example.org"}
SHARED_CACHE = "redis://127.0.0.1:6379/0"


SUMMARY = (
    "print(settings.DEBUG, settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], "
    "settings.DATABASES['default']['ENGINE'], settings.SECURE_PROXY_SSL_HEADER is not None)"
)


def load_settings(module="base", show=SUMMARY, **variables):
    """Import these settings in a fresh interpreter with only these variables set, and run ``show``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", *SEARCH_ENGINES))}
    env.update(variables)
    code = f"from django.conf import settings; {show}"
    env["DJANGO_SETTINGS_MODULE"] = f"config.settings.{module}"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def test_production_requires_a_secret_key():
    result = load_settings("production", DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_requires_allowed_hosts():
    result = load_settings("production", DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_production_requires_a_cache_every_process_shares():
    """Rate limits and the published content version must be the same in every process."""
    for cache_url in ("locmemcache://", "dummycache://"):
        result = load_settings("production", **PRODUCTION, CACHE_URL=cache_url)
        assert result.returncode != 0, cache_url
        assert "CACHE_URL must name a cache shared by every process" in result.stderr
    assert load_settings("production", **PRODUCTION, CACHE_URL=SHARED_CACHE).returncode == 0


def test_production_keeps_database_connections_between_requests():
    """A connection opened per request cost more than a page's queries; a kept one is checked before reuse."""
    production = {**PRODUCTION, "CACHE_URL": SHARED_CACHE}
    show = "database = settings.DATABASES['default']; print(database['CONN_MAX_AGE'], database['CONN_HEALTH_CHECKS'])"
    assert load_settings("production", show, **production).stdout.split() == ["60", "True"]
    assert load_settings("production", show, **production, DATABASE_CONN_MAX_AGE="0").stdout.split() == ["0", "True"]


def test_production_passes_the_deployment_checks():
    """`check --deploy` finds nothing, warnings included, with only the variables a deployment must set."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="k3y-" + "x7Q9" * 15,
        DJANGO_ALLOWED_HOSTS="contrat-de-ville.loos.fr",
        CACHE_URL="redis://127.0.0.1:6379/0",
    )
    command = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_development_and_test_settings_need_no_variable():
    for module in ("dev", "test"):
        assert load_settings(module).returncode == 0, module


def test_debug_is_off_unless_asked_and_false_means_false():
    """The string "False" (or anything but a true value) never turns debugging on."""
    for value in ["False", "0", "off", "no"]:
        result = load_settings(DJANGO_DEBUG=value, DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="example.org")
        assert result.stdout.split()[0] == "False", value


def test_database_and_search_backend_come_from_the_environment():
    result = load_settings(
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="example.org",
        DATABASE_URL="postgres://user@db.example.org:5432/cdv",
        ELASTICSEARCH_URL="http://search.example.org:9200",
    )
    assert result.returncode == 0, result.stderr
    _, backend, engine, _ = result.stdout.split()
    assert backend == "search.backends.ElasticsearchBackend"
    assert engine == "django.db.backends.postgresql"


def search_backend_built_from(**variables):
    """The class and client of the search backend the site builds, in a fresh interpreter (no cluster needed)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(SEARCH_ENGINES)}
    env.update(variables, DJANGO_SETTINGS_MODULE="config.settings.test")
    code = (
        "import django; django.setup(); from wagtail.search.backends import get_search_backend; "
        "backend = get_search_backend(); print(type(backend).__name__, type(getattr(backend, 'es', None)).__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_each_search_engine_url_builds_its_client():
    """Setting the URL is enough: the clients are dependencies, and each engine gets the French analysis."""
    assert search_backend_built_from(OPENSEARCH_URL="http://127.0.0.1:9") == ["OpenSearchBackend", "OpenSearch"]
    assert search_backend_built_from(ELASTICSEARCH_URL="http://127.0.0.1:9") == [
        "ElasticsearchBackend",
        "Elasticsearch",
    ]


def test_without_a_search_engine_the_database_backend_searches():
    result = load_settings(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="example.org")
    assert result.stdout.split()[1] == "search.database"


def test_the_forwarded_protocol_is_trusted_only_behind_the_proxy():
    """Without a TLS proxy in front, a client sending X-Forwarded-Proto cannot pass for HTTPS."""
    assert load_settings().stdout.split()[3] == "False"
    assert load_settings(DJANGO_BEHIND_TLS_PROXY="true").stdout.split()[3] == "True"
    assert load_settings("production", **PRODUCTION, CACHE_URL=SHARED_CACHE).stdout.split()[3] == "True"
