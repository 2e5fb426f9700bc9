"""The shapes the API answers with: they are its OpenAPI schema, and every response is checked against them."""

import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field, create_model

Language = Literal["fr", "en", "ar"]
PageType = Literal[
    "accueil",
    "contenu",
    "quartiers",
    "quartier",
    "dispositifs",
    "dispositif",
    "formulaire",
    "actualites",
    "actualite",
    "projets",
    "projet",
    "chiffres",
]


class Error(Schema):
    message: str = Field(description="Ce qui ne va pas, en clair.")
    errors: list[str] = Field(default=[], description="Le détail, paramètre par paramètre.")


class Translation(Schema):
    locale: Language
    id: int


class PageTranslation(Translation):
    url: str


class PageLink(Schema):
    id: int
    type: PageType
    title: str
    url: str
    locale: Language


class Rendition(Schema):
    size: Literal["small", "medium", "large"] = Field(description="Largeur d’au plus 400, 800 ou 1600 pixels.")
    format: Literal["avif", "webp"]
    url: str
    width: int
    height: int


class Image(Schema):
    id: int
    alt: str = Field(description="Le texte alternatif ; vide pour une image décorative.")
    width: int
    height: int
    renditions: list[Rendition]


class Document(Schema):
    id: int
    title: str
    url: str
    extension: str
    size: int | None = Field(description="Poids en octets.")


class ContactPoint(Schema):
    id: int
    locale: Language
    kind: Literal["maison_du_projet", "point_relais"]
    name: str
    address: str
    opening_hours: str
    phone: str
    translations: list[Translation]


class Quartier(Schema):
    id: int
    locale: Language
    name: str
    population: int
    perimeter: str
    point_relais: int | None = Field(description="L’identifiant du lieu d’accueil le plus proche.")
    translations: list[Translation]


class Partner(Schema):
    id: int
    locale: Language
    name: str
    short_name: str
    role: str
    translations: list[Translation]


class KeyFigure(Schema):
    id: int
    locale: Language
    label: str
    value: int
    unit: Literal["euro", "actions", "none"]
    period: str
    translations: list[Translation]


class Domaine(Schema):
    id: int
    locale: Language
    name: str
    translations: list[Translation]


class Named(Schema):
    id: int
    name: str


class Step(Schema):
    title: str
    actor: str = Field(description="Qui agit à cette étape.")
    description: str


class DispositifFacts(Schema):
    acronym: str
    grant_ceiling: int | None = Field(description="Subvention maximale, en euros.")
    eligibility: str = Field(description="Qui peut en bénéficier (HTML sûr).")
    contact: ContactPoint | None
    steps: list[Step]
    demande_form: PageLink | None


class QuartierFacts(Schema):
    quartier: Quartier


class Funding(Schema):
    funder: Literal["commune", "etat", "autre"]
    label: str
    amount: int | None = Field(description="En euros ; absent quand il n’est pas connu.")


class GalleryImage(Schema):
    image: Image
    caption: str


class ProjetFacts(Schema):
    dispositif: PageLink | None
    quartiers: list[Named]
    domaines: list[Named]
    year: int | None
    end_year: int | None
    porteur_kind: str
    porteur_name: str
    funding: list[Funding]
    amount: int | None = Field(description="Total accordé, en euros, quand un montant est connu.")
    participants: int | None
    bilan: str = Field(description="HTML sûr.")
    gallery: list[GalleryImage]


class ActualiteFacts(Schema):
    date: datetime.date
    image: Image | None
    projets: list[PageLink]
    quartiers: list[Named]


class PageSummary(Schema):
    id: int
    type: PageType
    title: str
    intro: str
    url: str
    locale: Language
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    translations: list[PageTranslation]


def paginated(schema):
    """A page of results: the total, the position, the links to the next and previous pages."""
    return create_model(
        f"{schema.__name__}List",
        __base__=Schema,
        count=(int, ...),
        page=(int, ...),
        page_size=(int, ...),
        next=(str | None, ...),
        previous=(str | None, ...),
        results=(list[schema], ...),
    )
