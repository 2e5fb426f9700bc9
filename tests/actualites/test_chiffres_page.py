"""The « en chiffres » page: official totals, and tables that add up what the database holds."""

import re
from html import unescape

import pytest

from django.db.models import Count, Sum
from django.utils import timezone

from actualites.models import ProjetPage
from demandes.models import Demande
from demandes.transitions import move
from dispositifs.models import DispositifPage
from home.models import Quartier
from tests.actualites.factories import domaine, publish_projet
from tests.demandes.conftest import demandes, fresh_rate_limit, ftu_form, pic_form, private_root  # noqa: F401
from tests.utils import page_text


def tables(response):
    """Each data table as {caption: {row header: (projects, euros or None when not given)}}."""
    result = {}
    for caption, body in re.findall(
        r"<caption>(.*?)</caption>.*?<tbody>(.*?)</tbody>", response.content.decode(), re.S
    ):
        rows = re.findall(r'<th scope="row">(.*?)</th><td>(\d+)</td><td>(.*?)</td>', body)
        result[unescape(caption)] = {
            unescape(label): (int(count), int(re.sub(r"\D", "", amount)) if "€" in amount else None)
            for label, count, amount in rows
        }
    return result


@pytest.fixture
def projets(places):
    publish_projet(
        "Fête",
        dispositif=places.pic,
        quartiers=[places.oliveaux],
        domaines=[domaine("Culture")],
        year=2024,
        financements=[("commune", 1500)],
    )
    publish_projet(
        "Aire de jeux",
        dispositif=places.ftu,
        quartiers=[places.oliveaux, places.kiener],
        domaines=[domaine("Sport")],
        year=2023,
        financements=[("commune", 3000), ("etat", 1200)],
    )
    publish_projet(
        "Atelier",
        quartiers=[places.kiener],
        domaines=[domaine("Santé"), domaine("Culture")],
        year=2024,
        financements=[("autre", 800)],
    )
    draft = publish_projet("Retiré", dispositif=places.pic, year=2024, financements=[("etat", 99999)])
    draft.unpublish()


def test_official_totals_are_shown_as_key_figures(client, initial_content):
    text = page_text(client.get("/fr/chiffres/"))
    assert "2 871 930 €" in text and "3 300 433 €" in text and "57 actions" in text


def test_tables_equal_the_sums_computed_from_the_database(client, projets):
    response = client.get("/fr/chiffres/")
    data = tables(response)
    live = ProjetPage.objects.live()
    for dispositif in DispositifPage.objects.filter(projets__live=True).distinct():
        expected = live.filter(dispositif=dispositif).aggregate(
            n=Count("pk", distinct=True), amount=Sum("financements__amount")
        )
        assert data["Par dispositif"][dispositif.title] == (expected["n"], expected["amount"])
    autre = live.filter(dispositif__isnull=True).aggregate(amount=Sum("financements__amount"))
    assert data["Par dispositif"]["Autre"] == (1, autre["amount"])
    for quartier in Quartier.objects.all():
        projets = live.filter(quartiers=quartier)
        if projets.exists():
            amount = ProjetPage.objects.filter(pk__in=projets).aggregate(amount=Sum("financements__amount"))["amount"]
            assert data["Par quartier"][quartier.name] == (projets.count(), amount)
    culture = live.filter(domaines=domaine("Culture"))
    assert data["Par domaine"]["Culture"] == (culture.count(), 800 + 1500)
    assert data["Par année de début"]["2024"] == (live.filter(year=2024).count(), 1500 + 800)
    # The seed's projects have no amount: said, never shown as 0 €.
    assert data["Par année de début"]["Non renseigné"] == (6, None)
    text = page_text(response)
    assert f"{live.count()} projets sont présentés sur ce site." in text
    assert "Le montant de 7 projets n’est pas renseigné." in text
    assert not re.search(r"(?<!\d)0 €", text)


def test_charts_bars_follow_the_table(client, projets):
    """The longest bar belongs to the row with the most projects; the chart is hidden from screen readers."""
    content = client.get("/fr/chiffres/").content.decode()
    bars = re.search(r'<ul class="chart__bars" role="list" aria-hidden="true">(.*?)</ul>', content, re.S).group(1)
    widths = dict(
        re.findall(
            r'<span class="chart__label">(.*?)</span>\s*<svg.*?<rect class="chart__count" width="(\d+)"', bars, re.S
        )
    )
    assert widths == {"Projet d’initiative citoyenne": "80", "Fonds de travaux urbains": "100", "Autre": "20"}


def test_the_comites_grants_are_counted_per_dispositif_and_year_without_personal_data(
    client,
    demandes,  # noqa: F811
    admin_user,
):
    """From the decisions, whether a page shows the project or not; a refusal counts nowhere."""
    pic, ftu = demandes
    move(pic, "examen_comite", admin_user)
    move(pic, "avis_favorable", admin_user, amount=850)
    for step in ("avis_comite", "etude_services", "second_examen"):
        move(ftu, step, admin_user)
    move(ftu, "subvention_attribuee", admin_user, amount=3200)
    year = str(timezone.localtime().year)
    response = client.get("/fr/chiffres/")
    data = tables(response)
    for procedure, title in (("pic", "Projet d’initiative citoyenne (PIC)"), ("ftu", "Fonds de travaux urbains (FTU)")):
        granted = Demande.objects.granted().filter(procedure=procedure)
        expected = (granted.count(), int(granted.aggregate(total=Sum("amount_granted"))["total"]))
        assert data[f"{title} : subventions accordées par année"] == {year: expected}
    text = page_text(response)
    assert "2 projets d’habitants ont reçu une subvention, pour 4 050 € au total." in text
    for private in ("Benali", "Haddad", "fatima@example.org", "06 12 34 56 78", pic.reference):
        assert private not in response.content.decode()
