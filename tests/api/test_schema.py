"""The OpenAPI schema is valid, and any change to it is reviewed: it is the API's contract with other channels."""

import json
from pathlib import Path

from openapi_spec_validator import validate

SNAPSHOT = Path(__file__).with_name("openapi.json")
REFRESH = "DJANGO_SETTINGS_MODULE=config.settings.test .venv/bin/python -m tests.api.test_schema"


def current_schema():
    from api.api import api

    return json.loads(json.dumps(api.get_openapi_schema(), ensure_ascii=False, sort_keys=True))


def test_the_schema_is_valid_openapi_3_1(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.1")
    validate(schema)


def test_the_schema_matches_its_reviewed_snapshot():
    assert current_schema() == json.loads(SNAPSHOT.read_text()), (
        f"The API's schema changed. Review the change, then refresh the snapshot with:\n  {REFRESH}"
    )


def test_writes_are_not_in_the_schema():
    for path, operations in current_schema()["paths"].items():
        assert set(operations) == {"get"}, path


if __name__ == "__main__":
    import django

    django.setup()
    SNAPSHOT.write_text(json.dumps(current_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    print(f"Wrote {SNAPSHOT}")
