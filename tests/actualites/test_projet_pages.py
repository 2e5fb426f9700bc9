import re

import pytest

from actualites.models import Financement, ProjetIndexPage, ProjetPage
from tests.actualites.factories import domaine, draft_projet, publish_projet
from tests.home.test_i18n import translate
from tests.utils import page_text

SEED_PROJETS = 7


def listed_titles(response):
    """The titles of the project cards, in order."""
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


@pytest.fixture
def projets(places):
    """Four projects beside the seed's seven, spread over dispositifs, quartiers, domaines and years."""
    return {
        "fete": publish_projet(
            "Fête des voisins",
            dispositif=places.pic,
            quartiers=[places.oliveaux],
            domaines=[domaine("Culture")],
            year=2025,
        ),
        "aire": publish_projet(
            "Aire de jeux",
            dispositif=places.ftu,
            quartiers=[places.oliveaux, places.kiener],
            domaines=[domaine("Cadre de vie"), domaine("Sport")],
            year=2023,
            end_year=2025,
            financements=[("commune", 3000), ("etat", 1200)],
        ),
        "atelier": publish_projet(
            "Atelier santé",
            quartiers=[places.kiener],
            domaines=[domaine("Santé")],
            year=2024,
            financements=[("autre", 800)],
        ),
        "brouillon": draft_projet("Projet en préparation", dispositif=places.pic, year=2025),
    }


def test_seed_projects_are_published_under_their_dispositif_without_invented_amounts(client, initial_content):
    response = client.get("/fr/projets/")
    titles = listed_titles(response)
    assert len(titles) == SEED_PROJETS
    assert titles[0] == "Le gala de l’amitié « Nos jeunes ont du talent »"  # the only dated one comes first
    gala = ProjetPage.objects.get(slug="gala-amitie-nos-jeunes-ont-du-talent-2024")
    assert (gala.dispositif.acronym, gala.year) == ("PIC", 2024)
    assert ProjetPage.objects.filter(dispositif__acronym="FTU").count() == 4
    assert not ProjetPage.objects.filter(financements__isnull=False).exists()


def test_project_without_optional_values_renders_without_empty_labels(client, initial_content):
    text = page_text(client.get("/fr/projets/visite-musee-gaufre/"))
    assert "Dispositif Projet d’initiative citoyenne" in text
    assert "Porté par Groupe d’habitants" in text
    for absent in ("Financé par", "Quartiers", "Année", "Le bilan", "En images", "None"):
        assert absent not in text


def test_project_with_every_value_shows_them(client, projets):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    aire = projets["aire"]
    aire.porteur_name = "Association des parents"
    aire.porteur_kind = "association"
    aire.bilan = "<p>Une aire de jeux ouverte à tous.</p>"
    aire.participants = 120
    image = Image.objects.create(title="Aire", file=get_test_image_file())
    aire.gallery_images.create(image=image, alt_text="Des enfants sur le toboggan", caption="Le jour de l’ouverture")
    aire.save_revision().publish()
    response = client.get(aire.url)
    text = page_text(response)
    assert "Quartiers Les Oliveaux, Clémenceau – Kiener" in text
    assert "Domaines Cadre de vie, Sport" in text
    assert "Année 2023–2025" in text
    assert "Porté par Association des parents (association)" in text
    assert "La Ville de Loos : 3 000 € L’État : 1 200 €" in text
    assert "120 personnes ont participé." in text and "Une aire de jeux ouverte à tous." in text
    assert 'alt="Des enfants sur le toboggan"' in response.content.decode()
    assert "Le jour de l’ouverture" in text


