from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def search(request):
    """Search the live public pages of the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))},
    )
