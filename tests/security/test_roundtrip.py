"""Any Unicode typed in a text question is stored, shown, exported and mailed as typed, or refused in French.

« As typed » (unchanged) means, exactly:

- the surrounding whitespace is dropped (what ``str.strip()`` removes: spaces, tabs, line breaks and the
  other Unicode spaces), as Django's forms do; the resident does not see it, and it would only shift columns;
- nothing else changes: no Unicode normalisation (neither NFC nor NFKC: « é » typed as e + a combining accent
  stays two characters), and combining marks, right-to-left text and bidi controls, emoji, and line breaks
  inside the text (CR LF, CR, LF, U+2028) are stored as typed;
- the demande's admin page shows it escaped, each line break as ``<br>`` (Django's ``linebreaksbr``); the inbox
  list escaped;
- the CSV cell is the text, after a ``'`` when it starts like a formula (``=`` ``+`` ``-`` ``@`` tab CR: see
  home/spreadsheets.py); the XLSX cell likewise, its line breaks read back as LF (an XML reader turns CR LF and
  CR into LF: the spreadsheet shows the same lines);
- the e-mails carry no answer (the reference, the step, links): they are all sent, whatever was typed.

Refused, with the question's French message: an empty answer to a required question, a text longer than the
question allows (255 characters on one line, 5,000 in a paragraph or a hidden question), the NUL character
and the other control characters that no XML file, hence no XLSX export, can hold (C0 but tab, LF and CR).

Each question gets ``max_examples`` random texts (any code point but surrogates, with more of the
characters above); the ``ci`` profile (tests/security/conftest.py) keeps no example database, so each run
draws afresh and a failure prints its seed.
"""

import csv
import functools
import html
import io
import operator
import re

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from django.core import mail
from django.core.cache import cache
from django.db import transaction
from django.template.defaultfilters import linebreaksbr
from django.test import Client
from django.utils.html import escape

from demandes.forms import TEXT_MAX_LENGTH
from demandes.models import Bilan, Demande, DemandeFormField
from demandes.transitions import move
from home.spreadsheets import as_text_in_spreadsheet
from tests.demandes.factories import field_name, pic_answers

SINGLE_LINE = 255
# Combining marks, Arabic, bidi controls, an emoji sequence with a joiner, line breaks, spaces, formula starts.
TRICKY = (
    "\u0301\u0651\u0627\u0644\u202e\u202d\u200f\u2066\u2069\U0001f469\u200d\U0001f467\ufe0f"
    "\r\n\u2028\t\xa0 =+-@\x7f\x85"
)
CHARACTERS = st.characters(exclude_categories=["Cs"])
TEXTS = st.one_of(
    st.text(CHARACTERS, max_size=40),
    st.text(st.one_of(st.sampled_from(TRICKY), CHARACTERS), max_size=40),
    # Very long: a few characters repeated up to 6,000 times.
    st.builds(operator.mul, st.text(CHARACTERS, min_size=1, max_size=3), st.integers(80, 2000)),
)
FRENCH_REFUSALS = re.compile(
    "|".join(
        [
            r"Ce champ est obligatoire\.",
            r"Champ requis\.",  # Wagtail's own French for Django's « This field is required. »
            r"Assurez-vous que cette valeur comporte au plus \d+ caractères? \(actuellement \d+\)\.",
            r"Le caractère nul n’est pas autorisé\.",
            r"Ce texte contient un caractère de contrôle",
            r"Indiquez le nom de l’association ou du groupe à afficher\.",
        ]
    )
)
PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# The resident's text questions: (label, longest answer, exported in the inbox's CSV and XLSX columns).
QUESTIONS = [
    ("Nom et prénom", SINGLE_LINE, "B"),
    ("Titre du projet", SINGLE_LINE, "C"),
    ("Description du projet", TEXT_MAX_LENGTH, None),
    ("Champ caché", TEXT_MAX_LENGTH, None),
]


def as_typed(text):
    return text.strip()


def errors_of(response, name):
    """The French message shown at a question of the re-rendered form; a hidden question's is in the
    list of errors at the top of the form (the only one shown)."""
    content = response.content.decode()
    found = re.search(rf'id="id_{name}-erreur">(.*?)</p>', content, re.S)
    if found is None:
        found = re.search(r'<div class="error-summary".*?<ul>\s*<li>(.*?)</li>', content, re.S)
    return html.unescape(found.group(1)) if found else ""


def assert_refused_in_french(response, name, status=400):
    assert response.status_code == status, response.status_code
    message = errors_of(response, name)
    assert FRENCH_REFUSALS.match(message), message


