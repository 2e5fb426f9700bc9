"""The published projects as open data: CSV and JSON files, and their DCAT description for data.gouv.fr.

One row per project, from the French pages (the source of every translation); drafts, unpublished,
expired and view-restricted pages are left out, and no personal data is written (the porteur is not).
Published under the Licence Ouverte / Open Licence 2.0 (Etalab).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Site

from home.published import private_sections
from home.spreadsheets import french_csv

from .models import ChiffresPage, ProjetPage

LICENCE = {
    "title": "Licence Ouverte / Open Licence version 2.0",
    "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "spdx": "etalab-2.0",
}
TITLE = "Projets financés par le contrat de ville de Loos"
DESCRIPTION = (
    "Les projets financés par le contrat de ville de Loos (Nord) et publiés sur son site, un par ligne : "
    "titre, dispositif (PIC, FTU ou autre), quartiers prioritaires, domaines, années, montants demandé et "
    "accordé en euros, financeurs et adresse de la page du projet."
)
PUBLISHER = "Ville de Loos"
COLUMNS = [
    "titre",
    "dispositif",
    "quartiers",
    "domaines",
    "annee",
    "annee_fin",
    "montant_demande",
    "montant_accorde",
    "financeurs",
    "url",
]
FORMATS = {"csv": "text/csv", "json": "application/json"}


def published_projets(site):
    return (
        ProjetPage.objects.open_data(site)
        .select_related("dispositif")
        .prefetch_related("quartiers", "domaines", "financements")
        .order_by(F("year").desc(nulls_last=True), "title", "pk")
    )


def last_update(site):
    """When the data last changed: the latest publication among the published projects (ISO 8601)."""
    latest = ProjetPage.objects.open_data(site).last_published() if site else None
    return latest.isoformat() if latest else None


def row(projet, request):
    return {
        "titre": projet.title,
        "dispositif": projet.dispositif.acronym or projet.dispositif.title if projet.dispositif else "autre",
        "quartiers": [quartier.name for quartier in projet.quartiers.all()],
        "domaines": [domaine.name for domaine in projet.domaines.all()],
        "annee": projet.year,
        "annee_fin": projet.end_year,
        "montant_demande": projet.amount_requested,
        "montant_accorde": projet.amount,
        "financeurs": [
            {"financeur": str(line.get_funder_display()), "montant": line.amount} for line in projet.financements.all()
        ],
        "url": projet.get_full_url(request),
    }


def rows(request):
    site = Site.find_for_request(request)
    with translation.override("fr"):  # the funders' names, whatever the visitor's language
        return [row(projet, request) for projet in published_projets(site)] if site else []


def csv_cell(value):
    """A list as « a, b »; funders as « La Ville de Loos (1500) »; nothing for unknown."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(
            (f"{item['financeur']} ({item['montant']})" if item["montant"] is not None else item["financeur"])
            if isinstance(item, dict)
            else item
            for item in value
        )
    return value


def absolute(request, name):
    return request.build_absolute_uri(reverse(name))


def licence_link(request):
    return (
        f'<{LICENCE["url"]}>; rel="license", '
        f'<{absolute(request, "open_data:catalogue")}>; rel="describedby"; type="application/ld+json"'
    )


def projets_csv(request):
    data = rows(request)
    content = french_csv(COLUMNS, ([csv_cell(projet[column]) for column in COLUMNS] for projet in data))
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="projets-contrat-de-ville-loos.csv"'
    response["Link"] = licence_link(request)
    return response


def projets_json(request):
    site = Site.find_for_request(request)
    data = rows(request)
    metadata = {
        "titre": TITLE,
        "description": DESCRIPTION,
        "producteur": PUBLISHER,
        "licence": LICENCE,
        "langue": "fr",
        "mise_a_jour": last_update(site),
        "nombre_de_projets": len(data),
        "colonnes": COLUMNS,
        "description_dcat": absolute(request, "open_data:catalogue"),
    }
    response = JsonResponse({"metadata": metadata, "projets": data}, json_dumps_params={"ensure_ascii": False})
    response["Link"] = licence_link(request)
    return response


def catalogue(request):
    """The dataset in DCAT-AP, as JSON-LD: what data.gouv.fr's harvester reads."""
    updated = last_update(Site.find_for_request(request))
    chiffres = ChiffresPage.objects.live().exclude(private_sections()).filter(locale=Locale.get_default()).first()
    dataset_id = absolute(request, "open_data:catalogue") + "#projets"
    distributions = [
        {
            "@id": absolute(request, f"open_data:projets_{extension}"),
            "@type": "dcat:Distribution",
            "dct:title": f"{TITLE} ({extension.upper()})",
            "dcat:accessURL": {"@id": absolute(request, f"open_data:projets_{extension}")},
            "dcat:downloadURL": {"@id": absolute(request, f"open_data:projets_{extension}")},
            "dcat:mediaType": {"@id": f"http://www.iana.org/assignments/media-types/{media_type}"},
            "dct:format": extension.upper(),
            "dct:license": {"@id": LICENCE["url"]},
        }
        for extension, media_type in FORMATS.items()
    ]
    dataset = {
        "@id": dataset_id,
        "@type": "dcat:Dataset",
        "dct:identifier": dataset_id,
        "dct:title": TITLE,
        "dct:description": DESCRIPTION,
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": PUBLISHER},
        "dct:license": {"@id": LICENCE["url"]},
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/FRA"},
        # Updated whenever an editor publishes or unpublishes a project.
        "dct:accrualPeriodicity": {"@id": "http://purl.org/cld/freq/continuous"},
        "dct:spatial": {"@type": "dct:Location", "locn:geographicName": "Loos (Nord)"},
        "dcat:keyword": ["politique de la ville", "contrat de ville", "quartiers prioritaires", "subventions"],
        "dcat:distribution": distributions,
    }
    if updated:
        dataset["dct:modified"] = {"@value": updated, "@type": "xsd:dateTime"}
    if chiffres:
        dataset["dcat:landingPage"] = {"@id": chiffres.get_full_url(request)}
    document = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "locn": "http://www.w3.org/ns/locn#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": absolute(request, "open_data:catalogue"),
        "@type": "dcat:Catalog",
        "dct:title": "Données ouvertes du contrat de ville de Loos",
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": PUBLISHER},
        "dcat:dataset": [dataset],
    }
    content = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return HttpResponse(content, content_type="application/ld+json; charset=utf-8")
