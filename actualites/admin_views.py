"""The admin's way from a granted demande to its project page: « Créer la fiche projet », then its bilan.

Both act on a demande, so they take the demandes' permission policy and scope (demandes.admin_views):
only agents of its contact point (the Maison du projet group) and superusers reach them; editors,
who never see a demande, get a 403 here and work on the draft page itself.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View

from demandes.admin_views import DemandeMixin
from demandes.forms import TEXT_MAX_LENGTH
from demandes.viewsets import demande_viewset

from .fiches import add_bilan, bilan_photos, create_fiche_projet


class FicheProjetMixin(DemandeMixin):
    permission_required = "publish_project"
    detail_url_name = demande_viewset.get_url_name("detail")


class CreateFicheProjetView(FicheProjetMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            page, created = create_fiche_projet(self.demande, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.redirect_to_detail()
        if created:
            messages.success(
                request, _("Fiche projet « %(title)s » créée et soumise à la relecture.") % {"title": page.title}
            )
        if page.permissions_for_user(request.user).can_edit():
            return redirect("wagtailadmin_pages:edit", page.pk)
        if not created:
            messages.info(request, _("Cette demande a déjà sa fiche projet : « %(title)s ».") % {"title": page.title})
        return self.redirect_to_detail()


class BilanProjetForm(forms.Form):
    """The bilan's summary as staff choose to publish it, and for each photo whether to add it, with its alt text."""

    summary = forms.CharField(
        label=gettext_lazy("Bilan à publier"),
        help_text=gettext_lazy("Relisez le texte des porteurs : aucun nom de famille, adresse ni numéro."),
        widget=forms.Textarea,
        max_length=TEXT_MAX_LENGTH,
    )
    participants = forms.IntegerField(label=gettext_lazy("Nombre de participants"), min_value=0, required=False)

    def __init__(self, *args, photos=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.photos = list(photos)
        for piece in self.photos:
            self.fields[f"photo_{piece.pk}"] = forms.BooleanField(
                label=_("Ajouter la photo « %(name)s » à la galerie") % {"name": piece.original_name}, required=False
            )
            self.fields[f"alt_{piece.pk}"] = forms.CharField(
                label=_("Ce que montre la photo « %(name)s »") % {"name": piece.original_name},
                help_text=_("Texte alternatif, pour les personnes qui ne voient pas l’image."),
                max_length=250,
                required=False,
            )

    def clean(self):
        cleaned = super().clean()
        for piece in self.photos:
            if cleaned.get(f"photo_{piece.pk}") and not cleaned.get(f"alt_{piece.pk}", "").strip():
                self.add_error(f"alt_{piece.pk}", _("Décrivez ce que montre la photo pour l’ajouter."))
        return cleaned

    def chosen_photos(self):
        return [
            (piece, self.cleaned_data[f"alt_{piece.pk}"].strip())
            for piece in self.photos
            if self.cleaned_data.get(f"photo_{piece.pk}")
        ]


class BilanProjetView(FicheProjetMixin, FormView):
    form_class = BilanProjetForm
    template_name = "actualites/admin/bilan_projet.html"

    def get(self, request, *args, **kwargs):
        if redirection := self.refuse_without_page_or_bilan():
            return redirection
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if redirection := self.refuse_without_page_or_bilan():
            return redirection
        return super().post(request, *args, **kwargs)

    def refuse_without_page_or_bilan(self):
        if getattr(self.demande, "fiche_projet", None) is None or getattr(self.demande, "bilan", None) is None:
            messages.error(self.request, _("Il faut la fiche projet et le bilan des porteurs pour publier le bilan."))
            return self.redirect_to_detail()
        return None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "photos": bilan_photos(self.demande)}

    def get_initial(self):
        bilan = self.demande.bilan
        return {"summary": bilan.summary, "participants": bilan.participants}

    def get_context_data(self, **kwargs):
        return super().get_context_data(demande=self.demande, page=self.demande.fiche_projet, **kwargs)

    def form_valid(self, form):
        page = self.demande.fiche_projet
        add_bilan(
            page,
            form.cleaned_data["summary"],
            form.cleaned_data["participants"],
            form.chosen_photos(),
            self.request.user,
        )
        messages.success(self.request, _("Le bilan est ajouté à la fiche projet, en brouillon."))
        if page.permissions_for_user(self.request.user).can_edit():
            return redirect("wagtailadmin_pages:edit", page.pk)
        return self.redirect_to_detail()

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
