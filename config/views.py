"""Error pages of the whole site that Django would otherwise show in English."""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.shortcuts import render
from django.utils.translation import gettext as _


def bad_request(request, exception=None):
    """A request Django refused to read (too big, too many fields or files, malformed): 413 or 400, in words."""
    if isinstance(exception, RequestDataTooBig):
        status, reason = 413, _("Les données envoyées sont trop volumineuses.")
    elif isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        status, reason = 400, _("Le formulaire envoyé contient trop de champs ou de fichiers.")
    else:
        status, reason = 400, _("La requête envoyée n’a pas pu être lue.")
    return render(request, "400.html", {"reason": reason}, status=status)
