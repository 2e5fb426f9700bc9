"""The page shown when a page has no translation in the visitor's language yet."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from wagtail.models import Locale, Page


def untranslated(request, page_id):
    """Where the language switcher leads when a page has no translation yet: a notice in the
    visitor's language and a link to the French page, instead of a 404."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    source = page.get_translations(inclusive=True).live().filter(locale=Locale.get_default()).first() or page
    home = Page.objects.filter(depth=2, locale__language_code=get_language()).live().first()
    return TemplateResponse(request, "untranslated.html", {"source_page": source, "translated_home": home})
