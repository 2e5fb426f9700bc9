"""StreamField bodies as typed JSON blocks: one shape per block type, rich text as safe HTML, media if public."""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from django.utils import translation

from home.i18n import localized

from . import schemas
from .media import document_data, image_data, rich_text


class Block(Schema):
    id: str


class Heading(Block):
    type: Literal["heading"]
    text: str
    level: Literal["h2", "h3"]


class Paragraph(Block):
    type: Literal["paragraph"]
    html: str


class Callout(Block):
    type: Literal["callout"]
    title: str
    html: str


class Question(Schema):
    question: str
    answer: str = Field(description="HTML sûr.")


class Faq(Block):
    type: Literal["faq"]
    heading: str
    questions: list[Question]


class ImageBlock(Block):
    type: Literal["image"]
    image: schemas.Image
    caption: str


class DocumentBlock(Block):
    type: Literal["document"]
    document: schemas.Document


class KeyFigures(Block):
    type: Literal["key_figures"]
    heading: str
    figures: list[schemas.KeyFigure]


class Steps(Block):
    type: Literal["steps"]
    heading: str
    steps: list[schemas.Step]


class ContactCard(Block):
    type: Literal["contact_card"]
    contact_point: schemas.ContactPoint


class CallToAction(Block):
    type: Literal["call_to_action"]
    text: str
    page: schemas.PageLink


BodyBlock = Annotated[
    Heading | Paragraph | Callout | Faq | ImageBlock | DocumentBlock | KeyFigures | Steps | ContactCard | CallToAction,
    Field(discriminator="type"),
]


class Serializer:
    """Turns a body into blocks; a block whose image, document or page is not public is left out."""

    def __init__(self, request, visibility, snippets, links):
        self.request, self.visibility, self.snippets, self.links = request, visibility, snippets, links

    def body(self, page):
        with translation.override(page.locale.language_code):
            blocks = [self.block(child) for child in page.body]
        return [block for block in blocks if block]  # a block whose media or page is private is left out

    def block(self, child):
        value, kind = child.value, child.block_type
        data = {"id": child.id, "type": kind}
        match kind:
            case "heading":
                return data | {"text": value["text"], "level": value["level"]}
            case "paragraph":
                return data | {"html": self.html(value.source)}
            case "callout":
                return data | {"title": value["title"], "html": self.html(value["text"].source)}
            case "faq":
                questions = [
                    {"question": q["question"], "answer": self.html(q["answer"].source)} for q in value["questions"]
                ]
                return data | {"heading": value["heading"], "questions": questions}
            case "image":
                image = image_data(value["image"], value["alt_text"], self.request, self.visibility)
                return image and data | {"image": image, "caption": value["caption"]}
            case "document":
                document = document_data(value["document"], value["title"], self.request, self.visibility)
                return document and data | {"document": document}
            case "key_figures":
                figures = [self.snippets.key_figure(figure) for figure in localized(value["figures"])]
                return data | {"heading": value["heading"], "figures": figures}
            case "steps":
                steps = [{key: step[key] for key in ("title", "actor", "description")} for step in value["steps"]]
                return data | {"heading": value["heading"], "steps": steps}
            case "contact_card":
                contact_point = localized([value["contact_point"]])
                return contact_point and data | {"contact_point": self.snippets.contact_point(contact_point[0])}
            case "call_to_action":
                links = self.links([value["page"]] if value["page"] else [])
                return links and data | {"text": value["text"], "page": links[0]}
        return None

    def html(self, source):
        return rich_text(source, self.request, self.visibility)
