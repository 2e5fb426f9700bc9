"""Template tags every page uses: amounts and numbers in the visitor's language, the page chrome
(settings, menu, footer, language versions) and the breadcrumb."""

from decimal import Decimal

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import format_html

from wagtail.models import Page

from home import published
from home.i18n import localized

register = template.Library()


@register.filter
def grouped(value):
    """A whole number with the locale's thousands separator: 2 871 930 in French."""
    if value is None or value == "":
        return ""
    return number_format(value, decimal_pos=0, force_grouping=True)


@register.filter
def isolated(value):
    """Text a resident typed, set inside a translated sentence as its own bidirectional run (Unicode's
    FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text <bdi>): an Arabic title in a French
    sentence, or a stray right-to-left override, cannot reorder the words around it."""
    return f"\N{FIRST STRONG ISOLATE}{value}\N{POP DIRECTIONAL ISOLATE}"


@register.filter
def euros(value):
    """An amount in euros as the visitor's language writes it: 1 500 € in French, €1,500 in English;
    cents only when there are some (850,50 €)."""
    if value is None or value == "":
        return ""
    cents = Decimal(str(value)) % 1 != 0
    amount = number_format(value, decimal_pos=2 if cents else 0, force_grouping=True)
    if translation.get_language() == "en":
        return f"€{amount}"
    return f"{amount}\N{NO-BREAK SPACE}€"


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The site settings, the localized home, the menu and the footer (see ``home.published.chrome``)."""
    return published.chrome(context["request"])


@register.filter
def language_of(page):
    """The language code of ``page``'s locale, without a query."""
    return published.language_codes().get(page.locale_id) if isinstance(page, Page) else None


@register.filter(name="localized")
def in_visitor_language(instance):
    """Wagtail's ``instance.localized``, without a query on a warm process (see ``home.i18n.localized``)."""
    found = localized([instance])
    return found[0] if found else None


@register.filter
def fallback_language(instance):
    """The language of an instance shown for want of a translation (see ``localized``), else "".

    (A template's ``page.fallback_language`` would cost a ``dir()`` of the page each time it is missing.)"""
    return getattr(instance, "fallback_language", "")


@register.simple_tag
def fallback_language_attrs(page):
    """``lang`` and ``hreflang`` of a link to a page shown in French for want of a translation (see ``localized``)."""
    code = fallback_language(page)
    return format_html(' lang="{}" hreflang="{}"', code, code) if code else ""


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the tree root, home page first."""
    return published.ancestors(page)


@register.filter
def in_section(page, section):
    """True when page is section or lies below it in the tree."""
    return bool(page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language of the site, each named in itself.

    A Wagtail page links to its live translation, or, when there is none yet, to a
    notice in that language that leads to the French page: the switcher never 404s.
    Other views (search, follow-up) keep their path under the other language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    is_page = isinstance(page, Page) and page.pk is not None
    translations = published.language_versions(page) if is_page else {}
    versions = []
    for code, name in settings.LANGUAGES:
        available = True
        if not is_page:
            url = translate_url(request.get_full_path(), code)
        elif code in translations:
            url = translations[code].get_url(request)
        else:
            available = False
            with translation.override(code):
                url = reverse("untranslated", args=[page.pk])
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
                "available": available,
            }
        )
    return versions
