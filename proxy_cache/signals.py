"""Every change that a public page may show empties the whole proxy cache, once the change is committed.

Menus, listings, quartier and contact blocks, footers and settings appear on many
pages, so a precise list of URLs to purge would be wrong sooner or later: a page
published, unpublished, moved or deleted, or a snippet or setting saved or deleted,
bans everything. Publishing is rare; the cache fills again on the next visits.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models


def purge_all():
    for backend in get_backends().values():
        if hasattr(backend, "purge_all"):
            backend.purge_all()


def purge_after_commit(**kwargs):
    """After the commit, or a visitor could put the old version back in the cache in between.

    A transaction that changes many rows (a page deleted with its children) bans as many
    times: Varnish merges identical bans (its ban_dups parameter), and each costs a local request.
    """
    transaction.on_commit(purge_all, robust=True)


def shown_on_pages(model):
    return issubclass(model, Page) or model in get_snippet_models() or model in settings_registry


def purge_after_save_or_delete(sender, **kwargs):
    """Pages are purged when published or moved, not at every draft save; snippets and settings at every save."""
    if kwargs.get("raw") or (issubclass(sender, Page) and "created" in kwargs):
        return
    if shown_on_pages(sender):
        purge_after_commit()


def connect():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(purge_after_commit, dispatch_uid=f"proxy_cache_{id(signal)}")
    post_save.connect(purge_after_save_or_delete, dispatch_uid="proxy_cache_save")
    post_delete.connect(purge_after_save_or_delete, dispatch_uid="proxy_cache_delete")
