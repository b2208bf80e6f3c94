"""Import a caseload from a CSV export of a case-management system: parse, validate, preview, apply.

One row per person: the case's columns (case_number, unit, assigned_worker, case_status) repeat on
every row of the case. Headers may be in English or Spanish (numero_caso, unidad, ...). The file must
be UTF-8 (with or without BOM); dates must be ISO (YYYY-MM-DD). Lists (aliases, addresses, schools,
phones, emails, handles) are separated by semicolons.

The import is all-or-nothing in one transaction, and idempotent: cases are keyed by case number and
people by (case, person_id), so importing the same file twice changes nothing the second time. A
person's contact details of each kind present in the file are replaced by the file's. Columns absent
from the file leave existing values alone; people on a case who are not in the file are kept.

    plan = import_csv(data, agency, user, dry_run=True)    # preview: plan.errors, plan.summary
    plan = import_csv(data, agency, user, dry_run=False)   # apply (only when there are no errors)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from resguardo.casework.models import AccessLog, Agency, Case, ContactPoint, Person, User
from resguardo.casework.roster import bump, gc_paused

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_ERRORS = 1000  # per-row errors kept; the count of the rest is still reported

# Canonical column -> accepted header spellings (compared folded: lower case, no accents, "_" for spaces).
COLUMNS: dict[str, tuple[str, ...]] = {
    "case_number": (
        "case_number",
        "case",
        "case_no",
        "numero_caso",
        "numero_de_caso",
        "num_caso",
        "caso",
        "expediente",
        "numero_expediente",
    ),
    "unit": ("unit", "unidad"),
    "assigned_worker": (
        "assigned_worker",
        "worker",
        "caseworker",
        "trabajador_asignado",
        "trabajadora_asignada",
        "trabajador",
        "trabajadora",
        "asignado_a",
        "asignada_a",
    ),
    "case_status": ("case_status", "status", "estado_caso", "estado_del_caso", "estado"),
    "person_id": ("person_id", "id_persona", "persona_id", "identificador_persona"),
    "role": ("role", "rol", "papel", "parentesco"),
    "first_name": ("first_name", "given_name", "nombre", "nombres"),
    "last_name": ("last_name", "surname", "family_name", "apellido", "apellidos"),
    "aliases": ("aliases", "alias", "nicknames", "apodos", "sobrenombres", "otros_nombres"),
    "date_of_birth": ("date_of_birth", "dob", "birth_date", "fecha_nacimiento", "fecha_de_nacimiento"),
    "preferred_language": ("preferred_language", "language", "idioma", "idioma_preferido", "lengua"),
    "accessibility_needs": (
        "accessibility_needs",
        "accessibility",
        "necesidades_accesibilidad",
        "necesidades_de_accesibilidad",
        "accesibilidad",
    ),
    "connectivity": ("connectivity", "conectividad"),
    "addresses": ("addresses", "address", "direcciones", "direccion", "domicilios", "domicilio"),
    "schools": ("schools", "school", "escuelas", "escuela"),
    "phones": ("phones", "phone", "telefonos", "telefono"),
    "emails": ("emails", "email", "e_mails", "correos", "correo", "correos_electronicos", "correo_electronico"),
    "handles": ("handles", "social_handles", "social_media", "redes", "redes_sociales", "cuentas", "usuarios_redes"),
}
REQUIRED = ("case_number", "unit", "person_id", "role", "first_name")
CONTACT_COLUMNS: dict[str, str] = {
    "addresses": "address",
    "schools": "school",
    "phones": "phone",
    "emails": "email",
    "handles": "handle",
}
PERSON_FIELDS: dict[str, str] = {  # column -> Person field (contact columns apart)
    "role": "role",
    "first_name": "first_name",
    "last_name": "last_name",
    "aliases": "aliases",
    "date_of_birth": "date_of_birth",
    "preferred_language": "preferred_language",
    "accessibility_needs": "accessibility_needs",
    "connectivity": "connectivity",
}
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


def fold(text: str) -> str:
    """Lower case without accents: 'Niña' -> 'nina', 'Número Caso' -> 'numero caso'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def header_key(text: str) -> str:
    return re.sub(r"[\s\-.]+", "_", fold(text.replace("\ufeff", ""))).strip("_")


