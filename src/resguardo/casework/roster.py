"""The engine's roster for a whole agency, built from the database.

Every person of every case of the agency (closed cases too: a child stays protected after the case
closes) plus its staff, with the agency's own public contacts as the allow-list. The engine may know
every name; this roster is never rendered on a page, so it exposes nothing to a user who may not see
a case.

Read with values_list() queries (no model instances): 60,000 people are read in about 0.4 s, and their
search index takes about 4 s more to build. Each process keeps one roster per agency, keyed by the
agency's RosterState.generation. When the generation moves, the people are read again and the cached
roster's index is updated for the ones who changed (Roster.with_people), which for a few changed people
takes a fraction of the full build; past 5 % changed it is built anew. signals.py bumps
the generation in the same transaction as any change to people, contact details, staff or the agency
(bulk operations send no signals: call bump() yourself, as the CSV import does). A bulk change that does
go through per-row signals (QuerySet.delete()) runs inside row_bumps_muted(), which bumps once at its end.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from resguardo.casework.models import Agency, ContactPoint, Person, RosterState, User
from resguardo.casework.models.agency import split_lines
from resguardo.engine import Roster, RosterPerson
from resguardo.engine.gcpause import gc_paused
from resguardo.engine.roster import ROLES

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KIND_FIELD = {
    ContactPoint.Kind.PHONE: "phones",
    ContactPoint.Kind.EMAIL: "emails",
    ContactPoint.Kind.HANDLE: "handles",
    ContactPoint.Kind.ADDRESS: "addresses",
    ContactPoint.Kind.SCHOOL: "schools",
}

_lock = threading.Lock()
_cache: dict[int, tuple[tuple[int, str], Roster]] = {}


def _agency_id(agency: Agency | int) -> int:
    return agency if isinstance(agency, int) else int(agency.pk)


@dataclass
class _MutedBumps:
    agency_id: int
    due: bool = False  # something changed inside the block: bump when it ends


_muted: ContextVar[_MutedBumps | None] = ContextVar("roster_muted_bumps", default=None)


@contextmanager
def row_bumps_muted(agency: Agency | int) -> Iterator[None]:
    """Bump the agency's roster once when the block ends, not once per row: for bulk writes that go through
    per-row signals (QuerySet.delete() sends post_delete for every contact point it deletes, and each
    handler would look up the agency and update RosterState). Inside, the per-row handlers and bump() of this
    agency only note that a bump is due. The block must change only this agency's rows. Nothing is bumped
    when it changes nothing or raises (its transaction is rolled back then anyway)."""
    state = _MutedBumps(_agency_id(agency))
    token = _muted.set(state)
    try:
        yield
    finally:
        _muted.reset(token)
    if state.due:
        bump(state.agency_id)


def row_bump_muted() -> bool:
    """For the per-row signal handlers: inside row_bumps_muted(), note that a bump is due and say True, so
    the handler skips its own lookup and bump."""
    state = _muted.get()
    if state is None:
        return False
    state.due = True
    return True


def bump(agency: Agency | int | None) -> None:
    """Mark the agency's roster stale (in the caller's transaction, if there is one); inside
    row_bumps_muted() for this agency, once when that block ends."""
    if agency is None:
        return
    agency_id = _agency_id(agency)
    state = _muted.get()
    if state is not None and state.agency_id == agency_id:
        state.due = True
        return
    with transaction.atomic():
        updated = RosterState.objects.filter(agency_id=agency_id).update(
            generation=F("generation") + 1, changed_at=timezone.now()
        )
        if not updated:
            _, created = RosterState.objects.get_or_create(agency_id=agency_id, defaults={"generation": 1})
            if not created:  # another transaction created it in between
                RosterState.objects.filter(agency_id=agency_id).update(
                    generation=F("generation") + 1, changed_at=timezone.now()
                )


def generation(agency: Agency | int) -> int:
    value = RosterState.objects.filter(agency_id=_agency_id(agency)).values_list("generation", flat=True).first()
    return int(value or 0)


def split_personal(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A staff member's personal accounts (one per line or comma) as (phones, e-mails, handles)."""
    phones: list[str] = []
    emails: list[str] = []
    handles: list[str] = []
    for value in split_lines(text):
        if _EMAIL.match(value):
            emails.append(value)
        elif sum(c.isdigit() for c in value) >= 7 and not re.search(r"[A-Za-z]", value):
            phones.append(value)
        else:
            handles.append(value)
    return tuple(phones), tuple(emails), tuple(handles)


