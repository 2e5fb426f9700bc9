"""The search page as residents use it, on the database's own search and on a real OpenSearch node."""

import re

import opensearchpy
import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction

from actualites.models import ProjetPage
from home.models import ContactPoint, Quartier
from search.models import SynonymGroup
from tests.actualites.factories import publish_projet
from tests.utils import page_text

from .engine import refresh_index

RESULT_LINK = re.compile(r'class="search-result__title"><a href="([^"]+)"')
PIC = "/fr/participer/projet-initiative-citoyenne/"


def results(client, language="fr", **params):
    response = client.get(f"/{language}/recherche/", params)
    assert response.status_code == 200
    return RESULT_LINK.findall(response.content.decode())


def test_each_result_says_what_it_is_where_it_belongs_and_why_it_matched(client, search_backend, initial_content):
    refresh_index()
    response = client.get("/fr/recherche/", {"q": "jardin partagé"})
    html = response.content.decode()
    result = html[html.index('href="/fr/projets/jardin-partage-olivettes/"') - 300 :]
    assert 'class="search-result__type">Projet · <span class="search-result__context">FTU' in result
    assert re.search(r"<mark>[Jj]ardin</mark>", result)
    assert 'value="jardin partagé"' in html  # the query stays in the box


def test_type_and_quartier_filters_work_without_javascript(client, search_backend, initial_content):
    oliveaux = Quartier.objects.get(name="Les Oliveaux")
    publish_projet("Fresque aux Oliveaux", quartiers=[oliveaux])
    publish_projet("Fresque à Kiener", quartiers=[Quartier.objects.get(name="Clémenceau – Kiener")])
    refresh_index()
    assert set(results(client, q="fresque")) == {"/fr/projets/fresque-aux-oliveaux/", "/fr/projets/fresque-a-kiener/"}
    assert results(client, q="fresque", quartier=oliveaux.pk) == ["/fr/projets/fresque-aux-oliveaux/"]
    projets = results(client, q="PIC", type="projet")
    assert projets and all(url.startswith("/fr/projets/") for url in projets)
    assert PIC in results(client, q="PIC", type="dispositif")
    assert all(url.startswith("/fr/projets/") for url in results(client, q="quartier", type="projet"))
    # Unknown filters are ignored, not an error.
    assert PIC in results(client, q="PIC", type="<script>", quartier="abc")


def test_pagination_keeps_the_query_and_the_filters(client, search_backend, initial_content):
    for number in range(12):
        publish_projet(f"Atelier vélo {number}")
    refresh_index()
    html = client.get("/fr/recherche/", {"q": "atelier vélo", "type": "projet"}).content.decode()
    assert "?q=atelier+v%C3%A9lo&amp;type=projet&amp;quartier=&amp;page=2" in html
    second = results(client, q="atelier vélo", type="projet", page=2)
    first = results(client, q="atelier vélo", type="projet")
    assert len(first) == 10 and len(second) == 2 and not set(first) & set(second)
    assert "12 résultats." in page_text(
        client.get("/fr/recherche/", {"q": "atelier vélo", "type": "projet", "page": 2})
    )
    # A number past the end shows the last page; one that is not a number, the first.
    assert results(client, q="atelier vélo", type="projet", page=99) == second
    assert results(client, q="atelier vélo", type="projet", page="abc") == first


def test_a_page_of_results_is_one_request_to_the_engine(client, opensearch, initial_content, monkeypatch):
    """The engine sends the total with the hits: no count asked apart (each round trip is most of a search)."""
    for number in range(12):
        publish_projet(f"Atelier vélo {number}")
    refresh_index()
    requests = []
    perform_request = opensearchpy.Transport.perform_request

    def counted(transport, method, url, *args, **kwargs):
        requests.append(url.rsplit("/", 1)[-1])
        return perform_request(transport, method, url, *args, **kwargs)

    monkeypatch.setattr(opensearchpy.Transport, "perform_request", counted)
    for page, shown in [(1, 10), (2, 2)]:
        requests.clear()
        assert len(results(client, q="atelier vélo", type="projet", page=page)) == shown
        assert requests == ["_search"]
    # Without a filter, the first page also shows the contact points that carry every word: asked with it.
    requests.clear()
    text = page_text(client.get("/fr/recherche/", {"q": "maison du projet"}))
    assert "Lieu d’accueil Maison du projet des Oliveaux" in text
    assert re.search(r"\d+ résultats\.", text)
    assert requests == ["_msearch"]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's own search counts apart (a development database)"
)
def test_on_postgresql_a_page_of_results_is_one_query(client, initial_content):
    """PostgreSQL's rows carry the number of matches: the search is not run a second time to count them."""
    for number in range(12):
        publish_projet(f"Atelier vélo {number}")
    for page, shown in [(1, 10), (2, 2)]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/fr/recherche/", {"q": "atelier vélo", "type": "projet", "page": page})
        assert len(RESULT_LINK.findall(response.content.decode())) == shown
        assert "12 résultats." in page_text(response)
        searches = [query["sql"] for query in queries.captured_queries if "wagtailsearch_indexentry" in query["sql"]]
        assert len(searches) == 1 and "COUNT(*) OVER ()" in searches[0]
    # Nothing found: one query too, then the search for words a letter or two away.
    with CaptureQueriesContext(connection) as queries:
        client.get("/fr/recherche/", {"q": "zzzzqqqq", "type": "projet"})
    assert not [query for query in queries.captured_queries if 'COUNT(*) AS "__count"' in query["sql"]]


