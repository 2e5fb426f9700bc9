"""What happened to a demande: the steps it went through, and who looked at or changed it (the audit log)."""

from functools import cached_property

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import BaseLogEntry, BaseLogEntryManager

from ..procedures import Status
from .demande import Demande


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
