"""The Django web application: settings, URLs, middleware, templates, static files, translations."""
