"""The seed loaders' registry: each app's `initial_content` module registers the loader of its part of the site.

Discovered like Django's `admin.py` modules (`autodiscover_modules`), so the home app's command runs
every app's loader without importing any of them. A loader names the apps whose content it needs
first; `graphlib` orders them.
"""

from graphlib import TopologicalSorter

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

_loaders = {}


def register(*, after=()):
    """Register the decorated function as its app's loader, to run after the loaders of the apps named in after.

    A loader receives the French home page, already published with its locales and snippets,
    and adds its pages below it."""

    def decorator(function):
        _loaders[apps.get_containing_app_config(function.__module__).label] = (function, tuple(after))
        return function

    return decorator


def registered_loaders():
    """Every app's loader, each after those it needs."""
    autodiscover_modules("initial_content")
    graph = {label: after for label, (_function, after) in _loaders.items()}
    if missing := {label for after in graph.values() for label in after} - graph.keys():
        raise ImproperlyConfigured(f"No seed loader registered for {', '.join(sorted(missing))}.")
    return [_loaders[label][0] for label in TopologicalSorter(graph).static_order()]
