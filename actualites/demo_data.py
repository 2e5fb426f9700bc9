"""The volume of a site in full use, for benchmarks and query-count tests: projects and news in every locale."""

import random
import uuid
from datetime import date, timedelta
from io import BytesIO

from PIL import Image as PillowImage

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.models import Quartier
from home.seed.bulk import BulkChildren

from .models import (
    ActualiteIndexPage,
    ActualitePage,
    ActualiteProjet,
    Domaine,
    Financement,
    ProjetImage,
    ProjetIndexPage,
    ProjetPage,
)

# Per language: the projects' activities, the news' headlines, and the translated indexes' titles.
WORDS = {
    "fr": {
        "activities": [
            "Atelier cuisine",
            "Jardin partagé",
            "Fête de quartier",
            "Soutien scolaire",
            "Chantier jeunes",
            "Repair café",
            "Sortie familiale",
            "Tournoi de football",
            "Fresque murale",
            "Atelier numérique",
        ],
        "news": ["Retour sur", "Inscriptions ouvertes :", "En images :", "Appel à bénévoles :"],
        "intro": "Un projet porté avec les habitants du quartier, financé par le contrat de ville.",
        "indexes": {},
    },
    "en": {
        "activities": [
            "Cooking workshop",
            "Shared garden",
            "Neighbourhood party",
            "Homework club",
            "Youth work camp",
            "Repair café",
            "Family outing",
            "Football tournament",
            "Mural",
            "Digital skills workshop",
        ],
        "news": ["Looking back at", "Registration open:", "In pictures:", "Volunteers wanted:"],
        "intro": "A project run with the neighbourhood's residents, funded by the contrat de ville.",
        "indexes": {ProjetIndexPage: ("Projects", "projects"), ActualiteIndexPage: ("News", "news")},
    },
    "ar": {
        "activities": [
            "ورشة طبخ",
            "حديقة مشتركة",
            "حفل الحي",
            "دعم مدرسي",
            "ورشة شبابية",
            "مقهى الإصلاح",
            "رحلة عائلية",
            "دوري كرة القدم",
            "جدارية",
            "ورشة رقمية",
        ],
        "news": ["عودة إلى", "التسجيل مفتوح:", "بالصور:", "نداء إلى المتطوعين:"],
        "intro": "مشروع يُنجَز مع سكان الحي، بتمويل من عقد المدينة.",
        "indexes": {ProjetIndexPage: ("المشاريع", "mashari"), ActualiteIndexPage: ("الأخبار", "akhbar")},
    },
}
IMAGE_COUNT = 12


class AlreadyThere(Exception):
    """The pages of this seed are in the database already: their translation keys would clash."""


def demo_images(rng):
    """A few plain images, shared by the pages as an editor's library would be."""
    images = []
    for number in range(1, IMAGE_COUNT + 1):
        buffer = BytesIO()
        colour = tuple(rng.randrange(40, 220) for _channel in range(3))
        PillowImage.new("RGB", (1200, 800), colour).save(buffer, "JPEG", quality=70)
        image = get_image_model()(title=f"Photo de démonstration {number}")
        image.file = ImageFile(buffer, name=f"demo-{number}.jpg")
        image.save()
        images.append(image)
    return images


def translated_index(index, locale):
    """The index's page in locale, copied from the French one and published when the seed has none."""
    if translation := index.get_translation_or_none(locale):
        return translation
    title, slug = WORDS[locale.language_code]["indexes"][type(index)]
    translation = index.copy_for_translation(locale)
    translation.title, translation.slug = title, slug
    translation.save_revision().publish()
    return translation


def in_locale(objects, locale):
    """{translation_key: object} of the objects in locale, the French ones standing in for missing translations."""
    found = {obj.translation_key: obj for obj in objects if obj.locale_id != locale.pk}
    found.update({obj.translation_key: obj for obj in objects if obj.locale_id == locale.pk})
    return found


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


