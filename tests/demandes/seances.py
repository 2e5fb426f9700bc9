"""Helpers of the sessions' tests: PIC demandes waiting for the comité, its members, a session ready to decide."""

import datetime

from django.utils import timezone

from demandes.models import Demande, Membre, Passage, Seance, new_token
from home.models import ContactPoint
from tests.demandes.factories import pic_answers

PORTEURS = [
    ("Fatima Benali", "fatima@example.org", "fr"),
    ("Karim Haddad", "karim@example.org", "ar"),
    ("Julie Martin", "julie@example.org", "en"),
]


def submit_pics(client, pic_form, count=3):
    """``count`` PIC demandes from the Oliveaux, « Reçue »: one sent through the form, the others copies of it
    from the porteurs above in turn (then numbered), each in its porteur's language."""
    client.post(pic_form.url, pic_answers(pic_form))
    first = Demande.objects.get(procedure="pic")
    demandes = []
    for index in range(count):
        name, email, language = PORTEURS[index % len(PORTEURS)]
        if index >= len(PORTEURS):
            name, email = f"Porteur {index}", f"porteur{index}@example.org"
        demande = first if index == 0 else Demande.objects.get(pk=first.pk)
        if index:
            demande.pk = demande.id = None
            demande.reference = f"PIC-2026-9{index:03d}"
            demande.follow_up_token = new_token()
        demande.contact_name, demande.contact_email, demande.language = name, email, language
        demande.save()
        demandes.append(demande)
    return demandes


def maison_du_projet():
    return ContactPoint.objects.get(kind=ContactPoint.Kind.MAISON_DU_PROJET, locale__language_code="fr")


def make_seance(demandes, membres=(("Fatima Benali", "habitant"), ("Paul Élu", "elu")), **fields):
    """A PIC session of the Maison du projet with ``demandes`` on its agenda and ``membres`` present."""
    point = maison_du_projet()
    seance = Seance.objects.create(
        dispositif="pic",
        contact_point=point,
        date=fields.pop("date", timezone.localdate() + datetime.timedelta(days=7)),
        place="Maison du projet des Oliveaux",
        **fields,
    )
    seance.membres.set(Membre.objects.create(contact_point=point, name=name, role=role) for name, role in membres)
    for order, demande in enumerate(demandes, start=1):
        Passage.objects.create(seance=seance, demande=demande, order=order)
    return seance


def decisions_data(seance, *decisions):
    """The decision formset's POST data: one (decision, amount, reason, not taking part) per agenda item."""
    passages = list(seance.passages.all())
    data = {
        "form-TOTAL_FORMS": str(len(passages)),
        "form-INITIAL_FORMS": str(len(passages)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for index, (passage, (decision, amount, reason, abstaining)) in enumerate(zip(passages, decisions, strict=True)):
        data.update(
            {
                f"form-{index}-id": str(passage.pk),
                f"form-{index}-decision": decision,
                f"form-{index}-amount": amount,
                f"form-{index}-reason": reason,
                f"form-{index}-votes_for": "",
                f"form-{index}-votes_against": "",
                f"form-{index}-abstentions": "",
                f"form-{index}-not_taking_part": [str(membre.pk) for membre in abstaining],
            }
        )
    return data
