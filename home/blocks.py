"""The StreamField blocks shared by every page type.

Each block has its own template under templates/components/streamfield/blocks/.
Rich text allows only the features that keep pages readable and accessible.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.i18n import localized

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
TEMPLATE_DIR = "components/streamfield/blocks"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("titre"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = f"{TEMPLATE_DIR}/heading.html"
        description = _("Un titre de section. La page a déjà son titre principal.")
        preview_value = {"text": "Comment ça marche ?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Texte")
        template = f"{TEMPLATE_DIR}/paragraph.html"
        description = _("Du texte simple : phrases courtes, listes et liens.")
        preview_value = "<p>Le contrat de ville aide les quartiers de Loos.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("texte alternatif"),
        max_length=250,
        help_text=_("Ce que montre l’image, pour les personnes qui ne la voient pas."),
    )
    caption = blocks.CharBlock(label=_("légende"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = f"{TEMPLATE_DIR}/image.html"
        description = _("Une image avec son texte alternatif (obligatoire) et une légende.")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), max_length=120, required=False)
    figures = blocks.ListBlock(SnippetChooserBlock("home.KeyFigure"), label=_("chiffres clés"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["figures"] = localized(value["figures"])
        return context

    class Meta:
        icon = "table"
        label = _("Chiffres clés")
        template = f"{TEMPLATE_DIR}/key_figures.html"
        description = _("Des chiffres clés choisis dans la liste des chiffres du contrat de ville.")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("étape"), max_length=120)
    actor = blocks.CharBlock(label=_("qui agit"), max_length=120)
    description = blocks.TextBlock(label=_("ce qui se passe"), required=False)


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), max_length=120, required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("étapes"))

    class Meta:
        icon = "list-ol"
        label = _("Étapes")
        template = f"{TEMPLATE_DIR}/steps.html"
        description = _("Une suite d’étapes numérotées, avec qui agit à chaque étape.")
        preview_value = {
            "heading": "Les étapes",
            "steps": [
                {"title": "Dépôt", "actor": "Les habitants", "description": "Vous remplissez une fiche projet."},
                {"title": "Examen", "actor": "Le comité de gestion", "description": "Le comité donne son avis."},
            ],
        }


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = f"{TEMPLATE_DIR}/callout.html"
        description = _("Une information à mettre en avant.")
        preview_value = {"title": "Bon à savoir", "text": "<p>L’aide est gratuite.</p>"}


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("réponse"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), max_length=120, required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("questions"))

    class Meta:
        icon = "help"
        label = _("Questions fréquentes")
        template = f"{TEMPLATE_DIR}/faq.html"
        description = _("Des questions qui s’ouvrent pour montrer leur réponse.")
        preview_value = {
            "heading": "Questions fréquentes",
            "questions": [{"question": "Qui peut demander ?", "answer": "<p>Les habitants des quartiers.</p>"}],
        }


class ContactCardBlock(blocks.StructBlock):
    contact_point = SnippetChooserBlock("home.ContactPoint", label=_("lieu d’accueil"))

    class Meta:
        icon = "home"
        label = _("Carte contact")
        template = f"{TEMPLATE_DIR}/contact_card.html"
        description = _("Les coordonnées d’un lieu d’accueil (Maison du projet, point relais).")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("texte du lien"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"))

    class Meta:
        icon = "link"
        label = _("Bouton d’action")
        template = f"{TEMPLATE_DIR}/call_to_action.html"
        description = _("Un lien bien visible vers une page du site.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("intitulé"),
        max_length=150,
        required=False,
        help_text=_("Laisser vide pour reprendre le titre du document."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = f"{TEMPLATE_DIR}/document_link.html"
        description = _("Un lien vers un document, avec son format et son poids.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(group=_("Texte"))
    paragraph = ParagraphBlock(group=_("Texte"))
    callout = CalloutBlock(group=_("Texte"))
    faq = FAQBlock(group=_("Texte"))
    image = ImageBlock(group=_("Médias"))
    document = DocumentLinkBlock(group=_("Médias"))
    key_figures = KeyFiguresBlock(group=_("Contrat de ville"))
    steps = StepsBlock(group=_("Contrat de ville"))
    contact_card = ContactCardBlock(group=_("Contrat de ville"))
    call_to_action = CallToActionBlock(group=_("Liens"))

    class Meta:
        template = f"{TEMPLATE_DIR}/body.html"
