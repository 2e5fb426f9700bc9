"""Projects funded through the contrat de ville: their filtered index, pages, funders, galleries and domaines."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.i18n import localized
from home.models import BasePage
from home.published import default_locale, private_sections
from proxy_cache.version import kept_for

from ..filters import ProjetFilters
from .actualites import ActualitePage


class Domaine(TranslatableMixin, models.Model):
    """A field of public action a project touches (education, employment, health…); editors extend the list."""

    name = models.CharField(_("nom"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("ordre d’affichage"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("domaine")
        verbose_name_plural = _("domaines")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


PROJETS_SHOWN = 6  # on a dispositif's or a quartier's page; the projects list holds the rest


class ProjetQuerySet(PageQuerySet):
    def open_data(self, site):
        """The projects anyone can see on the site, in French (the source of every translation): live,
        not expired, without view restriction. The open data files list these."""
        return (
            self.live()
            .exclude(private_sections())
            .descendant_of(site.root_page)
            .filter(locale=default_locale())
            .exclude(Q(expired=True) | Q(expire_at__lte=timezone.now()))
        )

    def last_published(self):
        """When the latest of these projects was published (None when there are none)."""
        return self.aggregate(latest=Max("last_published_at"))["latest"]

    def for_listing(self):
        """Newest first, with what a card shows, in a fixed number of queries whatever the number of projects."""
        return (
            self.select_related("dispositif")
            .prefetch_related("quartiers")
            .order_by(F("year").desc(nulls_last=True), "title")
        )

    def showcase(self, facet, value):
        """For a dispositif's or a quartier's page: the newest of these projects that anyone may see, how many
        there are, and the projects list filtered by ``facet=value`` that holds them all. None when there is none.

        The page stays short whatever the number of projects (a thousand would make it weigh 150 KB). The
        pages keep it between publications (``proxy_cache.version.kept_for``): its queries cost more than the rest.
        """
        projets = self.live().exclude(private_sections())
        newest = list(projets.for_listing()[:PROJETS_SHOWN])
        if not newest:
            return None
        count = projets.count() if len(newest) == PROJETS_SHOWN else len(newest)
        index = projet_index(newest[0].locale_id) if count > len(newest) else None
        all_url = f"{index.url}?{urlencode({facet: value})}" if index else None
        return {"newest": newest, "count": count, "all_url": all_url}


def listed(page):
    """A page of the paginator with its projects read (a page kept between requests is never read again)."""
    page.object_list = list(page.object_list)
    return page


def projet_index(locale_id):
    """The projects list of a language, if anyone may see it."""
    return ProjetIndexPage.objects.live().exclude(private_sections()).filter(locale_id=locale_id).first()


class ProjetIndexPage(BasePage):
    """Every project, with filters (links, so they work without JavaScript) by dispositif, quartier, domaine, year."""

    template = "pages/projet_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["actualites.ProjetPage"]
    max_count_per_parent = 1
    page_size = 12

    class Meta:
        verbose_name = _("liste des projets")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projets = ProjetPage.objects.child_of(self).live().exclude(private_sections())
        filters = ProjetFilters(request.GET, projets, facts_key=("projet-facts", self.pk))
        paginator = Paginator(filters.queryset.for_listing(), self.page_size)
        if filters.selected or filters.ignored:
            page = paginator.get_page(request.GET.get("page"))
        else:
            # Every project, a page at a time: each page kept until the next publication, under its number
            # once checked against the real ones (an address cannot make up new keys).
            paginator.count = kept_for(request, ("projets-count", self.pk), lambda: paginator.count)
            number = paginator.get_page(request.GET.get("page")).number
            page = kept_for(request, ("projets-page", self.pk, number), lambda: listed(paginator.page(number)))
        context.update(filters=filters, projets=page)
        return context


class ProjetPage(BasePage):
    """One project funded through the contrat de ville, shown to residents with what it cost and achieved."""

    class PorteurKind(models.TextChoices):
        ASSOCIATION = "association", _("Association")
        HABITANTS = "habitants", _("Groupe d’habitants")
        SERVICE_PUBLIC = "service_public", _("Service public")

    dispositif = models.ForeignKey(
        "dispositifs.DispositifPage",
        verbose_name=_("dispositif"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projets",
        help_text=_("Laisser vide si le projet a été financé autrement (« autre »)."),
    )
    quartiers = ParentalManyToManyField(
        "home.Quartier", verbose_name=_("quartiers"), blank=True, related_name="projets"
    )
    domaines = ParentalManyToManyField(Domaine, verbose_name=_("domaines"), blank=True, related_name="projets")
    year = models.PositiveSmallIntegerField(_("année"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("dernière année"), null=True, blank=True, help_text=_("Seulement si le projet dure plusieurs années.")
    )
    amount_requested = models.PositiveIntegerField(
        _("montant demandé (en euros)"),
        null=True,
        blank=True,
        help_text=_("Ce que le porteur a demandé ; ce qui a été accordé se saisit dans « Financement »."),
    )
    porteur_kind = models.CharField(_("type de porteur"), max_length=20, choices=PorteurKind.choices, blank=True)
    porteur_name = models.CharField(_("nom du porteur"), max_length=150, blank=True)
    bilan = RichTextField(
        _("bilan"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Ce qui a été fait, une fois le projet terminé."),
    )
    participants = models.PositiveIntegerField(_("nombre de participants"), null=True, blank=True)
    # The demande the page was made from (« Créer la fiche projet »): a second click opens this page
    # instead of making another, and the resident's follow-up page links here once it is live.
    # Not editable, and not copied to translations or copies; deleting either side keeps the other.
    demande = models.OneToOneField(
        "demandes.Demande",
        verbose_name=_("demande d’origine"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="fiche_projet",
    )

    objects = PageManager.from_queryset(ProjetQuerySet)()

    template = "pages/projet_page.html"
    exclude_fields_in_copy = ["demande"]
    parent_page_types = ["actualites.ProjetIndexPage"]
    subpage_types = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("dispositif"),
                FieldPanel("quartiers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("domaines", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("year"), FieldPanel("end_year")]),
                FieldRowPanel([FieldPanel("porteur_kind"), FieldPanel("porteur_name")]),
                FieldPanel("amount_requested"),
            ],
            heading=_("Le projet en bref"),
        ),
        InlinePanel("financements", heading=_("Financement"), label=_("financeur")),
        FieldPanel("body"),
        InlinePanel("gallery_images", heading=_("Galerie"), label=_("image")),
        MultiFieldPanel([FieldPanel("bilan"), FieldPanel("participants")], heading=_("Bilan")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("porteur_name"),
        index.SearchField("bilan"),
        index.SearchField("search_facts"),
    ]

    class Meta:
        verbose_name = _("projet")

    def search_facts(self):
        """What residents may look a project up by: its dispositif, quartiers, domaines, year and funders."""
        facts = [str(self.year or ""), self.porteur_name]
        if self.dispositif:
            facts += [self.dispositif.title, self.dispositif.acronym]
        facts += [quartier.name for quartier in self.quartiers.all()]
        facts += [domaine.name for domaine in self.domaines.all()]
        for line in self.financements.all():
            facts += [str(line.get_funder_display())] + ([f"{line.amount} euros"] if line.amount else [])
        return " ".join(fact for fact in facts if fact)

    def clean(self):
        super().clean()
        if self.year and self.end_year and self.end_year < self.year:
            raise ValidationError({"end_year": _("La dernière année ne peut pas précéder la première.")})

    @property
    def years(self):
        if self.year and self.end_year and self.end_year > self.year:
            return f"{self.year}–{self.end_year}"
        return str(self.year or "")

    @property
    def detail(self):
        """The card's detail line: dispositif, quartiers and years, from prefetched relations."""
        parts = [self.dispositif.acronym or self.dispositif.title] if self.dispositif else []
        parts += [quartier.name for quartier in self.quartiers.all()]
        parts += [self.years] if self.year else []
        return " · ".join(parts)

    @property
    def amount(self):
        """The total granted, or None when no amount is known (not 0: unknown is not free)."""
        amounts = [financement.amount for financement in self.financements.all() if financement.amount is not None]
        return sum(amounts) if amounts else None

    def related(self):
        """What the page shows from other tables: its news, dispositif, quartiers, domaines and funders."""
        return {
            "actualites": list(
                ActualitePage.objects.live()
                .exclude(private_sections())
                .filter(projets_lies__projet=self)
                .distinct()
                .order_by("-date")[:5]
            ),
            "dispositif": self.dispositif,
            "quartiers": localized(self.quartiers.all()),
            "domaines": localized(self.domaines.all()),
            "financements": list(self.financements.all()),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(kept_for(request, ("projet", self.pk, translation.get_language()), self.related))
        # Each photo with its renditions in two queries, however many photos the gallery has (read at each
        # visit: a rendition made after the first would be looked for again at every one).
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related("image__renditions")
        return context


class Financement(Orderable):
    """Who funded a project, and how much when it is known."""

    class Funder(models.TextChoices):
        COMMUNE = "commune", _("La Ville de Loos")
        ETAT = "etat", _("L’État")
        AUTRE = "autre", _("Un autre partenaire")

    page = ParentalKey(ProjetPage, on_delete=models.CASCADE, related_name="financements")
    funder = models.CharField(_("financeur"), max_length=10, choices=Funder.choices)
    amount = models.PositiveIntegerField(_("montant accordé (en euros)"), null=True, blank=True)

    panels = [FieldPanel("funder"), FieldPanel("amount")]

    class Meta(Orderable.Meta):
        verbose_name = _("financement")
        verbose_name_plural = _("financements")


class ProjetImage(Orderable):
    """A photo of the gallery; its alt text is required here, where the editor knows what it shows."""

    page = ParentalKey(ProjetPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("texte alternatif"),
        max_length=250,
        help_text=_("Ce que montre l’image, pour les personnes qui ne la voient pas."),
    )
    caption = models.CharField(_("légende"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
