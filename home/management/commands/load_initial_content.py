"""Build the site's page tree, snippets and settings from the city's facts.

It loads the content once, into a site that has none: when the home page
exists, it changes nothing, so editors' work (renamed, moved, deleted pages
or snippets) is never undone or duplicated. It also creates the first admin
account when there is no superuser.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from actualites import initial_content as actualites_content
from actualites.models import ActualiteIndexPage
from demandes import initial_content as demande_forms
from demandes.models import DemandeFormField, DemandeFormPage
from dispositifs.models import DispositifIndexPage, DispositifPage, DispositifStep
from home import initial_content as content
from home.initial_translations import TRANSLATIONS
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
        self.skip_translations = skip_translations
        if HomePage.objects.exists():
            self.stdout.write("Le site a déjà son contenu : rien n’a été modifié.")
        else:
            with transaction.atomic():
                self.load()
            if not skip_index:
                # A new site searches at once, even before a task worker has run.
                call_command("update_index", verbosity=0)
            self.stdout.write(self.style.SUCCESS("Contenu initial en place."))
        self.create_admin()

    def load(self):
        for language_code in ("fr", "en", "ar"):
            Locale.objects.get_or_create(language_code=language_code)
        self.locale = Locale.objects.get(language_code="fr")
        self.maison_du_projet = ContactPoint.objects.create(locale=self.locale, **content.MAISON_DU_PROJET)
        for index, data in enumerate(content.PARTNERS):
            Partner.objects.create(locale=self.locale, sort_order=index, **data)
        self.key_figures = [
            KeyFigure.objects.create(locale=self.locale, sort_order=index, **data)
            for index, data in enumerate(content.KEY_FIGURES)
        ]
        home = self.create_home()
        self.create_tree(home)
        if not self.skip_translations:
            self.translate()

    def resolve(self, blocks):
        """Replace the placeholders of initial_content by the loaded snippets and pages."""
        resolved = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "key_figures":
                value = {**value, "figures": [figure.pk for figure in self.key_figures]}
            elif block["type"] == "contact_card":
                value = {"contact_point": self.maison_du_projet.pk}
            elif block["type"] == "call_to_action":
                value = {**value, "page": Page.objects.get(locale=self.locale, slug=value["page"]).pk}
            resolved.append({"type": block["type"], "value": value})
        return resolved

    def add_page(self, parent, model, data, **fields):
        """Publish a new child page of parent, with a first revision editors can go back to."""
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
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a "Welcome" page as the site root: replace it
        # (its site goes with it).
        for page in root.get_children().filter(slug="home", content_type__model="page"):
            page.delete()
        home = self.add_page(root, HomePage, {**content.HOME, "slug": "accueil"})
        if not Site.objects.filter(is_default_site=True).exists():
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, site_name=content.HOME["title"], is_default_site=True
            )
        return home

    def create_tree(self, home):
        quartier_index = self.add_page(home, QuartierIndexPage, content.QUARTIER_INDEX, show_in_menus=True)
        for index, data in enumerate(content.QUARTIERS):
            quartier = Quartier.objects.create(
                locale=self.locale,
                sort_order=index,
                **{name: data[name] for name in ("name", "population", "perimeter")},
            )
            self.add_page(quartier_index, QuartierPage, {**data, "title": data["name"]}, quartier=quartier)
        dispositif_index = self.add_page(home, DispositifIndexPage, content.DISPOSITIF_INDEX, show_in_menus=True)
        dispositifs = {
            data["acronym"]: self.add_dispositif(dispositif_index, data)
            for data in (content.PIC, content.FTU, content.PROGRAMME_ACTIONS)
        }
        # Written after the dispositifs, which it links to, then put first in the menu.
        contrat = self.add_page(home, ContentPage, content.CONTRAT_DE_VILLE, show_in_menus=True)
        contrat.move(home, pos="first-child")
        self.add_page(home, ActualiteIndexPage, content.ACTUALITE_INDEX, show_in_menus=True)
        actualites_content.load(self, home, dispositifs)
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.main_contact = self.maison_du_projet
        site_settings.contact_page = self.add_page(home, ContentPage, content.CONTACT, show_in_menus=True)
        site_settings.legal_notice_page = self.add_page(home, ContentPage, content.LEGAL_NOTICE)
        site_settings.accessibility_page = self.add_page(home, ContentPage, content.ACCESSIBILITY)
        site_settings.personal_data_page = self.add_page(home, ContentPage, content.PERSONAL_DATA)
        site_settings.save()

    def add_dispositif(self, parent, data):
        steps = [
            DispositifStep(locale=self.locale, sort_order=index, **step) for index, step in enumerate(data["steps"])
        ]
        dispositif = self.add_page(
            parent,
            DispositifPage,
            data,
            acronym=data["acronym"],
            grant_ceiling=data["grant_ceiling"],
            eligibility=data["eligibility"],
            contact=self.maison_du_projet if data["contact"] == "maison_du_projet" else None,
            steps=steps,
        )
        if form := demande_forms.FORMS.get(data["acronym"]):
            self.add_demande_form(dispositif, form)
        return dispositif

    def add_demande_form(self, dispositif, data):
        fields = [
            DemandeFormField(
                locale=self.locale,
                sort_order=index,
                label=field["label"],
                field_type=field["field_type"],
                required=field.get("required", True),
                help_text=field.get("help_text", ""),
                autocomplete=field.get("autocomplete", ""),
            )
            for index, field in enumerate(data["fields"])
        ]
        self.add_page(
            dispositif,
            DemandeFormPage,
            data,
            procedure=data["procedure"],
            submit_label=data["submit_label"],
            form_fields=fields,
        )

    # What is translated from a fresh clone, by French slug: enough to show every locale at work.
    TRANSLATED_PAGES = {
        "en": [
            "accueil",
            "quartiers",
            "oliveaux",
            "clemenceau-kiener",
            "epi-de-soil",
            "participer",
            "projet-initiative-citoyenne",
            "fiche-projet",
            "fonds-travaux-urbains",
            "demande",
            "contact",
        ],
        "ar": ["accueil", "participer", "projet-initiative-citoyenne", "fiche-projet", "fonds-travaux-urbains"],
    }

    def translate(self):
        """Publish synced wagtail-localize translations: translators then keep them in step
        with the French source from the admin, like any other translation."""
        snippets = [
            *ContactPoint.objects.filter(locale=self.locale),
            *Quartier.objects.filter(locale=self.locale),
            *Partner.objects.filter(locale=self.locale),
            *KeyFigure.objects.filter(locale=self.locale),
        ]
        for language_code, slugs in self.TRANSLATED_PAGES.items():
            locale = Locale.objects.get(language_code=language_code)
            pages = Page.objects.filter(locale=self.locale, slug__in=slugs).order_by("path")
            for instance in [*snippets, *(page.specific for page in pages)]:
                self.publish_translation(instance, locale, TRANSLATIONS[language_code])

    def publish_translation(self, instance, locale, strings):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        for segment in source.stringsegment_set.select_related("string"):
            if segment.string.data in strings:
                StringTranslation.objects.get_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": strings[segment.string.data],
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    },
                )
        if isinstance(instance, Page):
            # Published here rather than when the transaction commits (wagtail-localize's way), so
            # each parent is live in the tree before its translated children are added below it.
            translation.save_target(publish=False)
            instance.get_translation(translation.target_locale).get_latest_revision().publish()
        else:
            translation.save_target()

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
