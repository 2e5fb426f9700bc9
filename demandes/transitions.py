"""Moving a demande through its dispositif's procedure."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .notifications import notify_status_change
from .procedures import Status


def move(demande, to_status, user, amount=None, note=""):
    """Record the new step, who took it and why; refuse a move the procedure does not allow.

    The resident is told by e-mail once the change is committed.
    """
    procedure = demande.procedure_steps
    to_status = Status(to_status)
    if to_status not in procedure.next_statuses(Status(demande.status)):
        raise ValidationError(
            _("Une demande à l’étape « %(current)s » ne peut pas passer à « %(next)s ».")
            % {"current": demande.get_status_display(), "next": to_status.label}
        )
    if to_status in procedure.granting:
        ceiling = demande.page.specific.dispositif.grant_ceiling if demande.page else None
        if amount is None or amount < 0 or (ceiling is not None and amount > ceiling):
            raise ValidationError(_("Le montant accordé doit être compris entre 0 et le plafond du dispositif."))
        demande.amount_granted = amount
    with transaction.atomic():
        demande.evenements.create(
            from_status=demande.status,
            to_status=to_status,
            user=user,
            amount=amount if to_status in procedure.granting else None,
            note=note,
        )
        demande.status = to_status
        if to_status in procedure.closing:
            demande.closed_at = timezone.now()
        demande.save()
        notify_status_change(demande)
