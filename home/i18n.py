"""Snippets and pages in the visitor's language, fetched in bulk, and what stays in French for want of a translation."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from home import published
from proxy_cache.version import kept


def _visitor_reads_the_source_language():
    """True on the French site, which has nothing to fall back to (no query)."""
    variant = get_supported_content_language_variant
    return variant(translation.get_language()) == variant(settings.LANGUAGE_CODE)


def _locales():
    """The active locale and every locale's language code by pk."""
    return published.active_locale(), published.language_codes()


def localized(instances):
    """Each instance in the active locale, or itself when it is not translated (live ones only for pages).

    The bulk form of Wagtail's ``instance.localized``: one query per model, instead of two per
    instance, and none on a warm process (the translations are kept until the next publication).
    An instance kept in another language gets ``fallback_language`` (its language code), which
    templates show: a French page listed on the Arabic site says it is in French.
    """
    instances = [instance for instance in instances if instance is not None]
    if not instances:
        return []
    active, languages = _locales()
    to_translate = [instance for instance in instances if instance.locale_id != active.pk]
    if not to_translate:
        return instances
    model = type(to_translate[0])
    if isinstance(to_translate[0], Page) and any(type(instance) is not model for instance in to_translate):
        model = Page
    keys = sorted({instance.translation_key for instance in to_translate})

    def translations():
        found = model.objects.filter(locale=active, translation_key__in=keys)
        if issubclass(model, Page):
            found = found.live()
        return {translation.translation_key: translation for translation in found}

    by_key = kept(("translations", model._meta.label, active.pk, tuple(keys)), translations)
    return mark_fallbacks([by_key.get(instance.translation_key, instance) for instance in instances], active, languages)


def mark_fallbacks(instances, active=None, languages=None):
    """The instances, those not in the active locale marked with their ``fallback_language``."""
    instances = list(instances)
    if active is None:
        if _visitor_reads_the_source_language():
            return instances
        active, languages = _locales()
    for instance in instances:
        if instance.locale_id != active.pk:
            instance.fallback_language = languages[instance.locale_id]
    return instances


def with_source_fallback(pages, parent):
    """``pages`` (a queryset) below ``parent`` or below its source-language version, the source's
    kept only where ``parent``'s language has no live translation of them: French news rather than none.

    One query; mark the page of results with ``mark_fallbacks``.
    """
    local = pages.filter(path__startswith=parent.path)
    if _visitor_reads_the_source_language():
        return local
    source = published.source_of(parent)
    if source is None or source.pk == parent.pk:
        return local
    translated = local.values("translation_key")
    return pages.filter(
        Q(path__startswith=parent.path) | Q(path__startswith=source.path) & ~Q(translation_key__in=translated)
    )
