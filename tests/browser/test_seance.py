"""An agent holds a PIC comité session in the admin; the residents are told once, in their language, and see it."""

import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.browser.test_demande import assert_axe_clean, text_of
from tests.utils import manage

AGENT_PASSWORD = "agent-des-seances-2026"  # noqa: S105
AGENT_TOTP_KEY = "3132333435363738393031323334353637383932"  # the agent's authenticator app
# Three PIC demandes « Reçue » at the Maison du projet, from residents writing in French, English and Arabic;
# the comité's members, one of whom is a porteur.
CREATE = f"""
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice
from demandes.models import Agent, Demande, Membre
from dispositifs.models import DispositifPage
from home.models import ContactPoint
point = ContactPoint.objects.get(kind="maison_du_projet", locale__language_code="fr")
user = User.objects.create_user("agent-seances", password="{AGENT_PASSWORD}")
user.groups.add(Group.objects.get(name="Maison du projet"))
TOTPDevice.objects.create(user=user, name="téléphone", key="{AGENT_TOTP_KEY}")
Agent.objects.create(user=user).contact_points.set([point])
pic = DispositifPage.objects.get(acronym="PIC", locale__language_code="fr")
for number, (name, email, language, title) in enumerate([
    ("Nadia Ferhat", "nadia@example.org", "fr", "Jardin partagé"),
    ("Tom Baker", "tom@example.org", "en", "Tournoi de foot"),
    ("Samir Amrani", "samir@example.org", "ar", "Soirée contes"),
], start=1):
    Demande.objects.create(
        reference=f"PIC-2026-08{{number:02d}}", procedure="pic", dispositif=pic, grant_ceiling=1500,
        contact_point=point, contact_name=name, contact_email=email, language=language,
        form_data={{"titre_du_projet": title}}, field_labels={{"titre_du_projet": "Titre du projet"}},
        amount_requested=1000,
    )
Membre.objects.create(contact_point=point, name="Nadia Ferhat", role="habitant")
Membre.objects.create(contact_point=point, name="Louis Martin", role="elu")
"""
SUBJECTS = {
    "nadia@example.org": "Votre demande PIC-2026-0801 : Avis favorable",
    "tom@example.org": "Your application PIC-2026-0802: ",
    "samir@example.org": "طلبكم PIC-2026-0803",
}


@pytest.fixture(scope="module")
def seance_agent(server_env, site_url):
    manage(server_env, "shell", "-c", CREATE)
    return "agent-seances"


def follow_up_link(message):
    return re.search(r"http://\S+/demandes/suivi/\S+/", message.get_content()).group(0)


def test_an_agent_holds_a_session_and_each_resident_is_told_once_in_their_language(
    site_url, browser, mailbox, seance_agent
):
    office = browser.new_context(locale="fr-FR").new_page()
    office.goto(site_url + "/admin/login/")
    office.fill("input[name=username]", seance_agent)
    office.fill("input[name=password]", AGENT_PASSWORD)
    office.keyboard.press("Enter")
    # The Maison du projet's agents give their second factor.
    office.wait_for_url(re.compile(r"/admin/deux-facteurs/verifier/$"))
    office.fill("input[name=otp_token]", f"{totp(bytes.fromhex(AGENT_TOTP_KEY)):06d}")
    office.keyboard.press("Enter")
    office.wait_for_url(re.compile(r"/admin/$"))

    # The session: its date, place and members present.
    office.goto(site_url + "/admin/seances/nouvelle/")
    office.select_option("select[name=dispositif]", "pic")
    office.select_option("select[name=contact_point]", label="Maison du projet des Oliveaux")
    office.fill("input[name=date]", "2026-12-15")
    office.fill("input[name=place]", "Salle du conseil")
    office.get_by_label("Nadia Ferhat (Habitant)").check()
    office.get_by_label("Louis Martin (Élu)").check()
    office.get_by_role("button", name="Enregistrer la séance").click()

    # Its agenda: the three demandes waiting for the comité, in order.
    for number in (1, 2, 3):
        office.get_by_label(f"Inscrire PIC-2026-080{number}").check()
    office.get_by_role("button", name="Enregistrer l’ordre du jour").click()
    office.get_by_role("link", name="Ordre du jour à imprimer").click()
    agenda = text_of(office.locator("main"))
    assert "Jardin partagé" in agenda and "1 000 €" in agenda and "nadia@example.org" not in agenda
    assert_axe_clean(office)
    office.go_back()

    # The decisions: the porteur on the comité is already marked as not taking part in hers.
    office.get_by_role("link", name="Saisir les décisions").click()
    first, second, third = (office.locator("fieldset.decision").nth(index) for index in range(3))
    assert first.get_by_label("Nadia Ferhat (Habitant)").is_checked()
    assert not second.get_by_label("Nadia Ferhat (Habitant)").is_checked()
    first.get_by_label("Favorable", exact=True).check()
    first.get_by_label("Montant accordé").fill("900")
    second.get_by_label("Défavorable", exact=True).check()
    second.get_by_label("Motif (défavorable ou ajourné)").fill("Le projet a déjà un financement.")
    third.get_by_label("Ajourné", exact=True).check()
    office.get_by_role("button", name="Enregistrer les décisions").click()
    expect(office.locator("body")).to_contain_text("Décisions enregistrées.")
    assert not [m for m in mailbox.messages if set(m["to"]) & set(SUBJECTS)], "nothing before validation"

    office.get_by_role("link", name="La séance").click()
    office.get_by_role("button", name="Valider la séance").click()
    expect(office.locator("body")).to_contain_text("Séance validée")

    # Each resident gets one e-mail, in their language.
    for address, subject in SUBJECTS.items():
        [message] = mailbox.to(address)
        assert " ".join(message["Subject"].split()).startswith(subject)
    [ajournement] = mailbox.to("samir@example.org")
    assert "PIC-2026-0803" in ajournement.get_content()

    # They see the decision on their follow-up page, whose link the e-mail gives.
    nadia, tom = (follow_up_link(mailbox.to(address)[0]) for address in ("nadia@example.org", "tom@example.org"))
    resident = browser.new_context(locale="fr-FR").new_page()
    resident.goto(nadia)
    assert "Avis favorable (étape actuelle)" in text_of(resident.locator(".timeline"))
    assert "900 €" in text_of(resident.locator("main"))
    resident.goto(tom)
    assert "(current step)" in text_of(resident.locator(".timeline"))

    # The minutes: the decisions, and the interest declared.
    office.get_by_role("link", name="Procès-verbal", exact=True).click()
    minutes = text_of(office.locator("main"))
    assert "Favorable" in minutes and "900 €" in minutes and "Défavorable" in minutes and "Ajourné" in minutes
    assert "Nadia Ferhat ne prend pas part à la décision sur la demande PIC-2026-0801." in minutes
    assert_axe_clean(office)
