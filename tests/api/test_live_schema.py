"""schemathesis against the API served on 127.0.0.1: no server error, every response as the schema says."""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from tests.conftest import FRENCH, built_site

MAX_EXAMPLES = 12  # per operation: the whole run stays well under a minute


# Serialized rollback: the server finds the migrated database (its root page) and leaves it as it was.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_live_api_keeps_to_its_schema(live_server, seeded_database):
    built_site(seeded_database, FRENCH)
    # pytest-django serves on "localhost", which resolves to IPv6 first here and costs seconds per request.
    base_url = live_server.url.replace("localhost", "127.0.0.1")
    schema = schemathesis.openapi.from_url(f"{base_url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 7

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def keeps_to_the_schema(case):
            case.call_and_validate(base_url=base_url)

        keeps_to_the_schema()
