"""The engine's index follows what editors do, and catches up after the engine was down."""

import re
import time

import pytest

from django.core.management import call_command

from wagtail.models import Page

from actualites.models import ProjetIndexPage
from home.models import ContactPoint
from tests.actualites.factories import publish_projet
from tests.utils import page_text

from .engine import refresh_index

RESULT_LINK = re.compile(r'class="search-result__title"><a href="([^"]+)"')


def found(client, query):
    refresh_index()
    return RESULT_LINK.findall(client.get("/fr/recherche/", {"q": query}).content.decode())


def test_publishing_unpublishing_moving_and_deleting_update_the_engine(client, opensearch, initial_content):
    projet = publish_projet("Ludothèque itinérante")
    assert found(client, "ludothèque") == ["/fr/projets/ludotheque-itinerante/"]

    projet.title = "Ludothèque itinérante des Oliveaux"
    projet.save_revision().publish()
    assert "Ludothèque itinérante des Oliveaux" in page_text(client.get("/fr/recherche/", {"q": "ludothèque"}))

    contrat = Page.objects.get(url_path__endswith="/contrat-de-ville/", locale__language_code="fr")
    section = ProjetIndexPage.objects.get()
    section.move(contrat, pos="last-child")
    assert found(client, "ludothèque") == ["/fr/contrat-de-ville/projets/ludotheque-itinerante/"]

    projet.refresh_from_db()
    projet.unpublish()
    assert found(client, "ludothèque") == []

    projet.save_revision().publish()
    assert found(client, "ludothèque") != []
    projet.delete()
    assert found(client, "ludothèque") == []


def test_a_renamed_contact_point_is_found_by_its_new_name(client, opensearch, initial_content):
    maison = ContactPoint.objects.get(locale__language_code="fr")
    maison.name = "Maison du projet Jacques-Prévert"
    maison.save()
    refresh_index()
    assert "Maison du projet Jacques-Prévert" in page_text(client.get("/fr/recherche/", {"q": "jacques prévert"}))


# The worker commits and checks its connection as a real one does, which it cannot do
# inside a test's transaction (on PostgreSQL it would close it).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_engine_down_search_says_so_and_the_index_catches_up_when_it_is_back(
    client, opensearch, initial_content, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    settings.SEARCH_INDEX_RETRY_BASE_SECONDS = 1
    opensearch.stop()
    try:
        # The editor publishes as usual: the index update waits in the task queue.
        publish_projet("Repair café")
        response = client.get("/fr/recherche/", {"q": "repair café"})
        assert response.status_code == 503
        text = page_text(response)
        assert "La recherche est momentanément indisponible" in text
        assert "Maison du projet des Oliveaux" in text
        assert 'href="/fr/participer/projet-initiative-citoyenne/"' in response.content.decode()
        assert client.get("/fr/").status_code == 200  # the rest of the site works
        assert client.get("/fr/projets/repair-cafe/").status_code == 200
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)  # it fails, will retry
    finally:
        opensearch.start()
    assert "/fr/projets/repair-cafe/" not in found(client, "repair café")
    time.sleep(1.2)  # the retry is due after its delay
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert found(client, "repair café")[0] == "/fr/projets/repair-cafe/"
