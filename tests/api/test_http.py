"""HTTP rules of the API: conditional GET, CORS, the rate limit, JSON errors, read-only methods, the version prefix."""

import datetime

import pytest

from django.core.cache import cache

from wagtail.models import Page

from dispositifs.models import DispositifPage


@pytest.fixture
def pic(initial_content):
    return DispositifPage.objects.get(acronym="PIC")


def test_an_unchanged_page_answers_304_to_its_etag(client, pic):
    first = client.get(f"/api/v1/pages/{pic.pk}/")
    assert first.status_code == 200 and first["ETag"]
    again = client.get(f"/api/v1/pages/{pic.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["Access-Control-Allow-Origin"] == "*"


def test_a_changed_page_answers_200_to_its_old_etag(client, pic):
    etag = client.get(f"/api/v1/pages/{pic.pk}/")["ETag"]
    pic.title = "Projet d’initiative citoyenne (PIC)"
    pic.save_revision().publish()
    response = client.get(f"/api/v1/pages/{pic.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response.json()["title"] == "Projet d’initiative citoyenne (PIC)"


def test_a_page_answers_304_when_not_modified_since(client, pic):
    last_modified = client.get(f"/api/v1/pages/{pic.pk}/")["Last-Modified"]
    assert client.get(f"/api/v1/pages/{pic.pk}/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    long_ago = "Sat, 01 Jan 2000 00:00:00 GMT"
    assert client.get(f"/api/v1/pages/{pic.pk}/", HTTP_IF_MODIFIED_SINCE=long_ago).status_code == 200


def test_lists_answer_304_to_their_etag(client, initial_content):
    etag = client.get("/api/v1/quartiers/")["ETag"]
    assert client.get("/api/v1/quartiers/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_updated_since_keeps_the_pages_published_since(client, pic):
    Page.objects.update(last_published_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    pic.save_revision().publish()
    since = pic.last_published_at.isoformat()
    ids = [page["id"] for page in client.get("/api/v1/pages/", {"updated_since": since}).json()["results"]]
    assert ids == [pic.pk]


def test_any_origin_may_read(client, initial_content):
    response = client.get("/api/v1/quartiers/", HTTP_ORIGIN="https://carte.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_allows_get_only(client):
    response = client.options(
        "/api/v1/pages/", HTTP_ORIGIN="https://carte.example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


def test_the_site_s_pages_get_no_cors_header(client, initial_content):
    assert "Access-Control-Allow-Origin" not in client.get("/fr/")


def test_too_many_requests_from_one_address_answer_429(client, settings, initial_content):
    settings.API_RATE_LIMIT = "3/m"
    cache.clear()
    statuses = [client.get("/api/v1/domaines/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/domaines/")
    assert response["Retry-After"] == "60"
    assert response.json()["message"].startswith("Trop de requêtes")
    other = client.get("/api/v1/domaines/", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/v1/pages/999999/", 404, "Aucune page publique"),
        ("/api/v1/inconnu/", 404, "ne correspond à rien"),
        ("/api/v2/pages/", 404, "ne correspond à rien"),
        ("/api/v1/pages/?page_size=500", 400, "Paramètres invalides"),
        ("/api/v1/pages/?type=inconnu", 400, "Paramètres invalides"),
        ("/api/v1/pages/?page=400", 404, "n’existe pas"),
    ],
)
def test_errors_are_json_with_a_message(client, initial_content, path, status, message):
    response = client.get(path)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert message in response.json()["message"]
    assert "Traceback" not in response.content.decode()


def test_invalid_parameters_are_named(client, initial_content):
    errors = client.get("/api/v1/pages/", {"page_size": 500}).json()["errors"]
    assert any(error.startswith("page_size") for error in errors)


def test_error_messages_follow_the_caller_s_language(client, initial_content):
    response = client.get("/api/v1/inconnu/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.json()["message"] == "This address matches nothing in the API."


def test_a_server_error_is_json_without_the_stack(client, pic, monkeypatch):
    from api import serializers

    def broken(self, page):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(serializers.PageSerializer, "detail", broken)
    client.raise_request_exception = False
    response = client.get(f"/api/v1/pages/{pic.pk}/")
    assert response.status_code == 500
    assert response.json() == {"message": "Erreur interne. Réessayez plus tard.", "errors": []}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_refused_without_a_token(client, pic, method):
    response = getattr(client, method)(f"/api/v1/pages/{pic.pk}/", data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert "lecture seule" in response.json()["message"]
    assert DispositifPage.objects.filter(pk=pic.pk).exists()


def test_the_api_is_not_under_a_language_prefix(client, initial_content):
    assert client.get("/api/v1/quartiers/").status_code == 200
    assert client.get("/fr/api/v1/quartiers/").status_code == 404
