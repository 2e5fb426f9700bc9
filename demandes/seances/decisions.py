"""Which demandes a session examines, what its decisions move them to, and validating it once."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from home.templatetags.site_tags import euros

from ..models import Decision, Demande, Passage, Seance, budget
from ..notifications import notify_ajournement
from ..procedures import Status
from ..transitions import move

# For each step at which a dispositif's comité examines a demande, the steps its decision leads to:
# (favourable, défavorable). A PIC still « Reçue » goes through « En examen » on the way, untold.
COMMITTEE_STEPS = {
    "pic": {
        Status.RECUE: ((Status.EXAMEN_COMITE, Status.AVIS_FAVORABLE), (Status.EXAMEN_COMITE, Status.AVIS_DEFAVORABLE)),
        Status.EXAMEN_COMITE: ((Status.AVIS_FAVORABLE,), (Status.AVIS_DEFAVORABLE,)),
    },
    "ftu": {
        Status.AVIS_COMITE: ((Status.ETUDE_SERVICES,), (Status.REFUSEE,)),
        Status.SECOND_EXAMEN: ((Status.SUBVENTION_ATTRIBUEE,), (Status.REFUSEE,)),
    },
}


def waiting_demandes(seance, user):
    """The demandes of the session's contact point waiting for its comité, that the user may see,
    and that no other session still open has on its agenda."""
    busy = Passage.objects.exclude(seance=seance).exclude(seance__status=Seance.Status.VALIDEE).values("demande")
    return (
        Demande.objects.for_user(user)
        .filter(
            procedure=seance.dispositif,
            status__in=COMMITTEE_STEPS[seance.dispositif],
            contact_point=seance.contact_point,
            anonymised_at__isnull=True,
        )
        .exclude(pk__in=busy)
        .order_by("submit_time")
    )


def committee_steps(demande):
    """(favourable, défavorable) steps from where the demande is; refused if it is no longer
    at a step the comité examines (moved on the demande's page since it was put on the agenda)."""
    steps = COMMITTEE_STEPS[demande.procedure].get(Status(demande.status))
    if steps is None:
        raise ValidationError(
            _("La demande %(ref)s est à l’étape « %(status)s » : le comité ne l’examine pas à cette étape.")
            % {"ref": demande.reference, "status": demande.get_status_display()}
        )
    return steps


def grants_amount(demande):
    """Whether a favourable decision on the demande, at its current step, grants an amount."""
    favourable, _defavourable = committee_steps(demande)
    return favourable[-1] in demande.procedure_steps.granting


def check_envelope(seance, total):
    """Refuse favourable decisions totalling ``total`` if they would exceed the year's envelope."""
    figures = budget(seance.dispositif, seance.date.year, excluding=seance)
    if figures["remaining"] is not None and total > figures["remaining"]:
        raise ValidationError(
            _("Ces décisions dépassent l’enveloppe %(year)s du %(dispositif)s : il reste %(remaining)s.")
            % {
                "year": seance.date.year,
                "dispositif": seance.dispositif.upper(),
                "remaining": euros(max(figures["remaining"], 0)),
            }
        )


def validate(seance, user):
    """Apply every decision through the procedure's steps, all or nothing; False if the session was not
    « tenue » any more (another agent validated it first): the conditional UPDATE lets one request only
    go on, on any database."""
    with transaction.atomic():
        won = Seance.objects.filter(pk=seance.pk, status=Seance.Status.TENUE).update(
            status=Seance.Status.VALIDEE, validated_at=timezone.now(), validated_by=user
        )
        if not won:
            return False
        seance.refresh_from_db()
        passages = list(seance.passages.select_related("demande"))
        if any(not passage.decision for passage in passages):
            raise ValidationError(_("Chaque demande de l’ordre du jour doit avoir sa décision."))
        check_envelope(seance, sum(p.amount or 0 for p in passages if p.decision == Decision.FAVORABLE))
        for passage in passages:
            apply(passage, user)
    return True


def apply(passage, user):
    demande, seance = passage.demande, passage.seance
    note = _("Séance du comité du %(date)s") % {"date": seance.date.strftime("%d/%m/%Y")}
    if passage.decision == Decision.AJOURNE:
        if Status(demande.status) == Status.RECUE and demande.procedure == "pic":
            move(demande, Status.EXAMEN_COMITE, user, note=note)
        else:
            notify_ajournement(demande, seance)
        return
    favourable, defavourable = committee_steps(demande)
    steps = favourable if passage.decision == Decision.FAVORABLE else defavourable
    if passage.reason:
        note = f"{note} : {passage.reason}"
    for step in steps[:-1]:
        move(demande, step, user, note=note, notify=False)
    move(demande, steps[-1], user, amount=passage.amount, note=note)
