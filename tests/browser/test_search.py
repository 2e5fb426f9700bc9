"""A resident searches from any page, with the keyboard alone and without JavaScript."""

import re

from tests.browser.test_navigation import tab_to


def test_keyboard_only_search_then_narrow_to_projects(site_url, page):
    page.goto(site_url + "/fr/")
    tab_to(page, "#site-search-q")
    page.keyboard.type("jardin")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/fr/recherche/\?q=jardin"))
    assert "Le jardin partagé des Olivettes" in page.locator(".search-result__title a").all_inner_texts()
    assert page.locator(".search-result__excerpt mark").count() >= 1
    tab_to(page, ".search-filters summary")
    page.keyboard.press("Enter")  # opens « Affiner la recherche »
    tab_to(page, 'input[name="type"]')  # a radio group: Tab reaches the chosen one, arrows choose another
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.locator('input[name="type"][value="projet"]').is_checked()
    tab_to(page, ".search-filters button")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"type=projet"))
    types = page.locator(".search-result__type").all_inner_texts()
    assert types and all(kind.startswith("Projet") for kind in types)
    assert page.locator("#search-page-q").input_value() == "jardin"


def test_search_and_its_filters_work_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/fr/recherche/?q=PIC")
    page.get_by_text("Affiner la recherche").click()
    page.get_by_label("Dispositif", exact=True).check()
    page.get_by_role("button", name="Appliquer").click()
    page.wait_for_url(re.compile(r"type=dispositif"))
    assert "Projet d’initiative citoyenne" in page.locator(".search-result__title").all_inner_texts()
    context.close()
