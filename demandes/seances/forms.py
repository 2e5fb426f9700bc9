"""The forms of a session: the session itself, its agenda, and its decisions (one formset)."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.models import ContactPoint

from ..fields import MontantField
from ..models import Agent, Decision, Membre, Passage, Seance
from .decisions import check_envelope, grants_amount


def contact_points_of(user):
    """The contact points whose sessions the user prepares: theirs as an agent, every one for a superuser."""
    points = ContactPoint.objects.filter(locale__language_code="fr")
    if user.is_superuser:
        return points
    return points.filter(pk__in=Agent.objects.filter(user=user).values("contact_points"))


class SeanceForm(forms.ModelForm):
    class Meta:
        model = Seance
        fields = ["dispositif", "contact_point", "date", "place", "quorum", "membres"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "membres": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        points = contact_points_of(user)
        self.fields["contact_point"].queryset = points
        membres = self.fields["membres"]
        membres.queryset = Membre.objects.filter(contact_point__in=points).select_related("contact_point")
        membres.help_text = _("Les membres présents ; la liste se tient dans Demandes › Membres du comité.")

    def clean(self):
        cleaned_data = super().clean()
        point = cleaned_data.get("contact_point")
        if point and any(membre.contact_point_id != point.pk for membre in cleaned_data.get("membres", ())):
            self.add_error("membres", _("Choisissez des membres du comité de ce lieu."))
        return cleaned_data


class AgendaForm(forms.Form):
    """Which waiting demandes the session examines, and in what order (one checkbox and one number each)."""

    def __init__(self, *args, seance, demandes, **kwargs):
        super().__init__(*args, **kwargs)
        current = {passage.demande_id: passage.order for passage in seance.passages.all()}
        self.rows = []
        for position, demande in enumerate(demandes, start=1):
            self.fields[f"inscrite_{demande.pk}"] = forms.BooleanField(
                label=_("Inscrire %(ref)s") % {"ref": demande.reference},
                required=False,
                initial=demande.pk in current,
            )
            self.fields[f"ordre_{demande.pk}"] = forms.IntegerField(
                label=_("Ordre de %(ref)s") % {"ref": demande.reference},
                min_value=1,
                max_value=999,
                initial=current.get(demande.pk, position),
                error_messages={"invalid": _("Indiquez un numéro d’ordre, par exemple 1.")},
            )
            self.rows.append((demande, self[f"inscrite_{demande.pk}"], self[f"ordre_{demande.pk}"]))

    def chosen(self):
        """The chosen demandes' ids, in the order given (ties in the listed order)."""
        rows = [demande for demande, *_fields in self.rows if self.cleaned_data[f"inscrite_{demande.pk}"]]
        return [demande.pk for demande in sorted(rows, key=lambda d: self.cleaned_data[f"ordre_{d.pk}"])]


def folded(text):
    """Lower case without accents, to find a member's name among a demande's porteurs."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


class DecisionForm(forms.ModelForm):
    amount = MontantField(label=gettext_lazy("Montant accordé"), required=False, granted=True)
    not_taking_part = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Ne prennent pas part (porteur ou intérêt déclaré)"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Passage
        fields = ["decision", "amount", "reason", "votes_for", "votes_against", "abstentions"]
        widgets = {"decision": forms.RadioSelect, "reason": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, membres, **kwargs):
        super().__init__(*args, **kwargs)
        demande = self.instance.demande
        self.fields["decision"].choices = Decision.choices
        self.fields["decision"].required = False
        self.fields["amount"].ceiling = demande.grant_ceiling
        self.fields["amount"].acronym = demande.acronym
        self.fields["reason"].label = _("Motif (défavorable ou ajourné)")
        self.fields["not_taking_part"].choices = [(membre.pk, str(membre)) for membre in membres]
        if self.instance.decision:
            self.initial["not_taking_part"] = [membre.pk for membre in self.instance.not_taking_part.all()]
        else:
            porteurs = folded(demande.contact_name)
            self.initial["not_taking_part"] = [m.pk for m in membres if m.name.strip() and folded(m.name) in porteurs]

    def clean(self):
        cleaned_data = super().clean()
        decision = cleaned_data.get("decision")
        try:
            grants = grants_amount(self.instance.demande)
        except ValidationError as error:
            self.add_error(None, error)
            return cleaned_data
        if decision == Decision.FAVORABLE and grants:
            if cleaned_data.get("amount") is None:
                self.add_error("amount", _("Indiquez le montant accordé."))
        else:
            cleaned_data["amount"] = None
        if decision == Decision.DEFAVORABLE and not cleaned_data.get("reason", "").strip():
            self.add_error("reason", _("Indiquez le motif de l’avis défavorable."))
        return cleaned_data

    def save(self, commit=True):
        passage = super().save(commit=commit)
        if commit:
            passage.not_taking_part.set(self.cleaned_data["not_taking_part"])
        return passage


class BaseDecisionFormSet(forms.BaseModelFormSet):
    def __init__(self, *args, seance, **kwargs):
        self.seance = seance
        self.membres = list(seance.membres.all())
        queryset = seance.passages.select_related("demande__dispositif").prefetch_related("not_taking_part")
        super().__init__(*args, queryset=queryset, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "membres": self.membres}

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        total = sum(
            form.cleaned_data.get("amount") or 0
            for form in self.forms
            if form.cleaned_data.get("decision") == Decision.FAVORABLE
        )
        try:
            check_envelope(self.seance, total)
        except ValidationError as error:
            raise ValidationError(error.messages) from None


DecisionFormSet = forms.modelformset_factory(
    Passage, form=DecisionForm, formset=BaseDecisionFormSet, extra=0, can_delete=False, edit_only=True
)
