"""No public page of the initial content announces something « bientôt »: empty contact blocks are left out."""

import re

import pytest

from wagtail.models import Page

from tests.utils import page_text

# As words: the Arabic « قريبًا » (soon), not « القريبة » (nearby) or « تقريبًا » (about).
SOON = {"fr": r"\bbientôt\b", "en": r"\bsoon\b", "ar": r"(?<!\w)قريبًا"}


@pytest.mark.parametrize("language", SOON)
def test_no_page_says_soon(client, translated_content, language):
    pages = Page.objects.live().public().filter(depth__gt=1, locale__language_code=language)
    assert pages.count() >= 5
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert not re.search(SOON[language], page_text(response).lower()), page.url


def test_a_quartier_without_point_relais_names_the_maison_du_projet(client, initial_content):
    text = page_text(client.get("/fr/quartiers/oliveaux/"))
    assert "Où vous renseigner ? Pour ce quartier, adressez-vous à : Maison du projet des Oliveaux Adresse" in text
