"""The fields of the resident's form that read what people type: amounts and dates (parsing.py), and text."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from home.templatetags.site_tags import euros

from .parsing import AmbiguousAmount, NotADate, NotAnAmount, parse_amount, parse_date

# The control characters that no XML file holds (so no XLSX export, where a demande's answers go): every C0
# character but tab, line feed and carriage return. NUL has Django's own message.
no_control_characters = RegexValidator(
    r"[\x01-\x08\x0b\x0c\x0e-\x1f]",
    inverse_match=True,
    message=_(
        "Ce texte contient un caractère de contrôle invisible, souvent copié depuis un autre logiciel : "
        "retapez-le ou collez-le sans mise en forme."
    ),
    code="control_character",
)


class MontantField(forms.DecimalField):
    """An amount in euros as the site writes it in the visitor's language: « 1 500 € », « €1,500.50 », « 850,5 »."""

    widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def __init__(self, *, ceiling=None, acronym="", granted=False, **kwargs):
        self.ceiling = ceiling
        self.acronym = acronym
        self.granted = granted
        super().__init__(max_digits=9, decimal_places=2, min_value=0, **kwargs)
        self.error_messages.update(
            invalid=_("Indiquez un montant en chiffres, par exemple 850 ou 850,50."),
            min_value=_("Le montant ne peut pas être négatif."),
            max_digits=_("Indiquez un montant en chiffres, par exemple 850 ou 850,50."),
            max_whole_digits=_("Indiquez un montant en chiffres, par exemple 850 ou 850,50."),
            max_decimal_places=_("Indiquez au plus deux chiffres après la virgule (les centimes)."),
            ambiguous=_(
                "Ce montant peut se lire en milliers ou en centimes : écrivez-le sans séparateur de milliers, "
                "par exemple 1500 ou 1500,50."
            ),
        )

    def to_python(self, value):
        if value in self.empty_values or not str(value).strip():
            return None
        try:
            number = parse_amount(str(value))
        except AmbiguousAmount:
            raise forms.ValidationError(self.error_messages["ambiguous"], code="ambiguous") from None
        except NotAnAmount:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not number.is_finite():
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number

    def validate(self, value):
        super().validate(value)
        if value is not None and self.ceiling is not None and value > self.ceiling:
            message = (
                _("Le montant accordé dépasse le plafond du %(acronym)s (%(ceiling)s).")
                if self.granted
                else _("Le montant demandé dépasse le plafond du %(acronym)s (%(ceiling)s).")
            )
            raise forms.ValidationError(
                message % {"acronym": self.acronym, "ceiling": euros(self.ceiling)}, code="above_ceiling"
            )


class JourField(forms.DateField):
    """A date picked in the browser's calendar (ISO) or typed day first, in any language (parsing.py)."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    default_error_messages = {
        "invalid": _("Indiquez la date sous la forme jour/mois/année, par exemple 20/06/2027."),
    }

    def to_python(self, value):
        if value in self.empty_values or not isinstance(value, str):
            return super().to_python(value)
        try:
            return parse_date(value)
        except NotADate:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def prepare_value(self, value):
        """A day typed as text is shown again in ISO, the only value a calendar input displays."""
        if isinstance(value, str):
            try:
                return parse_date(value).isoformat()
            except NotADate:
                pass
        return super().prepare_value(value)
