"""The staff who process demandes, and the contact points each one answers for."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class Agent(models.Model):
    """A member of staff and the contact points whose demandes they process."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="agent"
    )
    contact_points = models.ManyToManyField(
        "home.ContactPoint",
        verbose_name=_("lieux dont l’agent traite les demandes"),
        related_name="agents",
        limit_choices_to=models.Q(locale__language_code=settings.LANGUAGE_CODE),
    )

    panels = [FieldPanel("user"), FieldPanel("contact_points")]

    class Meta:
        verbose_name = _("agent")
        verbose_name_plural = _("agents")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()
