"""The addresses of the resident's confirmation and follow-up pages (the form is a Wagtail page)."""

from django.urls import path

from . import views

app_name = "demandes"

urlpatterns = [
    path("confirmation/<str:token>/", views.confirmation, name="confirmation"),
    path("suivi/<str:token>/", views.suivi, name="suivi"),
]
