"""What residents type in the date and amount questions, in French, English and Arabic, and what each
question tells their phone (keypad, autofill)."""

from decimal import Decimal
from html.parser import HTMLParser

import pytest

from wagtail.models import Locale

from demandes.forms import quartiers_for
from demandes.models import Demande, DemandeFormPage
from tests.demandes.factories import field_name, pic_answers
from tests.utils import page_text

LANGUAGES = ("fr", "en", "ar")
DATE_HINT = {"fr": "Exemple : 20/06/2027", "en": "Example: 20/06/2027", "ar": "مثال: 20/06/2027"}
DATE_FORMAT_MESSAGE = {
    "fr": "Indiquez la date sous la forme jour/mois/année, par exemple 20/06/2027.",
    "en": "Enter the date as day/month/year, for example 20/06/2027.",
    "ar": "يُرجى كتابة التاريخ على شكل يوم/شهر/سنة، مثلًا 20/06/2027.",
}
AMBIGUOUS_MESSAGE = {
    "fr": "Ce montant peut se lire en milliers ou en centimes",
    "en": "This amount could be read as thousands or as cents",
    "ar": "يمكن قراءة هذا المبلغ بالآلاف أو بالسنتيمات",
}


@pytest.fixture
def pic_forms(translated_content):
    french = DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")
    return {
        language: french.get_translation(Locale.objects.get(language_code=language)).specific for language in LANGUAGES
    }


def send(client, pic_forms, language, **answers):
    """The French answers (the keys are the same in every language) sent from the form in `language`."""
    page = pic_forms[language]
    data = pic_answers(pic_forms["fr"], **answers)
    data[field_name(pic_forms["fr"], "Votre quartier")] = str(quartiers_for(page.locale_id).first().pk)
    response = client.post(page.url, data)
    assert page.url.startswith(f"/{language}/")
    return response


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "typed", ["2027-06-20", "20/06/2027", "20-06-2027", "20.06.2027", "20/06/27", "٢٠/٠٦/٢٠٢٧", "۲۰/۰۶/۲۰۲۷"]
)
def test_the_same_day_typed_the_ways_a_resident_would_is_stored_as_that_day(client, pic_forms, language, typed):
    response = send(client, pic_forms, language, **{"Date de l’événement": typed})
    assert response.status_code == 302, page_text(response)
    assert Demande.objects.get().form_data[field_name(pic_forms["fr"], "Date de l’événement")] == "2027-06-20"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_is_read_day_first_in_every_language(client, pic_forms, language):
    assert send(client, pic_forms, language, **{"Date de l’événement": "05/06/2027"}).status_code == 302
    assert Demande.objects.get().form_data[field_name(pic_forms["fr"], "Date de l’événement")] == "2027-06-05"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("typed", ["06/20/2027", "samedi 20 juin", "31/02/2027"])
def test_what_is_not_a_day_first_date_is_refused_with_the_expected_format(client, pic_forms, language, typed):
    response = send(client, pic_forms, language, **{"Date de l’événement": typed})
    assert response.status_code == 400
    assert DATE_FORMAT_MESSAGE[language] in page_text(response)
    assert not Demande.objects.exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_day_typed_as_text_is_kept_when_the_form_comes_back_with_another_error(client, pic_forms, language):
    response = send(client, pic_forms, language, **{"Date de l’événement": "20/06/2027", "Montant demandé": "1 800"})
    assert response.status_code == 400
    assert inputs_of(response)[field_name(pic_forms["fr"], "Date de l’événement")]["value"] == "2027-06-20"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_date_question_opens_a_calendar_and_shows_an_example(client, pic_forms, language):
    response = client.get(pic_forms[language].url)
    date = inputs_of(response)[field_name(pic_forms["fr"], "Date de l’événement")]
    assert date["type"] == "date"
    assert DATE_HINT[language] in page_text(response)


@pytest.mark.parametrize(
    ("language", "typed", "amount"),
    [
        ("fr", "1 500 €", "1500"),
        ("fr", "1\N{NO-BREAK SPACE}500\N{NO-BREAK SPACE}€", "1500"),
        ("fr", "1\N{NARROW NO-BREAK SPACE}500\N{NARROW NO-BREAK SPACE}€", "1500"),
        ("fr", "1500", "1500"),
        ("fr", "1 200,50 €", "1200.50"),
        ("fr", "850,5", "850.5"),
        ("en", "€1,500", "1500"),
        ("en", "€1,200.50", "1200.50"),
        ("en", "1500", "1500"),
        ("en", "1 500 €", "1500"),
        ("en", "850.5", "850.5"),
        ("ar", "1.500\N{NO-BREAK SPACE}€", "1500"),
        ("ar", "١٥٠٠", "1500"),
        ("ar", "١٥٠٠ €", "1500"),
        ("ar", "١٬٢٠٠٫٥٠", "1200.50"),
        ("ar", "1 200,50 €", "1200.50"),
    ],
)
def test_amounts_written_as_the_site_writes_them_are_understood(client, pic_forms, language, typed, amount):
    response = send(client, pic_forms, language, **{"Montant demandé": typed})
    assert response.status_code == 302, page_text(response)
    assert Demande.objects.get().amount_requested == Decimal(amount)


def test_an_amount_in_the_sites_english_above_the_ceiling_is_refused_for_the_ceiling(client, pic_forms):
    response = send(client, pic_forms, "en", **{"Montant demandé": "€1,600"})
    assert response.status_code == 400
    assert "The amount requested is above the PIC limit (€1,500)." in page_text(response)


@pytest.mark.parametrize(
    ("language", "typed"), [("fr", "1,500"), ("fr", "1.500"), ("en", "1.500"), ("ar", "1,500"), ("fr", "€1,500")]
)
def test_an_amount_that_could_be_thousands_or_cents_is_refused_with_why(client, pic_forms, language, typed):
    response = send(client, pic_forms, language, **{"Montant demandé": typed})
    assert response.status_code == 400
    assert AMBIGUOUS_MESSAGE[language] in page_text(response)
    assert not Demande.objects.exists()


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
