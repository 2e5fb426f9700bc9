"""Each endpoint reads the database a bounded number of times, the same for 1 item as for 50."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from actualites.models import Domaine, ProjetPage
from dispositifs.models import DispositifPage
from home.models import Quartier
from tests.actualites.factories import publish_projet

LISTS = ["pages/?type=projet", "lieux/", "quartiers/", "partenaires/", "chiffres/", "domaines/"]


def count_queries(client, path):
    """Queries of a request once the per-process caches (sites, locales) are warm."""
    client.get(f"/api/v1/{path}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/{path}")
    assert response.status_code == 200, response.content
    return len(queries), response.json()


def fill(model_count):
    """At least this many projects, domaines and quartiers, so each list has 50 items."""
    pic = DispositifPage.objects.get(acronym="PIC")
    quartier = Quartier.objects.first()
    for number in range(model_count - ProjetPage.objects.count()):
        publish_projet(f"Projet {number}", dispositif=pic, quartiers=[quartier], year=2025)
    locale = quartier.locale
    for number in range(model_count):
        Domaine.objects.create(name=f"Domaine {number}", locale=locale)
        Quartier.objects.create(name=f"Quartier {number}", population=100, perimeter="…", locale=locale)


def with_page_size(path, size):
    return f"{path}{'&' if '?' in path else '?'}page_size={size}"


def test_lists_cost_the_same_for_1_or_50_items(client, initial_content):
    few = {}
    for path in LISTS:
        few[path], data = count_queries(client, with_page_size(path, 1))
        assert len(data["results"]) == 1, path
    fill(50)
    for path in LISTS:
        many, data = count_queries(client, with_page_size(path, 50))
        assert len(data["results"]) == 50 or path in ("lieux/", "partenaires/", "chiffres/")
        assert many == few[path], path
        assert many <= 12, path


def test_a_page_costs_a_bounded_number_of_queries(client, initial_content, django_assert_max_num_queries):
    for page in [DispositifPage.objects.get(acronym="PIC"), ProjetPage.objects.first()]:
        with django_assert_max_num_queries(30):
            assert client.get(f"/api/v1/pages/{page.pk}/").status_code == 200
