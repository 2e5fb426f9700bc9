"""Files sent with a demande: what is not a photo or a document is refused, and what is kept is served safely."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from demandes.models import Demande, PieceJointe
from tests.demandes.factories import PNG, field_name, pic_answers

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def post_files(client, pic_form, *files):
    data = pic_answers(pic_form)
    data[field_name(pic_form, "Pièces jointes")] = [SimpleUploadedFile(name, content) for name, content in files]
    return client.post(pic_form.url, data)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("devis.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("dessin.svg", SVG),
        ("photo.png", SVG),
        ("vide.pdf", b""),
    ],
)
def test_html_svg_and_empty_files_are_refused(client, pic_form, name, content):
    assert post_files(client, pic_form, (name, content)).status_code == 400
    assert not Demande.objects.exists() and not PieceJointe.objects.exists()


def test_a_png_html_polyglot_is_stored_without_its_html(client, pic_form):
    assert (
        post_files(client, pic_form, ("photo.png", PNG + b"<html><script>alert(1)</script></html>")).status_code == 302
    )
    stored = PieceJointe.objects.get().file.read()
    assert stored.startswith(b"\x89PNG") and b"<script" not in stored


def test_attachments_are_downloaded_never_rendered(agent_oliveaux, demandes):
    pic, _ftu = demandes
    piece = pic.pieces_jointes.get()
    response = agent_oliveaux[1].get(f"/admin/demandes_recues/{pic.pk}/pieces/{piece.pk}/")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
