"""The public side of the demandes: the form, the confirmation and the resident's follow-up page.

All three carry per-visitor content (a CSRF token, a reference, a status),
so they are never cached by the reverse proxy. The address of the last two
opens a demande without a password: it is kept out of search engines
(noindex in their template), of the next page's Referer, and of the logs
(demandes/log_filters.py).
"""

from functools import wraps

from django_ratelimit.core import get_usage

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.models import Locale

from home.models import ContactPoint, SiteSettings

from .forms import BilanForm
from .models import Bilan, Channel, Compteur, Demande, DemandeFormField, FieldType, PieceJointe
from .notifications import notify_bilan, notify_new_demande
from .procedures import Status


def contact_point_for(quartier, site):
    """Where a quartier's demandes go: its own contact point, else the site's main one (the Maison du projet)."""
    if quartier is not None and quartier.demandes_contact_id:
        return quartier.demandes_contact
    main_contact = SiteSettings.for_site(site).main_contact if site else None
    return main_contact or ContactPoint.objects.filter(kind=ContactPoint.Kind.MAISON_DU_PROJET).order_by("pk").first()


def source_labels(fields):
    """The questions as the French form asks them, so staff read every demande in one language."""
    default_locale = Locale.get_default()
    french = dict(
        DemandeFormField.objects.filter(
            locale=default_locale, translation_key__in=[field.translation_key for field in fields]
        ).values_list("translation_key", "label")
    )
    return {field.clean_name: french.get(field.translation_key, field.label) for field in fields}


def save_demande(page, form, request):
    """Store the demande and queue its notifications, in one transaction that commits on its own.

    The block commits before the response is built, and nothing after it can roll
    it back, even with ATOMIC_REQUESTS on: Wagtail's page view is marked non-atomic
    in config/urls.py.
    """
    fields = list(page.get_form_fields())
    form_data, quartier, amount, uploads = {}, None, None, []
    name = email = ""
    for field in fields:
        value = form.cleaned_data.get(field.clean_name)
        if field.field_type == FieldType.QUARTIER:
            quartier = value
            value = value.name if value else ""
        elif field.field_type == FieldType.MONTANT:
            amount = value if amount is None else amount
        elif field.field_type == FieldType.FICHIERS:
            uploads += value or []
            value = [upload.name for upload in value or []]
        elif field.field_type == "email" and value and not email:
            email = value
        if field.autocomplete == "name" and value and not name:
            name = value
        form_data[field.clean_name] = value
    # In the source locale: routing and statistics do not depend on the form's language.
    quartier = quartier and quartier.get_translation_or_none(Locale.get_default())
    dispositif = page.dispositif
    prefix = (dispositif.acronym or page.procedure).upper()[:10]
    staff = form.taken_by_staff
    with transaction.atomic():
        demande = Demande.objects.create(
            page=page,
            form_data=form_data,
            field_labels=source_labels(fields),
            reference=Compteur.next_reference(prefix, timezone.localdate().year),
            dispositif=dispositif,
            grant_ceiling=dispositif.grant_ceiling,
            procedure=page.procedure,
            quartier=quartier,
            contact_point=contact_point_for(quartier, page.get_site()),
            contact_name=name[:255],
            contact_email=email,
            language=page.locale.language_code,
            channel=form.cleaned_data["canal"] if staff else Channel.ONLINE,
            entered_by=request.user if staff else None,
            oral_consent=bool(staff and form.cleaned_data.get("accord_oral")),
            amount_requested=amount,
        )
        demande.evenements.create(to_status=Status.RECUE, user=request.user if staff else None)
        store_files(demande, uploads, PieceJointe.Kind.DEMANDE)
        notify_new_demande(demande)
    return demande


def store_files(demande, uploads, kind):
    for upload in uploads:
        PieceJointe.objects.create(
            demande=demande,
            kind=kind,
            file=upload,
            original_name=upload.name[:255],
            content_type=upload.checked_content_type,
            size=upload.size,
        )


def client_address(request):
    """The resident's address: the last one the TLS reverse proxy appended, when there is one."""
    if settings.DEMANDES_BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META["REMOTE_ADDR"]


def rate_limit_usage(request, increment):
    return get_usage(
        request, group="demandes", key="ip", rate=settings.DEMANDES_RATE_LIMIT, method="POST", increment=increment
    )


def serve_form_page(page, request):
    status = 200
    if request.method != "POST":
        form = page.get_form(page=page, user=request.user)
    else:
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        # Only demandes sent count: a resident correcting mistakes is never locked out.
        usage = None if form.taken_by_staff else rate_limit_usage(request, increment=False)
        if usage and usage["count"] >= usage["limit"]:
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Trop de demandes ont été envoyées depuis cette connexion. Réessayez dans une heure, "
                    "ou appelez la Maison du projet."
                ),
            )
            status = 429
        elif form.is_valid():
            demande = save_demande(page, form, request)
            if usage:
                rate_limit_usage(request, increment=True)
            return redirect("demandes:confirmation", token=demande.follow_up_token)
        else:
            status = 400
    context = page.get_context(request)
    context["form"] = form
    context["files_lost"] = bool(request.FILES) and form.is_bound
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    add_never_cache_headers(response)
    return response


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
    dispositif = demande.dispositif
    return TemplateResponse(
        request,
        "demandes/confirmation.html",
        {
            "demande": demande,
            "dispositif": dispositif,
            "steps": dispositif.steps.all() if dispositif else [],
            "follow_up_url": reverse("demandes:suivi", args=[token]),
        },
    )


@follow_up_link_page
@transaction.non_atomic_requests
def suivi(request, token):
    demande = demande_for_token(token)
    bilan_form = None
    if can_send_bilan(demande):
        bilan_form = BilanForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and bilan_form.is_valid():
            with transaction.atomic():
                # Locked: a double click sends one bilan, not two.
                Demande.objects.select_for_update().filter(pk=demande.pk).first()
                if Bilan.objects.filter(demande=demande).exists():
                    return redirect("demandes:suivi", token=token)
                Bilan.objects.create(
                    demande=demande,
                    summary=bilan_form.cleaned_data["summary"],
                    participants=bilan_form.cleaned_data["participants"],
                    amount_spent=bilan_form.cleaned_data["amount_spent"],
                )
                store_files(demande, bilan_form.cleaned_data["photos"], PieceJointe.Kind.BILAN)
                notify_bilan(demande)
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


def can_send_bilan(demande):
    """Porteurs of a PIC report once the committee has said yes, until they have done so."""
    return (
        demande.procedure == "pic"
        and demande.status in (Status.AVIS_FAVORABLE, Status.REALISEE)
        and not Bilan.objects.filter(demande=demande).exists()
    )
