"""Fixtures of the demandes tests: their forms, two demandes and an agent, a local SMTP server (helpers: factories)."""

import pytest
from aiosmtpd.controller import Controller

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from demandes.models import Demande, DemandeFormPage
from home.models import ContactPoint, Quartier
from tests.demandes.factories import PNG, field_name, ftu_answers, make_user, pic_answers
from tests.utils import Mailbox, free_port


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Each test starts with no submission counted against its address."""
    cache.clear()


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def pic_form(initial_content):
    return DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")


@pytest.fixture
def ftu_form(initial_content):
    return DemandeFormPage.objects.get(slug="demande", locale__language_code="fr")


@pytest.fixture
def demandes(client, pic_form, ftu_form):
    """A PIC from the Oliveaux (Maison du projet) and an FTU from Clémenceau – Kiener (a point relais)."""
    point_relais = ContactPoint.objects.create(
        locale=pic_form.locale, name="Centre social Kiener", kind=ContactPoint.Kind.POINT_RELAIS
    )
    kiener = Quartier.objects.get(name="Clémenceau – Kiener", locale=pic_form.locale)
    kiener.demandes_contact = point_relais
    kiener.save()
    data = pic_answers(pic_form)
    data[field_name(pic_form, "Pièces jointes")] = [SimpleUploadedFile("photo.png", PNG)]
    client.post(pic_form.url, data)
    client.post(ftu_form.url, ftu_answers(ftu_form, **{"Votre quartier": str(kiener.pk)}))
    return Demande.objects.get(procedure="pic"), Demande.objects.get(procedure="ftu")


@pytest.fixture
def agent_oliveaux(django_user_model, demandes):
    return make_user(django_user_model, "agent", ["Maison du projet"], [demandes[0].contact_point])


@pytest.fixture
def smtp_port(settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 5
    return port


@pytest.fixture
def mailbox(smtp_port):
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    mailbox.controller = controller
    yield mailbox
    controller.stop()
