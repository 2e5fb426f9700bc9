"""The site settings editors change in the admin: the main contact point, the footer's pages, the sharing defaults."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.i18n import localized


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer show on every page.

    Pages and contact points are stored in the source locale; templates show
    their translation for the visitor's locale when there is one.
    """

    select_related = [
        "main_contact",
        "contact_page",
        "legal_notice_page",
        "accessibility_page",
        "personal_data_page",
        "default_social_image",
    ]

    main_contact = models.ForeignKey(
        "home.ContactPoint",
        verbose_name=_("lieu d’accueil principal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    personal_data_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page données personnelles"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_description = models.TextField(
        _("description par défaut"),
        max_length=300,
        blank=True,
        help_text=_(
            "Décrit une page aux moteurs de recherche et aux réseaux sociaux quand elle n’a ni description "
            "(onglet Promotion) ni introduction."
        ),
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de partage par défaut"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Montrée quand une page sans image de partage est partagée (1 200 × 630 pixels de préférence)."),
    )

    panels = [
        FieldPanel("main_contact"),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("legal_notice_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("personal_data_page"),
            ],
            heading=_("Pages du pied de page"),
        ),
        MultiFieldPanel(
            [FieldPanel("default_description"), FieldPanel("default_social_image")],
            heading=_("Référencement et partage"),
        ),
    ]

    class Meta:
        verbose_name = _("réglages du site")

    @property
    def footer_pages(self):
        """The footer's pages, each in the visitor's locale when translated."""
        pages = [self.contact_page, self.legal_notice_page, self.accessibility_page, self.personal_data_page]
        return localized(page for page in pages if page is not None and page.live)
