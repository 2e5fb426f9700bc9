"""The proxy cache app's configuration: it connects the signals that empty the cache."""

from django.apps import AppConfig


class ProxyCacheConfig(AppConfig):
    name = "proxy_cache"
    verbose_name = "Cache du proxy"

    def ready(self):
        from . import signals

        signals.connect()
