"""Run by test_concurrency.py in a subprocess against a migrated file database (SQLite) or PostgreSQL
(DATABASE_URL): WRITERS threads, each with its own database connection, append ENTRIES entries each to one
agency's record at the same moment; then the chain is verified and the append-only triggers are tried.
Prints one JSON line with what was found."""

from __future__ import annotations

import json
import os
import sys
import threading
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resguardo.web.settings")

import django

django.setup()

from django.db import DatabaseError, connection, connections, transaction  # noqa: E402

from resguardo.casework.models import Agency, Case, Person, Unit, User  # noqa: E402
from resguardo.records.chain import append_entry, verify_chain  # noqa: E402
from resguardo.records.models import ChainHead, Entry  # noqa: E402

WRITERS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
ENTRIES = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def main() -> None:
    agency = Agency.objects.create(name="Concurrencia (test)")
    unit = Unit.objects.create(agency=agency, name="Unidad")
    users = [User.objects.create(username=f"w{i}", agency=agency, unit=unit) for i in range(WRITERS)]
    case = Case.objects.create(agency=agency, number="C-1", unit=unit, assigned_worker=users[0])
    child = Person.objects.create(case=case, role="child", first_name="Sofía", last_name="Ramírez")
    connections.close_all()

    barrier = threading.Barrier(WRITERS)
    errors: list[str] = []

    def writer(i: int) -> None:
        try:
            barrier.wait()
            for n in range(ENTRIES):
                attachments = (
                    [(f"captura-{i}-{n}.png", b"\x89PNG\r\n\x1a\n" + f"{i}-{n}".encode(), "image/png")]
                    if n == 0
                    else []
                )
                append_entry(
                    agency,
                    recorded_by=users[i],
                    case=case,
                    people=[child],
                    channel="messaging",
                    summary=f"writer {i} entry {n}",
                    text_sent="Hola, ¿cómo está?",
                    attachments=attachments,
                )
        except Exception as exc:  # reported to the test
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            connection.close()  # this thread's own connection

    started = time.perf_counter()
    threads = [threading.Thread(target=writer, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started

    result = verify_chain(agency)
    seqs = list(Entry.objects.filter(agency=agency).order_by("seq").values_list("seq", flat=True))
    prevs = list(Entry.objects.filter(agency=agency).values_list("prev_hash", flat=True))
    head = ChainHead.objects.get(agency=agency)
    refused = {}
    entry = Entry.objects.filter(agency=agency).order_by("seq").first()
    assert entry is not None
    for name, sql in {
        "update": f"UPDATE records_entry SET summary = 'changed' WHERE id = {entry.pk}",
        "delete": f"DELETE FROM records_entry WHERE id = {entry.pk}",
        "delete_attachment": "DELETE FROM records_attachment",
        "head_back": f"UPDATE records_chainhead SET last_seq = 1 WHERE agency_id = {agency.pk}",
        "truncate": "TRUNCATE records_entry CASCADE" if connection.vendor == "postgresql" else "",
    }.items():
        if not sql:
            continue
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql)
            refused[name] = False
        except DatabaseError:
            refused[name] = True
    print(
        json.dumps(
            {
                "vendor": connection.vendor,
                "errors": errors,
                "count": len(seqs),
                "seqs": seqs,
                "distinct_prev": len(set(prevs)),
                "ok": result.ok,
                "checked": result.checked,
                "reason": result.reason,
                "head_seq": head.last_seq,
                "head_hash": head.last_hash,
                "last_hash": result.last_hash,
                "refused": refused,
                "seconds": round(elapsed, 2),
                "agency": agency.name,
            }
        )
    )


if __name__ == "__main__":
    main()