SEED_PIC = {
    "gala": "Le gala de l’amitié « Nos jeunes ont du talent »",
    "hortillonnages": "Une sortie aux hortillonnages d’Amiens",
    "gaufre": "Une visite du musée de la gaufre",
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dispositif=projet-initiative-citoyenne", {"fete", "gala", "hortillonnages", "gaufre"}),
        ("dispositif=autre", {"atelier"}),
        ("quartier={oliveaux}", {"fete", "aire"}),
        ("quartier={kiener}", {"aire", "atelier"}),
        ("domaine={sport}", {"aire"}),
        ("annee=2024", {"aire", "atelier", "gala"}),  # a project counts every year from its first to its last
        ("annee=2025", {"fete", "aire"}),
        ("quartier={oliveaux}&annee=2024", {"aire"}),
        ("dispositif=projet-initiative-citoyenne&annee=2024", {"gala"}),
        ("quartier={kiener}&dispositif=fonds-travaux-urbains&domaine={sport}&annee=2023", {"aire"}),
        ("quartier={oliveaux}&domaine={sante}", set()),
    ],
)
def test_filters_return_exactly_the_matching_projects(client, places, projets, query, expected):
    ids = {
        "oliveaux": places.oliveaux.pk,
        "kiener": places.kiener.pk,
        "sport": domaine("Sport").pk,
        "sante": domaine("Santé").pk,
    }
    response = client.get(f"/fr/projets/?{query.format(**ids)}")
    titles = {**{key: page.title for key, page in projets.items()}, **SEED_PIC}
    assert sorted(listed_titles(response)) == sorted(titles[key] for key in expected)
    if not expected:
        assert "Aucun projet ne correspond à tous ces filtres." in page_text(response)


def test_filter_links_carry_the_other_filters_and_their_counts(client, places, projets):
    oliveaux = places.oliveaux.pk
    content = client.get(f"/fr/projets/?quartier={oliveaux}").content.decode()
    assert f'<a href="?quartier={oliveaux}&amp;annee=2024">2024 <span class="filters__count">(1)</span></a>' in content
    assert f'<a href="?quartier={oliveaux}" aria-current="true">Les Oliveaux' in content
    assert '<a href="?">Tous</a>' in content  # the quartier filter can be removed


@pytest.mark.parametrize(
    "query", ["annee=abc", "annee=99999", "quartier=x", "domaine=-3", "dispositif=%3Cscript%3E", "page=zz"]
)
def test_invalid_filter_values_give_a_clean_page(client, projets, query):
    response = client.get(f"/fr/projets/?{query}")
    assert response.status_code == 200
    assert len(listed_titles(response)) == SEED_PROJETS + 3
    if not query.startswith("page"):
        assert "n’est pas valable : il n’a pas été appliqué." in page_text(response)


def test_unpublished_projects_are_listed_nowhere(client, projets):
    assert "Projet en préparation" not in listed_titles(client.get("/fr/projets/?annee=2025"))
    assert "Projet en préparation" not in page_text(client.get("/fr/participer/projet-initiative-citoyenne/"))


def test_pagination_keeps_the_filters_and_bounds_the_page_number(client, initial_content):
    for number in range(1, 15):
        publish_projet(f"Projet {number:02d}", domaines=[domaine("Sport")], year=2020)
    sport = domaine("Sport").pk
    first = client.get(f"/fr/projets/?domaine={sport}")
    assert len(listed_titles(first)) == ProjetIndexPage.page_size
    assert f'href="?domaine={sport}&amp;page=2"' in first.content.decode()
    assert "14 projets" in page_text(first)
    last = client.get(f"/fr/projets/?domaine={sport}&page=2")
    assert listed_titles(last) == ["Projet 13", "Projet 14"]
    assert listed_titles(client.get(f"/fr/projets/?domaine={sport}&page=999")) == listed_titles(last)


def test_the_list_of_every_project_follows_each_publication_page_by_page(client, initial_content):
    """Its pages are kept between publications, under the page numbers that exist."""
    for number in range(1, 15):
        publish_projet(f"Projet {number:02d}", year=2030)
    first = listed_titles(client.get("/fr/projets/"))
    assert first == [f"Projet {number:02d}" for number in range(1, 13)]
    last = listed_titles(client.get("/fr/projets/?page=2"))
    assert last[:2] == ["Projet 13", "Projet 14"] and len(last) == 14 + SEED_PROJETS - 12
    assert listed_titles(client.get("/fr/projets/?page=999")) == last
    assert listed_titles(client.get("/fr/projets/?page=abc")) == first
    publish_projet("Projet 00", year=2030)
    assert listed_titles(client.get("/fr/projets/"))[:2] == ["Projet 00", "Projet 01"]
    assert listed_titles(client.get("/fr/projets/?page=2"))[:2] == ["Projet 12", "Projet 13"]
    assert "22 projets" in page_text(client.get("/fr/projets/?page=2"))


def test_dispositif_and_quartier_pages_list_their_projects(client, projets):
    ftu = listed_titles(client.get("/fr/participer/fonds-travaux-urbains/"))
    assert "Aire de jeux" in ftu and "Le jardin partagé des Olivettes" in ftu and "Fête des voisins" not in ftu
    oliveaux = listed_titles(client.get("/fr/quartiers/oliveaux/"))
    assert sorted(oliveaux) == ["Aire de jeux", "Fête des voisins"]
    assert "Des projets réalisés" not in page_text(client.get("/fr/quartiers/epi-de-soil/"))


