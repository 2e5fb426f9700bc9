"""What follows a demande: the porteurs' bilan, and the e-mails kept until they are delivered."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .demande import Demande


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
