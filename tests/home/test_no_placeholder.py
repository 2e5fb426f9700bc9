"""No public page of the initial content shows a placeholder: nothing announced « bientôt », no « à compléter »,
no lorem ipsum, and no e-mail address at a reserved domain (the seeded Maison du projet's, which editors replace)."""

import re

import pytest

from wagtail.models import Page

from home.contact import is_placeholder_email, public_email
from home.models import ContactPoint
from tests.utils import page_text

# As words: the Arabic « قريبًا » (soon), not « القريبة » (nearby) or « تقريبًا » (about).
SOON = {"fr": r"\bbientôt\b", "en": r"\bsoon\b", "ar": r"(?<!\w)قريبًا"}
PLACEHOLDERS = re.compile(r"\bbientôt\b|à compléter|\blorem\b", re.IGNORECASE)
RESERVED_ADDRESS = re.compile(r"@[\w.-]*(example\.(org|com|net)|\.example|\.invalid|\.test)\b", re.IGNORECASE)
SEEDED_EMAIL = "maison-du-projet@example.org"


def public_urls(language):
    pages = Page.objects.live().public().filter(depth__gt=1, locale__language_code=language)
    assert pages.count() >= 5
    # The search page lists the contact points too.
    return [page.url for page in pages] + [f"/{language}/recherche/?q=maison"]


@pytest.mark.parametrize("language", SOON)
def test_no_public_page_shows_a_placeholder(client, translated_content, language):
    for url in public_urls(language):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()  # the JSON-LD and the mailto: links as well as the text
        text = page_text(response)
        assert not re.search(SOON[language], text.lower()), url
        assert not PLACEHOLDERS.search(text), url
        assert "TODO" not in text, url
        assert not RESERVED_ADDRESS.search(body), url


@pytest.mark.parametrize("language", SOON)
def test_a_real_address_is_shown_in_the_footer_and_the_json_ld(client, translated_content, language):
    ContactPoint.objects.filter(kind="maison_du_projet").update(email="maison.projet@mairie-loos.fr")
    body = client.get(f"/{language}/").content.decode()
    assert 'href="mailto:maison.projet@mairie-loos.fr"' in body
    assert '"email": "maison.projet@mairie-loos.fr"' in body


def test_the_placeholder_still_routes_the_demandes_and_is_kept_for_the_admin(initial_content):
    maison = ContactPoint.objects.get(kind="maison_du_projet", locale__language_code="fr")
    assert maison.email == SEEDED_EMAIL and maison.public_email == ""
    assert "example.org" in str(ContactPoint._meta.get_field("email").help_text)


def test_the_contact_points_in_the_api_carry_no_placeholder(client, translated_content):
    for language in SOON:
        response = client.get("/api/v1/lieux/", {"locale": language})
        assert response.status_code == 200
        assert response.json()["count"] > 0
        assert not RESERVED_ADDRESS.search(response.content.decode())


@pytest.mark.parametrize(
    "address",
    [
        "maison-du-projet@example.org",
        "a@EXAMPLE.COM",
        "a@mail.example.net",
        "a@loos.example",
        "a@loos.invalid",
        "a@mairie.test",
        "a@localhost",
    ],
)
def test_reserved_domains_are_placeholders(address):
    assert is_placeholder_email(address)
    assert public_email(address) == ""


@pytest.mark.parametrize("address", ["maison.projet@mairie-loos.fr", "contact@example.org.fr", "a@counterexample.org"])
def test_real_domains_are_shown(address):
    assert not is_placeholder_email(address)
    assert public_email(address) == address


def test_a_quartier_without_point_relais_names_the_maison_du_projet(client, initial_content):
    text = page_text(client.get("/fr/quartiers/oliveaux/"))
    assert "Où vous renseigner ? Pour ce quartier, adressez-vous à : Maison du projet des Oliveaux Adresse" in text
