"""The demandes app: residents' applications to the dispositifs, and their processing by the Maison du projet."""

from django.apps import AppConfig


class DemandesConfig(AppConfig):
    name = "demandes"
    verbose_name = "Demandes"
