"""The files residents send with a demande or a bilan, kept in a folder no URL serves."""

from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from .demande import Demande


class PrivateStorage(FileSystemStorage):
    """Files that no URL serves: read through the admin only. The folder follows the setting."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def url(self, name):
        raise ValueError("Private files have no URL: staff download them through the admin.")


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage


# The extensions of each type a file is checked to be (forms.ACCEPTED_FILE_TYPES), the first one added when missing.
EXTENSIONS = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/webp": (".webp",),
    "image/heic": (".heic",),
    "image/heif": (".heif",),
    "application/pdf": (".pdf",),
}


class PieceJointe(models.Model):
    class Kind(models.TextChoices):
        DEMANDE = "demande", _("Pièce de la demande")
        BILAN = "bilan", _("Photo du bilan")

    demande = models.ForeignKey(Demande, on_delete=models.CASCADE, related_name="pieces_jointes")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DEMANDE)
    file = models.FileField(storage=get_private_storage, upload_to="demandes/%Y/%m/")
    original_name = models.CharField(_("nom du fichier"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")

    def __str__(self):
        return self.original_name

    @property
    def download_name(self):
        """The resident's name with the extension of what the file was checked to be: saved on an agent's
        disk, a PDF named « facture.html » (which may hold HTML after its PDF header) opens as a PDF,
        never as a web page."""
        extensions = EXTENSIONS.get(self.content_type, ())
        if not extensions or PurePath(self.original_name).suffix.lower() in extensions:
            return self.original_name
        return self.original_name + extensions[0]


class PieceJointeEnAttente(models.Model):
    """A file sent with a form that came back with errors, kept a day so the resident need not choose it again.

    Already checked and stripped of its metadata (forms.FichiersField); demandes/pending.py keeps,
    hands over and purges them."""

    file = models.FileField(storage=get_private_storage, upload_to="en-attente/%Y/%m/")
    original_name = models.CharField(_("nom du fichier"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    # The question of the form it answers (its clean_name).
    field_name = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("pièce jointe en attente")
        verbose_name_plural = _("pièces jointes en attente")

    def __str__(self):
        return self.original_name
