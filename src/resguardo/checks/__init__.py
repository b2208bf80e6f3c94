"""Check before sending: the engine (text and photos) joined with the casework data (consents, contact
rules, platforms, accounts) into one verdict with every reason. Used by the compose page and the API."""

from resguardo.checks.service import CheckPhoto, CheckRequest, CheckResult, PhotoOutcome, Reason, run_check

__all__ = ["CheckPhoto", "CheckRequest", "CheckResult", "PhotoOutcome", "Reason", "run_check"]
