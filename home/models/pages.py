"""The site's own pages: the base of every page, the home page, content pages and the quartiers' pages.

The apps built on home add to the home page through the construct_home_page_context hook: home imports none of them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.i18n import localized
from home.page_forms import LocalePageForm
from home.structured_data import office

from .snippets import Partner

# Hook called as fn(home_page, request, context) by HomePage.get_context; registered in wagtail_hooks.py.
HOME_PAGE_CONTEXT_HOOK = "construct_home_page_context"


class BasePage(Page):
    """What every page of the site has: a short introduction and a body of blocks."""

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("Deux ou trois phrases simples, affichées sous le titre et dans les listes."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de partage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Montrée quand la page est partagée sur un réseau social (1 200 × 630 pixels de préférence). "
            "Vide : l’image par défaut des réglages du site."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    # Wagtail's own SEO title and search description are on the Promote tab already.
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    base_form_class = LocalePageForm
    # The title counts most (Page's boost of 2), then the introduction, then the body.
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=1.5), index.SearchField("body")]

    class Meta:
        abstract = True

    def structured_data(self, request):
        """The schema.org nodes this page describes, beside the organisation every page names (JSON-LD)."""
        return []

    def sharing_image(self):
        """The image shown when the page is shared, before the site's default."""
        return self.social_image


class HomePage(BasePage):
    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.QuartierIndexPage",
        "dispositifs.DispositifIndexPage",
        "actualites.ActualiteIndexPage",
        "actualites.ProjetIndexPage",
        "actualites.ChiffresPage",
    ]

    class Meta:
        verbose_name = _("page d’accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quartier_pages"] = (
            QuartierPage.objects.live().public().descendant_of(self).select_related("quartier").order_by("path")
        )
        context["partners"] = localized(Partner.objects.filter(locale=Locale.get_default()))
        # The apps built on this one add their own sections (dispositifs, latest news): home imports none of them.
        for add_to_context in hooks.get_hooks(HOME_PAGE_CONTEXT_HOOK):
            add_to_context(self, request, context)
        return context


class ContentPage(BasePage):
    """A page of text and blocks: the contrat de ville, contact, legal pages."""

    template = "pages/content_page.html"
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("page de contenu")

    def structured_data(self, request):
        """The contact points of its contact cards (the contact page's)."""
        contact_points = [block.value["contact_point"] for block in self.body if block.block_type == "contact_card"]
        return [office(request, contact_point) for contact_point in localized(contact_points)]


class QuartierIndexPage(BasePage):
    template = "pages/quartier_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.QuartierPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("liste des quartiers")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quartier_pages"] = (
            QuartierPage.objects.child_of(self).live().public().select_related("quartier").order_by("path")
        )
        return context


class QuartierPage(BasePage):
    """The page of one quartier prioritaire; its facts come from the quartier snippet."""

    quartier = models.ForeignKey(
        "home.Quartier", verbose_name=_("quartier"), on_delete=models.PROTECT, related_name="pages"
    )

    template = "pages/quartier_page.html"
    parent_page_types = ["home.QuartierIndexPage"]
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("quartier"), FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("search_facts", boost=2)]

    class Meta:
        verbose_name = _("page quartier")

    def structured_data(self, request):
        point_relais = self.quartier.point_relais
        return [office(request, point_relais.localized)] if point_relais else []

    def search_facts(self):
        """The quartier's name, as residents type it, whatever the page's title."""
        return self.quartier.name

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The projects filed under this quartier, through ProjetPage.quartiers' reverse relation.
        context["projets"] = self.quartier.projets.live().public().for_listing()
        return context
