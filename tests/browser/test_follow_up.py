"""The resident's follow-up page on a phone: what was asked and granted, whom to call, steps that read as steps."""

import pytest

from tests.browser.test_demande import assert_axe_clean, text_of
from tests.utils import manage

TOKEN = "suivi-de-test-une-demande-ftu-en-arabe-0042"
CREATE_DEMANDE = f"""
from demandes.models import Demande, DemandeFormPage
from home.models import ContactPoint
from wagtail.models import Locale
page = DemandeFormPage.objects.get(slug="demande", locale__language_code="fr")
relais = ContactPoint.objects.create(
    locale=Locale.get_default(), name="Centre social Kiener", kind="point_relais",
    phone="03 20 00 00 42", opening_hours="Du lundi au vendredi, de 9 h à 12 h",
)
Demande.objects.create(
    page=page, form_data={{"titre_du_projet": "Bancs devant la tour"}}, reference="FTU-2026-0042", procedure="ftu",
    dispositif=page.dispositif, grant_ceiling=4500, contact_point=relais,
    language="ar", amount_requested=1200, follow_up_token="{TOKEN}",
)
"""


@pytest.fixture(scope="module")
def follow_up(server_env, site_url):
    manage(server_env, "shell", "-c", CREATE_DEMANDE)
    return f"/demandes/suivi/{TOKEN}/"


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 360, "height": 740}, is_mobile=True)
    yield context.new_page()
    context.close()


def test_the_follow_up_page_says_what_was_asked_and_whom_to_call(phone, site_url, follow_up):
    phone.goto(site_url + "/fr" + follow_up)
    text = text_of(phone.locator("main"))
    assert "Projet Bancs devant la tour" in text
    assert "Montant demandé 1 200 €" in text
    assert "Centre social Kiener" in text and "03 20 00 00 42" in text and "de 9 h à 12 h" in text
    assert_axe_clean(phone)


def test_step_markers_are_numbered_squares_beside_their_names(phone, site_url, follow_up):
    phone.goto(site_url + "/fr" + follow_up)
    assert phone.locator(".timeline circle, .timeline input").count() == 0
    steps = phone.locator(".timeline__step")
    assert steps.count() == 6
    for index in range(steps.count()):
        marker = steps.nth(index).locator(".timeline__marker")
        radius = marker.evaluate("element => parseFloat(getComputedStyle(element).borderTopLeftRadius)")
        box = marker.bounding_box()
        assert radius < box["width"] / 4  # a square with rounded corners, not a round button
        label = steps.nth(index).locator(".timeline__label").bounding_box()
        # « Étude et chiffrage par les services techniques » wraps on a phone: beside its marker, not under.
        assert label["x"] >= box["x"] + box["width"], index


def test_in_arabic_the_reference_stays_one_left_to_right_line(phone, site_url, follow_up):
    phone.goto(site_url + "/ar" + follow_up)
    for reference in phone.locator(".reference").all():
        assert reference.inner_text() == "FTU-2026-0042"
        assert reference.evaluate("element => getComputedStyle(element).direction") == "ltr"
        assert reference.bounding_box()["height"] < 2 * float(
            reference.evaluate("element => parseFloat(getComputedStyle(element).lineHeight)")
        )
    assert_axe_clean(phone)
