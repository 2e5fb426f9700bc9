"""Moving a demande through its dispositif's procedure."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Demande
from .notifications import notify_status_change
from .procedures import Status


def move(demande, to_status, user, amount=None, note="", notify=True):
    """Record the new step, who took it and why; refuse a move the procedure does not allow.

    The demande is locked and read again first, so two agents (or a double click)
    cannot record two contradictory steps. The resident is told by e-mail once the
    change is committed (unless ``notify`` is false: a step on the way to another, which
    alone is told).
    """
    to_status = Status(to_status)
    with transaction.atomic():
        current = Demande.objects.select_for_update().get(pk=demande.pk)
        procedure = current.procedure_steps
        if current.anonymised_at or to_status not in procedure.next_statuses(Status(current.status)):
            raise ValidationError(
                _("Une demande à l’étape « %(current)s » ne peut pas passer à « %(next)s ».")
                % {"current": current.get_status_display(), "next": to_status.label}
            )
        changed = ["status", "updated_at"]
        if to_status in procedure.granting:
            if amount is None or not current.within_ceiling(amount):
                raise ValidationError(_("Le montant accordé doit être compris entre 0 et le plafond du dispositif."))
            current.amount_granted = amount
            changed.append("amount_granted")
        current.evenements.create(
            from_status=current.status,
            to_status=to_status,
            user=user,
            amount=amount if to_status in procedure.granting else None,
            note=note,
        )
        current.status = to_status
        if to_status in procedure.closing:
            current.closed_at = timezone.now()
            changed.append("closed_at")
        current.save(update_fields=changed)
        if notify:
            notify_status_change(current)
    for field in changed:
        setattr(demande, field, getattr(current, field))
