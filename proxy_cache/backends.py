"""Wagtail's HTTP purge backend, with the ban of the whole cache that Varnish offers."""

import logging
from urllib.error import URLError
from urllib.parse import urlunsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger("wagtail.frontendcache")


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    """PURGE for one URL (Wagtail's own), BAN for every cached page (deploy/varnish/default.vcl)."""

    def purge_all(self):
        request = BanRequest(urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]))
        try:
            urlopen(request, timeout=5)  # noqa: S310 (the scheme comes from FRONTEND_CACHE_PURGE_URL)
        except (URLError, OSError) as error:
            logger.error("Couldn't empty the proxy cache: %s", error)
