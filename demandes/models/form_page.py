"""The form page editors build under a dispositif's page, and its questions."""

from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage

from ..procedures import PROCEDURE_CHOICES
from .demande import Demande


class FieldType(models.TextChoices):
    QUARTIER = "quartier", _("Quartier (liste des quartiers prioritaires)")
    MONTANT = "montant", _("Montant en euros (plafonné par le dispositif)")
    FICHIERS = "fichiers", _("Fichiers joints (photos, PDF)")


class Autocomplete(models.TextChoices):
    """The HTML autocomplete tokens a phone uses to fill a field in one tap."""

    NAME = "name", _("Nom complet")
    GIVEN_NAME = "given-name", _("Prénom")
    FAMILY_NAME = "family-name", _("Nom de famille")
    EMAIL = "email", _("Adresse e-mail")
    TEL = "tel", _("Téléphone")
    STREET_ADDRESS = "street-address", _("Adresse")
    POSTAL_CODE = "postal-code", _("Code postal")
    ORGANIZATION = "organization", _("Association ou organisme")


class DemandeFormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("DemandeFormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("type de champ"), max_length=16, choices=[*FORM_FIELD_CHOICES, *FieldType.choices])
    autocomplete = models.CharField(
        _("remplissage automatique"),
        max_length=20,
        choices=Autocomplete.choices,
        blank=True,
        help_text=_("Ce que le téléphone peut proposer de lui-même. Le nom et l’e-mail servent aussi à la boîte."),
    )

    # The key under which answers are stored (clean_name) is synchronised, never translated:
    # a demande sent from the Arabic form lands under the same keys as a French one.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("autocomplete"),
    ]

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldRowPanel([FieldPanel("field_type"), FieldPanel("required"), FieldPanel("autocomplete")]),
        FieldPanel("choices"),
        FieldPanel("default_value"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("champ du formulaire")
        verbose_name_plural = _("champs du formulaire")


DEFAULT_PRIVACY_NOTICE = (
    "<p>La Ville de Loos traite les informations de ce formulaire pour étudier votre demande au titre du "
    "contrat de ville, une mission d’intérêt public. Seuls l’équipe de la Maison du projet et les membres du "
    "comité de gestion les lisent. Elles sont effacées 24 mois après la clôture du dossier ; seuls des chiffres "
    "anonymes (nombre de demandes, montants, quartiers) sont gardés.</p>"
    "<p>Vous pouvez consulter vos informations, les corriger ou les faire effacer en le demandant à la Maison "
    "du projet ou au délégué à la protection des données de la Ville de Loos. Si vous pensez que vos droits ne "
    "sont pas respectés, vous pouvez vous adresser à la CNIL (cnil.fr).</p>"
)


class DemandeFormPage(FormMixin, BasePage):
    """The form residents fill to apply to a dispositif. It sits under the dispositif's page, whose
    ceiling caps the amount asked; each demande keeps that dispositif and ceiling from then on."""

    procedure = models.CharField(
        _("procédure suivie"),
        max_length=10,
        choices=PROCEDURE_CHOICES,
        help_text=_("Les étapes par lesquelles passe chaque demande dans la boîte de la Maison du projet."),
    )
    privacy_notice = RichTextField(
        _("vos données personnelles"),
        features=RICH_TEXT_FEATURES,
        default=DEFAULT_PRIVACY_NOTICE,
        help_text=_("Qui traite les données, pourquoi, combien de temps, et comment exercer ses droits."),
    )
    submit_label = models.CharField(_("texte du bouton d’envoi"), max_length=60, default="Envoyer ma demande")

    template = "pages/demande_form_page.html"
    parent_page_types = ["dispositifs.DispositifPage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("procedure"),
        InlinePanel("form_fields", heading=_("Les questions"), label=_("question")),
        FieldPanel("submit_label"),
        FieldPanel("privacy_notice"),
    ]

    class Meta:
        verbose_name = _("formulaire de demande")

    @cached_property
    def dispositif(self):
        return self.get_parent().specific

    def get_form_class(self):
        from ..forms import DemandeFormBuilder  # forms.py imports the models

        return DemandeFormBuilder(self.get_form_fields(), page=self).get_form_class()

    def get_submission_class(self):
        return Demande

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dispositif"] = self.dispositif
        return context

    def serve(self, request, *args, **kwargs):
        from ..views import serve_form_page

        return serve_form_page(self, request)
