"""A forged host never reaches a link in the e-mails (hostile answers: test_xss_sinks.py and test_roundtrip.py)."""

from django.core import mail
from django.test import Client

from demandes.models import Demande
from tests.demandes.factories import pic_answers


def test_a_forged_host_never_reaches_a_link_in_the_mail(pic_form, django_capture_on_commit_callbacks):
    assert Client(HTTP_HOST="evil.example").post(pic_form.url, pic_answers(pic_form)).status_code == 400
    assert not Demande.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client(HTTP_X_FORWARDED_HOST="evil.example").post(pic_form.url, pic_answers(pic_form))
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "evil.example" not in message.body + str(getattr(message, "alternatives", ""))
