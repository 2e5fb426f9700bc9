"""Hostile answers, in every type of question the form builder offers, reach every place they are shown as inert text.

One demande carries a hostile value in each question (and hostile choices set by the editor),
then goes the whole way: the comité's session (a hostile reason), the resident's consent name
and bilan, the project page made from it. Each place it is shown (the sinks) is read once, and
every (question, sink) pair is checked from the table below.
"""

import csv
import io

import openpyxl
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from actualites.fiches import add_bilan, create_fiche_projet
from demandes.models import Demande, DemandeFormField, PieceJointe
from tests.demandes.factories import PDF, field_name, make_user, pic_answers
from tests.demandes.seances import decisions_data, maison_du_projet, make_seance
from tests.utils import page_text

HEADER_LINE = "\r\nBcc: evil@example.org"
RTL_OVERRIDE = "\N{RIGHT-TO-LEFT OVERRIDE}"
# What must never appear unescaped in a page: markup a browser would run.
MARKUP = ("<script>alert", "<img src=x", 'href="javascript:')


def hostile(tag):
    """A formula start, markup, a javascript: link, template syntax, a header after a line break, an RTL override."""
    return (
        f'=1+1 {tag}<script>alert("{tag}")</script>"><img src=x onerror=alert(1)>'
        f'<a href="javascript:alert(1)">{tag}</a> {{{{ 7*7 }}}}{{% debug %}}{HEADER_LINE} {RTL_OVERRIDE}{tag}'
    )


HOSTILE_CHOICES = [
    '<script>alert("choix")</script>',
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil.example")',
]
HOSTILE_URL = 'https://example.org/?q=<script>alert("url")</script>'
HOSTILE_EMAIL = '"<script>alert(1)</script>"@example.org'

# The questions added to the PIC's fiche projet, one of each type the editors' builder offers that
# carries text (dates, numbers, amounts and the quartier are parsed; files are checked in test_uploads):
# (type, label, the value posted, the text that must show escaped, extra options).
ADDED = [
    ("singleline", "Champ ligne", hostile("ligne"), {}),
    ("multiline", "Champ paragraphe", hostile("paragraphe"), {}),
    ("url", "Champ adresse web", HOSTILE_URL, {}),
    ("dropdown", "Champ liste", HOSTILE_CHOICES[0], {"choices": "\n".join(HOSTILE_CHOICES)}),
    ("radio", "Champ boutons", HOSTILE_CHOICES[1], {"choices": "\n".join(HOSTILE_CHOICES)}),
    ("checkboxes", "Champ cases", HOSTILE_CHOICES[:2], {"choices": "\n".join(HOSTILE_CHOICES)}),
    ("multiselect", "Champ choix multiples", HOSTILE_CHOICES[1:], {"choices": "\n".join(HOSTILE_CHOICES)}),
    ("hidden", "Champ caché", hostile("cache"), {}),
    ("number", "Champ nombre", "42", {}),
    ("datetime", "Champ date et heure", "2027-06-20 18:30", {}),
]
# The seeded questions that take text, and where each one is shown besides the demande's admin page.
SEEDED = {
    "Nom et prénom": hostile("nom"),
    "Association": hostile("association"),
    "Titre du projet": hostile("titre"),
    "Description du projet": hostile("description"),
    "Lieu de l’événement": hostile("lieu"),
    "Public concerné": hostile("public"),
    "Budget du projet": hostile("budget"),
    "Adresse e-mail": HOSTILE_EMAIL,
}
SHOWN_IN = {
    "Nom et prénom": {"inbox", "receipt", "minutes", "csv", "xlsx"},
    "Titre du projet": {"inbox", "receipt", "agenda", "minutes", "suivi", "csv", "xlsx"},
    "Description du projet": {"agenda"},
    "Lieu de l’événement": {"agenda"},
    "Public concerné": {"agenda"},
    "Budget du projet": {"agenda"},
    "Champ ligne": {"agenda"},
    "Champ paragraphe": {"agenda"},
    "Champ adresse web": {"agenda"},
    "Champ liste": {"agenda"},
    "Champ boutons": {"agenda"},
    "Champ cases": {"agenda"},
    "Champ choix multiples": {"agenda"},
    "Champ caché": {"agenda"},
}
REASON, PUBLICATION_NAME, BILAN = hostile("motif"), hostile("publication")[:150], hostile("bilan")


@pytest.fixture
def hostile_form(pic_form):
    """The PIC form with one question of each type, its choices and one label and hint hostile too."""
    for order, (field_type, label, _value, options) in enumerate(ADDED, start=100):
        DemandeFormField.objects.create(
            page=pic_form, locale=pic_form.locale, sort_order=order, field_type=field_type, label=label, **options
        )
    DemandeFormField.objects.filter(page=pic_form, label="Champ ligne").update(
        help_text='<img src=x onerror=alert("aide")>'
    )
    return pic_form


