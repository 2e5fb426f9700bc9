"""The dashboard panel that shows an agent the demandes waiting for them, so nothing depends on e-mail alone."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .models import Demande, Notification
from .procedures import Status

SHOWN = 20


class DemandesPanel(Component):
    name = "demandes"
    order = 50
    template_name = "demandes/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        demandes = Demande.objects.for_user(self.user).select_related("quartier")
        failed = demandes.filter(notifications__state=Notification.State.FAILED).distinct()
        return {
            "sections": [
                (_("Nouvelles demandes"), demandes.filter(status=Status.RECUE)[:SHOWN]),
                (_("Messages non envoyés"), failed[:SHOWN]),
            ],
        }
