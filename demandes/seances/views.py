"""The admin views of the comité's sessions: list, prepare, agenda, decisions, validation, minutes.

Only the Maison du projet group (``change_seance``) and superusers reach them, and an agent
finds only the sessions of their contact points (others are a 404). Every action on a
session goes to Wagtail's audit log.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from wagtail.log_actions import log

from ..models import Passage, Seance, budget
from .decisions import validate, waiting_demandes
from .documents import agenda_summary, minutes_context, minutes_pdf, personal_questions
from .forms import AgendaForm, DecisionFormSet, SeanceForm


class SeanceAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_superuser or request.user.has_perm("demandes.change_seance")):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def seance(self):
        return get_object_or_404(Seance.objects.for_user(self.request.user), pk=self.kwargs["pk"])

    def refuse_if_validated(self):
        """A redirect to the session, with why, once it is validated (None while it can change)."""
        if self.seance.editable:
            return None
        messages.error(self.request, _("Cette séance est validée : elle ne peut plus être modifiée."))
        return redirect("seances:detail", pk=self.seance.pk)


class SeanceIndexView(SeanceAccessMixin, TemplateView):
    template_name = "demandes/seances/index.html"

    def get_context_data(self, **kwargs):
        seances = Seance.objects.for_user(self.request.user).select_related("contact_point")
        return super().get_context_data(seances=seances, **kwargs)


class SeanceFormView(SeanceAccessMixin, TemplateView):
    """Creates a session (no ``pk``) or changes one that is not validated."""

    template_name = "demandes/seances/form.html"

    def get_instance(self):
        return self.seance if "pk" in self.kwargs else None

    def get(self, request, *args, **kwargs):
        if self.get_instance() and (refused := self.refuse_if_validated()):
            return refused
        return self.render_to_response({"form": SeanceForm(instance=self.get_instance(), user=request.user)})

    def post(self, request, *args, **kwargs):
        instance = self.get_instance()
        if instance and (refused := self.refuse_if_validated()):
            return refused
        form = SeanceForm(request.POST, instance=instance, user=request.user)
        if not form.is_valid():
            return self.render_to_response({"form": form}, status=400)
        seance = form.save()
        log(instance=seance, action="wagtail.edit" if instance else "wagtail.create", user=request.user)
        messages.success(request, _("Séance enregistrée : établissez son ordre du jour."))
        return redirect("seances:detail", pk=seance.pk)


class SeanceDetailView(SeanceAccessMixin, TemplateView):
    """The session's agenda: the waiting demandes to put on it, in order, with the year's envelope."""

    template_name = "demandes/seances/detail.html"

    def get_form(self, data=None):
        return AgendaForm(data, seance=self.seance, demandes=self.agenda_choices())

    def agenda_choices(self):
        on_agenda = [passage.demande for passage in self.seance.passages.select_related("demande")]
        waiting = list(waiting_demandes(self.seance, self.request.user).exclude(pk__in=[d.pk for d in on_agenda]))
        return on_agenda + waiting

    def get(self, request, *args, **kwargs):
        return self.render(self.get_form() if self.seance.editable else None)

    def render(self, form, status=200):
        seance = self.seance
        context = {
            "seance": seance,
            "form": form,
            "passages": seance.passages.select_related("demande"),
            "budget": budget(seance.dispositif, seance.date.year),
        }
        return self.render_to_response(context, status=status)

    def post(self, request, *args, **kwargs):
        if refused := self.refuse_if_validated():
            return refused
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        chosen = form.chosen()
        with transaction.atomic():
            Seance.objects.select_for_update().get(pk=self.seance.pk)
            self.seance.passages.exclude(demande__in=chosen).delete()
            for order, demande_pk in enumerate(chosen, start=1):
                Passage.objects.update_or_create(seance=self.seance, demande_id=demande_pk, defaults={"order": order})
            if self.seance.passages.filter(decision="").exists():
                Seance.objects.filter(pk=self.seance.pk).update(status=Seance.Status.PREPAREE)
        log(instance=self.seance, action="demandes.seance_ordre_du_jour", user=request.user, data={"demandes": chosen})
        messages.success(request, _("Ordre du jour enregistré."))
        return redirect("seances:detail", pk=self.seance.pk)


class AgendaPrintView(SeanceAccessMixin, View):
    """The agenda to print and hand out: each demande's summary, amount and attachments, no contact details."""

    def get(self, request, *args, **kwargs):
        seance = self.seance
        passages = list(seance.passages.select_related("demande__quartier").prefetch_related("demande__pieces_jointes"))
        personal = personal_questions()
        for passage in passages:
            passage.summary = agenda_summary(passage.demande, personal)
        context = {"seance": seance, "passages": passages, "budget": budget(seance.dispositif, seance.date.year)}
        log(instance=seance, action="demandes.seance_impression", user=request.user)
        return TemplateResponse(request, "demandes/seances/agenda_print.html", context)


