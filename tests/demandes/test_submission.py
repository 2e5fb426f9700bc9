"""Storing a demande: its reference, where it goes, and that nothing after the save can lose it."""

import threading

import pytest

from django.db import connection
from django.test import Client

from demandes.models import Channel, Compteur, Demande
from demandes.procedures import Status
from home.models import ContactPoint, Quartier
from tests.demandes.factories import field_name, pic_answers


def test_a_demande_is_stored_with_its_reference_routing_and_answers(client, pic_form):
    response = client.post(pic_form.url, pic_answers(pic_form))
    demande = Demande.objects.get()
    assert response["Location"] == f"/fr/demandes/confirmation/{demande.follow_up_token}/"
    assert demande.reference.startswith("PIC-20") and demande.reference.endswith("-0001")
    assert demande.procedure == "pic" and demande.status == Status.RECUE
    assert demande.quartier.name == "Les Oliveaux"
    assert demande.contact_point.name == "Maison du projet des Oliveaux"
    assert demande.contact_name == "Fatima Benali et Jérôme Dupont"
    assert demande.contact_email == "fatima@example.org"
    assert demande.amount_requested == 850
    assert demande.language == "fr" and demande.channel == Channel.ONLINE
    assert demande.form_data[field_name(pic_form, "Titre du projet")] == "Repas partagé des voisins"
    assert demande.field_labels[field_name(pic_form, "Titre du projet")] == "Titre du projet"
    assert list(demande.evenements.values_list("to_status", flat=True)) == [Status.RECUE]


def test_references_follow_each_other_per_dispositif_and_year(client, pic_form, ftu_form):
    from tests.demandes.factories import ftu_answers

    client.post(pic_form.url, pic_answers(pic_form))
    client.post(ftu_form.url, ftu_answers(ftu_form))
    client.post(pic_form.url, pic_answers(pic_form))
    references = list(Demande.objects.order_by("pk").values_list("reference", flat=True))
    assert [reference.split("-")[0] + reference[-5:] for reference in references] == [
        "PIC-0001",
        "FTU-0001",
        "PIC-0002",
    ]


def test_an_editor_routes_a_quartier_to_another_contact_point_without_code(client, pic_form):
    point_relais = ContactPoint.objects.create(
        locale=pic_form.locale, name="Centre social Kiener", kind=ContactPoint.Kind.POINT_RELAIS
    )
    quartier = Quartier.objects.get(name="Clémenceau – Kiener", locale=pic_form.locale)
    quartier.demandes_contact = point_relais
    quartier.save()
    client.post(pic_form.url, pic_answers(pic_form, **{"Votre quartier": str(quartier.pk)}))
    client.post(pic_form.url, pic_answers(pic_form))
    routed = dict(Demande.objects.values_list("quartier__name", "contact_point__name"))
    assert routed == {"Clémenceau – Kiener": "Centre social Kiener", "Les Oliveaux": "Maison du projet des Oliveaux"}


# Real transactions; the rows Wagtail's migrations make (the tree's root) are restored after each test.
committing = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@committing
def test_a_failure_after_the_save_does_not_lose_the_demande_even_with_atomic_requests(pic_form, settings, monkeypatch):
    """With ATOMIC_REQUESTS on, an error after the save must not roll the demande back."""
    settings.DATABASES["default"]["ATOMIC_REQUESTS"] = True
    connection.settings_dict["ATOMIC_REQUESTS"] = True
    monkeypatch.setattr("demandes.models.form_page.redirect", lambda *args, **kwargs: 1 / 0)
    client = Client(raise_request_exception=False)
    try:
        response = client.post(pic_form.url, pic_answers(pic_form))
    finally:
        connection.settings_dict["ATOMIC_REQUESTS"] = False
    assert response.status_code == 500
    assert Demande.objects.count() == 1


@committing
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL (SQLite has one)")
def test_references_stay_unique_when_residents_submit_at_the_same_moment(pic_form):
    """Eight residents press "Envoyer" at once: eight demandes, eight consecutive references."""
    barrier = threading.Barrier(8)
    statuses = []

    def submit():
        try:
            barrier.wait()
            response = Client(REMOTE_ADDR=f"10.0.0.{threading.get_ident() % 250}").post(
                pic_form.url, pic_answers(pic_form)
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * 8
    numbers = sorted(int(reference[-4:]) for reference in Demande.objects.values_list("reference", flat=True))
    assert numbers == list(range(1, 9))
    assert Compteur.objects.get().last_number == 8
