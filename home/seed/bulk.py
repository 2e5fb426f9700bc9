"""Pages added by the thousand: treebeard's path arithmetic and bulk inserts instead of `add_child` per page."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page


class BulkChildren:
    """New live pages below one parent, inserted in a few queries by `save()`.

    `add_child` costs several queries per page (it locks, reads and rewrites the parent); here the
    paths follow the parent's last child, the base rows go in with one `bulk_create` and the
    model's own rows with one batched insert. Revisions are left out: `live_revision` stays empty,
    as for pages imported in bulk, and the first edit in the admin makes one."""

    def __init__(self, parent):
        self.parent = Page.objects.get(pk=parent.pk)
        last = self.parent.get_last_child()
        self.next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.pages = []

    def add(self, page):
        """Place page (an unsaved instance of a page model) below the parent, live and published now."""
        now = timezone.now()
        page.path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_step)
        page.depth = self.parent.depth + 1
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.locale_id = self.parent.locale_id
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = now
        page.content_type = ContentType.objects.get_for_model(page)
        self.next_step += 1
        self.pages.append(page)
        return page

    def save(self):
        """Insert the pages added, one table after the other, and count them in the parent's numchild."""
        by_model = {}
        for page in self.pages:
            by_model.setdefault(type(page), []).append(page)
        for model, pages in by_model.items():
            base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
            bases = Page.objects.bulk_create(
                [Page(**{field.attname: getattr(page, field.attname) for field in base_fields}) for page in pages],
                batch_size=500,
            )
            for page, base in zip(pages, bases, strict=True):
                page.pk = page.page_ptr_id = base.pk
                page._state.adding = False
            # bulk_create refuses models with a parent table: insert the model's own table the same way.
            model._base_manager.all()._batched_insert(pages, model._meta.local_concrete_fields, batch_size=500)
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + len(self.pages))
        self.pages = []
