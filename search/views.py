"""The site's search page: one box, results in the visitor's language, filters that work without JavaScript."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from actualites.models import ActualitePage, ProjetPage
from demandes.models import DemandeFormPage
from dispositifs.models import DispositifPage
from home.i18n import localized
from home.models import ContactPoint, Quartier, QuartierPage
from home.published import active_locale, default_locale, private_sections
from proxy_cache.version import kept

from .backends import SearchUnavailable, search_together
from .excerpts import excerpt, page_text
from .query import MAX_QUERY_LENGTH, every_word_query, search_query, typo_tolerant_query

PAGE_SIZE = 10
LIEUX_ON_FIRST_PAGE = 3

# Each filterable type of result: its label, and the page types it covers (None: every other page).
PAGE_TYPES = {
    "dispositif": (_("Dispositif"), [DispositifPage, DemandeFormPage]),
    "projet": (_("Projet"), [ProjetPage]),
    "actualite": (_("Actualité"), [ActualitePage]),
    "quartier": (_("Quartier"), [QuartierPage]),
    "page": (_("Page"), None),
}
LIEU = "lieu"
TYPE_CHOICES = [(key, label) for key, (label, _models) in PAGE_TYPES.items()] + [(LIEU, _("Lieu d’accueil"))]


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    type = forms.ChoiceField(required=False, choices=TYPE_CHOICES)
    quartier = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    page = forms.CharField(required=False)

    def __init__(self, data, quartiers):
        """quartiers: pairs of a French quartier (its key in the address) and its name in the visitor's language."""
        # A query longer than the box allows is cut, never refused.
        data = data.copy()
        data["q"] = data.get("q", "")[:MAX_QUERY_LENGTH]
        super().__init__(data)
        self.fields["quartier"].choices = [(quartier.pk, name) for quartier, name in quartiers]
        self.is_valid()

    def value(self, name):
        """The cleaned value, or None for a missing one or one that is not a choice (ignored, not an error)."""
        return (self.cleaned_data.get(name) or None) if name not in self.errors else None


def page_type(page):
    for key, (_label, models) in PAGE_TYPES.items():
        if models and isinstance(page, tuple(models)):
            return key
    return "page"


def pages_about(quartier_pk):
    """The ids of the pages of a quartier, in every language: its own page, and the projects and news that name it."""
    key = Quartier.objects.filter(pk=quartier_pk).values("translation_key")
    ids = set(QuartierPage.objects.filter(quartier__translation_key__in=key).values_list("pk", flat=True))
    ids |= set(ProjetPage.objects.filter(quartiers__translation_key__in=key).values_list("pk", flat=True))
    ids |= set(ActualitePage.objects.filter(quartiers__translation_key__in=key).values_list("pk", flat=True))
    return ids


def searchable_pages(locale, type_key, quartier, promoted):
    pages = Page.objects.live().exclude(private_sections()).filter(locale=locale)
    if promoted_ids := [promotion.page_id for promotion in promoted if promotion.page_id]:
        pages = pages.exclude(pk__in=promoted_ids)
    if type_key in PAGE_TYPES:
        models = PAGE_TYPES[type_key][1]
        if models:
            pages = pages.type(*models)
        else:
            pages = pages.not_type(*[model for _label, models in PAGE_TYPES.values() if models for model in models])
    if quartier is not None:
        pages = pages.filter(pk__in=pages_about(quartier))
    return pages


def result_context(page):
    """The quartier or dispositif a result belongs to, from prefetched relations."""
    if isinstance(page, ProjetPage):
        return page.detail
    if isinstance(page, ActualitePage):
        return " · ".join(quartier.name for quartier in page.quartiers.all())
    if isinstance(page, DispositifPage):
        return page.acronym
    if isinstance(page, DemandeFormPage):
        return page.get_parent().title
    return ""


def describe(pages, terms):
    """What each result shows: its type, where it belongs, and an excerpt with the matched words."""
    projets = [page for page in pages if isinstance(page, ProjetPage)]
    dispositifs = kept("dispositif-pages", lambda: {page.pk: page for page in DispositifPage.objects.all()})
    for projet in projets:
        projet.dispositif = dispositifs.get(projet.dispositif_id)
    prefetch_related_objects(projets, "quartiers")
    prefetch_related_objects([page for page in pages if isinstance(page, ActualitePage)], "quartiers")
    return [
        {
            "page": page,
            "type": PAGE_TYPES[page_type(page)][0],
            "context": result_context(page),
            "excerpt": excerpt(page_text(page), terms),
        }
        for page in pages
    ]


