"""A demande: Wagtail's form submission plus its reference, its contact point, its rules and its status.

Personal data lives in ``contact_name``, ``contact_email``, ``form_data``, the
attachments, the bilan and the notifications; ``anonymise()`` removes it and
keeps the statistics.
"""

import secrets

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import AbstractFormSubmission

from ..procedures import PROCEDURE_CHOICES, PROCEDURES, Status

# The names Wagtail's form builder gives the questions « Titre du projet », the PIC's
# « Description du projet » and the FTU's « Ce qui devrait être amélioré ».
PROJECT_TITLE_FIELD = "titre_du_projet"
PROJECT_DESCRIPTION_FIELDS = ("description_du_projet", "ce_qui_devrait_etre_ameliore")


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


class Channel(models.TextChoices):
    ONLINE = "en_ligne", _("En ligne, par la personne elle-même")
    POINT_RELAIS = "point_relais", _("Au point relais ou à la Maison du projet, avec un agent")


class PublicationConsent(models.TextChoices):
    """What the resident of a granted demande allows the site to show of their project."""

    ASSOCIATION = "association", _("Oui, sous le nom de notre association ou de notre groupe")
    PRENOM = "prenom", _("Oui, avec mon prénom")
    ANONYME = "anonyme", _("Oui, sans aucun nom")
    REFUSE = "refuse", _("Non, je ne souhaite pas que le projet soit présenté")


class DemandeQuerySet(models.QuerySet):
    def granted(self):
        """The comité said yes (an amount was granted) and the project was not dropped afterwards,
        with ``granted_at``, the date of that decision."""
        from .history import Evenement  # history.py imports this module

        granting = {status for procedure in PROCEDURES.values() for status in procedure.granting}
        decision = Evenement.objects.filter(demande=OuterRef("pk"), to_status__in=granting).order_by("-created_at")
        return (
            self.filter(amount_granted__isnull=False)
            .exclude(status=Status.SANS_SUITE)
            .annotate(granted_at=Subquery(decision.values("created_at")[:1]))
        )

    def for_user(self, user):
        """What a member of staff may see: everything for a superuser, the demandes of their
        contact points for an agent, nothing for anyone else.

        A subquery, not a join through the agents: combined with another condition (``|``),
        a join would return a demande once per agent of its contact point."""
        if user.is_superuser:
            return self
        if not user.has_perm("demandes.view_demande"):
            return self.none()
        from .agents import Agent  # agents.py does not import this module: the import runs once models are ready

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
    language = models.CharField(_("langue"), max_length=10, choices=settings.LANGUAGES, default="fr")
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
    publication_consent = models.CharField(
        _("présentation du projet sur le site"), max_length=20, choices=PublicationConsent.choices, blank=True
    )
    publication_name = models.CharField(_("nom à afficher"), max_length=150, blank=True)
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
    def project_title(self):
        """The answer to the fiche projet's « Titre du projet » (a PIC's); empty for a form that does not ask it."""
        return self.form_data.get(PROJECT_TITLE_FIELD, "")

    @property
    def project_description(self):
        """What the project is, in the resident's words; never their name, address or contact."""
        return next((self.form_data[name] for name in PROJECT_DESCRIPTION_FIELDS if self.form_data.get(name)), "")

    @property
    def procedure_steps(self):
        """Its steps and allowed moves (``dispositif``, ``grant_ceiling`` and this answer for a demande)."""
        return PROCEDURES[self.procedure]

    @property
    def acronym(self):
        return self.dispositif.acronym if self.dispositif else ""

    @property
    def is_granted(self):
        return self.amount_granted is not None and self.status != Status.SANS_SUITE

    @property
    def public_name(self):
        """The porteur's name as the resident agreed to show it: empty unless they chose a name."""
        if self.publication_consent in (PublicationConsent.ASSOCIATION, PublicationConsent.PRENOM):
            return self.publication_name
        return ""

    @property
    def may_be_shown(self):
        """The resident agreed to a public page (with or without a name)."""
        return self.publication_consent not in ("", PublicationConsent.REFUSE)

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
        from .follow_up import Bilan  # these modules import this one
        from .history import DemandeLogEntry

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
            self.publication_name = ""
            self.form_data = {}
            self.follow_up_token = None
            self.anonymised_at = timezone.now()
            self.save(
                update_fields=[
                    "contact_name",
                    "contact_email",
                    "publication_name",
                    "form_data",
                    "follow_up_token",
                    "anonymised_at",
                ]
            )
