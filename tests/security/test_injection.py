"""Hostile text typed into the demande form: shown as text in the admin and the mail, exported as typed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils.html import escape

from demandes.models import Demande
from tests.demandes.factories import field_name, pic_answers

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>']
TEXT_QUESTIONS = ["Nom et prénom", "Association", "Titre du projet", "Description du projet", "Lieu de l’événement"]


def submit(pic_form, **answers):
    return Client().post(pic_form.url, pic_answers(pic_form, **answers))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_every_text_answer_reaches_the_inbox_and_the_mail_as_text(
    pic_form, admin_client, hostile, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(pic_form, **dict.fromkeys(TEXT_QUESTIONS, hostile)).status_code == 302
    assert mail.outbox
    demande = Demande.objects.get()
    detail = admin_client.get(f"/admin/demandes_recues/{demande.pk}/").content.decode()
    listing = admin_client.get("/admin/demandes_recues/").content.decode()
    for page in (detail, listing):
        assert hostile not in page
    assert escape(hostile) in detail
    for message in mail.outbox:
        for body, kind in [(message.body, "text/plain"), *getattr(message, "alternatives", [])]:
            assert kind != "text/html" or hostile not in body


def test_a_forged_host_never_reaches_a_link_in_the_mail(pic_form, django_capture_on_commit_callbacks):
    assert Client(HTTP_HOST="evil.example").post(pic_form.url, pic_answers(pic_form)).status_code == 400
    assert not Demande.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client(HTTP_X_FORWARDED_HOST="evil.example").post(pic_form.url, pic_answers(pic_form))
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "evil.example" not in message.body + str(getattr(message, "alternatives", ""))


# Any line of text (any script, symbol or emoji; line breaks and control characters are a finding left open).
@given(title=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=120))
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_unicode_title_is_kept_as_typed_or_refused_with_a_message(pic_form, admin_client, title):
    cache.clear()  # the rate limit
    Demande.objects.all().delete()
    response = submit(pic_form, **{"Titre du projet": title})
    if response.status_code != 302:
        assert response.status_code == 400
        assert 'class="error' in response.content.decode() or "erreur" in response.content.decode().lower()
        return
    stored = Demande.objects.get().form_data[field_name(pic_form, "Titre du projet")]
    assert stored == title.strip()
    detail = admin_client.get(f"/admin/demandes_recues/{Demande.objects.get().pk}/").content.decode()
    assert escape(stored) in detail
    response = admin_client.get("/admin/demandes_recues/", {"export": "csv"})
    export = b"".join(response.streaming_content).decode("utf-8-sig")
    assert stored.replace('"', '""') in export or stored[:1] in "=+-@\t\r"
