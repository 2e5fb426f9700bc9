"""The home app's part of the initial content, from the city's facts about the contrat de ville.

Plain data only: `load_initial_content` turns it into snippets and pages, in Wagtail's raw block
format with the placeholders of `home.seed.builders`. The other apps' parts are in their own
`initial_content` modules.
"""

from home.seed.builders import callout, heading, p, paragraph, ul

# The facts give only its name: the address says no more than that (the quartier, Loos's postcode), and editors
# complete it, with the phone and opening hours, in the admin. The e-mail is a placeholder the city replaces
# (example.org is reserved, so nobody real receives the demandes).
MAISON_DU_PROJET = {
    "name": "Maison du projet des Oliveaux",
    "kind": "maison_du_projet",
    "address": "Quartier des Oliveaux\n59120 Loos",
    "email": "maison-du-projet@example.org",
}

QUARTIERS = [
    {
        "name": "Les Oliveaux",
        "population": 5000,
        "perimeter": "Seul le centre du quartier est prioritaire : les immeubles collectifs.",
        "slug": "oliveaux",
        "intro": "Le plus grand des trois quartiers prioritaires de Loos : environ 5 000 habitants.",
    },
    {
        "name": "Clémenceau – Kiener",
        "population": 1300,
        "perimeter": "Le quartier Clémenceau – Kiener, prioritaire depuis 2014.",
        "slug": "clemenceau-kiener",
        "intro": "Un quartier prioritaire d’environ 1 300 habitants.",
    },
    {
        "name": "L’Épi de Soil",
        "population": 100,
        "perimeter": "Une seule tour d’habitation.",
        "slug": "epi-de-soil",
        "intro": "Une tour d’habitation, soit environ 100 habitants.",
    },
]

PARTNERS = [
    {"name": "L’État", "short_name": "", "role": "Il signe le contrat et finance des actions."},
    {
        "name": "La Ville de Loos",
        "short_name": "",
        "role": "Elle finance les actions des associations et des établissements publics.",
    },
    {"name": "La Métropole européenne de Lille", "short_name": "MEL", "role": ""},
    {"name": "La Région Hauts-de-France", "short_name": "", "role": ""},
    {"name": "Le Département du Nord", "short_name": "", "role": ""},
    {"name": "La Caisse d’allocations familiales du Nord", "short_name": "CAF du Nord", "role": ""},
    {"name": "Les bailleurs sociaux", "short_name": "", "role": "Ils gèrent les logements sociaux des quartiers."},
]

KEY_FIGURES = [
    {
        "label": "versés par la commune aux associations et aux établissements publics pour les quartiers",
        "value": 2871930,
        "unit": "euro",
        "period": "2014–2023",
    },
    {
        "label": "apportés par l’État aux acteurs loossois de la politique de la ville",
        "value": 3300433,
        "unit": "euro",
        "period": "2014–2023",
    },
    {"label": "menées dans le cadre du contrat de ville", "value": 57, "unit": "actions", "period": "2014–2023"},
]

HOME = {
    "title": "Le contrat de ville de Loos",
    "intro": (
        "Le contrat de ville aide les quartiers prioritaires de Loos. "
        "Il permet à la Ville et aux associations de mener des projets pour ces quartiers. "
        "Vous aussi, vous pouvez proposer un projet."
    ),
    "body": [
        heading("Le contrat de ville, c’est quoi ?"),
        paragraph(
            p(
                "C’est un contrat signé entre l’État, la Ville de Loos et de nombreux partenaires : "
                "la MEL, la Région, le Département, la CAF du Nord et les bailleurs sociaux.",
                "Grâce à ce contrat, la Ville et les associations de Loos mettent en place des projets "
                "pour le développement des quartiers.",
            )
        ),
        {
            "type": "key_figures",
            "value": {"heading": "Le contrat de ville 2014–2023 en chiffres", "figures": "__all__"},
        },
    ],
}

