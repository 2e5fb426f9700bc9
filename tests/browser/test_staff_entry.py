"""An agent at a point relais types a paper demande into the form, then prints its receipt from the admin."""

import re

import pytest
from django_otp.oath import totp

from tests.browser.test_demande import AGENT_PASSWORD, AGENT_TOTP_KEY, CREATE_AGENT, PIC_FORM, assert_axe_clean, text_of
from tests.utils import manage

USERNAME = "agent-point-relais"


@pytest.fixture(scope="module")
def office(site_url, server_env, browser):
    manage(server_env, "shell", "-c", CREATE_AGENT.replace('"agent"', f'"{USERNAME}"'))
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", AGENT_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/admin/deux-facteurs/verifier/$"))
    page.fill("input[name=otp_token]", f"{totp(bytes.fromhex(AGENT_TOTP_KEY)):06d}")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))
    yield page
    context.close()


def test_an_agent_enters_a_paper_demande_and_prints_its_receipt(site_url, office):
    office.goto(site_url + PIC_FORM)
    staff = office.locator(".form__staff")
    channels = staff.locator("input[name=canal]")
    assert channels.count() == 1 and channels.first.is_checked()
    assert "En ligne" not in text_of(staff)
    # Consent is confirmed once, by the agent: the resident's own checkbox is not asked again.
    assert office.locator("input[type=checkbox]").count() == 1
    assert_axe_clean(office)

    office.get_by_label("La personne a donné son accord").check()
    office.fill("input[autocomplete=name]", "Malik Haddad")
    office.fill("input[autocomplete=tel]", "03 20 00 00 00")
    office.select_option("select", label="Les Oliveaux")
    office.fill("input[name=titre_du_projet]", "Tournoi de foot")
    office.fill("textarea[name=description_du_projet]", "Un tournoi pour les jeunes du quartier.")
    office.fill("input[name=public_concerne]", "Les jeunes")
    office.fill("input[name=montant_demande_en_euros]", "850")
    office.fill("textarea[name=budget_du_projet]", "Maillots 500 €, goûter 350 €.")
    office.locator("form.form button[type=submit]").click()

    office.wait_for_url(re.compile(r"/admin/demandes_recues/\d+/$"))
    reference = re.search(r"PIC-\d{4}-\d{4}", text_of(office.locator("header"))).group()
    assert f"Demande {reference} enregistrée" in text_of(office.locator("body"))
    office.get_by_role("link", name="Imprimer le récépissé").click()
    office.wait_for_url(re.compile(r"/recepisse/$"))
    assert reference in text_of(office.locator("main"))

    office.goto(site_url + "/admin/demandes_recues/")
    row = text_of(office.locator("tr", has_text=reference))
    assert "850 €" in row and "850,00" not in row
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", row)
