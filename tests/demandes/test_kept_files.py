"""Files sent with a form that comes back with errors are kept on the server: never chosen twice, removable,
refused under a forged or stale token, purged after a day."""

import datetime
import os
import re
from io import StringIO
from unittest import mock

import pytest

from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from demandes.models import Demande, PieceJointe, PieceJointeEnAttente
from demandes.pending import SALT
from tests.demandes.factories import PNG, assert_stored_without_metadata, field_name, photo_taken_at_home, pic_answers
from tests.demandes.test_form import errors_of
from tests.utils import page_text

FILES = "Pièces jointes"


def token_of(response):
    return re.search(r'name="pieces_en_attente" value="([^"]+)"', response.content.decode()).group(1)


def send_with_an_error(client, pic_form, files):
    """The whole form but its title, with these files."""
    data = pic_answers(pic_form, **{"Titre du projet": ""})
    data[field_name(pic_form, FILES)] = files
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    return response


def pngs(count, start=0):
    return [SimpleUploadedFile(f"photo{n}.png", PNG) for n in range(start, start + count)]


def test_after_an_error_the_file_stays_and_the_corrected_form_sends_it_without_a_second_upload(
    client, pic_form, django_capture_on_commit_callbacks
):
    response = send_with_an_error(client, pic_form, [SimpleUploadedFile("maison.jpg", photo_taken_at_home())])
    text = page_text(response)
    assert "maison.jpg" in text and "Retirer" in text
    assert "ne sont pas gardés" not in text
    kept = PieceJointeEnAttente.objects.get()
    kept_path = kept.file.path

    data = pic_answers(pic_form)
    data["pieces_en_attente"] = token_of(response)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(pic_form.url, data).status_code == 302
    piece = Demande.objects.get().pieces_jointes.get()
    assert (piece.original_name, piece.content_type) == ("maison.jpg", "image/jpeg")
    assert_stored_without_metadata(piece)
    assert Demande.objects.get().form_data[field_name(pic_form, FILES)] == ["maison.jpg"]
    assert not PieceJointeEnAttente.objects.exists()
    assert not os.path.exists(kept_path)


def test_a_second_error_keeps_both_the_kept_and_the_new_files(client, pic_form):
    first = send_with_an_error(client, pic_form, pngs(1))
    data = pic_answers(pic_form, **{"Titre du projet": ""})
    data[field_name(pic_form, FILES)] = pngs(1, start=1)
    data["pieces_en_attente"] = token_of(first)
    second = client.post(pic_form.url, data)
    assert "photo0.png" in page_text(second) and "photo1.png" in page_text(second)
    data = pic_answers(pic_form)
    data["pieces_en_attente"] = token_of(second)
    assert client.post(pic_form.url, data).status_code == 302
    assert sorted(PieceJointe.objects.values_list("original_name", flat=True)) == ["photo0.png", "photo1.png"]


def test_a_file_ticked_retirer_is_not_sent(client, pic_form):
    response = send_with_an_error(client, pic_form, pngs(2))
    removed = PieceJointeEnAttente.objects.get(original_name="photo0.png")
    assert f'name="retirer_piece" value="{removed.pk}"' in response.content.decode()
    data = pic_answers(pic_form, **{"Titre du projet": ""})
    data["pieces_en_attente"] = token_of(response)
    data["retirer_piece"] = [str(removed.pk)]
    again = client.post(pic_form.url, data)
    assert "photo0.png" not in page_text(again) and "photo1.png" in page_text(again)
    data = pic_answers(pic_form)
    data["pieces_en_attente"] = token_of(again)
    assert client.post(pic_form.url, data).status_code == 302
    assert list(PieceJointe.objects.values_list("original_name", flat=True)) == ["photo1.png"]
    assert not PieceJointeEnAttente.objects.exists()


def expired_token(pk):
    with mock.patch("django.core.signing.time.time", return_value=timezone.now().timestamp() - 25 * 3600):
        return signing.TimestampSigner(salt=SALT).sign_object([pk])


@pytest.mark.parametrize("kind", ["forged", "tampered", "expired", "another salt"])
def test_a_forged_tampered_or_expired_token_is_refused_and_nothing_is_attached(client, pic_form, kind):
    send_with_an_error(client, pic_form, pngs(1))
    pk = PieceJointeEnAttente.objects.get().pk
    valid = signing.TimestampSigner(salt=SALT).sign_object([pk])
    token = {
        "forged": "W1sxXV0:1vRkXy:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
        "tampered": valid[:-2] + ("AA" if not valid.endswith("AA") else "BB"),
        "expired": expired_token(pk),
        "another salt": signing.TimestampSigner(salt="another").sign_object([pk]),
    }[kind]
    data = pic_answers(pic_form)
    data[field_name(pic_form, FILES)] = pngs(1, start=1)
    data["pieces_en_attente"] = token
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert "Les fichiers joints lors de votre envoi précédent n’ont pas pu être retrouvés" in errors_of(response)
    assert not Demande.objects.exists() and not PieceJointe.objects.exists()
    assert "pieces_en_attente" not in response.content.decode()


def test_the_limit_of_five_files_counts_the_kept_ones(client, pic_form):
    first = send_with_an_error(client, pic_form, pngs(3))
    data = pic_answers(pic_form)
    data[field_name(pic_form, FILES)] = pngs(3, start=3)
    data["pieces_en_attente"] = token_of(first)
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert "Vous pouvez joindre 5 fichiers au plus." in errors_of(response)
    assert all(f"photo{n}.png" in page_text(response) for n in range(3))  # the kept ones are still there
    data[field_name(pic_form, FILES)] = pngs(2, start=3)
    data["pieces_en_attente"] = token_of(response)
    assert client.post(pic_form.url, data).status_code == 302
    assert PieceJointe.objects.count() == 5


def test_unclaimed_files_are_purged_after_a_day(client, pic_form, django_capture_on_commit_callbacks):
    send_with_an_error(client, pic_form, pngs(1))
    kept = PieceJointeEnAttente.objects.get()
    out = StringIO()
    call_command("purge_demandes", stdout=out)
    assert "0 fichier(s) en attente" in out.getvalue() and PieceJointeEnAttente.objects.exists()

    PieceJointeEnAttente.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_demandes", stdout=out)
    assert "1 fichier(s) en attente depuis plus de 24 heures effacé(s)." in out.getvalue()
    assert not PieceJointeEnAttente.objects.exists() and not os.path.exists(kept.file.path)
