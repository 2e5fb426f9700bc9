"""A demande sent from the Arabic form: same inbox, same keys, French questions for staff, Arabic for the resident."""

import re

from django.core import mail

from wagtail.models import Locale

from demandes.forms import quartiers_for
from demandes.models import Demande, DemandeFormPage
from tests.demandes.factories import started_long_ago


def test_a_demande_sent_in_arabic_reaches_the_same_inbox_and_the_resident_is_answered_in_arabic(
    client, admin_client, translated_content, django_capture_on_commit_callbacks
):
    french = DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")
    arabic = french.get_translation(Locale.objects.get(language_code="ar")).specific
    quartier = quartiers_for(arabic.locale_id).first()
    fields = {field.field_type + ":" + field.clean_name: field.clean_name for field in arabic.form_fields.all()}
    data = {"debut": started_long_ago()}
    for key, name in fields.items():
        kind = key.split(":")[0]
        data[name] = {
            "email": "amina@example.org",
            "quartier": str(quartier.pk),
            "montant": "900",
            "checkbox": "on",
            "date": "2027-05-01",
            "fichiers": None,
        }.get(kind, "أمينة")
    data = {name: value for name, value in data.items() if value is not None}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(arabic.url, data)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/demandes/confirmation/")
    demande = Demande.objects.get()
    assert demande.language == "ar"
    assert demande.quartier.locale.language_code == "fr"  # routed and counted with the French quartier
    assert demande.contact_point.name == "Maison du projet des Oliveaux"
    assert set(demande.form_data) == {field.clean_name for field in french.form_fields.all()}
    assert "Titre du projet" in demande.field_labels.values()  # staff read the French questions
    acknowledgement = next(message for message in mail.outbox if message.to == ["amina@example.org"])
    assert demande.reference in acknowledgement.subject
    assert re.search(r"[\u0600-\u06FF]", acknowledgement.subject + acknowledgement.body)
    assert f"/ar/demandes/suivi/{demande.follow_up_token}/" in acknowledgement.body
    inbox = next(message for message in mail.outbox if message.to == ["maison-du-projet@example.org"])
    assert "Nouvelle demande" in inbox.subject  # the team's own language
    confirmation = client.get(response["Location"])
    assert '<html lang="ar" dir="rtl">' in confirmation.content.decode()
    # Staff read it in their own language; the receipt they print is in the resident's.
    assert "Pièces jointes" in admin_client.get(f"/admin/demandes_recues/{demande.pk}/").content.decode()
    receipt = admin_client.get(f"/admin/demandes_recues/{demande.pk}/recepisse/").content.decode()
    assert '<html lang="ar" dir="rtl">' in receipt and "رقم الطلب" in receipt
