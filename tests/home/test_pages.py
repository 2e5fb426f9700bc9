import re

import pytest

from wagtail.models import Page

from home.models import ContactPoint, ContentPage, HomePage, KeyFigure, QuartierIndexPage, QuartierPage
from tests.utils import page_text

# Every page of the initial tree, by URL.
INITIAL_URLS = [
    "/fr/",
    "/fr/contrat-de-ville/",
    "/fr/quartiers/",
    "/fr/quartiers/oliveaux/",
    "/fr/quartiers/clemenceau-kiener/",
    "/fr/quartiers/epi-de-soil/",
    "/fr/participer/",
    "/fr/participer/projet-initiative-citoyenne/",
    "/fr/participer/fonds-travaux-urbains/",
    "/fr/participer/programme-actions/",
    "/fr/actualites/",
    "/fr/chiffres/",
    "/fr/projets/",
    "/fr/projets/sortie-hortillonnages-amiens/",
    "/fr/projets/gala-amitie-nos-jeunes-ont-du-talent-2024/",
    "/fr/projets/visite-musee-gaufre/",
    "/fr/projets/jardin-partage-olivettes/",
    "/fr/projets/installation-bancs/",
    "/fr/projets/panneaux-immeubles-partenord/",
    "/fr/projets/rampe-derriere-batiment/",
    "/fr/contact/",
    "/fr/mentions-legales/",
    "/fr/accessibilite/",
    "/fr/donnees-personnelles/",
]
# The application forms: per visitor (a CSRF token), so never cached, unlike the pages above.
FORM_URLS = [
    "/fr/participer/projet-initiative-citoyenne/fiche-projet/",
    "/fr/participer/fonds-travaux-urbains/demande/",
]


def test_the_list_above_is_the_whole_initial_tree(initial_content):
    urls = sorted(page.url for page in Page.objects.filter(depth__gt=1).live())
    assert urls == sorted(INITIAL_URLS + FORM_URLS)


@pytest.mark.parametrize("url", INITIAL_URLS + FORM_URLS)
def test_every_page_renders_in_french_with_one_h1(client, initial_content, url):
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in content
    assert content.count("<h1") == 1
    assert 'href="#contenu"' in content and 'id="contenu"' in content
    assert 'aria-label="Menu principal"' in content
    title = re.search(r"<title>(.*?)</title>", content).group(1)
    if url == "/fr/":
        assert title == "Le contrat de ville de Loos"
    else:
        assert 'aria-label="Fil d’Ariane"' in content
        assert title.endswith(" – Contrat de ville de Loos") and title.count("Contrat de ville de Loos") == 1


def test_breadcrumbs_lead_back_home_through_each_section(client, initial_content):
    content = client.get("/fr/participer/projet-initiative-citoyenne/").content.decode()
    trail = content[content.index('aria-label="Fil d’Ariane"') :]
    trail = trail[: trail.index("</nav>")]
    assert re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', trail) == [
        ("/fr/", "Accueil"),
        ("/fr/participer/", "Participer"),
        ("/fr/participer/projet-initiative-citoyenne/", "Projet d’initiative citoyenne"),
    ]
    assert 'aria-current="page">Projet d’initiative citoyenne</a>' in trail


def test_root_url_redirects_to_the_french_site(client, initial_content):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_home_explains_the_contrat_de_ville_and_who_signs_it(client, initial_content):
    text = page_text(client.get("/fr/"))
    assert "signé entre l’État, la Ville de Loos" in text
    for partner in [
        "L’État",
        "La Ville de Loos",
        "Métropole européenne de Lille (MEL)",
        "La Région Hauts-de-France",
        "Le Département du Nord",
        "CAF du Nord",
        "Les bailleurs sociaux",
    ]:
        assert partner in text
    assert "L’État Il signe le contrat et finance des actions." in text


def test_home_shows_the_key_figures_of_2014_2023(client, initial_content):
    text = page_text(client.get("/fr/"))
    assert "2 871 930 € versés par la commune aux associations et aux établissements publics" in text
    assert "3 300 433 € apportés par l’État" in text
    assert "57 actions menées dans le cadre du contrat de ville (2014–2023)" in text


def test_home_lists_the_three_quartiers_with_their_population(client, initial_content):
    text = page_text(client.get("/fr/"))
    assert "Les Oliveaux Environ 5 000 habitants" in text
    assert "Clémenceau – Kiener Environ 1 300 habitants" in text
    assert "L’Épi de Soil Environ 100 habitants" in text


def test_home_leads_to_pic_and_ftu_with_their_ceilings(client, initial_content):
    response = client.get("/fr/")
    text = page_text(response)
    assert "Projet d’initiative citoyenne Jusqu’à 1 500 € de subvention" in text
    assert "Fonds de travaux urbains Jusqu’à 4 500 € de subvention" in text
    content = response.content.decode()
    assert 'href="/fr/participer/projet-initiative-citoyenne/"' in content
    assert 'href="/fr/participer/fonds-travaux-urbains/"' in content


def test_home_says_when_there_is_no_news_yet(client, initial_content):
    assert "Aucune actualité n’est publiée pour le moment." in page_text(client.get("/fr/"))


