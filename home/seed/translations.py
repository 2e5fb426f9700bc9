"""The seed's English and Arabic: which French snippets and pages each language translates, and their publication.

The text is in one gettext catalogue per language, `home/seed/<language>.po`, whose msgids are the
French segments as wagtail-localize extracts them. Each translation is filled through
wagtail-localize's own PO import, the path of the admin's « upload PO file »; the catalogues are
not in a `locale` folder, so Django's makemessages and compilemessages leave them alone.
"""

from pathlib import Path

import polib

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from home.models import ContactPoint, KeyFigure, Partner, Quartier

CATALOGUES = Path(__file__).parent

# The French pages each language translates, by slug: enough to show every locale at work.
# Every snippet of the models below is translated too.
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
TRANSLATED_SNIPPETS = [ContactPoint, Quartier, Partner, KeyFigure]


def catalogue(language_code):
    return polib.pofile(str(CATALOGUES / f"{language_code}.po"))


def translated_objects(source_locale, language_code):
    """The snippets and pages of source_locale that the language translates, each page after its parent."""
    pages = Page.objects.filter(locale=source_locale, slug__in=TRANSLATED_PAGES[language_code]).order_by("path")
    return [
        *(snippet for model in TRANSLATED_SNIPPETS for snippet in model.objects.filter(locale=source_locale)),
        *(page.specific for page in pages),
    ]


def publish_translations(source_locale):
    """Publish synced wagtail-localize translations: translators then keep them in step
    with the French source from the admin, like any other translation."""
    for language_code in TRANSLATED_PAGES:
        locale = Locale.objects.get(language_code=language_code)
        strings = {entry.msgid: entry.msgstr for entry in catalogue(language_code).translated_entries()}
        for instance in translated_objects(source_locale, language_code):
            publish_translation(instance, locale, strings)


def publish_translation(instance, locale, strings):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    translation.import_po(po)
    if isinstance(instance, Page):
        # Published here rather than when the transaction commits (wagtail-localize's way), so
        # each parent is live in the tree before its translated children are added below it.
        translation.save_target(publish=False)
        instance.get_translation(locale).get_latest_revision().publish()
    else:
        translation.save_target()
