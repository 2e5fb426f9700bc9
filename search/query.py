"""From what a resident typed to what every backend can search for.

The same text goes to OpenSearch, Elasticsearch, PostgreSQL or SQLite: cut to a
bounded length, stripped of the operators and quotes some backends would parse,
amounts written as one number ("1 500 €" → "1500 euros"), and extended with the
editors' synonyms. Words are joined with OR: every backend then ranks the pages
that match the most words, and the rarest, first.
"""

import re
import unicodedata

from modelsearch.query import Fuzzy, PlainText

from django.core.cache import cache

from .models import SynonymGroup

MAX_QUERY_LENGTH = 200
SYNONYMS_CACHE_KEY = "search:synonym-groups"

# Digits grouped by spaces (also no-break and thin ones) or dots, as amounts are written: "1 500", "1.500".
AMOUNT_GROUPS = re.compile(r"(?<=\d)[\s\u00a0\u202f.](?=\d{3}(?!\d))")
# Anything but letters (of any script) and digits separates words: punctuation, quotes,
# apostrophes (« l’Épi » → « l Épi »), hyphens, operators, emoji.
SEPARATORS = re.compile(r"[\W_]+")


def fold(text):
    """Lowercase without accents, to compare words as a resident types them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def clean(text):
    """The resident's words, bounded and free of syntax, amounts as one number, without lone letters."""
    text = AMOUNT_GROUPS.sub("", text[:MAX_QUERY_LENGTH].replace("€", " euros "))
    return " ".join(word for word in SEPARATORS.sub(" ", text).split() if len(word) > 1 or word.isdigit())


def synonym_groups():
    """The editors' groups, folded, read once and cached until an editor changes one (see search.apps)."""
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = [[fold(clean(term)) for term in group.term_list] for group in SynonymGroup.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, None)
    return groups


def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def with_synonyms(words):
    """The words, then the synonyms of any term (one word or several) they contain."""
    folded = f" {fold(words)} "
    extra = []
    for group in synonym_groups():
        if any(f" {term} " in folded for term in group):
            extra += [term for term in group if f" {term} " not in folded and term not in extra]
    return " ".join([words, *extra])


def search_query(text):
    """The query to give any backend's search(), or None when nothing searchable was typed."""
    words = clean(text)
    if not words:
        return None
    return PlainText(with_synonyms(words), operator="or")


def typo_tolerant_query(text):
    """A second try when nothing matched: words one or two letters away, where the backend can (not SQLite)."""
    return Fuzzy(clean(text))


def every_word_query(text):
    """A stricter query, for short records such as a contact point's name: every word typed, no synonym."""
    return PlainText(clean(text), operator="and")