class Example:
    """One example's changes, rolled back afterwards (a savepoint inside the test's transaction)."""

    def __enter__(self):
        cache.clear()  # the rate limit
        mail.outbox = []
        self.atomic = transaction.atomic()
        self.atomic.__enter__()

    def __exit__(self, *exc_info):
        transaction.set_rollback(True)
        self.atomic.__exit__(*exc_info)


def exported(admin_client):
    """The inbox's first row, as the CSV and as the XLSX give it."""
    response = admin_client.get("/admin/demandes_recues/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    csv_row = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1]
    response = admin_client.get("/admin/demandes_recues/", {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return csv_row, {cell.column_letter: cell.value for cell in sheet[2]}


def without_links(body):
    """The e-mail less its links (a token of its own) and the time it was received."""
    return re.sub(r"https?://\S+|\d+ \w+ \d{4} à \d\d:\d\d", "", body)


@functools.cache
def mails_of_any_demande():
    """The two e-mails of a demande (inbox, acknowledgement) less their links, whatever its answers: the
    first example's (each example is rolled back, so every demande gets the same reference)."""
    return [without_links(message.body) for message in mail.outbox]


@pytest.fixture
def form_with_hidden_question(pic_form):
    DemandeFormField.objects.create(
        page=pic_form, locale=pic_form.locale, sort_order=100, field_type="hidden", label="Champ caché"
    )
    return pic_form


@pytest.mark.parametrize(("label", "longest", "column"), QUESTIONS)
@PROFILE
@given(text=TEXTS)
@example(text="Repas\x0bpartagé")  # a vertical tab, as word processors write a line break
@example(text="e\u0301 \u202eRTL\u202c \U0001f389 \u0627\u0644\u062d\u064a")
@example(text="=1+1\r\nsuite")
@example(text="x" * 6000)
def test_any_text_in_a_question_round_trips_or_is_refused_in_french(
    form_with_hidden_question, admin_client, django_capture_on_commit_callbacks, label, longest, column, text
):
    form = form_with_hidden_question
    name = field_name(form, label)
    with Example():
        with django_capture_on_commit_callbacks(execute=True):
            response = Client().post(form.url, pic_answers(form, **{label: text}))
        if response.status_code != 302:
            assert_refused_in_french(response, name)
            return
        demande = Demande.objects.get()
        stored = demande.form_data[name]
        assert stored == as_typed(text)
        assert len(stored) <= longest
        detail = admin_client.get(f"/admin/demandes_recues/{demande.pk}/").content.decode()
        assert linebreaksbr(stored, autoescape=True) in detail
        assert [without_links(message.body) for message in mail.outbox] == mails_of_any_demande()
        if column:
            assert escape(stored) in admin_client.get("/admin/demandes_recues/").content.decode()
            csv_row, xlsx_row = exported(admin_client)
            assert csv_row[ord(column) - ord("A")] == as_text_in_spreadsheet(stored)
            lines_as_xml_reads_them = re.sub(r"\r\n?", "\n", as_text_in_spreadsheet(stored))
            assert xlsx_row[column] == lines_as_xml_reads_them


@pytest.fixture
def granted(pic_form, admin_user):
    """A PIC granted by the comité: its follow-up page asks for the consent name and the bilan."""
    Client().post(pic_form.url, pic_answers(pic_form))
    demande = Demande.objects.get()
    move(demande, "examen_comite", admin_user)
    move(demande, "avis_favorable", admin_user, amount=900)
    return demande


@PROFILE
@given(summary=TEXTS, name=TEXTS)
@example(summary="Bilan\x0c", name="Asso\x1b")
def test_any_bilan_and_consent_name_round_trip_or_are_refused_in_french(granted, admin_client, summary, name):
    url = f"/fr/demandes/suivi/{granted.follow_up_token}/"
    with Example():
        response = Client().post(
            url, {"publication_consent": "association", "publication_name": name, "presentation": ""}
        )
        if response.status_code == 302:
            granted.refresh_from_db()
            assert granted.publication_name == as_typed(name) and len(granted.publication_name) <= 150
        else:
            assert_refused_in_french(response, "publication_name")
        response = Client().post(url, {"summary": summary, "participants": "12", "amount_spent": "800"})
        if response.status_code != 302:
            assert_refused_in_french(response, "summary", status=200)
            return
        stored = Bilan.objects.get(demande=granted).summary
        assert stored == as_typed(summary) and len(stored) <= TEXT_MAX_LENGTH
        detail = admin_client.get(f"/admin/demandes_recues/{granted.pk}/").content.decode()
        assert linebreaksbr(stored, autoescape=True) in detail
