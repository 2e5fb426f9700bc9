"""A resident applies to the PIC from a phone, keyboard only; an agent processes it; the resident follows it."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.oath import totp

from tests.browser.test_accessibility import WCAG_21_AA
from tests.browser.test_navigation import tab_to
from tests.utils import manage

PIC_FORM = "/fr/participer/projet-initiative-citoyenne/fiche-projet/"
AGENT_PASSWORD = "agent-de-test-2026"  # noqa: S105
AGENT_TOTP_KEY = "3132333435363738393031323334353637383930"  # the agent's authenticator app
CREATE_AGENT = f"""
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice
from demandes.models import Agent
from home.models import ContactPoint
user = User.objects.create_user("agent", password="{AGENT_PASSWORD}")
TOTPDevice.objects.create(user=user, name="téléphone", key="{AGENT_TOTP_KEY}")
user.groups.add(Group.objects.get(name="Maison du projet"))
Agent.objects.create(user=user).contact_points.set(ContactPoint.objects.filter(kind="maison_du_projet"))
"""

axe = Axe()


def assert_axe_clean(page):
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    assert results.violations_count == 0, results.generate_report()


def text_of(locator):
    """The visible text, with line breaks and no-break spaces folded to plain spaces."""
    return " ".join(locator.inner_text().split())


def type_into(page, selector, text):
    tab_to(page, selector, limit=80)
    page.keyboard.type(text)


@pytest.fixture(scope="module")
def agent(server_env, site_url):
    manage(server_env, "shell", "-c", CREATE_AGENT)
    return "agent"


def test_a_resident_applies_on_a_phone_with_the_keyboard_and_an_agent_processes_it(site_url, browser, mailbox, agent):
    phone = browser.new_context(locale="fr-FR", viewport={"width": 360, "height": 740}, is_mobile=True)
    page = phone.new_page()
    page.goto(site_url + PIC_FORM)
    assert_axe_clean(page)

    # A first try with the amount above the ceiling: the error is listed, what was typed stays.
    type_into(page, "input[autocomplete=name]", "Aïcha Benali")
    type_into(page, "input[autocomplete=tel]", "06 12 34 56 78")
    type_into(page, "input[autocomplete=email]", "aicha@example.org")
    tab_to(page, "select")
    page.keyboard.press("ArrowDown")  # the first quartier: Les Oliveaux
    type_into(page, "input[name=titre_du_projet]", "Fête des voisins")
    type_into(page, "textarea[name=description_du_projet]", "Un goûter pour les enfants du quartier.")
    type_into(page, "input[name=public_concerne]", "Les familles")
    type_into(page, "input[name=montant_demande_en_euros]", "1 800")
    type_into(page, "textarea[name=budget_du_projet]", "Goûter 300 €, animations 500 €.")
    tab_to(page, "input[type=checkbox]")
    page.keyboard.press("Space")
    page.wait_for_timeout(1000)  # a person takes longer than the robots' threshold
    tab_to(page, "form.form button[type=submit]", limit=20)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert "Le montant demandé dépasse le plafond du PIC (1 500 €)." in text_of(summary)
    assert page.input_value("input[name=titre_du_projet]") == "Fête des voisins"
    assert_axe_clean(page)

    # The error links to the field; the resident corrects it and sends.
    summary.locator("a").first.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.name") == "montant_demande_en_euros"
    page.keyboard.press("Control+A")
    page.keyboard.type("800")
    tab_to(page, "form.form button[type=submit]", limit=20)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/demandes/confirmation/"))
    reference = page.locator(".reference-box__number").inner_text()
    assert re.fullmatch(r"PIC-\d{4}-\d{4}", reference)
    assert_axe_clean(page)

    # The acknowledgement arrives with the reference and the private follow-up link.
    [acknowledgement] = mailbox.to("aicha@example.org")
    assert reference in acknowledgement["Subject"]
    follow_up = re.search(r"http://\S+/demandes/suivi/\S+/", acknowledgement.get_content()).group(0)
    page.goto(follow_up)
    assert "Reçue (étape actuelle)" in text_of(page.locator(".timeline"))
    assert_axe_clean(page)

    # An agent of the Maison du projet finds it in the inbox and gives a favourable opinion.
    office = browser.new_context(locale="fr-FR").new_page()
    office.goto(site_url + "/admin/login/")
    office.fill("input[name=username]", agent)
    office.fill("input[name=password]", AGENT_PASSWORD)
    office.keyboard.press("Enter")
    # The Maison du projet's agents give their second factor.
    office.wait_for_url(re.compile(r"/admin/deux-facteurs/verifier/$"))
    office.fill("input[name=otp_token]", f"{totp(bytes.fromhex(AGENT_TOTP_KEY)):06d}")
    office.keyboard.press("Enter")
    office.wait_for_url(re.compile(r"/admin/$"))
    office.goto(site_url + "/admin/demandes_recues/")
    office.get_by_role("link", name=reference).click()
    office.get_by_label("En examen par le comité de gestion").check()
    office.get_by_role("button", name="Enregistrer l’étape").click()
    office.get_by_label("Avis favorable").check()
    office.get_by_label("Montant accordé").fill("750")
    office.get_by_role("button", name="Enregistrer l’étape").click()
    assert "Avis favorable" in office.locator("header").inner_text()

    page.reload()
    timeline = text_of(page.locator(".timeline"))
    assert "Avis favorable (étape actuelle)" in timeline
    assert "En examen par le comité de gestion (franchie)" in timeline
    assert "Montant accordé 750 €" in text_of(page.locator("main"))
    assert [message["Subject"].strip() for message in mailbox.to("aicha@example.org")][-1] == (
        f"Votre demande {reference} : Avis favorable"
    )
    phone.close()


def test_the_form_works_without_javascript(site_url, browser):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/fr/participer/fonds-travaux-urbains/demande/")
    page.fill("input[autocomplete=name]", "Karim Haddad")
    page.fill("input[autocomplete=tel]", "03 20 00 00 00")
    page.select_option("select", label="L’Épi de Soil")
    page.fill("input[name=ou_se_trouvent_les_travaux_a_faire]", "Derrière le bâtiment B")
    page.fill("textarea[name=ce_qui_devrait_etre_ameliore]", "Une rampe")
    page.fill("textarea[name=pourquoi_ce_serait_utile]", "Pour les poussettes")
    page.check("input[type=checkbox]")
    page.wait_for_timeout(1000)
    page.click("form.form button[type=submit]")
    assert re.fullmatch(r"FTU-\d{4}-\d{4}", page.locator(".reference-box__number").inner_text())
    context.close()
