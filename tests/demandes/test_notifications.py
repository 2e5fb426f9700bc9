"""The e-mails of a demande, through a real SMTP server on 127.0.0.1, and what happens when it is down."""

import time

import pytest
from aiosmtpd.controller import Controller

from django.core.management import call_command

from demandes.models import Demande, Notification
from demandes.transitions import move
from home.models import ContactPoint
from tests.demandes.factories import pic_answers
from tests.utils import Mailbox

committing = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@committing
def test_the_inbox_and_the_resident_are_told_with_the_reference(client, pic_form, mailbox):
    client.post(pic_form.url, pic_answers(pic_form))
    demande = Demande.objects.get()
    [inbox] = mailbox.to("maison-du-projet@example.org")
    assert inbox["Subject"] == f"Nouvelle demande {demande.reference}"
    inbox_body = inbox.get_content()
    assert f"/admin/demandes_recues/{demande.pk}/" in inbox_body
    assert "Les Oliveaux" in inbox_body
    # The inbox mail points to the admin; the answers stay there, behind a login.
    assert "fatima@example.org" not in inbox_body and "Repas partagé" not in inbox_body
    [acknowledgement] = mailbox.to("fatima@example.org")
    assert acknowledgement["Subject"] == f"Votre demande {demande.reference} est bien reçue"
    body = acknowledgement.get_content()
    assert f"/fr/demandes/suivi/{demande.follow_up_token}/" in body
    assert "1. En examen par le comité de gestion" in body
    assert "Contactez le point relais" not in body
    assert acknowledgement.get_content_type() == "text/plain"
    assert set(Notification.objects.values_list("state", flat=True)) == {Notification.State.SENT}


@committing
def test_no_submitted_value_reaches_a_header_or_html(client, pic_form, mailbox):
    hostile = "Projet <b>gras</b>\r\nBcc: victime@example.org\r\nSubject: piège"
    data = pic_answers(
        pic_form, **{"Nom et prénom": "Eve\r\nBcc: victime@example.org", "Titre du projet": hostile[:200]}
    )
    client.post(pic_form.url, data)
    assert len(mailbox.messages) == 2
    recipients = [address for item in mailbox.messages for address in item["to"]]
    assert "victime@example.org" not in recipients
    for item in mailbox.messages:
        message = item["message"]
        assert message["Bcc"] is None
        assert "piège" not in message["Subject"]
        assert message.get_content_type() == "text/plain"


@committing
def test_the_resident_is_told_of_each_step(client, pic_form, mailbox, admin_user):
    client.post(pic_form.url, pic_answers(pic_form))
    demande = Demande.objects.get()
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=1200)
    subjects = [message["Subject"].strip() for message in mailbox.to("fatima@example.org")]
    assert subjects[1:] == [
        f"Votre demande {demande.reference} : En examen par le comité de gestion",
        f"Votre demande {demande.reference} : Avis favorable",
    ]
    assert "Montant accordé : 1 200 €" in mailbox.to("fatima@example.org")[-1].get_content().replace(
        "\u202f", " "
    ).replace("\xa0", " ")


@committing
def test_with_the_mail_server_down_the_demande_is_kept_and_mail_goes_once_it_is_back(
    client, pic_form, smtp_port, settings
):
    """The notifications wait in the database; the worker retries them and delivers when SMTP is back."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    settings.DEMANDES_RETRY_BASE_SECONDS = 1
    response = client.post(pic_form.url, pic_answers(pic_form))
    assert response.status_code == 302  # the resident is not made to wait for the mail server
    assert client.get(response["Location"]).status_code == 200

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    notifications = list(Notification.objects.all())
    assert [(n.state, n.attempts) for n in notifications] == [(Notification.State.PENDING, 1)] * 2
    assert all("Connection refused" in n.last_error or "111" in n.last_error for n in notifications)

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        time.sleep(1.2)  # the retry is due after its delay
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    finally:
        controller.stop()
    assert sorted(address for item in mailbox.messages for address in item["to"]) == [
        "fatima@example.org",
        "maison-du-projet@example.org",
    ]
    assert set(Notification.objects.values_list("state", "attempts")) == {(Notification.State.SENT, 2)}


@committing
def test_after_the_last_attempt_the_failure_shows_in_the_admin_and_can_be_resent(
    client, pic_form, smtp_port, admin_client
):
    """With the immediate backend (no delayed retry), a failure is final until staff resend it."""
    client.post(pic_form.url, pic_answers(pic_form))
    demande = Demande.objects.get()
    assert set(Notification.objects.values_list("state", flat=True)) == {Notification.State.FAILED}
    detail = admin_client.get(f"/admin/demandes_recues/{demande.pk}/").content.decode()
    assert "Échec : à renvoyer" in detail

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        admin_client.post(f"/admin/demandes_recues/{demande.pk}/messages/renvoyer/")
    finally:
        controller.stop()
    assert len(mailbox.messages) == 2
    assert set(Notification.objects.values_list("state", flat=True)) == {Notification.State.SENT}


@pytest.mark.django_db
def test_a_contact_point_without_address_is_reported_not_silently_dropped(
    client, pic_form, settings, django_capture_on_commit_callbacks
):
    settings.DEMANDES_INBOX_EMAIL = ""
    ContactPoint.objects.update(email="")  # a database from before the address was required
    with django_capture_on_commit_callbacks(execute=True):
        client.post(pic_form.url, pic_answers(pic_form))
    inbox = Notification.objects.get(kind=Notification.Kind.INBOX)
    assert inbox.state == Notification.State.FAILED
    assert "Aucune adresse" in inbox.last_error
