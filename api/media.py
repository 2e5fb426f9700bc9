"""Images as renditions with their alt text, documents, and rich text with its links resolved, for public ones only."""

from django.utils.html import format_html

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter

# A few fixed sizes (never upscaled) in the two formats browsers and apps read best.
SIZES = {"small": 400, "medium": 800, "large": 1600}
FORMATS = ("avif", "webp")
SPECS = {f"width-{width}|format-{fmt}": (size, fmt) for size, width in SIZES.items() for fmt in FORMATS}


def image_data(image, alt, request, visibility):
    """An image and its renditions, or None when it is missing or in a private collection."""
    if not visibility.shows(image):
        return None
    renditions = image.get_renditions(*SPECS)
    return {
        "id": image.pk,
        "alt": alt,
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "size": SPECS[spec][0],
                "format": SPECS[spec][1],
                "url": request.build_absolute_uri(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
            for spec, rendition in renditions.items()
        ],
    }


def document_data(document, title, request, visibility):
    if not visibility.shows(document):
        return None
    return {
        "id": document.pk,
        "title": title or document.title,
        "url": request.build_absolute_uri(document.url),
        "extension": document.file_extension,
        "size": document.file_size,
    }


def rich_text(html, request, visibility):
    """The editor's HTML with links to public pages and documents made absolute.

    A link to a page or document nobody may see keeps its text and loses its target; embeds are dropped
    (the site's rich text allows none)."""

    def page_links(attrs_list):
        public = visibility.page_ids(attrs.get("id", "") for attrs in attrs_list)
        urls = {page.pk: page.get_full_url(request) for page in Page.objects.filter(pk__in=public)}
        return [link_tag(urls.get(int(attrs["id"])) if attrs.get("id", "").isdigit() else None) for attrs in attrs_list]

    def document_links(attrs_list):
        ids = [int(attrs["id"]) for attrs in attrs_list if attrs.get("id", "").isdigit()]
        documents = {document.pk: document for document in get_document_model().objects.filter(pk__in=ids)}
        tags = []
        for attrs in attrs_list:
            document = documents.get(int(attrs["id"])) if attrs.get("id", "").isdigit() else None
            data = document_data(document, "", request, visibility)
            tags.append(link_tag(data and data["url"]))
        return tags

    links = LinkRewriter(bulk_rules={"page": page_links, "document": document_links})
    return EmbedRewriter()(links(html or ""))


def link_tag(url):
    return format_html('<a href="{}">', url) if url else "<a>"