def answers(form):
    return pic_answers(form, **SEEDED) | {field_name(form, label): value for _type, label, value, _o in ADDED}


def assert_inert(html, where):
    """No markup a browser would run: the page's own scripts have a src, never a body."""
    found = [marker for marker in MARKUP if marker in html]
    assert not found, f"{where}: {found}"


def escaped_parts(value):
    """What an HTML page must show of the value: each line escaped (a line break may become <br>)."""
    values = value if isinstance(value, list) else [value]
    return [escape(line.strip()) for item in values for line in item.splitlines() if line.strip()]


def sheet_cells(content):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return [cell for row in workbook.active.iter_rows() for cell in row]


@pytest.fixture
def sinks(hostile_form, admin_client, admin_user, mailbox, django_capture_on_commit_callbacks):
    """The hostile demande taken the whole way, and every place it is shown, read once."""
    form = hostile_form
    with django_capture_on_commit_callbacks(execute=True):
        assert Client().post(form.url, answers(form)).status_code == 302
        demande = Demande.objects.get()
        seance = make_seance([demande])
        admin_client.post(
            f"/admin/seances/{seance.pk}/decisions/", decisions_data(seance, ("favorable", "900", REASON, []))
        )
        assert admin_client.post(f"/admin/seances/{seance.pk}/valider/").status_code == 302
        suivi = f"/fr/demandes/suivi/{demande.follow_up_token}/"
        consent = {"publication_consent": "association", "publication_name": PUBLICATION_NAME, "presentation": ""}
        assert Client().post(suivi, consent).status_code == 302
        bilan = {"summary": BILAN, "participants": "12", "amount_spent": "800", "photos": []}
        assert Client().post(suivi, bilan).status_code == 302
    demande.refresh_from_db()
    page, _created = create_fiche_projet(demande, admin_user)
    page.get_latest_revision().publish(user=admin_user)
    add_bilan(page, demande.bilan.summary, 12, [], admin_user).publish(user=admin_user)
    page.refresh_from_db()
    export = "/admin/demandes_recues/"
    return {
        "demande": demande,
        "mailbox": mailbox,
        "detail": admin_client.get(f"/admin/demandes_recues/{demande.pk}/").content.decode(),
        "inbox": admin_client.get(export).content.decode(),
        "receipt": admin_client.get(f"/admin/demandes_recues/{demande.pk}/recepisse/").content.decode(),
        "agenda": admin_client.get(f"/admin/seances/{seance.pk}/ordre-du-jour/").content.decode(),
        "minutes": admin_client.get(f"/admin/seances/{seance.pk}/proces-verbal/").content.decode(),
        "suivi": Client().get(suivi).content.decode(),
        "projet": Client().get(page.url).content.decode(),
        "form": Client().get(form.url).content.decode(),
        "csv": b"".join(admin_client.get(export, {"export": "csv"}).streaming_content).decode("utf-8-sig"),
        "xlsx": sheet_cells(b"".join(admin_client.get(export, {"export": "xlsx"}).streaming_content)),
    }


HTML_SINKS = ("detail", "inbox", "receipt", "agenda", "minutes", "suivi", "projet", "form")


def test_no_page_that_shows_the_demande_runs_its_markup(sinks):
    for sink in HTML_SINKS:
        assert_inert(sinks[sink], sink)


def posted_values():
    """The text answers (numbers and dates are parsed, and checked in tests/demandes)."""
    added = {label: value for kind, label, value, _o in ADDED if kind not in ("number", "datetime")}
    return {**SEEDED, **added}


def test_every_answer_shows_escaped_wherever_it_is_shown(sinks):
    """Each answer, stored as typed, shows escaped on the demande's admin page and in every page listed for it.

    (Numbers and dates are parsed: they are there for the form to have every type of question.)"""
    stored, page = sinks["demande"].form_data, sinks["demande"].page.specific
    missing = []
    for label, value in posted_values().items():
        assert stored[field_name(page, label)] == value, label
        for sink in ({"detail"} | SHOWN_IN.get(label, set())) - {"csv", "xlsx"}:
            missing += [(label, sink, part) for part in escaped_parts(value) if part not in sinks[sink]]
    assert not missing


def test_the_decision_reason_the_consent_name_and_the_bilan_show_escaped(sinks):
    for value, where in (
        (REASON, ("minutes", "detail")),
        (BILAN, ("detail", "projet")),
        (PUBLICATION_NAME, ("projet", "suivi")),
    ):
        for sink in where:
            assert all(part in sinks[sink] for part in escaped_parts(value)), (sink, value[:20])


