"""What every public page needs and only an editor changes, read once per process between two
publications (``proxy_cache.version``): the locales, the private sections, and the page chrome
(the localized home, the menu, the footer, the site settings, the language versions of a page)."""

from django.conf import settings
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home import i18n
from proxy_cache.version import kept


def locales():
    """Every locale by language code."""
    return kept("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def default_locale():
    """The source locale (French): ``Locale.get_default()`` without a query."""
    return locales().get(get_supported_content_language_variant(settings.LANGUAGE_CODE)) or Locale.get_default()


def active_locale():
    """The visitor's locale, the default one if the language has none: ``Locale.get_active()`` without a query."""
    return locales().get(get_supported_content_language_variant(translation.get_language())) or default_locale()


def language_codes():
    """Each locale's language code by pk."""
    return {locale.pk: code for code, locale in locales().items()}


def _restricted_pages():
    return kept(
        "private-sections",
        lambda: list(Page.objects.filter(view_restrictions__isnull=False).distinct().values_list("path", "depth")),
    )


def private_sections():
    """Pages under a view restriction: Wagtail's ``private_q`` without its query at every call.

    ``queryset.exclude(private_sections())`` is Wagtail's ``queryset.public()``.
    """
    condition = Q(pk__in=[])
    for path, depth in _restricted_pages():
        condition |= Q(path__startswith=path, depth__gte=depth)
    return condition


def may_be_restricted(page):
    """False when no view restriction can apply to ``page``: it lies in no private section, and neither it
    nor an ancestor is an alias (whose original's restrictions Wagtail applies)."""
    if page.alias_of_id:
        return True
    aliases = kept("aliases", lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)))
    sections = [path for path, _depth in _restricted_pages()] + aliases
    return any(page.path.startswith(path) for path in sections)


def site_for(request):
    """``Site.find_for_request`` without its query on a warm process; Wagtail then finds it on the request.

    The lookup is kept per address the sites name; any other address leads where Wagtail sends it
    whatever it is (the default site), so strangers' Host headers add nothing to what is kept.
    """
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]  # unchecked, as Wagtail reads it
        port = str(request.get_port())
        addresses = kept(
            "site-addresses",
            lambda: {(name, str(number)) for name, number in Site.objects.values_list("hostname", "port")},
        )
        known_hostname = hostname if any(hostname == name for name, _ in addresses) else ""
        known_port = port if (hostname, port) in addresses else ""
        request._wagtail_site = kept(("site", known_hostname, known_port), lambda: Site._find_for_request(request))
    return request._wagtail_site


def chrome(request):
    """The site settings, the localized home, the menu and the footer of the visitor's site and language."""
    site = site_for(request)
    if site is None:  # an editor deleted the last site: every page is a 404, shown with an empty chrome
        from home.models import SiteSettings

        return {"settings": SiteSettings(), "home": None, "menu": [], "footer_pages": [], "main_contact": None}
    return kept(("chrome", site.pk, translation.get_language()), lambda: _chrome(site))


def _chrome(site):
    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(site)
    home = site.root_page.localized
    menu = list(Page.objects.child_of(site.root_page).live().exclude(private_sections()).in_menu())
    if home.pk != site.root_page_id:
        menu = i18n.localized(menu)
    main_contact = site_settings.main_contact
    return {
        "settings": site_settings,
        "home": home,
        "menu": menu,
        "footer_pages": site_settings.footer_pages,
        "main_contact": main_contact.localized if main_contact else None,
    }


def ancestors(page):
    """``page``'s live ancestors below the tree root, home page first (the breadcrumb)."""
    return kept(("ancestors", page.pk), lambda: list(page.get_ancestors().filter(depth__gt=1).live()))


def source_of(page):
    """``page`` in the source language (French), or None."""
    return kept(("source", page.pk), lambda: page.get_translation_or_none(default_locale()))


def language_versions(page):
    """``page``'s live translations by language code, with their addresses relative to their site."""

    def versions():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {version.locale.language_code: version for version in translations}

    return kept(("languages", page.pk), versions)
