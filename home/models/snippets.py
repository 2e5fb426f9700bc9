"""Facts reused across pages: contact points, quartiers, partners, key figures.

They are translatable snippets so that wagtail-localize can translate them and
pages in every locale point to the same facts.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from home.contact import public_email

from .settings import SiteSettings


class ContactPointQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class ContactPoint(TranslatableMixin, index.Indexed, models.Model):
    """A place where residents are welcomed: the Maison du projet or a point relais."""

    class Kind(models.TextChoices):
        MAISON_DU_PROJET = "maison_du_projet", _("Maison du projet")
        POINT_RELAIS = "point_relais", _("Point relais")

    name = models.CharField(_("nom"), max_length=120)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    address = models.TextField(_("adresse"), blank=True)
    opening_hours = models.TextField(_("horaires d’ouverture"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(
        _("adresse e-mail"),
        blank=True,
        help_text=_(
            "Les demandes y arrivent. Une adresse d’exemple (example.org, .test, .invalid…) n’est montrée nulle part "
            "au public : remplacez-la par la vraie adresse du lieu."
        ),
    )

    objects = ContactPointQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]
    # A result of the site's search in its own right: residents look for « la Maison du projet ».
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("address"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("lieu d’accueil")
        verbose_name_plural = _("lieux d’accueil")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name

    @property
    def has_details(self):
        return any([self.address, self.opening_hours, self.phone, self.public_email])

    @property
    def public_email(self):
        return public_email(self.email)

    def receives_demandes(self):
        """The Maison du projet, the site's main contact, or the contact point a quartier sends its demandes to."""
        if self.kind == self.Kind.MAISON_DU_PROJET:
            return True
        if self.pk is None:
            return False
        return (
            Quartier.objects.filter(demandes_contact=self).exists()
            or SiteSettings.objects.filter(main_contact=self).exists()
        )

    def clean(self):
        super().clean()
        if not self.email and self.receives_demandes():
            message = _(
                "Indiquez l’adresse e-mail où ce lieu reçoit les demandes : sans elle, personne n’en est prévenu."
            )
            raise ValidationError({"email": message})


class Quartier(TranslatableMixin, index.Indexed, models.Model):
    """A quartier prioritaire de la politique de la ville (QPV) of Loos."""

    name = models.CharField(_("nom"), max_length=120)
    population = models.PositiveIntegerField(
        _("nombre d’habitants (environ)"), help_text=_("Nombre approximatif d’habitants du périmètre prioritaire.")
    )
    perimeter = models.TextField(_("périmètre"), help_text=_("Ce que recouvre le quartier prioritaire."))
    point_relais = models.ForeignKey(
        ContactPoint,
        verbose_name=_("point relais le plus proche"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quartiers",
        limit_choices_to={"kind": "point_relais"},
    )
    demandes_contact = models.ForeignKey(
        ContactPoint,
        verbose_name=_("lieu qui traite les demandes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Les demandes PIC et FTU de ce quartier arrivent dans la boîte de ce lieu. "
            "Vide : le lieu d’accueil principal des réglages du site (la Maison du projet)."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre d’affichage"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("population"),
        FieldPanel("perimeter"),
        FieldPanel("point_relais"),
        FieldPanel("demandes_contact"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quartier prioritaire")
        verbose_name_plural = _("quartiers prioritaires")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.demandes_contact and not self.demandes_contact.email:
            message = _("Ce lieu n’a pas d’adresse e-mail : indiquez-la d’abord, sans elle personne n’est prévenu.")
            raise ValidationError({"demandes_contact": message})


class Partner(TranslatableMixin, models.Model):
    """A signatory of the contrat de ville."""

    name = models.CharField(_("nom"), max_length=150)
    short_name = models.CharField(_("sigle"), max_length=20, blank=True)
    role = models.TextField(_("rôle dans le contrat de ville"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre d’affichage"), default=0)

    panels = [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("role"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partenaire")
        verbose_name_plural = _("partenaires")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


class KeyFigure(TranslatableMixin, models.Model):
    """An official figure of the contrat de ville, kept as a number so it can be reused and computed."""

    class Unit(models.TextChoices):
        EURO = "euro", _("euros")
        ACTIONS = "actions", _("actions")
        NONE = "none", _("sans unité")

    label = models.CharField(_("ce que mesure le chiffre"), max_length=200)
    value = models.PositiveBigIntegerField(_("valeur"))
    unit = models.CharField(_("unité"), max_length=10, choices=Unit.choices, default=Unit.NONE)
    period = models.CharField(_("période"), max_length=30, blank=True, help_text=_("Par exemple : 2014–2023."))
    sort_order = models.PositiveSmallIntegerField(_("ordre d’affichage"), default=0)

    panels = [
        FieldPanel("label"),
        FieldPanel("value"),
        FieldPanel("unit"),
        FieldPanel("period"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("chiffre clé")
        verbose_name_plural = _("chiffres clés")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.label} ({self.period})" if self.period else self.label
