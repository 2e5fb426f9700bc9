"""What the apps' seed loaders share: rich text and StreamField blocks in Wagtail's raw format, and `add_page`.

A body may hold placeholders, resolved when its page is added: ``{"figures": "__all__"}`` in a
key_figures block stands for every key figure, a contact_card block for the Maison du projet, and
the ``page`` of a call_to_action block is the slug of a page loaded before it.
"""

from wagtail.models import Page

from home.models import ContactPoint, KeyFigure


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def callout(title, html):
    return {"type": "callout", "value": {"title": title, "text": html}}


def maison_du_projet(locale):
    return ContactPoint.objects.get(locale=locale, kind=ContactPoint.Kind.MAISON_DU_PROJET)


def resolve(blocks, locale):
    """The blocks with their placeholders replaced by the loaded snippets and pages."""
    resolved = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "key_figures":
            figures = KeyFigure.objects.filter(locale=locale).order_by("sort_order")
            value = {**value, "figures": [figure.pk for figure in figures]}
        elif block["type"] == "contact_card":
            value = {"contact_point": maison_du_projet(locale).pk}
        elif block["type"] == "call_to_action":
            value = {**value, "page": Page.objects.get(locale=locale, slug=value["page"]).pk}
        resolved.append({"type": block["type"], "value": value})
    return resolved


def add_page(parent, model, data, *, locale=None, **fields):
    """Publish a new child page of parent, in its locale, with a first revision editors can go back to."""
    locale = locale or parent.locale
    page = model(
        title=data["title"],
        slug=data["slug"],
        intro=data.get("intro", ""),
        body=resolve(data.get("body", []), locale),
        locale=locale,
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
