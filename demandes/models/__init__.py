"""Demandes (applications) to the PIC and the FTU: the form pages editors build, and what a submission becomes.

One module per concern; every public name is importable from ``demandes.models``
(the migrations import ``new_token`` and ``get_private_storage`` from here).
"""

from .agents import Agent
from .attachments import PieceJointe, PieceJointeEnAttente, PrivateStorage, get_private_storage, private_storage
from .demande import Channel, Compteur, Demande, DemandeQuerySet, PublicationConsent, new_token
from .follow_up import Bilan, Notification
from .form_page import DEFAULT_PRIVACY_NOTICE, Autocomplete, DemandeFormField, DemandeFormPage, FieldType
from .history import DemandeLogEntry, DemandeLogEntryManager, Evenement
from .seances import Decision, Enveloppe, Membre, Passage, Role, Seance, budget

__all__ = [
    "DEFAULT_PRIVACY_NOTICE",
    "Agent",
    "Autocomplete",
    "Bilan",
    "Channel",
    "Compteur",
    "Decision",
    "Demande",
    "DemandeFormField",
    "DemandeFormPage",
    "DemandeLogEntry",
    "DemandeLogEntryManager",
    "DemandeQuerySet",
    "Enveloppe",
    "Evenement",
    "FieldType",
    "Membre",
    "Notification",
    "Passage",
    "PieceJointe",
    "PieceJointeEnAttente",
    "PrivateStorage",
    "Role",
    "Seance",
    "budget",
    "PublicationConsent",
    "get_private_storage",
    "new_token",
    "private_storage",
]
