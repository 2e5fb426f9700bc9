"""The seed's catalogues (home/seed/<language>.po) cannot drift from its French text."""

import pytest

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.seed.translations import TRANSLATED_PAGES, catalogue, translated_objects


@pytest.mark.parametrize("language_code", TRANSLATED_PAGES)
def test_every_french_segment_of_a_translated_object_is_in_the_catalogue_and_nothing_else(
    initial_content, language_code
):
    """Editing a French string of the seed without its translation fails here, and so does a msgid left over."""
    po = catalogue(language_code)
    translated = {entry.msgid for entry in po.translated_entries()}
    segments = set()
    untranslated = {}
    for instance in translated_objects(Locale.objects.get(language_code="fr"), language_code):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        strings = set(source.stringsegment_set.values_list("string__data", flat=True))
        segments |= strings
        if missing := strings - translated:
            untranslated[f"{type(instance).__name__} « {instance} »"] = sorted(missing)
    assert untranslated == {}, f"French segments without a translation in home/seed/{language_code}.po"
    obsolete = sorted(entry.msgid for entry in po if entry.msgid not in segments)
    assert obsolete == [], f"msgids of home/seed/{language_code}.po that no French segment uses any more"
