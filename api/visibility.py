"""What an anonymous caller may see: the single gate every endpoint, filter, search and embed goes through.

The API never reads the session: a page or collection under any view restriction (password, login or groups)
is private, whoever asks.
"""

from functools import cached_property

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction


def under(paths):
    """A filter on tree paths: everything at or below one of these paths."""
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


class Visibility:
    """Computed once per request, in a fixed number of queries."""

    @cached_property
    def restricted_paths(self):
        """The restricted pages and all their translations: their branches are private in every language."""
        keys = PageViewRestriction.objects.values("page__translation_key")
        return list(Page.objects.filter(translation_key__in=keys).values_list("path", flat=True))

    def pages(self, model=Page):
        """Live pages, not expired, below the tree's root, outside every restricted branch."""
        pages = model.objects.live().filter(depth__gt=1)
        pages = pages.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        return pages.exclude(under(self.restricted_paths)) if self.restricted_paths else pages

    @cached_property
    def private_collection_ids(self):
        """The collections under a view restriction, and everything below them."""
        restricted = CollectionViewRestriction.objects.values("collection_id")
        paths = Collection.objects.filter(pk__in=restricted).values_list("path", flat=True)
        if not paths:
            return set()
        return set(Collection.objects.filter(under(paths)).values_list("pk", flat=True))

    def shows(self, media):
        """Whether an image or a document may be shown: it exists and no collection restriction covers it."""
        return media is not None and media.collection_id not in self.private_collection_ids

    def page_ids(self, ids):
        """Those of these page ids that are public."""
        ids = {int(pk) for pk in ids if str(pk).isdigit()}
        return set(self.pages().filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
