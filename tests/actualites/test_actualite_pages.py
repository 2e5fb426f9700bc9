import datetime

from actualites.models import ActualiteIndexPage, ActualitePage
from tests.utils import page_text


def publish_actualite(title, date):
    index = ActualiteIndexPage.objects.get()
    page = ActualitePage(title=title, date=date, intro=f"Résumé de « {title} ».")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


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
