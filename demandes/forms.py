"""The resident's form, built from the fields editors set in the admin, and the staff forms."""

import time

import filetype

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from home.models import Quartier
from home.published import default_locale
from proxy_cache.version import kept

from . import pending
from .fields import JourField, MontantField, no_control_characters
from .models import Channel, Demande, PublicationConsent
from .photos import UnreadablePhoto, without_metadata
from .procedures import Status

TEXT_MAX_LENGTH = 5000
FILE_MAX_SIZE = 10 * 1024 * 1024
FILE_MAX_COUNT = 5
# Checked on the bytes of the file, never on its name.
ACCEPTED_FILE_TYPES = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WebP",
    "image/heic": "HEIC",
    "image/heif": "HEIF",
    "application/pdf": "PDF",
}
TIMING_SALT = "demandes.form-started"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class FichiersField(forms.FileField):
    """Several files; each is checked by its content, its size, and their number. Photos come out
    without their metadata (see photos.py)."""

    widget = MultipleFileInput(attrs={"accept": ",".join(ACCEPTED_FILE_TYPES)})
    # The files kept from a previous submit with errors (pending.py), set on the form's copy of the field.
    kept = ()

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        if len(files) + len(self.kept) > FILE_MAX_COUNT:
            raise too_many_files()
        errors, cleaned = [], []
        for upload in files:
            upload = super().clean(upload, initial)
            if upload.size > FILE_MAX_SIZE:
                errors.append(_("« %(name)s » est trop lourd : 10 Mo au plus par fichier.") % {"name": upload.name})
                continue
            kind = filetype.guess(upload.read(2048))
            upload.seek(0)
            if kind is None or kind.mime not in ACCEPTED_FILE_TYPES:
                errors.append(
                    _("« %(name)s » n’est ni une photo (JPEG, PNG, WebP, HEIC) ni un PDF : il n’est pas accepté.")
                    % {"name": upload.name}
                )
                continue
            try:
                upload = without_metadata(upload, kind.mime)
            except UnreadablePhoto:
                errors.append(
                    _("« %(name)s » est une photo abîmée, illisible ou trop grande : choisissez-en une autre.")
                    % {"name": upload.name}
                )
                continue
            upload.checked_content_type = kind.mime
            cleaned.append(upload)
        if errors:
            raise forms.ValidationError(errors)
        return cleaned


def too_many_files():
    return forms.ValidationError(
        _("Vous pouvez joindre %(count)s fichiers au plus.") % {"count": FILE_MAX_COUNT}, code="too_many"
    )


def takes_demandes_for_residents(user):
    """Staff who enter demandes for residents at a point relais (no rate limit, no fill-time check)."""
    return bool(user and user.is_authenticated and user.has_perm("demandes.add_demande"))


