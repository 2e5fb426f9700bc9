"""The editors' synonyms in the admin's settings menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    """Editors extend the synonyms of the search, beside Wagtail's promoted results in the settings menu."""

    model = SynonymGroup
    icon = "search"
    add_to_settings_menu = True
    list_display = ["__str__"]


register_snippet(SynonymGroupViewSet)
