"""The actualites app in the admin: the domaines snippet, and its share of the home page (the latest news)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from actualites.models import ActualitePage, Domaine
from home.i18n import mark_fallbacks, with_source_fallback
from home.models.pages import HOME_PAGE_CONTEXT_HOOK


class DomaineViewSet(SnippetViewSet):
    """Editors extend the list of domaines a project can touch."""

    model = Domaine
    icon = "tag"
    list_display = ["name", "sort_order"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 210


register_snippet(DomaineViewSet)


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def add_latest_actualites(home_page, request, context):
    """The home page's « Dernières actualités »: the three newest news pages of the site, the French
    ones that are not translated included (marked as French) on the English and Arabic home pages."""
    news = with_source_fallback(ActualitePage.objects.live().public(), home_page)
    context["latest_actualites"] = mark_fallbacks(news.order_by("-date", "-pk")[:3])
