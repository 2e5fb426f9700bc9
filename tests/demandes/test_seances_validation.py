"""Validating a session applies each decision once, even when two agents validate it at the same moment."""

import datetime
import threading

import pytest

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import translation

from wagtail.models import Locale

from demandes.models import Demande, Evenement, Notification, Passage, Seance
from demandes.procedures import Status
from demandes.seances.decisions import validate
from home.models import ContactPoint


def held_session():
    """A PIC session « tenue » with one favourable decision of 900 €, built without the seed (this test commits)."""
    locale, _created = Locale.objects.get_or_create(language_code="fr")
    point = ContactPoint.objects.create(locale=locale, name="Maison du projet", kind="maison_du_projet")
    demande = Demande.objects.create(
        reference="PIC-2027-0001",
        procedure="pic",
        status=Status.EXAMEN_COMITE,
        grant_ceiling=1500,
        contact_point=point,
        contact_email="fatima@example.org",
        form_data={},
    )
    seance = Seance.objects.create(
        dispositif="pic", contact_point=point, date=datetime.date(2027, 3, 10), place="Salle", status="tenue"
    )
    Passage.objects.create(seance=seance, demande=demande, decision="favorable", amount=900)
    return seance, demande


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_agents_validating_at_once_apply_each_decision_once():
    seance, demande = held_session()
    users = [get_user_model().objects.create_user(name) for name in ("agent1", "agent2")]
    results = []

    def validate_as(user):
        try:
            results.append(validate(Seance.objects.get(pk=seance.pk), user))
        finally:
            connection.close()

    if connection.vendor == "postgresql":
        # Both read the session « tenue »; the conditional UPDATE lets one through, the other waits, then finds none.
        barrier = threading.Barrier(2)
        threads = [threading.Thread(target=lambda u=u: (barrier.wait(), validate_as(u))) for u in users]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:  # SQLite writes one transaction at a time: the second validation comes after the first
        results = [validate(Seance.objects.get(pk=seance.pk), user) for user in users]
    assert sorted(results) == [False, True]
    assert Evenement.objects.filter(demande=demande, to_status=Status.AVIS_FAVORABLE).count() == 1
    assert Notification.objects.filter(demande=demande, kind=Notification.Kind.STATUS).count() == 1
    demande.refresh_from_db()
    assert (demande.status, demande.amount_granted) == (Status.AVIS_FAVORABLE, 900)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_decision_the_procedure_refuses_leaves_the_whole_session_unvalidated():
    seance, demande = held_session()
    other = Demande.objects.create(
        reference="PIC-2027-0002",
        procedure="pic",
        status=Status.AVIS_DEFAVORABLE,
        contact_point=seance.contact_point,
        form_data={},
    )
    Passage.objects.create(seance=seance, demande=other, decision="favorable", amount=100, order=2)
    # The agent works in French (an earlier test may have left another language active in this thread).
    with translation.override("fr"), pytest.raises(ValidationError, match="le comité ne l’examine pas à cette étape"):
        validate(seance, get_user_model().objects.create_user("agent"))
    seance.refresh_from_db()
    demande.refresh_from_db()
    assert seance.status == Seance.Status.TENUE and demande.status == Status.EXAMEN_COMITE
    assert not Notification.objects.exists()
