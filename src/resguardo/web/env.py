"""Reading settings from the environment: a bad value stops the start with a message that names the
variable and what it takes (a typo such as SESSION_COOKIE_AGE=30m must not become a silent default).

Secrets may come from a file (``SECRET_KEY_FILE=/run/secrets/key``), as container platforms provide them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def env_str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    return (os.environ if environ is None else environ).get(name, default)


def env_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    raw = env_str(name, "", environ).strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r}: expected one of 1/0, true/false, yes/no, on/off")


def env_int(name: str, default: int, environ: Mapping[str, str] | None = None, *, minimum: int | None = None) -> int:
    raw = env_str(name, "", environ).strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a whole number") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value}: must be at least {minimum}")
    return value


def env_list(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> list[str]:
    """A comma-separated list, blanks dropped."""
    return [v.strip() for v in env_str(name, default, environ).split(",") if v.strip()]


def env_secret(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    """``NAME``, or the contents of the file ``NAME_FILE`` names (trailing newline dropped); not both."""
    env = os.environ if environ is None else environ
    direct, file_name = env.get(name, ""), env.get(f"{name}_FILE", "")
    if direct and file_name:
        raise ImproperlyConfigured(f"set {name} or {name}_FILE, not both")
    if not file_name:
        return direct or default
    try:
        value = Path(file_name).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImproperlyConfigured(f"{name}_FILE={file_name}: cannot be read ({exc.__class__.__name__})") from None
    if not value:
        raise ImproperlyConfigured(f"{name}_FILE={file_name}: the file is empty")
    return value
