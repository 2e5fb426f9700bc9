"""The open data files, at addresses that do not depend on the visitor's language (/donnees/…)."""

from django.urls import path

from . import open_data

app_name = "open_data"

urlpatterns = [
    path("projets.csv", open_data.projets_csv, name="projets_csv"),
    path("projets.json", open_data.projets_json, name="projets_json"),
    path("catalogue.jsonld", open_data.catalogue, name="catalogue"),
]
