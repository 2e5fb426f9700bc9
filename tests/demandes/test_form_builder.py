"""The form builder as editors use it: where a new question lands, whether it is required, what to do next."""

from django.db.models import Max

from demandes.models import DemandeFormField
from tests.utils import page_text

CONSENT = "J’accepte que la Ville de Loos utilise ces informations"


def add_question(form, label, **fields):
    """A question added at the end of the builder's list, below the consent checkbox."""
    last = form.form_fields.aggregate(last=Max("sort_order"))["last"]
    return DemandeFormField.objects.create(
        page=form, locale=form.locale, label=label, field_type="singleline", sort_order=last + 1, **fields
    )


def test_a_question_added_after_consent_comes_before_it_and_is_optional(client, pic_form):
    add_question(pic_form, "Comment avez-vous connu le PIC")
    add_question(pic_form, "Nombre de bénévoles", required=True)
    text = page_text(client.get(pic_form.url))
    assert text.index("Comment avez-vous connu le PIC") < text.index(CONSENT)
    assert "Comment avez-vous connu le PIC (obligatoire)" not in text
    assert text.index("Nombre de bénévoles (obligatoire)") < text.index(CONSENT)


def test_a_new_question_in_the_builder_starts_unticked_and_the_builder_says_to_sync(admin_client, pic_form):
    body = admin_client.get(f"/admin/pages/{pic_form.pk}/edit/").content.decode()
    new_required = body.split('name="form_fields-__prefix__-required"')[0].rsplit("<input", 1)[1]
    new_required += body.split('name="form_fields-__prefix__-required"')[1].split(">", 1)[0]
    assert "checked" not in new_required
    assert "synchronisez les traductions" in page_text(admin_client.get(f"/admin/pages/{pic_form.pk}/edit/"))
