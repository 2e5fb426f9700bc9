"""Demandes (applications) to the PIC and the FTU: the form pages editors build, and what a submission becomes.

A submission is a ``Demande``: Wagtail's form submission plus a human
reference, the contact point that processes it, its status in the
dispositif's procedure, and what the resident sent. Personal data lives in
``contact_name``, ``contact_email``, ``form_data``, the attachments, the bilan
and the notifications; ``anonymise()`` removes it and keeps the statistics.
"""

import secrets
from functools import cached_property

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, AbstractFormSubmission, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import BaseLogEntry, BaseLogEntryManager, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage

from .procedures import PROCEDURE_CHOICES, PROCEDURES, Status


class PrivateStorage(FileSystemStorage):
    """Files that no URL serves: read through the admin only. The folder follows the setting."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def url(self, name):
        raise ValueError("Private files have no URL: staff download them through the admin.")


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage


def new_token():
    return secrets.token_urlsafe(32)


class Compteur(models.Model):
    """The last number given per prefix and year, so references are consecutive and never given twice."""

    prefix = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["prefix", "year"], name="unique_compteur")]

    def __str__(self):
        return f"{self.prefix}-{self.year} : {self.last_number}"

    @classmethod
    def next_reference(cls, prefix, year):
        """PIC-2026-0042. The row update locks the counter until the transaction ends, so concurrent
        submissions queue on it instead of reading the same number."""
        with transaction.atomic():
            counter, _created = cls.objects.get_or_create(prefix=prefix, year=year)
            cls.objects.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
            counter.refresh_from_db(fields=["last_number"])
        return f"{prefix}-{year}-{counter.last_number:04d}"


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
        from .forms import DemandeFormBuilder

        return DemandeFormBuilder(self.get_form_fields(), page=self).get_form_class()

    def get_submission_class(self):
        return Demande

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dispositif"] = self.dispositif
        return context

    def serve(self, request, *args, **kwargs):
        from .views import serve_form_page

        return serve_form_page(self, request)


class Channel(models.TextChoices):
    ONLINE = "en_ligne", _("En ligne, par la personne elle-même")
    POINT_RELAIS = "point_relais", _("Au point relais ou à la Maison du projet, avec un agent")


class DemandeQuerySet(models.QuerySet):
    def for_user(self, user):
        """What a member of staff may see: everything for a superuser, the demandes of their
        contact points for an agent, nothing for anyone else.

        A subquery, not a join through the agents: combined with another condition (``|``),
        a join would return a demande once per agent of its contact point."""
        if user.is_superuser:
            return self
        if not user.has_perm("demandes.view_demande"):
            return self.none()
        return self.filter(contact_point__in=Agent.objects.filter(user=user).values("contact_points"))

    def due_for_anonymisation(self, now=None):
        """Closed that long ago, or left open with no change for as long (nothing is kept for ever)."""
        now = now or timezone.now()
        months = settings.DEMANDES_RETENTION_MONTHS
        limit = now - timezone.timedelta(days=round(months * 365.25 / 12))
        stale = models.Q(closed_at__lte=limit) | models.Q(closed_at__isnull=True, updated_at__lte=limit)
        return self.filter(stale, anonymised_at__isnull=True)


class Demande(AbstractFormSubmission):
    # Kept when the form page goes: the demande belongs to the Maison du projet, not to the page.
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("formulaire"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reference = models.CharField(_("référence"), max_length=20, unique=True)
    # The rules it was received under, taken at submission: moving or deleting its form
    # afterwards changes neither its steps nor the ceiling the comité checks.
    dispositif = models.ForeignKey(
        "dispositifs.DispositifPage",
        verbose_name=_("page du dispositif"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    grant_ceiling = models.PositiveIntegerField(_("plafond de subvention à la réception"), null=True, blank=True)
    procedure = models.CharField(_("dispositif"), max_length=10, choices=PROCEDURE_CHOICES)
    status = models.CharField(_("étape"), max_length=30, choices=Status.choices, default=Status.RECUE)
    quartier = models.ForeignKey(
        "home.Quartier", verbose_name=_("quartier"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_point = models.ForeignKey(
        "home.ContactPoint",
        verbose_name=_("lieu qui traite la demande"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="demandes",
    )
    contact_name = models.CharField(_("nom"), max_length=255, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("langue"), max_length=10, default="fr")
    channel = models.CharField(_("canal"), max_length=20, choices=Channel.choices, default=Channel.ONLINE)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saisie par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    oral_consent = models.BooleanField(_("accord donné oralement à l’agent"), default=False)
    field_labels = models.JSONField(_("questions posées"), default=dict)
    amount_requested = models.DecimalField(_("montant demandé"), max_digits=9, decimal_places=2, null=True)
    amount_granted = models.DecimalField(_("montant accordé"), max_digits=9, decimal_places=2, null=True)
    # NULL once anonymised: unique among the demandes that still have a follow-up link.
    follow_up_token = models.CharField(max_length=64, unique=True, null=True, default=new_token)  # noqa: DJ001
    updated_at = models.DateTimeField(_("mise à jour"), auto_now=True)
    closed_at = models.DateTimeField(_("clôturée le"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)

    objects = DemandeQuerySet.as_manager()

    class Meta:
        verbose_name = _("demande")
        verbose_name_plural = _("demandes")
        ordering = ["-submit_time", "-pk"]

    def __str__(self):
        return self.reference

    @property
    def procedure_steps(self):
        """Its steps and allowed moves (``dispositif``, ``grant_ceiling`` and this answer for a demande)."""
        return PROCEDURES[self.procedure]

    @property
    def acronym(self):
        return self.dispositif.acronym if self.dispositif else ""

    def within_ceiling(self, amount):
        """Whether the comité may grant that amount: never negative, at most the ceiling it was received under."""
        return amount >= 0 and (self.grant_ceiling is None or amount <= self.grant_ceiling)

    def answers(self):
        """(question, answer) pairs in the order of the form, with the questions as they were asked."""
        return [(label, self.form_data.get(name, "")) for name, label in self.field_labels.items()]

    def anonymise(self):
        """Remove personal data; keep what statistics need (dispositif, quartier, dates, amounts, status).

        Files are deleted once the change is committed, so a failure leaves nothing half-erased.
        """
        with transaction.atomic():
            Demande.objects.select_for_update().filter(pk=self.pk).first()
            pieces = list(self.pieces_jointes.all())
            self.pieces_jointes.all().delete()
            for piece in pieces:
                transaction.on_commit(lambda file=piece.file: file.delete(save=False))
            Bilan.objects.filter(demande=self).update(summary="")
            self.notifications.update(recipient="", subject="", body="", last_error="")
            self.evenements.update(note="")
            DemandeLogEntry.objects.for_instance(self).update(data={})
            self.contact_name = ""
            self.contact_email = ""
            self.form_data = {}
            self.follow_up_token = None
            self.anonymised_at = timezone.now()
            self.save(update_fields=["contact_name", "contact_email", "form_data", "follow_up_token", "anonymised_at"])


class PieceJointe(models.Model):
    class Kind(models.TextChoices):
        DEMANDE = "demande", _("Pièce de la demande")
        BILAN = "bilan", _("Photo du bilan")

    demande = models.ForeignKey(Demande, on_delete=models.CASCADE, related_name="pieces_jointes")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DEMANDE)
    file = models.FileField(storage=get_private_storage, upload_to="demandes/%Y/%m/")
    original_name = models.CharField(_("nom du fichier"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")

    def __str__(self):
        return self.original_name


class Evenement(models.Model):
    """One step of a demande's history: who moved it, when, where to, and why."""

    demande = models.ForeignKey(Demande, on_delete=models.CASCADE, related_name="evenements")
    created_at = models.DateTimeField(_("date"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("par"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(_("avant"), max_length=30, choices=Status.choices, blank=True)
    to_status = models.CharField(_("après"), max_length=30, choices=Status.choices)
    amount = models.DecimalField(_("montant accordé"), max_digits=9, decimal_places=2, null=True, blank=True)
    note = models.TextField(_("note interne"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.get_to_status_display()


class Bilan(models.Model):
    """What the porteurs of a PIC report once their event has taken place."""

    demande = models.OneToOneField(Demande, on_delete=models.CASCADE, related_name="bilan")
    submitted_at = models.DateTimeField(default=timezone.now)
    summary = models.TextField(_("ce qui s’est passé"))
    participants = models.PositiveIntegerField(_("nombre de participants"))
    amount_spent = models.DecimalField(_("dépenses"), max_digits=9, decimal_places=2)

    def __str__(self):
        return f"Bilan du {self.submitted_at:%d/%m/%Y}"


class Notification(models.Model):
    """An e-mail to send, kept until it is delivered so a mail server outage loses nothing."""

    class Kind(models.TextChoices):
        INBOX = "inbox", _("Nouvelle demande, pour la boîte du lieu")
        ACKNOWLEDGEMENT = "accuse", _("Accusé de réception, pour la personne")
        STATUS = "statut", _("Nouvelle étape, pour la personne")
        BILAN = "bilan", _("Bilan reçu, pour la boîte du lieu")

    class State(models.TextChoices):
        PENDING = "en_attente", _("En attente d’envoi")
        SENT = "envoye", _("Envoyé")
        FAILED = "echec", _("Échec : à renvoyer")

    demande = models.ForeignKey(Demande, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("message"), max_length=10, choices=Kind.choices)
    language = models.CharField(max_length=10, default="fr")
    recipient = models.EmailField(_("destinataire"), blank=True)
    subject = models.CharField(_("objet"), max_length=255)
    body = models.TextField()
    state = models.CharField(_("état"), max_length=12, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    last_error = models.CharField(_("dernière erreur"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject


class Agent(models.Model):
    """A member of staff and the contact points whose demandes they process."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="agent"
    )
    contact_points = models.ManyToManyField(
        "home.ContactPoint",
        verbose_name=_("lieux dont l’agent traite les demandes"),
        related_name="agents",
        limit_choices_to=models.Q(locale__language_code=settings.LANGUAGE_CODE),
    )

    panels = [FieldPanel("user"), FieldPanel("contact_points")]

    class Meta:
        verbose_name = _("agent")
        verbose_name_plural = _("agents")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class DemandeLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(demande=instance)
        return super().log_action(instance, action, **kwargs)

    def viewable_by_user(self, user):
        """The entries of the demandes the user may open (a superuser also sees those of deleted demandes)."""
        if user.is_superuser:
            return self.all()
        return self.filter(demande__in=Demande.objects.for_user(user))

    def for_instance(self, instance):
        return self.filter(demande=instance)


class DemandeLogEntry(BaseLogEntry):
    """Who opened, downloaded, exported, erased or moved a demande, and when.

    Apart from Wagtail's shared ModelLogEntry, whose visibility goes by model permission:
    in the site history report too, an agent sees only the entries of the demandes they may open.
    Like Wagtail's page log, an entry outlives its demande.
    """

    demande = models.ForeignKey(Demande, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")

    objects = DemandeLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("entrée du journal des demandes")
        verbose_name_plural = _("entrées du journal des demandes")

    @cached_property
    def object_id(self):
        return self.demande_id
