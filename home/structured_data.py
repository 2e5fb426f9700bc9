"""schema.org descriptions of the site's organisation, contact points and pages, as JSON-LD data blocks.

A ``<script type="application/ld+json">`` is data, not a script: the browser never runs it, and a
Content-Security-Policy's script-src does not govern it (the browser tests check it under a strict policy).
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

POSTAL_CODE_AND_TOWN = re.compile(r"^\s*(\d{5})\s+(.+?)\s*$")
# As django.utils.html.json_script escapes: nothing in the data can close the element.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def site_url(request):
    """The site's root address, which the organisation's and the contact points' identifiers start with.

    The same for every language (the French home's), so that each node has one identifier; kept on the request.
    """
    if not hasattr(request, "_structured_data_site_url"):
        site = Site.find_for_request(request)
        root = site.root_page.get_full_url(request) if site else None
        request._structured_data_site_url = root or request.build_absolute_uri("/")
    return request._structured_data_site_url


def organisation_id(request):
    return site_url(request) + "#organisation"


def postal_address(text):
    """The editor's address, one line each, read into schema.org's parts: the line « 59120 Loos » gives the town."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    address = {"@type": "PostalAddress", "addressLocality": "Loos", "addressCountry": "FR"}
    street = []
    for line in lines:
        if match := POSTAL_CODE_AND_TOWN.match(line):
            address["postalCode"], address["addressLocality"] = match.groups()
        else:
            street.append(line)
    if street:
        address["streetAddress"] = ", ".join(street)
    return address


def office(request, contact_point):
    """A contact point as the place residents go to (GovernmentOffice), with its address and opening hours."""
    node = {
        "@type": "GovernmentOffice",
        "@id": f"{site_url(request)}#lieu-{contact_point.translation_key}",
        "name": contact_point.name,
        "parentOrganization": {"@id": organisation_id(request)},
    }
    if contact_point.address:
        node["address"] = postal_address(contact_point.address)
    if contact_point.opening_hours:
        # Typed by editors in words (« du lundi au vendredi, de 9 h à 12 h »): schema.org accepts text.
        node["openingHours"] = [line.strip() for line in contact_point.opening_hours.splitlines() if line.strip()]
    if contact_point.phone:
        node["telephone"] = contact_point.phone
    if contact_point.public_email:
        node["email"] = contact_point.public_email
    return node


def organisation(request, main_contact, name):
    """The organisation behind the site, with its main contact point in the visitor's language (as in every footer)."""
    node = {
        "@type": "GovernmentOrganization",
        "@id": organisation_id(request),
        "name": name,
        "url": site_url(request),
        "areaServed": {"@type": "City", "name": "Loos", "address": {"@type": "PostalAddress", "addressCountry": "FR"}},
    }
    if main_contact:
        node["location"] = office(request, main_contact)
    return node


def json_ld(graph):
    """The nodes as one JSON-LD data block."""
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data.translate(JSON_ESCAPES)))  # noqa: S308
