"""Nothing private is reachable anonymously: not through a list, a filter, a search, a page or an embed.

Every private state is built in every locale, each carrying the word « zibeline »; then every endpoint is read
with every filter, every page id up to the last one is asked for, and the word must appear nowhere.
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction
from wagtail.rich_text import RichText

from actualites.models import ActualitePage, Domaine, ProjetPage
from demandes.models import DemandeFormPage
from dispositifs.models import DispositifPage
from home.models import ContactPoint, ContentPage, HomePage, KeyFigure, Quartier
from tests.actualites.factories import publish_actualite
from tests.demandes.factories import PNG, field_name, pic_answers

SECRET = "zibeline"
LANGUAGES = ("fr", "en", "ar")
RESTRICTIONS = [
    {"restriction_type": PageViewRestriction.PASSWORD, "password": "zibeline-mot-de-passe"},
    {"restriction_type": PageViewRestriction.LOGIN},
    {"restriction_type": PageViewRestriction.GROUPS},
]


def content_page(parent, title, publish=True, intro=f"Texte {SECRET}.", **fields):
    page = parent.add_child(instance=ContentPage(title=title, intro=intro, live=False, **fields))
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def translate(page, language):
    translation = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    translation.save_revision().publish()
    return translation


def private_collection():
    collection = Collection.get_first_root_node().add_child(name=f"Collection {SECRET}")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    return collection


def build_private_pages(home):
    """Each state that must not show, under one locale's home page."""
    language = home.locale.language_code
    content_page(home, f"Brouillon {SECRET} {language}", publish=False)
    unpublished = content_page(home, f"Retirée {SECRET} {language}")
    unpublished.unpublish()
    content_page(home, f"Expirée {SECRET} {language}", expire_at=timezone.now() - datetime.timedelta(days=1))
    scheduled = content_page(home, f"Programmée {SECRET} {language}", publish=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=7)
    scheduled.save_revision().publish()
    live = content_page(home, f"En ligne {language}", intro="Une page publique.")
    live.title = f"Modification non publiée {SECRET} {language}"
    live.intro = f"Brouillon {SECRET}"
    live.save_revision()  # a draft revision of a live page
    for number, restriction in enumerate(RESTRICTIONS):
        restricted = content_page(home, f"Réservée {SECRET} {language} {number}")
        view_restriction = PageViewRestriction.objects.create(page=restricted, **restriction)
        if restriction["restriction_type"] == PageViewRestriction.GROUPS:
            view_restriction.groups.set(Group.objects.all()[:1])
        content_page(restricted, f"Sous-page réservée {SECRET} {language} {number}")


@pytest.fixture
def private_site(translated_content, client, settings, tmp_path, django_user_model):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    for home in HomePage.objects.all():
        build_private_pages(home)
    # A restricted French page with a child, translated: the translations are private too.
    french_home = HomePage.objects.get(locale__language_code="fr")
    restricted = content_page(french_home, f"Réservée traduite {SECRET}")
    child = content_page(restricted, f"Enfant traduit {SECRET}")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    for language in ("en", "ar"):
        translate(restricted, language)
        translate(child, language)

    collection = private_collection()
    image = get_image_model().objects.create(
        title=f"Image {SECRET}", file=get_test_image_file(filename=f"{SECRET}.png"), collection=collection
    )
    document = get_document_model().objects.create(
        title=f"Document {SECRET}", file=ContentFile(b"secret", name=f"{SECRET}.pdf"), collection=collection
    )
    hidden = Page.objects.get(title=f"Réservée {SECRET} fr 0")
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language)
        body = [
            ("image", {"image": image, "alt_text": f"Alt {SECRET}", "caption": f"Légende {SECRET}"}),
            ("document", {"document": document, "title": f"Lien {SECRET}"}),
            ("call_to_action", {"text": "Voir", "page": hidden}),
            (
                "paragraph",
                RichText(
                    f'<p><a linktype="document" id="{document.pk}">doc</a> '
                    f'<a linktype="page" id="{hidden.pk}">page</a></p>'
                ),
            ),
        ]
        content_page(home, f"Ornithorynque {language}", intro="Une page publique.", body=body)
    publish_actualite("Actualité à l’image privée", image=image)
    # People and their addresses: staff, contact points' inboxes, the forms' routing, a demande and its attachment.
    django_user_model.objects.create_user(username=f"agent-{SECRET}", email=f"agent.{SECRET}@example.org")
    ContactPoint.objects.filter(kind=ContactPoint.Kind.MAISON_DU_PROJET).update(email=f"maison.{SECRET}@example.org")
    relais = ContactPoint.objects.create(
        locale=french_home.locale, name="Relais", kind="point_relais", email=f"relais.{SECRET}@example.org"
    )
    Quartier.objects.filter(locale=french_home.locale).update(demandes_contact=relais)  # the forms' routing
    pic_form = DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")
    data = pic_answers(pic_form)
    data[field_name(pic_form, "Nom et prénom")] = f"Fatima {SECRET}"
    data[field_name(pic_form, "Adresse e-mail")] = f"fatima.{SECRET}@example.org"
    data[field_name(pic_form, "Pièces jointes")] = [ContentFile(PNG, name=f"{SECRET}.png")]
    client.post(pic_form.url, data)


