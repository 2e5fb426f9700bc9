"""The comité's sessions in the admin: preparing, deciding, validating, the minutes; who may, and the audit log."""

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from django.contrib.auth.models import Group

from wagtail.models import ModelLogEntry

from demandes.models import Decision, Demande, Evenement, Notification, Seance
from demandes.procedures import Status
from home.models import ContactPoint
from tests.demandes.factories import make_user
from tests.demandes.seances import decisions_data, maison_du_projet, make_seance, submit_pics
from tests.utils import page_text


@pytest.fixture
def pics(client, pic_form):
    return submit_pics(client, pic_form)


@pytest.fixture
def agent(django_user_model, pics):
    return make_user(django_user_model, "agent", ["Maison du projet"], [maison_du_projet()])


def status_mails():
    return Notification.objects.filter(kind=Notification.Kind.STATUS)


def test_an_agent_prepares_a_session_puts_the_waiting_demandes_on_its_agenda_and_decides(agent, pics):
    user, client = agent
    response = client.post(
        "/admin/seances/nouvelle/",
        {"dispositif": "pic", "contact_point": maison_du_projet().pk, "date": "2027-03-10", "place": "Salle Kiener"},
    )
    seance = Seance.objects.get()
    assert response.status_code == 302 and seance.status == Seance.Status.PREPAREE
    agenda = page_text(client.get(f"/admin/seances/{seance.pk}/"))
    assert all(demande.reference in agenda for demande in pics)
    first, second, third = pics
    order = {f"ordre_{third.pk}": 1, f"ordre_{first.pk}": 2, f"ordre_{second.pk}": 3}
    client.post(f"/admin/seances/{seance.pk}/", {f"inscrite_{d.pk}": "on" for d in pics} | order)
    assert [p.demande for p in seance.passages.all()] == [third, first, second]

    client.post(
        f"/admin/seances/{seance.pk}/decisions/",
        decisions_data(
            seance, ("favorable", "900", "", []), ("defavorable", "", "Hors du quartier", []), ("ajourne", "", "", [])
        ),
    )
    seance.refresh_from_db()
    assert seance.status == Seance.Status.TENUE
    assert not status_mails().exists(), "nothing is sent before the session is validated"
    assert Demande.objects.filter(status=Status.RECUE).count() == 3

    client.post(f"/admin/seances/{seance.pk}/valider/")
    seance.refresh_from_db()
    assert seance.status == Seance.Status.VALIDEE and seance.validated_by == user
    third.refresh_from_db(), first.refresh_from_db(), second.refresh_from_db()
    assert (third.status, third.amount_granted) == (Status.AVIS_FAVORABLE, Decimal("900"))
    assert first.status == Status.AVIS_DEFAVORABLE
    assert second.status == Status.EXAMEN_COMITE
    assert "Hors du quartier" in first.evenements.last().note
    # One e-mail each, in the porteur's language.
    for demande in pics:
        mails = list(status_mails().filter(demande=demande))
        assert len(mails) == 1 and mails[0].language == demande.language
    actions = set(ModelLogEntry.objects.filter(object_id=str(seance.pk)).values_list("action", flat=True))
    assert {"wagtail.create", "demandes.seance_ordre_du_jour", "demandes.seance_decisions"} <= actions
    assert "demandes.seance_validation" in actions


def test_a_member_who_is_a_porteur_is_proposed_as_not_taking_part_and_the_minutes_say_so(agent, pics):
    _user, client = agent
    seance = make_seance(pics)
    fatima = seance.membres.get(name="Fatima Benali")
    # Fatima Benali sent the first demande: her box is ticked on it only.
    response = client.get(f"/admin/seances/{seance.pk}/decisions/")
    forms = response.context["formset"].forms
    assert [form.initial["not_taking_part"] for form in forms] == [[fatima.pk], [], []]
    client.post(
        f"/admin/seances/{seance.pk}/decisions/",
        decisions_data(seance, ("favorable", "900", "", [fatima]), ("ajourne", "", "", []), ("ajourne", "", "", [])),
    )
    minutes = page_text(client.get(f"/admin/seances/{seance.pk}/proces-verbal/"))
    assert f"Fatima Benali ne prend pas part à la décision sur la demande {pics[0].reference}." in minutes
    assert "Favorable" in minutes and "900 €" in minutes and "Paul Élu" in minutes


def test_a_favourable_decision_above_the_ceiling_is_refused(agent, pics):
    _user, client = agent
    seance = make_seance(pics[:1])
    response = client.post(
        f"/admin/seances/{seance.pk}/decisions/", decisions_data(seance, ("favorable", "1600", "", []))
    )
    assert response.status_code == 400
    assert "Le montant accordé dépasse le plafond du PIC (1 500 €)." in page_text(response)
    assert seance.passages.get().decision == ""


