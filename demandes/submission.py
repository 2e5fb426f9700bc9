"""What a demande sent by a resident, or by staff for them, becomes: stored, routed, its files kept, e-mails queued.

Also the rate limit of the public form, and the bilan porteurs send later from
their follow-up page. The form page (models/form_page.py) calls this through
Wagtail's form hooks; transitions.py moves the demande on from there.
"""

from django_ratelimit.core import get_usage

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import ContactPoint, SiteSettings

from .forms import takes_demandes_for_residents
from .models import Bilan, Channel, Compteur, Demande, DemandeFormField, FieldType, PieceJointe
from .notifications import notify_bilan, notify_new_demande
from .pending import release
from .procedures import Status

RATE_LIMITED = _(
    "Trop de demandes ont été envoyées depuis cette connexion. Réessayez dans une heure, "
    "ou appelez la Maison du projet."
)


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


def submit_demande(page, form):
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
    staff = form.user if form.taken_by_staff else None
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
            entered_by=staff,
            oral_consent=bool(staff and form.cleaned_data.get("accord_oral")),
            amount_requested=amount,
        )
        demande.evenements.create(to_status=Status.RECUE, user=staff)
        store_files(demande, uploads, PieceJointe.Kind.DEMANDE)
        release(form.pending_rows)  # Those kept from a submit with errors are now the demande's.
        notify_new_demande(demande)
    return demande


def submit_bilan(demande, cleaned_data):
    """Store the porteurs' bilan and tell the contact point; False if one was already sent.

    The demande is locked: a double click sends one bilan, not two."""
    with transaction.atomic():
        Demande.objects.select_for_update().filter(pk=demande.pk).first()
        if Bilan.objects.filter(demande=demande).exists():
            return False
        Bilan.objects.create(
            demande=demande,
            summary=cleaned_data["summary"],
            participants=cleaned_data["participants"],
            amount_spent=cleaned_data["amount_spent"],
        )
        store_files(demande, cleaned_data["photos"], PieceJointe.Kind.BILAN)
        notify_bilan(demande)
    return True


def bilan_expected(demande):
    """Its procedure expects the porteurs' bilan at this step, and they have not sent it yet."""
    return (
        demande.procedure_steps.expects_bilan(Status(demande.status))
        and not Bilan.objects.filter(demande=demande).exists()
    )


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
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_usage(request, increment):
    return get_usage(
        request, group="demandes", key="ip", rate=settings.DEMANDES_RATE_LIMIT, method="POST", increment=increment
    )


def rate_limited(request):
    """Whether this connection has sent as many demandes as allowed; staff at a point relais are never limited.

    Only demandes sent count (``count_sent``): a resident correcting mistakes is never locked out."""
    if takes_demandes_for_residents(request.user):
        return False
    usage = rate_limit_usage(request, increment=False)
    return bool(usage and usage["count"] >= usage["limit"])


def count_sent(request, demande):
    if demande.entered_by_id is None:
        rate_limit_usage(request, increment=True)
