"""The resident's form: what it asks, how it answers mistakes, and what it refuses."""

import io
import time
from decimal import Decimal

import pytest
from PIL import Image as PillowImage

from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from demandes.forms import FILE_MAX_SIZE, TIMING_SALT
from demandes.models import Demande, PieceJointe, PieceJointeEnAttente
from tests.demandes.factories import (
    PDF,
    PNG,
    assert_stored_without_metadata,
    field_name,
    ftu_answers,
    photo_taken_at_home,
    pic_answers,
)
from tests.utils import page_text


def huge_png():
    """64 million black pixels in 60 kB: decoded, they would take 64 MB, and far more with colour."""
    buffer = io.BytesIO()
    PillowImage.new("L", (8000, 8000)).save(buffer, "PNG")
    return buffer.getvalue()


def errors_of(response):
    return page_text(response).split("corrigez les points suivants.")[1].split("Les questions marquées")[0]


def test_the_pic_form_asks_what_the_fiche_projet_needs(client, pic_form):
    response = client.get(pic_form.url)
    text = page_text(response)
    for question in (
        "Nom et prénom du ou des porteurs du projet (obligatoire)",
        "Votre quartier (obligatoire)",
        "Titre du projet (obligatoire)",
        "Date de l’événement",
        "Lieu de l’événement",
        "Public concerné (obligatoire)",
        "Montant demandé, en euros (obligatoire)",
        "Budget du projet (obligatoire)",
        "Pièces jointes (devis, budget, photos)",
        "J’accepte que la Ville de Loos utilise ces informations",
        "Vos données personnelles",
        "24 mois après la clôture",
    ):
        assert question in text
    assert "jusqu’à 1 500 €" in text
    body = response.content.decode()
    assert 'enctype="multipart/form-data"' in body
    assert 'autocomplete="name"' in body and 'autocomplete="tel"' in body and 'autocomplete="email"' in body
    # Hints are tied to their input for screen readers.
    name = field_name(pic_form, "Nom et prénom")
    assert f'aria-describedby="id_{name}-aide"' in body and f'id="id_{name}-aide"' in body
    assert "Les Oliveaux" in text and "Clémenceau – Kiener" in text and "L’Épi de Soil" in text


def test_the_form_is_never_cached_for_another_visitor(client, pic_form):
    response = client.get(pic_form.url)
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


def test_the_dispositif_pages_lead_to_their_form(client, pic_form, ftu_form):
    assert pic_form.url in client.get(pic_form.get_parent().url).content.decode()
    assert ftu_form.url in client.get(ftu_form.get_parent().url).content.decode()


def test_an_amount_above_the_ceiling_is_refused_in_plain_french_and_nothing_typed_is_lost(client, pic_form):
    data = pic_answers(pic_form, **{"Montant demandé": "1 600", "Titre du projet": "Fête des voisins d’été"})
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert "Le montant demandé dépasse le plafond du PIC (1 500 €)." in errors_of(response)
    body = response.content.decode()
    assert 'value="Fête des voisins d’été"' in body
    assert 'value="Fatima Benali et Jérôme Dupont"' in body
    assert "Un repas entre voisins au pied des immeubles." in body
    assert 'aria-invalid="true"' in body
    assert not Demande.objects.exists()


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-10", "Le montant ne peut pas être négatif."),
        ("beaucoup", "Indiquez un montant en chiffres, par exemple 850 ou 850,50."),
        ("1e400", "dépasse le plafond du PIC"),
        ("NaN", "Indiquez un montant en chiffres"),
        ("12,3456", "Indiquez au plus deux chiffres après la virgule"),
    ],
)
def test_bad_amounts_are_refused_with_a_clear_message(client, pic_form, amount, message):
    response = client.post(pic_form.url, pic_answers(pic_form, **{"Montant demandé": amount}))
    assert response.status_code == 400
    assert message in errors_of(response)
    assert not Demande.objects.exists()


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1 500", "1500"),
        ("1500 €", "1500"),
        ("1.500,00 €", "1500"),
        ("850,50", "850.5"),
        ("850.5", "850.5"),
        ("0", "0"),
    ],
)
def test_amounts_written_the_french_way_are_understood(client, pic_form, typed, amount):
    response = client.post(pic_form.url, pic_answers(pic_form, **{"Montant demandé": typed}))
    assert response.status_code == 302
    assert Demande.objects.get().amount_requested == Decimal(amount)


