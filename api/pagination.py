"""Bounded pagination with links to the neighbouring pages."""

from ninja.errors import HttpError

from django.core.paginator import EmptyPage, Paginator
from django.utils.translation import gettext as _

MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20


def paginate(results, request, number, size, serialize):
    """One page of results; a page past the last one is a 404, with the number of pages in its message."""
    paginator = Paginator(results, size)
    try:
        page = paginator.page(number)
    except EmptyPage as error:
        message = _("Cette page de résultats n’existe pas. Nombre de pages : %(count)d.")
        raise HttpError(404, message % {"count": paginator.num_pages}) from error

    def link(other):
        query = request.GET.copy()
        query["page"] = other
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": paginator.count,
        "page": page.number,
        "page_size": size,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": serialize(list(page.object_list)),
    }
