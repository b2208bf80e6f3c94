"""Property-based API tests generated from the served OpenAPI schema (schemathesis): whatever a client
sends, the API answers as its schema documents (status codes, content types, response shapes) and never
with a server error. Driven through schemathesis' Python API (its pytest plugin does not support pytest 9)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from resguardo.casework.models import ApiToken

pytestmark = pytest.mark.django_db


@pytest.fixture
def keep_test_connection():
    """Calling the WSGI application directly fires request_finished, which closes the database connection
    (and with it the test's transaction on PostgreSQL); Django's own test client disconnects it the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_api_operation_conforms_to_its_schema(ready, worker, keep_test_connection) -> None:
    from resguardo.web.wsgi import application

    headers = {"Authorization": f"Bearer {ApiToken.issue(worker, 'schemathesis')[1]}"}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/check", "/api/cases", "/api/cases/{case_id}"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case) -> None:
            case.call_and_validate(headers=headers)

        conforms()
