"""Every shared block renders as residents and assistive technologies need it."""

import io
import json

import pytest
from PIL import Image as PillowImage

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images.models import Image

from home.blocks import ImageBlock
from home.models import ContactPoint, ContentPage, HomePage
from tests.utils import page_text


def png(width, height):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (0, 64, 138)).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="jardin.png")


@pytest.fixture
def page_with_every_block(initial_content):
    image = Image.objects.create(title="Jardin partagé", file=png(1600, 900))
    document = Document.objects.create(
        title="Fiche projet PIC", file=ContentFile(b"%PDF-1.4\n" * 200, name="fiche.pdf")
    )
    home = HomePage.objects.get()
    pic = home.get_descendants().get(slug="projet-initiative-citoyenne")
    body = [
        {"type": "heading", "value": {"text": "Un sous-titre", "level": "h3"}},
        {"type": "paragraph", "value": '<p>Un texte avec <a href="https://example.org">un lien</a>.</p>'},
        {"type": "image", "value": {"image": image.pk, "alt_text": "Des habitants au jardin", "caption": "En 2024"}},
        {
            "type": "faq",
            "value": {
                "heading": "Questions",
                "questions": [{"question": "Qui peut demander ?", "answer": "<p>Vous.</p>"}],
            },
        },
        {"type": "callout", "value": {"title": "Attention", "text": "<p>Date limite en mars.</p>"}},
        {"type": "contact_card", "value": {"contact_point": ContactPoint.objects.get().pk}},
        {"type": "call_to_action", "value": {"text": "Découvrir le PIC", "page": pic.pk}},
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]
    page = ContentPage(title="Tous les blocs", slug="tous-les-blocs", body=json.dumps(body))
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_image_is_a_responsive_picture_with_alt_text_and_dimensions(client, page_with_every_block):
    content = client.get(page_with_every_block.url).content.decode()
    picture = content[content.index("<picture") : content.index("</picture>")]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert 'alt="Des habitants au jardin"' in picture
    # The fallback <img> carries the smallest rendition's size, which sets the aspect ratio.
    assert 'width="400"' in picture and 'height="225"' in picture
    assert 'loading="lazy"' in picture
    assert "<figcaption>En 2024</figcaption>" in content


def test_faq_uses_native_details_and_summary(client, page_with_every_block):
    content = client.get(page_with_every_block.url).content.decode()
    assert '<details class="faq__item">' in content
    assert "<summary>Qui peut demander ?</summary>" in content


def test_other_blocks_render_their_content(client, page_with_every_block):
    response = client.get(page_with_every_block.url)
    content = response.content.decode()
    text = page_text(response)
    assert '<h3 class="block-heading">Un sous-titre</h3>' in content
    assert "Attention Date limite en mars." in text
    assert "Maison du projet des Oliveaux" in text
    assert '<a class="button" href="/fr/participer/projet-initiative-citoyenne/">Découvrir le PIC</a>' in content
    assert "Fiche projet PIC (PDF," in text


def test_an_image_block_without_alt_text_is_refused(db):
    """Editors cannot publish an image without saying what it shows."""
    image = Image.objects.create(title="Banc", file=png(40, 30))
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "Un banc neuf", "caption": ""}))


def test_blocks_whose_target_was_deleted_leave_no_broken_markup(client, page_with_every_block):
    """A deleted document, image, contact point or target page hides its block instead of breaking the page."""
    Document.objects.all().delete()
    Image.objects.all().delete()
    ContactPoint.objects.all().delete()
    HomePage.objects.get().get_descendants().get(slug="projet-initiative-citoyenne").delete()
    response = client.get(page_with_every_block.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<figure" not in content
    assert "download>" not in content
    assert '<section class="contact-card">' not in content
    assert "Découvrir le PIC" not in content


def test_a_call_to_action_to_an_unpublished_page_is_hidden(client, page_with_every_block):
    HomePage.objects.get().get_descendants().get(slug="projet-initiative-citoyenne").specific.unpublish()
    assert "Découvrir le PIC" not in client.get(page_with_every_block.url).content.decode()
