"""What search engines and social networks read of a page: canonical address, sharing card, JSON-LD."""

from django import template
from django.templatetags.static import static
from django.utils.translation import gettext as _

from wagtail.models import Page

from home.published import chrome
from home.structured_data import json_ld, organisation

register = template.Library()

# Open Graph names a language with its territory.
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_AR"}
SHARING_IMAGE = "fill-1200x630"


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


@register.simple_tag(takes_context=True)
def sharing(context):
    """Title, description, image and canonical address of the page, each with its fallback.

    The description: the page's search description, its introduction, the site's default, a sentence
    of our own. The image: the page's sharing image (a news page's own image), the site's default, the
    site's built-in card. The canonical address is the page's, without a query string.
    """
    request = context["request"]
    page = _page(context)
    site_settings = chrome(request)["settings"]
    site_name = _("Contrat de ville de Loos")
    description = site_settings.default_description or _(
        "Le contrat de ville de Loos : ses quartiers prioritaires, le PIC et le FTU pour les projets "
        "des habitants, les projets financés et les chiffres."
    )
    image = site_settings.default_social_image
    title = site_name
    if page is not None:
        title = page.seo_title or page.title
        description = page.search_description or getattr(page, "intro", "") or description
        image = (page.sharing_image() if hasattr(page, "sharing_image") else None) or image
    card = {
        "site_name": site_name,
        "title": title,
        "description": description,
        "url": request.build_absolute_uri(request.path),
        "type": getattr(page, "og_type", "website"),
        "locale": OG_LOCALES.get(getattr(request, "LANGUAGE_CODE", "fr"), "fr_FR"),
    }
    if image is None:
        card.update(image_url=request.build_absolute_uri(static("img/partage.png")), image_width=1200)
        card.update(image_height=630, image_alt=site_name)
    else:
        rendition = image.get_rendition(SHARING_IMAGE)
        card.update(image_url=request.build_absolute_uri(rendition.url), image_width=rendition.width)
        card.update(image_height=rendition.height, image_alt=image.default_alt_text)
    return card


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The organisation, and what the page describes (a news article, a dispositif, contact points)."""
    request = context["request"]
    graph = [organisation(request, chrome(request)["main_contact"], _("Ville de Loos – Contrat de ville"))]
    page = _page(context)
    if page is not None and hasattr(page, "structured_data"):
        graph += page.structured_data(request)
    return json_ld(graph)
