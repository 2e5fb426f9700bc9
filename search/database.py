"""The database's own search, as modelsearch picks it by vendor (PostgreSQL full text, SQLite FTS5),
PostgreSQL's page of results bringing its total with it (see search.views.paginate)."""

from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchResults

from django.db import ProgrammingError, connection
from django.db.models import Count, Window


class PostgresResults(PostgresSearchResults):
    """Each row of a page carries the number of matches (a window count), where modelsearch would
    run the whole search a second time to count them. A page past the end tells none."""

    total = None

    def _do_search(self):
        try:
            found = list(self.get_queryset().annotate(_search_total=Window(Count("*"))))
        except ProgrammingError as error:
            self._handle_missing_postgres_extension(error)
        if found:
            self.total = found[0]._search_total
        elif not self.start:
            self.total = 0  # an empty first page: nothing matched
        return found


class PostgresBackend(PostgresSearchBackend):
    results_class = PostgresResults


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks for in a backend's module)
    if connection.vendor == "postgresql":
        return PostgresBackend(params)
    return database.SearchBackend(params)