def test_contrat_de_ville_page_carries_the_law_and_the_yearly_cycle(client, initial_content):
    text = page_text(client.get("/fr/contrat-de-ville/"))
    for fact in [
        "« pour la ville et la cohésion urbaine » du 21 février 2014",
        "loi Lamy",
        "document cadre",
        "plans d’actions",
        "éducation, d’emploi, de sécurité, de santé, de développement durable",
        "conseils citoyens",
        "projets de renouvellement urbain",
        "décret du 13 juillet 2024",
        "Un seul quartier a changé : son périmètre s’est agrandi, "
        "avec l’entrée du collège Descartes et du Centre Prévert",
        "2024 à 2030",
        "la liste des besoins et de ce qui manque",
        "environ 5 000 habitants",
        "environ 1 300 habitants",
        "environ 100 habitants",
        "une action touche plusieurs domaines",
    ]:
        assert fact in text, fact
    assert (
        "les acteurs des quartiers, services publics ou associations, peuvent déposer un programme d’actions. "
        "Il est ensuite validé, ou non, par le conseil citoyen, le conseil municipal et les services spécialisés "
        "de l’État : DDTM, Éducation nationale, Préfecture"
    ) in text
    content = client.get("/fr/contrat-de-ville/").content.decode()
    assert 'href="/fr/participer/programme-actions/">Le programme d’actions, étape par étape</a>' in content


@pytest.mark.parametrize(
    ("url", "facts"),
    [
        (
            "/fr/quartiers/oliveaux/",
            ["Habitants environ 5 000", "Seul le centre du quartier est prioritaire : les immeubles collectifs."],
        ),
        ("/fr/quartiers/clemenceau-kiener/", ["Habitants environ 1 300"]),
        ("/fr/quartiers/epi-de-soil/", ["Habitants environ 100", "Une seule tour d’habitation"]),
    ],
)
def test_quartier_pages_show_population_perimeter_and_where_to_ask(client, initial_content, url, facts):
    text = page_text(client.get(url))
    for fact in facts:
        assert fact in text
    assert "Où vous renseigner ? Pour ce quartier, adressez-vous à :" in text
    assert "Maison du projet des Oliveaux" in text


def test_quartier_page_shows_its_point_relais_once_an_editor_sets_it(client, initial_content):
    point_relais = ContactPoint.objects.create(
        name="Point relais Kiener", kind=ContactPoint.Kind.POINT_RELAIS, phone="03 20 00 00 00"
    )
    QuartierPage.objects.get(slug="clemenceau-kiener").quartier.__class__.objects.filter(
        name="Clémenceau – Kiener"
    ).update(point_relais=point_relais)
    text = page_text(client.get("/fr/quartiers/clemenceau-kiener/"))
    assert "Point relais Kiener Téléphone 03 20 00 00 00" in text
    assert "pas encore indiqué" not in text


def test_contact_details_are_edited_once_and_shown_everywhere(client, initial_content):
    """The Maison du projet's address, changed in its snippet, appears on every page that shows it."""
    ContactPoint.objects.filter(name="Maison du projet des Oliveaux").update(
        address="Rue des Oliveaux, Loos", opening_hours="Du lundi au vendredi"
    )
    for url in ["/fr/", "/fr/contact/", "/fr/participer/fonds-travaux-urbains/", "/fr/accessibilite/"]:
        text = page_text(client.get(url))
        assert "Adresse Rue des Oliveaux, Loos Horaires Du lundi au vendredi" in text, url


def test_key_figures_are_edited_once_and_shown_everywhere(client, initial_content):
    KeyFigure.objects.filter(value=57).update(value=58)
    for url in ["/fr/", "/fr/contrat-de-ville/"]:
        assert "58 actions" in page_text(client.get(url))


def test_legal_pages_say_what_a_french_public_site_must(client, initial_content):
    legal = page_text(client.get("/fr/mentions-legales/"))
    assert "édité par la Ville de Loos" in legal
    assert "Directeur ou directrice de la publication" in legal
    accessibility = page_text(client.get("/fr/accessibilite/"))
    assert "article 47 de la loi n° 2005-102 du 11 février 2005" in accessibility
    assert "RGAA 4.1" in accessibility
    assert "non conforme" in accessibility
    assert "Défenseur des droits" in accessibility
    personal_data = page_text(client.get("/fr/donnees-personnelles/"))
    assert "aucun cookie" in personal_data
    assert "CNIL" in personal_data


def test_footer_links_contact_and_legal_pages(client, initial_content):
    content = client.get("/fr/").content.decode()
    footer = content[content.index('<footer class="site-footer">') :]
    for url in ["/fr/contact/", "/fr/mentions-legales/", "/fr/accessibilite/", "/fr/donnees-personnelles/"]:
        assert f'href="{url}"' in footer
    assert "Maison du projet des Oliveaux" in footer


def test_the_main_menu_marks_the_current_section(client, initial_content):
    content = client.get("/fr/participer/projet-initiative-citoyenne/").content.decode()
    assert '<a href="/fr/participer/" aria-current="true">Participer</a>' in content
    content = client.get("/fr/participer/").content.decode()
    assert '<a href="/fr/participer/" aria-current="page">Participer</a>' in content


def test_unknown_page_gets_a_french_404(client, initial_content):
    response = client.get("/fr/page-qui-n-existe-pas/")
    assert response.status_code == 404
    text = page_text(response)
    assert "Page introuvable" in text
    assert "Menu principal" in response.content.decode()


def test_page_types_only_go_where_they_belong(initial_content):
    """Editors cannot build a wrong tree: a quartier page only goes under the quartiers list."""
    home = HomePage.objects.get()
    quartier_index = QuartierIndexPage.objects.get()
    assert not QuartierPage.can_create_at(home)
    assert QuartierPage.can_create_at(quartier_index)
    assert not QuartierIndexPage.can_create_at(home)  # one list of quartiers per home page
    assert ContentPage.can_create_at(home)
    assert not ContentPage.can_create_at(quartier_index)
