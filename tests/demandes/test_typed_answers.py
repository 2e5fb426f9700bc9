"""What each question of the form tells residents' phones (keypad, autofill), in French, English and Arabic."""

from html.parser import HTMLParser

import pytest

from wagtail.models import Locale

from demandes.models import DemandeFormPage
from tests.demandes.factories import field_name

LANGUAGES = ("fr", "en", "ar")


@pytest.fixture
def pic_forms(translated_content):
    french = DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")
    return {
        language: french.get_translation(Locale.objects.get(language_code=language)).specific for language in LANGUAGES
    }


class Inputs(HTMLParser):
    """The attributes of each input and textarea of a page, by name."""

    def __init__(self):
        super().__init__()
        self.by_name = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "textarea") and "name" in attrs:
            self.by_name[attrs["name"]] = attrs


def inputs_of(response):
    parser = Inputs()
    parser.feed(response.content.decode())
    return parser.by_name


@pytest.mark.parametrize("language", LANGUAGES)
def test_phones_are_told_what_each_contact_question_asks(client, pic_forms, language):
    french = pic_forms["fr"]
    inputs = inputs_of(client.get(pic_forms[language].url))
    phone = inputs[field_name(french, "Téléphone")]
    assert (phone["type"], phone["inputmode"], phone["autocomplete"]) == ("tel", "tel", "tel")
    email = inputs[field_name(french, "Adresse e-mail")]
    assert (email["type"], email["autocomplete"]) == ("email", "email")
    assert inputs[field_name(french, "Nom et prénom")]["autocomplete"] == "name"
    assert inputs[field_name(french, "Association")]["autocomplete"] == "organization"
