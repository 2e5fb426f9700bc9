"""What search engines and social networks read: canonical address, sharing card, robots.txt, schema.org JSON-LD."""

import datetime
import json
from html.parser import HTMLParser

import pytest

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site

from dispositifs.models import DispositifPage
from home.models import ContactPoint, SiteSettings
from tests.actualites.factories import publish_actualite
from tests.home.test_pages import FORM_URLS, INITIAL_URLS


class HeadReader(HTMLParser):
    """The canonical link, the meta properties and the parsed JSON-LD blocks of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.json_ld = {}, None, []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content")
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        self._in_json_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))  # fails the test if it is not JSON

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def nodes(self, type_):
        return [node for block in self.json_ld for node in block["@graph"] if node["@type"] == type_]


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    reader = HeadReader()
    reader.feed(response.content.decode())
    return reader


def image(title):
    return Image.objects.create(title=title, description=f"Photo : {title}", file=get_test_image_file())


@pytest.mark.parametrize("url", INITIAL_URLS + FORM_URLS)
def test_every_public_page_has_a_canonical_address_and_a_sharing_card(client, initial_content, url):
    head = read(client, url + "?page=2")
    assert head.canonical == f"http://testserver{url}"  # without the query string
    assert head.meta["og:url"] == head.canonical
    assert head.meta["og:title"] and head.meta["og:description"]
    # Nothing set by editors: the site's built-in card.
    assert head.meta["og:image"] == "http://testserver/static/img/partage.png"
    assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "630")
    assert head.meta["twitter:card"] == "summary_large_image"
    assert len(head.json_ld) == 1 and head.nodes("GovernmentOrganization")


def test_the_description_and_image_fall_back_from_the_page_to_the_site(client, initial_content):
    page = Page.objects.get(slug="contrat-de-ville", locale__language_code="fr").specific
    settings = SiteSettings.for_site(Site.objects.get())
    settings.default_description = "Le site des quartiers de Loos."
    settings.default_social_image = image("Défaut")
    settings.save()
    head = read(client, "/fr/contrat-de-ville/")
    assert head.meta["og:description"] == page.intro  # no search description: the introduction
    assert head.meta["og:image"].startswith("http://testserver/media/images/")
    assert head.meta["og:image:alt"] == "Photo : Défaut"

    page.intro = ""
    page.search_description = ""
    page.save_revision().publish()
    assert read(client, "/fr/contrat-de-ville/").meta["og:description"] == "Le site des quartiers de Loos."

    page.seo_title = "Le contrat de ville en bref"
    page.search_description = "Ce que fait le contrat de ville."
    page.social_image = image("Page")
    page.save_revision().publish()
    head = read(client, "/fr/contrat-de-ville/")
    assert head.meta["og:title"] == "Le contrat de ville en bref"
    assert head.meta["og:description"] == "Ce que fait le contrat de ville."
    assert head.meta["og:image:alt"] == "Photo : Page"


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin_and_follow_up_links(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Disallow: /admin/"]
    for code in ("fr", "en", "ar"):
        assert f"Disallow: /{code}/demandes/confirmation/" in lines
        assert f"Disallow: /{code}/demandes/suivi/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_the_dispositifs_json_ld_carries_their_ceilings(client, initial_content):
    for url, acronym, ceiling in [
        ("/fr/participer/projet-initiative-citoyenne/", "PIC", 1500),
        ("/fr/participer/fonds-travaux-urbains/", "FTU", 4500),
    ]:
        (service,) = read(client, url).nodes("GovernmentService")
        assert service["alternateName"] == acronym
        assert service["serviceOutput"]["@type"] == "MonetaryGrant"
        assert service["serviceOutput"]["amount"] == {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "minValue": 0,
            "maxValue": ceiling,
        }
        assert service["provider"]["@id"].endswith("#organisation")
    assert DispositifPage.objects.get(acronym="PIC").grant_ceiling == 1500


def test_the_contact_points_json_ld_carries_their_address_and_opening_hours(client, initial_content):
    maison = ContactPoint.objects.get(kind="maison_du_projet", locale__language_code="fr")
    maison.address = "Place des Oliveaux\n59120 Loos"
    maison.opening_hours = "Du lundi au vendredi, de 9 h à 12 h\nLe mercredi, de 14 h à 17 h"
    maison.phone = "03 20 00 00 00"
    maison.save()
    for url in ("/fr/", "/fr/chiffres/"):  # every page names the main contact point, shown in its footer
        (organisation,) = read(client, url).nodes("GovernmentOrganization")
        office = organisation["location"]
        assert office["@type"] == "GovernmentOffice" and office["name"] == "Maison du projet des Oliveaux"
        assert office["address"] == {
            "@type": "PostalAddress",
            "streetAddress": "Place des Oliveaux",
            "postalCode": "59120",
            "addressLocality": "Loos",
            "addressCountry": "FR",
        }
        assert office["openingHours"] == ["Du lundi au vendredi, de 9 h à 12 h", "Le mercredi, de 14 h à 17 h"]
        assert office["telephone"] == "03 20 00 00 00"


def test_a_news_page_is_a_news_article_with_its_image(client, initial_content):
    publish_actualite("Le jardin est ouvert", datetime.date(2026, 5, 2), slug="jardin", image=image("Jardin"))
    head = read(client, "/fr/actualites/jardin/")
    (article,) = head.nodes("NewsArticle")
    assert article["headline"] == "Le jardin est ouvert"
    assert article["datePublished"] == "2026-05-02"
    assert article["inLanguage"] == "fr"
    assert article["image"].startswith("http://testserver/media/images/")
    assert article["publisher"]["@id"].endswith("#organisation")
    assert head.meta["og:type"] == "article"
    assert head.meta["og:image"] == article["image"]  # its own image, before the site's default


def test_the_follow_up_pages_carry_no_canonical_nor_sharing_card(client, db):
    """Their address opens a demande without a password: nothing invites sharing it."""
    from django.template.loader import get_template

    for name in ("demandes/confirmation.html", "demandes/suivi.html"):
        source = get_template(name).template.source
        assert "{% block sharing %}{% endblock %}" in source
