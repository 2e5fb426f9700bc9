"""English and Arabic visitors in a real browser: the whole menu, the footer and the news, the French ones marked."""

import pytest

from tests.browser.test_demande import assert_axe_clean, text_of


@pytest.mark.parametrize(("path", "label"), [("/ar/", "(بالفرنسية)"), ("/en/", "(in French)")])
def test_the_french_pages_are_offered_marked_as_french(site_url, page, showcase, path, label):
    page.goto(site_url + "/fr/")
    french_menu = page.locator(".main-nav__list a").count()
    page.goto(site_url + path)
    menu = page.locator(".main-nav__list a")
    assert menu.count() == french_menu
    in_french = page.locator('.main-nav__list a[lang="fr"][hreflang="fr"]')
    assert in_french.count() >= 1
    assert text_of(in_french.first.locator(".in-french")) == label
    news = page.locator('.card__title a[lang="fr"]', has_text="Le jardin est ouvert")
    assert text_of(news).endswith(label)
    assert page.locator('.site-footer__links a[lang="fr"] .in-french').count() >= 1
    assert_axe_clean(page)
    news.click()
    page.wait_for_url("**/fr/actualites/le-jardin-est-ouvert/")


def test_the_arabic_menu_leads_to_the_french_contrat_de_ville_page(site_url, page):
    page.goto(site_url + "/ar/")
    page.locator('.main-nav__list a[lang="fr"]', has_text="Contrat de ville").click()
    page.wait_for_url("**/fr/contrat-de-ville/")
