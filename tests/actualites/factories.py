"""Build project and news pages the way an editor publishes them."""

import datetime

from actualites.models import (
    ActualiteIndexPage,
    ActualitePage,
    ActualiteProjet,
    Domaine,
    Financement,
    ProjetIndexPage,
    ProjetPage,
)


def domaine(name):
    return Domaine.objects.get(name=name)


def publish_projet(title, *, financements=(), quartiers=(), domaines=(), **fields):
    """A published project; financements are (funder, amount) pairs."""
    page = ProjetPage(
        title=title,
        intro=f"Résumé de « {title} ».",
        quartiers=list(quartiers),
        domaines=list(domaines),
        financements=[Financement(funder=funder, amount=amount) for funder, amount in financements],
        **fields,
    )
    ProjetIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_actualite(title, date=datetime.date(2026, 3, 1), *, projets=(), **fields):
    """A published news item; projets are its related projects, in order."""
    page = ActualitePage(
        title=title,
        date=date,
        intro=f"Résumé de « {title} ».",
        projets_lies=[ActualiteProjet(projet=projet) for projet in projets],
        **fields,
    )
    ActualiteIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def draft_projet(title, **fields):
    """A project an editor saved and never published."""
    return ProjetIndexPage.objects.get().add_child(instance=ProjetPage(title=title, live=False, **fields))