def test_an_empty_search_helps_with_spelling_and_links_to_the_dispositifs_and_contacts(
    client, search_backend, initial_content
):
    refresh_index()
    response = client.get("/fr/recherche/", {"q": "zzzzqqqq"})
    text = page_text(response)
    assert "Aucune page ne correspond à votre recherche." in text
    assert "Vérifiez l’orthographe" in text
    html = response.content.decode()
    assert f'href="{PIC}"' in html and 'href="/fr/participer/fonds-travaux-urbains/"' in html
    assert "Maison du projet des Oliveaux" in text


def test_hostile_and_huge_queries_get_an_answer_never_an_error(client, search_backend, initial_content):
    refresh_index()
    for query in [
        "<script>alert(1)</script>",
        "é" * 10_000,
        'PIC" AND (FTU OR "',
        "jardin* ~2 ^3 -banc +quartier \\ / : { } [ ]",
        "🌳🏡 jardin 🌻",
        "حديقة مشتركة",
        "' OR 1=1 --",
        "\x00\r\n%00",
    ]:
        response = client.get("/fr/recherche/", {"q": query})
        assert response.status_code == 200, query
        assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;" in client.get("/fr/recherche/", {"q": "<script>"}).content.decode()
    assert PIC in results(client, q='"PIC')  # an unbalanced quote still finds the page


def test_drafts_private_expired_unpublished_and_other_languages_never_appear(
    client, search_backend, translated_content
):
    draft = publish_projet("Potager secret brouillon")
    draft.title = "Potager secret brouillon modifié"
    draft.save_revision()
    unpublished = publish_projet("Potager secret retiré")
    unpublished.unpublish()
    expired = publish_projet("Potager secret expiré")
    ProjetPage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timezone.timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)  # the cron job takes expired pages offline
    private = publish_projet("Potager secret privé")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    never_published = ProjetPage(title="Potager secret jamais publié", live=False)
    Page.objects.get(url_path__endswith="/projets/", locale__language_code="fr").add_child(instance=never_published)
    never_published.save_revision()
    refresh_index()
    potagers = [url for url in results(client, q="potager secret") if "potager" in url]
    assert potagers == ["/fr/projets/potager-secret-brouillon/"]
    assert "modifié" not in client.get("/fr/recherche/", {"q": "potager secret"}).content.decode()
    # The English site finds its own pages, never the French ones.
    english = results(client, language="en", q="PIC")
    assert english and all(url.startswith("/en/") for url in english)


def test_a_contact_point_is_a_result_of_its_own(client, search_backend, initial_content):
    ContactPoint.objects.filter(locale=Locale.get_default()).update(address="12 rue Potié, 59120 Loos")
    for contact_point in ContactPoint.objects.all():
        contact_point.save()  # as an editor would: the index follows
    refresh_index()
    text = page_text(client.get("/fr/recherche/", {"q": "rue Potié"}))
    assert "Lieu d’accueil Maison du projet des Oliveaux Adresse 12 rue Potié, 59120 Loos" in text


def test_editors_promote_a_result_and_extend_the_synonyms(client, search_backend, initial_content):
    refresh_index()
    promotion = SearchPromotion.objects.create(
        query=Query.get("aide"), page=Page.objects.get(url_path__endswith="/fonds-travaux-urbains/"), sort_order=0
    )
    assert results(client, q="Aide")[0] == promotion.page.url
    assert results(client, q="friandise") == []
    SynonymGroup.objects.create(terms="friandise\ngaufre")  # no deploy, no reindex: the next search uses it
    assert results(client, q="friandise")[0] == "/fr/projets/visite-musee-gaufre/"


def test_an_editor_adds_synonyms_in_the_settings_menu(client, admin_user, initial_content):
    client.force_login(admin_user)
    menu = client.get("/admin/").content.decode()
    assert "/admin/snippets/search/synonymgroup/" in menu
    response = client.post("/admin/snippets/search/synonymgroup/add/", {"terms": "friandise\ngaufre"})
    assert response.status_code == 302
    assert "/fr/projets/visite-musee-gaufre/" in results(client, q="friandise")
