"""The e-mails a demande causes, written to the database first and sent by a background task.

A notification row is created in the same transaction as what it reports;
the task that sends it is queued once that transaction has committed. If the
mail server is down, the task tries again later with a growing delay; after
the last attempt the notification shows as failed in the admin, where staff
send it again. Nothing a resident typed goes into a header, and every
message is plain text, so no value can inject a header or HTML.
"""

import logging
import smtplib

from django_tasks import task, task_backends

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Notification
from .procedures import Status

logger = logging.getLogger(__name__)


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def follow_up_url(demande):
    with translation.override(demande.language):
        return site_url(reverse("demandes:suivi", args=[demande.follow_up_token]))


def inbox_address(demande):
    contact_point = demande.contact_point
    return (contact_point.email if contact_point else "") or settings.DEMANDES_INBOX_EMAIL


def queue(demande, kind, recipient, subject, template, **context):
    """Record a notification and send it once the current transaction commits.

    Written in the resident's language for the resident, in French for the team;
    ``subject`` is a lazy message formatted with the demande's reference and status.
    """
    language = demande.language if kind in (Notification.Kind.ACKNOWLEDGEMENT, Notification.Kind.STATUS) else "fr"
    with translation.override(language):
        subject = str(subject) % {"reference": demande.reference, "status": demande.get_status_display()}
        body = render_to_string(
            template,
            {
                "demande": demande,
                "follow_up_url": follow_up_url(demande) if demande.follow_up_token else "",
                "admin_url": site_url(reverse("demandes_recues:detail", args=[demande.pk])),
                **context,
            },
        )
    notification = Notification.objects.create(
        demande=demande,
        kind=kind,
        language=language,
        recipient=recipient,
        subject=" ".join(subject.split()),
        body=body,
    )
    transaction.on_commit(lambda: deliver_notification.enqueue(notification.pk), robust=True)
    return notification


def notify_new_demande(demande):
    queue(
        demande,
        Notification.Kind.INBOX,
        inbox_address(demande),
        gettext_lazy("Nouvelle demande %(reference)s"),
        "demandes/emails/inbox.txt",
    )
    if demande.contact_email:
        queue(
            demande,
            Notification.Kind.ACKNOWLEDGEMENT,
            demande.contact_email,
            gettext_lazy("Votre demande %(reference)s est bien reçue"),
            "demandes/emails/acknowledgement.txt",
            next_steps=demande.procedure_steps.steps_after(Status(demande.status)),
        )


def notify_status_change(demande):
    if demande.contact_email:
        queue(
            demande,
            Notification.Kind.STATUS,
            demande.contact_email,
            gettext_lazy("Votre demande %(reference)s : %(status)s"),
            "demandes/emails/status.txt",
        )


def notify_ajournement(demande, seance):
    """The comité put off its decision to a later session: the step does not change, the resident is told."""
    if demande.contact_email:
        queue(
            demande,
            Notification.Kind.STATUS,
            demande.contact_email,
            gettext_lazy("Votre demande %(reference)s : examen reporté"),
            "demandes/emails/ajournement.txt",
            seance=seance,
        )


def notify_bilan(demande):
    queue(
        demande,
        Notification.Kind.BILAN,
        inbox_address(demande),
        gettext_lazy("Bilan reçu pour la demande %(reference)s"),
        "demandes/emails/bilan.txt",
    )


def retry_delay(attempts):
    return timezone.timedelta(seconds=settings.DEMANDES_RETRY_BASE_SECONDS * 2 ** (attempts - 1))


@task()
def deliver_notification(notification_id):
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(pk=notification_id).first()
        if notification is None or notification.state == Notification.State.SENT:
            return
        if not notification.recipient:
            notification.state = Notification.State.FAILED
            notification.last_error = _("Aucune adresse : indiquez l’e-mail du lieu ou DEMANDES_INBOX_EMAIL.")
            notification.save()
            return
        notification.attempts += 1
        try:
            EmailMessage(notification.subject, notification.body, to=[notification.recipient]).send()
        except Exception as error:  # noqa: BLE001 (whatever goes wrong, the failure must show in the admin)
            notification.last_error = f"{type(error).__name__}: {error}"[:500]
            transient = isinstance(error, smtplib.SMTPException | OSError)
            can_wait = task_backends[deliver_notification.backend].supports_defer
            if transient and can_wait and notification.attempts < settings.DEMANDES_NOTIFICATION_ATTEMPTS:
                run_after = timezone.now() + retry_delay(notification.attempts)
                transaction.on_commit(lambda: deliver_notification.using(run_after=run_after).enqueue(notification_id))
            else:
                notification.state = Notification.State.FAILED
            logger.warning("Notification %s not sent (attempt %s): %s", notification_id, notification.attempts, error)
        else:
            notification.state = Notification.State.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
        notification.save()


STUCK_AFTER = timezone.timedelta(minutes=15)


def to_resend(demande):
    """Failed notifications, and pending ones whose task was lost (a worker stopped mid-way)."""
    stuck = Q(state=Notification.State.PENDING, created_at__lte=timezone.now() - STUCK_AFTER, attempts=0)
    return demande.notifications.filter(Q(state=Notification.State.FAILED) | stuck)


def resend(notifications):
    """Send notifications again, from the admin."""
    for notification in notifications:
        notification.state = Notification.State.PENDING
        notification.attempts = 0
        notification.save(update_fields=["state", "attempts"])
        transaction.on_commit(lambda pk=notification.pk: deliver_notification.enqueue(pk), robust=True)
