"""A resident finds the PIC and FTU pages and the projects with the keyboard alone, and without JavaScript."""

import re

import pytest


def tab_to(page, selector, limit=40):
    """Press Tab until the element matching selector has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_first_tab_reaches_the_skip_link_which_moves_to_the_content(site_url, page):
    page.goto(site_url + "/fr/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Aller au contenu"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"


def test_focus_is_visible(site_url, page):
    page.goto(site_url + "/fr/")
    tab_to(page, 'nav[aria-label="Menu principal"] a')
    # The site's own focus style (a dark outline and a yellow halo), not the browser's default ring.
    style = page.evaluate(
        "(({outlineStyle, boxShadow}) => ({outlineStyle, boxShadow}))(getComputedStyle(document.activeElement))"
    )
    assert style["outlineStyle"] == "solid"
    assert "rgb(255, 191, 71)" in style["boxShadow"]


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/fr/participer/projet-initiative-citoyenne/", "Projet d’initiative citoyenne"),
        ("/fr/participer/fonds-travaux-urbains/", "Fonds de travaux urbains"),
    ],
)
def test_keyboard_only_from_the_menu_to_a_dispositif(site_url, page, path, title):
    page.goto(site_url + "/fr/")
    tab_to(page, 'nav[aria-label="Menu principal"] a[href="/fr/participer/"]')
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/fr/participer/$"))
    tab_to(page, f'main a[href="{path}"]')
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(path) + "$"))
    assert page.locator("h1").inner_text() == title
    assert page.locator(".steps__item").count() >= 5


def test_the_site_works_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Participer").click()
    page.get_by_role("link", name="Fonds de travaux urbains").click()
    assert "4 500" in page.locator("main").inner_text()
    page.get_by_label("Rechercher sur le site").fill("initiative")
    page.get_by_role("button", name="Rechercher").click()
    assert page.get_by_role("link", name="Projet d’initiative citoyenne").count() >= 1
    context.close()


def test_projects_are_filtered_without_javascript(site_url, browser):
    """Filters are links: they combine, and the address can be shared."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Les projets").click()
    filters = page.get_by_role("navigation", name="Filtrer les projets")
    filters.get_by_role("link", name=re.compile(r"^Fonds de travaux urbains")).click()
    results = page.locator(".projets__results")
    assert "Le jardin partagé des Olivettes" in results.inner_text()
    assert "Une visite du musée de la gaufre" not in results.inner_text()
    filters.get_by_role("link", name=re.compile(r"^Cadre de vie")).click()
    assert "dispositif=fonds-travaux-urbains" in page.url and "domaine=" in page.url
    assert filters.get_by_role("link", name=re.compile(r"^Fonds de travaux urbains")).get_attribute("aria-current")
    page.get_by_role("link", name="Le jardin partagé des Olivettes").click()
    assert page.locator("h1").inner_text() == "Le jardin partagé des Olivettes"
    context.close()


def test_keyboard_users_can_skip_the_filters(site_url, page):
    page.goto(site_url + "/fr/projets/")
    tab_to(page, 'main a[href="#resultats-titre"]')
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "resultats-titre"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.projets__results') !== null")