class DemandeBaseForm(BaseForm):
    """Adds the anti-abuse fields and, for staff at a point relais, how the demande was taken."""

    # Hidden from people by the stylesheet; robots fill it.
    site_web = forms.CharField(label=_("Ne pas remplir ce champ"), required=False)
    debut = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["debut"].initial = signing.dumps(time.time(), salt=TIMING_SALT)
        self.fields["site_web"].widget.attrs.update(autocomplete="off", tabindex="-1")
        self.consent_questions = {}
        if self.taken_by_staff:
            self.fields["canal"] = forms.ChoiceField(
                label=_("Comment la demande est faite"),
                choices=[choice for choice in Channel.choices if choice[0] != Channel.ONLINE],
                initial=Channel.POINT_RELAIS,
                widget=forms.RadioSelect,
            )
            # The agent confirms the person's consent once, here: the form's own consent checkbox
            # (a required one) is answered by it instead of being asked a second time.
            self.consent_questions = {
                name: self.fields.pop(name).label
                for name, field in list(self.fields.items())
                if isinstance(field, forms.BooleanField) and field.required
            }
            questions = " ".join(f"« {label} »" for label in self.consent_questions.values())
            self.fields["accord_oral"] = forms.BooleanField(
                label=_("La personne a donné son accord pour que ses informations soient enregistrées"),
                help_text=_("Ce qu’elle accepte : %(questions)s") % {"questions": questions} if questions else "",
                required=False,
            )
        self.files_refused, self.pending_rows, self.pending_token = False, [], ""
        if self.is_bound:
            self.read_kept_files()

    @property
    def file_fields(self):
        return {name: field for name, field in self.fields.items() if isinstance(field, FichiersField)}

    def read_kept_files(self):
        """The files kept from the previous submit, less those ticked « Retirer »; a bad token keeps none."""
        try:
            self.pending_rows = pending.read_token(self.data.get(pending.KEPT_FILES_FIELD))
        except pending.RefusedToken:
            self.files_refused = bool(self.file_fields)
            return
        removed = set(self.data.getlist(pending.REMOVE_FIELD)) if hasattr(self.data, "getlist") else set()
        for name, field in self.file_fields.items():
            field.kept = [row for row in self.pending_rows if row.field_name == name and str(row.pk) not in removed]
            field.required = field.required and not field.kept

    def keep_files(self):
        """After errors: store the new files, drop the removed ones, and sign a token for the re-rendered form."""
        kept = []
        for name, field in self.file_fields.items():
            uploads = [upload for upload in self.cleaned_data.get(name, []) if not hasattr(upload, "pending")]
            field.kept = [*field.kept, *pending.keep(uploads, name)]
            kept += field.kept
        pending.release([row for row in self.pending_rows if row not in kept])
        self.pending_token = pending.token_for(kept)

    @property
    def taken_by_staff(self):
        return takes_demandes_for_residents(self.user)

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.file_fields.items():
            if self.files_refused:
                self.add_error(name, pending.REFUSED)
            elif name in cleaned_data:
                cleaned_data[name] = [*map(pending.as_upload, field.kept), *cleaned_data[name]]
        if cleaned_data.get("site_web"):
            raise forms.ValidationError(
                _("Votre demande n’a pas pu être envoyée. Si vous êtes une personne, contactez la Maison du projet."),
                code="honeypot",
            )
        if not self.taken_by_staff:
            self.check_fill_time(cleaned_data.get("debut"))
        elif not cleaned_data.get("accord_oral"):
            self.add_error(
                "accord_oral", _("Demandez son accord à la personne avant d’enregistrer sa demande pour elle.")
            )
        else:
            cleaned_data.update(dict.fromkeys(self.consent_questions, True))
        return cleaned_data

    def check_fill_time(self, signed_start):
        try:
            started = signing.loads(signed_start or "", salt=TIMING_SALT)
        except signing.BadSignature:
            started = None
        if not isinstance(started, float) or time.time() - started < settings.DEMANDES_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("Le formulaire a été envoyé trop vite. Vérifiez vos réponses, puis envoyez-le à nouveau."),
                code="too_fast",
            )


def quartiers_for(locale_id):
    """The quartiers in the form's language, each falling back to French until it is translated.

    Which ones is kept until the next publication: the form costs one query for them."""

    def choices():
        sources = Quartier.objects.filter(locale=default_locale())
        translated = dict(
            Quartier.objects.filter(locale_id=locale_id, translation_key__in=sources.values("translation_key"))
            .exclude(locale=default_locale())
            .values_list("translation_key", "pk")
        )
        return [translated.get(key, pk) for pk, key in sources.values_list("pk", "translation_key")]

    pks = kept(("quartier-choices", locale_id), choices)
    return Quartier.objects.filter(pk__in=pks).order_by("sort_order", "name")