def every_response(client):
    """Every list with every filter and search, every page id up to the last, in every locale."""
    responses = []
    lists = ["pages/", "lieux/", "quartiers/", "partenaires/", "chiffres/", "domaines/"]
    filters = [{}]
    filters += [{"locale": language} for language in LANGUAGES]
    filters += [{"type": key} for key in ("contenu", "actualite", "projet", "dispositif", "formulaire", "quartier")]
    filters += [{"quartier": pk} for pk in Quartier.objects.values_list("pk", flat=True)]
    filters += [{"dispositif": pk} for pk in DispositifPage.objects.values_list("pk", flat=True)]
    filters += [{"domaine": pk} for pk in Domaine.objects.values_list("pk", flat=True)]
    filters += [{"year": 2026}, {"updated_since": "2000-01-01T00:00:00Z"}]
    filters += [{"q": f"{SECRET} ornithorynque", "locale": language} for language in LANGUAGES]
    filters += [{"q": "réservée brouillon retirée expirée programmée modification"}]
    for path in lists:
        for params in filters if path == "pages/" else [{}, *({"locale": lang} for lang in LANGUAGES)]:
            responses.append(client.get(f"/api/v1/{path}", {**params, "page_size": 50}))
    last = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
    responses += [client.get(f"/api/v1/pages/{pk}/") for pk in range(1, last + 1)]
    return responses


def test_nothing_private_is_reachable(client, private_site):
    responses = every_response(client)
    assert all(response.status_code in (200, 404) for response in responses)
    leaks = [
        (response.wsgi_request.get_full_path(), around(response.content.decode()))
        for response in responses
        if SECRET in response.content.decode()
    ]
    assert not leaks, leaks[:5]


def around(text):
    where = text.index(SECRET)
    return text[max(0, where - 300) : where + 100]


def test_the_sweep_sees_public_content(client, private_site):
    """The sweep would prove nothing if its pages and search found nothing at all."""
    found = client.get("/api/v1/pages/", {"q": f"{SECRET} ornithorynque"}).json()["results"]
    assert {page["title"] for page in found} >= {"Ornithorynque fr"}
    page = client.get(f"/api/v1/pages/{found[0]['id']}/").json()
    assert [block["type"] for block in page["body"]] == ["paragraph"]
    assert "<a>doc</a>" in page["body"][0]["html"] and "<a>page</a>" in page["body"][0]["html"]
    assert ProjetPage.objects.live().exists() and KeyFigure.objects.exists()


def test_the_private_page_ids_answer_404(client, private_site):
    private = Page.objects.filter(title__icontains=SECRET)
    assert private.count() == len(LANGUAGES) * (4 + 2 * len(RESTRICTIONS)) + 6
    for page in private:
        assert client.get(f"/api/v1/pages/{page.pk}/").status_code == 404, page.title
    assert (
        client.get(f"/api/v1/pages/{ActualitePage.objects.get(title__endswith='privée').pk}/").json()["actualite"][
            "image"
        ]
        is None
    )
