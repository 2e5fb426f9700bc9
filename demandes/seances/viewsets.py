"""The sessions' admin: their views under /admin/seances/, the comité's members and the yearly envelopes."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Enveloppe, Membre
from . import views
from .forms import contact_points_of


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


def membres_of(user):
    """The comité members of the contact points the user answers for (every one for a superuser)."""
    return Membre.objects.filter(contact_point__in=contact_points_of(user))


class MembreForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_point"].queryset = contact_points_of(self.for_user)


class MembreIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=membres_of(self.request.user))


class MembreObjectMixin:
    """An agent edits or deletes only the members of their own contact points (others are a 404)."""

    def get_queryset(self):
        return membres_of(self.request.user)


class MembreEditView(MembreObjectMixin, generic.EditView):
    pass


class MembreDeleteView(MembreObjectMixin, generic.DeleteView):
    pass


class MembreViewSet(ModelViewSet):
    model = Membre
    icon = "user"
    menu_label = _("Membres du comité")
    index_view_class = MembreIndexView
    edit_view_class = MembreEditView
    delete_view_class = MembreDeleteView
    list_display = ["name", "role", "contact_point"]
    list_filter = ["role"]
    edit_handler = ObjectList(
        [FieldPanel("contact_point"), FieldPanel("name"), FieldPanel("role")], base_form_class=MembreForm
    )
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
