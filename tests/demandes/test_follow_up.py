"""What the resident sees after sending: the confirmation, then the private follow-up page."""

import logging

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from demandes.models import Bilan, Demande, Notification, PieceJointe
from demandes.procedures import Status
from demandes.transitions import move
from tests.demandes.factories import PNG, assert_stored_without_metadata, photo_taken_at_home, pic_answers
from tests.utils import page_text


@pytest.fixture
def demande(client, pic_form):
    client.post(pic_form.url, pic_answers(pic_form))
    return Demande.objects.get()


def assert_private_link_page(response):
    """A page whose address opens a demande: kept by no cache and no search engine, and the
    address is not sent on to the next page as a Referer (which would then sit in its access log): only the
    site's origin is."""
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert response["Referrer-Policy"] == "strict-origin"


def test_the_confirmation_gives_the_reference_the_next_steps_and_the_follow_up_link(client, demande):
    response = client.get(f"/fr/demandes/confirmation/{demande.follow_up_token}/")
    text = page_text(response)
    assert "Votre demande est bien envoyée" in text
    assert demande.reference in text
    # The steps from where the demande stands: not « contact the point relais » to someone who just applied.
    assert "Les prochaines étapes de votre demande : En examen par le comité de gestion Avis favorable" in text
    assert "Bilan présenté" in text
    assert "point relais" not in text.split("Et maintenant ?")[1]
    assert f"/fr/demandes/suivi/{demande.follow_up_token}/" in response.content.decode()
    assert_private_link_page(response)


def test_the_follow_up_page_shows_where_the_demande_is_and_nothing_private(client, demande, admin_user):
    move(demande, "examen_comite", admin_user, note="Dossier complet, vu par Mme X")
    response = client.get(f"/fr/demandes/suivi/{demande.follow_up_token}/")
    text = page_text(response)
    assert "Reçue (franchie)" in text
    assert "En examen par le comité de gestion (étape actuelle)" in text
    assert "Avis favorable (à venir)" in text and "Bilan présenté (à venir)" in text
    assert 'aria-current="step"' in response.content.decode()
    assert "<svg" in response.content.decode()
    for private in ("Dossier complet", "Mme X", "fatima@example.org", "06 12 34 56 78", "Benali"):
        assert private not in text
    assert_private_link_page(response)


def test_a_refusal_ends_the_timeline_there(client, demande, admin_user):
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_defavorable", admin_user)
    text = page_text(client.get(f"/fr/demandes/suivi/{demande.follow_up_token}/"))
    assert "Avis défavorable (étape actuelle)" in text
    assert "Avis favorable" not in text.replace("Avis défavorable", "")


@pytest.mark.parametrize("token", ["inconnu", "x" * 43])
def test_a_wrong_link_shows_nothing(client, demande, token):
    assert client.get(f"/fr/demandes/suivi/{token}/").status_code == 404


def test_after_the_event_the_porteurs_send_their_bilan_and_the_committee_closes_the_file(
    client, demande, admin_user, django_capture_on_commit_callbacks
):
    url = f"/fr/demandes/suivi/{demande.follow_up_token}/"
    assert "Présenter le bilan" not in page_text(client.get(url))
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=1200)
    assert "Présenter le bilan de votre projet" in page_text(client.get(url))
    refused = client.post(url, {"summary": "", "participants": "beaucoup", "amount_spent": "1100"})
    assert refused.status_code == 200
    assert "Indiquez un nombre, par exemple 35." in page_text(refused)
    assert not Bilan.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "summary": "Soixante voisins ont partagé le repas.",
                "participants": "60",
                "amount_spent": "1 150,40",
                "photos": [SimpleUploadedFile("repas.png", PNG)],
            },
        )
    assert response.status_code == 302
    text = page_text(client.get(url))
    assert "Merci : votre bilan est bien envoyé au comité de gestion." in text
    assert "Votre bilan a été reçu" in text
    bilan = Bilan.objects.get()
    assert (bilan.participants, str(bilan.amount_spent)) == (60, "1150.40")
    assert PieceJointe.objects.get(kind=PieceJointe.Kind.BILAN).original_name == "repas.png"
    assert Notification.objects.filter(kind=Notification.Kind.BILAN).exists()
    move(demande, "realisee", admin_user)
    move(demande, "bilan_presente", admin_user)
    demande.refresh_from_db()
    assert demande.status == Status.BILAN_PRESENTE and demande.closed_at is not None


def test_the_confirmation_and_follow_up_pages_cost_a_bounded_number_of_queries(
    client, demande, django_assert_max_num_queries
):
    for url, bound in (
        (f"/fr/demandes/confirmation/{demande.follow_up_token}/", 12),
        # Its contact point, in the visitor's language, is one query.
        (f"/fr/demandes/suivi/{demande.follow_up_token}/", 11),
    ):
        client.get(url)
        with django_assert_max_num_queries(bound):
            assert client.get(url).status_code == 200


def test_the_photos_of_a_bilan_are_stored_without_their_location(client, demande, admin_user):
    photo = SimpleUploadedFile("fete.jpg", photo_taken_at_home())
    response = client.post(
        pic_awaiting_its_bilan(demande, admin_user),
        {"summary": "Un beau repas.", "participants": "40", "amount_spent": "900", "photos": [photo]},
    )
    assert response.status_code == 302
    assert_stored_without_metadata(PieceJointe.objects.get(kind=PieceJointe.Kind.BILAN))


def pic_awaiting_its_bilan(demande, admin_user):
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=1200)
    return f"/fr/demandes/suivi/{demande.follow_up_token}/"


def test_a_bilan_with_mistakes_is_answered_with_its_messages_and_its_link_stays_out_of_the_logs(
    client, demande, admin_user, caplog
):
    url = pic_awaiting_its_bilan(demande, admin_user)
    with caplog.at_level(logging.INFO):
        refused = client.post(url, {"summary": "", "participants": "beaucoup", "amount_spent": "1100"})
    assert refused.status_code == 200
    assert "Votre bilan n’est pas encore envoyé : corrigez les points suivants." in page_text(refused)
    assert "Indiquez un nombre, par exemple 35." in page_text(refused)
    assert demande.follow_up_token not in caplog.text


def test_the_site_log_masks_the_follow_up_link_of_a_refused_request(demande, admin_user, caplog):
    """A bilan sent without its CSRF cookie (say, cookies blocked) is refused, and Django logs the address.
    The site's handler masks the record in place, before pytest's handler reads it."""
    url = pic_awaiting_its_bilan(demande, admin_user)
    with caplog.at_level(logging.INFO):
        response = Client(enforce_csrf_checks=True).post(url, {"summary": "Un repas."})
    assert response.status_code == 403
    assert "Forbidden (CSRF cookie not set.): /fr/demandes/suivi/***/" in caplog.text
    assert demande.follow_up_token not in caplog.text
