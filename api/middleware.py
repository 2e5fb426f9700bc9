"""What every /api/ response gets: CORS for GET, a per-address rate limit, JSON errors and conditional GET."""

import json

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.http import HttpResponse
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _

PREFIX = "/api/"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}


def is_api(request):
    return request.path_info.startswith(PREFIX)


def json_error(status, message):
    body = json.dumps({"message": str(message), "errors": []}, ensure_ascii=False)
    headers = {"Allow": ALLOWED_METHODS} if status == 405 else {}
    return HttpResponse(body, status=status, content_type="application/json", headers=headers)


def not_found(request):
    return json_error(404, _("Cette adresse ne correspond à rien dans l’API."))


def default_message(status):
    if status == 405:
        return _("L’API est en lecture seule : seules les méthodes GET, HEAD et OPTIONS sont acceptées.")
    if status == 404:
        return _("Cette adresse ne correspond à rien dans l’API.")
    if status < 500:
        return _("Requête refusée.")
    return _("Erreur interne. Réessayez plus tard.")


# Django's own ETag and If-None-Match/If-Modified-Since handling, applied to the API's responses only.
conditional_get = ConditionalGetMiddleware(lambda request: None)


class ApiMiddleware:
    """CORS is a few fixed headers on a read-only API without cookies: a small middleware rather than a library."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api(request):
            return self.get_response(request)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        elif is_ratelimited(request, group="api", key="ip", rate=settings.API_RATE_LIMIT, increment=True):
            response = json_error(429, _("Trop de requêtes depuis cette adresse. Réessayez dans une minute."))
            response["Retry-After"] = "60"
        else:
            response = self.get_response(request)
            if response.status_code >= 400 and not response.get("Content-Type", "").startswith("application/json"):
                response = json_error(response.status_code, default_message(response.status_code))
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                patch_cache_control(response, public=True, no_cache=True)
                response = conditional_get.process_response(request, response)
        for header, value in CORS_HEADERS.items():
            response[header] = value
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that the API's 404s stay 404s: the API has no language prefix to redirect to."""

    def process_response(self, request, response):
        if is_api(request):
            patch_vary_headers(response, ("Accept-Language",))  # error messages follow the caller's language
            return response
        return super().process_response(request, response)
