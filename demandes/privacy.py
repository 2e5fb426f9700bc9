"""What the RGPD asks of the demandes: access, erasure and a limited retention."""

from django.utils import timezone

from .models import Demande


def same_email(demande, user):
    """Other demandes the user may see sent from the same address. Staff check them one by one
    before exporting or erasing: an association or a point relais may share one address."""
    if not demande.contact_email:
        return Demande.objects.none()
    return (
        Demande.objects.for_user(user)
        .filter(contact_email__iexact=demande.contact_email, anonymised_at__isnull=True)
        .exclude(pk=demande.pk)
    )


def personal_data(demandes):
    """Everything stored about a person, for the right of access."""
    return {
        "exported_at": timezone.now().isoformat(),
        "demandes": [
            {
                "reference": demande.reference,
                "dispositif": demande.get_procedure_display(),
                "submitted_at": demande.submit_time.isoformat(),
                "language": demande.language,
                "channel": demande.get_channel_display(),
                "status": demande.get_status_display(),
                "name": demande.contact_name,
                "email": demande.contact_email,
                "quartier": demande.quartier.name if demande.quartier else "",
                "answers": {str(label): answer for label, answer in demande.answers()},
                "attachments": [piece.original_name for piece in demande.pieces_jointes.all()],
                "history": [
                    {"date": event.created_at.isoformat(), "status": event.get_to_status_display()}
                    for event in demande.evenements.all()
                ],
                "bilan": bilan_data(demande),
                "emails": [
                    {"date": notification.created_at.isoformat(), "subject": notification.subject}
                    for notification in demande.notifications.all()
                    if notification.recipient == demande.contact_email and notification.recipient
                ],
            }
            for demande in demandes.select_related("quartier").prefetch_related(
                "pieces_jointes", "evenements", "notifications"
            )
        ],
    }


def bilan_data(demande):
    bilan = getattr(demande, "bilan", None)
    if bilan is None:
        return None
    return {"summary": bilan.summary, "participants": bilan.participants, "amount_spent": str(bilan.amount_spent)}


def purge(now=None, dry_run=False):
    """Anonymise the closed demandes past the retention period; return their references."""
    due = list(Demande.objects.due_for_anonymisation(now).order_by("submit_time"))
    if not dry_run:
        for demande in due:
            demande.anonymise()
    return [demande.reference for demande in due]
