"""Roster people as the agency enters them, and the errors that refuse a roster."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..messages import roster_error_text
from ..types import Lang

ROLES = ("child", "parent", "relative", "foster_parent", "staff", "other")


class RosterError(ValueError):
    """A roster that cannot be used; ``text(lang)`` says why in Spanish or English."""

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(self.text("en"))

    def text(self, lang: Lang) -> str:
        return roster_error_text(self.code, self.params, lang)


@dataclass(frozen=True, slots=True)
class RosterPerson:
    name: str
    role: str = "other"
    aliases: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    id: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], index: int = 1) -> RosterPerson:
        if not isinstance(data, Mapping):
            raise RosterError("person_not_object", index=index)
        raw_name = data.get("name")
        if not isinstance(raw_name, str) or not raw_name.strip():
            raise RosterError("no_name", index=index)
        name = raw_name.strip()
        role = str(data.get("role", "other"))
        if role not in ROLES:
            raise RosterError("bad_role", role=role, name=name, roles=", ".join(ROLES))

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key) or ()
            if isinstance(value, str):
                value = (value,)
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise RosterError("not_strings", field=key, name=name)
            return tuple(v.strip() for v in value if v.strip())

        return cls(
            name=name,
            role=role,
            aliases=strings("aliases"),
            phones=strings("phones"),
            emails=strings("emails"),
            handles=strings("handles"),
            addresses=strings("addresses"),
            schools=strings("schools"),
            id=str(data["id"]) if data.get("id") is not None else None,
        )


def digits(value: str) -> str:
    """The last ten digits: '+1 (818) 555-0123' and '818.555.0123' are the same number."""
    return re.sub(r"\D", "", value)[-10:]
