import datetime
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

from actualites.models import ProjetPage
from home.models import Quartier
from tests.actualites.factories import publish_actualite
from tests.utils import page_text


def test_published_news_appears_on_home_and_index_newest_first(client, initial_content):
    publish_actualite("Fête de quartier aux Oliveaux", datetime.date(2026, 6, 20))
    publish_actualite("Réunion du conseil citoyen", datetime.date(2026, 9, 3))
    home = page_text(client.get("/fr/"))
    assert "Aucune actualité" not in home
    assert home.index("Réunion du conseil citoyen") < home.index("Fête de quartier aux Oliveaux")
    assert "3 septembre 2026" in home
    index = page_text(client.get("/fr/actualites/"))
    assert index.index("Réunion du conseil citoyen") < index.index("Fête de quartier aux Oliveaux")


def test_home_shows_only_the_three_latest_news(client, initial_content):
    for day in range(1, 6):
        publish_actualite(f"Nouvelle numéro {day}", datetime.date(2026, 10, day))
    home = page_text(client.get("/fr/"))
    assert "Nouvelle numéro 5" in home and "Nouvelle numéro 3" in home
    assert "Nouvelle numéro 2" not in home


def test_news_page_shows_its_date(client, initial_content):
    page = publish_actualite("Inauguration du jardin", datetime.date(2026, 5, 2))
    response = client.get(page.url)
    assert response.status_code == 200
    assert '<time datetime="2026-05-02">2 mai 2026</time>' in response.content.decode()


def test_news_index_paginates_and_survives_a_bad_page_number(client, initial_content):
    for day in range(1, 13):
        publish_actualite(f"Brève {day:02d}", datetime.date(2026, 1, day))
    first = page_text(client.get("/fr/actualites/"))
    assert "Page 1 sur 2" in first and "Brève 12" in first and "Brève 02" not in first
    second = page_text(client.get("/fr/actualites/?page=2"))
    assert "Brève 02" in second and "Brève 01" in second
    for bad in ["abc", "999", "-1"]:
        assert client.get(f"/fr/actualites/?page={bad}").status_code == 200


def test_news_page_shows_its_image_and_what_it_relates_to(client, initial_content):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(
        title="photo", description="Le jardin le jour de l’inauguration", file=get_test_image_file()
    )
    jardin = ProjetPage.objects.get(slug="jardin-partage-olivettes")
    oliveaux = Quartier.objects.get(name="Les Oliveaux")
    page = publish_actualite("Le jardin est ouvert", image=image, projets=[jardin], quartiers=[oliveaux])
    response = client.get(page.url)
    content = response.content.decode()
    assert 'alt="Le jardin le jour de l’inauguration"' in content
    assert f'<a href="{jardin.url}">Le jardin partagé des Olivettes</a>' in content
    assert "Quartiers Les Oliveaux" in page_text(response)
    # The project page links back to its news.
    assert "Le jardin est ouvert" in page_text(client.get(jardin.url))


def test_news_page_without_image_or_links_shows_no_empty_section(client, initial_content):
    text = page_text(client.get(publish_actualite("Une brève").url))
    assert "En lien avec cette actualité" not in text
    assert "<img" not in client.get(publish_actualite("Une autre brève").url).content.decode().split("<main")[1]


def test_feed_is_valid_rss_with_the_latest_news_first(client, initial_content):
    publish_actualite("Fête de quartier", datetime.date(2026, 6, 20))
    publish_actualite("Réunion du conseil citoyen", datetime.date(2026, 9, 3))
    index = client.get("/fr/actualites/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in index and 'href="/fr/actualites/flux/"' in index
    response = client.get("/fr/actualites/flux/")
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed, not untrusted data)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required)
    assert channel.findtext("link") == "http://testserver/fr/actualites/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Réunion du conseil citoyen", "Fête de quartier"]
    first = items[0]
    assert first.findtext("link").startswith("http://testserver/fr/actualites/")
    assert first.findtext("description") == "Résumé de « Réunion du conseil citoyen »."
    assert parsedate_to_datetime(first.findtext("pubDate")).date() == datetime.date(2026, 9, 3)
