"""The snippets other channels need: contact points, quartiers, partners, key figures and domaines."""

from ninja import Field, Query, Router

from actualites.models import Domaine
from home.models import ContactPoint, KeyFigure, Partner, Quartier

from . import schemas
from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate
from .serializers import Snippets

router = Router(tags=["snippets"])
ERRORS = {400: schemas.Error, 404: schemas.Error, 429: schemas.Error}


class SnippetFilters(schemas.Schema):
    locale: schemas.Language | None = Field(None, description="La langue.")
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


def endpoint(path, model, schema, serialize_name, summary):
    """A paginated list of one snippet model, in the editors' order, with each item's translations."""

    @router.get(
        path,
        response={200: schemas.paginated(schema), **ERRORS},
        summary=summary,
        operation_id=f"list_{path.strip('/')}",
    )
    def view(request, filters: Query[SnippetFilters]):
        items = model.objects.all()
        if filters.locale:
            items = items.filter(locale__language_code=filters.locale)
        snippets = Snippets()

        def serialize(instances):
            snippets.prefetch(instances)
            return [getattr(snippets, serialize_name)(instance) for instance in instances]

        return paginate(
            items.order_by(*model._meta.ordering, "pk"), request, filters.page, filters.page_size, serialize
        )


endpoint(
    "/lieux/",
    ContactPoint,
    schemas.ContactPoint,
    "contact_point",
    "Les lieux d’accueil : Maison du projet, points relais",
)
endpoint("/quartiers/", Quartier, schemas.Quartier, "quartier", "Les quartiers prioritaires")
endpoint("/partenaires/", Partner, schemas.Partner, "partner", "Les partenaires du contrat de ville")
endpoint("/chiffres/", KeyFigure, schemas.KeyFigure, "key_figure", "Les chiffres clés")
endpoint("/domaines/", Domaine, schemas.Domaine, "domaine", "Les domaines d’action des projets")
