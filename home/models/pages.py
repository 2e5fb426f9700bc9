"""The site's own pages: the base of every page, the home page, content pages and the quartiers' pages.

The apps built on home add to the home page through the construct_home_page_context hook: home imports none of them.
"""

from django.db import models
from django.urls import Resolver404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from home.blocks import BodyBlock
from home.i18n import localized
from home.page_forms import LocalePageForm
from home.published import default_locale, may_be_restricted, private_sections
from home.structured_data import office
from proxy_cache.version import kept_for

from .snippets import Partner

# Hook called as fn(home_page, request, sections) by HomePage.sections, which adds lists to ``sections``
# (kept between publications); registered in wagtail_hooks.py.
HOME_PAGE_CONTEXT_HOOK = "construct_home_page_context"


# Deeper than any page of the site: a longer path is left to Wagtail's route, level by level.
MAX_DEPTH = 12


def answers_itself(page, path_components):
    """True when ``page``, met on the way, would answer the rest of the path rather than pass it to a child."""
    page_class = page.specific_class
    route = getattr(page_class, "route", None)
    if route is BasePage.route:
        return False
    if route is RoutablePageMixin.route:
        if not page.live:
            return False  # Wagtail's routable page passes the path to its children then
        try:
            page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
        except Resolver404:
            return False
    return True


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

    def route(self, request, path_components):
        """Wagtail's route, with the pages along the path read in one query rather than two per level.

        A page on the way that would answer the rest of the path itself (a RoutablePageMixin's route: the
        news feed) is handed it, as Wagtail would; a path that leads nowhere ends in Wagtail's own 404.
        """
        if not path_components or len(path_components) > MAX_DEPTH:
            return super().route(request, path_components)  # Wagtail's stops at the first unknown slug
        prefixes = [self.url_path + "/".join(path_components[: n + 1]) + "/" for n in range(len(path_components))]
        along = {page.url_path: page for page in Page.objects.descendant_of(self).filter(url_path__in=prefixes)}
        page, reached = self, 0
        for prefix in prefixes:
            child = along.get(prefix)
            if child is None or (page is not self and answers_itself(page, path_components[reached:])):
                break
            page, reached = child, reached + 1
        if page is self:
            return super().route(request, path_components)
        return page.specific.route(request, path_components[reached:])

    def get_view_restrictions(self):
        """Wagtail's, without its two queries at every visit where no restriction can apply."""
        if may_be_restricted(self):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

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
        context.update(kept_for(request, ("home", self.pk, translation.get_language()), lambda: self.sections(request)))
        return context

    def sections(self, request):
        """What the home page lists: the quartiers, the partners, and the sections the apps built on this one
        add (dispositifs, latest news: home imports none of them), each as a list."""
        sections = {
            "quartier_pages": list(
                QuartierPage.objects.live()
                .exclude(private_sections())
                .descendant_of(self)
                .select_related("quartier")
                .order_by("path")
            ),
            "partners": localized(Partner.objects.filter(locale=default_locale())),
        }
        for add_to_context in hooks.get_hooks(HOME_PAGE_CONTEXT_HOOK):
            add_to_context(self, request, sections)
        return sections


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
            QuartierPage.objects.child_of(self)
            .live()
            .exclude(private_sections())
            .select_related("quartier")
            .order_by("path")
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
        return [office(request, localized([point_relais])[0])] if point_relais else []

    def search_facts(self):
        """The quartier's name, as residents type it, whatever the page's title."""
        return self.quartier.name

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The projects filed under this quartier, through ProjetPage.quartiers' reverse relation.
        context["projets"] = kept_for(
            request, ("projets", self.pk), lambda: self.quartier.projets.showcase("quartier", self.quartier.pk)
        )
        return context