def test_the_project_page_shows_the_title_and_description_escaped(sinks):
    """The page made from the demande cuts its title at 80 characters and its introduction at 400."""
    for label in ("Titre du projet", "Description du projet"):
        assert escape(SEEDED[label][:40]) in sinks["projet"]


def test_the_editors_hostile_choices_and_hint_show_escaped_in_the_form(sinks):
    form = sinks["form"]
    assert all(escape(choice) in form for choice in HOSTILE_CHOICES)
    assert escape('<img src=x onerror=alert("aide")>') in form


def test_the_exports_write_every_text_as_text(sinks):
    """Names and titles are written as typed, after a ' when they start like a formula; no cell is a formula."""
    for label in ("Nom et prénom", "Titre du projet"):
        # XML reads a line break as LF alone.
        assert "'" + SEEDED[label].replace("\r\n", "\n") in [cell.value for cell in sinks["xlsx"]]
    assert not [cell.coordinate for cell in sinks["xlsx"] if cell.data_type == "f"]
    assert not [
        cell.value for cell in sinks["xlsx"] if str(cell.value or "").startswith(("=", "+", "-", "@", "\t", "\r"))
    ]
    cells = [cell for row in csv.reader(io.StringIO(sinks["csv"]), delimiter=";") for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    for label in ("Nom et prénom", "Titre du projet"):
        assert "'" + SEEDED[label] in cells


HEADERS = {"Content-Type", "MIME-Version", "Content-Transfer-Encoding", "Subject", "From", "To", "Date", "Message-ID"}


def test_the_emails_carry_no_added_header_and_no_markup(sinks):
    """Every message is plain text, to its one recipient, with Django's headers only: nothing a resident typed
    goes into a header, and the quoted address full of markup is a recipient like any other."""
    messages = sinks["mailbox"].messages
    subjects = [item["message"]["Subject"] for item in messages]
    assert [subject.split(" PIC-")[0] for subject in subjects] == [
        "Nouvelle demande",
        "Votre demande",
        "Votre demande",
        "Bilan reçu pour la demande",
    ]
    for item in messages:
        message = item["message"]
        assert set(message.keys()) == HEADERS
        assert item["to"] == [message["To"]] and "evil@example.org" not in str(message)
        assert all(part.get_content_type() == "text/plain" for part in message.walk())
    assert [item["to"] for item in messages[1:3]] == [[HOSTILE_EMAIL]] * 2


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Adresse e-mail", "fatima@example.org\r\nBcc: evil@example.org"),
        ("Adresse e-mail", '"fatima\r\nBcc: evil"@example.org'),
        ("Champ adresse web", "javascript:alert(1)"),
        ("Champ adresse web", "data:text/html,<script>alert(1)</script>"),
        ("Champ liste", "une valeur hors de la liste"),
        ("Champ nombre", "=1+1"),
    ],
)
def test_a_hostile_value_that_the_question_cannot_hold_is_refused_with_a_french_message(hostile_form, label, value):
    data = answers(hostile_form) | {field_name(hostile_form, label): value}
    response = Client().post(hostile_form.url, data)
    assert response.status_code == 400
    assert "Votre demande n’est pas encore envoyée" in page_text(response)
    assert not Demande.objects.exists()


def test_an_agent_entering_a_hostile_demande_sees_it_as_text(hostile_form, django_user_model):
    """The staff entry form (its consent question labelled by the editor) and the demande it lands on."""
    DemandeFormField.objects.filter(page=hostile_form, label__startswith="J’accepte").update(
        label='J’accepte <img src=x onerror=alert("accord")>'
    )
    _user, agent = make_user(django_user_model, "agent", ["Maison du projet"], [maison_du_projet()])
    form_page = agent.get(hostile_form.url).content.decode()
    assert_inert(form_page, "staff form")
    assert escape('<img src=x onerror=alert("accord")>') in form_page
    data = answers(hostile_form) | {"canal": "point_relais", "accord_oral": "on"}
    polyglot = PDF + b"<html><script>alert(1)</script></html>"
    data[field_name(hostile_form, "Pièces jointes")] = [
        SimpleUploadedFile('"><img src=x onerror=alert(1)>.pdf', PDF),
        SimpleUploadedFile("facture.html", polyglot),
    ]
    response = agent.post(hostile_form.url, data)
    assert response.status_code == 302
    detail = agent.get(response["Location"]).content.decode()
    assert_inert(detail, "detail")
    assert escape('"><img src=x onerror=alert(1)>.pdf') in detail
    assert all(part in detail for part in escaped_parts(SEEDED["Nom et prénom"]))
    # Saved on the agent's disk, the PDF that says it is a web page opens as a PDF, never in the browser.
    piece = PieceJointe.objects.get(original_name="facture.html")
    download = agent.get(f"{response['Location']}pieces/{piece.pk}/")
    assert download["Content-Disposition"] == 'attachment; filename="facture.html.pdf"'
