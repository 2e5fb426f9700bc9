"""RGPD: retention with anonymisation, the right of access and the right to erasure."""

import datetime
import json
import os
from io import StringIO

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from demandes.models import Demande, DemandeLogEntry, PieceJointe
from demandes.transitions import move
from tests.demandes.factories import PNG, field_name, pic_answers
from tests.utils import page_text


@pytest.fixture
def closed_demande(client, pic_form, admin_user):
    data = pic_answers(pic_form)
    data[field_name(pic_form, "Pièces jointes")] = [SimpleUploadedFile("photo.png", PNG)]
    client.post(pic_form.url, data)
    demande = Demande.objects.get()
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=1000)
    move(demande, "realisee", admin_user)
    move(demande, "bilan_presente", admin_user)
    demande.refresh_from_db()
    return demande


def purge(*args):
    out = StringIO()
    call_command("purge_demandes", *args, stdout=out)
    return out.getvalue()


def test_closed_demandes_are_anonymised_after_the_retention_period_and_the_figures_stay(
    closed_demande, django_capture_on_commit_callbacks
):
    file_path = closed_demande.pieces_jointes.get().file.path
    assert "Aucune demande" in purge()  # closed today: kept

    Demande.objects.update(closed_at=timezone.now() - datetime.timedelta(days=24 * 31))
    assert f"{closed_demande.reference}" in purge("--dry-run")
    assert "seraient anonymisées" in purge("--dry-run")
    assert Demande.objects.get().contact_email == "fatima@example.org"  # a dry run changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        assert "anonymisées" in purge()
    demande = Demande.objects.get()
    assert (demande.contact_name, demande.contact_email, demande.form_data, demande.follow_up_token) == (
        "",
        "",
        {},
        None,
    )
    assert not PieceJointe.objects.exists()
    assert not os.path.exists(file_path)
    assert all(n.body == "" and n.recipient == "" for n in demande.notifications.all())
    # What statistics need survives.
    assert (demande.procedure, demande.quartier.name, demande.amount_requested, demande.amount_granted) == (
        "pic",
        "Les Oliveaux",
        850,
        1000,
    )
    assert demande.submit_time.year == timezone.now().year


def test_open_demandes_are_kept_while_they_move_and_purged_once_left_untouched(client, pic_form):
    client.post(pic_form.url, pic_answers(pic_form))
    Demande.objects.update(submit_time=timezone.now() - datetime.timedelta(days=3000))
    assert "Aucune demande" in purge()  # it changed recently
    Demande.objects.update(updated_at=timezone.now() - datetime.timedelta(days=25 * 31))
    assert "anonymisées" in purge()
    assert Demande.objects.get().contact_email == ""


def test_staff_export_everything_stored_about_a_resident(admin_client, closed_demande, client, pic_form):
    client.post(pic_form.url, pic_answers(pic_form))  # a second demande from the same address
    second = Demande.objects.latest("pk")
    detail = page_text(admin_client.get(f"/admin/demandes_recues/{closed_demande.pk}/"))
    assert "Autres demandes envoyées depuis la même adresse e-mail" in detail and second.reference in detail
    response = admin_client.get(f"/admin/demandes_recues/{closed_demande.pk}/donnees/")
    assert response["Content-Disposition"] == f'attachment; filename="donnees-{closed_demande.reference}.json"'
    data = json.loads(response.content)
    [first] = data["demandes"]
    assert first["email"] == "fatima@example.org"
    assert first["answers"]["Titre du projet"] == "Repas partagé des voisins"
    assert first["attachments"] == ["photo.png"]
    assert [step["status"] for step in first["history"]][-1] == "Bilan présenté"
    assert DemandeLogEntry.objects.for_instance(closed_demande).filter(action="demandes.export").exists()


def test_staff_erase_a_residents_data_on_request(admin_client, closed_demande, client, pic_form):
    client.post(pic_form.url, pic_answers(pic_form))  # same address: left to staff to check
    token = closed_demande.follow_up_token
    url = f"/admin/demandes_recues/{closed_demande.pk}/effacer/"
    confirm = page_text(admin_client.get(url))
    assert closed_demande.reference in confirm and "ne peut pas être annulée" in confirm
    admin_client.post(url)
    closed_demande.refresh_from_db()
    assert closed_demande.anonymised_at is not None and closed_demande.contact_email == ""
    assert Demande.objects.get(contact_email="fatima@example.org").anonymised_at is None
    assert not closed_demande.evenements.exclude(note="").exists()
    detail = admin_client.get(f"/admin/demandes_recues/{closed_demande.pk}/")
    assert "Données personnelles effacées" in page_text(detail)
    follow_up = client.get(f"/fr/demandes/suivi/{token}/")
    assert follow_up.status_code == 404