def test_decisions_beyond_the_years_envelope_are_refused_with_what_remains(agent, pics):
    from demandes.models import Enveloppe

    _user, client = agent
    seance = make_seance(pics[:2])
    Enveloppe.objects.create(dispositif="pic", year=seance.date.year, amount=2000)
    screen = page_text(client.get(f"/admin/seances/{seance.pk}/decisions/"))
    assert "Enveloppe 2 000 €" in screen and "Reste 2 000 €" in screen
    response = client.post(
        f"/admin/seances/{seance.pk}/decisions/",
        decisions_data(seance, ("favorable", "1200", "", []), ("favorable", "1000", "", [])),
    )
    assert response.status_code == 400
    assert f"Ces décisions dépassent l’enveloppe {seance.date.year} du PIC : il reste 2 000 €." in page_text(response)
    # Another session's pending decisions are engaged too.
    client.post(
        f"/admin/seances/{seance.pk}/decisions/",
        decisions_data(seance, ("favorable", "1200", "", []), ("defavorable", "", "Budget", [])),
    )
    other = make_seance([pics[2]], membres=())
    response = client.post(f"/admin/seances/{other.pk}/decisions/", decisions_data(other, ("favorable", "900", "", [])))
    assert "il reste 800 €" in page_text(response)


def test_a_validated_session_cannot_be_changed(agent, pics):
    _user, client = agent
    seance = make_seance(pics[:1])
    client.post(f"/admin/seances/{seance.pk}/decisions/", decisions_data(seance, ("defavorable", "", "Non", [])))
    client.post(f"/admin/seances/{seance.pk}/valider/")
    for url, data in (
        (f"/admin/seances/{seance.pk}/decisions/", decisions_data(seance, ("favorable", "500", "", []))),
        (f"/admin/seances/{seance.pk}/", {}),
        (f"/admin/seances/{seance.pk}/modifier/", {"dispositif": "ftu", "place": "Ailleurs"}),
    ):
        response = client.post(url, data, follow=True)
        assert "Cette séance est validée : elle ne peut plus être modifiée." in page_text(response)
    seance.refresh_from_db()
    assert seance.passages.get().decision == Decision.DEFAVORABLE and seance.place != "Ailleurs"
    assert seance.passages.count() == 1
    # Validating again changes nothing.
    client.post(f"/admin/seances/{seance.pk}/valider/")
    assert Evenement.objects.filter(demande=pics[0]).count() == 3  # reçue, en examen, avis défavorable


def test_a_session_is_validated_only_once_held_and_with_its_quorum(agent, pics):
    _user, client = agent
    seance = make_seance(pics[:1], quorum=3)
    response = client.post(f"/admin/seances/{seance.pk}/valider/", follow=True)
    assert "Une séance se valide une fois tenue" in page_text(response)
    client.post(f"/admin/seances/{seance.pk}/decisions/", decisions_data(seance, ("ajourne", "", "", [])))
    client.post(f"/admin/seances/{seance.pk}/valider/")
    seance.refresh_from_db()
    assert seance.status == Seance.Status.TENUE and not status_mails().exists()
    assert "Non atteint (3 membres requis)" in page_text(client.get(f"/admin/seances/{seance.pk}/proces-verbal/"))


def test_an_agent_of_another_contact_point_is_denied_the_session_and_its_demandes(django_user_model, agent, pics):
    seance = make_seance(pics)
    relais = ContactPoint.objects.create(locale=seance.contact_point.locale, name="Centre social", kind="point_relais")
    _other, client = make_user(django_user_model, "autre", ["Maison du projet"], [relais])
    for url in ("", "decisions/", "ordre-du-jour/", "proces-verbal/", "proces-verbal.pdf", "modifier/"):
        assert client.get(f"/admin/seances/{seance.pk}/{url}", follow=True).status_code == 404
    assert client.post(f"/admin/seances/{seance.pk}/valider/", follow=True).status_code == 404
    assert str(seance.date.year) not in page_text(client.get("/admin/seances/"))
    # Preparing a session of their own, they are offered neither the Maison du projet nor its demandes.
    form = client.get("/admin/seances/nouvelle/").context["form"]
    assert list(form.fields["contact_point"].queryset) == [relais]
    own = make_seance([], membres=())
    own.contact_point = relais
    own.save()
    assert not any(d.reference in page_text(client.get(f"/admin/seances/{own.pk}/")) for d in pics)
    # Nor the members of the Maison du projet's comité, which its own agent edits.
    fatima = seance.membres.get(name="Fatima Benali")
    assert agent[1].get(f"/admin/membres_comite/edit/{fatima.pk}/").status_code == 200
    assert "Fatima Benali" not in page_text(client.get("/admin/membres_comite/"))
    for url in (f"/admin/membres_comite/edit/{fatima.pk}/", f"/admin/membres_comite/delete/{fatima.pk}/"):
        assert client.get(url, follow=True).status_code == 404
    form = client.get("/admin/membres_comite/new/").context["form"]
    assert list(form.fields["contact_point"].queryset) == [relais]


