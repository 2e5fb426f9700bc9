"""What every public page promises: privacy, cacheability, a strict CSP, bounded queries, editable in the admin."""

import datetime
from html.parser import HTMLParser

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from dispositifs.models import DispositifPage
from home.models import Quartier
from tests.actualites.factories import domaine, publish_actualite, publish_projet
from tests.home.test_pages import FORM_URLS, INITIAL_URLS


class ResourceCollector(HTMLParser):
    """Collects what a page would load or run, and any inline style or script."""

    def __init__(self):
        super().__init__()
        self.urls = []
        self.inline = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs or any(name.startswith("on") for name in attrs):
            self.inline.append((tag, attrs))
        # A JSON-LD data block is never run, and a CSP's script-src does not govern it (tests/browser checks it).
        if tag == "style" or (tag == "script" and not attrs.get("src") and attrs.get("type") != "application/ld+json"):
            self.inline.append((tag, attrs))
        if tag == "a" or (tag == "link" and attrs.get("rel") in ("alternate", "canonical")):
            return  # links and the page's own addresses (as absolute URLs): named, never loaded
        for name in ("src", "srcset", "href", "action", "data"):
            if attrs.get(name):
                self.urls.append(attrs[name])


@pytest.mark.parametrize("url", [*INITIAL_URLS, *FORM_URLS, "/fr/recherche/?q=quartier"])
def test_pages_load_nothing_from_elsewhere_and_need_no_inline_code(client, initial_content, url):
    """Nothing leaves the visitor's browser for a third party; a strict CSP can forbid inline code."""
    collector = ResourceCollector()
    collector.feed(client.get(url).content.decode())
    assert collector.inline == []
    loaded = [
        u
        for u in collector.urls
        if not u.startswith(("/", "#", "?", "tel:", "mailto:")) and "://" in u or u.startswith("//")
    ]
    assert loaded == []


@pytest.mark.parametrize("url", INITIAL_URLS)
def test_anonymous_pages_set_no_cookie_and_carry_no_csrf_token(client, initial_content, url):
    """Anonymous pages are the same for every visitor without a cookie, so a reverse proxy can cache them.

    (They vary on Cookie only because logged-in editors see Wagtail's userbar.)
    """
    response = client.get(url)
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


# Queries per page type, measured with the initial content. A page that starts
# issuing a query per listed item breaks these bounds. Every page's JSON-LD names the
# main contact point in the visitor's language (1); the figures page also dates its open data (3).
QUERY_BOUNDS = {
    "/fr/": 25,
    "/fr/contrat-de-ville/": 21,
    "/fr/quartiers/": 19,
    "/fr/quartiers/oliveaux/": 24,
    "/fr/participer/": 19,
    "/fr/participer/projet-initiative-citoyenne/": 29,
    "/fr/participer/projet-initiative-citoyenne/fiche-projet/": 23,
    "/fr/actualites/": 19,
    "/fr/actualites/flux/": 9,
    "/fr/projets/": 27,
    "/fr/projets/?dispositif=projet-initiative-citoyenne&annee=2024": 27,
    "/fr/projets/sortie-hortillonnages-amiens/": 27,
    "/fr/chiffres/": 31,  # the comités’ grants, in a single query
    # Results of every page type, contact points, promotions and the quartier filter;
    # PostgreSQL full-text search costs 2 more than SQLite.
    "/fr/recherche/?q=quartier": 27,
}


@pytest.mark.parametrize(("url", "bound"), QUERY_BOUNDS.items())
def test_query_count_per_page_type_is_bounded(client, initial_content, django_assert_max_num_queries, url, bound):
    client.get(url)  # warm the per-process caches (site root, locales) as a running server would
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200


def test_listing_more_items_costs_no_more_queries(client, initial_content):
    """Every list (news, projects and their filters, figures, feed) costs the same with one item or six."""
    pic = DispositifPage.objects.get(acronym="PIC")
    oliveaux = Quartier.objects.get(name="Les Oliveaux")

    def publish(days):
        for day in days:
            publish_actualite(f"Nouvelle {day}", datetime.date(2026, 3, day))
            publish_projet(
                f"Projet {day}",
                dispositif=pic,
                quartiers=[oliveaux],
                domaines=[domaine("Sport"), domaine("Culture")],
                year=2020 + day,
                financements=[("commune", 100 * day), ("etat", None)],
            )

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    urls = [
        "/fr/",
        "/fr/actualites/",
        "/fr/actualites/flux/",
        "/fr/projets/",
        f"/fr/projets/?quartier={oliveaux.pk}&dispositif=projet-initiative-citoyenne",
        "/fr/chiffres/",
        "/fr/participer/projet-initiative-citoyenne/",
        "/fr/quartiers/oliveaux/",
    ]
    publish([1])
    with_one = {url: queries(url) for url in urls}
    publish(range(2, 7))
    assert {url: queries(url) for url in urls} == with_one


@pytest.mark.parametrize("url", INITIAL_URLS + FORM_URLS)
def test_every_page_is_editable_in_the_wagtail_admin(admin_client, initial_content, url):
    """An editor opens every page of the tree in the Wagtail editor."""
    page = next(page for page in Page.objects.filter(depth__gt=1) if page.url == url)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "model", ["home/contactpoint", "home/quartier", "home/partner", "home/keyfigure", "actualites/domaine"]
)
def test_snippets_are_listed_in_the_admin(admin_client, initial_content, model):
    assert admin_client.get(f"/admin/snippets/{model}/").status_code == 200


def test_editor_can_change_a_ceiling_through_the_admin_form(admin_client, initial_content):
    """The admin edit form round-trips: posting it back publishes the change."""
    pic = DispositifPage.objects.get(acronym="PIC")
    steps = [
        {"title": step.title, "actor": step.actor, "description": step.description, "id": step.pk, "ORDER": i}
        for i, step in enumerate(pic.steps.all())
    ]
    data = nested_form_data(
        {
            "title": pic.title,
            "slug": pic.slug,
            "intro": pic.intro,
            "acronym": "PIC",
            "grant_ceiling": 1600,
            "eligibility": rich_text(pic.eligibility),
            "contact": "",
            "steps": inline_formset(steps, initial=len(steps)),
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{pic.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    pic.refresh_from_db()
    assert pic.grant_ceiling == 1600
    assert pic.steps.count() == 5
