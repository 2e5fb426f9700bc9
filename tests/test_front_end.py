"""A light front end: what each public page makes a phone download, and how its images are served.

Sizes are counted gzip-compressed at nginx's level (deploy/nginx/), from the files the
pages link to; nothing here is timed (speed is measured by `make bench`).
"""

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders

from actualites.models import ProjetImage
from tests.actualites.factories import publish_actualite, publish_projet
from tests.home.test_blocks import page_with_every_block, png  # noqa: F401 (a fixture)
from tests.home.test_pages import FORM_URLS, INITIAL_URLS

NGINX_GZIP_LEVEL = 5
JS_LIMIT = 10_000
CSS_LIMIT = 30_000
HOME_LIMIT = 40_000
PUBLIC_URLS = [*INITIAL_URLS, *FORM_URLS, "/fr/recherche/?q=quartier"]


def gzipped_size(data):
    return len(gzip.compress(data, compresslevel=NGINX_GZIP_LEVEL))


class PageParser(HTMLParser):
    """The page's style sheets and scripts, and each <img> with the <picture> around it."""

    def __init__(self):
        super().__init__()
        self.stylesheets = []
        self.scripts = []
        self.images = []
        self.picture = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "picture":
            self.picture = []
        elif tag == "source" and self.picture is not None:
            self.picture.append(attrs)
        elif tag == "img":
            self.images.append((attrs, self.picture))

    def handle_endtag(self, tag):
        if tag == "picture":
            self.picture = None


def parse(response, status=200):
    assert response.status_code == status
    parser = PageParser()
    parser.feed(response.content.decode())
    return parser


def static_file(url):
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not one of our static files"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, url
    with open(found, "rb") as file:
        return file.read()


def fonts(css):
    """The font files a style sheet loads (none today: the site uses the system's fonts)."""
    return [url for url in re.findall(rb"url\(['\"]?([^'\")]+)", css) if re.search(rb"\.(woff2?|ttf|otf)\b", url)]


def transferred(response):
    """HTML, CSS, JS and fonts, each gzip-compressed: what the first visit downloads, images aside."""
    page = parse(response)
    total = gzipped_size(response.content)
    for url in page.stylesheets + page.scripts:
        data = static_file(url)
        total += gzipped_size(data)
        for font in fonts(data):
            total += len(static_file(font.decode()))  # fonts are already compressed
    return total


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_each_page_loads_little_css_and_javascript(client, initial_content, url):
    page = parse(client.get(url))
    assert sum(gzipped_size(static_file(href)) for href in page.stylesheets) < CSS_LIMIT
    assert page.scripts == []  # reading and applying need no JavaScript


def test_the_form_script_is_a_small_enhancement(client, initial_content):
    """The only script: it moves the focus to the error summary of a form sent with errors."""
    page = parse(client.post(FORM_URLS[0], {}), status=400)
    assert page.scripts
    for src in page.scripts:
        assert gzipped_size(static_file(src)) < JS_LIMIT


def test_every_static_script_is_small():
    for directory in settings.STATICFILES_DIRS:
        for path in directory.rglob("*.js"):
            assert gzipped_size(path.read_bytes()) < JS_LIMIT, path


def test_the_home_page_is_light(client, initial_content):
    assert transferred(client.get("/fr/")) < HOME_LIMIT


@pytest.fixture
def pages_with_images(page_with_every_block):  # noqa: F811 (the fixture imported above)
    from wagtail.images.models import Image

    photo = Image.objects.create(title="Sortie", file=png(1200, 800))
    projet = publish_projet("Fresque au city stade")
    for number in range(3):
        ProjetImage.objects.create(page=projet, image=photo, alt_text=f"Photo {number}", sort_order=number)
    projet.save_revision().publish()
    actualite = publish_actualite("Fête des voisins", image=photo)
    return [page_with_every_block.url, projet.url, actualite.url]


def test_every_image_of_every_public_page_is_a_sized_responsive_rendition(client, pages_with_images):
    """AVIF and WebP with srcset and sizes, width and height (no layout shift), lazy below the first image."""
    seen = 0
    for url in PUBLIC_URLS + pages_with_images:
        page = parse(client.get(url))
        for position, (img, picture) in enumerate(page.images):
            seen += 1
            where = f"{url}: {img}"
            assert "alt" in img and img.get("width") and img.get("height"), where
            if img["src"].startswith("data:"):
                continue  # a QR code drawn for this visitor, never a photo
            assert img["src"].startswith(settings.MEDIA_URL + "images/"), where  # a rendition, not the original
            assert img.get("srcset") and img.get("sizes"), where
            assert picture is not None, where
            types = {source.get("type") for source in picture if source.get("srcset") and source.get("sizes")}
            assert {"image/avif", "image/webp"} <= types, where
            if position > 0:
                assert img.get("loading") == "lazy", where
    assert seen >= 5
