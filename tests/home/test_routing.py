"""Routing reads the pages along the path in one query (home/models/pages.py): it finds what Wagtail's
own route finds, hands the rest of the path to a page that answers it itself, and keeps every restriction."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from actualites.models import ActualiteIndexPage
from tests.actualites.factories import publish_actualite


def test_every_live_page_of_every_language_is_served_as_itself(client, translated_content):
    pages = Page.objects.live().filter(depth__gt=1)
    assert pages.count() > 40
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk


@pytest.mark.parametrize(
    "url", ["/fr/inconnue/", "/fr/projets/inconnu/", "/fr/contrat-de-ville/sous-page/", "/fr/actualites/flux/plus/"]
)
def test_a_path_that_leads_nowhere_is_a_french_404(client, initial_content, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_the_news_index_answers_its_feed_and_passes_a_news_item_on(client, initial_content):
    news = publish_actualite("Fête de quartier")
    feed = client.get("/fr/actualites/flux/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/")
    assert client.get(news.url).context["page"].pk == news.pk


def test_a_news_item_named_like_the_feed_leaves_the_feed_to_the_index(client, initial_content):
    """Wagtail's routable page answers its own routes before its children: so does the shortcut."""
    news = publish_actualite("Flux")
    news.slug = "flux"
    news.save_revision().publish()
    response = client.get("/fr/actualites/flux/")
    assert response["Content-Type"].startswith("application/")


def test_a_draft_is_a_404_and_a_page_below_a_draft_is_served_as_wagtail_would(client, initial_content):
    index = ActualiteIndexPage.objects.get(locale__language_code="fr")
    news = publish_actualite("Sous un brouillon")
    index.unpublish()
    assert client.get("/fr/actualites/").status_code == 404
    assert client.get(news.url).status_code == 200


def test_an_alias_of_a_private_page_keeps_its_restriction(client, initial_content):
    """Wagtail creates an alias live without publishing it: the process must not take it for a public page."""
    contrat = Page.objects.get(locale__language_code="fr", slug="contrat-de-ville").specific
    projets = Page.objects.get(locale__language_code="fr", slug="projets")
    PageViewRestriction.objects.create(page=contrat, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert client.get("/fr/").status_code == 200  # the process has read the site as it is
    alias = contrat.create_alias(parent=projets, update_slug="le-contrat")
    response = client.get(alias.url)
    assert 'name="password"' in response.content.decode()
    assert contrat.intro not in response.content.decode()


def test_a_path_deeper_than_the_site_is_a_404_without_a_huge_query(client, initial_content):
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/fr/" + "a/" * 1500).status_code == 404
    assert max(len(query["sql"]) for query in captured.captured_queries) < 5000


def test_a_restriction_covers_the_page_and_everything_below_it(client, initial_content):
    projets = Page.objects.get(locale__language_code="fr", slug="projets")
    projet = projets.get_children().live().first()
    assert client.get(projet.url).status_code == 200
    PageViewRestriction.objects.create(page=projets, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for url in (projets.url, projet.url):
        response = client.get(url)
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
        assert projet.title not in response.content.decode()


def test_each_site_is_served_from_its_own_root_and_any_other_address_from_the_default(
    client, initial_content, settings
):
    """The site of a request is found without a query on a warm process, and found again when the sites change."""
    from wagtail.models import Site

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "autre.example", "inconnu.example"]
    home = Site.objects.get(is_default_site=True).root_page
    contrat = Page.objects.get(slug="contrat-de-ville", locale__language_code="fr")
    assert client.get("/fr/", HTTP_HOST="autre.example").context["page"].pk == home.pk  # no site of its own yet
    Site.objects.create(hostname="autre.example", port=80, root_page=contrat, site_name="Autre")
    assert client.get("/fr/", HTTP_HOST="autre.example").context["page"].pk == contrat.pk
    assert client.get("/fr/", HTTP_HOST="inconnu.example").context["page"].pk == home.pk
    assert client.get("/fr/").context["page"].pk == home.pk
    client.get("/fr/", HTTP_HOST="autre.example")
    with CaptureQueriesContext(connection) as warm:
        client.get("/fr/", HTTP_HOST="autre.example")
    assert not [query for query in warm.captured_queries if "wagtailcore_site" in query["sql"]]


def test_without_any_site_pages_are_a_french_404_and_the_search_still_answers(client, initial_content):
    """An editor who deletes the last site in Paramètres › Sites gets 404s, not server errors."""
    from wagtail.models import Site

    Site.objects.all().delete()
    missing = client.get("/fr/")
    assert missing.status_code == 404
    assert "Page introuvable" in missing.content.decode()
    assert client.get("/fr/recherche/", {"q": "PIC"}).status_code == 200
