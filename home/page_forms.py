"""The page form every page of the site is edited with, in the page's own language."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page, TranslatableMixin


class StartingPageChooser(AdminPageChooser):
    """A page chooser that opens on ``start_page`` while nothing is chosen (then on the chosen page's parent)."""

    def __init__(self, *args, start_page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_page = start_page

    def get_js_init_options(self, id_, name, value_data):
        opts = super().get_js_init_options(id_, name, value_data)
        if self.start_page is not None:
            opts.setdefault("parentId", self.start_page.pk)
        return opts


class LocalePageForm(WagtailAdminPageForm):
    """The page editor in the page's own language.

    Lists of translatable snippets (quartiers, domaines…) offer only the page's locale, not every language's
    copy; a chooser of one page type opens where those pages are in that locale (« Participer » for the
    dispositifs), not at the root. Errors sit on the tab of their field: the message at the top lists them
    all, so a slug clash on the « Promotion » tab is seen from the « Contenu » tab.
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else getattr(parent_page, "locale", None)
        if locale is None:
            return
        for field in self.fields.values():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            model = field.queryset.model
            if isinstance(field.widget, AdminPageChooser) and field.widget.model is not Page:
                field.widget = self.starting_chooser(field.widget, locale)
            elif issubclass(model, TranslatableMixin) and not issubclass(model, Page):
                field.queryset = field.queryset.filter(locale=locale)

    @staticmethod
    def starting_chooser(widget, locale):
        pages = Page.objects.type(widget.model).filter(locale=locale)
        start = pages.first_common_ancestor() if pages.exists() else None
        return StartingPageChooser(
            target_models=widget.target_models,
            can_choose_root=widget.can_choose_root,
            user_perms=widget.user_perms,
            start_page=start,
            attrs=widget.attrs,
        )

    def clean(self):
        cleaned_data = super().clean()
        if any(name != NON_FIELD_ERRORS for name in self.errors):
            self.add_error(None, _("Corrigez les erreurs ci-dessous ; certaines peuvent être dans un autre onglet."))
        return cleaned_data
