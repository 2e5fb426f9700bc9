"""Pages the initial content has none of, added to the browser tests' site: news, and a project with every value."""

import datetime

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from actualites.models import ProjetPage
from dispositifs.models import DispositifPage
from home.models import Quartier
from tests.actualites.factories import domaine, publish_actualite, publish_projet

URLS = ["/fr/projets/aire-de-jeux/", "/fr/actualites/le-jardin-est-ouvert/"]


def create():
    image = Image.objects.create(title="Jardin", description="Des bacs de légumes", file=get_test_image_file())
    oliveaux = Quartier.objects.get(name="Les Oliveaux", locale__language_code="fr")
    aire = publish_projet(
        "Aire de jeux",
        slug="aire-de-jeux",
        dispositif=DispositifPage.objects.get(acronym="FTU", locale__language_code="fr"),
        quartiers=[oliveaux, Quartier.objects.get(name="L’Épi de Soil", locale__language_code="fr")],
        domaines=[domaine("Cadre de vie"), domaine("Sport")],
        year=2023,
        end_year=2025,
        porteur_kind="association",
        porteur_name="Association des parents",
        financements=[("commune", 3000), ("etat", 1200), ("autre", None)],
        bilan="<p>Une aire de jeux ouverte à tous.</p>",
        participants=120,
    )
    aire.gallery_images.create(image=image, alt_text="Des enfants sur le toboggan", caption="Le jour de l’ouverture")
    aire.save_revision().publish()
    publish_actualite(
        "Le jardin est ouvert",
        datetime.date(2026, 5, 2),
        slug="le-jardin-est-ouvert",
        image=image,
        projets=[aire, ProjetPage.objects.get(slug="jardin-partage-olivettes")],
        quartiers=[oliveaux],
    )
