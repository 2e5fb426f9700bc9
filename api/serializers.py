"""Pages and snippets as the API shows them: structured fields, their locale and their translations."""

from django.utils import translation

from wagtail.models import Locale

from actualites.models import ActualiteIndexPage, ActualitePage, ChiffresPage, ProjetIndexPage, ProjetPage
from demandes.models import DemandeFormPage
from dispositifs.models import DispositifIndexPage, DispositifPage
from home.i18n import localized
from home.models import ContentPage, HomePage, QuartierIndexPage, QuartierPage

from .blocks import Serializer as BlockSerializer
from .media import image_data, rich_text

# The key of each public page type, as the API names it and filters by it.
PAGE_TYPES = {
    "accueil": HomePage,
    "contenu": ContentPage,
    "quartiers": QuartierIndexPage,
    "quartier": QuartierPage,
    "dispositifs": DispositifIndexPage,
    "dispositif": DispositifPage,
    "formulaire": DemandeFormPage,
    "actualites": ActualiteIndexPage,
    "actualite": ActualitePage,
    "projets": ProjetIndexPage,
    "projet": ProjetPage,
    "chiffres": ChiffresPage,
}
TYPE_KEYS = {model: key for key, model in PAGE_TYPES.items()}


class Snippets:
    """Snippets with their translations, fetched in bulk per model; contact points without their e-mail address."""

    def __init__(self):
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.by_key = {}

    def prefetch(self, instances):
        instances = [
            instance for instance in instances if (type(instance), instance.translation_key) not in self.by_key
        ]
        if not instances:
            return
        model = type(instances[0])
        keys = {instance.translation_key for instance in instances}
        for key in keys:
            self.by_key[model, key] = []
        for other in model.objects.filter(translation_key__in=keys):
            self.by_key[model, other.translation_key].append(other)

    def common(self, instance):
        self.prefetch([instance])
        others = self.by_key[type(instance), instance.translation_key]
        return {
            "id": instance.pk,
            "locale": self.languages[instance.locale_id],
            "translations": [
                {"locale": self.languages[other.locale_id], "id": other.pk}
                for other in others
                if other.pk != instance.pk
            ],
        }

    def contact_point(self, point):
        fields = ("kind", "name", "address", "opening_hours", "phone")
        return self.common(point) | {field: getattr(point, field) for field in fields}

    def quartier(self, quartier):
        fields = ("name", "population", "perimeter")
        return (
            self.common(quartier)
            | {field: getattr(quartier, field) for field in fields}
            | {"point_relais": quartier.point_relais_id}
        )

    def partner(self, partner):
        return self.common(partner) | {field: getattr(partner, field) for field in ("name", "short_name", "role")}

    def key_figure(self, figure):
        return self.common(figure) | {field: getattr(figure, field) for field in ("label", "value", "unit", "period")}

    def domaine(self, domaine):
        return self.common(domaine) | {"name": domaine.name}


def named(instances):
    return [{"id": instance.pk, "name": instance.name} for instance in localized(instances)]


class PageSerializer:
    def __init__(self, request, visibility):
        self.request, self.visibility = request, visibility
        self.snippets = Snippets()
        self.blocks = BlockSerializer(request, visibility, self.snippets, self.links)

    def url(self, page):
        return page.get_full_url(self.request) or ""

    def link(self, page):
        return {
            "id": page.pk,
            "type": TYPE_KEYS.get(page.specific_class, "contenu"),
            "title": page.title,
            "url": self.url(page),
            "locale": self.snippets.languages[page.locale_id],
        }

    def links(self, pages):
        """Links to those of these pages that are public, each in the active language when it is translated."""
        pages = localized(pages)
        public = self.visibility.page_ids(page.pk for page in pages)
        return [self.link(page) for page in pages if page.pk in public]

    def summaries(self, pages):
        """Pages of a list, with their translations in one query."""
        keys = {page.translation_key for page in pages}
        translations = {}
        for other in self.visibility.pages().filter(translation_key__in=keys).select_related("locale"):
            translations.setdefault(other.translation_key, []).append(other)
        return [self.summary(page, translations.get(page.translation_key, [])) for page in pages]

    def summary(self, page, translations):
        return self.link(page) | {
            "intro": getattr(page, "intro", ""),
            "first_published_at": page.first_published_at,
            "last_published_at": page.last_published_at,
            "translations": [
                {"locale": self.snippets.languages[other.locale_id], "id": other.pk, "url": self.url(other)}
                for other in translations
                if other.pk != page.pk
            ],
        }

    def detail(self, page):
        with translation.override(self.snippets.languages[page.locale_id]):
            data = self.summaries([page])[0] | {"body": self.blocks.body(page)}
            for key, facts in (
                ("dispositif", self.dispositif),
                ("quartier", self.quartier),
                ("projet", self.projet),
                ("actualite", self.actualite),
            ):
                data[key] = facts(page) if isinstance(page, PAGE_TYPES[key]) else None
        return data

    def html(self, source):
        return rich_text(source, self.request, self.visibility)

    def dispositif(self, page):
        contact = localized([page.contact])
        return {
            "acronym": page.acronym,
            "grant_ceiling": page.grant_ceiling,
            "eligibility": self.html(page.eligibility),
            "contact": self.snippets.contact_point(contact[0]) if contact else None,
            "steps": [{"title": s.title, "actor": s.actor, "description": s.description} for s in page.steps.all()],
            "demande_form": next(iter(self.links([page.demande_form()])), None),
        }

    def quartier(self, page):
        return {"quartier": self.snippets.quartier(localized([page.quartier])[0])}

    def projet(self, page):
        funding = [
            {"funder": line.funder, "label": str(line.get_funder_display()), "amount": line.amount}
            for line in page.financements.all()
        ]
        gallery = [
            {"image": image_data(item.image, item.alt_text, self.request, self.visibility), "caption": item.caption}
            for item in page.gallery_images.select_related("image")
        ]
        return {
            "dispositif": next(iter(self.links([page.dispositif])), None),
            "quartiers": named(page.quartiers.all()),
            "domaines": named(page.domaines.all()),
            "year": page.year,
            "end_year": page.end_year,
            "porteur_kind": page.porteur_kind,
            "porteur_name": page.porteur_name,
            "funding": funding,
            "amount": page.amount,
            "participants": page.participants,
            "bilan": self.html(page.bilan),
            "gallery": [item for item in gallery if item["image"]],
        }

    def actualite(self, page):
        image = page.image
        return {
            "date": page.date,
            "image": image_data(image, image.description, self.request, self.visibility) if image else None,
            "projets": self.links(page.related_projets()),
            "quartiers": named(page.quartiers.all()),
        }