def build_roster(agency: Agency | int, *, index: bool = True) -> Roster:
    """A fresh roster from the database (uncached), with its search index built unless index=False."""
    with gc_paused():
        return _build_roster(_agency_id(agency), index)


def _build_roster(agency_id: int, index: bool) -> Roster:
    contacts: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for person_id, kind, value in (
        ContactPoint.objects.filter(person__case__agency_id=agency_id)
        .order_by()
        .values_list("person_id", "kind", "value")
        .iterator(chunk_size=5000)
    ):
        field = _KIND_FIELD.get(kind)
        if field and value.strip():
            contacts[person_id][field].append(value.strip())
    people: list[RosterPerson] = []
    empty: dict[str, list[str]] = {}
    for pk, first, last, aliases, role in (
        Person.objects.filter(case__agency_id=agency_id)
        .order_by()
        .values_list("id", "first_name", "last_name", "aliases", "role")
        .iterator(chunk_size=5000)
    ):
        name = f"{first} {last}".strip()
        if not name:
            continue
        found = contacts.get(pk, empty)
        people.append(
            RosterPerson(
                name=name,
                role=role if role in ROLES else "other",
                aliases=tuple(split_lines(aliases)),
                phones=tuple(found.get("phones", ())),
                emails=tuple(found.get("emails", ())),
                handles=tuple(found.get("handles", ())),
                addresses=tuple(found.get("addresses", ())),
                schools=tuple(found.get("schools", ())),
                id=f"person:{pk}",
            )
        )
    for pk, first, last, username, aliases, personal in (
        User.objects.filter(agency_id=agency_id)
        .order_by()
        .values_list("id", "first_name", "last_name", "username", "aliases", "personal_handles")
    ):
        phones, emails, handles = split_personal(personal)
        name = f"{first} {last}".strip()
        if not name and not (phones or emails or handles):
            continue
        people.append(
            RosterPerson(
                name=name or username,
                role="staff",
                aliases=tuple(split_lines(aliases)),
                phones=phones,
                emails=emails,
                handles=handles,
                id=f"staff:{pk}",
            )
        )
    allow = Agency.objects.get(pk=agency_id).allow_list()
    roster = Roster(people, allow)
    if index:
        roster.find("")  # build the search index now, once, not on the first scan of a request
    return roster


def updated_roster(previous: Roster, agency: Agency | int) -> Roster:
    """The agency's roster read again from the database, its index updated from ``previous`` for the
    people who changed (or built anew when many did)."""
    fresh = build_roster(agency, index=False)
    return previous.with_people(fresh.people, fresh.allow)


def roster_for(agency: Agency | int) -> Roster:
    """The agency's roster: the cached one while nothing changed, else updated for the people who changed
    (built on the first call of the process). Never show it on a page."""
    agency_id = _agency_id(agency)
    # The time of the change too: a database restored from a backup (or a rolled-back test) can repeat a
    # generation number with other people behind it.
    state = RosterState.objects.filter(agency_id=agency_id).values_list("generation", "changed_at").first()
    current = (int(state[0]), state[1].isoformat()) if state else (0, "")
    cached = _cache.get(agency_id)
    if cached is not None and cached[0] == current:
        return cached[1]
    with _lock:  # one rebuild at a time per process; the others wait for it and reuse it
        cached = _cache.get(agency_id)
        if cached is not None and cached[0] == current:
            return cached[1]
        roster = build_roster(agency_id) if cached is None else updated_roster(cached[1], agency_id)
        _cache[agency_id] = (current, roster)
        return roster


def clear_cache() -> None:
    with _lock:
        _cache.clear()
