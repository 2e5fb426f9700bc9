"""The admin hooks of demandes: the Demandes menu (see viewsets), the dashboard panel, the audit log, editors’ rules."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

from .dashboard import DemandesPanel
from .models import Demande, DemandeFormPage, DemandeLogEntry
from .viewsets import DemandesViewSetGroup, demande_viewset


@hooks.register("register_admin_viewset")
def register_demandes_viewsets():
    return DemandesViewSetGroup()


def earlier_demande_link(request, rest):
    """E-mails sent before the demandes' admin became one viewset link to /admin/demande/<pk>/…
    (the rest of the path is unchanged): they lead to the same page, the viewset's permissions applying."""
    url = reverse(demande_viewset.get_url_name("index")) + rest
    if request.META.get("QUERY_STRING"):
        url += "?" + request.META["QUERY_STRING"]
    return redirect(url, permanent=True)


@hooks.register("register_admin_urls")
def register_earlier_demande_links():
    return [path("demande/<path:rest>", earlier_demande_link)]


@hooks.register("construct_homepage_panels")
def add_demandes_panel(request, panels):
    if request.user.has_perm("demandes.view_demande"):
        panels.append(DemandesPanel(request.user))


@hooks.register("register_log_actions")
def register_demande_log_actions(actions):
    actions.register_model(Demande, DemandeLogEntry)
    actions.register_action("demandes.consultation", _("Consultation"), _("Demande consultée"))
    actions.register_action("demandes.telechargement", _("Téléchargement"), _("Pièce jointe téléchargée"))
    actions.register_action("demandes.export", _("Export"), _("Données personnelles exportées"))
    actions.register_action("demandes.effacement", _("Effacement"), _("Données personnelles effacées"))
    actions.register_action("demandes.etape", _("Étape"), _("Étape de la demande changée"))
    actions.register_action("demandes.seance_ordre_du_jour", _("Ordre du jour"), _("Ordre du jour de la séance établi"))
    actions.register_action("demandes.seance_impression", _("Impression"), _("Ordre du jour imprimé"))
    actions.register_action("demandes.seance_decisions", _("Décisions"), _("Décisions de la séance enregistrées"))
    actions.register_action("demandes.seance_validation", _("Validation"), _("Séance validée"))
    actions.register_action("demandes.seance_proces_verbal", _("Procès-verbal"), _("Procès-verbal consulté"))
    # Written by actualites, which makes the project page of a granted demande.
    actions.register_action("demandes.fiche_projet", _("Fiche projet"), _("Fiche projet créée"))
    actions.register_action("demandes.bilan_projet", _("Bilan publié"), _("Bilan ajouté à la fiche projet"))


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
