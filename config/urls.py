"""The site's URLs: admin, the public API (/api/v1/), documents, robots.txt, open data and sitemaps,
then, under a language prefix (/fr/, /en/, /ar/), search, the demandes' follow-up and Wagtail's pages."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.db import transaction
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import SITEMAPS
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("api/", include("api.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("donnees/", include("actualites.urls")),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"}),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("recherche/", search_views.search, name="search"),
    path("demandes/", include("demandes.urls")),
    path("non-traduite/<int:page_id>/", home_views.untranslated, name="untranslated"),
    # Wagtail's page view, kept out of ATOMIC_REQUESTS should a deployment turn it on: a form page
    # commits each demande in its own transaction, which nothing later in the request may roll back.
    *wagtail_urls.urlpatterns[:-1],
    re_path(wagtail_urls.serve_pattern, transaction.non_atomic_requests(home_views.serve), name="wagtail_serve"),
)

handler400 = "config.views.bad_request"
