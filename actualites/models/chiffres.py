"""The contrat de ville in figures: the official key figures, the comités' grants, and the published projects."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Site

from demandes.models import Demande
from home.i18n import localized
from home.models import BasePage, KeyFigure

from ..stats import DecisionStats, ProjetStats
from .projets import ProjetIndexPage, ProjetPage


class ChiffresPage(BasePage):
    """The contrat de ville in figures: the official totals, and what the published projects add up to."""

    template = "pages/chiffres_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page des chiffres")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["key_figures"] = localized(KeyFigure.objects.filter(locale=Locale.get_default()))
        home = self.get_parent()
        projets = ProjetPage.objects.live().public().descendant_of(home).for_listing()
        projets = projets.prefetch_related("domaines", "financements")
        context["stats"] = ProjetStats(projets)
        decisions = Demande.objects.granted().values_list("procedure", "granted_at", "amount_granted")
        context["decisions"] = DecisionStats(decisions)
        # The open data section: its files list the French pages, whatever this page's language.
        site = Site.find_for_request(request)
        context["open_data_updated"] = ProjetPage.objects.open_data(site).last_published() if site else None
        context["projet_index"] = ProjetIndexPage.objects.live().public().child_of(home).first()
        return context
