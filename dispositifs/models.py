"""The schemes residents and local actors can use: PIC, FTU, the yearly call for action programmes."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.i18n import localized
from home.models import BasePage, Quartier
from home.published import default_locale, private_sections
from home.structured_data import office, organisation_id
from proxy_cache.version import kept, kept_for


class DispositifIndexPage(BasePage):
    template = "pages/dispositif_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["dispositifs.DispositifPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("liste des dispositifs")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dispositif_pages"] = (
            DispositifPage.objects.child_of(self).live().exclude(private_sections()).order_by("path")
        )
        return context


class DispositifPage(BasePage):
    """One scheme. Its ceiling, steps, eligibility and contact are fields so forms and templates reuse them."""

    acronym = models.CharField(_("sigle"), max_length=10, blank=True, help_text=_("Par exemple : PIC, FTU."))
    grant_ceiling = models.PositiveIntegerField(
        _("subvention maximale (en euros)"),
        null=True,
        blank=True,
        help_text=_("Laisser vide si le dispositif n’attribue pas de subvention plafonnée."),
    )
    eligibility = RichTextField(_("qui peut en bénéficier"), features=RICH_TEXT_FEATURES)
    contact = models.ForeignKey(
        "home.ContactPoint",
        verbose_name=_("lieu d’accueil à contacter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dispositifs",
    )

    template = "pages/dispositif_page.html"
    parent_page_types = ["dispositifs.DispositifIndexPage"]
    subpage_types = ["demandes.DemandeFormPage"]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("acronym"), FieldPanel("grant_ceiling"), FieldPanel("eligibility"), FieldPanel("contact")],
            heading=_("Le dispositif en bref"),
        ),
        InlinePanel("steps", heading=_("Les étapes"), label=_("étape"), min_num=1),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("eligibility"),
        index.SearchField("search_facts"),
    ]

    class Meta:
        verbose_name = _("page dispositif")

    def search_facts(self):
        """The ceiling as one number ("1500 euros", however a resident writes it) and the steps."""
        ceiling = [f"{self.grant_ceiling} euros"] if self.grant_ceiling else []
        steps = [f"{step.title} {step.actor} {step.description}" for step in self.steps.all()]
        return " ".join(ceiling + steps)

    def structured_data(self, request):
        """The dispositif as a public service granting up to its ceiling, at its contact point."""
        service = {
            "@type": "GovernmentService",
            "name": self.title,
            "url": self.get_full_url(request),
            "provider": {"@id": organisation_id(request)},
            "areaServed": {"@type": "City", "name": "Loos"},
        }
        if self.acronym:
            service["alternateName"] = self.acronym
        if self.intro:
            service["description"] = self.intro
        if self.grant_ceiling:
            service["serviceOutput"] = {
                "@type": "MonetaryGrant",
                "name": self.acronym or self.title,
                "funder": {"@id": organisation_id(request)},
                "amount": {"@type": "MonetaryAmount", "currency": "EUR", "minValue": 0, "maxValue": self.grant_ceiling},
            }
        if self.contact:
            service["availableChannel"] = {
                "@type": "ServiceChannel",
                "serviceLocation": office(request, localized([self.contact])[0]),
            }
        return [service]

    def demande_form(self):
        """The published form residents apply with: the child page of the type ``subpage_types`` names.

        Found through Wagtail's page types, so this app does not import the demandes app (which depends on it)."""
        forms = self.get_children().type(*self.allowed_subpage_models()).live().exclude(private_sections())
        return kept(("demande-form", self.pk), forms.first)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["demande_form"] = self.demande_form()
        context["projets"] = kept_for(
            request, ("projets", self.pk), lambda: self.projets.showcase("dispositif", self.slug)
        )
        if self.contact_id is None:
            # Residents go to the point relais of their quartier (else the page names the site's main contact).
            context["points_relais"] = kept(("points-relais", translation.get_language()), points_relais)
        return context


def points_relais():
    """The quartiers, in the visitor's language, whose point relais has details to show (never an empty block)."""
    quartiers = Quartier.objects.filter(locale=default_locale()).select_related("point_relais")
    return [
        quartier for quartier in localized(quartiers) if quartier.point_relais and quartier.point_relais.has_details
    ]


class DispositifStep(TranslatableMixin, Orderable):
    """A step of a dispositif, in order, with who acts at that step."""

    page = ParentalKey(DispositifPage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("étape"), max_length=120)
    actor = models.CharField(_("qui agit"), max_length=120)
    description = models.TextField(_("ce qui se passe"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("actor"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("étape")
        verbose_name_plural = _("étapes")

    def __str__(self):
        return self.title
