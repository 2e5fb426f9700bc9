"""The public content API (/api/v1/): read-only, anonymous, structured JSON with an OpenAPI schema."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "API"
