"""Build the site's page tree, snippets and settings from the city's facts.

Safe to run again: what exists already is left as it is (editors may have
changed it), and only what is missing is created.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Page, Site

from actualites.models import ActualiteIndexPage
from dispositifs.models import DispositifIndexPage, DispositifPage, DispositifStep
from home import initial_content as content
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

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD_VARIABLE = "CDV_ADMIN_PASSWORD"  # noqa: S105 (the name of the variable, not a password)


class Command(BaseCommand):
    help = "Crée les pages, les fiches et les réglages du site à partir des informations du contrat de ville."

    def handle(self, *args, **options):
        with transaction.atomic():
            self.locale = self.create_locales()
            self.maison_du_projet = self.get_or_create(ContactPoint, content.MAISON_DU_PROJET, "name")
            self.quartiers = [
                self.get_or_create(
                    Quartier, self.fields(data, "name", "population", "perimeter", sort_order=index), "name"
                )
                for index, data in enumerate(content.QUARTIERS)
            ]
            for index, data in enumerate(content.PARTNERS):
                self.get_or_create(Partner, {**data, "sort_order": index}, "name")
            self.key_figures = [
                self.get_or_create(KeyFigure, {**data, "sort_order": index}, "label")
                for index, data in enumerate(content.KEY_FIGURES)
            ]
            home = self.create_home()
            self.create_tree(home)
        self.create_admin()
        self.stdout.write(self.style.SUCCESS("Contenu initial en place."))

    def create_locales(self):
        for language_code in ("fr", "en", "ar"):
            Locale.objects.get_or_create(language_code=language_code)
        return Locale.objects.get(language_code="fr")

    def get_or_create(self, model, data, key):
        instance, _ = model.objects.get_or_create(locale=self.locale, **{key: data[key]}, defaults=data)
        return instance

    @staticmethod
    def fields(data, *names, **extra):
        return {name: data[name] for name in names} | extra

    def resolve(self, blocks):
        """Replace the placeholders of initial_content by the ids of the loaded snippets."""
        resolved = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "key_figures":
                value = {**value, "figures": [figure.pk for figure in self.key_figures]}
            elif block["type"] == "contact_card":
                value = {"contact_point": self.maison_du_projet.pk}
            resolved.append({"type": block["type"], "value": value})
        return resolved

    def add_page(self, parent, model, data, **fields):
        """Publish a child page of parent unless a page with that slug is already there."""
        existing = parent.get_children().filter(slug=data["slug"]).first()
        if existing:
            return existing.specific
        page = model(
            title=data["title"],
            slug=data["slug"],
            intro=data.get("intro", ""),
            body=self.resolve(data.get("body", [])),
            locale=self.locale,
            **fields,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def create_home(self):
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's first migration leaves a "Welcome" page as the site root: replace it.
            for page in root.get_children().filter(slug="home", content_type__model="page"):
                page.delete()
            home = self.add_page(root, HomePage, {**content.HOME, "slug": "accueil"})
        # Deleting the welcome page deleted the site that pointed to it; an existing site is left as configured.
        if not Site.objects.filter(is_default_site=True).exists():
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, site_name=content.HOME["title"], is_default_site=True
            )
        return home

    def create_tree(self, home):
        self.add_page(home, ContentPage, content.CONTRAT_DE_VILLE, show_in_menus=True)
        quartier_index = self.add_page(home, QuartierIndexPage, content.QUARTIER_INDEX, show_in_menus=True)
        for data, quartier in zip(content.QUARTIERS, self.quartiers, strict=True):
            self.add_page(quartier_index, QuartierPage, {**data, "title": data["name"]}, quartier=quartier)
        dispositif_index = self.add_page(home, DispositifIndexPage, content.DISPOSITIF_INDEX, show_in_menus=True)
        for data in (content.PIC, content.FTU, content.PROGRAMME_ACTIONS):
            self.add_dispositif(dispositif_index, data)
        self.add_page(home, ActualiteIndexPage, content.ACTUALITE_INDEX, show_in_menus=True)
        contact = self.add_page(home, ContentPage, content.CONTACT, show_in_menus=True)
        legal_notice = self.add_page(home, ContentPage, content.LEGAL_NOTICE)
        accessibility = self.add_page(home, ContentPage, content.ACCESSIBILITY)
        personal_data = self.add_page(home, ContentPage, content.PERSONAL_DATA)

        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        defaults = {
            "main_contact": self.maison_du_projet,
            "contact_page": contact,
            "legal_notice_page": legal_notice,
            "accessibility_page": accessibility,
            "personal_data_page": personal_data,
        }
        for name, value in defaults.items():
            if getattr(site_settings, name) is None:
                setattr(site_settings, name, value)
        site_settings.save()

    def add_dispositif(self, parent, data):
        if parent.get_children().filter(slug=data["slug"]).exists():
            return
        contact = self.maison_du_projet if data["contact"] == "maison_du_projet" else None
        steps = [
            DispositifStep(locale=self.locale, sort_order=index, **step) for index, step in enumerate(data["steps"])
        ]
        self.add_page(
            parent,
            DispositifPage,
            data,
            acronym=data["acronym"],
            grant_ceiling=data["grant_ceiling"],
            eligibility=data["eligibility"],
            contact=contact,
            steps=steps,
        )

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
