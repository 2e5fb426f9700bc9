"""Plain helpers of the demandes tests: files, a resident's answers to the PIC and FTU forms, staff users."""

import io
import time

import pillow_heif
from PIL import ExifTags, Image

from django.contrib.auth.models import Group
from django.core import signing
from django.test import Client

from demandes.forms import TIMING_SALT
from demandes.models import Agent

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
pillow_heif.register_heif_opener()


def photo_taken_at_home(image_format="JPEG"):
    """An 8×4 photo from a phone held upright (EXIF orientation 6), with its make and where it was taken (GPS)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Téléphone"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (50.0, 36.0, 58.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (3.0, 0.0, 40.0),
    }
    buffer = io.BytesIO()
    Image.new("RGB", (8, 4), (200, 30, 30)).save(buffer, image_format, exif=exif.tobytes())
    return buffer.getvalue()


def assert_stored_without_metadata(piece):
    """Stored upright, with no GPS position and nothing about the phone, and its size as stored."""
    with Image.open(piece.file.path) as image:
        exif = image.getexif()
        assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert ExifTags.Base.Make not in exif
        assert exif.get(ExifTags.Base.Orientation, 1) == 1
        assert image.size == (4, 8)
    assert piece.size == piece.file.size


def started_long_ago():
    return signing.dumps(time.time() - 120, salt=TIMING_SALT)


def field_name(page, label_start):
    return next(field.clean_name for field in page.form_fields.all() if field.label.startswith(label_start))


def posted(page, answers, changes):
    """The POST data of `answers` (keyed by the start of each question's label) with `changes`
    applied (None leaves a question out), as a form opened two minutes ago sends it."""
    answers = {**answers, **changes}
    data = {field_name(page, label): value for label, value in answers.items() if value is not None}
    data["debut"] = started_long_ago()
    return data


def pic_answers(page, **changes):
    """A complete, valid PIC fiche projet, as a resident would send it."""
    from home.models import Quartier

    quartier = Quartier.objects.get(name="Les Oliveaux", locale=page.locale)
    answers = {
        "Nom et prénom": "Fatima Benali et Jérôme Dupont",
        "Association": "",
        "Téléphone": "06 12 34 56 78",
        "Adresse e-mail": "fatima@example.org",
        "Votre quartier": str(quartier.pk),
        "Titre du projet": "Repas partagé des voisins",
        "Description du projet": "Un repas entre voisins au pied des immeubles.",
        "Date de l’événement": "2027-06-20",
        "Lieu de l’événement": "Square des Oliveaux",
        "Public concerné": "Les familles du quartier",
        "Montant demandé": "850",
        "Budget du projet": "Nourriture 500 €, location de tables 350 €.",
        "J’accepte": "on",
    }
    return posted(page, answers, changes)


def ftu_answers(page, **changes):
    from home.models import Quartier

    quartier = Quartier.objects.get(name="L’Épi de Soil", locale=page.locale)
    answers = {
        "Nom et prénom": "Karim Haddad",
        "Téléphone": "03 20 00 00 00",
        "Adresse e-mail": "karim@example.org",
        "Votre quartier": str(quartier.pk),
        "Où se trouvent": "Derrière le bâtiment B, rue des Acacias",
        "Ce qui devrait": "Une rampe pour les poussettes et les fauteuils.",
        "Pourquoi": "Les marches empêchent les familles de passer.",
        "J’accepte": "on",
    }
    return posted(page, answers, changes)


def make_user(django_user_model, username, group_names=(), contact_points=()):
    user = django_user_model.objects.create_user(username, password="secret")  # noqa: S106
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    if contact_points:
        Agent.objects.create(user=user).contact_points.set(contact_points)
    client = Client()
    client.force_login(user)
    return user, client
