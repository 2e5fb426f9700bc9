"""News: the news index (with its RSS feed) and the news pages, linked to projects and quartiers."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page

from home.i18n import localized, mark_fallbacks, with_source_fallback
from home.models import BasePage
from home.published import language_codes, private_sections
from home.structured_data import organisation_id

from ..feeds import ActualiteFeed


class ActualiteIndexPage(RoutablePageMixin, BasePage):
    template = "pages/actualite_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["actualites.ActualitePage"]
    max_count_per_parent = 1
    page_size = 10

    class Meta:
        verbose_name = _("liste des actualités")

    def actualites(self):
        """Its news, newest first; a translated index also lists the French news not translated yet."""
        return with_source_fallback(ActualitePage.objects.live().exclude(private_sections()), self).order_by(
            "-date", "-pk"
        )

    @path("")
    def index(self, request):
        page = Paginator(self.actualites(), self.page_size).get_page(request.GET.get("page"))
        page.object_list = mark_fallbacks(page.object_list)
        feed_url = self.get_url(request) + self.reverse_subpage("feed")
        return self.render(request, context_overrides={"actualites": page, "feed_url": feed_url})

    @path("flux/", name="feed")
    def feed(self, request):
        return ActualiteFeed(self)(request)


class ActualitePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Son texte alternatif est la description saisie lors de l’envoi de l’image."),
    )
    quartiers = ParentalManyToManyField("home.Quartier", verbose_name=_("quartiers"), blank=True, related_name="+")

    template = "pages/actualite_page.html"
    parent_page_types = ["actualites.ActualiteIndexPage"]
    subpage_types = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                MultipleChooserPanel(
                    "projets_lies", chooser_field_name="projet", heading=_("Projets liés"), label=_("projet")
                ),
                FieldPanel("quartiers", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("En lien avec"),
        ),
    ]

    og_type = "article"

    class Meta:
        verbose_name = _("actualité")

    def sharing_image(self):
        return self.social_image or self.image

    def structured_data(self, request):
        article = {
            "@type": "NewsArticle",
            "headline": (self.seo_title or self.title)[:110],  # Google's limit for a headline
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "datePublished": self.date.isoformat(),
            "inLanguage": language_codes()[self.locale_id],
            "publisher": {"@id": organisation_id(request)},
            "author": {"@id": organisation_id(request)},
        }
        if self.last_published_at:
            article["dateModified"] = self.last_published_at.isoformat()
        if description := self.search_description or self.intro:
            article["description"] = description
        if image := self.sharing_image():
            article["image"] = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
        return [article]

    def related_projets(self):
        """The projects this news item is about, in the editor's order (one query)."""
        from .projets import ProjetPage  # projets.py imports this module

        position = ActualiteProjet.objects.filter(page=self, projet=models.OuterRef("pk")).values("sort_order")[:1]
        projets = ProjetPage.objects.filter(actualites_liees__page=self).distinct()
        return projets.annotate(position=models.Subquery(position)).order_by("position", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projets"] = localized(self.related_projets().live().exclude(private_sections()))
        context["quartiers"] = localized(self.quartiers.all())
        return context


class ActualiteProjet(Orderable):
    """A project a news item is about, in the editor's order; chosen several at a time in the page chooser."""

    page = ParentalKey(ActualitePage, on_delete=models.CASCADE, related_name="projets_lies")
    projet = models.ForeignKey(
        "actualites.ProjetPage", verbose_name=_("projet"), on_delete=models.CASCADE, related_name="actualites_liees"
    )

    panels = [FieldPanel("projet")]

    class Meta(Orderable.Meta):
        verbose_name = _("projet lié")
        verbose_name_plural = _("projets liés")
