"""Run by test_killed_writes.py in a subprocess, to be killed with SIGKILL: records one small entry, then starts
recording an entry with a 3,000,000-byte attachment, slowed down so the test can kill it either while the
attachment is being written ("write") or after it got its final name but before the commit ("commit").

Usage: killed_writer.py write|commit. Prints "placed" (flushed) when the "commit" stage is reached."""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resguardo.web.settings")

import django

django.setup()

from resguardo.casework import atomic_files  # noqa: E402
from resguardo.casework.models import Agency, Case, Person, Unit, User  # noqa: E402
from resguardo.records import chain  # noqa: E402

BIG = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(3_000_000 - 8)
SMALL = b"%PDF-1.4 acuse de recibo"


def main(stage: str) -> None:
    agency = Agency.objects.create(name="Interrumpida (test)")
    unit = Unit.objects.create(agency=agency, name="Unidad")
    user = User.objects.create(username="w", agency=agency, unit=unit)
    case = Case.objects.create(agency=agency, number="C-9", unit=unit, assigned_worker=user)
    child = Person.objects.create(case=case, role="child", first_name="Sofía", last_name="Ramírez")

    def record(summary: str, name: str, content: bytes) -> None:
        chain.append_entry(
            agency,
            recorded_by=user,
            case=case,
            people=[child],
            channel="messaging",
            summary=summary,
            attachments=[(name, content, None)],
        )

    record("primer mensaje", "acuse.pdf", SMALL)

    if stage == "write":
        write = atomic_files._write_all

        def slow_write(fd: int, chunk: bytes | memoryview) -> None:  # a slow disk: ~3 s for 3 MB
            time.sleep(0.06)
            write(fd, chunk)

        atomic_files._write_all = slow_write
    else:
        place = chain._place_file

        def place_then_wait(stored: chain._Stored) -> None:
            place(stored)
            print("placed", flush=True)
            time.sleep(120)

        chain._place_file = place_then_wait
    record("captura de la conversación", "captura Sofía.png", BIG)
    print("finished: the test should have killed this process", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
