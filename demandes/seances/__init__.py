"""The comité's sessions: agenda, decisions, validation, minutes (models in ``demandes.models.seances``)."""
