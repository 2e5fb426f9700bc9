"""The actualites app in the admin: the domaines snippet, its share of the home page (the latest news),
and the project page of a granted demande (its actions on the demande's page, see admin_views)."""

from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from actualites.admin_views import BilanProjetView, CreateFicheProjetView
from actualites.fiches import refusal
from actualites.models import ActualitePage, Domaine
from demandes.admin_views import DEMANDE_ACTIONS_HOOK
from home.i18n import mark_fallbacks, with_source_fallback
from home.models.pages import HOME_PAGE_CONTEXT_HOOK
from home.published import private_sections


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
    news = with_source_fallback(ActualitePage.objects.live().exclude(private_sections()), home_page)
    context["latest_actualites"] = mark_fallbacks(news.order_by("-date", "-pk")[:3])


@hooks.register("register_admin_urls")
def register_fiche_projet_urls():
    return [
        path("fiches-projet/<int:pk>/creer/", CreateFicheProjetView.as_view(), name="actualites_fiche_projet_create"),
        path("fiches-projet/<int:pk>/bilan/", BilanProjetView.as_view(), name="actualites_fiche_projet_bilan"),
    ]


@hooks.register(DEMANDE_ACTIONS_HOOK)
def fiche_projet_actions(request, demande):
    """« Créer la fiche projet » on a granted demande, or the way to its page and to adding its bilan."""
    if not demande.is_granted or not policy_registry.get(demande).user_has_permission(request.user, "publish_project"):
        return None
    page = getattr(demande, "fiche_projet", None)
    actions = {"heading": _("Fiche projet sur le site"), "text": "", "buttons": []}
    if page is None:
        actions["text"] = refusal(demande) or demande.get_publication_consent_display()
        if not refusal(demande):
            url = reverse("actualites_fiche_projet_create", args=[demande.pk])
            actions["buttons"].append({"label": _("Créer la fiche projet"), "url": url, "method": "post"})
        return actions
    actions["text"] = _("Fiche « %(title)s » (%(state)s).") % {"title": page.title, "state": page.status_string}
    if page.permissions_for_user(request.user).can_edit():
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        actions["buttons"].append({"label": _("Ouvrir la fiche projet"), "url": url, "method": "get"})
    if getattr(demande, "bilan", None) is not None:
        url = reverse("actualites_fiche_projet_bilan", args=[demande.pk])
        actions["buttons"].append({"label": _("Publier le bilan sur la fiche"), "url": url, "method": "get"})
    return actions