_HEADER_INDEX = {header_key(alias): column for column, aliases in COLUMNS.items() for alias in aliases}


class ImportFileError(ValueError):
    """The file as a whole cannot be read (encoding, size, binary data, header)."""


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


@dataclass
class Summary:
    rows: int = 0
    cases_create: int = 0
    cases_update: int = 0
    cases_unchanged: int = 0
    people_create: int = 0
    people_update: int = 0
    people_unchanged: int = 0

    def as_text(self) -> str:
        return (
            f"rows={self.rows} cases: +{self.cases_create} ~{self.cases_update} ={self.cases_unchanged}; "
            f"people: +{self.people_create} ~{self.people_update} ={self.people_unchanged}"
        )


@dataclass
class ImportPlan:
    file_error: str = ""
    errors: list[RowError] = field(default_factory=list)
    more_errors: int = 0  # errors beyond MAX_ERRORS, not listed
    ignored_columns: list[str] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    applied: bool = False
    cases: dict[str, CaseRow] = field(default_factory=dict)
    people: list[PersonRow] = field(default_factory=list)
    columns: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.file_error and not self.errors

    @property
    def error_count(self) -> int:
        return len(self.errors) + self.more_errors + (1 if self.file_error else 0)


# -- reading ------------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 text (BOM removed), or ImportFileError saying where the file stops being UTF-8."""
    if not data or not data.strip():
        raise ImportFileError(_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            _("The file is larger than %(mb)s MB. Split it into smaller files.") % {"mb": MAX_BYTES // (1024 * 1024)}
        )
    if b"\x00" in data:
        raise ImportFileError(
            _("This is not a CSV text file: it contains binary data (NUL bytes). Export the caseload as CSV (UTF-8).")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            _(
                "The file is not UTF-8 text: line %(line)s, byte %(byte)s (0x%(hex)s) is not valid UTF-8. "
                "It was probably saved as Windows-1252 or Latin-1. Save it as “CSV UTF-8” and upload it again."
            )
            % {"line": line, "byte": exc.start + 1, "hex": f"{data[exc.start]:02X}"}
        ) from None


def _delimiter(first_line: str) -> str:
    """Comma, semicolon (spreadsheets in Spanish locales) or tab: whichever splits the header into the
    most known columns."""
    best, best_known = ",", -1
    for delimiter in (",", ";", "\t"):
        known = sum(1 for cell in first_line.split(delimiter) if header_key(cell.strip(' "')) in _HEADER_INDEX)
        if known > best_known:
            best, best_known = delimiter, known
    return best


def _split_list(value: str) -> list[str]:
    seen: dict[str, None] = {}
    for item in value.split(";"):
        item = " ".join(item.split())
        if item and item.casefold() not in {s.casefold() for s in seen}:
            seen[item] = None
    return list(seen)


SPANS_LINES: dict[str, str] = {}  # marker: the row ran over several physical lines


class _Rows:
    """Reads the CSV text into (line, {column: value}) with the header mapped to canonical columns."""

    def __init__(self, text: str) -> None:
        first_line = text.split("\n", 1)[0]
        self.reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
        try:
            header = next(self.reader)
        except StopIteration:
            raise ImportFileError(_("The file is empty.")) from None  # e.g. only a byte-order mark
        except csv.Error as exc:
            raise ImportFileError(_("The header line cannot be read as CSV: %(error)s") % {"error": exc}) from None
        self.names: dict[str, str] = {}  # canonical column -> header as written
        self.positions: dict[str, int] = {}
        self.ignored: list[str] = []
        duplicates: list[str] = []
        for i, raw in enumerate(header):
            written = raw.replace("\ufeff", "").strip()
            column = _HEADER_INDEX.get(header_key(written))
            if column is None:
                if written:
                    self.ignored.append(written)
                continue
            if column in self.positions:
                duplicates.append(f"{self.names[column]} / {written}")
                continue
            self.positions[column] = i
            self.names[column] = written
        if duplicates:
            raise ImportFileError(
                _("These columns appear twice: %(columns)s. Keep one of each.") % {"columns": ", ".join(duplicates)}
            )
        missing = [c for c in REQUIRED if c not in self.positions]
        if missing:
            raise ImportFileError(
                _(
                    "Required columns are missing: %(missing)s. The first line must name the columns; accepted "
                    "names include %(examples)s."
                )
                % {"missing": ", ".join(missing), "examples": ", ".join(f"{c} / {SPANISH_NAMES[c]}" for c in missing)}
            )
        self.width = len(header)

    def __iter__(self) -> Iterator[tuple[int, dict[str, str] | None]]:
        previous = self.reader.line_num
        count = 0
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(
                    _("Line %(line)s cannot be read as CSV: %(error)s") % {"line": self.reader.line_num, "error": exc}
                ) from None
            line, spanned, previous = previous + 1, self.reader.line_num - previous, self.reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if spanned > 1:
                # A value with a line break: in an export from a case-management system that is nearly
                # always a quote (") left open, which would swallow the following rows into one value.
                yield line, SPANS_LINES
                continue
            count += 1
            if count > MAX_ROWS:
                raise ImportFileError(
                    _("The file has more than %(max)s rows. Split it into smaller files.") % {"max": f"{MAX_ROWS:,}"}
                )
            if len(row) > self.width and any(cell.strip() for cell in row[self.width :]):
                yield line, None
                continue
            yield line, {column: (row[i].strip() if i < len(row) else "") for column, i in self.positions.items()}


SPANISH_NAMES = {
    "case_number": "numero_caso",
    "unit": "unidad",
    "person_id": "id_persona",
    "role": "rol",
    "first_name": "nombre",
}


# -- validation -----------------------------------------------------------------------------------------


class _Validator:
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
            self.error(
                line,
                column,
                _("Too long: at most %(max)s characters, this has %(n)s.") % {"max": max_length, "n": len(value)},
            )
            return value[:max_length]
        return value

    def case(self, line: int, row: dict[str, str], columns: set[str]) -> CaseRow | None:
        number = self.text(line, row, "case_number", 40)
        ok = True
        if not number:
            self.error(line, "case_number", _("The case number is empty."))
            ok = False
        unit_id = self.units.get(fold(row["unit"]))
        if not row["unit"]:
            self.error(line, "unit", _("The unit is empty."))
            ok = False
        elif unit_id is None:
            self.error(
                line,
                "unit",
                _("Unknown unit “%(unit)s”: units must exist before the import (%(known)s).")
                % {
                    "unit": row["unit"][:60],
                    "known": ", ".join(sorted(self.agency.units.values_list("name", flat=True)))[:300] or _("none yet"),
                },
            )
            ok = False
        worker_id: int | None = None
        username = row.get("assigned_worker", "")
        if username:
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
                ok = False
            elif not found[1]:
                self.error(line, "assigned_worker", _("The user “%(user)s” is deactivated.") % {"user": username[:60]})
                ok = False
            else:
                worker_id = found[0]
        status = "open"
        raw_status = row.get("case_status", "")
        if raw_status:
            found_status = STATUS_WORDS.get(fold(raw_status))
            if found_status is None:
                self.error(
                    line,
                    "case_status",
                    _("Unknown case status “%(value)s”: use open or closed.") % {"value": raw_status[:40]},
                )
                ok = False
            else:
                status = found_status
        if not ok:
            return None
        return CaseRow(
            line, number, int(unit_id or 0), worker_id, status, "assigned_worker" in columns, "case_status" in columns
        )

    def person(self, line: int, row: dict[str, str], columns: set[str], case_number: str) -> PersonRow | None:
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
        values: dict[str, Any] = {}
        raw_role = row["role"]
        role = ROLE_WORDS.get(fold(raw_role)) or ROLE_WORDS.get(fold(raw_role).replace("_", " "))
        if role is None:
            self.error(
                line,
                "role",
                _(
                    "Unknown role “%(value)s”: use child, parent, relative, foster_parent or "
                    "other (or niño, madre, padre, familiar, padre de crianza, familia de "
                    "acogida, otro)."
                )
                % {"value": raw_role[:40]},
            )
        values["role"] = role
        values["first_name"] = self.text(line, row, "first_name", 100)
        if not values["first_name"]:
            self.error(line, "first_name", _("The first name is empty."))
        if "last_name" in columns:
            values["last_name"] = self.text(line, row, "last_name", 150)
        if "aliases" in columns:
            aliases = ", ".join(_split_list(row["aliases"].replace(",", ";")))
            if len(aliases) > 300:
                self.error(
                    line,
                    "aliases",
                    _("Too long: at most %(max)s characters, this has %(n)s.") % {"max": 300, "n": len(aliases)},
                )
            values["aliases"] = aliases
        if "date_of_birth" in columns:
            values["date_of_birth"] = self.date(line, row["date_of_birth"])
        if "preferred_language" in columns:
            raw = row["preferred_language"]
            language = LANGUAGE_WORDS.get(fold(raw)) if raw else self.agency.default_language
            if language is None:
                self.error(
                    line, "preferred_language", _("Unknown language “%(value)s”: use es or en.") % {"value": raw[:40]}
                )
            values["preferred_language"] = language
        if "accessibility_needs" in columns:
            values["accessibility_needs"] = self.text(line, row, "accessibility_needs", 300)
        if "connectivity" in columns:
            raw = row["connectivity"]
            connectivity = CONNECTIVITY_WORDS.get(fold(raw)) if raw else "good"
            if connectivity is None:
                self.error(
                    line,
                    "connectivity",
                    _("Unknown connectivity “%(value)s”: use good, limited or none (buena, limitada, ninguna).")
                    % {"value": raw[:40]},
                )
            values["connectivity"] = connectivity
        contacts: dict[str, list[str]] = {}
        for column, kind in CONTACT_COLUMNS.items():
            if column not in columns:
                continue
            items = _split_list(row[column])
            for item in items:
                if len(item) > 300:
                    self.error(
                        line,
                        column,
                        _("Too long: at most %(max)s characters, this has %(n)s.") % {"max": 300, "n": len(item)},
                    )
                elif kind == "email" and not _EMAIL.match(item):
                    self.error(line, column, _("“%(value)s” is not an e-mail address.") % {"value": item[:60]})
                elif kind == "phone" and sum(c.isdigit() for c in item) < 7:
                    self.error(
                        line,
                        column,
                        _("“%(value)s” is not a phone number (fewer than 7 digits).") % {"value": item[:60]},
                    )
            contacts[kind] = items
        if len(self.errors) + self.more > before:
            return None
        return PersonRow(line, case_number, person_id, values, contacts)

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


def parse(data: bytes, agency: Agency) -> ImportPlan:
    """Read and validate the whole file (no database writes). The plan has no summary yet."""
    plan = ImportPlan()
    try:
        text = decode(data)
        rows = _Rows(text)
        plan.ignored_columns = rows.ignored
        columns = set(rows.positions)
        plan.columns = columns
        check = _Validator(agency, rows.names)
        seen: dict[tuple[str, str], int] = {}
        for line, row in rows:
            plan.summary.rows += 1
            if row is SPANS_LINES:
                check.error(
                    line,
                    "",
                    _(
                        'This row runs over several lines: a quote (") is probably not closed. '
                        "Values may not contain line breaks."
                    ),
                )
                continue
            if row is None:
                check.error(
                    line,
                    "",
                    _(
                        "This row has more values than the header has columns (a comma inside "
                        "a value must be in quotes)."
                    ),
                )
                continue
            case = check.case(line, row, columns)
            number = case.number if case else row["case_number"]
            person = check.person(line, row, columns, number)
            if case is not None:
                first = plan.cases.setdefault(case.number, case)
                if first is not case:
                    for column, same in (
                        ("unit", first.unit_id == case.unit_id),
                        ("assigned_worker", first.worker_id == case.worker_id),
                        ("case_status", first.status == case.status),
                    ):
                        if not same:
                            check.error(
                                line,
                                column,
                                _(
                                    "Differs from line %(first)s for the same case %(case)s: "
                                    "every row of a case must agree."
                                )
                                % {"first": first.line, "case": case.number},
                            )
            if person is not None and person.person_id:
                key = (person.case_number, person.person_id)
                if key in seen:
                    check.error(
                        line,
                        "person_id",
                        _("The person %(id)s of case %(case)s is already on line %(first)s.")
                        % {"id": person.person_id, "case": person.case_number, "first": seen[key]},
                    )
                else:
                    seen[key] = line
                    plan.people.append(person)
        if plan.summary.rows == 0:
            raise ImportFileError(_("The file has a header but no rows."))
        plan.errors, plan.more_errors = check.errors, check.more
    except ImportFileError as exc:
        plan.file_error = str(exc)
        plan.cases, plan.people = {}, []
    return plan


# -- comparing with the database and applying -----------------------------------------------------------


def _existing(
    agency: Agency,
) -> tuple[dict[str, dict[str, Any]], dict[tuple[int, str], dict[str, Any]], dict[int, dict[str, set[str]]]]:
    cases = {
        c["number"]: c
        for c in Case.objects.filter(agency=agency)
        .order_by()
        .values("id", "number", "unit_id", "assigned_worker_id", "status", "closed_on")
    }
    people = {
        (p["case_id"], p["external_id"]): p
        for p in Person.objects.filter(case__agency=agency)
        .exclude(external_id="")
        .order_by()
        .values("id", "case_id", "external_id", *PERSON_FIELDS.values())
    }
    wanted = {p["id"] for p in people.values()}
    contacts: dict[int, dict[str, set[str]]] = {}
    for person_id, kind, value in (
        ContactPoint.objects.filter(person__case__agency=agency, person__external_id__gt="")
        .order_by()
        .values_list("person_id", "kind", "value")
        .iterator(chunk_size=5000)
    ):
        if person_id in wanted:
            contacts.setdefault(person_id, {}).setdefault(kind, set()).add(value)
    return cases, people, contacts


def _case_changes(row: CaseRow, old: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if old["unit_id"] != row.unit_id:
        changes["unit_id"] = row.unit_id
    if row.has_worker and old["assigned_worker_id"] != row.worker_id:
        changes["assigned_worker_id"] = row.worker_id
    if row.has_status and old["status"] != row.status:
        changes["status"] = row.status
        changes["closed_on"] = timezone.localdate() if row.status == CLOSED else None
    return changes


def _contact_changes(row: PersonRow, old: dict[str, set[str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(to add, to remove) as (kind, value), for the kinds the file has."""
    add: list[tuple[str, str]] = []
    remove: list[tuple[str, str]] = []
    for kind, values in row.contacts.items():
        have = old.get(kind, set())
        add += [(kind, v) for v in values if v not in have]
        remove += [(kind, v) for v in have if v not in values]
    return add, remove


def plan_changes(plan: ImportPlan, agency: Agency, *, apply: bool) -> None:
    """Fill plan.summary by comparing with the database; with apply=True also write the changes (the caller
    holds the transaction)."""
    cases, people, contacts = _existing(agency)
    summary = plan.summary
    today, now = timezone.localdate(), timezone.now()
    new_cases: list[Case] = []
    changed_cases: list[Case] = []
    case_fields: set[str] = set()
    for number, row in plan.cases.items():
        old = cases.get(number)
        if old is None:
            summary.cases_create += 1
            new_cases.append(
                Case(
                    agency=agency,
                    number=number,
                    unit_id=row.unit_id,
                    assigned_worker_id=row.worker_id,
                    status=row.status,
                    closed_on=today if row.status == CLOSED else None,
                )
            )
            continue
        changes = _case_changes(row, old)
        if changes:
            summary.cases_update += 1
            case_fields |= set(changes)
            changed_cases.append(
                Case(
                    pk=old["id"],
                    updated_at=now,
                    **{**{k: old[k] for k in ("unit_id", "assigned_worker_id", "status", "closed_on")}, **changes},
                )
            )
        else:
            summary.cases_unchanged += 1

    if apply and new_cases:
        Case.objects.bulk_create(new_cases, batch_size=500)
    if apply and changed_cases:
        Case.objects.bulk_update(changed_cases, [*sorted(case_fields), "updated_at"], batch_size=500)
    case_ids = {number: c["id"] for number, c in cases.items()}
    if apply and new_cases:
        case_ids = dict(Case.objects.filter(agency=agency).order_by().values_list("number", "id"))

    new_people: list[tuple[Person, PersonRow]] = []
    changed_people: list[Person] = []
    person_fields: set[str] = set()
    add_contacts: list[tuple[int, str, str]] = []
    remove_contacts: list[tuple[int, str, str]] = []
    for prow in plan.people:
        case_id = case_ids.get(prow.case_number)
        old = people.get((case_id, prow.person_id)) if case_id is not None else None
        if old is None:
            summary.people_create += 1
            values = {"preferred_language": agency.default_language, **prow.values}
            new_people.append((Person(case_id=case_id, external_id=prow.person_id, **values), prow))
            continue
        changes = {f: v for f, v in prow.values.items() if old[f] != v}
        add, remove = _contact_changes(prow, contacts.get(old["id"], {}))
        if not changes and not add and not remove:
            summary.people_unchanged += 1
            continue
        summary.people_update += 1
        add_contacts += [(old["id"], k, v) for k, v in add]
        remove_contacts += [(old["id"], k, v) for k, v in remove]
        if changes:
            person_fields |= set(changes)
            changed_people.append(
                Person(pk=old["id"], updated_at=now, **{**{f: old[f] for f in PERSON_FIELDS.values()}, **changes})
            )
    if not apply:
        return
    if new_people:
        Person.objects.bulk_create([p for p, _row in new_people], batch_size=1000)
        ids = {
            (case_id, ext): pk
            for case_id, ext, pk in Person.objects.filter(case__agency=agency)
            .exclude(external_id="")
            .order_by()
            .values_list("case_id", "external_id", "id")
        }
        for person, prow in new_people:
            pk = ids[(person.case_id, prow.person_id)]
            add_contacts += [(pk, kind, value) for kind, values in prow.contacts.items() for value in values]
    if changed_people:
        Person.objects.bulk_update(changed_people, [*sorted(person_fields), "updated_at"], batch_size=500)
    if remove_contacts:
        by_person: dict[int, list[tuple[str, str]]] = {}
        for pk, kind, value in remove_contacts:
            by_person.setdefault(pk, []).append((kind, value))
        doomed = [
            cp_id
            for cp_id, pid, kind, value in ContactPoint.objects.filter(
                person__case__agency=agency, person__external_id__gt=""
            )
            .order_by()
            .values_list("id", "person_id", "kind", "value")
            if (kind, value) in by_person.get(pid, ())
        ]
        for start in range(0, len(doomed), 500):
            # A raw delete: contact points have no dependents, and a signal per row would only bump the
            # roster generation thousands of times (bump() runs once below).
            ContactPoint.objects.filter(pk__in=doomed[start : start + 500])._raw_delete(ContactPoint.objects.db)
    if add_contacts:
        ContactPoint.objects.bulk_create(
            [ContactPoint(person_id=pk, kind=kind, value=value) for pk, kind, value in add_contacts], batch_size=1000
        )
    if new_cases or changed_cases or new_people or changed_people or add_contacts or remove_contacts:
        bump(agency)


def import_csv(
    source: bytes | str | Path,
    agency: Agency,
    user: User | None,
    dry_run: bool = True,
    *,
    log_path: str = "",
    ip: str | None = None,
) -> ImportPlan:
    """Parse, validate and (unless dry_run or there are errors) apply a caseload CSV in one transaction.

    ``source`` is the file's bytes or a path. Returns the plan: ``plan.ok``, ``plan.errors``,
    ``plan.file_error``, ``plan.summary`` and ``plan.applied``. An applied import is written to the
    access log once (action IMPORT, the counts in ``what``).
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    with gc_paused():
        return _import(data, agency, user, dry_run, log_path, ip)


def _import(data: bytes, agency: Agency, user: User | None, dry_run: bool, log_path: str, ip: str | None) -> ImportPlan:
    plan = parse(data, agency)
    if not plan.ok:
        return plan
    if dry_run:
        plan_changes(plan, agency, apply=False)
        return plan
    with transaction.atomic():
        plan_changes(plan, agency, apply=True)
        plan.applied = True
        AccessLog.objects.create(
            user=user,
            action=AccessLog.Action.IMPORT,
            agency_id=agency.pk,
            what=f"CSV import: {plan.summary.as_text()}"[:200],
            path=log_path[:300],
            ip=ip,
        )
    return plan
