"""The published content's version, and what a process keeps under it.

Every change that a public page may show (see ``signals``) moves the version on, in the
shared cache (Redis in production), so that every process sees it. What all pages show and
only an editor changes (the locales, the private sections, the menu, the footer, the language
versions of a page) is kept in each process under the version it was read with: a warm
process renders them without a query, and the first request after a change reads them anew.
"""

import contextvars
import uuid

from django.core.cache import cache

VERSION_KEY = "published-content-version"

_current = contextvars.ContextVar("published_content_version", default=None)
# (version, {key: value}): replaced whole when the version moves on, so that threads never mix two versions.
_kept = (None, {})
# At most this many values: a crawler reading every page between two publications would otherwise
# make each process keep a few for every page (measured: 91 MB for the 3 946 pages of `demo_data`).
KEPT_LIMIT = 2000


def move_on():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def read():
    """The current version, a new one if the shared cache has none (it was emptied or restarted)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def kept(key, compute):
    """``compute()``, kept in this process until the version moves on.

    Outside a request (the task worker, management commands) nothing is kept: only the
    middleware knows that the version was read at the start of the current request. Nor is
    anything about an unsaved object (a key holding None: a new page's preview).
    """
    global _kept
    version = _current.get()
    if version is None or None in (key if isinstance(key, tuple) else (key,)):
        return compute()
    kept_version, values = _kept
    if kept_version != version or (key not in values and len(values) >= KEPT_LIMIT):
        values = {}  # a new version, or the limit reached: start afresh
        _kept = (version, values)
    if key not in values:
        values[key] = compute()
    return values[key]


def kept_for(request, key, compute):
    """``kept``, except in a preview: a draft shows what it holds itself, not what the published page kept."""
    return compute() if getattr(request, "is_preview", False) else kept(key, compute)


class ContentVersionMiddleware:
    """Reads the version once per request (a cache read, no query)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current.set(read())
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)
