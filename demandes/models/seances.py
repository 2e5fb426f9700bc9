"""The sessions of a dispositif's comité: members, agenda, decisions; and each dispositif's yearly envelope."""

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _

from ..procedures import PROCEDURE_CHOICES, PROCEDURES
from .demande import Demande
from .history import Evenement


class Role(models.TextChoices):
    HABITANT = "habitant", _("Habitant")
    ASSOCIATION = "association", _("Association")
    ELU = "elu", _("Élu")
    ETAT = "etat", _("Services de l’État")
    TECHNICIEN = "technicien", _("Technicien")


class Membre(models.Model):
    """A member of a comité, as the Maison du projet lists them: a name and a role, not a user account."""

    contact_point = models.ForeignKey(
        "home.ContactPoint",
        verbose_name=_("Maison du projet"),
        on_delete=models.CASCADE,
        related_name="membres_comite",
        limit_choices_to=Q(locale__language_code=settings.LANGUAGE_CODE),
    )
    name = models.CharField(_("nom"), max_length=120)
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("membre du comité")
        verbose_name_plural = _("membres du comité")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class SeanceQuerySet(models.QuerySet):
    def for_user(self, user):
        """The sessions of the contact points the agent is attached to (all for a superuser)."""
        if user.is_superuser:
            return self
        if not user.has_perm("demandes.change_seance"):
            return self.none()
        from .agents import Agent

        return self.filter(contact_point__in=Agent.objects.filter(user=user).values("contact_points"))


class Seance(models.Model):
    class Status(models.TextChoices):
        PREPAREE = "preparee", _("Préparée")
        TENUE = "tenue", _("Tenue")
        VALIDEE = "validee", _("Validée")

    dispositif = models.CharField(_("dispositif"), max_length=10, choices=PROCEDURE_CHOICES)
    contact_point = models.ForeignKey(
        "home.ContactPoint",
        verbose_name=_("Maison du projet"),
        on_delete=models.PROTECT,
        related_name="seances",
        limit_choices_to=Q(locale__language_code=settings.LANGUAGE_CODE),
    )
    date = models.DateField(_("date"))
    place = models.CharField(_("lieu"), max_length=200)
    quorum = models.PositiveSmallIntegerField(
        _("quorum"), null=True, blank=True, help_text=_("Nombre de membres présents requis ; vide si aucun.")
    )
    membres = models.ManyToManyField(Membre, verbose_name=_("membres présents"), blank=True, related_name="seances")
    status = models.CharField(_("état"), max_length=10, choices=Status.choices, default=Status.PREPAREE)
    validated_at = models.DateTimeField(_("validée le"), null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("validée par"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SeanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("séance du comité")
        verbose_name_plural = _("séances du comité")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.get_dispositif_display()} : {self.date:%d/%m/%Y}"

    @property
    def editable(self):
        """A validated session is the record of what was decided: it never changes."""
        return self.status != self.Status.VALIDEE

    @property
    def quorum_reached(self):
        return self.quorum is None or self.membres.count() >= self.quorum


class Decision(models.TextChoices):
    FAVORABLE = "favorable", _("Favorable")
    DEFAVORABLE = "defavorable", _("Défavorable")
    AJOURNE = "ajourne", _("Ajourné")


class Passage(models.Model):
    """A demande on a session's agenda, and what the comité decided about it."""

    seance = models.ForeignKey(Seance, on_delete=models.CASCADE, related_name="passages")
    demande = models.ForeignKey(Demande, verbose_name=_("demande"), on_delete=models.PROTECT, related_name="passages")
    order = models.PositiveSmallIntegerField(_("ordre"), default=0)
    decision = models.CharField(_("décision"), max_length=12, choices=Decision.choices, blank=True)
    amount = models.DecimalField(_("montant accordé"), max_digits=9, decimal_places=2, null=True, blank=True)
    reason = models.TextField(_("motif"), blank=True)
    votes_for = models.PositiveSmallIntegerField(_("voix pour"), null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(_("voix contre"), null=True, blank=True)
    abstentions = models.PositiveSmallIntegerField(_("abstentions"), null=True, blank=True)
    not_taking_part = models.ManyToManyField(
        Membre, verbose_name=_("ne prennent pas part"), blank=True, related_name="+"
    )

    class Meta:
        ordering = ["order", "pk"]
        constraints = [models.UniqueConstraint(fields=["seance", "demande"], name="unique_passage")]

    def __str__(self):
        return f"{self.seance} : {self.demande}"

    @property
    def has_votes(self):
        return any(count is not None for count in (self.votes_for, self.votes_against, self.abstentions))


class Enveloppe(models.Model):
    """The yearly budget of a dispositif, set by staff; without one, nothing is checked."""

    dispositif = models.CharField(_("dispositif"), max_length=10, choices=PROCEDURE_CHOICES)
    year = models.PositiveSmallIntegerField(_("année"))
    amount = models.DecimalField(_("montant"), max_digits=11, decimal_places=2)

    class Meta:
        verbose_name = _("enveloppe annuelle")
        verbose_name_plural = _("enveloppes annuelles")
        ordering = ["-year", "dispositif"]
        constraints = [models.UniqueConstraint(fields=["dispositif", "year"], name="unique_enveloppe")]

    def __str__(self):
        return f"{self.get_dispositif_display()} {self.year}"


def budget(dispositif, year, excluding=None):
    """The year's envelope (None if unset), what was granted, what pending sessions have engaged, what remains.

    Granted: every grant recorded in the demandes' history that year, through a session or not.
    Engaged: the favourable decisions of that year's sessions not yet validated (``excluding`` one).
    """
    envelope = Enveloppe.objects.filter(dispositif=dispositif, year=year).values_list("amount", flat=True).first()
    granted = (
        Evenement.objects.filter(
            demande__procedure=dispositif, to_status__in=PROCEDURES[dispositif].granting, created_at__year=year
        ).aggregate(total=Sum("amount"))["total"]
        or 0
    )
    pending = Passage.objects.filter(
        seance__dispositif=dispositif, seance__date__year=year, decision=Decision.FAVORABLE
    ).exclude(seance__status=Seance.Status.VALIDEE)
    if excluding is not None:
        pending = pending.exclude(seance=excluding)
    engaged = pending.aggregate(total=Sum("amount"))["total"] or 0
    remaining = None if envelope is None else envelope - granted - engaged
    return {"envelope": envelope, "granted": granted, "engaged": engaged, "remaining": remaining}
