"""The project page made from a granted demande, and the bilan added to it, as far as the resident agreed.

Only what the resident chose to show goes public: the project's title and description,
its dispositif, quartier, year and amount, and the porteur's name only when they gave one
to display. Never their name as typed in the form, e-mail, phone, address or attachments.
The page is a draft, submitted to the « Relecture » workflow: a moderator publishes it.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale

from demandes.models import Demande, PieceJointe, PublicationConsent

from .models import Financement, ProjetImage, ProjetIndexPage, ProjetPage

BILAN_COLLECTION = "Photos des bilans"
PORTEUR_KINDS = {
    PublicationConsent.ASSOCIATION: ProjetPage.PorteurKind.ASSOCIATION,
    PublicationConsent.PRENOM: ProjetPage.PorteurKind.HABITANTS,
    PublicationConsent.ANONYME: ProjetPage.PorteurKind.HABITANTS,
}


def projects_index(demande):
    """The projects index in the demande's language, else the French (default) one."""
    indexes = ProjetIndexPage.objects.filter(
        locale__language_code__in=[demande.language, Locale.get_default().language_code]
    )
    by_language = {index.locale.language_code: index for index in indexes.select_related("locale")}
    return by_language.get(demande.language) or by_language.get(Locale.get_default().language_code)


def in_locale(item, locale):
    """The translation of a page or snippet into the page's locale, if there is one."""
    if item is None or item.locale_id == locale.pk:
        return item
    return item.get_translation_or_none(locale)


def refusal(demande):
    """Why no project page can be made from the demande, or None."""
    if demande.anonymised_at:
        return _("Les données de cette demande ont été effacées : aucune fiche projet ne peut en être faite.")
    if not demande.is_granted:
        return _("Seule une demande accordée peut devenir une fiche projet.")
    if demande.publication_consent == PublicationConsent.REFUSE:
        return _("La personne ne souhaite pas que son projet soit présenté sur le site.")
    if not demande.may_be_shown:
        return _(
            "La personne n’a pas encore dit si son projet peut être présenté sur le site : "
            "elle répond depuis sa page de suivi."
        )
    return None


def create_fiche_projet(demande, user):
    """(page, created): the draft project page of a granted demande, submitted for review;
    the existing page when there is one, so a second click opens it instead of making another.

    The demande is locked first, so two agents (or a double click) make one page."""
    with transaction.atomic():
        demande = (
            Demande.objects.select_for_update(of=("self",)).select_related("quartier", "dispositif").get(pk=demande.pk)
        )
        existing = ProjetPage.objects.filter(demande=demande).first()
        if existing:
            return existing, False
        if reason := refusal(demande):
            raise ValidationError(reason)
        index = projects_index(demande)
        if index is None:
            raise ValidationError(_("Le site n’a pas de liste des projets où placer la fiche."))
        page = ProjetPage(
            title=Truncator(demande.project_title or demande.project_description).chars(80)
            or _("Projet %(reference)s") % {"reference": demande.reference},
            intro=Truncator(demande.project_description).chars(400),
            dispositif=in_locale(demande.dispositif, index.locale),
            year=timezone.localtime(granted_at(demande)).year,
            porteur_kind=PORTEUR_KINDS[demande.publication_consent],
            porteur_name=demande.public_name,
            demande=demande,
            owner=user,
            live=False,
            locale=index.locale,
        )
        quartier = in_locale(demande.quartier, index.locale)
        page.quartiers = [quartier] if quartier else []
        page.financements = [Financement(funder=Financement.Funder.COMMUNE, amount=whole_euros(demande.amount_granted))]
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        workflow = page.get_workflow()
        if workflow:
            workflow.start(page, user)
        log(instance=demande, action="demandes.fiche_projet", user=user, data={"page": page.pk})
    return page, True


def granted_at(demande):
    return Demande.objects.granted().values_list("granted_at", flat=True).get(pk=demande.pk) or demande.updated_at


def whole_euros(amount):
    return int(Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def bilan_photos(demande):
    """The bilan's photos the page may show: none unless the resident agreed to be named (anonymous
    means nothing that could show who they are)."""
    if demande.public_name == "":
        return PieceJointe.objects.none()
    return demande.pieces_jointes.filter(kind=PieceJointe.Kind.BILAN, content_type__startswith="image/")


def bilan_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=BILAN_COLLECTION).first()
    return existing or root.add_child(name=BILAN_COLLECTION)


def add_bilan(page, summary, participants, photos, user):
    """A new draft revision of the page with the bilan's summary and the chosen photos (as Wagtail
    images with their alt text, in their own collection); ``photos`` is [(PieceJointe, alt text)].

    The photos were stripped of their metadata when the porteurs sent them (demandes/photos.py)."""
    with transaction.atomic():
        draft = page.get_latest_revision_as_object()
        paragraphs = [line.strip() for line in summary.splitlines() if line.strip()]
        draft.bilan = format_html_join("", "<p>{}</p>", ((line,) for line in paragraphs))
        draft.participants = participants
        collection = bilan_collection() if photos else None
        for piece, alt_text in photos:
            with piece.file.open("rb") as file:
                image = get_image_model()(
                    title=alt_text[:255],
                    description=alt_text,
                    collection=collection,
                    uploaded_by_user=user,
                    file=ImageFile(file, name=f"bilan-{piece.pk}.{piece.file.name.rsplit('.', 1)[-1]}"),
                )
                image.save()
            draft.gallery_images.add(ProjetImage(image=image, alt_text=alt_text))
        revision = draft.save_revision(user=user, log_action=True)
        log(instance=page.demande, action="demandes.bilan_projet", user=user, data={"page": page.pk})
    return revision
