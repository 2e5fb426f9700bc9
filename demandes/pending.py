"""Files a resident sent with a form that came back with errors: kept a day on the server, never sent again.

Browsers do not send files again with a re-rendered form. The checked files are stored
(PieceJointeEnAttente) and the form carries their ids in a signed, timestamped token
(hidden input); the next submit reads it back, drops the ones ticked « Retirer », and a
demande sent takes them over. ``purge`` deletes what nobody claimed after a day.
"""

from datetime import timedelta

from django.core import signing
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import PieceJointeEnAttente

MAX_AGE = timedelta(hours=24)
KEPT_FILES_FIELD = "pieces_en_attente"
REMOVE_FIELD = "retirer_piece"
SALT = "demandes.pieces-en-attente"
REFUSED = _(
    "Les fichiers joints lors de votre envoi précédent n’ont pas pu être retrouvés (gardés plus de 24 heures, "
    "ou lien modifié) : aucun n’est joint. Choisissez-les à nouveau."
)


class RefusedToken(ValueError):
    """The token is forged, tampered with or expired, or names files no longer kept."""


def signer():
    return signing.TimestampSigner(salt=SALT)


def token_for(rows):
    return signer().sign_object(sorted(row.pk for row in rows)) if rows else ""


def read_token(token):
    """The kept files a token names, oldest first; RefusedToken unless every one of them is still there."""
    if not token:
        return []
    try:
        pks = signer().unsign_object(token, max_age=MAX_AGE)
    except signing.BadSignature:  # SignatureExpired included
        raise RefusedToken from None
    if not isinstance(pks, list) or not all(isinstance(pk, int) for pk in pks):
        raise RefusedToken
    rows = list(PieceJointeEnAttente.objects.filter(pk__in=pks, created_at__gte=timezone.now() - MAX_AGE))
    if len(rows) != len(set(pks)):
        raise RefusedToken
    return sorted(rows, key=lambda row: row.pk)


def keep(uploads, field_name):
    """Store checked uploads (FichiersField's output) until the form is sent without errors."""
    return [
        PieceJointeEnAttente.objects.create(
            file=upload,
            original_name=upload.name[:255],
            content_type=upload.checked_content_type,
            size=upload.size,
            field_name=field_name,
        )
        for upload in uploads
    ]


def as_upload(row):
    """A kept file in the shape FichiersField gives a new one, for submission.store_files."""
    upload = File(row.file.open("rb"), name=row.original_name)
    upload.size = row.size
    upload.checked_content_type = row.content_type
    upload.pending = row
    return upload


def release(rows):
    """Delete kept files once the transaction commits (their rows at once)."""
    for row in rows:
        row.file.close()
        transaction.on_commit(lambda name=row.file.name, storage=row.file.storage: storage.delete(name))
        row.delete()


def purge(now=None):
    """Delete the files kept more than a day ago, which no demande took over; how many."""
    rows = list(PieceJointeEnAttente.objects.filter(created_at__lt=(now or timezone.now()) - MAX_AGE))
    with transaction.atomic():
        release(rows)
    return len(rows)
