"""What a search result shows of its page: a short excerpt with the resident's words highlighted.

Built here from the page's own text, the same way whatever backend found it.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .query import fold

WORD = re.compile(r"\w+")
EXCERPT_LENGTH = 220
# The body blocks that hold the page's own words; the others (figures, contact card, links)
# would each cost a query, and their text belongs to other records.
TEXT_BLOCKS = {"heading", "paragraph", "callout", "faq", "steps"}


def stem(term):
    """Enough of a word to find its plural and feminine forms: « jardins » finds « jardin »."""
    return term[: max(4, len(term) - 2)] if len(term) > 4 else term


def matches(word, stems):
    folded = fold(word)
    return any(folded.startswith(prefix) if len(prefix) >= 4 else folded == prefix for prefix in stems)


def page_text(page):
    """The page's introduction and the text of its body's blocks."""
    texts = [page.intro] if getattr(page, "intro", "") else []
    body = getattr(page, "body", None)
    if body:
        # Read by position: only the text blocks' values are built, not the others'.
        for position, raw in enumerate(body.raw_data):
            if raw["type"] in TEXT_BLOCKS:
                texts += body[position].block.get_searchable_content(body[position].value)
    return " ".join(" ".join(texts).split())


def excerpt(text, terms):
    """About EXCERPT_LENGTH characters around the first matched word, HTML-escaped, matches in <mark>."""
    stems = {stem(fold(term)) for term in terms}
    words = list(WORD.finditer(text))
    first = next((word for word in words if matches(word.group(), stems)), None)
    start = 0 if first is None or first.start() < EXCERPT_LENGTH // 3 else first.start() - EXCERPT_LENGTH // 3
    if start:
        start = text.find(" ", start) + 1
    end = len(text) if len(text) - start <= EXCERPT_LENGTH else text.rfind(" ", start, start + EXCERPT_LENGTH)
    parts, position = ["…" if start else ""], start
    for word in words:
        if word.start() < start or word.end() > end or not matches(word.group(), stems):
            continue
        parts += [escape(text[position : word.start()]), "<mark>", escape(word.group()), "</mark>"]
        position = word.end()
    parts += [escape(text[position:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text above is escaped)
