"""Template tags every page uses: amounts and numbers in the visitor's language, the menu,
the breadcrumb and the localized home."""

from decimal import Decimal

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import format_html

from wagtail.models import Page, Site

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
def localized_home(context):
    """The home page in the visitor's locale (the site's root page if it is not translated)."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    return site.root_page.localized


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The French site's menu, each page in the visitor's language when translated, else in French
    (marked with ``fallback_language``): the English and Arabic menus keep every entry."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return []
    pages = Page.objects.child_of(site.root_page).live().public().in_menu()
    home = context.get("home")
    return pages if home is None or home.pk == site.root_page_id else localized(pages)


@register.simple_tag
def fallback_language_attrs(page):
    """``lang`` and ``hreflang`` of a link to a page shown in French for want of a translation (see ``localized``)."""
    code = getattr(page, "fallback_language", None)
    return format_html(' lang="{}" hreflang="{}"', code, code) if code else ""


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the tree root, home page first."""
    return page.get_ancestors().filter(depth__gt=1).live()


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
    translations = {}
    if is_page:
        for version in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[version.locale.language_code] = version
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
