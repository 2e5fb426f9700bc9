"""Figures for the « en chiffres » page's charts and tables: from the published projects, and from the
comités' decisions (the granted demandes)."""

from collections import defaultdict

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from demandes.procedures import PROCEDURES

UNKNOWN = _("Non renseigné")


class Row:
    def __init__(self, label):
        self.label = label
        self.count = 0
        self.amount = None  # None until one amount is known: unknown is not zero.
        self.count_percent = 0
        self.amount_percent = 0

    def add(self, amount):
        self.count += 1
        if amount is not None:
            self.amount = (self.amount or 0) + amount


class Chart:
    """Number of projects and amounts granted per value of one dimension, with bar lengths in percent."""

    def __init__(self, slug, title, column, rows):
        self.slug = slug
        self.title = title
        self.column = column
        self.rows = rows
        max_count = max((row.count for row in rows), default=0)
        max_amount = max((row.amount or 0 for row in rows), default=0)
        for row in rows:
            row.count_percent = _percent(row.count, max_count)
            row.amount_percent = _percent(row.amount or 0, max_amount)
        self.has_amounts = max_amount > 0


def _percent(value, maximum):
    if not maximum or not value:
        return 0
    return max(1, round(100 * value / maximum))


class ProjetStats:
    """Totals of projects by dispositif, quartier, domaine and year (prefetch domaines and financements).

    A project in two quartiers or two domaines counts in each, so those rows can
    add up to more than the total; a project counts in the year it started.
    """

    def __init__(self, projets):
        projets = list(projets)
        self.count = len(projets)
        amounts = [projet.amount for projet in projets]
        known = [amount for amount in amounts if amount is not None]
        self.amount = sum(known) if known else None
        self.without_amount = len(amounts) - len(known)
        by = {name: defaultdict(list) for name in ("dispositif", "quartier", "domaine", "year")}
        for projet, amount in zip(projets, amounts, strict=True):
            dispositif = projet.dispositif
            by["dispositif"][(dispositif.path, dispositif.title) if dispositif else ("~", _("Autre"))].append(amount)
            for quartier in projet.quartiers.all() or [None]:
                key = (quartier.sort_order, quartier.name) if quartier else (10**6, UNKNOWN)
                by["quartier"][key].append(amount)
            for domaine in projet.domaines.all() or [None]:
                key = (domaine.sort_order, domaine.name) if domaine else (10**6, UNKNOWN)
                by["domaine"][key].append(amount)
            by["year"][(-projet.year, str(projet.year)) if projet.year else (1, UNKNOWN)].append(amount)
        titles = {
            "dispositif": (_("Par dispositif"), _("Dispositif")),
            "quartier": (_("Par quartier"), _("Quartier")),
            "domaine": (_("Par domaine"), _("Domaine")),
            "year": (_("Par année de début"), _("Année")),
        }
        self.charts = [Chart(name, *titles[name], _rows(groups)) for name, groups in by.items()]


def _rows(groups):
    rows = []
    for (_order, label), amounts in sorted(groups.items(), key=lambda item: (item[0][0], str(item[0][1]))):
        row = Row(label)
        for amount in amounts:
            row.add(amount)
        rows.append(row)
    return rows


class DecisionStats:
    """What the comités granted, per dispositif and year of the decision: the number of projects and
    the amounts, whether or not a project page shows them. ``decisions`` are (procedure, granted_at,
    amount) triples: no name, no demande reaches the page."""

    def __init__(self, decisions):
        by_procedure = defaultdict(lambda: defaultdict(list))
        self.count, self.amount = 0, 0
        for procedure, granted_at, amount in decisions:
            year = timezone.localtime(granted_at).year if granted_at else None
            by_procedure[procedure][(-year, str(year)) if year else (1, UNKNOWN)].append(amount)
            self.count += 1
            self.amount += amount
        self.charts = [
            Chart(
                f"decisions-{code}",
                _("%(dispositif)s : subventions accordées par année") % {"dispositif": procedure.label},
                _("Année de la décision"),
                _rows(by_procedure[code]),
            )
            for code, procedure in PROCEDURES.items()
            if code in by_procedure
        ]
