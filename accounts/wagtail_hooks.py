"""The two-factor pages live in the admin, under /admin/deux-facteurs/."""

from django.urls import path

from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("deux-facteurs/configurer/", views.setup, name="accounts_setup"),
        path("deux-facteurs/verifier/", views.verify, name="accounts_verify"),
    ]
