"""The API's one instance: version 1, read-only, its OpenAPI 3.1 schema at /api/v1/openapi.json."""

import logging

from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from django.http import Http404
from django.utils.translation import gettext as _

from . import pages, snippets

logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="API du contrat de ville de Loos",
    version="1",
    description=(
        "Le contenu public du site, en lecture seule et sans compte : pages, dispositifs, projets, actualités, "
        "quartiers, lieux d’accueil, partenaires, chiffres clés et domaines, en français, anglais et arabe."
    ),
    urls_namespace="api_v1",
    openapi_url="/openapi.json",
    docs_url=None,  # Ninja's documentation page loads its scripts from a CDN: the site calls no third party.
)
api.add_router("/pages/", pages.router)
api.add_router("/", snippets.router)


def error(request, status, message, errors=()):
    return api.create_response(request, {"message": message, "errors": list(errors)}, status=status)


@api.exception_handler(ValidationError)
def invalid(request, exc):
    """Ninja's 422 becomes a 400 that names each parameter refused."""
    errors = [f"{'.'.join(str(part) for part in e['loc'][1:])} : {e['msg']}" for e in exc.errors]
    return error(request, 400, _("Paramètres invalides."), errors)


@api.exception_handler(HttpError)
def http_error(request, exc):
    return error(request, exc.status_code, str(exc))


@api.exception_handler(Http404)
def not_found(request, exc):
    return error(request, 404, _("Cette adresse ne correspond à rien dans l’API."))


@api.exception_handler(Exception)
def server_error(request, exc):
    """Logged with its traceback; the caller gets a message, never the stack."""
    logger.exception("API error on %s", request.path)
    return error(request, 500, _("Erreur interne. Réessayez plus tard."))
