"""Every change that a public page may show empties the whole proxy cache, once the change is
committed, and moves the published content's version on (``version``).

Menus, listings, quartier and contact blocks, footers and settings appear on many
pages, so a precise list of URLs to purge would be wrong sooner or later: a page
published, unpublished, moved or deleted, or a snippet or setting saved or deleted,
bans everything. So do an editor's search promotion, a page's view restriction (a page made private must leave the
cache at once), a locale, a site, an image, a document and a collection (its privacy).
Publishing is rare; the cache fills again on the next visits.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from . import version

SHOWN_ON_PAGES = (
    Page,
    PageViewRestriction,
    Locale,
    Site,
    AbstractImage,
    AbstractDocument,
    Collection,
    CollectionViewRestriction,
    SearchPromotion,
)


def purge_all():
    version.move_on()
    for backend in get_backends().values():
        if hasattr(backend, "purge_all"):
            backend.purge_all()


def purge_after_commit(**kwargs):
    """The version moves on at once (this process's next request, in the transaction, sees the change)
    and again after the commit, with the purge: a visitor served in between could otherwise put
    the old version back in the cache.

    A transaction that changes many rows (a page deleted with its children) bans as many
    times: Varnish merges identical bans (its ban_dups parameter), and each costs a local request.
    """
    version.move_on()
    transaction.on_commit(purge_all, robust=True)


def shown_on_pages(model):
    return issubclass(model, SHOWN_ON_PAGES) or model in get_snippet_models() or model in settings_registry


# What Wagtail saves by itself on an image or a document the first time it is measured.
MEASURES = {"file_size", "file_hash"}


def purge_after_save_or_delete(sender, **kwargs):
    """Pages are purged when published, moved or deleted, or created live (an alias, which Wagtail creates
    without publishing it), not at every draft save; the rest at every save but a file's measures (saved
    while a visitor's page is rendered: they would empty the cache at every visit)."""
    if kwargs.get("raw"):
        return
    if issubclass(sender, Page) and "created" in kwargs:
        if kwargs["created"] and kwargs["instance"].live:
            purge_after_commit()
        return
    if kwargs.get("update_fields") and set(kwargs["update_fields"]) <= MEASURES:
        return
    if shown_on_pages(sender):
        purge_after_commit()


def connect():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(purge_after_commit, dispatch_uid=f"proxy_cache_{id(signal)}")
    post_save.connect(purge_after_save_or_delete, dispatch_uid="proxy_cache_save")
    post_delete.connect(purge_after_save_or_delete, dispatch_uid="proxy_cache_delete")
