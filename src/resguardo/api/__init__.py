"""The JSON API (django-ninja, OpenAPI schema at /api/openapi.json). Same access rules as the pages."""
