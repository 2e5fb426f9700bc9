"""From a granted demande to a published project: the resident's consent, the draft, the moderator, the site."""

import json
import re

import pytest
from django_otp.oath import totp

from tests.browser.conftest import ADMIN_PASSWORD
from tests.browser.test_demande import assert_axe_clean, text_of
from tests.utils import manage

MODERATOR_PASSWORD = "moderateur-de-test-2026"  # noqa: S105
ADMIN_TOTP_KEY = "3132333435363738393031323334353637383932"  # the admin's authenticator app
CREATE_STAFF = f"""
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice
user = User.objects.create_user("moderatrice", password="{MODERATOR_PASSWORD}")
user.groups.add(Group.objects.get(name="Modérateurs"))
TOTPDevice.objects.create(user=User.objects.get(username="admin"), name="téléphone", key="{ADMIN_TOTP_KEY}")
"""
GRANTED_PIC = """
from django.db.models import Sum
from demandes.models import Demande
granted = Demande.objects.granted().filter(procedure="pic")
print(granted.count(), int(granted.aggregate(total=Sum("amount_granted"))["total"]))
"""
TITLE = "Jardin partagé de la rue des Lilas"
PRIVATE = ("jardin-lilas@example.org", "06 98 76 54 32", "Testnom")


@pytest.fixture(scope="module")
def moderator(server_env, site_url):
    """A moderator (no second factor for that group), and the admin's authenticator app."""
    manage(server_env, "shell", "-c", CREATE_STAFF)
    return "moderatrice"


def log_in(browser, site_url, username, password, totp_key=None):
    """Into the admin; a superuser or an agent also types the authenticator app's code."""
    page = browser.new_context(locale="fr-FR").new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.keyboard.press("Enter")
    if totp_key:
        page.wait_for_url(re.compile(r"/admin/deux-facteurs/verifier/$"))
        page.fill("input[name=otp_token]", f"{totp(bytes.fromhex(totp_key)):06d}")
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def test_a_granted_demande_becomes_a_published_project_without_personal_data(
    site_url, server_env, browser, mailbox, moderator
):
    # A resident applies (without JavaScript), and the comité grants 600 €.
    resident = browser.new_context(locale="fr-FR", java_script_enabled=False).new_page()
    resident.goto(site_url + "/fr/participer/projet-initiative-citoyenne/fiche-projet/")
    resident.fill("input[autocomplete=name]", "Nadia Testnom")
    resident.fill("input[autocomplete=tel]", "06 98 76 54 32")
    resident.fill("input[autocomplete=email]", "jardin-lilas@example.org")
    resident.select_option("select", label="Les Oliveaux")
    resident.fill("input[name=titre_du_projet]", TITLE)
    resident.fill("textarea[name=description_du_projet]", "Des bacs de légumes cultivés par les voisins.")
    resident.fill("input[name=public_concerne]", "Les voisins")
    resident.fill("input[name=montant_demande_en_euros]", "600")
    resident.fill("textarea[name=budget_du_projet]", "Bacs et terreau 600 €.")
    resident.check("input[type=checkbox]")
    resident.wait_for_timeout(1000)
    resident.click("form.form button[type=submit]")
    assert resident.locator(".error-summary").count() == 0, text_of(resident.locator(".error-summary"))
    reference = resident.locator(".reference-box__number").inner_text()
    follow_up = re.search(
        r"http://\S+/demandes/suivi/\S+/", mailbox.to("jardin-lilas@example.org")[0].get_content()
    ).group(0)

    office = log_in(browser, site_url, "admin", ADMIN_PASSWORD, ADMIN_TOTP_KEY)
    office.goto(site_url + "/admin/demandes_recues/")
    office.get_by_role("link", name=reference).click()
    demande_url = office.url
    office.get_by_label("En examen par le comité de gestion").check()
    office.get_by_role("button", name="Enregistrer l’étape").click()
    office.get_by_label("Avis favorable").check()
    office.get_by_label("Montant accordé").fill("600")
    office.get_by_role("button", name="Enregistrer l’étape").click()
    assert "La personne n’a pas encore dit si son projet peut être présenté" in text_of(office.locator("main"))
    assert office.get_by_role("button", name="Créer la fiche projet").count() == 0

    # The resident is asked on the follow-up page; a choice without the name is refused in French.
    # axe needs JavaScript (without it, its timers never fire and the check never ends): this visit runs it.
    resident = browser.new_context(locale="fr-FR").new_page()
    resident.goto(follow_up)
    consent = resident.get_by_role("group", name=re.compile("Pouvons-nous présenter votre projet"))
    consent.get_by_label("Oui, sous le nom de notre association ou de notre groupe").check()
    resident.get_by_role("button", name="Enregistrer mon choix").click()
    assert "Indiquez le nom de l’association ou du groupe à afficher." in text_of(resident.locator(".error-summary"))
    assert_axe_clean(resident)
    resident.get_by_label("Nom à afficher").fill("Les Jardiniers des Oliveaux")
    resident.get_by_role("button", name="Enregistrer mon choix").click()
    assert "Merci : votre choix est enregistré." in text_of(resident.locator("main"))
    assert_axe_clean(resident)

    # The agent makes the draft and lands on its editor; a moderator publishes it.
    office.goto(demande_url)
    office.get_by_role("button", name="Créer la fiche projet").click()
    office.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert office.input_value("input[name=title]") == TITLE
    edit_url = office.url
    review = log_in(browser, site_url, moderator, MODERATOR_PASSWORD)
    review.goto(edit_url)
    review.locator("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]").first.click()
    # The draft waits in the moderation workflow: the moderator approves it, which publishes it.
    review.get_by_role("button", name="Approuver et Publier", exact=True).click()
    review.wait_for_url(re.compile(r"/admin/pages/\d+/$"))  # the parent's listing, where Wagtail goes next

    # On the site: listed, with its amount in the figures, and nothing private in the HTML.
    visitor = browser.new_context(locale="fr-FR").new_page()
    visitor.goto(site_url + "/fr/projets/")
    visitor.get_by_role("link", name=TITLE).click()
    html = visitor.content()
    assert "Les Jardiniers des Oliveaux" in text_of(visitor.locator("main"))
    for private in PRIVATE:
        assert private not in html
    assert_axe_clean(visitor)
    visitor.goto(site_url + "/fr/chiffres/")
    grants = visitor.get_by_role("table", name="Projet d’initiative citoyenne (PIC) : subventions accordées par année")
    count, total = manage(server_env, "shell", "-v0", "-c", GRANTED_PIC).split()  # -v0: no auto-import notice
    assert re.search(rf"\b{count} {int(total):,} €".replace(",", " "), text_of(grants))
    for private in PRIVATE:
        assert private not in visitor.content()
    assert_axe_clean(visitor)
    # Nor in what other channels read: the API's project and the open data files.
    for path in ("/api/v1/pages/?type=projet&page_size=50", "/donnees/projets.json", "/donnees/projets.csv"):
        response = visitor.request.get(site_url + path)
        assert response.ok
        # The JSON escapes accents: read it back before looking.
        text = response.text() if path.endswith(".csv") else json.dumps(response.json(), ensure_ascii=False)
        assert TITLE in text
        assert not any(private in text for private in PRIVATE)

    # The resident's follow-up page now links to it.
    resident.goto(follow_up)
    resident.get_by_role("link", name=re.compile("Votre projet est présenté sur le site")).click()
    assert resident.locator("h1").inner_text() == TITLE
