"""The receipt an agent prints for a resident without e-mail: everything needed to follow the demande on paper."""

from demandes.notifications import follow_up_url
from home.models import ContactPoint
from tests.utils import page_text


def test_the_receipt_carries_what_the_resident_needs_to_follow_the_demande(agent_oliveaux, demandes):
    pic, _ftu = demandes
    ContactPoint.objects.filter(pk=pic.contact_point_id).update(address="2 rue Kléber, Loos", phone="03 20 11 22 33")
    response = agent_oliveaux[1].get(f"/admin/demandes_recues/{pic.pk}/recepisse/")
    text = page_text(response)
    for shown in (
        "Fatima Benali et Jérôme Dupont",
        "Repas partagé des voisins",
        pic.reference,
        "2 rue Kléber, Loos",
        "03 20 11 22 33",
        follow_up_url(pic),
    ):
        assert shown in text, shown
    html = response.content.decode()
    assert '<img class="receipt__qr" src="data:image/svg+xml' in html
    assert "<script" not in html and "style=" not in html
