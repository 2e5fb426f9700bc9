"""What the contrat de ville produces: project showcases, their figures, and the news around them.

One module per concern; every model is re-exported here, so `actualites.models.X` keeps working.
"""

from .actualites import ActualiteIndexPage, ActualitePage, ActualiteProjet
from .chiffres import ChiffresPage
from .projets import Domaine, Financement, ProjetImage, ProjetIndexPage, ProjetPage, ProjetQuerySet

__all__ = [
    "ActualiteIndexPage",
    "ActualitePage",
    "ActualiteProjet",
    "ChiffresPage",
    "Domaine",
    "Financement",
    "ProjetImage",
    "ProjetIndexPage",
    "ProjetPage",
    "ProjetQuerySet",
]
