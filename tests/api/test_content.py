"""Each page type and snippet comes out as structured fields, in its locale, with links to its translations."""

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from actualites.models import Domaine, ProjetPage
from dispositifs.models import DispositifPage
from home.models import ContentPage, HomePage, Quartier, QuartierPage
from tests.actualites.factories import publish_actualite, publish_projet


def test_a_dispositif_gives_its_acronym_ceiling_eligibility_and_ordered_steps(api, translated_content):
    pic = DispositifPage.objects.get(acronym="PIC", locale__language_code="fr")
    data = api(f"pages/{pic.pk}/").json()
    assert data["type"] == "dispositif"
    assert data["locale"] == "fr"
    facts = data["dispositif"]
    assert facts["acronym"] == "PIC"
    assert facts["grant_ceiling"] == 1500
    assert "<p" in facts["eligibility"]
    assert [step["title"] for step in facts["steps"]] == [step.title for step in pic.steps.all()]
    assert all(step["actor"] for step in facts["steps"])
    assert facts["demande_form"]["type"] == "formulaire"
    assert {t["locale"] for t in data["translations"]} == {"en", "ar"}
    english = next(t for t in data["translations"] if t["locale"] == "en")
    assert api(f"pages/{english['id']}/").json()["dispositif"]["acronym"] == "PIC"


def test_a_quartier_page_gives_the_quartier_and_its_population(api, initial_content):
    page = QuartierPage.objects.select_related("quartier").first()
    data = api(f"pages/{page.pk}/").json()
    assert data["quartier"]["quartier"]["population"] == page.quartier.population
    assert data["dispositif"] is None


def test_a_projet_gives_its_dispositif_quartiers_domaines_year_amounts_and_funders(api, initial_content):
    pic = DispositifPage.objects.get(acronym="PIC")
    oliveaux = Quartier.objects.get(name="Les Oliveaux")
    funding = [("commune", 800), ("etat", 400)]
    projet = publish_projet("Jardin partagé", dispositif=pic, quartiers=[oliveaux], year=2025, financements=funding)
    facts = api(f"pages/{projet.pk}/").json()["projet"]
    assert facts["dispositif"]["id"] == pic.pk
    assert facts["quartiers"] == [{"id": oliveaux.pk, "name": "Les Oliveaux"}]
    assert facts["year"] == 2025
    assert facts["amount"] == 1200
    assert [(f["funder"], f["amount"]) for f in facts["funding"]] == [("commune", 800), ("etat", 400)]


def test_a_news_item_gives_its_date_and_related_pages(api, initial_content):
    projet = ProjetPage.objects.live().first()
    actualite = publish_actualite("Fête de quartier", projets=[projet])
    facts = api(f"pages/{actualite.pk}/").json()["actualite"]
    assert facts["date"] == "2026-03-01"
    assert [link["id"] for link in facts["projets"]] == [projet.pk]
    assert facts["image"] is None


def test_bodies_are_typed_blocks(api, initial_content):
    pic = DispositifPage.objects.get(acronym="PIC")
    body = api(f"pages/{pic.pk}/").json()["body"]
    assert body, "the PIC page has a body"
    assert all(block["type"] and block["id"] for block in body)


def test_snippets_are_listed_in_every_language(api, translated_content):
    for path in ("lieux", "quartiers", "partenaires", "chiffres", "domaines"):
        response = api(f"{path}/")
        assert response.status_code == 200, path
        assert response.json()["count"] > 0, path
    quartiers = api("quartiers/", locale="ar").json()["results"]
    assert quartiers and all(q["locale"] == "ar" and q["translations"] for q in quartiers)
    lieux = api("lieux/").json()["results"]
    assert all("email" not in lieu for lieu in lieux)


def test_pages_are_listed_and_filtered(api, initial_content):
    pic = DispositifPage.objects.get(acronym="PIC")
    oliveaux = Quartier.objects.get(name="Les Oliveaux")
    domaine = Domaine.objects.first()
    projet = publish_projet(
        "Jardin partagé", dispositif=pic, quartiers=[oliveaux], domaines=[domaine], year=2025, end_year=2027
    )
    fresque = publish_projet("Fresque", year=2024)

    def ids(**filters):
        return {page["id"] for page in api("pages/", page_size=50, **filters).json()["results"]}

    data = api("pages/").json()
    assert data["count"] == len(data["results"]) or data["next"]
    assert {"id", "type", "title", "url", "locale", "translations"} <= set(data["results"][0])
    assert projet.pk in ids(dispositif=pic.pk) and fresque.pk not in ids(dispositif=pic.pk)
    assert set(ProjetPage.objects.filter(dispositif=pic).values_list("pk", flat=True)) == ids(dispositif=pic.pk)
    assert projet.pk in ids(quartier=oliveaux.pk) and fresque.pk not in ids(quartier=oliveaux.pk)
    assert projet.pk in ids(domaine=domaine.pk) and fresque.pk not in ids(domaine=domaine.pk)
    assert ids(type="projet", year=2026) == {projet.pk}
    assert ids(locale="en") == set() and projet.pk in ids(locale="fr")  # initial_content is French only
    assert fresque.pk in ids(type="projet", year=2024) and projet.pk not in ids(year=2024)
    assert {p["type"] for p in api("pages/", type="dispositif").json()["results"]} == {"dispositif"}


def test_images_come_as_avif_and_webp_renditions_with_their_alt_text(api, initial_content):
    image = get_image_model().objects.create(
        title="Fête", description="Des voisins autour d’une table", file=get_test_image_file(size=(1000, 600))
    )
    actualite = publish_actualite("Fête des voisins", image=image)
    data = api(f"pages/{actualite.pk}/").json()["actualite"]["image"]
    assert data["alt"] == "Des voisins autour d’une table"
    renditions = {(r["size"], r["format"]): r for r in data["renditions"]}
    assert set(renditions) == {(size, fmt) for size in ("small", "medium", "large") for fmt in ("avif", "webp")}
    assert renditions["small", "webp"]["width"] == 400
    assert renditions["large", "avif"]["width"] == 1000  # never enlarged
    assert renditions["small", "avif"]["url"].startswith("http://testserver/media/images/")


def test_rich_text_links_to_pages_are_resolved(api, initial_content):
    pic = DispositifPage.objects.get(acronym="PIC")
    home = HomePage.objects.get()
    link = RichText(
        f'<p>Voir <a linktype="page" id="{pic.pk}">le PIC</a> et <a href="https://example.org">ceci</a>.</p>'
    )
    page = home.add_child(instance=ContentPage(title="Liens", body=[("paragraph", link)]))
    page.save_revision().publish()
    html = api(f"pages/{page.pk}/").json()["body"][0]["html"]
    assert f'<a href="{pic.get_full_url()}">le PIC</a>' in html
    assert '<a href="https://example.org">ceci</a>' in html
    assert "linktype" not in html
