"""The Maison du projet's work on one demande, in the Wagtail admin.

Every view starts from ``Demande.objects.for_user``: an agent reaches only the
demandes of their contact points (others are a 404), and every look at
personal data is written to the demandes' audit log (``DemandeLogEntry``).
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.log_actions import log

from .forms import TransitionForm
from .models import Demande, DemandeLogEntry, PieceJointe
from .notifications import resend, to_resend
from .privacy import personal_data, same_email
from .transitions import move


def demande_for(request, pk, permission="view"):
    if not request.user.has_perm(f"demandes.{permission}_demande"):
        raise PermissionDenied
    queryset = Demande.objects.for_user(request.user).select_related(
        "quartier", "contact_point", "entered_by", "dispositif"
    )
    return get_object_or_404(queryset, pk=pk)


def detail(request, pk, form=None):
    demande = demande_for(request, pk)
    log(instance=demande, action="demandes.consultation", user=request.user)
    can_change = request.user.has_perm("demandes.change_demande")
    form = form or (TransitionForm(demande=demande) if can_change and not demande.anonymised_at else None)
    return TemplateResponse(
        request,
        "demandes/admin/detail.html",
        {
            "demande": demande,
            "pieces": demande.pieces_jointes.all(),
            "bilan": getattr(demande, "bilan", None),
            "evenements": demande.evenements.select_related("user"),
            "notifications": demande.notifications.all(),
            "audit": DemandeLogEntry.objects.for_instance(demande).select_related("user").order_by("-timestamp")[:50],
            "form": form if form and form.fields["to_status"].choices else None,
            "can_change": can_change,
            "same_email": same_email(demande, request.user),
        },
        status=400 if form is not None and form.is_bound else 200,
    )


@require_POST
def transition(request, pk):
    demande = demande_for(request, pk, "change")
    form = TransitionForm(request.POST, demande=demande)
    if form.is_valid():
        try:
            move(
                demande,
                form.cleaned_data["to_status"],
                request.user,
                amount=form.cleaned_data["amount"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            log(instance=demande, action="demandes.etape", user=request.user, data={"status": demande.status})
            messages.success(
                request,
                _("La demande %(ref)s est passée à l’étape « %(status)s ».")
                % {"ref": demande.reference, "status": demande.get_status_display()},
            )
            return redirect("demandes_admin:detail", pk=demande.pk)
    return detail(request, pk, form=form)


def piece(request, pk, piece_pk):
    demande = demande_for(request, pk)
    piece = get_object_or_404(PieceJointe, pk=piece_pk, demande=demande)
    log(instance=demande, action="demandes.telechargement", user=request.user, data={"file": piece.original_name})
    return FileResponse(
        piece.file.open("rb"), as_attachment=True, filename=piece.original_name, content_type=piece.content_type
    )


@require_POST
def resend_notifications(request, pk):
    demande = demande_for(request, pk, "change")
    failed = list(to_resend(demande))
    count = len(failed)
    resend(failed)
    messages.success(request, _("%(count)s message(s) remis en envoi.") % {"count": count})
    return redirect("demandes_admin:detail", pk=demande.pk)


def receipt(request, pk):
    """Printed for the resident by the agent who took the demande, wherever it was routed, in the language
    the resident used."""
    if not request.user.has_perm("demandes.view_demande"):
        raise PermissionDenied
    scope = Demande.objects.for_user(request.user) | Demande.objects.filter(entered_by=request.user)
    demande = get_object_or_404(scope.select_related("quartier", "contact_point"), pk=pk)
    with translation.override(demande.language):
        return TemplateResponse(request, "demandes/receipt.html", {"demande": demande}).render()


def export_personal_data(request, pk):
    demande = demande_for(request, pk)
    log(instance=demande, action="demandes.export", user=request.user)
    response = HttpResponse(
        json.dumps(personal_data(Demande.objects.filter(pk=demande.pk)), ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="donnees-{demande.reference}.json"'
    return response


def erase(request, pk):
    demande = demande_for(request, pk, "change")
    if request.method == "POST" and not demande.anonymised_at:
        demande.anonymise()
        log(instance=demande, action="demandes.effacement", user=request.user)
        messages.success(
            request, _("Données personnelles de la demande %(ref)s effacées.") % {"ref": demande.reference}
        )
        return redirect("demandes_admin:detail", pk=demande.pk)
    return TemplateResponse(request, "demandes/admin/erase.html", {"demande": demande})
