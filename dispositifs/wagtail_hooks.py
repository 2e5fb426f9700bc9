"""What the dispositifs add to the rest of the site through Wagtail's hooks."""

from wagtail import hooks

from dispositifs.models import DispositifPage
from home.models.pages import HOME_PAGE_CONTEXT_HOOK
from home.published import private_sections


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def add_dispositif_pages(home_page, request, context):
    """The home page's « Participer » section: every published dispositif, in the tree's order."""
    context["dispositif_pages"] = list(
        DispositifPage.objects.live().exclude(private_sections()).descendant_of(home_page).order_by("path")
    )
