"""The models are ready for translation: pages, their steps and the snippets follow the visitor's locale."""

from wagtail.models import Locale

from dispositifs.models import DispositifPage
from home.models import ContactPoint
from tests.utils import page_text


def translate(instance, language_code, **changes):
    locale = Locale.objects.get(language_code=language_code)
    options = {"copy_parents": True} if hasattr(instance, "get_parent") else {}
    translation = instance.copy_for_translation(locale, **options)
    for name, value in changes.items():
        setattr(translation, name, value)
    return translation


def test_an_arabic_page_is_served_right_to_left(client, initial_content):
    pic = DispositifPage.objects.get(acronym="PIC")
    arabic = translate(pic, "ar", title="مشروع المبادرة المواطنة")
    arabic.save_revision().publish()
    assert arabic.steps.count() == pic.steps.count()
    response = client.get("/ar/participer/projet-initiative-citoyenne/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "مشروع المبادرة المواطنة" in content


def test_translated_snippets_follow_the_visitors_locale(client, initial_content):
    maison = ContactPoint.objects.get()
    translate(maison, "en", name="Oliveaux project centre").save()
    ftu = DispositifPage.objects.get(acronym="FTU")
    translate(ftu, "en", title="Urban works fund").save_revision().publish()
    english = page_text(client.get("/en/participer/fonds-travaux-urbains/"))
    assert "Who to contact? Oliveaux project centre" in english
    french = page_text(client.get("/fr/participer/fonds-travaux-urbains/"))
    assert "Oliveaux project centre" not in french
