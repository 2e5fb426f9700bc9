"""The dispositifs of the initial content (PIC, FTU, programme d'actions) and their loader."""

from home.seed.builders import add_page, callout, heading, maison_du_projet, p, paragraph, ul
from home.seed.registry import register

from .models import DispositifIndexPage, DispositifPage, DispositifStep

DISPOSITIF_INDEX = {
    "title": "Participer",
    "slug": "participer",
    "intro": "Vous avez une idée pour votre quartier ? Deux dispositifs peuvent vous aider à la réaliser.",
    "body": [],
}

PIC = {
    "title": "Projet d’initiative citoyenne",
    "slug": "projet-initiative-citoyenne",
    "acronym": "PIC",
    "grant_ceiling": 1500,
    "intro": (
        "Avec le PIC, les habitants organisent un projet pour leur quartier : une sortie, une fête, une visite… "
        "Le PIC peut donner jusqu’à 1 500 €."
    ),
    "eligibility": p("Les habitants des quartiers prioritaires de Loos qui portent un projet pour leur quartier."),
    "contact": None,
    "steps": [
        {
            "title": "Remplir une fiche projet",
            "actor": "Vous, les habitants porteurs du projet",
            "description": "Contactez le point relais proche de chez vous. Vous y remplissez une fiche projet.",
        },
        {
            "title": "Examen du projet",
            "actor": "Le comité de gestion du PIC",
            "description": "Le comité examine chaque projet. Des habitants des quartiers concernés en font partie.",
        },
        {
            "title": "Attribution de la subvention",
            "actor": "Le comité de gestion du PIC",
            "description": "Si l’avis est favorable, le comité attribue une subvention qui peut aller jusqu’à 1 500 €.",
        },
        {
            "title": "Réalisation du projet",
            "actor": "Vous, les habitants porteurs du projet",
            "description": "Vous organisez la manifestation prévue.",
        },
        {
            "title": "Présentation du bilan",
            "actor": "Vous, devant le comité de gestion du PIC",
            "description": "Après la manifestation, vous présentez un bilan au comité de gestion.",
        },
    ],
    "body": [
        heading("Des exemples de projets"),
        paragraph(
            ul(
                "une sortie aux hortillonnages d’Amiens ;",
                "le gala de l’amitié « nos jeunes ont du talent » en 2024 ;",
                "la visite du musée de la gaufre.",
            )
        ),
        callout(
            "Comment commencer ?",
            p("C’est simple : contactez le point relais proche de chez vous pour remplir une fiche projet."),
        ),
    ],
}

FTU = {
    "title": "Fonds de travaux urbains",
    "slug": "fonds-travaux-urbains",
    "acronym": "FTU",
    "grant_ceiling": 4500,
    "intro": (
        "Vous avez une idée pour améliorer l’environnement ou la sécurité de votre quartier ? "
        "Le FTU peut financer les travaux, jusqu’à 4 500 €."
    ),
    "eligibility": p(
        "Les habitants des quartiers prioritaires de Loos qui ont une idée d’aménagement "
        "pour l’environnement ou la sécurité de leur quartier."
    ),
    "contact": "maison_du_projet",
    "steps": [
        {
            "title": "Envoyer une demande",
            "actor": "Vous, les habitants",
            "description": "Vous décrivez en quelques mots l’aménagement que vous souhaitez.",
        },
        {
            "title": "Avis du comité",
            "actor": "Le comité de gestion du FTU",
            "description": "Le comité donne son avis sur la demande.",
        },
        {
            "title": "Étude et chiffrage",
            "actor": "Les services techniques de la Ville",
            "description": "Si l’avis est favorable, ils mettent le projet au point et calculent son coût.",
        },
        {
            "title": "Second examen",
            "actor": "Les habitants concernés et le comité de gestion du FTU",
            "description": "Ils examinent ensemble le projet mis au point.",
        },
        {
            "title": "Attribution de la subvention",
            "actor": "Le comité de gestion du FTU",
            "description": "Une subvention de 4 500 € au maximum couvre les dépenses nécessaires.",
        },
        {
            "title": "Réalisation des travaux",
            "actor": "Les services de la Ville",
            "description": "Les travaux sont faits par les services de la Ville ou sous leur contrôle.",
        },
    ],
    "body": [
        heading("Des exemples de réalisations"),
        paragraph(
            ul(
                "le jardin partagé des Olivettes ;",
                "l’installation de bancs ;",
                "des panneaux avec le nom des immeubles de Partenord, pour mieux s’orienter dans le quartier ;",
                "l’installation d’une rampe derrière un bâtiment.",
            )
        ),
        callout(
            "Vous avez un projet ?",
            p("Alors n’hésitez pas ! Contactez la Maison du projet des Oliveaux."),
        ),
    ],
}

PROGRAMME_ACTIONS = {
    "title": "Programme d’actions annuel",
    "slug": "programme-actions",
    "acronym": "",
    "grant_ceiling": None,
    "intro": (
        "Chaque année, les services publics et les associations qui agissent dans les quartiers "
        "peuvent proposer des actions financées par le contrat de ville."
    ),
    "eligibility": p(
        "Les acteurs qui interviennent dans les quartiers prioritaires : services publics et associations."
    ),
    "contact": "maison_du_projet",
    "steps": [
        {
            "title": "Dépôt d’un programme d’actions",
            "actor": "Les acteurs des quartiers : services publics et associations",
            "description": "Chaque année, ils proposent des actions pour les quartiers.",
        },
        {
            "title": "Validation par le conseil citoyen",
            "actor": "Le conseil citoyen",
            "description": "Il valide, ou non, le programme.",
        },
        {
            "title": "Validation par le conseil municipal",
            "actor": "Le conseil municipal",
            "description": "Il valide, ou non, le programme.",
        },
        {
            "title": "Validation par les services de l’État",
            "actor": "Les services de l’État : DDTM, Éducation nationale, Préfecture",
            "description": "Ils valident, ou non, le programme.",
        },
    ],
    "body": [
        callout(
            "Bon à savoir",
            p(
                "Une action peut toucher plusieurs domaines : éducation, emploi, sécurité, santé, "
                "développement durable…"
            ),
        ),
    ],
}


@register()
def load(home):
    """The « Participer » page and one page per dispositif below it."""
    index = add_page(home, DispositifIndexPage, DISPOSITIF_INDEX, show_in_menus=True)
    for data in (PIC, FTU, PROGRAMME_ACTIONS):
        steps = [
            DispositifStep(locale=home.locale, sort_order=number, **step) for number, step in enumerate(data["steps"])
        ]
        add_page(
            index,
            DispositifPage,
            data,
            acronym=data["acronym"],
            grant_ceiling=data["grant_ceiling"],
            eligibility=data["eligibility"],
            contact=maison_du_projet(home.locale) if data["contact"] == "maison_du_projet" else None,
            steps=steps,
        )
