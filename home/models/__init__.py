from .pages import BasePage, ContentPage, HomePage, QuartierIndexPage, QuartierPage
from .settings import SiteSettings
from .snippets import ContactPoint, KeyFigure, Partner, Quartier

__all__ = [
    "BasePage",
    "ContactPoint",
    "ContentPage",
    "HomePage",
    "KeyFigure",
    "Partner",
    "Quartier",
    "QuartierIndexPage",
    "QuartierPage",
    "SiteSettings",
]
