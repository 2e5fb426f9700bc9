"""Every page of the initial tree in a real browser: axe-core finds nothing, and 320 px needs no sideways scroll."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.showcase import URLS as SHOWCASE_URLS
from tests.home.test_pages import FORM_URLS, INITIAL_URLS

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SEARCH_URLS = [
    "/fr/recherche/?q=quartier",
    "/fr/recherche/?q=zzzz",
    "/fr/recherche/?q=maison+du+projet",
    "/fr/recherche/?q=jardin&type=projet&quartier=1",
    "/ar/recherche/?q=PIC",
]
EXTRA_URLS = [
    *SEARCH_URLS,
    "/fr/page-introuvable/",
    "/fr/projets/?dispositif=fonds-travaux-urbains&annee=abc",
    "/fr/projets/?dispositif=projet-initiative-citoyenne&annee=2020",
]

axe = Axe()


@pytest.mark.parametrize("path", INITIAL_URLS + FORM_URLS + EXTRA_URLS + SHOWCASE_URLS)
def test_axe_finds_no_wcag_21_aa_violation(site_url, showcase, page, path):
    page.goto(site_url + path)
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", INITIAL_URLS + FORM_URLS + SHOWCASE_URLS + SEARCH_URLS)
def test_no_horizontal_scroll_at_320_px(site_url, showcase, page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
