"""The form page editors build under a dispositif's page, and its questions.

Wagtail's form hooks do the work: the form comes from ``get_form_class``, a
valid one goes to ``process_form_submission`` (submission.py), the resident
lands on the confirmation (``render_landing_page``).
"""

from functools import cached_property

from django.contrib import messages
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from proxy_cache.version import kept

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
    # A new question is optional until the editor ticks the box (Wagtail's default is required).
    required = models.BooleanField(_("obligatoire"), default=False)

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
        InlinePanel(
            "form_fields",
            heading=_("Les questions"),
            label=_("question"),
            help_text=_(
                "Après avoir ajouté ou modifié une question, synchronisez les traductions (menu « Traduire », "
                "« Synchroniser les pages traduites ») : sinon les formulaires en anglais et en arabe ne la "
                "montrent pas."
            ),
        ),
        FieldPanel("submit_label"),
        FieldPanel("privacy_notice"),
    ]

    class Meta:
        verbose_name = _("formulaire de demande")

    @cached_property
    def dispositif(self):
        """The dispositif page above the form (kept until the next publication)."""
        return kept(("dispositif-of", self.pk), lambda: self.get_parent().specific)

    def get_form_fields(self):
        """The questions in the builder's order, except the consent checkbox (a required checkbox), always last:
        a question added after it in the builder still comes before the resident agrees."""
        return sorted(super().get_form_fields(), key=lambda field: field.field_type == "checkbox" and field.required)

    def get_form_class(self):
        from ..forms import DemandeFormBuilder  # forms.py imports the models

        return DemandeFormBuilder(self.get_form_fields(), page=self).get_form_class()

    def get_submission_class(self):
        return Demande

    def process_form_submission(self, form):
        from ..submission import submit_demande  # submission.py imports the models

        return submit_demande(self, form)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        """The confirmation page of the demande; Wagtail's own landing page for the editor's preview.

        An agent who entered it for a resident goes on to its admin page, where they print the receipt
        (unless it went to a contact point whose demandes they do not see)."""
        if form_submission is None:
            return super().render_landing_page(request, form_submission, *args, **kwargs)
        from ..submission import count_sent

        count_sent(request, form_submission)
        if (
            form_submission.entered_by_id
            and Demande.objects.for_user(request.user).filter(pk=form_submission.pk).exists()
        ):
            messages.success(
                request,
                _("Demande %(reference)s enregistrée. Imprimez son récépissé et remettez-le à la personne.")
                % {"reference": form_submission.reference},
            )
            return redirect("demandes_recues:detail", pk=form_submission.pk)
        return redirect("demandes:confirmation", token=form_submission.follow_up_token)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dispositif"] = self.dispositif
        return context

    def serve(self, request, *args, **kwargs):
        """Wagtail's form view, with the status codes it does not give: 429 once the connection has sent
        too many demandes, 400 for a form with errors. Never cached: it holds a CSRF token."""
        from ..submission import RATE_LIMITED, rate_limited

        if request.method == "POST" and rate_limited(request):
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            form.is_valid()
            form.add_error(None, RATE_LIMITED)
            form.keep_files()
            context = self.get_context(request)
            context["form"] = form
            response = TemplateResponse(request, self.get_template(request), context, status=429)
            add_never_cache_headers(response)
            return response
        response = super().serve(request, *args, **kwargs)
        if request.method == "POST" and response.status_code == 200:
            response.status_code = 400  # Wagtail renders the form again only when it has errors
            # Browsers do not send files again: they are kept on the server (pending.py).
            response.context_data["form"].keep_files()
        add_never_cache_headers(response)
        return response
