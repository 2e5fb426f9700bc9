"""The sessions' admin: their views under /admin/seances/, the comité's members and the yearly envelopes."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Enveloppe, Membre
from . import views


class SeanceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.has_perm("demandes.change_seance")


class SeanceViewSet(ViewSet):
    icon = "group"
    menu_label = _("Séances du comité")
    menu_item_class = SeanceMenuItem

    def get_urlpatterns(self):
        return [
            path("", views.SeanceIndexView.as_view(), name="index"),
            path("nouvelle/", views.SeanceFormView.as_view(), name="add"),
            path("<int:pk>/", views.SeanceDetailView.as_view(), name="detail"),
            path("<int:pk>/modifier/", views.SeanceFormView.as_view(), name="edit"),
            path("<int:pk>/ordre-du-jour/", views.AgendaPrintView.as_view(), name="agenda"),
            path("<int:pk>/decisions/", views.DecisionsView.as_view(), name="decisions"),
            path("<int:pk>/valider/", views.ValidateView.as_view(), name="validate"),
            path("<int:pk>/proces-verbal/", views.MinutesView.as_view(), name="minutes"),
            path("<int:pk>/proces-verbal.pdf", views.MinutesView.as_view(pdf=True), name="minutes_pdf"),
        ]


class MembreViewSet(ModelViewSet):
    model = Membre
    icon = "user"
    menu_label = _("Membres du comité")
    list_display = ["name", "role", "contact_point"]
    list_filter = ["role", "contact_point"]
    form_fields = ["contact_point", "name", "role"]
    copy_view_enabled = False


class EnveloppeViewSet(ModelViewSet):
    model = Enveloppe
    icon = "table"
    menu_label = _("Enveloppes annuelles")
    list_display = ["dispositif", "year", "amount"]
    form_fields = ["dispositif", "year", "amount"]
    copy_view_enabled = False


seance_viewset = SeanceViewSet("seances")
VIEWSETS = [seance_viewset, MembreViewSet("membres_comite"), EnveloppeViewSet("enveloppes")]
