"""Checking the rows: each value against the agency (units, staff) and the accepted words (English and
Spanish), with an error message per problem that names the line and the column as written in the file."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from resguardo.casework.importer.columns import CONTACT_COLUMNS, fold
from resguardo.casework.models import Agency, User

MAX_ERRORS = 1000  # per-row errors kept; the count of the rest is still reported

ROLE_WORDS: dict[str, str] = {
    "child": "child",
    "nino": "child",
    "nina": "child",
    "menor": "child",
    "hijo": "child",
    "hija": "child",
    "youth": "child",
    "parent": "parent",
    "padre": "parent",
    "madre": "parent",
    "mother": "parent",
    "father": "parent",
    "mama": "parent",
    "papa": "parent",
    "relative": "relative",
    "familiar": "relative",
    "pariente": "relative",
    "foster_parent": "foster_parent",
    "foster parent": "foster_parent",
    "padre de crianza": "foster_parent",
    "madre de crianza": "foster_parent",
    "padres de crianza": "foster_parent",
    "familia de acogida": "foster_parent",
    "familia de crianza": "foster_parent",
    "padre de acogida": "foster_parent",
    "madre de acogida": "foster_parent",
    "padre_de_crianza": "foster_parent",
    "familia_de_acogida": "foster_parent",
    "other": "other",
    "otro": "other",
    "otra": "other",
}
STATUS_WORDS: dict[str, str] = {
    "open": "open",
    "abierto": "open",
    "abierta": "open",
    "activo": "open",
    "active": "open",
    "closed": "closed",
    "cerrado": "closed",
    "cerrada": "closed",
}
LANGUAGE_WORDS: dict[str, str] = {
    "es": "es",
    "spa": "es",
    "spanish": "es",
    "espanol": "es",
    "castellano": "es",
    "en": "en",
    "eng": "en",
    "english": "en",
    "ingles": "en",
}
CONNECTIVITY_WORDS: dict[str, str] = {
    "good": "good",
    "buena": "good",
    "limited": "limited",
    "limitada": "limited",
    "none": "none",
    "ninguna": "none",
    "sin internet": "none",
    "no internet": "none",
}
CLOSED = "closed"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class RowError:
    line: int  # the line of the file where the row starts (the header is line 1)
    column: str  # the column as written in the file's header ("" for the whole row)
    message: str


@dataclass
class PersonRow:
    line: int
    case_number: str
    person_id: str
    values: dict[str, Any]  # Person field -> value, for the columns present in the file
    contacts: dict[str, list[str]]  # ContactPoint kind -> values, for the contact columns present


@dataclass
class CaseRow:
    line: int
    number: str
    unit_id: int
    worker_id: int | None
    status: str
    has_worker: bool
    has_status: bool


def split_list(value: str) -> list[str]:
    """The items of a ';'-separated value, spaces collapsed, without repeats (compared case-insensitively)."""
    seen: dict[str, None] = {}
    for item in value.split(";"):
        item = " ".join(item.split())
        if item and item.casefold() not in {s.casefold() for s in seen}:
            seen[item] = None
    return list(seen)


def _too_long(max_length: int, length: int) -> str:
    return _("Too long: at most %(max)s characters, this has %(n)s.") % {"max": max_length, "n": length}


class RowValidator:
    """Turns one row's values into a CaseRow and a PersonRow, or records what is wrong with them."""

    def __init__(self, agency: Agency, names: dict[str, str]) -> None:
        self.agency = agency
        self.names = names
        self.units = {fold(name): pk for pk, name in agency.units.values_list("id", "name")}
        self.workers: dict[str, tuple[int, bool]] = {
            username.casefold(): (pk, active)
            for pk, username, active in User.objects.filter(agency=agency).values_list("id", "username", "is_active")
        }
        self.errors: list[RowError] = []
        self.more = 0

    def error(self, line: int, column: str, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(RowError(line, self.names.get(column, column), message))
        else:
            self.more += 1

    def text(self, line: int, row: dict[str, str], column: str, max_length: int) -> str:
        value = " ".join(row.get(column, "").split())
        if len(value) > max_length:
            self.error(line, column, _too_long(max_length, len(value)))
            return value[:max_length]
        return value

    # -- the case's columns -------------------------------------------------------------------------------

    def case(self, line: int, row: dict[str, str], columns: set[str]) -> CaseRow | None:
        """The case's columns of the row, or None when one of them is refused (an over-long case number is
        only cut short: its error is recorded and the row still joins its case)."""
        number = self.text(line, row, "case_number", 40)
        if not number:
            self.error(line, "case_number", _("The case number is empty."))
        unit_id = self._unit(line, row["unit"])
        worker_ok, worker_id = self._worker(line, row.get("assigned_worker", ""))
        status = self._status(line, row.get("case_status", ""))
        if not number or unit_id is None or not worker_ok or status is None:
            return None
        return CaseRow(line, number, unit_id, worker_id, status, "assigned_worker" in columns, "case_status" in columns)

    def _unit(self, line: int, raw: str) -> int | None:
        if not raw:
            self.error(line, "unit", _("The unit is empty."))
            return None
        unit_id = self.units.get(fold(raw))
        if unit_id is None:
            self.error(
                line,
                "unit",
                _("Unknown unit “%(unit)s”: units must exist before the import (%(known)s).")
                % {
                    "unit": raw[:60],
                    "known": ", ".join(sorted(self.agency.units.values_list("name", flat=True)))[:300] or _("none yet"),
                },
            )
        return unit_id

    def _worker(self, line: int, username: str) -> tuple[bool, int | None]:
        """(accepted, user id): an empty cell is accepted as no worker."""
        if not username:
            return True, None
        found = self.workers.get(username.casefold().lstrip("@"))
        if found is None:
            self.error(
                line,
                "assigned_worker",
                _(
                    "Unknown user “%(user)s”: the assigned worker must be the user name of a member "
                    "of this agency's staff."
                )
                % {"user": username[:60]},
            )
            return False, None
        if not found[1]:
            self.error(line, "assigned_worker", _("The user “%(user)s” is deactivated.") % {"user": username[:60]})
            return False, None
        return True, found[0]

    def _status(self, line: int, raw: str) -> str | None:
        if not raw:
            return "open"
        status = STATUS_WORDS.get(fold(raw))
        if status is None:
            self.error(
                line, "case_status", _("Unknown case status “%(value)s”: use open or closed.") % {"value": raw[:40]}
            )
        return status

    # -- the person's columns ------------------------------------------------------------------------------

    def person(self, line: int, row: dict[str, str], columns: set[str], case_number: str) -> PersonRow | None:
        """The person's columns of the row (only those the file has), or None when any of them is refused."""
        before = len(self.errors) + self.more
        person_id = self.text(line, row, "person_id", 64)
        if not person_id:
            self.error(
                line,
                "person_id",
                _(
                    "The person id is empty. Every row needs the source system's id for "
                    "the person, so that importing the file again updates this person "
                    "instead of adding them twice."
                ),
            )
        values: dict[str, Any] = {"role": self._role(line, row["role"])}
        values["first_name"] = self.text(line, row, "first_name", 100)
        if not values["first_name"]:
            self.error(line, "first_name", _("The first name is empty."))
        if "last_name" in columns:
            values["last_name"] = self.text(line, row, "last_name", 150)
        if "aliases" in columns:
            values["aliases"] = self._aliases(line, row["aliases"])
        if "date_of_birth" in columns:
            values["date_of_birth"] = self.date(line, row["date_of_birth"])
        if "preferred_language" in columns:
            values["preferred_language"] = self._language(line, row["preferred_language"])
        if "accessibility_needs" in columns:
            values["accessibility_needs"] = self.text(line, row, "accessibility_needs", 300)
        if "connectivity" in columns:
            values["connectivity"] = self._connectivity(line, row["connectivity"])
        contacts = {
            kind: self._contacts(line, column, kind, row[column])
            for column, kind in CONTACT_COLUMNS.items()
            if column in columns
        }
        if len(self.errors) + self.more > before:
            return None
        return PersonRow(line, case_number, person_id, values, contacts)

    def _role(self, line: int, raw: str) -> str | None:
        role = ROLE_WORDS.get(fold(raw)) or ROLE_WORDS.get(fold(raw).replace("_", " "))
        if role is None:
            self.error(
                line,
                "role",
                _(
                    "Unknown role “%(value)s”: use child, parent, relative, foster_parent or "
                    "other (or niño, madre, padre, familiar, padre de crianza, familia de "
                    "acogida, otro)."
                )
                % {"value": raw[:40]},
            )
        return role

    def _aliases(self, line: int, raw: str) -> str:
        aliases = ", ".join(split_list(raw.replace(",", ";")))
        if len(aliases) > 300:
            self.error(line, "aliases", _too_long(300, len(aliases)))
        return aliases

    def _language(self, line: int, raw: str) -> str | None:
        language = LANGUAGE_WORDS.get(fold(raw)) if raw else self.agency.default_language
        if language is None:
            self.error(
                line, "preferred_language", _("Unknown language “%(value)s”: use es or en.") % {"value": raw[:40]}
            )
        return language

    def _connectivity(self, line: int, raw: str) -> str | None:
        connectivity = CONNECTIVITY_WORDS.get(fold(raw)) if raw else "good"
        if connectivity is None:
            self.error(
                line,
                "connectivity",
                _("Unknown connectivity “%(value)s”: use good, limited or none (buena, limitada, ninguna).")
                % {"value": raw[:40]},
            )
        return connectivity

    def _contacts(self, line: int, column: str, kind: str, raw: str) -> list[str]:
        items = split_list(raw)
        for item in items:
            if len(item) > 300:
                self.error(line, column, _too_long(300, len(item)))
            elif kind == "email" and not _EMAIL.match(item):
                self.error(line, column, _("“%(value)s” is not an e-mail address.") % {"value": item[:60]})
            elif kind == "phone" and sum(c.isdigit() for c in item) < 7:
                self.error(
                    line, column, _("“%(value)s” is not a phone number (fewer than 7 digits).") % {"value": item[:60]}
                )
        return items

    def date(self, line: int, raw: str) -> dt.date | None:
        if not raw:
            return None
        if not _ISO_DATE.match(raw):
            self.error(
                line,
                "date_of_birth",
                _(
                    "“%(value)s” is not a date in the form YYYY-MM-DD (for example "
                    "2015-03-14). Other forms are refused because 04/05/2015 means "
                    "April 5 in one country and May 4 in another."
                )
                % {"value": raw[:40]},
            )
            return None
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            self.error(line, "date_of_birth", _("%(value)s is not a real date.") % {"value": raw})
            return None
        if day > timezone.localdate():
            self.error(line, "date_of_birth", _("The date of birth %(value)s is in the future.") % {"value": raw})
            return None
        if day.year < 1900:
            self.error(line, "date_of_birth", _("The date of birth %(value)s is before 1900.") % {"value": raw})
            return None
        return day

    # -- across rows -----------------------------------------------------------------------------------------

    def same_case(self, line: int, first: CaseRow, case: CaseRow) -> None:
        """Every row of a case repeats the case's columns: they must agree with the case's first row."""
        for column, same in (
            ("unit", first.unit_id == case.unit_id),
            ("assigned_worker", first.worker_id == case.worker_id),
            ("case_status", first.status == case.status),
        ):
            if not same:
                self.error(
                    line,
                    column,
                    _("Differs from line %(first)s for the same case %(case)s: every row of a case must agree.")
                    % {"first": first.line, "case": case.number},
                )

    def repeated_person(self, line: int, person: PersonRow, first_line: int) -> None:
        self.error(
            line,
            "person_id",
            _("The person %(id)s of case %(case)s is already on line %(first)s.")
            % {"id": person.person_id, "case": person.case_number, "first": first_line},
        )