class DemandeFormBuilder(FormBuilder):
    def __init__(self, fields, page):
        super().__init__(fields)
        self.page = page

    @property
    def formfields(self):
        """A phone fills a field in one tap from its autocomplete token: the editor's choice on the field
        (the seeded forms set name, tel and email: initial_content.py), or ``email`` for an e-mail field.
        A ``tel`` field also gets the phone keypad. No text answer holds a control character."""
        formfields = super().formfields
        for field in self.fields:
            formfield = formfields[field.clean_name or field.get_field_clean_name()]
            if isinstance(formfield, forms.CharField):
                formfield.validators.append(no_control_characters)
            widget = formfield.widget
            autocomplete = field.autocomplete or ("email" if field.field_type == "email" else "")
            if autocomplete:
                widget.attrs["autocomplete"] = autocomplete
            if autocomplete == "tel":
                widget.input_type = "tel"
                widget.attrs["inputmode"] = "tel"
        return formfields

    def create_date_field(self, field, options):
        example = _("Exemple : 20/06/2027")
        options["help_text"] = format_html("{} {}", options["help_text"], example) if field.help_text else example
        return JourField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return super().create_email_field(field, options)

    def create_multiline_field(self, field, options):
        options["max_length"] = TEXT_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_hidden_field(self, field, options):
        """Wagtail's has no limit: a forged POST could store megabytes."""
        options["max_length"] = TEXT_MAX_LENGTH
        return super().create_hidden_field(field, options)

    def create_quartier_field(self, field, options):
        options.pop("initial", None)
        return forms.ModelChoiceField(
            queryset=quartiers_for(self.page.locale_id),
            empty_label=_("Choisissez votre quartier"),
            error_messages={"invalid_choice": _("Choisissez un quartier dans la liste.")},
            **options,
        )

    def create_montant_field(self, field, options):
        dispositif = self.page.dispositif
        return MontantField(ceiling=dispositif.grant_ceiling, acronym=dispositif.acronym, **options)

    def create_fichiers_field(self, field, options):
        options.pop("initial", None)
        return FichiersField(**options)

    def get_form_class(self):
        return type("DemandeForm", (DemandeBaseForm,), self.formfields)


class TransitionForm(forms.Form):
    """Moves a demande to its next step in the admin."""

    to_status = forms.ChoiceField(label=_("Nouvelle étape"), widget=forms.RadioSelect)
    amount = MontantField(label=_("Montant accordé"), required=False, granted=True)
    note = forms.CharField(
        label=_("Note interne (non envoyée à la personne)"), widget=forms.Textarea, required=False, max_length=2000
    )

    def __init__(self, *args, demande, **kwargs):
        super().__init__(*args, **kwargs)
        self.demande = demande
        procedure = demande.procedure_steps
        self.granting = procedure.granting
        self.fields["to_status"].choices = [
            (status.value, status.label) for status in procedure.next_statuses(Status(demande.status))
        ]
        self.fields["amount"].ceiling = demande.grant_ceiling
        self.fields["amount"].acronym = demande.acronym

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("to_status") in self.granting and cleaned_data.get("amount") is None:
            self.add_error("amount", _("Indiquez le montant accordé."))
        return cleaned_data


class BilanForm(forms.Form):
    summary = forms.CharField(
        label=_("Ce qui s’est passé"),
        help_text=_("Racontez en quelques phrases comment s’est déroulé votre projet."),
        widget=forms.Textarea,
        max_length=TEXT_MAX_LENGTH,
        validators=[no_control_characters],
    )
    participants = forms.IntegerField(
        label=_("Nombre de personnes qui ont participé"),
        min_value=0,
        max_value=100_000,
        error_messages={"invalid": _("Indiquez un nombre, par exemple 35.")},
    )
    amount_spent = MontantField(
        label=_("Dépenses réelles, en euros"), help_text=_("Ce que le projet a coûté, par exemple 1 200.")
    )
    photos = FichiersField(label=_("Photos (facultatif)"), required=False)


class PublicationConsentForm(forms.ModelForm):
    """Whether a granted project may be shown on the site, and under which name (the resident's choice)."""

    publication_consent = forms.ChoiceField(
        label=_("Pouvons-nous présenter votre projet sur le site du contrat de ville ?"),
        choices=PublicationConsent.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez l’une des réponses.")},
    )
    publication_name = forms.CharField(
        label=_("Nom à afficher"),
        help_text=_("Le nom de l’association ou du groupe, ou votre prénom seul, selon votre choix ci-dessus."),
        max_length=150,
        required=False,
        validators=[no_control_characters],
    )

    class Meta:
        model = Demande
        fields = ["publication_consent", "publication_name"]

    def clean(self):
        cleaned = super().clean()
        consent = cleaned.get("publication_consent")
        name = (cleaned.get("publication_name") or "").strip()
        if consent == PublicationConsent.ASSOCIATION and not name:
            self.add_error("publication_name", _("Indiquez le nom de l’association ou du groupe à afficher."))
        elif consent == PublicationConsent.PRENOM and not name:
            self.add_error("publication_name", _("Indiquez le prénom à afficher."))
        # Nothing kept that the resident did not choose to show.
        cleaned["publication_name"] = (
            name if consent in (PublicationConsent.ASSOCIATION, PublicationConsent.PRENOM) else ""
        )
        return cleaned
