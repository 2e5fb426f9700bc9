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

from .forms import BilanForm, PublicationConsentForm
from .models import Demande
from .procedures import Status
from .submission import bilan_expected, submit_bilan


def demande_for_token(token):
    return get_object_or_404(
        # fiche_projet: the project page made from it (see published_project).
        Demande.objects.select_related("quartier", "contact_point", "dispositif", "fiche_projet"),
        follow_up_token=token,
    )


def follow_up_link_page(view):
    """Never cached, and the address never sent on as a Referer (the next site would log it): only the
    site's origin. Not "no-referrer": Chromium then sends ``Origin: null`` with the page's own forms
    (consent, bilan), which Django's CSRF check refuses."""

    @never_cache
    @wraps(view)
    def page(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "strict-origin"
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


# The name of the consent form's button, which tells its POST from the bilan's.
CONSENT_SUBMIT = "presentation"


@follow_up_link_page
@transaction.non_atomic_requests
def suivi(request, token):
    demande = demande_for_token(token)
    posted = request.method == "POST"
    consent_posted = posted and CONSENT_SUBMIT in request.POST
    consent_form = None
    if demande.is_granted and not demande.anonymised_at:
        consent_form = PublicationConsentForm(request.POST if consent_posted else None, instance=demande)
        if consent_posted and consent_form.is_valid():
            consent_form.save()
            messages.success(request, _("Merci : votre choix est enregistré."))
            return redirect("demandes:suivi", token=token)
    bilan_form = None
    if bilan_expected(demande):
        bilan_posted = posted and not consent_posted
        bilan_form = BilanForm(request.POST if bilan_posted else None, request.FILES if bilan_posted else None)
        if bilan_posted and bilan_form.is_valid():
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
            "consent_form": consent_form,
            "consent_submit": CONSENT_SUBMIT,
            "projet": published_project(demande),
        },
        status=400 if consent_posted else 200,
    )


def published_project(demande):
    """The project page made from the demande (``fiche_projet``, the link actualites keeps), once it is
    live, in the visitor's language when it is translated."""
    projet = getattr(demande, "fiche_projet", None)
    if projet is None or not projet.live:
        return None
    translation = projet.localized
    return translation if translation.live else projet
