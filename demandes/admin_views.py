"""The Demandes viewset's views on one demande: detail, étape, attachments, messages, receipt, personal data.

Each view asks the permission policy for its action (403 without it), then finds the
demande in ``Demande.objects.for_user``: an agent reaches only the demandes of their
contact points (others are a 404). Every look at personal data is written to the
demandes' audit log (``DemandeLogEntry``).
"""

import json

import segno

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from wagtail import hooks
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.log_actions import log

from .forms import TransitionForm
from .models import Demande, DemandeLogEntry, PieceJointe
from .notifications import follow_up_url, resend, to_resend
from .privacy import personal_data, same_email
from .transitions import move

# Other apps add their own actions to a demande's page (actualites: « Créer la fiche projet »)
# without demandes importing them: each function takes (request, demande) and returns
# {"heading", "text", "buttons": [{"label", "url", "method"}]} or None.
DEMANDE_ACTIONS_HOOK = "register_demande_actions"


class DemandeMixin(PermissionCheckedMixin):
    """The permission is checked in ``dispatch``, before the demande is looked for in the user's scope."""

    model = Demande
    detail_url_name = None
    permission_required = "view"

    def get_queryset(self):
        return Demande.objects.for_user(self.request.user)

    @cached_property
    def demande(self):
        queryset = self.get_queryset().select_related("quartier", "contact_point", "entered_by", "dispositif")
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def redirect_to_detail(self):
        return redirect(self.detail_url_name, pk=self.demande.pk)


class DemandeDetailView(DemandeMixin, TemplateView):
    template_name = "demandes/admin/detail.html"

    def get(self, request, *args, **kwargs):
        return self.render_detail()

    def render_detail(self, form=None):
        demande = self.demande
        log(instance=demande, action="demandes.consultation", user=self.request.user)
        can_change = self.user_has_permission_for_instance("change_step", demande)
        if form is None and can_change and not demande.anonymised_at:
            form = TransitionForm(demande=demande)
        context = {
            "demande": demande,
            "pieces": demande.pieces_jointes.all(),
            "bilan": getattr(demande, "bilan", None),
            "evenements": demande.evenements.select_related("user"),
            "notifications": demande.notifications.all(),
            "audit": DemandeLogEntry.objects.for_instance(demande).select_related("user").order_by("-timestamp")[:50],
            "form": form if form and form.fields["to_status"].choices else None,
            "can_change": can_change,
            "same_email": same_email(demande, self.request.user),
            "other_actions": [
                actions
                for get_actions in hooks.get_hooks(DEMANDE_ACTIONS_HOOK)
                if (actions := get_actions(self.request, demande))
            ],
        }
        return self.render_to_response(context, status=400 if form is not None and form.is_bound else 200)


class ChangeStepView(DemandeDetailView):
    """Moves the demande to its next étape; a refused move shows the detail again with the form's errors."""

    permission_required = "change_step"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        demande = self.demande
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
                return self.redirect_to_detail()
        return self.render_detail(form=form)


class PieceDownloadView(DemandeMixin, View):
    permission_required = "download_piece"

    def get(self, request, *args, **kwargs):
        piece = get_object_or_404(PieceJointe, pk=kwargs["piece_pk"], demande=self.demande)
        data = {"file": piece.original_name}
        log(instance=self.demande, action="demandes.telechargement", user=request.user, data=data)
        return FileResponse(
            piece.file.open("rb"), as_attachment=True, filename=piece.download_name, content_type=piece.content_type
        )


class ResendNotificationsView(DemandeMixin, View):
    permission_required = "resend_notifications"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        failed = list(to_resend(self.demande))
        resend(failed)
        messages.success(request, _("%(count)s message(s) remis en envoi.") % {"count": len(failed)})
        return self.redirect_to_detail()


class ReceiptView(DemandeMixin, View):
    """Printed for the resident by the agent who took the demande, wherever it was routed, in the language
    the resident used."""

    permission_required = "print_receipt"

    def get_queryset(self):
        return super().get_queryset() | Demande.objects.filter(entered_by=self.request.user)

    def get(self, request, *args, **kwargs):
        demande = self.demande
        context = {"demande": demande, "follow_up_url": "", "follow_up_qr": ""}
        if demande.follow_up_token:
            context["follow_up_url"] = follow_up_url(demande)
            # A data: URI image: the admin's CSP allows it, where an inline script or style would be refused.
            context["follow_up_qr"] = segno.make(context["follow_up_url"], error="m").svg_data_uri(scale=4)
        with translation.override(demande.language):
            return TemplateResponse(request, "demandes/receipt.html", context).render()


class PersonalDataExportView(DemandeMixin, View):
    """The resident's right of access: everything kept about them in this demande, as JSON."""

    permission_required = "export_personal_data"

    def get(self, request, *args, **kwargs):
        demande = self.demande
        log(instance=demande, action="demandes.export", user=request.user)
        response = HttpResponse(
            json.dumps(personal_data(Demande.objects.filter(pk=demande.pk)), ensure_ascii=False, indent=2, default=str),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="donnees-{demande.reference}.json"'
        return response


class EraseView(DemandeMixin, TemplateView):
    """The resident's right to erasure: asks for confirmation, then anonymises the demande."""

    permission_required = "erase"
    template_name = "demandes/admin/erase.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(demande=self.demande, **kwargs)

    def post(self, request, *args, **kwargs):
        demande = self.demande
        if demande.anonymised_at:
            return self.get(request, *args, **kwargs)
        demande.anonymise()
        log(instance=demande, action="demandes.effacement", user=request.user)
        messages.success(
            request, _("Données personnelles de la demande %(ref)s effacées.") % {"ref": demande.reference}
        )
        return self.redirect_to_detail()
