"""Synonyms that editors keep in the admin: a resident's word finds the pages that use another."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class SynonymGroup(models.Model):
    """Words that mean the same thing to a resident, such as « PIC » and « projet d’initiative citoyenne »."""

    terms = models.TextField(
        _("mots et expressions"),
        help_text=_(
            "Un mot ou une expression par ligne. Chercher l’un trouve aussi les pages qui emploient les autres."
        ),
    )

    panels = [FieldPanel("terms")]

    class Meta:
        verbose_name = _("groupe de synonymes")
        verbose_name_plural = _("synonymes de la recherche")
        ordering = ["pk"]

    def __str__(self):
        return " ↔ ".join(self.term_list)

    @property
    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]
