"""The translated site: English and Arabic pages from a fresh clone, the language switcher,
hreflang, and translators keeping translations in step with the French source."""

import re
from html.parser import HTMLParser

import polib

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from dispositifs.models import DispositifPage
from tests.utils import page_text


class LinkCollector(HTMLParser):
    """The language switcher's links and the hreflang alternates of a page."""

    def __init__(self):
        super().__init__()
        self.in_switcher = False
        self.switcher = {}
        self.alternates = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and attrs.get("class") == "languages":
            self.in_switcher = True
        elif tag == "a" and self.in_switcher:
            self.switcher[attrs["lang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_switcher = False


def links_of(response):
    collector = LinkCollector()
    collector.feed(response.content.decode())
    return collector


def live_pages():
    return list(Page.objects.filter(depth__gt=1).live().select_related("locale"))


def test_a_fresh_site_has_english_and_arabic_pages(client, translated_content):
    by_locale = {}
    for page in live_pages():
        by_locale.setdefault(page.locale.language_code, []).append(page.url)
    assert "/en/" in by_locale["en"] and "/ar/" in by_locale["ar"]
    assert "/en/take-part/citizen-initiative-project/" in by_locale["en"]
    assert "/ar/participer/projet-initiative-citoyenne/fiche-projet/" in by_locale["ar"]
    home = client.get("/en/")
    assert '<html lang="en" dir="ltr">' in home.content.decode()
    assert "The city contract of Loos" in page_text(home)
    arabic = client.get("/ar/")
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()


def test_every_page_in_every_language_renders_and_its_switcher_never_leads_to_a_404(client, translated_content):
    for page in live_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        content = response.content.decode()
        language = page.locale.language_code
        assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in content
        assert content.count("<h1") == 1
        switcher = links_of(response).switcher
        assert set(switcher) == {"fr", "en", "ar"}, page.url
        for code, url in switcher.items():
            target = client.get(url)
            assert target.status_code == 200, (page.url, url)
            assert f'<html lang="{code}"' in target.content.decode()


def test_each_language_is_named_in_itself(client, translated_content):
    text = page_text(client.get("/fr/"))
    assert "Français" in text and "English" in text and "العربية" in text


def test_hreflang_alternates_are_reciprocal(client, translated_content):
    for page in live_pages():
        alternates = links_of(client.get(page.url)).alternates
        for code, url in alternates.items():
            if code == "x-default":
                continue
            back = links_of(client.get(url.replace("http://testserver", ""))).alternates
            assert back.get(page.locale.language_code) == f"http://testserver{page.url}", (page.url, url)
        if alternates:
            assert alternates["x-default"] == alternates["fr"]


def test_an_untranslated_page_says_so_and_links_to_the_french_page(client, translated_content):
    contrat = Page.objects.get(slug="contrat-de-ville")
    switcher = links_of(client.get(contrat.url)).switcher
    response = client.get(switcher["en"])
    text = page_text(response)
    assert "This page is not translated yet" in text
    assert contrat.url in response.content.decode()
    assert 'name="robots" content="noindex"' in response.content.decode()


def test_numbers_and_amounts_follow_the_language(client, translated_content):
    assert "1 500 €" in page_text(client.get("/fr/participer/")).replace("\xa0", " ")
    assert "€1,500" in page_text(client.get("/en/take-part/"))


def test_a_translation_follows_its_french_source_after_a_sync(admin_client, translated_content):
    pic = DispositifPage.objects.get(slug="projet-initiative-citoyenne", locale__language_code="fr")
    pic.intro = "Une nouvelle phrase d’introduction."
    pic.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(pic)
    english = Translation.objects.get(source=source, target_locale__language_code="en")
    total, translated = english.get_progress()
    assert total == translated

    # The translator syncs from the admin: the new sentence is listed as untranslated.
    response = admin_client.post(f"/admin/localize/update/{source.pk}/", {})
    assert response.status_code == 302
    total, translated = english.get_progress()
    assert translated == total - 1
    assert english.get_status_display() == "En attente de traduction"  # wagtail-localize's own words
    report = page_text(admin_client.get("/admin/localize/reports/translations/"))
    assert "En attente de traduction" in report

    # Through a PO file, as a translator working offline would.
    po = polib.pofile(admin_client.get(f"/admin/localize/translate/{english.pk}/pofile/download/").content.decode())
    entry = po.find("Une nouvelle phrase d’introduction.")
    assert entry is not None and entry.msgstr == ""
    entry.msgstr = "A new introduction sentence."
    upload = SimpleUploadedFile("pic-en.po", str(po).encode(), content_type="text/x-gettext-translation")
    admin_client.post(f"/admin/localize/translate/{english.pk}/pofile/upload/", {"file": upload, "next": "/admin/"})
    english.save_target(publish=True)
    english_page = pic.get_translation(Locale.objects.get(language_code="en"))
    assert english_page.specific.intro == "A new introduction sentence."
    assert english.get_progress()[0] == english.get_progress()[1]


def test_the_arabic_form_keeps_the_french_field_keys(translated_content):
    from demandes.models import DemandeFormPage

    french = DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")
    arabic = french.get_translation(Locale.objects.get(language_code="ar"))
    keys = [field.clean_name for field in french.form_fields.all()]
    assert [field.clean_name for field in arabic.specific.form_fields.all()] == keys
    assert not re.search(r"[a-z]", arabic.specific.form_fields.first().label)  # the label is in Arabic


def test_each_language_has_its_sitemap(client, translated_content):
    index = client.get("/sitemap.xml").content.decode()
    for code in ("fr", "en", "ar"):
        assert f"http://testserver/sitemap-{code}.xml" in index
    french = client.get("/sitemap-fr.xml").content.decode()
    english = client.get("/sitemap-en.xml").content.decode()
    arabic = client.get("/sitemap-ar.xml").content.decode()
    # Absolute URLs on the Wagtail site's own host name.
    assert "/fr/participer/projet-initiative-citoyenne/</loc>" in french
    assert "/en/take-part/citizen-initiative-project/</loc>" in english
    assert "/ar/</loc>" in arabic
    assert "/en/" not in french and "/fr/" not in english
