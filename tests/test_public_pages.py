"""What every public page promises: privacy, cacheability, a strict CSP, bounded queries, editable in the admin."""

import datetime
from html.parser import HTMLParser

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from actualites.models import ActualitePage
from dispositifs.models import DispositifPage
from home.models import Quartier, SiteSettings
from proxy_cache import version
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


# Every public page type, with the site at a realistic volume (1 000 projects and 300 news items
# per language): the bounds do not depend on the count. On a warm process the page chrome (settings,
# menu, footer, contact points, language switcher), the site, the home page, the locales and the
# private sections cost nothing (home/published.py); what is left is the route from the home page
# (the pages along the path, then the page itself) and the page's own content. (The issue asked for
# 10 and 12; search reads each page type among its results with a query of its own.)
HOME_BOUND = 2
PAGE_BOUND = 7
SEARCH_BOUND = 12
PAGE_TYPES = [
    "/fr/",
    "/fr/contrat-de-ville/",
    "/fr/quartiers/",
    "/fr/quartiers/oliveaux/",
    "/fr/participer/",
    "/fr/participer/projet-initiative-citoyenne/",
    "/fr/participer/projet-initiative-citoyenne/fiche-projet/",
    "/fr/actualites/",
    "/fr/actualites/?page=7",
    "/fr/actualites/flux/",
    "news item",
    "/fr/projets/",
    "/fr/projets/?page=40",
    "/fr/projets/?dispositif=projet-initiative-citoyenne&annee=2024",
    "/fr/projets/sortie-hortillonnages-amiens/",
    "/fr/chiffres/",
    "/fr/recherche/?q=quartier",
]


def address(page_type, language):
    """The page type's address in ``language``: its translation, or the notice that leads to the French page."""
    if page_type == "news item":
        news = ActualitePage.objects.live().filter(locale__language_code=language, projets_lies__isnull=False)
        return news.order_by("-date").first().url
    path, _, query = page_type.partition("?")
    if path == "/fr/recherche/":
        return page_type.replace("/fr/", f"/{language}/", 1)
    feed = "flux/" if path.endswith("/flux/") else ""
    french = Page.objects.get(locale__language_code="fr", url_path="/accueil/" + path[len("/fr/") :].removesuffix(feed))
    page = french.get_translation_or_none(Locale.objects.get(language_code=language))
    if page is None or not page.live:
        with translation.override(language):
            return reverse("untranslated", args=[french.pk])
    return page.url + feed + (f"?{query}" if query else "")


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_query_count_per_page_type_is_bounded(
    client, volume_content, django_assert_max_num_queries, page_type, language
):
    url = address(page_type, language)
    client.get(url)  # warm the process as a running server would be
    bound = {"/fr/": HOME_BOUND, "/fr/recherche/?q=quartier": SEARCH_BOUND}.get(page_type, PAGE_BOUND)
    with django_assert_max_num_queries(bound):
        response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Language"] == language


def test_an_editor_s_change_to_the_page_chrome_shows_at_the_next_request(
    client, initial_content, django_capture_on_commit_callbacks
):
    """The menu, the footer's contact point and the language versions are read once per process, and read
    again as soon as an editor publishes, in this process and (through the shared cache) in every other."""
    contrat = Page.objects.get(slug="contrat-de-ville", locale__language_code="fr").specific
    assert f'href="{contrat.url}"' in client.get("/fr/projets/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        contrat.title = "Le contrat de ville, expliqué"
        contrat.save_revision().publish()
    assert "Le contrat de ville, expliqué" in client.get("/fr/projets/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        contrat.unpublish()
    assert f'href="{contrat.url}"' not in client.get("/fr/projets/").content.decode()

    main_contact = SiteSettings.objects.get().main_contact
    with django_capture_on_commit_callbacks(execute=True):
        main_contact.phone = "03 20 00 00 00"
        main_contact.save()
    assert "03 20 00 00 00" in client.get("/fr/projets/").content.decode()


def test_what_the_home_page_lists_follows_each_publication(client, initial_content, django_capture_on_commit_callbacks):
    """The home page's sections are read once per publication: a new news item, a dispositif taken offline."""
    ftu = DispositifPage.objects.get(acronym="FTU")
    home = client.get("/fr/").content.decode()
    assert f'href="{ftu.url}"' in home and "Fête de printemps" not in home
    with django_capture_on_commit_callbacks(execute=True):
        publish_actualite("Fête de printemps", datetime.date(2026, 12, 1))
        ftu.unpublish()
    home = client.get("/fr/").content.decode()
    assert "Fête de printemps" in home and f'href="{ftu.url}"' not in home


def test_another_process_s_publication_is_seen_through_the_shared_cache(client, initial_content):
    """What this process keeps is read again when the shared version moves on, whoever moved it."""
    menu = client.get("/fr/").content.decode()
    Page.objects.filter(slug="contrat-de-ville", locale__language_code="fr").update(
        title="Changé par un autre processus"
    )
    assert "Changé par un autre processus" not in client.get("/fr/").content.decode()
    version.move_on()  # what the other process's publication did
    assert "Changé par un autre processus" in client.get("/fr/").content.decode()
    assert menu != client.get("/fr/").content.decode()


def test_a_page_made_private_leaves_the_menu_and_the_lists_at_once(client, initial_content):
    contrat = Page.objects.get(slug="contrat-de-ville", locale__language_code="fr")
    assert f'href="{contrat.url}"' in client.get("/fr/").content.decode()
    PageViewRestriction.objects.create(page=contrat, restriction_type=PageViewRestriction.LOGIN)
    assert f'href="{contrat.url}"' not in client.get("/fr/").content.decode()
    assert client.get(contrat.url).status_code == 302  # to the login page


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
