"""Every admin page of a demande: under the one Demandes viewset, each refused to whoever lacks its permission."""

import pytest

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from demandes.models import Agent
from demandes.procedures import Status
from demandes.viewsets import demande_viewset
from tests.demandes.factories import make_user
from tests.utils import page_text

# Each view on one demande, how staff reach it, and whether reading the demande is enough for it.
VIEWS = [
    ("detail", "get", True),
    ("piece", "get", True),
    ("receipt", "get", True),
    ("export_personal_data", "get", True),
    ("change_step", "post", False),
    ("resend", "post", False),
    ("erase", "post", False),
]


def admin_url(name, demande):
    kwargs = {"pk": demande.pk}
    if name == "piece":
        kwargs["piece_pk"] = demande.pieces_jointes.get().pk
    return reverse(demande_viewset.get_url_name(name), kwargs=kwargs)


def refused(response):
    """Wagtail's admin answers a missing permission by sending staff back to the dashboard, with a message."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def with_permissions(django_user_model, username, codenames, contact_points=()):
    user, client = make_user(django_user_model, username)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    if contact_points:
        Agent.objects.create(user=user).contact_points.set(contact_points)
    return client


@pytest.mark.parametrize(("name", "method", "_reading"), VIEWS)
def test_each_admin_page_of_a_demande_lives_under_the_inbox_and_needs_a_permission(
    demandes, django_user_model, name, method, _reading
):
    pic, _ftu = demandes
    url = admin_url(name, pic)
    assert url.startswith(reverse(demande_viewset.get_url_name("index")) + f"{pic.pk}/")
    assert getattr(Client(), method)(url).status_code == 302  # to the login page
    editor = with_permissions(django_user_model, "redacteur", [])
    assert refused(getattr(editor, method)(url))
    pic.refresh_from_db()
    assert pic.status == Status.RECUE and pic.anonymised_at is None


@pytest.mark.parametrize(("name", "method", "reading"), VIEWS)
def test_an_agent_who_may_only_read_demandes_opens_them_but_cannot_move_or_erase_them(
    demandes, django_user_model, name, method, reading
):
    pic, _ftu = demandes
    reader = with_permissions(django_user_model, "lecteur", ["view_demande"], [pic.contact_point])
    data = {"to_status": "examen_comite"} if name == "change_step" else {}
    response = getattr(reader, method)(admin_url(name, pic), data)
    assert response.status_code == 200 if reading else refused(response)
    pic.refresh_from_db()
    assert pic.status == Status.RECUE and pic.anonymised_at is None


def test_the_detail_offers_a_reader_no_step_and_no_erasure(demandes, django_user_model):
    pic, _ftu = demandes
    reader = with_permissions(django_user_model, "lecteur", ["view_demande"], [pic.contact_point])
    text = page_text(reader.get(admin_url("detail", pic)))
    assert pic.reference in text and "Fatima" in text
    assert "Enregistrer l’étape" not in text and "Effacer ses données" not in text


def test_the_admin_menu_has_one_demandes_entry(admin_client, admin_user, rf):
    from wagtail.admin.menu import admin_menu

    assert admin_client.get("/admin/").status_code == 200  # the admin's URLs register its viewsets
    request = rf.get("/admin/")
    request.user = admin_user
    labels = [str(item.label) for item in admin_menu.menu_items_for_request(request)]
    assert labels.count("Demandes") == 1


def test_links_in_earlier_e_mails_still_lead_to_the_demande(demandes, admin_client):
    pic, _ftu = demandes
    for name in ("detail", "receipt"):
        earlier = admin_url(name, pic).replace(reverse(demande_viewset.get_url_name("index")), "/admin/demande/")
        response = admin_client.get(earlier)
        assert response.status_code == 301
        assert response.url == admin_url(name, pic)
        assert admin_client.get(response.url).status_code == 200
