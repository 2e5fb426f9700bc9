"""English and Arabic visitors see the whole site: what is not translated yet is shown in French, and says so."""

import datetime

from bs4 import BeautifulSoup

from actualites.models import ActualiteIndexPage
from tests.actualites.factories import publish_actualite
from tests.home.test_i18n import translate


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu_links(page):
    return page.select(".main-nav__list a")


def test_the_arabic_menu_keeps_every_entry_of_the_french_one(client, translated_content):
    french = [link.get_text(strip=True) for link in menu_links(soup(client, "/fr/"))]
    arabic = menu_links(soup(client, "/ar/"))
    assert len(arabic) == len(french) > 1
    translated = [link for link in arabic if not link.get("lang")]
    assert [link.get_text(strip=True) for link in translated] == ["المشاركة"]
    for link in arabic:
        if link in translated:
            continue
        assert link["lang"] == link["hreflang"] == "fr"
        assert link["href"].startswith("/fr/")
        label = link.select_one(".in-french")
        assert label.get_text() == "(بالفرنسية)"
        assert label["lang"] == "ar"


def test_the_english_footer_leads_to_the_french_pages_it_lacks(client, translated_content):
    links = soup(client, "/en/").select(".site-footer__links a")
    assert links
    in_french = [link for link in links if link.get("lang") == "fr"]
    assert in_french, "the seed translates no legal page into English"
    for link in in_french:
        assert link["hreflang"] == "fr" and link["href"].startswith("/fr/")
        assert link.select_one(".in-french").get_text() == "(in French)"
    assert not soup(client, "/fr/").select(".site-footer__links .in-french")


def test_english_and_arabic_home_pages_show_the_french_news(client, translated_content):
    publish_actualite("Fête de quartier aux Oliveaux", datetime.date(2026, 6, 20))
    for url, label in [("/en/", "(in French)"), ("/ar/", "(بالفرنسية)")]:
        page = soup(client, url)
        link = next(link for link in page.select(".card__title a") if "Fête de quartier" in link.get_text())
        assert link["lang"] == link["hreflang"] == "fr"
        assert link.select_one(".in-french").get_text() == label
        assert "Aucune actualité" not in page.get_text()
    assert not soup(client, "/fr/").select(".card .in-french")


def test_a_translated_news_index_lists_the_french_news_and_the_translations(client, translated_content):
    publish_actualite("Fête de quartier aux Oliveaux", datetime.date(2026, 6, 20))
    reunion = publish_actualite("Réunion du conseil citoyen", datetime.date(2026, 9, 3))
    english_index = translate(ActualiteIndexPage.objects.get(), "en", title="News")
    english_index.save_revision().publish()
    english = translate(reunion, "en", title="Residents' council meeting")
    english.save_revision().publish()
    cards = soup(client, english_index.url).select(".card__title a")
    assert [(card.get_text(" ", strip=True), card.get("lang")) for card in cards] == [
        ("Residents' council meeting", None),
        ("Fête de quartier aux Oliveaux (in French)", "fr"),
    ]
