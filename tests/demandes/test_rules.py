"""A demande keeps the rules it was received under, whatever editors later do with its form."""

import pytest

from django.apps import apps
from django.test import Client

from demandes.models import Demande
from demandes.procedures import Status
from dispositifs.models import DispositifPage
from tests.demandes.factories import pic_answers
from tests.utils import page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def received_pic(pic_form):
    Client().post(pic_form.url, pic_answers(pic_form))
    return Demande.objects.get()


def dispositif(acronym):
    return DispositifPage.objects.get(acronym=acronym, locale__language_code="fr")


def assert_still_a_pic(admin_client, demande):
    """Its inbox line, its detail, the PIC ceiling at the comité and the PIC steps on the resident's pages."""
    assert demande.reference in page_text(admin_client.get("/admin/demandes_recues/"))
    assert admin_client.get(f"/admin/demandes_recues/{demande.pk}/").status_code == 200
    url = f"/admin/demandes_recues/{demande.pk}/etape/"
    assert admin_client.post(url, {"to_status": "examen_comite"}).status_code == 302
    refused = admin_client.post(url, {"to_status": "avis_favorable", "amount": "1600"})
    assert refused.status_code == 400
    assert "Le montant accordé dépasse le plafond du PIC (1 500 €)." in page_text(refused)
    assert admin_client.post(url, {"to_status": "avis_favorable", "amount": "1500"}).status_code == 302
    demande.refresh_from_db()
    assert demande.status == Status.AVIS_FAVORABLE and demande.amount_granted == 1500
    follow_up = page_text(Client().get(f"/fr/demandes/suivi/{demande.follow_up_token}/"))
    assert "Bilan présenté" in follow_up and "Étude et chiffrage" not in follow_up
    confirmation = page_text(Client().get(f"/fr/demandes/confirmation/{demande.follow_up_token}/"))
    assert "Bilan présenté" in confirmation and "En examen par le comité" not in confirmation


def test_moving_its_form_under_the_ftu_leaves_a_received_pic_a_pic(admin_client, received_pic, pic_form):
    pic_form.move(dispositif("FTU"), pos="last-child")
    assert_still_a_pic(admin_client, received_pic)
    # The next demande sent through the moved form is an FTU one.
    pic_form.refresh_from_db()
    Client(REMOTE_ADDR="10.0.0.9").post(pic_form.url, pic_answers(pic_form))
    latest = Demande.objects.exclude(pk=received_pic.pk).get()
    assert (latest.dispositif.acronym, latest.grant_ceiling) == ("FTU", 4500)


def test_deleting_its_form_keeps_a_received_demande_and_its_rules(admin_client, received_pic, pic_form):
    pic_form.delete()
    received_pic.refresh_from_db()
    assert received_pic.page is None
    assert_still_a_pic(admin_client, received_pic)


def test_a_dispositif_page_with_demandes_cannot_be_deleted_from_the_admin(admin_client, received_pic):
    pic = dispositif("PIC")
    response = admin_client.post(f"/admin/pages/{pic.pk}/delete/", follow=True)
    assert "Des demandes ont été reçues au titre de ce dispositif" in page_text(response)
    assert DispositifPage.objects.filter(pk=pic.pk).exists()
    received_pic.refresh_from_db()
    assert received_pic.dispositif_id == pic.pk


def test_the_data_migration_records_the_dispositif_of_the_demandes_received_before_it(received_pic):
    migration = __import__("demandes.migrations.0005_demande_dispositif", fromlist=["take_snapshot"])
    Demande.objects.update(dispositif=None, grant_ceiling=None)
    migration.take_snapshot(apps, schema_editor=None)
    received_pic.refresh_from_db()
    assert (received_pic.dispositif.acronym, received_pic.grant_ceiling) == ("PIC", 1500)
