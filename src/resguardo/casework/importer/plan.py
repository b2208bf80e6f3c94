"""The import plan: the file read and validated (parse), then compared with the database (diff) into the counts
a preview shows and the rows an import would write. Nothing here writes to the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from resguardo.casework.importer.columns import PERSON_FIELDS
from resguardo.casework.importer.reader import BrokenRow, CsvRows, ImportFileError, decode
from resguardo.casework.importer.validation import CLOSED, CaseRow, PersonRow, RowError, RowValidator
from resguardo.casework.models import Agency, Case, ContactPoint, Person


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


# -- reading and validating the file ---------------------------------------------------------------------


def parse(data: bytes, agency: Agency) -> ImportPlan:
    """Read and validate the whole file (no database writes). The plan has no summary yet."""
    plan = ImportPlan()
    try:
        _read_rows(CsvRows(decode(data)), agency, plan)
    except ImportFileError as exc:
        plan.file_error = str(exc)
        plan.cases, plan.people = {}, []
    return plan


def _read_rows(rows: CsvRows, agency: Agency, plan: ImportPlan) -> None:
    plan.ignored_columns = rows.ignored
    columns = set(rows.positions)
    plan.columns = columns
    check = RowValidator(agency, rows.names)
    seen: dict[tuple[str, str], int] = {}  # (case number, person id) -> the line it is first on
    for line, row in rows:
        plan.summary.rows += 1
        if isinstance(row, BrokenRow):
            check.error(line, "", row.message)
            continue
        case = check.case(line, row, columns)
        person = check.person(line, row, columns, case.number if case else row["case_number"])
        if case is not None:
            first = plan.cases.setdefault(case.number, case)
            if first is not case:
                check.same_case(line, first, case)
        if person is not None and person.person_id:
            key = (person.case_number, person.person_id)
            if key in seen:
                check.repeated_person(line, person, seen[key])
            else:
                seen[key] = line
                plan.people.append(person)
    if plan.summary.rows == 0:
        raise ImportFileError(_("The file has a header but no rows."))
    plan.errors, plan.more_errors = check.errors, check.more


# -- comparing with the database ----------------------------------------------------------------------------


@dataclass
class ChangeSet:
    """What applying a plan writes: built by diff(), written by changes.apply_changes()."""

    case_ids: dict[str, int] = field(default_factory=dict)  # the agency's cases before the import: number -> id
    new_cases: list[Case] = field(default_factory=list)
    changed_cases: list[Case] = field(default_factory=list)
    case_fields: set[str] = field(default_factory=set)  # the fields changed_cases change
    new_people: list[PersonRow] = field(default_factory=list)  # their case id is known once new cases exist
    changed_people: list[Person] = field(default_factory=list)
    person_fields: set[str] = field(default_factory=set)
    add_contacts: list[tuple[int, str, str]] = field(default_factory=list)  # (person id, kind, value)
    remove_contacts: list[tuple[int, str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(
            self.new_cases
            or self.changed_cases
            or self.new_people
            or self.changed_people
            or self.add_contacts
            or self.remove_contacts
        )


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


def diff(plan: ImportPlan, agency: Agency) -> ChangeSet:
    """Compare the plan with the database: fills plan.summary and returns what applying it would write."""
    cases, people, contacts = _existing(agency)
    change_set = ChangeSet()
    now = timezone.now()
    _diff_cases(plan, agency, cases, change_set, now)
    change_set.case_ids = {number: c["id"] for number, c in cases.items()}
    _diff_people(plan, change_set.case_ids, people, contacts, change_set, now)
    return change_set


def _diff_cases(
    plan: ImportPlan, agency: Agency, cases: dict[str, dict[str, Any]], change_set: ChangeSet, now: dt.datetime
) -> None:
    summary = plan.summary
    today = timezone.localdate()
    for number, row in plan.cases.items():
        old = cases.get(number)
        if old is None:
            summary.cases_create += 1
            change_set.new_cases.append(
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
        if not changes:
            summary.cases_unchanged += 1
            continue
        summary.cases_update += 1
        change_set.case_fields |= set(changes)
        kept = {k: old[k] for k in ("unit_id", "assigned_worker_id", "status", "closed_on")}
        change_set.changed_cases.append(Case(pk=old["id"], updated_at=now, **{**kept, **changes}))


def _diff_people(
    plan: ImportPlan,
    case_ids: dict[str, int],
    people: dict[tuple[int, str], dict[str, Any]],
    contacts: dict[int, dict[str, set[str]]],
    change_set: ChangeSet,
    now: dt.datetime,
) -> None:
    summary = plan.summary
    for prow in plan.people:
        case_id = case_ids.get(prow.case_number)
        old = people.get((case_id, prow.person_id)) if case_id is not None else None
        if old is None:  # a new person, or anyone on a new case
            summary.people_create += 1
            change_set.new_people.append(prow)
            continue
        changes = {f: v for f, v in prow.values.items() if old[f] != v}
        add, remove = _contact_changes(prow, contacts.get(old["id"], {}))
        if not changes and not add and not remove:
            summary.people_unchanged += 1
            continue
        summary.people_update += 1
        change_set.add_contacts += [(old["id"], k, v) for k, v in add]
        change_set.remove_contacts += [(old["id"], k, v) for k, v in remove]
        if changes:
            change_set.person_fields |= set(changes)
            kept = {f: old[f] for f in PERSON_FIELDS.values()}
            change_set.changed_people.append(Person(pk=old["id"], updated_at=now, **{**kept, **changes}))
