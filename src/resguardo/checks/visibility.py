"""Whom the findings name, and whether this user may learn it.

The engine may know every name in the agency; the answer names only people of cases the user can see. A
detail of a case the user cannot see is scanned again as if the roster held only what the user may see
(so the answer does not tell), and logged for that case's supervisor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resguardo.casework.access import visible_people
from resguardo.casework.models import AccessLog, Person, User

Owners = dict[str, tuple[str, ...]]


def owners_of(roster: Any, findings: Sequence[Any]) -> Owners:
    """Roster ids ("person:12", "staff:3") of the people the findings name, by the name the engine gives."""
    names = {f.person for f in findings if f.person}
    if not names:
        return {}
    out: dict[str, list[str]] = {}
    for person in roster.people:
        if person.name in names and person.id:
            out.setdefault(person.name, []).append(person.id)
    return {name: tuple(ids) for name, ids in out.items()}


def visible_owner_ids(user: User, owners: Owners) -> set[str]:
    ids = {i for group in owners.values() for i in group}
    person_pks = [int(i.split(":", 1)[1]) for i in ids if i.startswith("person:")]
    visible = {f"person:{pk}" for pk in visible_people(user).filter(pk__in=person_pks).values_list("pk", flat=True)}
    return visible | {i for i in ids if i.startswith("staff:")}  # colleagues' names are not secret at work


def hidden_people(findings: Sequence[Any], owners: Owners, visible: set[str]) -> set[int]:
    """Person ids of cases the user cannot see, named by findings that name nobody the user can see."""
    hidden: set[int] = set()
    for f in findings:
        ids = owners.get(f.person or "", ())
        if ids and not any(i in visible for i in ids):
            hidden |= {int(i.split(":", 1)[1]) for i in ids if i.startswith("person:")}
    return hidden


def user_roster_ids(user: User) -> frozenset[str]:
    people = visible_people(user).order_by().values_list("pk", flat=True)
    staff = User.objects.filter(agency_id=user.agency_id).order_by().values_list("pk", flat=True)
    return frozenset([*(f"person:{pk}" for pk in people), *(f"staff:{pk}" for pk in staff)])


def log_hidden_hits(user: User, agency_id: int, path: str, person_ids: set[int]) -> None:
    """One DENIED access-log entry per hidden case, so its supervisor can see someone probing it."""
    seen: set[int] = set()
    rows = Person.objects.filter(pk__in=person_ids, case__agency_id=agency_id).values_list(
        "pk", "case_id", "case__number"
    )
    for person_pk, case_pk, number in rows:
        if case_pk in seen:
            continue
        seen.add(case_pk)
        AccessLog.objects.create(
            user=user,
            action=AccessLog.Action.DENIED,
            agency_id=agency_id,
            case_id=case_pk,
            case_number=number,
            person_id=person_pk,
            path=path[:300],
            what="check before sending: a detail of this case, not shown to the user",
        )
