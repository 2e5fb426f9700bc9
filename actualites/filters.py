"""The projects list's filters: plain links with a query string, so they work without JavaScript and can be shared.

Each filter shows only the values that still match something given the other
filters, with the number of matching projects. A value that makes no sense
(``?annee=abc``) is ignored and reported, never an error.
"""

import re
from collections import Counter
from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from proxy_cache.version import kept

OTHER_DISPOSITIF = "autre"
SLUG = re.compile(r"^[-a-z0-9]{1,255}$")


def _clean_slug(raw):
    return raw if SLUG.match(raw) else None


def _clean_id(raw):
    return int(raw) if raw.isdigit() and 0 < int(raw) < 2**31 else None


def _clean_year(raw):
    return int(raw) if raw.isdigit() and 1900 <= int(raw) <= 2200 else None


class ProjetFilters:
    """Applies the filters of a request to a queryset of projects and describes each filter's choices."""

    FACETS = {
        "dispositif": (_("Dispositif"), _clean_slug),
        "quartier": (_("Quartier"), _clean_id),
        "domaine": (_("Domaine"), _clean_id),
        "annee": (_("Année"), _clean_year),
    }

    def __init__(self, params, projets, facts_key=None):
        """``facts_key``: the key under which the projects' facts are kept between publications."""
        self.projets = projets
        self.facts_key = facts_key
        self.selected = {}
        self.ignored = []
        for name, (label, clean) in self.FACETS.items():
            raw = params.get(name, "").strip()
            if not raw:
                continue
            value = clean(raw)
            if value is None:
                self.ignored.append(label)
            else:
                self.selected[name] = value

    @staticmethod
    def _apply(projets, name, value):
        if name == "dispositif":
            if value == OTHER_DISPOSITIF:
                return projets.filter(dispositif__isnull=True)
            return projets.filter(dispositif__slug=value)
        if name == "quartier":
            return projets.filter(quartiers=value)
        if name == "domaine":
            return projets.filter(domaines=value)
        # A project counts for every year from its first to its last.
        return projets.filter(year__lte=value).filter(Q(end_year__gte=value) | Q(end_year__isnull=True, year=value))

    def _filtered(self, except_facet=None):
        projets = self.projets
        for name, value in self.selected.items():
            if name != except_facet:
                projets = self._apply(projets, name, value)
        return projets

    @property
    def queryset(self):
        return self._filtered()

    @property
    def query_string(self):
        """The current filters, for the pagination links."""
        return urlencode(self.selected)

    def _url(self, name, value):
        params = {key: val for key, val in self.selected.items() if key != name}
        if value is not None:
            params[name] = value
        return "?" + urlencode(params) if params else "?"

    def _facts(self):
        """One row per project with what the filters look at: three queries, kept until the next publication
        (the counts of any choice of filters are then computed here, without a query)."""

        def read():
            fields = ("pk", "dispositif__slug", "dispositif__title", "dispositif__path", "year", "end_year")
            rows = {row["pk"]: {**row, "quartiers": [], "domaines": []} for row in self.projets.values(*fields)}
            for field in ("quartiers", "domaines"):
                linked = self.projets.filter(**{f"{field}__isnull": False}).values_list(
                    "pk", f"{field}__pk", f"{field}__name", f"{field}__sort_order"
                )
                for pk, value, label, order in linked:
                    rows[pk][field].append((value, label, order))
            return list(rows.values())

        return kept(self.facts_key, read) if self.facts_key else read()

    @staticmethod
    def _matches(row, name, value):
        """``_apply`` on one row of ``_facts``."""
        if name == "dispositif":
            return row["dispositif__slug"] == (None if value == OTHER_DISPOSITIF else value)
        if name in ("quartier", "domaine"):
            return any(linked == value for linked, _label, _order in row[f"{name}s"])
        first, last = row["year"], row["end_year"]
        return first is not None and first <= value and (last >= value if last is not None else first == value)

    def _counts(self, name):
        """(value, label, count) for every value of one facet that matches the other filters."""
        others = [(other, value) for other, value in self.selected.items() if other != name]
        rows = [row for row in self._facts() if all(self._matches(row, other, value) for other, value in others)]
        if name == "dispositif":
            counts = Counter(
                (row["dispositif__path"] or "~", row["dispositif__slug"] or OTHER_DISPOSITIF, row["dispositif__title"])
                for row in rows
            )
            return [(slug, title or _("Autre"), n) for (_path, slug, title), n in sorted(counts.items())]
        if name in ("quartier", "domaine"):
            counts = Counter(linked for row in rows for linked in set(row[f"{name}s"]))
            ordered = sorted(counts.items(), key=lambda item: (item[0][2], item[0][1]))
            return [(value, label, n) for (value, label, _order), n in ordered]
        years = Counter()
        for row in rows:
            if row["year"] is not None:
                years.update(range(row["year"], max(row["year"], row["end_year"] or row["year"]) + 1))
        return [(year, str(year), count) for year, count in sorted(years.items(), reverse=True)]

    def facets(self):
        """Each filter with its choices as links; the first choice removes the filter."""
        facets = []
        for name, (label, _clean) in self.FACETS.items():
            selected = self.selected.get(name)
            choices = [{"label": _("Tous"), "url": self._url(name, None), "selected": selected is None, "count": None}]
            choices += [
                {"label": choice_label, "url": self._url(name, value), "selected": value == selected, "count": count}
                for value, choice_label, count in self._counts(name)
            ]
            facets.append({"name": name, "label": label, "choices": choices})
        return facets
