"""Template helpers of the demande form: accessible inputs, and which fields group their choices in a fieldset."""

from django import template

register = template.Library()


@register.simple_tag
def accessible_widget(field):
    """The field's input tied to its hint and its error (aria-describedby), and marked invalid on error."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-aide")
    if field.errors:
        described_by.append(f"{field.auto_id}-erreur")
    attrs = {"aria-describedby": " ".join(described_by)} if described_by else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    if field.field.required and not field.widget_type.startswith(("radio", "checkboxselectmultiple")):
        attrs["required"] = True
    return field.as_widget(attrs=attrs)


@register.filter
def uses_fieldset(field):
    return field.widget_type in ("radioselect", "checkboxselectmultiple")
