from django.urls import path

from . import views

app_name = "demandes"

urlpatterns = [
    path("confirmation/<str:token>/", views.confirmation, name="confirmation"),
    path("suivi/<str:token>/", views.suivi, name="suivi"),
]
