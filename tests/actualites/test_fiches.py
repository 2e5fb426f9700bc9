"""From a granted demande to its project page: the resident's consent, « Créer la fiche projet », the bilan."""

import json
from decimal import Decimal

import pytest
from PIL import ExifTags, Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.models import Page, WorkflowState

from actualites.models import ProjetPage
from demandes.models import Demande, DemandeLogEntry, PublicationConsent
from demandes.transitions import move
from tests.demandes.conftest import demandes, fresh_rate_limit, ftu_form, pic_form, private_root  # noqa: F401
from tests.demandes.factories import make_user, photo_taken_at_home
from tests.demandes.test_admin_urls import refused
from tests.utils import page_text

PRIVATE = ("fatima@example.org", "06 12 34 56 78", "Benali", "Square des Oliveaux", "Jérôme")


def suivi_url(demande):
    return f"/fr/demandes/suivi/{demande.follow_up_token}/"


def create_url(demande):
    return f"/admin/fiches-projet/{demande.pk}/creer/"


def bilan_url(demande):
    return f"/admin/fiches-projet/{demande.pk}/bilan/"


@pytest.fixture
def pic(demandes, admin_user):  # noqa: F811
    """The PIC demande, granted 850 € by the comité."""
    demande = demandes[0]
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=Decimal("850.00"))
    return demande


def consent(demande, choice, name=""):
    return Client().post(
        suivi_url(demande), {"publication_consent": choice, "publication_name": name, "presentation": ""}
    )


@pytest.fixture
def staff(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


def test_the_consent_question_comes_once_the_demande_is_granted(client, demandes, admin_user):  # noqa: F811
    demande = demandes[0]
    assert "Présenter votre projet sur le site" not in page_text(client.get(suivi_url(demande)))
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=Decimal("850"))
    html = client.get(suivi_url(demande)).content.decode()
    assert "<fieldset" in html and "<legend" in html
    assert html.count('type="radio" name="publication_consent"') == 4


def test_a_name_is_asked_for_when_the_resident_wants_one_shown(pic):
    response = consent(pic, PublicationConsent.ASSOCIATION)
    assert response.status_code == 400
    assert "Indiquez le nom de l’association ou du groupe à afficher." in page_text(response)
    response = consent(pic, "")
    assert "Choisissez l’une des réponses." in page_text(response)
    pic.refresh_from_db()
    assert pic.publication_consent == ""


def test_a_name_given_with_an_anonymous_choice_is_not_kept(pic):
    assert consent(pic, PublicationConsent.ANONYME, "Fatima").status_code == 302
    pic.refresh_from_db()
    assert (pic.publication_consent, pic.publication_name) == ("anonyme", "")


@pytest.mark.parametrize(
    ("choice", "name", "kind", "shown"),
    [
        ("association", "Les Voisins du Square", "association", "Les Voisins du Square"),
        ("prenom", "Fatima", "habitants", "Fatima"),
        ("anonyme", "", "habitants", ""),
    ],
)
def test_each_consent_gives_its_prefilled_draft_and_nothing_private(pic, staff, choice, name, kind, shown):
    consent(pic, choice, name)
    response = staff.post(create_url(pic))
    page = ProjetPage.objects.get(demande=pic)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().specific_class.__name__ == "ProjetIndexPage" and page.locale.language_code == "fr"
    assert page.title == "Repas partagé des voisins"
    assert page.intro == "Un repas entre voisins au pied des immeubles."
    assert page.dispositif.acronym == "PIC" and [q.name for q in page.quartiers.all()] == ["Les Oliveaux"]
    assert page.year == pic.evenements.last().created_at.year
    assert [(line.funder, line.amount) for line in page.financements.all()] == [("commune", 850)]
    assert (page.porteur_kind, page.porteur_name) == (kind, shown)
    revision = json.dumps(page.get_latest_revision().content, ensure_ascii=False)
    for private in PRIVATE:
        assert private not in revision
    assert "Fatima" not in revision or choice == "prenom"
    assert WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).exists()
    assert DemandeLogEntry.objects.filter(demande=pic, action="demandes.fiche_projet").exists()


@pytest.mark.parametrize("choice", ["refuse", ""])
def test_no_page_is_made_without_the_residents_yes(pic, staff, choice):
    if choice:
        consent(pic, choice)
    detail = staff.get(f"/admin/demandes_recues/{pic.pk}/")
    assert "Créer la fiche projet" not in page_text(detail)
    response = staff.post(create_url(pic), follow=True)
    assert not ProjetPage.objects.filter(demande=pic).exists()
    assert "présenté sur le site" in page_text(response)


def test_a_demande_not_granted_gives_no_page(demandes, staff):  # noqa: F811
    staff.post(create_url(demandes[0]))
    assert not ProjetPage.objects.filter(demande__isnull=False).exists()


def test_a_second_click_opens_the_same_page(pic, staff):
    consent(pic, "anonyme")
    assert "Créer la fiche projet" in page_text(staff.get(f"/admin/demandes_recues/{pic.pk}/"))
    first = staff.post(create_url(pic))
    second = staff.post(create_url(pic))
    assert first["Location"] == second["Location"]
    assert ProjetPage.objects.filter(demande=pic).count() == 1
    assert "Ouvrir la fiche projet" in page_text(staff.get(f"/admin/demandes_recues/{pic.pk}/"))


def test_deleting_the_page_keeps_the_demande(pic, staff):
    consent(pic, "anonyme")
    staff.post(create_url(pic))
    ProjetPage.objects.get(demande=pic).delete()
    pic.refresh_from_db()
    assert Demande.objects.filter(pk=pic.pk, amount_granted=Decimal("850.00")).exists()
    assert not hasattr(pic, "fiche_projet")