CONTRAT_DE_VILLE = {
    "title": "Le contrat de ville",
    "slug": "contrat-de-ville",
    "intro": "Pourquoi le contrat de ville existe, ce qu’il contient et comment il fonctionne chaque année.",
    "body": [
        heading("Une loi de 2014"),
        paragraph(
            p(
                "Le contrat de ville vient de la loi « pour la ville et la cohésion urbaine » "
                "du 21 février 2014. On l’appelle aussi la loi Lamy.",
                "Cette loi a fait deux choses importantes :",
            )
            + ul(
                "Elle a créé le contrat de ville. C’est un document cadre : il dit quels sont les enjeux "
                "et les ambitions pour les quartiers prioritaires. De ce document découlent des plans "
                "d’actions. Ils mobilisent les politiques publiques d’éducation, d’emploi, de sécurité, "
                "de santé, de développement durable… pour rétablir l’égalité dans les quartiers prioritaires "
                "de la politique de la ville.",
                "Elle a posé le principe de co-construction avec les habitants, notamment grâce aux "
                "conseils citoyens. Les habitants participent à la réflexion sur l’écriture et la mise en "
                "œuvre des contrats de ville, et aussi des projets de renouvellement urbain.",
            )
        ),
        heading("Trois quartiers prioritaires à Loos"),
        paragraph(
            p("Depuis 2014, trois quartiers de Loos font partie de la géographie prioritaire du contrat de ville :")
            + ul(
                "les Oliveaux : seulement le centre, avec les immeubles collectifs, soit environ 5 000 habitants ;",
                "Clémenceau – Kiener : environ 1 300 habitants ;",
                "l’Épi de Soil : une tour d’habitation, soit environ 100 habitants.",
            )
            + p(
                "Un décret du 13 juillet 2024 a renouvelé cette géographie. Un seul quartier a changé : "
                "son périmètre s’est agrandi, avec l’entrée du collège Descartes et du Centre Prévert."
            )
        ),
        heading("Le contrat de ville 2024–2030"),
        paragraph(
            p(
                "Le nouveau contrat de ville couvre les années 2024 à 2030. Pour l’écrire, les partenaires "
                "ont travaillé ensemble : ils ont fait la liste des besoins et de ce qui manque dans les "
                "quartiers prioritaires (QPV). Ce travail a donné des plans d’actions."
            )
        ),
        heading("Chaque année, un programme d’actions"),
        paragraph(
            p(
                "Chaque année, les acteurs des quartiers, services publics ou associations, peuvent déposer "
                "un programme d’actions. Il est ensuite validé, ou non, par le conseil citoyen, le conseil "
                "municipal et les services spécialisés de l’État : DDTM, Éducation nationale, Préfecture."
            )
        ),
        {
            "type": "call_to_action",
            "value": {"text": "Le programme d’actions, étape par étape", "page": "programme-actions"},
        },
        callout(
            "Bon à savoir",
            p("Le plus souvent, une action touche plusieurs domaines à la fois : par exemple l’éducation et la santé."),
        ),
        {
            "type": "key_figures",
            "value": {"heading": "Le contrat de ville 2014–2023 en chiffres", "figures": "__all__"},
        },
    ],
}

QUARTIER_INDEX = {
    "title": "Les quartiers prioritaires",
    "slug": "quartiers",
    "intro": "Trois quartiers de Loos sont dans la géographie prioritaire du contrat de ville.",
    "body": [
        paragraph(
            p(
                "Ces quartiers ont été choisis en 2014, avec la loi « pour la ville et la cohésion urbaine ». "
                "Le décret du 13 juillet 2024 a renouvelé cette liste : un quartier s’est agrandi, avec l’entrée "
                "du collège Descartes et du Centre Prévert."
            )
        )
    ],
}
CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "intro": "Une question sur le contrat de ville, le PIC ou le FTU ? Voici où vous adresser.",
    "body": [
        {"type": "contact_card", "value": {"contact_point": "maison_du_projet"}},
        paragraph(
            p(
                "Pour un Projet d’initiative citoyenne (PIC), vous pouvez aussi vous adresser "
                "au point relais proche de chez vous."
            )
        ),
    ],
}

