"""Staff accounts: brute force is locked out, passwords are long, two factors guard the admin, logout ends it."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client

PASSWORD = "un-mot-de-passe-assez-long"


@pytest.fixture
def superuser(django_user_model, db):
    return django_user_model.objects.create_superuser("claire", "claire@ville-loos.test", PASSWORD)


def password_login(client, username, password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})


def code_of(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_repeated_failures_lock_the_account_out_in_french(superuser):
    client = Client()
    for _ in range(5):
        password_login(client, "claire", "mauvais")
    response = password_login(client, "claire")
    assert response.status_code == 429
    assert "Connexion bloquée" in response.content.decode()
    # From another address too: the account itself is locked.
    assert password_login(Client(REMOTE_ADDR="192.0.2.9"), "claire").status_code == 429


def test_repeated_failures_lock_the_address_out_for_every_account(superuser, django_user_model):
    client = Client(REMOTE_ADDR="192.0.2.7")
    for attempt in range(5):
        password_login(client, f"inconnu{attempt}", "mauvais")
    assert password_login(client, "claire").status_code == 429


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError):
        validate_password("Court-2026!")
    validate_password("Plus-long-2026!")


def test_a_superuser_without_a_device_is_sent_to_set_one_up(superuser):
    client = Client()
    assert password_login(client, "claire").status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/deux-facteurs/configurer/"
    page = client.get("/admin/deux-facteurs/configurer/").content.decode()
    assert "data:image/svg+xml" in page
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)
    response = client.post("/admin/deux-facteurs/configurer/", {"otp_token": code_of(device)})
    assert response.status_code == 200
    assert len(response.context["codes"]) == 10
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("group", [None, "Maison du projet"])
def test_with_a_device_the_password_alone_does_not_open_the_admin(superuser, django_user_model, group):
    user = superuser
    if group:
        user = django_user_model.objects.create_user("agent", password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    device = TOTPDevice.objects.create(user=user, name="téléphone")
    client = Client()
    password_login(client, user.username)
    assert client.get("/admin/")["Location"] == "/admin/deux-facteurs/verifier/"
    assert client.post("/admin/deux-facteurs/verifier/", {"otp_token": "000000"}).status_code == 200
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # django-otp makes each wrong guess wait longer
    device.throttle_reset()
    assert client.post("/admin/deux-facteurs/verifier/", {"otp_token": code_of(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(superuser):
    TOTPDevice.objects.create(user=superuser, name="téléphone")
    recovery = superuser.staticdevice_set.create(name="Codes de secours")
    StaticToken.objects.create(device=recovery, token="secours1")
    for expected in (200, 302):
        client = Client()
        password_login(client, "claire")
        client.post("/admin/deux-facteurs/verifier/", {"otp_token": "secours1"})
        assert client.get("/admin/").status_code == expected


def test_logging_out_ends_the_session_on_the_server(superuser):
    client = Client()
    client.force_login(superuser)
    cookie = client.cookies["sessionid"].value
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    replay = Client()
    replay.cookies["sessionid"] = cookie
    assert replay.get("/admin/").status_code == 302


def test_staff_sessions_last_a_working_day(settings):
    assert 8 * 3600 <= settings.SESSION_COOKIE_AGE <= 10 * 3600
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