def promoted_for(query_text, locale):
    """The editors' promoted results for this query, in the visitor's language.

    Which queries have promotions is kept until the next change: most searches cost no query for them."""
    query_string = normalise_query_string(query_text)
    promoted = SearchPromotion.objects.values_list("query__query_string", flat=True)
    if query_string not in kept("promoted-queries", lambda: set(promoted)):
        return []
    promotions = SearchPromotion.objects.filter(query__query_string=query_string)
    promotions = promotions.select_related("page").order_by("sort_order")
    return [
        promotion
        for promotion in promotions
        if promotion.external_link_url or (promotion.page.live and promotion.page.locale_id == locale.pk)
    ]


def quartier_choices():
    """Each French quartier (its key in the address) with its name in the visitor's language."""
    french = list(Quartier.objects.filter(locale=default_locale()))
    return [(quartier, local.name) for quartier, local in zip(french, localized(french), strict=True)]


def search(request):
    """Search the live public pages and the contact points of the visitor's language."""
    locale = active_locale()
    quartiers = kept(("search-quartiers", locale.pk), quartier_choices)
    form = SearchForm(request.GET, quartiers)
    text, type_key, quartier = form.value("q") or "", form.value("type"), form.value("quartier")
    query = search_query(text)
    context = {
        "form": form,
        "search_query": text,
        "quartiers": quartiers,
        "type_choices": TYPE_CHOICES,
        # What the pagination links keep: the query and the filters that apply.
        "query_prefix": urlencode({"q": text, "type": type_key or "", "quartier": quartier or ""}),
    }
    if query is None:
        return TemplateResponse(request, "search/search.html", context)

    promoted = promoted_for(text, locale)
    # A contact point is a result when it carries every word typed: « maison du projet », not « projet ».
    lieux = ContactPoint.objects.filter(locale=locale).search(every_word_query(text))
    try:
        if type_key == LIEU:
            page = paginate(lieux, request)
            context.update(results_page=page, lieux=list(page.object_list))
        else:
            pages = searchable_pages(locale, type_key, quartier, promoted).specific()
            # An unfiltered first page shows the contact points too, asked of the engine with the page.
            lieux_shown = lieux[:LIEUX_ON_FIRST_PAGE] if type_key is None and quartier is None else None
            page = paginate(pages.search(query), request, lieux_shown)
            if not page.paginator.count:
                page = typo_tolerant_results(pages, text, request) or page
            context.update(results_page=page, results=describe(list(page.object_list), query.query_string.split()))
            if page.number == 1 and lieux_shown is not None:
                context["lieux"] = list(lieux_shown)
    except SearchUnavailable:
        context.update(unavailable=True, suggestions=suggestions(locale))
        return TemplateResponse(request, "search/search.html", context, status=503)

    context["promoted"] = promoted
    if not (page.paginator.count or context.get("lieux") or promoted):
        context["suggestions"] = suggestions(locale)
    return TemplateResponse(request, "search/search.html", context)


def paginate(results, request, *along):
    """The page of results asked for, with the number of pages.

    A search engine sends the total with each page of hits (search.backends), and PostgreSQL's rows
    carry it (search.database): the page is fetched first and the total read from it, one request
    where Django's paginator would count, then fetch. ``along``: other slices of results that a
    search engine answers in the same request."""
    paginator = Paginator(results, PAGE_SIZE)
    number = request.GET.get("page")
    if not hasattr(results, "total"):  # SQLite's search counts apart
        return paginator.get_page(number)
    try:
        guess = max(int(number), 1)
    except (TypeError, ValueError):
        guess = 1
    fetched = results[(guess - 1) * PAGE_SIZE : guess * PAGE_SIZE]
    search_together(fetched, *along)
    fetched.results()
    paginator.count = fetched.total if fetched.total is not None else results.count()
    page = paginator.get_page(number)
    if page.number == guess:  # else a number past the end: the last page, fetched when shown
        page.object_list = fetched
    return page


def typo_tolerant_results(pages, text, request):
    try:
        page = paginate(pages.search(typo_tolerant_query(text)), request)
        return page if page.paginator.count else None
    except NotImplementedError:  # SQLite's full-text search has no fuzzy matching
        return None


def suggestions(locale):
    """Where to go when search cannot help: the two dispositifs and the contact points."""
    return {
        "dispositifs": DispositifPage.objects.live()
        .exclude(private_sections())
        .filter(locale=locale)
        .exclude(acronym=""),
        "lieux": localized(ContactPoint.objects.filter(locale=default_locale())),
    }
