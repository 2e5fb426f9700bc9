"""Forged hosts, missing CSRF tokens and oversized bodies are refused in French; every response carries the headers."""

import io
import json
import logging

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.images.fields import WagtailImageField

from config.logs import JsonFormatter

pytestmark = pytest.mark.django_db


def test_a_forged_host_is_refused(client):
    assert client.get("/fr/", HTTP_HOST="evil.example").status_code == 400
    assert client.get("/fr/", HTTP_X_FORWARDED_HOST="evil.example").status_code != 500


def test_a_post_without_its_csrf_token_is_refused_in_french():
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    assert "Formulaire expiré" in response.content.decode()


def test_an_oversized_body_gets_a_413_in_french(client):
    response = client.post("/admin/login/", {"username": "x" * 3_000_000})
    assert response.status_code == 413
    assert "trop volumineuses" in response.content.decode()


def test_too_many_fields_get_a_400_in_french(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    response = client.post("/admin/login/", {f"champ{index}": "x" for index in range(20)})
    assert response.status_code == 400
    assert "trop de champs ou de fichiers" in response.content.decode()


def test_too_many_files_get_a_400_in_french(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    files = {f"fichier{index}": SimpleUploadedFile(f"{index}.txt", b"x") for index in range(3)}
    response = client.post("/admin/login/", files)
    assert response.status_code == 400
    assert "trop de champs ou de fichiers" in response.content.decode()


def test_nul_bytes_are_refused_without_an_error(client):
    response = client.post("/admin/login/", {"username": "claire\x00", "password": "x\x00y"})
    assert response.status_code == 200
    assert client.get("/fr/recherche/", {"q": "jardin\x00"}).status_code < 500


def test_public_pages_get_the_strict_policy_and_the_admin_inline_code(client):
    public = client.get("/fr/page-qui-n-existe-pas/")
    policy = public["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "http" not in policy
    admin = client.get("/admin/login/")["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in admin
    assert "script-src 'self' 'unsafe-inline'" in admin  # Wagtail's page editor runs inline scripts


def test_every_response_carries_the_browser_policies(client):
    response = client.get("/fr/page-qui-n-existe-pas/")
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_each_request_is_one_json_line_without_personal_data(client):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("config.requests")
    logger.addHandler(handler)
    try:
        client.get("/fr/recherche/", {"q": "mon-adresse@example.org"}, HTTP_COOKIE="sessionid=abc")
    finally:
        logger.removeHandler(handler)
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["method"] == "GET" and record["path"] == "/fr/recherche/" and record["status"] == 200
    assert isinstance(record["duration_ms"], float)
    assert "example.org" not in line and "127.0.0.1" not in line and "sessionid" not in line


def test_svg_images_are_refused():
    with pytest.raises(ValidationError):
        WagtailImageField().clean(SimpleUploadedFile("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'))


def test_private_pages_have_no_shared_password(settings):
    def choices():
        form = PageViewRestrictionForm(private_page_options=["password", "login", "groups"])
        return [value for value, _ in form.fields["restriction_type"].choices]

    assert "password" not in choices()
    settings.WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": True}
    assert "password" in choices()
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}


def test_the_admin_calls_no_third_party(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
