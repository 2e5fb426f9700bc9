"""A form sent with mistakes, on a phone: the errors come first, and each leads to its whole question."""

import pytest

from tests.browser.test_demande import PIC_FORM, assert_axe_clean

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def phone(browser, javascript):
    context = browser.new_context(locale="fr-FR", viewport=PHONE, is_mobile=True, java_script_enabled=javascript)
    yield context.new_page()
    context.close()


def send_empty_form(page, site_url):
    page.goto(site_url + PIC_FORM)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_the_errors_come_first_on_the_first_screen(phone, site_url, javascript):
    send_empty_form(phone, site_url)
    assert phone.title().startswith("Erreur")
    # Without JavaScript too: the first thing in <main>, where the skip link leads.
    first = phone.locator("main > *").first
    assert first.locator(".error-summary").count() == 1
    if javascript:
        # Focused, so on the first screen whatever sits above <main> on a phone.
        summary = phone.locator(".error-summary").bounding_box()
        assert summary["y"] < PHONE["height"] / 2


def test_the_summary_takes_the_focus_and_its_links_show_the_whole_question(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport=PHONE, is_mobile=True)
    page = context.new_page()
    send_empty_form(page, site_url)
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert_axe_clean(page)
    link = page.locator(".error-summary a", has_text="Titre du projet")
    link.click()
    assert page.evaluate("document.activeElement.name") == "titre_du_projet"
    question = page.locator("#id_titre_du_projet-question")
    for part in (question.locator("label"), question.locator(".field__error"), question.locator("input")):
        box = part.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], part
    context.close()
