"""The API's URLs, mounted at /api/ outside the language prefixes; any other address under /api/ is a JSON 404."""

from django.urls import path, re_path

from .api import api
from .middleware import not_found

urlpatterns = [
    path("v1/", api.urls),
    re_path(r"", not_found),
]