def test_the_ftu_ceiling_is_the_ftus(client, ftu_form):
    # The FTU form has no amount question by default: the ceiling check is the builder's job.
    from demandes.models import DemandeFormField

    DemandeFormField.objects.create(
        page=ftu_form, locale=ftu_form.locale, label="Montant souhaité", field_type="montant", required=True
    )
    data = ftu_answers(ftu_form)
    data[field_name(ftu_form, "Montant souhaité")] = "4600"
    response = client.post(ftu_form.url, data)
    assert "Le montant demandé dépasse le plafond du FTU (4 500 €)." in errors_of(response)
    data[field_name(ftu_form, "Montant souhaité")] = "4500"
    assert client.post(ftu_form.url, data).status_code == 302


def test_missing_answers_are_listed_at_the_top_and_next_to_each_field(client, pic_form):
    data = pic_answers(pic_form, **{"Titre du projet": "", "J’accepte": None})
    response = client.post(pic_form.url, data)
    summary = errors_of(response)
    assert "Titre du projet : Champ requis." in summary
    assert "J’accepte que la Ville de Loos utilise ces informations pour étudier ma demande : Champ requis." in summary
    title = field_name(pic_form, "Titre du projet")
    body = response.content.decode()
    # The link leads to the whole question (label, message, input), not the bare input.
    assert f'href="#id_{title}-question"' in body and f'id="id_{title}-question"' in body
    assert f'id="id_{title}-erreur"' in body


def test_files_are_kept_privately_and_checked_by_their_content(client, pic_form, settings):
    files = field_name(pic_form, "Pièces jointes")
    data = pic_answers(pic_form)
    data[files] = [
        SimpleUploadedFile("photo.png", PNG, content_type="image/png"),
        SimpleUploadedFile("devis.pdf", PDF, content_type="application/pdf"),
    ]
    assert client.post(pic_form.url, data).status_code == 302
    pieces = PieceJointe.objects.order_by("original_name")
    assert [(p.original_name, p.content_type) for p in pieces] == [
        ("devis.pdf", "application/pdf"),
        ("photo.png", "image/png"),
    ]
    for piece in pieces:
        path = piece.file.path
        assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
        assert not path.startswith(str(settings.MEDIA_ROOT))
        with pytest.raises(ValueError, match="no URL"):
            piece.file.url  # noqa: B018 (no URL serves these files)