def test_the_follow_up_page_links_to_the_project_once_it_is_published(pic, staff, client, admin_user):
    consent(pic, "anonyme")
    staff.post(create_url(pic))
    page = ProjetPage.objects.get(demande=pic)
    assert "Votre projet est présenté sur le site" not in page_text(client.get(suivi_url(pic)))
    page.get_latest_revision().publish(user=admin_user)
    response = client.get(suivi_url(pic))
    assert "Votre projet est présenté sur le site" in page_text(response)
    assert f'href="{page.url}"' in response.content.decode()


def test_a_right_to_left_title_cannot_reorder_the_sentence_around_it(pic, staff, client, admin_user):
    consent(pic, "anonyme")
    staff.post(create_url(pic))
    page = ProjetPage.objects.get(demande=pic)
    page.title = "\N{RIGHT-TO-LEFT OVERRIDE}حديقة"
    page.save_revision(user=admin_user).publish()
    text = page_text(client.get(suivi_url(pic)))
    assert "« \N{FIRST STRONG ISOLATE}\N{RIGHT-TO-LEFT OVERRIDE}حديقة\N{POP DIRECTIONAL ISOLATE} »" in text


def test_an_editor_never_reaches_the_demande_but_opens_the_draft(pic, staff, django_user_model):
    consent(pic, "anonyme")
    staff.post(create_url(pic))
    page = ProjetPage.objects.get(demande=pic)
    _editor, client = make_user(django_user_model, "editeur", ["Éditeurs"])
    # Wagtail's admin answers the PermissionDenied (403) by sending them back to the dashboard.
    for url in (f"/admin/demandes_recues/{pic.pk}/", create_url(pic), bilan_url(pic)):
        assert refused(client.get(url)) and refused(client.post(url))
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_only_the_agents_of_its_contact_point_make_the_page(pic, agent_oliveaux, django_user_model):
    consent(pic, "anonyme")
    other_point = pic.contact_point.__class__.objects.create(locale=pic.contact_point.locale, name="Ailleurs")
    _other, other_client = make_user(django_user_model, "autre-agent", ["Maison du projet"], [other_point])
    assert other_client.post(create_url(pic), follow=True).status_code == 404
    agent, client = agent_oliveaux
    response = client.post(create_url(pic))
    # The Maison du projet edits no page: the agent stays on the demande, the editors take it from there.
    assert response["Location"] == f"/admin/demandes_recues/{pic.pk}/"
    page = ProjetPage.objects.get(demande=pic)
    assert page.owner == agent
    assert DemandeLogEntry.objects.get(demande=pic, action="demandes.fiche_projet").user == agent


@pytest.fixture
def agent_oliveaux(django_user_model, demandes):  # noqa: F811
    return make_user(django_user_model, "agent", ["Maison du projet"], [demandes[0].contact_point])


def send_bilan(demande):
    photo = SimpleUploadedFile("fete.jpg", photo_taken_at_home())
    data = {
        "summary": "Un beau repas.\nQuarante voisins.",
        "participants": "40",
        "amount_spent": "900",
        "photos": [photo],
    }
    Client().post(suivi_url(demande), data)
    return demande.pieces_jointes.get(kind="bilan")


def test_the_bilan_and_its_photos_go_to_a_new_draft_without_their_location(pic, staff):
    consent(pic, "association", "Les Voisins du Square")
    staff.post(create_url(pic))
    piece = send_bilan(pic)
    page = ProjetPage.objects.get(demande=pic)
    form = staff.get(bilan_url(pic))
    assert "Un beau repas." in form.content.decode()
    refused = staff.post(bilan_url(pic), {"summary": "Un beau repas.", f"photo_{piece.pk}": "on"})
    assert refused.status_code == 400
    assert "Décrivez ce que montre la photo pour l’ajouter." in page_text(refused)
    revisions = page.revisions.count()
    response = staff.post(
        bilan_url(pic),
        {
            "summary": "Un beau repas.\nQuarante voisins.",
            "participants": "40",
            f"photo_{piece.pk}": "on",
            f"alt_{piece.pk}": "Des voisins autour d’une grande table",
        },
    )
    assert response.status_code == 302
    assert page.revisions.count() == revisions + 1
    draft = ProjetPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.bilan == "<p>Un beau repas.</p><p>Quarante voisins.</p>" and draft.participants == 40
    [gallery_image] = draft.gallery_images.all()
    assert gallery_image.alt_text == "Des voisins autour d’une grande table"
    image = gallery_image.image
    assert image.collection.name == "Photos des bilans"
    with Image.open(image.file.path) as stored:
        assert stored.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert not Page.objects.get(pk=page.pk).live
    assert DemandeLogEntry.objects.filter(demande=pic, action="demandes.bilan_projet").exists()


def test_an_anonymous_project_gets_the_bilan_but_no_photo(pic, staff):
    consent(pic, "anonyme")
    staff.post(create_url(pic))
    piece = send_bilan(pic)
    form = staff.get(bilan_url(pic))
    assert f"photo_{piece.pk}" not in form.content.decode()
    staff.post(bilan_url(pic), {"summary": "Un beau repas.", f"photo_{piece.pk}": "on", f"alt_{piece.pk}": "Table"})
    draft = ProjetPage.objects.get(demande=pic).get_latest_revision_as_object()
    assert draft.bilan == "<p>Un beau repas.</p>" and not draft.gallery_images.all()
