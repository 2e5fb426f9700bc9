"""load_initial_content: the site it builds once, what a second run leaves alone, the admin account, its loaders."""

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

from home.models import ContactPoint, HomePage, KeyFigure, Partner, Quartier, SiteSettings
from home.seed.registry import registered_loaders


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "title")),
        "revisions": Revision.objects.count(),
        "contact_points": ContactPoint.objects.count(),
        "quartiers": Quartier.objects.count(),
        "partners": Partner.objects.count(),
        "key_figures": KeyFigure.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
        "users": get_user_model().objects.count(),
    }


def test_running_twice_changes_and_duplicates_nothing(initial_content):
    """A second run leaves the same tree, the same snippets and the same accounts."""
    before = snapshot()
    call_command("load_initial_content", stdout=None)
    assert snapshot() == before
    assert before["quartiers"] == 3
    assert before["partners"] == 7
    assert before["key_figures"] == 3


def test_the_site_root_is_the_home_page(initial_content):
    """Wagtail's welcome page is replaced by the contrat de ville home page."""
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(slug="home", depth=2).exists()


def test_a_second_run_keeps_what_editors_changed(initial_content):
    """Edited, renamed and deleted content stays as editors left it: nothing is overwritten or brought back."""
    pic = Page.objects.get(slug="projet-initiative-citoyenne").specific
    pic.intro = "Texte revu par un éditeur."
    pic.save_revision().publish()
    Page.objects.filter(slug="contact").update(slug="nous-contacter")
    Page.objects.get(slug="mentions-legales").delete()
    Partner.objects.filter(short_name="MEL").update(name="Métropole européenne de Lille")
    Partner.objects.filter(name="Les bailleurs sociaux").delete()
    Site.objects.filter(is_default_site=True).update(hostname="contrat-de-ville.loos.fr", site_name="CDV Loos")
    ContactPoint.objects.update(phone="03 20 00 00 00")
    before = snapshot()
    out = StringIO()
    call_command("load_initial_content", stdout=out)
    assert "rien n’a été modifié" in out.getvalue()
    assert snapshot() == before
    pic.refresh_from_db()
    assert pic.intro == "Texte revu par un éditeur."
    assert Site.objects.get(is_default_site=True).hostname == "contrat-de-ville.loos.fr"


def test_footer_settings_point_to_the_legal_pages(initial_content):
    """The footer shows the Maison du projet and the contact and legal pages."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.main_contact.name == "Maison du projet des Oliveaux"
    assert [page.slug for page in site_settings.footer_pages] == [
        "contact",
        "mentions-legales",
        "accessibilite",
        "donnees-personnelles",
    ]


def test_generated_admin_password_is_printed_once(initial_content):
    """Without CDV_ADMIN_PASSWORD a random password is printed once and works."""
    password = initial_content.split("mot de passe « ")[1].split(" »")[0]
    assert len(password) >= 16
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password(password)
    out = StringIO()
    call_command("load_initial_content", stdout=out)
    assert "mot de passe" not in out.getvalue()


@pytest.mark.django_db
def test_admin_password_comes_from_the_environment(monkeypatch):
    """CDV_ADMIN_PASSWORD sets the admin password, which is never printed."""
    monkeypatch.setenv("CDV_ADMIN_PASSWORD", "un-mot-de-passe-choisi")
    out = StringIO()
    call_command("load_initial_content", stdout=out)
    assert "un-mot-de-passe-choisi" not in out.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("un-mot-de-passe-choisi")


def test_each_app_registers_its_loader_after_those_it_needs():
    """Home's command runs the loaders the apps register, dispositifs before the forms and projects below them."""
    modules = [loader.__module__ for loader in registered_loaders()]
    assert modules[0] == "dispositifs.initial_content"
    assert sorted(modules[1:]) == ["actualites.initial_content", "demandes.initial_content"]
