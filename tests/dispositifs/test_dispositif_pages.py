import re

import pytest

from dispositifs.models import DispositifPage
from home.models import ContactPoint, Quartier
from tests.utils import page_text


def steps_of(response):
    """(title, actor) of each step, in the order the page lists them."""
    content = response.content.decode()
    titles = re.findall(r'<p class="steps__title">(.*?)</p>', content)
    actors = re.findall(r'<span class="steps__actor-label">Qui agit :</span> (.*?)</p>', content)
    return list(zip(titles, actors, strict=True))


def test_pic_page_explains_the_scheme_step_by_step(client, initial_content):
    response = client.get("/fr/participer/projet-initiative-citoyenne/")
    text = page_text(response)
    assert "Sigle PIC" in text
    assert "Subvention jusqu’à 1 500 €" in text
    assert steps_of(response) == [
        ("Remplir une fiche projet", "Vous, les habitants porteurs du projet"),
        ("Examen du projet", "Le comité de gestion du PIC"),
        ("Attribution de la subvention", "Le comité de gestion du PIC"),
        ("Réalisation du projet", "Vous, les habitants porteurs du projet"),
        ("Présentation du bilan", "Vous, devant le comité de gestion du PIC"),
    ]
    assert "Contactez le point relais proche de chez vous. Vous y remplissez une fiche projet." in text
    assert "Des habitants des quartiers concernés en font partie." in text
    assert "Qui contacter ? Maison du projet des Oliveaux Adresse Quartier des Oliveaux" in text
    assert "Si l’avis est favorable" in text
    for example in [
        "hortillonnages d’Amiens",
        "gala de l’amitié « nos jeunes ont du talent » en 2024",
        "musée de la gaufre",
    ]:
        assert example in text


def test_ftu_page_explains_the_scheme_step_by_step(client, initial_content):
    response = client.get("/fr/participer/fonds-travaux-urbains/")
    text = page_text(response)
    assert "Sigle FTU" in text
    assert "Subvention jusqu’à 4 500 €" in text
    assert "améliorer l’environnement ou la sécurité de votre quartier" in text
    assert steps_of(response) == [
        ("Envoyer une demande", "Vous, les habitants"),
        ("Avis du comité", "Le comité de gestion du FTU"),
        ("Étude et chiffrage", "Les services techniques de la Ville"),
        ("Second examen", "Les habitants concernés et le comité de gestion du FTU"),
        ("Attribution de la subvention", "Le comité de gestion du FTU"),
        ("Réalisation des travaux", "Les services de la Ville"),
    ]
    assert "faits par les services de la Ville ou sous leur contrôle" in text
    for example in [
        "jardin partagé des Olivettes",
        "installation de bancs",
        "nom des immeubles de Partenord",
        "rampe derrière un bâtiment",
    ]:
        assert example in text
    assert "Qui contacter ? Maison du projet des Oliveaux" in text


def test_programme_actions_page_lists_who_validates_and_has_no_ceiling(client, initial_content):
    response = client.get("/fr/participer/programme-actions/")
    text = page_text(response)
    assert "Subvention" not in text.split("Comment ça marche")[0]
    assert steps_of(response) == [
        ("Dépôt d’un programme d’actions", "Les acteurs des quartiers : services publics et associations"),
        ("Validation par le conseil citoyen", "Le conseil citoyen"),
        ("Validation par le conseil municipal", "Le conseil municipal"),
        ("Validation par les services de l’État", "Les services de l’État : DDTM, Éducation nationale, Préfecture"),
    ]


def test_pic_lists_the_point_relais_of_each_quartier(client, initial_content):
    """The PIC starts at the point relais near home: the page shows each quartier's, once editors set it."""
    point_relais = ContactPoint.objects.create(
        name="Point relais de l’Épi de Soil", kind=ContactPoint.Kind.POINT_RELAIS, email="relais@mairie-loos.fr"
    )
    Quartier.objects.filter(name="L’Épi de Soil").update(point_relais=point_relais)
    text = page_text(client.get("/fr/participer/projet-initiative-citoyenne/"))
    assert "L’Épi de Soil Point relais de l’Épi de Soil E-mail relais@mairie-loos.fr" in text
    # A quartier whose point relais is not known is left out, not announced « bientôt ».
    assert "Les Oliveaux" not in text.split("Qui contacter ?")[1]


def test_the_ceiling_is_one_field_reused_everywhere(client, initial_content):
    """Changing the PIC ceiling in the admin changes it on the PIC page, the list and the home page."""
    pic = DispositifPage.objects.get(acronym="PIC")
    pic.grant_ceiling = 1800
    pic.save_revision().publish()
    for url in ["/fr/", "/fr/participer/", "/fr/participer/projet-initiative-citoyenne/"]:
        assert "1 800 €" in page_text(client.get(url)), url


def test_dispositif_index_lists_the_three_dispositifs(client, initial_content):
    text = page_text(client.get("/fr/participer/"))
    assert "Projet d’initiative citoyenne Jusqu’à 1 500 € de subvention" in text
    assert "Fonds de travaux urbains Jusqu’à 4 500 € de subvention" in text
    assert "Programme d’actions annuel" in text


@pytest.mark.parametrize("acronym", ["PIC", "FTU"])
def test_steps_are_ordered_fields(initial_content, acronym):
    """Steps are data (ordered, with who acts) that forms and the API can reuse."""
    page = DispositifPage.objects.get(acronym=acronym)
    steps = list(page.steps.all())
    assert [step.sort_order for step in steps] == list(range(len(steps)))
    assert all(step.actor for step in steps)


def test_each_dispositif_page_links_to_its_own_published_form(client, initial_content):
    pic = client.get("/fr/participer/projet-initiative-citoyenne/").content.decode()
    ftu = client.get("/fr/participer/fonds-travaux-urbains/").content.decode()
    assert 'href="/fr/participer/projet-initiative-citoyenne/fiche-projet/"' in pic
    assert 'href="/fr/participer/fonds-travaux-urbains/demande/"' in ftu
    form = DispositifPage.objects.get(acronym="FTU", locale__language_code="fr").get_children().get()
    form.unpublish()
    assert (
        'href="/fr/participer/fonds-travaux-urbains/demande/"'
        not in client.get("/fr/participer/fonds-travaux-urbains/").content.decode()
    )
