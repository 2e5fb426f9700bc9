"""What the Maison du projet needs out of the box: an inbox address, and a dashboard of what waits for it."""

import pytest

from django.core.exceptions import ValidationError

from demandes.models import Notification
from demandes.procedures import Status
from home.models import ContactPoint, Quartier
from tests.utils import page_text


def test_a_contact_point_that_receives_demandes_needs_an_email_address(initial_content):
    maison = ContactPoint.objects.get(name="Maison du projet des Oliveaux", locale__language_code="fr")
    assert maison.email == "maison-du-projet@example.org"
    maison.email = ""
    with pytest.raises(ValidationError) as error:
        maison.full_clean()
    assert error.value.message_dict["email"] == [
        "Indiquez l’adresse e-mail où ce lieu reçoit les demandes : sans elle, personne n’en est prévenu."
    ]
    point_relais = ContactPoint(locale=maison.locale, name="Centre social", kind=ContactPoint.Kind.POINT_RELAIS)
    point_relais.full_clean()  # receives no demande: no address needed
    point_relais.save()
    oliveaux = Quartier.objects.get(locale=maison.locale, name="Les Oliveaux")
    oliveaux.demandes_contact = point_relais
    with pytest.raises(ValidationError) as error:
        oliveaux.full_clean()
    assert error.value.message_dict["demandes_contact"] == [
        "Ce lieu n’a pas d’adresse e-mail : indiquez-la d’abord, sans elle personne n’est prévenu."
    ]
    oliveaux.save()
    with pytest.raises(ValidationError):
        point_relais.full_clean()


def test_the_dashboard_lists_what_waits_for_the_agent_and_links_to_it(agent_oliveaux, demandes):
    pic, ftu = demandes
    _user, client = agent_oliveaux
    pic.notifications.update(state=Notification.State.SENT)
    response = client.get("/admin/")
    text = page_text(response)
    assert "Nouvelles demandes" in text and pic.reference in text and ftu.reference not in text
    assert f'href="/admin/demandes_recues/{pic.pk}/"' in response.content.decode()
    pic.status = Status.EXAMEN_COMITE
    pic.save()
    assert pic.reference not in page_text(client.get("/admin/"))
    pic.notifications.filter(kind=Notification.Kind.INBOX).update(state=Notification.State.FAILED)
    text = page_text(client.get("/admin/"))
    assert "Messages non envoyés" in text and pic.reference in text and ftu.reference not in text