def test_only_the_maison_du_projet_group_and_superusers_reach_the_sessions(django_user_model, admin_client, pics):
    seance = make_seance(pics)
    editor, client = make_user(django_user_model, "redacteur", ["Éditeurs"])
    # Wagtail sends the refused back to the dashboard.
    for url in ("/admin/seances/", f"/admin/seances/{seance.pk}/", "/admin/seances/nouvelle/"):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, "/admin/")
    assert admin_client.get(f"/admin/seances/{seance.pk}/", follow=True).status_code == 200
    assert Group.objects.get(name="Maison du projet").permissions.filter(codename="change_seance").exists()


def test_the_printable_agenda_shows_each_summary_amount_and_attachments_but_no_contact_details(agent, pics):
    _user, client = agent
    seance = make_seance(pics[:1])
    response = client.get(f"/admin/seances/{seance.pk}/ordre-du-jour/")
    text = page_text(response)
    assert "Repas partagé des voisins" in text and "Un repas entre voisins au pied des immeubles." in text
    assert "850 €" in text
    for personal in ("fatima@example.org", "06 12 34 56 78", "Fatima Benali"):
        assert personal not in text
    assert "style=" not in response.content.decode() and "<script" not in response.content.decode()


def test_the_minutes_download_as_a_pdf_with_the_decisions(agent, pics):
    _user, client = agent
    seance = make_seance(pics[:2])
    client.post(
        f"/admin/seances/{seance.pk}/decisions/",
        decisions_data(seance, ("favorable", "900", "", []), ("defavorable", "", "Projet déjà financé", [])),
    )
    response = client.get(f"/admin/seances/{seance.pk}/proces-verbal.pdf")
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).split())
    assert "Procès-verbal du comité" in text and pics[0].reference in text and "900" in text
    assert "Défavorable" in text and "Projet déjà financé" in text


def test_once_the_demandes_are_anonymised_the_minutes_keep_no_porteur_name(agent, pics):
    _user, client = agent
    seance = make_seance(pics[:1], membres=())
    assert "Fatima Benali" in page_text(client.get(f"/admin/seances/{seance.pk}/proces-verbal/"))
    pics[0].anonymise()
    assert "Fatima Benali" not in page_text(client.get(f"/admin/seances/{seance.pk}/proces-verbal/"))


def test_the_decision_screen_makes_as_many_queries_for_10_demandes_as_for_3(client, pic_form, django_user_model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    demandes = submit_pics(client, pic_form, count=10)
    _user, agent_client = make_user(django_user_model, "agent", ["Maison du projet"], [maison_du_projet()])
    counts = []
    for count in (3, 10):
        seance = make_seance(demandes[:count], membres=(("Fatima Benali", "habitant"), (f"Élu {count}", "elu")))
        agent_client.get(f"/admin/seances/{seance.pk}/decisions/")  # warms the caches (site, locales, menus)
        with CaptureQueriesContext(connection) as shown:
            assert agent_client.get(f"/admin/seances/{seance.pk}/decisions/").status_code == 200
        data = decisions_data(seance, *[("favorable", "500", "", [])] * count)
        with CaptureQueriesContext(connection) as saved:
            agent_client.post(f"/admin/seances/{seance.pk}/decisions/", data)
        assert seance.passages.filter(decision="favorable").count() == count
        counts.append((len(shown), len(saved)))
        seance.passages.all().delete()
    assert counts[0][0] == counts[1][0], "showing the screen does not query per demande"
    # Saving writes each decision and its members not taking part: a few queries each, no more.
    assert counts[1][1] - counts[0][1] <= 7 * 5


def test_a_demande_moved_on_its_page_since_the_agenda_is_refused_on_the_decision_screen(agent, pics):
    user, client = agent
    seance = make_seance(pics[:1])
    from demandes.transitions import move

    move(pics[0], Status.SANS_SUITE, user)
    response = client.post(f"/admin/seances/{seance.pk}/decisions/", decisions_data(seance, ("ajourne", "", "", [])))
    assert response.status_code == 400
    assert "à l’étape « Classée sans suite » : le comité ne l’examine pas à cette étape." in page_text(response)
