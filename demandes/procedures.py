"""How each dispositif processes a demande: its statuses, in order, and the allowed moves.

The steps are the city's own (the seed): a PIC goes to the comité de gestion,
then the porteurs present a bilan; an FTU goes to the comité, then to the
services techniques for a costing, then back to the comité.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    RECUE = "recue", _("Reçue")
    EXAMEN_COMITE = "examen_comite", _("En examen par le comité de gestion")
    AVIS_FAVORABLE = "avis_favorable", _("Avis favorable")
    AVIS_DEFAVORABLE = "avis_defavorable", _("Avis défavorable")
    REALISEE = "realisee", _("Projet réalisé")
    BILAN_PRESENTE = "bilan_presente", _("Bilan présenté")
    AVIS_COMITE = "avis_comite", _("Avis du comité de gestion")
    ETUDE_SERVICES = "etude_services", _("Étude et chiffrage par les services techniques")
    SECOND_EXAMEN = "second_examen", _("Second examen par le comité de gestion")
    SUBVENTION_ATTRIBUEE = "subvention_attribuee", _("Subvention attribuée")
    REFUSEE = "refusee", _("Demande refusée")
    TRAVAUX_REALISES = "travaux_realises", _("Travaux réalisés")
    SANS_SUITE = "sans_suite", _("Classée sans suite")


@dataclass(frozen=True)
class Procedure:
    code: str
    label: str
    # The usual path, drawn as the resident's timeline.
    path: tuple[Status, ...]
    moves: dict[Status, tuple[Status, ...]]
    # Moving to these statuses records the amount granted (at most the ceiling).
    granting: frozenset[Status]
    closing: frozenset[Status]
    # The porteurs send their bilan from their follow-up page at these statuses.
    bilan_expected: frozenset[Status] = frozenset()

    def next_statuses(self, status):
        """The usual next steps; an open demande can also be closed without follow-up
        (the resident withdraws, or never answers)."""
        if status in self.closing or status == Status.SANS_SUITE:
            return ()
        return (*self.moves.get(status, ()), Status.SANS_SUITE)

    def expects_bilan(self, status):
        return status in self.bilan_expected

    def steps_after(self, status):
        """What comes next on the usual path: what a resident who has just sent a demande (``RECUE``)
        is told to expect, rather than the dispositif's steps, whose first is sending it."""
        return self.path[self.path.index(status) + 1 :] if status in self.path else ()

    def timeline(self, status, reached):
        """The path the demande has taken or will take; when it left the usual path
        (a refusal, no follow-up), the steps it reached, then where it stopped."""
        if status in self.path:
            return self.path
        return (*(step for step in self.path if step in reached), status)


PIC = Procedure(
    code="pic",
    label=_("Projet d’initiative citoyenne (PIC)"),
    path=(Status.RECUE, Status.EXAMEN_COMITE, Status.AVIS_FAVORABLE, Status.REALISEE, Status.BILAN_PRESENTE),
    moves={
        Status.RECUE: (Status.EXAMEN_COMITE,),
        Status.EXAMEN_COMITE: (Status.AVIS_FAVORABLE, Status.AVIS_DEFAVORABLE),
        Status.AVIS_FAVORABLE: (Status.REALISEE,),
        Status.REALISEE: (Status.BILAN_PRESENTE,),
    },
    granting=frozenset({Status.AVIS_FAVORABLE}),
    closing=frozenset({Status.AVIS_DEFAVORABLE, Status.BILAN_PRESENTE, Status.SANS_SUITE}),
    # Once the committee has said yes, until the comité has the bilan.
    bilan_expected=frozenset({Status.AVIS_FAVORABLE, Status.REALISEE}),
)

FTU = Procedure(
    code="ftu",
    label=_("Fonds de travaux urbains (FTU)"),
    path=(
        Status.RECUE,
        Status.AVIS_COMITE,
        Status.ETUDE_SERVICES,
        Status.SECOND_EXAMEN,
        Status.SUBVENTION_ATTRIBUEE,
        Status.TRAVAUX_REALISES,
    ),
    moves={
        Status.RECUE: (Status.AVIS_COMITE,),
        Status.AVIS_COMITE: (Status.ETUDE_SERVICES, Status.REFUSEE),
        Status.ETUDE_SERVICES: (Status.SECOND_EXAMEN,),
        Status.SECOND_EXAMEN: (Status.SUBVENTION_ATTRIBUEE, Status.REFUSEE),
        Status.SUBVENTION_ATTRIBUEE: (Status.TRAVAUX_REALISES,),
    },
    granting=frozenset({Status.SUBVENTION_ATTRIBUEE}),
    closing=frozenset({Status.REFUSEE, Status.TRAVAUX_REALISES, Status.SANS_SUITE}),
)

PROCEDURES = {procedure.code: procedure for procedure in (PIC, FTU)}
PROCEDURE_CHOICES = [(procedure.code, procedure.label) for procedure in PROCEDURES.values()]
