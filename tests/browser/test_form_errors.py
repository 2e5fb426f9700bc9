"""A form sent with mistakes, on a phone: the errors come first, each leads to its whole question, and the
files already chosen are kept."""

import re

import pytest

from tests.browser.conftest import stored_demande
from tests.browser.test_demande import PIC_FORM, assert_axe_clean, text_of
from tests.demandes.factories import PNG

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


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_files_sent_with_a_mistake_are_kept_and_one_can_be_removed(phone, site_url, server_env, javascript):
    """Without JavaScript too: the kept files and « Retirer » are plain HTML. (axe runs with JavaScript only:
    in a page without it, axe's run waits forever, whatever the page's timeout: how an earlier version hung.)"""
    page = phone
    page.set_default_timeout(10_000)
    page.goto(site_url + PIC_FORM)
    page.fill("input[autocomplete=name]", "Aïcha Benali")
    page.fill("input[autocomplete=tel]", "06 12 34 56 78")
    page.select_option("select", label="Les Oliveaux")
    page.fill("textarea[name=description_du_projet]", "Un goûter pour les enfants du quartier.")
    page.fill("input[name=public_concerne]", "Les familles")
    page.fill("input[name=montant_demande_en_euros]", "800")
    page.fill("textarea[name=budget_du_projet]", "Goûter 300 €, animations 500 €.")
    page.check("input[type=checkbox]")
    page.set_input_files(
        "input[type=file]",
        files=[
            {"name": "devis.png", "mimeType": "image/png", "buffer": PNG},
            {"name": "plan.png", "mimeType": "image/png", "buffer": PNG},
        ],
    )
    page.wait_for_timeout(1000)  # a person takes longer than the robots' threshold
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    # The title is missing: the files are listed at their question, not to be chosen again.
    assert "Titre du projet" in text_of(page.locator(".error-summary"))
    kept = page.locator(".field__kept")
    assert "devis.png" in text_of(kept) and "plan.png" in text_of(kept)
    assert "choisissez-les à nouveau" not in text_of(page.locator("main"))
    box = kept.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    if javascript:
        assert_axe_clean(page)

    page.get_by_label("Retirer plan.png").check()
    page.fill("input[name=titre_du_projet]", "Fête des voisins")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/demandes/confirmation/"))
    reference = page.locator(".reference-box__number").inner_text()
    # Sent once, kept once: the demande has the file kept across the error, not a second copy.
    attached = stored_demande(server_env, reference, "*demande.pieces_jointes.values_list('original_name', flat=True)")
    assert attached.split() == ["devis.png"]
