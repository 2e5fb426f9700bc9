"""Photos sent with a demande or a bilan lose what they tell about their sender before they are stored.

A phone writes into each photo where it was taken (GPS), its make, model and serial
numbers (MakerNote) and more, in EXIF and XMP blocks. The photo is decoded and saved
again in its own format with none of them, turned upright first since the
orientation tag goes too; only its colour profile and transparency are kept.
"""

import io

import pillow_heif
from PIL import Image, ImageOps

from django.core.files.uploadedfile import SimpleUploadedFile

pillow_heif.register_heif_opener()

# By the content type read from the file's bytes.
FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", "image/heic": "HEIF", "image/heif": "HEIF"}
KEPT_INFO = ("icc_profile", "transparency")
QUALITY = 90
# Read before decoding: a few compressed megabytes can claim far more pixels than memory holds.
MAX_PIXELS = 50_000_000


class UnreadablePhoto(ValueError):
    """The file has the signature of a photo but cannot be decoded, or claims too many pixels."""


def without_metadata(upload, content_type):
    """The photo saved again without metadata, as a new upload of the same name; other files as they came."""
    image_format = FORMATS.get(content_type)
    if image_format is None:
        return upload
    output = io.BytesIO()
    try:
        with Image.open(upload) as image:
            if image.width * image.height > MAX_PIXELS:
                raise UnreadablePhoto(upload.name)
            # A new image, not the opened file: a HEIF file would be saved again with its own metadata.
            upright = ImageOps.exif_transpose(image)
            # Some writers (HEIF) copy what is left in info: EXIF, XMP, thumbnails.
            upright.info = {key: image.info[key] for key in KEPT_INFO if key in image.info}
            options = {} if image_format == "PNG" else {"quality": QUALITY}
            upright.save(output, image_format, **upright.info, **options)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise UnreadablePhoto(upload.name) from error
    return SimpleUploadedFile(upload.name, output.getvalue(), content_type)
