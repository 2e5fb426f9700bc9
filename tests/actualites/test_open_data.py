"""The open data files: the published projects, one per row, under the Licence Ouverte, described in DCAT."""

import csv
import datetime
import io
import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from actualites.models import ProjetPage
from tests.actualites.factories import domaine, draft_projet, publish_projet

LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
URLS = ["/donnees/projets.csv", "/donnees/projets.json", "/donnees/catalogue.jsonld"]


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\N{BYTE ORDER MARK}"), "without it, Excel reads UTF-8 as Windows-1252"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\N{BYTE ORDER MARK}")), delimiter=";"))


@pytest.fixture
def projets(places):
    """A published project with every value, and projects nobody may see."""
    jardin = publish_projet(
        "Jardin des Oliveaux",
        dispositif=places.pic,
        quartiers=[places.oliveaux, places.kiener],
        domaines=[domaine("Cadre de vie")],
        year=2025,
        amount_requested=1500,
        porteur_kind="habitants",
        porteur_name="Madame Porteuse Dupont",
        financements=[("commune", 1200), ("etat", None)],
    )
    draft_projet("Projet en brouillon")
    private = publish_projet("Projet réservé")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    expired = publish_projet("Projet expiré")
    ProjetPage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(days=1))
    publish_projet("Projet retiré").unpublish()
    english = jardin.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Oliveaux garden"
    english.save_revision().publish()
    return jardin


def visible_titles():
    """What a visitor can open: the live French projects, less the restricted and the expired one."""
    live = ProjetPage.objects.filter(live=True, locale__language_code="fr")
    return sorted(live.exclude(title__in=["Projet réservé", "Projet expiré"]).values_list("title", flat=True))


def test_the_csv_lists_the_published_projects_once_each_for_french_spreadsheets(client, projets):
    response = client.get("/donnees/projets.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'rel="license"' in response["Link"] and LICENCE_URL in response["Link"]
    rows = read_csv(response)
    assert sorted(row["titre"] for row in rows) == visible_titles()
    assert len(rows) == 8  # the seed's seven projects and the garden, once: not its English translation
    jardin = next(row for row in rows if row["titre"] == "Jardin des Oliveaux")
    assert jardin == {
        "titre": "Jardin des Oliveaux",
        "dispositif": "PIC",
        "quartiers": "Les Oliveaux, Clémenceau – Kiener",
        "domaines": "Cadre de vie",
        "annee": "2025",
        "annee_fin": "",
        "montant_demande": "1500",
        "montant_accorde": "1200",
        "financeurs": "La Ville de Loos (1200), L’État",
        "url": projets.get_full_url(),  # the site's own address, as in its sitemap
    }
    assert "Dupont" not in response.content.decode()


def test_the_json_carries_the_same_projects_and_its_licence(client, projets):
    response = client.get("/donnees/projets.json", HTTP_ACCEPT_LANGUAGE="en")
    data = json.loads(response.content)
    assert data["metadata"]["licence"]["url"] == LICENCE_URL
    assert data["metadata"]["nombre_de_projets"] == 8
    assert data["metadata"]["mise_a_jour"] == ProjetPage.objects.get(pk=projets.pk).last_published_at.isoformat()
    assert sorted(projet["titre"] for projet in data["projets"]) == visible_titles()
    jardin = next(projet for projet in data["projets"] if projet["titre"] == "Jardin des Oliveaux")
    assert jardin["quartiers"] == ["Les Oliveaux", "Clémenceau – Kiener"]
    assert jardin["financeurs"] == [
        {"financeur": "La Ville de Loos", "montant": 1200},  # in French, whatever the visitor's language
        {"financeur": "L’État", "montant": None},
    ]
    assert (jardin["montant_demande"], jardin["montant_accorde"], jardin["annee"]) == (1500, 1200, 2025)
    assert "Dupont" not in response.content.decode() and "Porteuse" not in response.content.decode()


def test_a_draft_or_private_project_never_appears(client, projets):
    for url in URLS:
        content = client.get(url).content.decode()
        for title in ("Projet en brouillon", "Projet réservé", "Projet expiré", "Projet retiré", "Oliveaux garden"):
            assert title not in content


def test_the_dcat_description_names_the_licence_the_publisher_and_both_files(client, projets):
    response = client.get("/donnees/catalogue.jsonld")
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    catalogue = json.loads(response.content)
    assert catalogue["@type"] == "dcat:Catalog"
    (dataset,) = catalogue["dcat:dataset"]
    assert dataset["@type"] == "dcat:Dataset"
    assert dataset["dct:license"] == {"@id": LICENCE_URL}
    assert dataset["dct:publisher"]["foaf:name"] == "Ville de Loos"
    assert dataset["dct:accrualPeriodicity"] == {"@id": "http://purl.org/cld/freq/continuous"}
    assert dataset["dct:modified"]["@value"] == ProjetPage.objects.get(pk=projets.pk).last_published_at.isoformat()
    assert dataset["dcat:landingPage"]["@id"].endswith("/fr/chiffres/")
    media_types = {d["dcat:downloadURL"]["@id"]: d["dcat:mediaType"]["@id"] for d in dataset["dcat:distribution"]}
    assert media_types == {
        "http://testserver/donnees/projets.csv": "http://www.iana.org/assignments/media-types/text/csv",
        "http://testserver/donnees/projets.json": "http://www.iana.org/assignments/media-types/application/json",
    }


def test_the_figures_page_links_the_files_with_their_licence_and_last_update(client, projets):
    content = client.get("/fr/chiffres/").content.decode()
    assert "Données ouvertes" in content
    for url in URLS:
        assert f'href="{url}"' in content
    assert f'href="{LICENCE_URL}"' in content and "Licence Ouverte / Open Licence 2.0" in content
    updated = timezone.localtime(ProjetPage.objects.get(pk=projets.pk).last_published_at)
    assert f"Dernière mise à jour : {updated.day} " in content


def test_the_files_cost_the_same_queries_with_one_project_or_fifty(client, places):
    ProjetPage.objects.filter(locale__language_code="fr").delete()
    ProjetPage.objects.all().delete()

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    publish_projet("Projet 0", dispositif=places.pic, quartiers=[places.oliveaux], financements=[("commune", 10)])
    with_one = {url: queries(url) for url in URLS}
    for number in range(1, 50):
        publish_projet(f"Projet {number}", dispositif=places.ftu, quartiers=[places.kiener], year=2000 + number)
    assert len(read_csv(client.get("/donnees/projets.csv"))) == 50
    assert {url: queries(url) for url in URLS} == with_one
    assert max(with_one.values()) <= 10
