"""Through the real nginx → Varnish → gunicorn stack: what is cached, what never is, and what nginx serves."""

import http.client
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

PIC_FORM = "/fr/participer/projet-initiative-citoyenne/fiche-projet/"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def get(stack, path, **kwargs):
    return requests.get(stack.url + path, timeout=10, allow_redirects=False, **kwargs)


def cached_twice(stack, path):
    """The path fetched until Varnish has it, and the last response (a HIT)."""
    get(stack, path)
    return get(stack, path)


def seen_within(stack, path, pattern, seconds=1.0):
    deadline = time.monotonic() + seconds
    while True:
        response = get(stack, path)
        if re.search(pattern, response.text) or time.monotonic() > deadline:
            return response
        time.sleep(0.05)


def test_a_published_change_is_seen_at_once_then_cached_again(stack):
    assert cached_twice(stack, "/fr/").headers["X-Cache-Status"] == "HIT"
    stack.shell(
        "from django.contrib.auth import get_user_model\n"
        "from home.models import HomePage\n"
        "page = HomePage.objects.get(locale__language_code='fr').get_latest_revision_as_object()\n"
        "page.title = 'Accueil republié'\n"
        "page.save_revision(user=get_user_model().objects.get(username='admin')).publish()\n"
    )
    response = seen_within(stack, "/fr/", "Accueil republié")
    assert "<title>Accueil republié" in response.text
    assert get(stack, "/fr/").headers["X-Cache-Status"] == "HIT"


def test_a_snippet_change_empties_the_pages_that_show_it(stack):
    assert "98 765" not in cached_twice(stack, "/fr/").text.replace("\N{NARROW NO-BREAK SPACE}", " ")
    stack.shell(
        "from home.models import Quartier\n"
        "quartier = Quartier.objects.get(name='Les Oliveaux', locale__language_code='fr')\n"
        "quartier.population = 98765\n"
        "quartier.save()\n"
    )
    assert re.search(r"98\D{1,10}765", seen_within(stack, "/fr/", r"98\D{1,10}765").text)


def test_a_form_is_never_served_from_the_cache_nor_with_another_visitor_s_token(stack):
    first, second = get(stack, PIC_FORM), get(stack, PIC_FORM)
    for response in (first, second):
        assert response.status_code == 200
        assert response.headers["X-Cache-Status"] != "HIT"
        assert "no-store" in response.headers["Cache-Control"]
    assert CSRF_INPUT.search(first.text).group(1) != CSRF_INPUT.search(second.text).group(1)
    assert first.cookies["csrftoken"] != second.cookies["csrftoken"]


@pytest.mark.parametrize("path", ["/fr/recherche/?q=PIC", "/admin/login/", "/fr/demandes/suivi/inconnu/"])
def test_searches_the_admin_and_follow_up_pages_are_never_cached(stack, path):
    assert cached_twice(stack, path).headers["X-Cache-Status"] == "PASS"


def test_a_visitor_with_a_session_or_csrf_cookie_is_never_served_from_the_cache(stack):
    cached_twice(stack, "/fr/")
    for cookie in ("sessionid=abc", "csrftoken=abc"):
        assert get(stack, "/fr/", headers={"Cookie": cookie}).headers["X-Cache-Status"] == "PASS"


def test_original_images_documents_and_private_files_are_not_served(stack):
    media = Path(stack.media_root)
    for folder in ("original_images", "documents", "images"):
        (media / folder).mkdir(parents=True, exist_ok=True)
        (media / folder / "essai.png").write_bytes(b"\x89PNG")
    assert get(stack, "/media/images/essai.png").status_code == 200
    assert get(stack, "/media/original_images/essai.png").status_code == 404
    assert get(stack, "/media/documents/essai.png").status_code == 404
    # The demandes' attachments lie beside the media folder, never under a served path.
    assert get(stack, "/media/../private/essai.png").status_code in (400, 404)


def test_static_files_have_hashed_names_a_year_of_cache_and_compression(stack):
    css = re.search(r"/static/css/site\.[0-9a-f]{12}\.css", get(stack, "/fr/").text).group(0)
    for encoding in ("gzip", "br"):
        response = get(stack, css, headers={"Accept-Encoding": encoding})
        assert response.status_code == 200
        assert response.headers["Content-Encoding"] == encoding
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_pages_are_compressed_and_security_headers_sent_once(stack):
    response = get(stack, "/fr/", headers={"Accept-Encoding": "br"})
    assert response.headers["Content-Encoding"] == "br"
    raw = requests.get(stack.url + "/fr/", timeout=10, stream=True).raw.headers
    assert len(raw.getlist("X-Content-Type-Options")) == 1
    assert len(raw.getlist("X-Frame-Options")) == 1


def test_an_upload_larger_than_the_forms_allow_is_refused_by_nginx(stack):
    connection = http.client.HTTPConnection(urlsplit(stack.url).netloc, timeout=10)
    connection.putrequest("POST", PIC_FORM)
    connection.putheader("Content-Type", "multipart/form-data; boundary=x")
    connection.putheader("Content-Length", str(52 * 1024 * 1024))
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()
