"""The admin's image form, which requires a description (the image's alt text)."""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """The admin's image form, with the description required: it is the image's alt text wherever no other is given."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = _(
                "Ce que montre l’image, pour les personnes qui ne la voient pas (texte alternatif)."
            )