def test_a_dispositif_or_quartier_page_shows_its_newest_projects_and_links_to_all_of_them(client, places):
    """However many projects a dispositif funds, its page stays short: the newest six, and a link to the rest."""
    for year in range(2013, 2020):
        publish_projet(f"Projet {year}", dispositif=places.pic, quartiers=[places.oliveaux], year=year)
    for page_url, facet in [
        ("/fr/participer/projet-initiative-citoyenne/", "dispositif=projet-initiative-citoyenne"),
        ("/fr/quartiers/oliveaux/", f"quartier={places.oliveaux.pk}"),
    ]:
        page = client.get(page_url)
        shown = listed_titles(page)
        listed = client.get(f"/fr/projets/?{facet}")
        count = len(listed_titles(listed))
        assert count > len(shown) == 6
        assert shown == listed_titles(listed)[:6]  # the newest, in the list's order
        assert f'<a href="/fr/projets/?{facet}">Voir les {count} projets</a>' in page.content.decode()
        assert f"{count} projets" in page_text(listed)
    # Fewer than six: all of them, and no link.
    assert "Voir les" not in page_text(client.get("/fr/participer/fonds-travaux-urbains/"))


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_at_volume_the_link_to_all_projects_finds_them_in_every_language(client, volume_content, language):
    from dispositifs.models import DispositifPage
    from home.models import QuartierPage

    pages = [
        DispositifPage.objects.get(acronym="PIC", locale__language_code=language),
        # The quartiers' pages are not translated into Arabic in the seed.
        *QuartierPage.objects.live().filter(locale__language_code=language).order_by("path")[:1],
    ]
    for page in pages:
        response = client.get(page.url)
        content = response.content.decode()
        assert len(listed_titles(response)) == 6
        url, count = re.search(
            r'<a href="([^"]+\?(?:dispositif|quartier)=[^"]+)">[^<]*?(\d+)[^<]*</a>', content
        ).groups()
        assert int(count) > 100
        heading = re.search(
            r'id="resultats-titre"[^>]*>([^<]+)<', client.get(url.replace("&amp;", "&")).content.decode()
        )
        assert count in heading.group(1)


def test_a_translated_project_keeps_its_funding_and_quartiers(client, projets):
    english = translate(projets["aire"], "en", title="Playground")
    english.save_revision().publish()
    assert english.financements.count() == 2
    text = page_text(client.get("/en/projets/aire-de-jeux/"))
    assert "Playground" in text and "Les Oliveaux" in text
    assert "€3,000" in text  # the amount as English writes it


def test_a_larger_gallery_costs_no_more_queries(client, projets):
    """Each photo's image and renditions come with the others', not one by one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    aire = projets["aire"]

    def queries_with(count):
        for number in range(count - aire.gallery_images.count()):
            image = Image.objects.create(title=f"Aire {number}", file=get_test_image_file())
            aire.gallery_images.create(image=image, alt_text=f"Photo {number}")
        aire.save_revision().publish()
        client.get(aire.url)  # makes the renditions
        with CaptureQueriesContext(connection) as queries:
            assert client.get(aire.url).content.decode().count('alt="Photo ') == count
        return len(queries)

    assert queries_with(1) == queries_with(4)


def test_a_project_page_shows_its_new_funders_once_published_and_a_draft_s_in_its_preview(client, projets, places):
    """What the page keeps between publications (its quartiers, domaines and funders) is never a draft's,
    nor shown to the preview of one."""
    aire = projets["aire"]
    assert "3 000 €" in page_text(client.get(aire.url)).replace("\u202f", " ").replace("\xa0", " ")
    draft = aire.get_latest_revision_as_object()
    draft.quartiers = [places.kiener]
    draft.financements = [Financement(funder="etat", amount=999)]
    preview = page_text(draft.make_preview_request())
    assert "999 €" in preview and "3 000 €" not in preview.replace("\u202f", " ").replace("\xa0", " ")
    assert "Les Oliveaux" not in preview
    live = page_text(client.get(aire.url)).replace("\u202f", " ").replace("\xa0", " ")
    assert "3 000 €" in live and "999 €" not in live
    draft.save_revision().publish()
    assert "999 €" in page_text(client.get(aire.url))