LEGAL_NOTICE = {
    "title": "Mentions légales",
    "slug": "mentions-legales",
    "intro": "Qui publie ce site et sous quelles conditions.",
    "body": [
        heading("Éditeur du site"),
        paragraph(
            p(
                "Ce site est édité par la Ville de Loos (Nord).",
                "Directeur ou directrice de la publication : le maire de Loos.",
            )
        ),
        heading("Contenus"),
        paragraph(
            p(
                "Les textes de ce site peuvent être repris à condition de citer la source : "
                "« Ville de Loos – contrat de ville ». Les photos restent la propriété de leurs auteurs."
            )
        ),
        heading("Aucun service tiers"),
        paragraph(
            p(
                "Ce site n’utilise ni outil de mesure d’audience, ni police de caractères, ni script, ni service "
                "d’un autre site. Quand vous le consultez, rien n’est transmis à un tiers."
            )
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Accessibilité",
    "slug": "accessibilite",
    "intro": "Déclaration d’accessibilité du site du contrat de ville de Loos.",
    "body": [
        paragraph(
            p(
                "La Ville de Loos s’engage à rendre ce site accessible, conformément à l’article 47 de la loi "
                "n° 2005-102 du 11 février 2005. Cette déclaration s’applique au site du contrat de ville de Loos."
            )
        ),
        heading("État de conformité"),
        paragraph(
            p(
                "Le site n’a pas encore été audité selon le référentiel général d’amélioration de l’accessibilité "
                "(RGAA 4.1). Tant que cet audit n’est pas fait, le site est déclaré <b>non conforme</b>.",
                "Le site est pourtant construit pour être accessible : structure claire, navigation au clavier, "
                "textes alternatifs, contrastes suffisants, pages lisibles sur téléphone et sans JavaScript. "
                "Chaque version est vérifiée automatiquement avant sa mise en ligne.",
            )
        ),
        heading("Établissement de cette déclaration"),
        paragraph(
            p("Cette déclaration a été établie le 25 novembre 2026.")
            + ul(
                "technologies utilisées : HTML5 et CSS, sans JavaScript ;",
                "vérifications : axe-core (règles WCAG 2.1 A et AA) sur chaque page, dans Chromium, "
                "à chaque modification du site ; parcours au clavier ; affichage sur un écran de 320 pixels de large.",
            )
        ),
        heading("Retour d’information et contact"),
        paragraph(
            p(
                "Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez la Maison du projet "
                "des Oliveaux : nous vous aiderons à obtenir l’information sous une autre forme."
            )
        ),
        {"type": "contact_card", "value": {"contact_point": "maison_du_projet"}},
        heading("Voies de recours"),
        paragraph(
            p(
                "Si vous nous avez signalé un problème et que notre réponse ne vous convient pas, "
                "vous pouvez vous adresser au Défenseur des droits :"
            )
            + ul(
                "par le formulaire en ligne du Défenseur des droits ;",
                "auprès d’un délégué du Défenseur des droits près de chez vous ;",
                "par courrier, gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
            )
        ),
    ],
}

PERSONAL_DATA = {
    "title": "Données personnelles",
    "slug": "donnees-personnelles",
    "intro": "Ce que ce site fait, et ne fait pas, de vos données personnelles.",
    "body": [
        heading("Quand vous lisez le site"),
        paragraph(
            p(
                "Le site ne dépose aucun cookie quand vous le lisez. Il n’utilise ni mesure d’audience, "
                "ni publicité, ni service d’un autre site."
            )
        ),
        heading("Quand vous faites une demande"),
        paragraph(
            p(
                "Ce site ne vous demande aujourd’hui aucune donnée personnelle. Quand les demandes PIC et FTU "
                "pourront être faites en ligne, chaque formulaire dira qui traite vos données, pourquoi, "
                "pendant combien de temps, et comment exercer vos droits."
            )
        ),
        heading("Vos droits"),
        paragraph(
            p(
                "Vous pouvez demander à voir, corriger ou effacer vos données, ou vous opposer à leur utilisation. "
                "Adressez-vous à la Maison du projet des Oliveaux ou au délégué à la protection des données "
                "de la Ville de Loos.",
                "Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation "
                "à la CNIL (Commission nationale de l’informatique et des libertés).",
            )
        ),
    ],
}
