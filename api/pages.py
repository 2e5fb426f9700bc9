"""The pages endpoints: a filtered, searchable, paginated list, and each page in full."""

import datetime

from ninja import Field, Path, Query, Router
from ninja.errors import HttpError

from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext as _

from wagtail.models import Page

from actualites.models import ActualitePage, Domaine, ProjetPage
from search.backends import SearchUnavailable
from search.query import MAX_QUERY_LENGTH, search_query
from search.views import pages_about

from . import schemas
from .blocks import BodyBlock
from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate
from .serializers import PAGE_TYPES, PageSerializer
from .visibility import Visibility

router = Router(tags=["pages"])
MAX_ID = 2**31 - 1
ERRORS = {400: schemas.Error, 404: schemas.Error, 429: schemas.Error}


class PageDetail(schemas.PageSummary):
    body: list[BodyBlock]
    dispositif: schemas.DispositifFacts | None
    quartier: schemas.QuartierFacts | None
    projet: schemas.ProjetFacts | None
    actualite: schemas.ActualiteFacts | None


class PageFilters(schemas.Schema):
    type: schemas.PageType | None = Field(None, description="Le type de page.")
    locale: schemas.Language | None = Field(None, description="La langue.")
    quartier: int | None = Field(None, ge=1, le=MAX_ID, description="Un quartier : sa page, ses projets, actualités.")
    dispositif: int | None = Field(None, ge=1, le=MAX_ID, description="Une page dispositif : ses projets.")
    domaine: int | None = Field(None, ge=1, le=MAX_ID, description="Un domaine : ses projets.")
    year: int | None = Field(None, ge=1900, le=2100, description="Les projets menés et actualités de cette année.")
    updated_since: datetime.datetime | None = Field(None, description="Publiées depuis cette date (ISO 8601).")
    q: str | None = Field(None, max_length=MAX_QUERY_LENGTH, description="Recherche, comme sur le site.")
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


def same_translations(model, pk, visibility):
    """The translation key of a public page, or of a snippet, given the id of any of its translations."""
    instances = visibility.pages(model) if issubclass(model, Page) else model.objects.all()
    return instances.filter(pk=pk).values("translation_key")


def filtered(filters, visibility):
    pages = visibility.pages()
    if filters.type:
        pages = pages.type(PAGE_TYPES[filters.type])
    if filters.locale:
        pages = pages.filter(locale__language_code=filters.locale)
    if filters.updated_since:
        since = filters.updated_since
        if timezone.is_naive(since):
            since = timezone.make_aware(since)
        pages = pages.filter(last_published_at__gte=since)
    if filters.quartier:
        pages = pages.filter(pk__in=pages_about(filters.quartier))
    if filters.dispositif:
        key = same_translations(PAGE_TYPES["dispositif"], filters.dispositif, visibility)
        pages = pages.filter(pk__in=ProjetPage.objects.filter(dispositif__translation_key__in=key).values("pk"))
    if filters.domaine:
        key = same_translations(Domaine, filters.domaine, visibility)
        pages = pages.filter(pk__in=ProjetPage.objects.filter(domaines__translation_key__in=key).values("pk"))
    if filters.year:
        year = filters.year
        projets = ProjetPage.objects.filter(Q(year=year) | Q(year__lt=year, end_year__gte=year)).values("pk")
        actualites = ActualitePage.objects.filter(date__year=year).values("pk")
        pages = pages.filter(Q(pk__in=projets) | Q(pk__in=actualites))
    return pages


@router.get(
    "/",
    response={200: schemas.paginated(schemas.PageSummary), **ERRORS, 503: schemas.Error},
    summary="Les pages publiées",
)
def list_pages(request, filters: Query[PageFilters]):
    """Public pages, newest first; with `q`, by relevance, searched like the site's search page."""
    visibility = Visibility()
    pages = filtered(filters, visibility)
    serializer = PageSerializer(request, visibility)
    text = (filters.q or "").replace("\x00", "")
    query = search_query(text) if text.strip() else None
    if query is None:
        pages = pages.order_by("-last_published_at", "-pk")
        return paginate(
            pages.defer_streamfields().specific(), request, filters.page, filters.page_size, serializer.summaries
        )
    # The search runs on ids: the engine's index knows the pages' tree and locale, not expiry nor projects' relations.
    ids = list(pages.values_list("pk", flat=True))
    results = Page.objects.filter(pk__in=ids).specific().search(query)
    try:
        return paginate(results, request, filters.page, filters.page_size, serializer.summaries)
    except SearchUnavailable as error:
        raise HttpError(
            503, _("La recherche est momentanément indisponible. Réessayez dans quelques minutes.")
        ) from error


@router.get("/{int:page_id}/", response={200: PageDetail, **ERRORS}, summary="Une page, en entier")
def get_page(request, response: HttpResponse, page_id: int = Path(..., ge=1, le=MAX_ID)):
    visibility = Visibility()
    page = visibility.pages().filter(pk=page_id).specific().first()
    if page is None:
        raise HttpError(404, _("Aucune page publique ne porte ce numéro."))
    if page.last_published_at:
        response["Last-Modified"] = http_date(page.last_published_at.timestamp())
    return PageSerializer(request, visibility).detail(page)
