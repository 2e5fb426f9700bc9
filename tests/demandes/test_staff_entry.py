"""An agent enters a paper or oral demande for a resident at a point relais, then prints its receipt."""

from bs4 import BeautifulSoup

from demandes.models import Channel, Demande
from tests.demandes.factories import field_name, pic_answers
from tests.utils import page_text

CONSENT = "J’accepte que la Ville de Loos utilise ces informations pour étudier ma demande"


def test_the_staff_form_offers_no_online_channel_and_asks_consent_once(agent_oliveaux, pic_form):
    _user, client = agent_oliveaux
    form = BeautifulSoup(client.get(pic_form.url).content, "html.parser").select_one("form.form")
    channels = form.select('input[name="canal"]')
    assert [channel["value"] for channel in channels] == [Channel.POINT_RELAIS]
    assert channels[0].has_attr("checked")
    assert "En ligne, par la personne elle-même" not in form.get_text()
    assert form.select('input[name="accord_oral"]')
    assert not form.select(f'input[name="{field_name(pic_form, "J’accepte")}"]')
    assert CONSENT in form.select_one(".form__staff").get_text(" ")


def test_a_resident_still_gives_consent_in_the_form(client, pic_form):
    form = BeautifulSoup(client.get(pic_form.url).content, "html.parser")
    assert form.select(f'input[name="{field_name(pic_form, "J’accepte")}"]')
    assert not form.select('input[name="canal"], input[name="accord_oral"]')


def test_the_agent_lands_on_the_demande_with_its_receipt_to_print(agent_oliveaux, pic_form):
    user, client = agent_oliveaux
    data = pic_answers(pic_form, **{"J’accepte": None})
    data.update(canal=Channel.POINT_RELAIS, accord_oral="on")
    response = client.post(pic_form.url, data, follow=True)
    demande = Demande.objects.get(entered_by=user)
    assert response.redirect_chain == [(f"/admin/demandes_recues/{demande.pk}/", 302)]
    page = BeautifulSoup(response.content, "html.parser")
    receipt = page.find("a", string="Imprimer le récépissé")
    assert receipt["href"] == f"/admin/demandes_recues/{demande.pk}/recepisse/"
    assert f"Demande {demande.reference} enregistrée" in page_text(response)
    assert demande.oral_consent and demande.channel == Channel.POINT_RELAIS
    assert dict(demande.answers())[CONSENT] is True


def test_an_online_channel_posted_by_staff_is_refused(agent_oliveaux, pic_form):
    _user, client = agent_oliveaux
    data = pic_answers(pic_form)
    data.update(canal=Channel.ONLINE, accord_oral="on")
    response = client.post(pic_form.url, data)
    assert response.status_code == 400
    assert not Demande.objects.filter(entered_by__isnull=False).exists()
