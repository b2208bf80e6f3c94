"""Check before sending: the engine (text and photos) joined with the casework data (consents, contact
rules, platforms, accounts) into one verdict with every reason. Used by the compose page and the API.

Also a Django app (templates of the compose page); the names below load lazily so that importing the
app does not import models before Django is ready.
"""

from typing import Any

__all__ = ["CheckPhoto", "CheckRequest", "CheckResult", "PhotoOutcome", "Reason", "run_check"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from resguardo.checks import service

        return getattr(service, name)
    raise AttributeError(name)
