"""The dispositifs app's configuration."""

from django.apps import AppConfig


class DispositifsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "dispositifs"
    verbose_name = "Dispositifs"
