"""The admin's « Contrat de ville » menu: contact points, quartiers, partners and key figures."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import ContactPoint, KeyFigure, Partner, Quartier


class ContactPointViewSet(SnippetViewSet):
    model = ContactPoint
    icon = "home"
    list_display = ["name", "kind", "phone", "email"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


class QuartierViewSet(SnippetViewSet):
    model = Quartier
    icon = "group"
    list_display = ["name", "population", "point_relais"]
    list_filter = ["locale"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "user"
    list_display = ["name", "short_name"]
    list_filter = ["locale"]


class KeyFigureViewSet(SnippetViewSet):
    model = KeyFigure
    icon = "table"
    list_display = ["label", "value", "unit", "period"]
    list_filter = ["locale"]


class ContratDeVilleViewSetGroup(SnippetViewSetGroup):
    """The contrat de ville's facts, grouped in one admin menu."""

    menu_label = _("Contrat de ville")
    menu_icon = "list-ul"
    menu_order = 200
    items = (ContactPointViewSet, QuartierViewSet, PartnerViewSet, KeyFigureViewSet)


register_snippet(ContratDeVilleViewSetGroup)
