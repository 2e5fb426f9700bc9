"""The one admin viewset of demandes (inbox, detail, every action on a demande), its permission policy, the agents."""

import csv
import datetime
from decimal import Decimal

import django_filters

from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.mixins import Echo
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.models import ContactPoint, Quartier
from home.spreadsheets import BYTE_ORDER_MARK, DELIMITER, as_text_in_spreadsheet, decimal_comma
from home.templatetags.site_tags import euros

from . import admin_views
from .models import Agent, Demande
from .procedures import PROCEDURE_CHOICES, Status
from .seances.viewsets import VIEWSETS as SEANCE_VIEWSETS


class DemandePermissionPolicy(ModelPermissionPolicy):
    """Every action on a demande, answered with the model's own "view" and "change" permissions,
    so the groups keep their rights. Demandes come from residents: nobody adds, edits or deletes
    them through Wagtail's generic views (any action not listed here is refused)."""

    PERMISSION_OF_ACTION = {
        "view": "view",
        "download_piece": "view",
        "print_receipt": "view",
        "export_personal_data": "view",
        "change_step": "change",
        "resend_notifications": "change",
        "erase": "change",
        # actualites: the project page made from a granted demande, and its bilan.
        "publish_project": "change",
    }

    def _get_permission_codename(self, action):
        return super()._get_permission_codename(self.PERMISSION_OF_ACTION.get(action, action))

    def user_has_permission(self, user, action):
        return action in self.PERMISSION_OF_ACTION and super().user_has_permission(user, action)


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


def local_time(value):
    """Paris time (TIME_ZONE), to the second, without its time zone, which spreadsheets do not keep."""
    return timezone.localtime(value).replace(microsecond=0, tzinfo=None)


def local_time_for_csv(value):
    """2026-12-04 00:30:15, as French spreadsheet programs read it."""
    return local_time(value).isoformat(sep=" ")


def received_on(demande):
    """Paris time, as in the exports, written as the admin's language writes dates: 04/12/2026 00:30."""
    return date_format(timezone.localtime(demande.submit_time), "SHORT_DATETIME_FORMAT")


def amount_requested(demande):
    """As the site writes amounts: 850 €, not 850,00."""
    return euros(demande.amount_requested)


class DemandeIndexView(IndexView):
    detail_url_name = None
    # For the CSV, a French spreadsheet program's own habits (";", decimal comma, local time);
    # XLSX takes naive datetimes only: Paris time, not Wagtail's UTC.
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {
            IndexView.FORMAT_CSV: local_time_for_csv,
            IndexView.FORMAT_XLSX: local_time,
        },
        Decimal: {IndexView.FORMAT_CSV: decimal_comma},
    }

    def stream_csv(self, queryset):
        """With a byte order mark first, without which Excel reads UTF-8 as Windows-1252."""
        yield BYTE_ORDER_MARK
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=DELIMITER)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def preprocess_field_value(self, field, value, export_format):
        """Every cell of the CSV and XLSX exports: names typed in the admin or by residents included."""
        return as_text_in_spreadsheet(super().preprocess_field_value(field, value, export_format))

    def get_base_queryset(self):
        return Demande.objects.for_user(self.request.user).select_related("quartier", "contact_point")

    def get_edit_url(self, instance):
        return reverse(self.detail_url_name, args=[instance.pk])


class DemandeViewSet(ModelViewSet):
    model = Demande
    icon = "mail"
    # The group above is « Demandes »: its inbox entry has a name of its own.
    menu_label = _("Demandes reçues")
    index_view_class = DemandeIndexView
    copy_view_enabled = False
    # Demandes must not appear in the "usage" listings of pages and snippets that editors open.
    add_to_reference_index = False
    filterset_class = DemandeFilterSet
    search_fields = ["reference", "contact_name"]
    list_display = [
        "reference",
        "contact_name",
        Column("project_title", label=_("Titre du projet")),
        Column("procedure", label=_("Dispositif"), accessor="get_procedure_display"),
        Column("amount_requested", label=_("Montant demandé"), accessor=amount_requested, sort_key="amount_requested"),
        "quartier",
        Column("language", label=_("Langue"), accessor="get_language_display"),
        Column("submit_time", label=_("Reçue le"), accessor=received_on, sort_key="submit_time"),
        Column("status", label=_("Étape"), accessor="get_status_display"),
        "contact_point",
    ]
    list_export = [
        "reference",
        "contact_name",
        "project_title",
        "get_procedure_display",
        "amount_requested",
        "quartier",
        "get_language_display",
        "submit_time",
        "get_status_display",
        "contact_point",
        "get_channel_display",
        "amount_granted",
        "closed_at",
    ]
    export_headings = {
        "project_title": _("Titre du projet"),
        "get_procedure_display": _("Dispositif"),
        "get_language_display": _("Langue"),
        "get_status_display": _("Étape"),
        "get_channel_display": _("Canal"),
        "submit_time": _("Reçue le"),
    }
    export_filename = "demandes"
    form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(detail_url_name=self.get_url_name("detail"), **kwargs)

    def get_urlpatterns(self):
        """The generic views (the inbox and its exports; the others refuse everyone), then the work on one demande."""
        views = [
            ("<int:pk>/", admin_views.DemandeDetailView, "detail"),
            ("<int:pk>/etape/", admin_views.ChangeStepView, "change_step"),
            ("<int:pk>/pieces/<int:piece_pk>/", admin_views.PieceDownloadView, "piece"),
            ("<int:pk>/messages/renvoyer/", admin_views.ResendNotificationsView, "resend"),
            ("<int:pk>/recepisse/", admin_views.ReceiptView, "receipt"),
            ("<int:pk>/donnees/", admin_views.PersonalDataExportView, "export_personal_data"),
            ("<int:pk>/effacer/", admin_views.EraseView, "erase"),
        ]
        return super().get_urlpatterns() + [
            path(route, self.construct_view(view_class), name=name) for route, view_class, name in views
        ]


demande_viewset = DemandeViewSet("demandes_recues")


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
    items = [demande_viewset, AgentViewSet("agents"), *SEANCE_VIEWSETS]