class DemoData:
    """Decides every project and news item once, then writes them in each locale."""

    def __init__(self, *, projects, news, seed):
        self.rng = random.Random(seed)  # noqa: S311 (made-up content, not secrets)
        self.project_count, self.news_count = projects, news

    def build(self):
        fr = Locale.get_default()
        projet_index = ProjetIndexPage.objects.get(locale=fr)
        actualite_index = ActualiteIndexPage.objects.get(locale=fr)
        # The translated indexes first, committed: renaming their slugs sets redirects up for what is below.
        indexes = {
            locale: (translated_index(projet_index, locale), translated_index(actualite_index, locale))
            for locale in Locale.objects.exclude(pk=fr.pk).order_by("pk")
        }
        self.fill({fr: (projet_index, actualite_index), **indexes})

    @transaction.atomic
    def fill(self, indexes):
        rng = self.rng
        self.images = demo_images(rng)
        self.quartiers = list(Quartier.objects.all())
        self.domaines = list(Domaine.objects.all())
        self.dispositifs = list(ProjetPage._meta.get_field("dispositif").related_model.objects.all())
        french = [q for q in self.quartiers if q.locale_id == Locale.get_default().pk]
        projets = [self.projet_plan(number, french) for number in range(self.project_count)]
        news = [self.news_plan(number, french, len(projets)) for number in range(self.news_count)]
        if Page.objects.filter(translation_key__in=[plan["key"] for plan in [*projets, *news]]).exists():
            raise AlreadyThere
        for locale, (projet_index, actualite_index) in indexes.items():
            self.write(locale, projet_index, actualite_index, projets, news)

    def projet_plan(self, number, quartiers):
        rng = self.rng
        year = rng.randint(2015, 2026)
        return {
            "key": uuid.UUID(int=rng.getrandbits(128)),
            "activity": rng.randrange(10),
            "number": number,
            "dispositif": rng.choice([*self.dispositifs, None]),
            "quartiers": rng.sample(quartiers, rng.randint(1, min(2, len(quartiers)))),
            "domaines": rng.sample([d for d in self.domaines if d.locale_id == quartiers[0].locale_id], 2),
            "year": year,
            "end_year": year + rng.randint(1, 2) if rng.random() < 0.2 else None,
            "amount": rng.randrange(500, 40_000, 50),
            "porteur_kind": rng.choice(ProjetPage.PorteurKind.values),
            "porteur_name": f"Association {rng.choice(['Les Ateliers', 'Loos Solidaire', 'Cap Jeunes', 'Voisins'])}",
            "participants": rng.randint(8, 400) if year < 2025 else None,
            "funders": rng.sample(Financement.Funder.values, rng.randint(1, 3)),
            "images": rng.sample(self.images, rng.randint(1, 3)) if rng.random() < 0.25 else [],
        }

    def news_plan(self, number, quartiers, projet_count):
        rng = self.rng
        return {
            "key": uuid.UUID(int=rng.getrandbits(128)),
            "headline": rng.randrange(4),
            "activity": rng.randrange(10),
            "number": number,
            "date": date(2026, 11, 30) - timedelta(days=rng.randrange(6 * 365)),
            "image": rng.choice(self.images) if rng.random() < 0.8 else None,
            "quartiers": rng.sample(quartiers, rng.randint(0, min(2, len(quartiers)))),
            "projets": rng.sample(range(projet_count), min(projet_count, rng.randint(0, 3))),
        }

    def write(self, locale, projet_index, actualite_index, projets, news):
        words = WORDS[locale.language_code]
        quartiers = in_locale(self.quartiers, locale)
        dispositifs = in_locale(self.dispositifs, locale)
        pages = BulkChildren(projet_index)
        for plan in projets:
            title = f"{words['activities'][plan['activity']]} {plan['year']} n° {plan['number'] + 1}"
            page = pages.add(
                ProjetPage(
                    title=title,
                    slug=f"{slugify(words['activities'][plan['activity']], allow_unicode=True)}-{plan['number'] + 1}",
                    translation_key=plan["key"],
                    intro=words["intro"],
                    body=paragraph(words["intro"]),
                    dispositif=dispositifs[plan["dispositif"].translation_key] if plan["dispositif"] else None,
                    year=plan["year"],
                    end_year=plan["end_year"],
                    amount_requested=plan["amount"],
                    porteur_kind=plan["porteur_kind"],
                    porteur_name=plan["porteur_name"],
                    participants=plan["participants"],
                    bilan=f"<p>{words['intro']}</p>" if plan["participants"] else "",
                )
            )
            plan["page"] = page
        pages.save()
        Financement.objects.bulk_create(
            Financement(
                page=plan["page"], funder=funder, amount=plan["amount"] // len(plan["funders"]), sort_order=order
            )
            for plan in projets
            for order, funder in enumerate(plan["funders"])
        )
        ProjetImage.objects.bulk_create(
            ProjetImage(page=plan["page"], image=image, alt_text=image.title, sort_order=order)
            for plan in projets
            for order, image in enumerate(plan["images"])
        )
        link_many(
            ProjetPage,
            "quartiers",
            ((p["page"], quartiers[q.translation_key]) for p in projets for q in p["quartiers"]),
        )
        link_many(ProjetPage, "domaines", ((p["page"], d) for p in projets for d in p["domaines"]))

        pages = BulkChildren(actualite_index)
        for plan in news:
            activity = words["activities"][plan["activity"]]
            plan["page"] = pages.add(
                ActualitePage(
                    title=f"{words['news'][plan['headline']]} {activity.lower()} ({plan['number'] + 1})",
                    slug=f"{slugify(activity, allow_unicode=True)}-{plan['date']:%Y-%m-%d}-{plan['number'] + 1}",
                    translation_key=plan["key"],
                    date=plan["date"],
                    image=plan["image"],
                    intro=words["intro"],
                    body=paragraph(words["intro"]),
                )
            )
        pages.save()
        ActualiteProjet.objects.bulk_create(
            ActualiteProjet(page=plan["page"], projet=projets[number]["page"], sort_order=order)
            for plan in news
            for order, number in enumerate(plan["projets"])
        )
        link_many(
            ActualitePage,
            "quartiers",
            ((p["page"], quartiers[q.translation_key]) for p in news for q in p["quartiers"]),
        )


def link_many(model, name, pairs):
    """Fill a many-to-many field's table for many pages in one insert."""
    field = model._meta.get_field(name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(through(**{f"{source}_id": page.pk, f"{target}_id": obj.pk}) for page, obj in pairs)
