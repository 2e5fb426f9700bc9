"""The site in English and Arabic, in a real browser: right-to-left layout, a demande sent in Arabic, axe."""

import re

import pytest

from tests.browser.test_demande import assert_axe_clean, text_of

TRANSLATED_URLS = [
    "/en/",
    "/en/neighbourhoods/oliveaux/",
    "/en/take-part/citizen-initiative-project/",
    "/en/take-part/citizen-initiative-project/project-form/",
    "/ar/",
    "/ar/participer/",
    "/ar/participer/projet-initiative-citoyenne/",
    "/ar/participer/projet-initiative-citoyenne/fiche-projet/",
]


@pytest.mark.parametrize("path", TRANSLATED_URLS)
def test_axe_finds_no_violation_in_english_and_arabic(site_url, page, path):
    page.goto(site_url + path)
    assert_axe_clean(page)


def test_the_untranslated_notice_is_accessible_and_leads_to_the_french_page(site_url, page):
    page.goto(site_url + "/fr/contrat-de-ville/")
    page.locator('nav.languages a[lang="ar"]').click()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_axe_clean(page)
    page.locator("main a.button").click()
    assert page.url.endswith("/fr/contrat-de-ville/")


def test_the_arabic_site_reads_right_to_left(site_url, page):
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(site_url + "/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    # The menus start on the right and run leftwards.
    menu = page.locator(".main-nav__list a").first.bounding_box()
    assert menu["x"] > 1024 / 2
    languages = page.locator(".languages__list a")
    first, second = languages.nth(0).bounding_box(), languages.nth(1).bounding_box()
    assert first["x"] > second["x"]
    name = page.locator(".site-header__name").bounding_box()
    assert name["x"] + name["width"] > 1024 * 3 / 4
    page.goto(site_url + "/ar/participer/projet-initiative-citoyenne/")
    step = page.locator(".steps__item").first
    box, marker = step.bounding_box(), page.locator(".steps").bounding_box()
    assert box["x"] + box["width"] <= marker["x"] + marker["width"] + 1  # the numbered line is on the right
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "/ar/participer/projet-initiative-citoyenne/fiche-projet/")
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0


def test_a_pic_demande_sent_in_arabic_is_acknowledged_in_arabic(site_url, browser, mailbox):
    context = browser.new_context(locale="ar", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site_url + "/ar/participer/projet-initiative-citoyenne/fiche-projet/")
    page.fill("input[autocomplete=name]", "أمينة بن علي")
    page.fill("input[autocomplete=tel]", "0612345678")
    page.fill("input[autocomplete=email]", "amina@example.org")
    page.select_option("select", index=1)
    for name in ("titre_du_projet", "public_concerne"):
        page.fill(f"input[name={name}]", "حفلة الجيران")
    for name in ("description_du_projet", "budget_du_projet"):
        page.fill(f"textarea[name={name}]", "وجبة مشتركة بين الجيران")
    page.fill("input[name=montant_demande_en_euros]", "900")
    page.check("input[type=checkbox]")
    page.wait_for_timeout(1000)
    page.click("form.form button[type=submit]")
    page.wait_for_url(re.compile(r"/ar/demandes/confirmation/"))
    reference = text_of(page.locator(".reference-box__number"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_axe_clean(page)
    [acknowledgement] = mailbox.to("amina@example.org")
    assert reference in acknowledgement["Subject"]
    assert re.search(r"[\u0600-\u06FF]", acknowledgement.get_content())
    context.close()