@pytest.mark.parametrize(
    ("image_format", "name", "content_type"),
    [
        ("JPEG", "photo.jpg", "image/jpeg"),
        ("PNG", "photo.png", "image/png"),
        ("WEBP", "photo.webp", "image/webp"),
        ("HEIF", "photo.heic", "image/heic"),
    ],
)
def test_photos_are_stored_upright_without_their_location_or_camera_data(
    client, pic_form, image_format, name, content_type
):
    data = pic_answers(pic_form)
    data[field_name(pic_form, "Pièces jointes")] = [SimpleUploadedFile(name, photo_taken_at_home(image_format))]
    assert client.post(pic_form.url, data).status_code == 302
    piece = PieceJointe.objects.get()
    assert (piece.original_name, piece.content_type) == (name, content_type)
    assert_stored_without_metadata(piece)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([("photo.jpg", b"MZ\x90\x00 this is a Windows program")], "« photo.jpg » n’est ni une photo"),
        ([("devis.pdf", b"<script>alert(1)</script>")], "« devis.pdf » n’est ni une photo"),
        ([("photo.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 100)], "« photo.jpg » est une photo abîmée, illisible"),
        ([("immense.png", huge_png())], "« immense.png » est une photo abîmée, illisible ou trop grande"),
        ([("grande.png", PNG + b"\0" * FILE_MAX_SIZE)], "« grande.png » est trop lourd : 10 Mo au plus"),
        ([(f"photo{n}.png", PNG) for n in range(6)], "Vous pouvez joindre 5 fichiers au plus."),
    ],
)
def test_wrong_files_are_refused_and_nothing_is_stored(client, pic_form, files, message):
    data = pic_answers(pic_form)
    data[field_name(pic_form, "Pièces jointes")] = [SimpleUploadedFile(name, content) for name, content in files]
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert message in errors_of(response)
    assert not Demande.objects.exists() and not PieceJointe.objects.exists()
    assert not PieceJointeEnAttente.objects.exists()  # a refused file is not kept either


def test_hundred_kilobytes_of_text_are_refused_politely(client, pic_form):
    response = client.post(pic_form.url, pic_answers(pic_form, **{"Description du projet": "a" * 100_000}))
    assert response.status_code == 400
    assert "Assurez-vous que cette valeur comporte au plus 5000 caractères" in errors_of(response)
    assert not Demande.objects.exists()


def test_any_script_accents_arabic_and_hostile_text_are_stored_as_typed_and_shown_as_text(client, pic_form):
    hostile = "<script>alert('x')</script>\r\nBcc: victime@example.org"
    data = pic_answers(
        pic_form,
        **{"Nom et prénom": "Zoé Lefèvre-Ångström / فاطمة الزهراء", "Description du projet": hostile},
    )
    assert client.post(pic_form.url, data).status_code == 302
    demande = Demande.objects.get()
    assert demande.contact_name == "Zoé Lefèvre-Ångström / فاطمة الزهراء"
    assert demande.form_data[field_name(pic_form, "Description du projet")] == hostile


def test_crlf_in_a_single_line_answer_cannot_reach_an_email_header(client, pic_form):
    data = pic_answers(pic_form, **{"Adresse e-mail": "fatima@example.org\r\nBcc: victime@example.org"})
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert "Adresse e-mail : Saisissez une adresse de courriel valide." in errors_of(response)


def test_the_honeypot_filled_by_a_robot_is_refused(client, pic_form):
    data = pic_answers(pic_form)
    data["site_web"] = "http://spam.example"
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert "Votre demande n’a pas pu être envoyée." in errors_of(response)
    assert not Demande.objects.exists()


@pytest.mark.parametrize("started", ["now", "forged", "missing"])
def test_a_form_sent_faster_than_a_person_can_type_is_refused(client, pic_form, started):
    data = pic_answers(pic_form)
    data["debut"] = {
        "now": signing.dumps(time.time(), salt=TIMING_SALT),
        "forged": signing.dumps(time.time() - 3600, salt="another-salt"),
        "missing": "",
    }[started]
    response = client.post(pic_form.url, data)
    assert "Le formulaire a été envoyé trop vite." in errors_of(response)
    assert not Demande.objects.exists()


def test_a_post_without_csrf_token_is_refused(pic_form):
    client = Client(enforce_csrf_checks=True)
    response = client.post(pic_form.url, pic_answers(pic_form))
    assert response.status_code == 403
    assert not Demande.objects.exists()


def test_a_burst_above_the_rate_limit_is_refused_and_the_others_are_kept(client, pic_form, settings):
    settings.DEMANDES_RATE_LIMIT = "3/h"
    statuses = [client.post(pic_form.url, pic_answers(pic_form)).status_code for _ in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    assert Demande.objects.count() == 3
    refused = client.post(pic_form.url, pic_answers(pic_form))
    assert "Trop de demandes ont été envoyées depuis cette connexion." in page_text(refused)
    # Another address is not blocked.
    assert client.post(pic_form.url, pic_answers(pic_form), REMOTE_ADDR="10.0.0.2").status_code == 302


def test_a_resident_correcting_mistakes_is_not_counted_by_the_rate_limit(client, pic_form, settings):
    settings.DEMANDES_RATE_LIMIT = "2/h"
    for _ in range(4):
        assert client.post(pic_form.url, pic_answers(pic_form, **{"Titre du projet": ""})).status_code == 400
    assert client.post(pic_form.url, pic_answers(pic_form)).status_code == 302


def test_behind_the_proxy_each_resident_is_limited_by_their_own_address(client, pic_form, settings):
    settings.DEMANDES_RATE_LIMIT = "1/h"
    settings.DEMANDES_BEHIND_PROXY = True
    proxy = {"REMOTE_ADDR": "10.1.1.1"}
    first = client.post(pic_form.url, pic_answers(pic_form), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    second = client.post(pic_form.url, pic_answers(pic_form), HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy)
    again = client.post(pic_form.url, pic_answers(pic_form), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    assert (first.status_code, second.status_code, again.status_code) == (302, 302, 429)
