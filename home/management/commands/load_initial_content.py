"""Build the site's page tree, snippets and settings from the city's facts.

Home's own part comes from home/initial_content.py; every other app's part from the loader its
`initial_content` module registers (home/seed/registry.py), run between home's page and its footer.

It loads the content once, into a site that has none: when the home page
exists, it changes nothing, so editors' work (renamed, moved, deleted pages
or snippets) is never undone or duplicated. It also creates the first admin
account when there is no superuser.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Page, Site

from home import initial_content as content
from home.management.commands.set_site_address import site_address
from home.models import (
    ContactPoint,
    ContentPage,
    HomePage,
    KeyFigure,
    Partner,
    Quartier,
    QuartierIndexPage,
    QuartierPage,
    SiteSettings,
)
from home.seed.builders import add_page
from home.seed.registry import registered_loaders
from home.seed.translations import publish_translations

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD_VARIABLE = "CDV_ADMIN_PASSWORD"  # noqa: S105 (the name of the variable, not a password)


class Command(BaseCommand):
    help = "Crée les pages, les fiches et les réglages du site à partir des informations du contrat de ville."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-translations",
            action="store_true",
            help="Ne pas publier les traductions anglaise et arabe (tests qui n’en ont pas besoin : plus rapide).",
        )
        parser.add_argument(
            "--skip-index",
            action="store_true",
            help="Ne pas construire l’index de recherche (tests, où chaque page est indexée dès sa création).",
        )

    def handle(self, *args, skip_translations=False, skip_index=False, **options):
        if HomePage.objects.exists():
            self.stdout.write("Le site a déjà son contenu : rien n’a été modifié.")
        else:
            with transaction.atomic():
                self.load(skip_translations)
            if not skip_index:
                # A new site searches at once, even before a task worker has run.
                call_command("update_index", verbosity=0)
            self.stdout.write(self.style.SUCCESS("Contenu initial en place."))
        self.create_admin()

    def load(self, skip_translations):
        """Home's snippets, home page and quartiers, then every app's registered loader, then the pages
        that come after theirs in the menu and the footer."""
        for language_code in ("fr", "en", "ar"):
            Locale.objects.get_or_create(language_code=language_code)
        locale = Locale.objects.get(language_code="fr")
        maison_du_projet = ContactPoint.objects.create(locale=locale, **content.MAISON_DU_PROJET)
        for index, data in enumerate(content.PARTNERS):
            Partner.objects.create(locale=locale, sort_order=index, **data)
        for index, data in enumerate(content.KEY_FIGURES):
            KeyFigure.objects.create(locale=locale, sort_order=index, **data)
        home = self.create_home(locale)
        self.create_quartiers(home)
        for loader in registered_loaders():
            loader(home)
        # Written after the dispositifs, which it links to, then put first in the menu.
        contrat = add_page(home, ContentPage, content.CONTRAT_DE_VILLE, show_in_menus=True)
        contrat.move(home, pos="first-child")
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.main_contact = maison_du_projet
        site_settings.contact_page = add_page(home, ContentPage, content.CONTACT, show_in_menus=True)
        site_settings.legal_notice_page = add_page(home, ContentPage, content.LEGAL_NOTICE)
        site_settings.accessibility_page = add_page(home, ContentPage, content.ACCESSIBILITY)
        site_settings.personal_data_page = add_page(home, ContentPage, content.PERSONAL_DATA)
        site_settings.save()
        if not skip_translations:
            publish_translations(locale)

    def create_home(self, locale):
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a "Welcome" page as the site root: replace it
        # (its site goes with it).
        for page in root.get_children().filter(slug="home", content_type__model="page"):
            page.delete()
        home = add_page(root, HomePage, {**content.HOME, "slug": "accueil"}, locale=locale)
        if not Site.objects.filter(is_default_site=True).exists():
            hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
            Site.objects.create(
                hostname=hostname, port=port, root_page=home, site_name=content.HOME["title"], is_default_site=True
            )
        return home

    def create_quartiers(self, home):
        quartier_index = add_page(home, QuartierIndexPage, content.QUARTIER_INDEX, show_in_menus=True)
        for index, data in enumerate(content.QUARTIERS):
            quartier = Quartier.objects.create(
                locale=home.locale,
                sort_order=index,
                **{name: data[name] for name in ("name", "population", "perimeter")},
            )
            add_page(quartier_index, QuartierPage, {**data, "title": data["name"]}, quartier=quartier)

    def create_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = os.environ.get(ADMIN_PASSWORD_VARIABLE)
        generated = not password
        if generated:
            password = secrets.token_urlsafe(16)
        User.objects.create_superuser(ADMIN_USERNAME, email="", password=password)
        if generated:
            self.stdout.write(
                f"Compte d’administration créé : identifiant « {ADMIN_USERNAME} », mot de passe « {password} ». "
                "Il ne sera plus affiché : notez-le."
            )
        else:
            self.stdout.write(
                f"Compte d’administration créé : identifiant « {ADMIN_USERNAME} », "
                f"mot de passe pris dans {ADMIN_PASSWORD_VARIABLE}."
            )
