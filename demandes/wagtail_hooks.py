"""The "Demandes" area of the admin: the inbox of every demande, the agents, and the audit log actions."""

import django_filters

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.models import ContactPoint, Quartier

from . import admin_views
from .models import Agent, Demande, DemandeFormPage, DemandeLogEntry
from .procedures import PROCEDURE_CHOICES, Status


class DemandePermissionPolicy(ModelPermissionPolicy):
    """Demandes come from residents: nobody creates, edits or deletes them through generic views.
    Staff process them with the views of admin_views, which check their own permissions."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Demande, DemandePermissionPolicy(Demande))


def source_locale_queryset(model):
    def queryset(request):
        return model.objects.filter(locale=Locale.get_default())

    return queryset


class DemandeFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Étape"), choices=Status.choices)
    procedure = django_filters.ChoiceFilter(label=_("Dispositif"), choices=PROCEDURE_CHOICES)
    quartier = django_filters.ModelChoiceFilter(label=_("Quartier"), queryset=source_locale_queryset(Quartier))
    contact_point = django_filters.ModelChoiceFilter(
        label=_("Lieu qui traite la demande"), queryset=source_locale_queryset(ContactPoint)
    )
    submit_time = django_filters.DateFromToRangeFilter(label=_("Reçue entre"), widget=DateRangePickerWidget)

    class Meta:
        model = Demande
        fields = ["status", "procedure", "quartier", "contact_point", "submit_time"]


# What a spreadsheet program takes for the start of a formula (tab and carriage return too, which
# some strip before reading the rest).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_in_spreadsheet(value):
    """A text that a spreadsheet program would run as a formula, quoted so it shows as typed (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class DemandeIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        """Every cell of the CSV and XLSX exports: names typed in the admin or by residents included."""
        return as_text_in_spreadsheet(super().preprocess_field_value(field, value, export_format))

    def get_base_queryset(self):
        return Demande.objects.for_user(self.request.user).select_related("quartier", "contact_point")

    def get_edit_url(self, instance):
        return reverse("demandes_admin:detail", args=[instance.pk])


class DemandeViewSet(ModelViewSet):
    model = Demande
    icon = "mail"
    menu_label = _("Demandes")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = DemandeIndexView
    copy_view_enabled = False
    # Demandes must not appear in the "usage" listings of pages and snippets that editors open.
    add_to_reference_index = False
    filterset_class = DemandeFilterSet
    search_fields = ["reference", "contact_name"]
    list_display = [
        "reference",
        Column("procedure", label=_("Dispositif"), accessor="get_procedure_display"),
        "quartier",
        DateColumn("submit_time", label=_("Reçue le")),
        Column("status", label=_("Étape"), accessor="get_status_display"),
        "contact_point",
    ]
    list_export = [
        "reference",
        "get_procedure_display",
        "quartier",
        "submit_time",
        "get_status_display",
        "contact_point",
        "get_channel_display",
        "amount_requested",
        "amount_granted",
        "closed_at",
    ]
    export_headings = {
        "get_procedure_display": _("Dispositif"),
        "get_status_display": _("Étape"),
        "get_channel_display": _("Canal"),
        "submit_time": _("Reçue le"),
    }
    export_filename = "demandes"
    form_fields = []


class AgentViewSet(ModelViewSet):
    model = Agent
    icon = "user"
    menu_label = _("Agents")
    list_display = ["__str__"]
    form_fields = ["user", "contact_points"]
    copy_view_enabled = False


class DemandesViewSetGroup(ModelViewSetGroup):
    menu_label = _("Demandes")
    menu_icon = "mail"
    menu_order = 150
    items = [DemandeViewSet("demandes_recues"), AgentViewSet("agents")]


@hooks.register("register_admin_viewset")
def register_demandes_viewsets():
    return DemandesViewSetGroup()


@hooks.register("register_admin_urls")
def register_demande_urls():
    urls = [
        path("<int:pk>/", admin_views.detail, name="detail"),
        path("<int:pk>/etape/", admin_views.transition, name="transition"),
        path("<int:pk>/pieces/<int:piece_pk>/", admin_views.piece, name="piece"),
        path("<int:pk>/messages/renvoyer/", admin_views.resend_notifications, name="resend"),
        path("<int:pk>/recepisse/", admin_views.receipt, name="receipt"),
        path("<int:pk>/donnees/", admin_views.export_personal_data, name="export"),
        path("<int:pk>/effacer/", admin_views.erase, name="erase"),
    ]
    return [path("demande/", include((urls, "demandes_admin")))]


@hooks.register("register_log_actions")
def register_demande_log_actions(actions):
    actions.register_model(Demande, DemandeLogEntry)
    actions.register_action("demandes.consultation", _("Consultation"), _("Demande consultée"))
    actions.register_action("demandes.telechargement", _("Téléchargement"), _("Pièce jointe téléchargée"))
    actions.register_action("demandes.export", _("Export"), _("Données personnelles exportées"))
    actions.register_action("demandes.effacement", _("Effacement"), _("Données personnelles effacées"))
    actions.register_action("demandes.etape", _("Étape"), _("Étape de la demande changée"))


@hooks.register("filter_form_submissions_for_user")
def keep_demandes_in_their_inbox(user, editable_forms):
    """Page editors must not read demandes through Wagtail's form submissions listing:
    the inbox above is the only way in, scoped to the agent's contact points and logged."""
    return editable_forms.not_type(DemandeFormPage)


@hooks.register("before_delete_page")
def keep_the_dispositifs_of_received_demandes(request, page):
    """A demande keeps the dispositif page it was received under (PROTECT): the editor is told why
    that page, with its translations, cannot go, instead of meeting a server error."""
    pages = Page.objects.none()
    for translation in page.get_translations(inclusive=True):
        pages |= translation.get_descendants(inclusive=True)
    if Demande.objects.filter(dispositif__in=pages).exists():
        messages.error(
            request,
            _(
                "Des demandes ont été reçues au titre de ce dispositif : sa page ne peut pas être supprimée. "
                "Vous pouvez la dépublier."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
