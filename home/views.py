"""The home app's views: Wagtail's page view from the kept home page, robots.txt, and the notice shown when
a page has no translation in a language yet."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page

from home.published import chrome, default_locale, private_sections


def serve(request, path):
    """Wagtail's page view, its route starting from the site's home page in the visitor's language as
    kept between publications (``published.chrome``): Wagtail reads it, and the locale, at every request."""
    home = chrome(request)["home"]
    if home is not None:
        try:
            request._wagtail_route_for_request = home.specific.route(
                request, [part for part in path.split("/") if part]
            )
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


def untranslated(request, page_id):
    """Where the language switcher leads when a page has no translation yet: a notice in the
    visitor's language and a link to the French page, instead of a 404."""
    page = get_object_or_404(Page.objects.live().exclude(private_sections()), pk=page_id)
    source = page.get_translations(inclusive=True).live().filter(locale=default_locale()).first() or page
    home = Page.objects.filter(depth=2, locale__language_code=get_language()).live().first()
    return TemplateResponse(request, "untranslated.html", {"source_page": source, "translated_home": home})


def robots_txt(request):
    """What crawlers may index: not the admin, nor the demandes' confirmation and follow-up pages, whose
    address opens a demande without a password (they are also marked noindex)."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines += [
                f"Disallow: {reverse('demandes:confirmation', args=['x']).removesuffix('x/')}",
                f"Disallow: {reverse('demandes:suivi', args=['x']).removesuffix('x/')}",
            ]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
