"""The contrat de ville in figures: the official key figures, the comités' grants, and the published projects."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from demandes.models import Demande
from home.i18n import localized
from home.models import BasePage, KeyFigure
from home.published import default_locale, private_sections
from proxy_cache.version import kept

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
        site = Site.find_for_request(request)
        context.update(kept(("chiffres", self.pk, translation.get_language()), lambda: self.published_figures(site)))
        decisions = Demande.objects.granted().values_list("procedure", "granted_at", "amount_granted")
        context["decisions"] = DecisionStats(decisions)
        return context

    def published_figures(self, site):
        """What only a publication changes: the key figures, the projects' totals, the open data's date.

        Kept until the next publication; the comités' grants (``decisions``) change without one.
        """
        home = self.get_parent()
        projets = ProjetPage.objects.live().exclude(private_sections()).descendant_of(home).for_listing()
        projets = projets.prefetch_related("domaines", "financements")
        return {
            "key_figures": localized(KeyFigure.objects.filter(locale=default_locale())),
            "stats": ProjetStats(projets),
            # The open data section: its files list the French pages, whatever this page's language.
            "open_data_updated": ProjetPage.objects.open_data(site).last_published() if site else None,
            "projet_index": ProjetIndexPage.objects.live().exclude(private_sections()).child_of(home).first(),
        }
