"""The actualités and projets pages of the initial content: the projects named in the city's facts, and their loader.

The facts give no amount, no date (but the gala's year) and no quartier for
these projects: those stay empty rather than invented, and the pages say so.
"""

from dispositifs.models import DispositifPage
from home.seed.builders import add_page, p, paragraph
from home.seed.registry import register

from .models import ActualiteIndexPage, ChiffresPage, Domaine, ProjetIndexPage, ProjetPage

ACTUALITE_INDEX = {
    "title": "Actualités",
    "slug": "actualites",
    "intro": "Les nouvelles du contrat de ville et des projets dans les quartiers.",
    "body": [],
}

DOMAINES = [
    "Éducation",
    "Emploi",
    "Sécurité",
    "Santé",
    "Développement durable",
    "Cadre de vie",
    "Culture",
    "Sport",
    "Citoyenneté",
]

CHIFFRES = {
    "title": "Le contrat de ville en chiffres",
    "slug": "chiffres",
    "intro": "Ce que le contrat de ville a apporté aux quartiers de Loos, et les projets présentés sur ce site.",
    "body": [],
}

PROJET_INDEX = {
    "title": "Les projets",
    "slug": "projets",
    "intro": (
        "Des projets réalisés dans les quartiers grâce au contrat de ville. "
        "Choisissez un dispositif, un quartier, un domaine ou une année."
    ),
    "body": [{"type": "call_to_action", "value": {"text": "Le contrat de ville en chiffres", "page": "chiffres"}}],
}

PIC_BODY = [
    paragraph(
        p(
            "Des habitants ont présenté ce projet au comité de gestion du PIC, qui l’a accepté. "
            "Après la manifestation, les habitants porteurs du projet présentent un bilan au comité."
        )
    )
]

FTU_BODY = [
    paragraph(
        p(
            "Des habitants ont demandé cet aménagement. Le comité de gestion du FTU l’a examiné, "
            "les services techniques de la Ville l’ont mis au point et chiffré, "
            "et les travaux ont été faits par la Ville ou sous son contrôle."
        )
    )
]

PROJETS = [
    {
        "title": "Une sortie aux hortillonnages d’Amiens",
        "slug": "sortie-hortillonnages-amiens",
        "intro": "Une sortie aux hortillonnages d’Amiens, proposée par des habitants avec le PIC.",
        "dispositif": "PIC",
        "domaines": ["Culture"],
        "year": None,
        "body": PIC_BODY,
    },
    {
        "title": "Le gala de l’amitié « Nos jeunes ont du talent »",
        "slug": "gala-amitie-nos-jeunes-ont-du-talent-2024",
        "intro": "Le gala de l’amitié « Nos jeunes ont du talent » de 2024, un projet d’habitants soutenu par le PIC.",
        "dispositif": "PIC",
        "domaines": ["Culture"],
        "year": 2024,
        "body": PIC_BODY,
    },
    {
        "title": "Une visite du musée de la gaufre",
        "slug": "visite-musee-gaufre",
        "intro": "Une visite du musée de la gaufre, proposée par des habitants avec le PIC.",
        "dispositif": "PIC",
        "domaines": ["Culture"],
        "year": None,
        "body": PIC_BODY,
    },
    {
        "title": "Le jardin partagé des Olivettes",
        "slug": "jardin-partage-olivettes",
        "intro": "Un jardin partagé aux Olivettes, aménagé grâce au Fonds de travaux urbains (FTU).",
        "dispositif": "FTU",
        "domaines": ["Cadre de vie"],
        "year": None,
        "body": FTU_BODY,
    },
    {
        "title": "L’installation de bancs",
        "slug": "installation-bancs",
        "intro": "Des bancs installés dans le quartier à la demande des habitants, avec le FTU.",
        "dispositif": "FTU",
        "domaines": ["Cadre de vie"],
        "year": None,
        "body": FTU_BODY,
    },
    {
        "title": "Des panneaux avec le nom des immeubles de Partenord",
        "slug": "panneaux-immeubles-partenord",
        "intro": "Des panneaux donnent le nom des immeubles de Partenord, pour mieux s’orienter dans le quartier.",
        "dispositif": "FTU",
        "domaines": ["Cadre de vie"],
        "year": None,
        "body": FTU_BODY,
    },
    {
        "title": "Une rampe derrière un bâtiment",
        "slug": "rampe-derriere-batiment",
        "intro": "Une rampe installée derrière un bâtiment, financée par le FTU.",
        "dispositif": "FTU",
        "domaines": ["Cadre de vie"],
        "year": None,
        "body": FTU_BODY,
    },
]


@register(after=["dispositifs"])
def load(home):
    """The actualités index, then the domaines, the « en chiffres » page and the projects under their dispositifs."""
    add_page(home, ActualiteIndexPage, ACTUALITE_INDEX, show_in_menus=True)
    domaines = {
        name: Domaine.objects.create(locale=home.locale, name=name, sort_order=index)
        for index, name in enumerate(DOMAINES)
    }
    dispositifs = {page.acronym: page for page in DispositifPage.objects.descendant_of(home)}
    add_page(home, ChiffresPage, CHIFFRES)
    index = add_page(home, ProjetIndexPage, PROJET_INDEX, show_in_menus=True)
    for data in PROJETS:
        add_page(
            index,
            ProjetPage,
            data,
            dispositif=dispositifs[data["dispositif"]],
            domaines=[domaines[name] for name in data["domaines"]],
            year=data["year"],
            porteur_kind=ProjetPage.PorteurKind.HABITANTS,
        )