class DecisionsView(SeanceAccessMixin, TemplateView):
    """Every decision of the session on one screen; saved, the session is « tenue » once each demande has one."""

    template_name = "demandes/seances/decisions.html"

    def get(self, request, *args, **kwargs):
        if refused := self.refuse_if_validated():
            return refused
        return self.render(DecisionFormSet(seance=self.seance))

    def render(self, formset, status=200):
        seance = self.seance
        context = {"seance": seance, "formset": formset, "budget": budget(seance.dispositif, seance.date.year)}
        return self.render_to_response(context, status=status)

    def post(self, request, *args, **kwargs):
        if refused := self.refuse_if_validated():
            return refused
        formset = DecisionFormSet(request.POST, seance=self.seance)
        if not formset.is_valid():
            return self.render(formset, status=400)
        with transaction.atomic():
            seance = Seance.objects.select_for_update().get(pk=self.seance.pk)
            if not seance.editable:
                return self.refuse_if_validated()
            passages = formset.save()
            decided = all(form.instance.decision for form in formset.forms)
            seance.status = Seance.Status.TENUE if decided and formset.forms else Seance.Status.PREPAREE
            seance.save(update_fields=["status"])
        data = {str(p.demande): p.decision for p in passages}
        log(instance=seance, action="demandes.seance_decisions", user=request.user, data=data)
        messages.success(request, _("Décisions enregistrées."))
        return redirect("seances:decisions", pk=seance.pk)


class ValidateView(SeanceAccessMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        seance = self.seance
        if seance.status == Seance.Status.PREPAREE or not seance.quorum_reached:
            messages.error(
                request,
                _("Une séance se valide une fois tenue : chaque demande a sa décision et le quorum est atteint."),
            )
            return redirect("seances:detail", pk=seance.pk)
        try:
            applied = validate(seance, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("seances:decisions", pk=seance.pk)
        if applied:
            log(instance=seance, action="demandes.seance_validation", user=request.user)
            messages.success(request, _("Séance validée : les décisions sont appliquées et les personnes prévenues."))
        else:
            messages.info(request, _("Cette séance était déjà validée."))
        return redirect("seances:detail", pk=seance.pk)


class MinutesView(SeanceAccessMixin, View):
    """The procès-verbal, as a page to print or (``pdf``) a PDF file."""

    pdf = False

    def get(self, request, *args, **kwargs):
        seance = self.seance
        log(instance=seance, action="demandes.seance_proces_verbal", user=request.user)
        if not self.pdf:
            return TemplateResponse(request, "demandes/seances/minutes.html", minutes_context(seance))
        html = render_to_string("demandes/seances/minutes.html", {**minutes_context(seance), "for_pdf": True})
        response = HttpResponse(minutes_pdf(html), content_type="application/pdf")
        filename = f"proces-verbal-{seance.dispositif}-{seance.date:%Y-%m-%d}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
