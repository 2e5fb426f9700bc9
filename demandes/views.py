"""The resident's pages after sending: the confirmation and the private follow-up page.

The form itself is the DemandeFormPage (models/form_page.py); what a submission
becomes is in submission.py. Both pages carry per-visitor content (a reference,
a status), so they are never cached by the reverse proxy. Their address opens a
demande without a password: it is kept out of search engines (noindex in their
template), of the next page's Referer, and of the logs (demandes/log_filters.py).
"""

from functools import wraps

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .forms import BilanForm
from .models import Demande
from .procedures import Status
from .submission import bilan_expected, submit_bilan


def demande_for_token(token):
    return get_object_or_404(
        Demande.objects.select_related("quartier", "contact_point", "dispositif"), follow_up_token=token
    )


def follow_up_link_page(view):
    """Never cached, and the address never sent on as a Referer (the next site would log it)."""

    @never_cache
    @wraps(view)
    def page(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        return response

    return page


@follow_up_link_page
def confirmation(request, token):
    demande = demande_for_token(token)
    return TemplateResponse(
        request,
        "demandes/confirmation.html",
        {
            "demande": demande,
            "dispositif": demande.dispositif,
            "next_steps": demande.procedure_steps.steps_after(Status(demande.status)),
            "follow_up_url": reverse("demandes:suivi", args=[token]),
        },
    )


@follow_up_link_page
@transaction.non_atomic_requests
def suivi(request, token):
    demande = demande_for_token(token)
    bilan_form = None
    if bilan_expected(demande):
        bilan_form = BilanForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and bilan_form.is_valid():
            if submit_bilan(demande, bilan_form.cleaned_data):
                messages.success(request, _("Merci : votre bilan est bien envoyé au comité de gestion."))
            return redirect("demandes:suivi", token=token)
    reached = {event.to_status for event in demande.evenements.all()}
    timeline = [
        {"status": status, "label": status.label, "done": status in reached, "current": status == demande.status}
        for status in demande.procedure_steps.timeline(Status(demande.status), reached)
    ]
    return TemplateResponse(
        request,
        "demandes/suivi.html",
        {
            "demande": demande,
            "timeline": timeline,
            "bilan_form": bilan_form,
            "bilan": getattr(demande, "bilan", None),
        },
    )
