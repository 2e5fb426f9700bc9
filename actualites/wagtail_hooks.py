from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from actualites.models import Domaine


class DomaineViewSet(SnippetViewSet):
    """Editors extend the list of domaines a project can touch."""

    model = Domaine
    icon = "tag"
    list_display = ["name", "sort_order"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 210


register_snippet(DomaineViewSet)
