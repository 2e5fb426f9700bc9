"""The PIC fiche projet and the FTU request, as editors will find them in the admin, and their loader."""

from dispositifs.models import DispositifPage
from home.seed.builders import add_page
from home.seed.registry import register

from .models import DemandeFormField, DemandeFormPage

CONSENT = {
    "label": "J’accepte que la Ville de Loos utilise ces informations pour étudier ma demande",
    "field_type": "checkbox",
    "help_text": "Sans votre accord, nous ne pouvons pas étudier la demande.",
}
EMAIL = {
    "label": "Adresse e-mail",
    "field_type": "email",
    "required": False,
    "autocomplete": "email",
    "help_text": "Pour recevoir votre numéro de demande et être prévenu à chaque étape.",
}
PHONE = {
    "label": "Téléphone",
    "field_type": "singleline",
    "autocomplete": "tel",
    "help_text": "Pour que la Maison du projet puisse vous appeler.",
}
QUARTIER = {"label": "Votre quartier", "field_type": "quartier"}
FILES_HINT = "5 fichiers au plus, 10 Mo chacun : photos (JPEG, PNG, WebP, HEIC) ou PDF."

PIC_FORM = {
    "title": "Remplir la fiche projet PIC",
    "slug": "fiche-projet",
    "procedure": "pic",
    "intro": (
        "Décrivez votre projet avec vos mots. Le comité de gestion du PIC l’étudie, puis vous dit s’il peut "
        "le financer. Vous pouvez aussi remplir cette fiche au point relais proche de chez vous."
    ),
    "submit_label": "Envoyer ma fiche projet",
    "fields": [
        {
            "label": "Nom et prénom du ou des porteurs du projet",
            "field_type": "singleline",
            "autocomplete": "name",
            "help_text": "Les habitants qui portent le projet. Plusieurs noms sont possibles.",
        },
        {
            "label": "Association ou groupe d’habitants",
            "field_type": "singleline",
            "required": False,
            "autocomplete": "organization",
        },
        PHONE,
        EMAIL,
        QUARTIER,
        {"label": "Titre du projet", "field_type": "singleline", "help_text": "En quelques mots."},
        {
            "label": "Description du projet",
            "field_type": "multiline",
            "help_text": "Ce que vous voulez faire, pour qui et pourquoi.",
        },
        {
            "label": "Date de l’événement",
            "field_type": "date",
            "required": False,
            "help_text": "Si vous la connaissez déjà.",
        },
        {"label": "Lieu de l’événement", "field_type": "singleline", "required": False},
        {
            "label": "Public concerné",
            "field_type": "singleline",
            "help_text": "Par exemple : les familles du quartier, les jeunes, les personnes âgées.",
        },
        {
            "label": "Montant demandé, en euros",
            "field_type": "montant",
            "help_text": "1 500 € au plus. Par exemple : 800.",
        },
        {
            "label": "Budget du projet",
            "field_type": "multiline",
            "help_text": "Les dépenses prévues (achats, location, transport…) et les autres aides s’il y en a.",
        },
        {
            "label": "Pièces jointes (devis, budget, photos)",
            "field_type": "fichiers",
            "required": False,
            "help_text": FILES_HINT,
        },
        CONSENT,
    ],
}

FTU_FORM = {
    "title": "Faire une demande FTU",
    "slug": "demande",
    "procedure": "ftu",
    "intro": (
        "Dites-nous ce qui pourrait être amélioré près de chez vous. Une description courte suffit : "
        "les services techniques de la ville étudient et chiffrent ensuite les travaux."
    ),
    "submit_label": "Envoyer ma demande",
    "fields": [
        {"label": "Nom et prénom", "field_type": "singleline", "autocomplete": "name"},
        PHONE,
        EMAIL,
        QUARTIER,
        {
            "label": "Où se trouvent les travaux à faire ?",
            "field_type": "singleline",
            "help_text": "La rue, le bâtiment, ou un lieu proche que tout le monde connaît.",
        },
        {
            "label": "Ce qui devrait être amélioré",
            "field_type": "multiline",
            "help_text": "Par exemple : un banc, un éclairage, une rampe, un jardin.",
        },
        {
            "label": "Pourquoi ce serait utile",
            "field_type": "multiline",
            "help_text": "Pour qui, et ce que cela changerait.",
        },
        {"label": "Photos du lieu", "field_type": "fichiers", "required": False, "help_text": FILES_HINT},
        CONSENT,
    ],
}

FORMS = {"PIC": PIC_FORM, "FTU": FTU_FORM}


@register(after=["dispositifs"])
def load(home):
    """Each form below the page of its dispositif."""
    for acronym, data in FORMS.items():
        fields = [
            DemandeFormField(
                locale=home.locale,
                sort_order=index,
                label=field["label"],
                field_type=field["field_type"],
                required=field.get("required", True),
                help_text=field.get("help_text", ""),
                autocomplete=field.get("autocomplete", ""),
            )
            for index, field in enumerate(data["fields"])
        ]
        add_page(
            DispositifPage.objects.descendant_of(home).get(acronym=acronym),
            DemandeFormPage,
            data,
            procedure=data["procedure"],
            submit_label=data["submit_label"],
            form_fields=fields,
        )
