"""News of the contrat de ville. Project showcases join this app later."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.models import BasePage


class ActualiteIndexPage(BasePage):
    template = "pages/actualite_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["actualites.ActualitePage"]
    max_count_per_parent = 1
    page_size = 10

    class Meta:
        verbose_name = _("liste des actualités")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        actualites = ActualitePage.objects.child_of(self).live().public().order_by("-date", "-pk")
        context["actualites"] = Paginator(actualites, self.page_size).get_page(request.GET.get("page"))
        return context


class ActualitePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)

    template = "pages/actualite_page.html"
    parent_page_types = ["actualites.ActualiteIndexPage"]
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("date"), FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("actualité")
