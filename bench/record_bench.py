"""Communication record benchmark: bulk-append 100,000 hash-chained entries to a fresh SQLite database, then
time ``verify_chain`` (the issue's target: 100,000 entries verified in under 10 s).

    .venv/bin/python -m bench.record_bench [--entries 100000] [--write docs/benchmarks.md]

Everything runs in a temporary data folder (its own SQLite file, migrated here, WAL mode as in production)
that is deleted afterwards. Entries look like real ones: a case, two people, a 100-250 character summary,
an exact text on messaging entries, seven channels in turn. A quick check: --entries 2000.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from pathlib import Path

from bench.harness.databases import default_sqlite
from bench.harness.markdown import publish
from bench.harness.stats import percentile, repeat, timed

START, END = "<!-- record-bench:start -->", "<!-- record-bench:end -->"
CHANNELS = ["phone", "in_person", "messaging", "sms", "virtual_visit", "email", "social_media"]
WORDS = (
    "visita llamada escuela madre abuela horario sábado transporte médico terapia tarea plan semana "
    "confirmó acordamos revisar documentos juez audiencia cita familia apoyo"
).split()


def sentence(rng: random.Random, low: int, high: int) -> str:
    words: list[str] = []
    while len(" ".join(words)) < rng.randint(low, high):
        words.append(rng.choice(WORDS))
    return " ".join(words).capitalize() + "."


def run(entries: int) -> dict[str, float | int | str]:
    import django
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)

    from resguardo.casework.models import Agency, Case, Person, Unit, User
    from resguardo.records.chain import append_entries, append_entry, verify_chain

    agency = Agency.objects.create(name="Benchmark agency")
    unit = Unit.objects.create(agency=agency, name="Unit")
    user = User.objects.create(username="bench", agency=agency, unit=unit)
    case = Case.objects.create(agency=agency, number="B-1", unit=unit, assigned_worker=user)
    people = [
        Person.objects.create(case=case, role="child", first_name="Sofía", last_name="Ramírez Luna"),
        Person.objects.create(case=case, role="parent", first_name="Carmen", last_name="Luna"),
    ]
    snapshot = [{"id": p.pk, "name": p.full_name, "role": p.role} for p in people]
    rng = random.Random(6)
    now = timezone.now()

    def rows():  # type: ignore[no-untyped-def]
        for i in range(entries):
            channel = CHANNELS[i % len(CHANNELS)]
            yield {
                "recorded_by": user,
                "case": case,
                "people": snapshot,
                "channel": channel,
                "direction": "outgoing" if i % 3 else "incoming",
                "occurred_at": now,
                "summary": sentence(rng, 100, 250),
                "text_sent": sentence(rng, 80, 300) if channel in ("messaging", "sms", "email") else "",
            }

    bulk, appended = timed(lambda: append_entries(agency, rows(), batch_size=5000))
    single, _ = repeat(
        lambda: append_entry(
            agency, recorded_by=user, case=case, people=people, channel="phone", summary=sentence(rng, 100, 250)
        ),
        200,
    )
    runs, result = repeat(lambda: verify_chain(agency), 3)
    assert result.ok, result
    db_file = Path(connection.settings_dict["NAME"])
    size_mb = sum(p.stat().st_size for p in db_file.parent.glob(db_file.name + "*")) / 1e6
    return {
        "entries": result.checked,
        "bulk_entries": appended,
        "bulk_seconds": round(bulk, 2),
        "bulk_rate": round(appended / bulk),
        "append_ms_median": round(statistics.median(single) * 1000, 2),
        "append_ms_p95": round(percentile(single, 95) * 1000, 2),
        "verify_best": round(min(runs), 2),
        "verify_median": round(statistics.median(runs), 2),
        "db_mb": round(size_mb, 1),
        "head": result.last_hash,
    }


def report(r: dict[str, float | int | str]) -> str:
    target = "met" if float(r["verify_median"]) < 10 else "NOT met"
    lines = [
        START,
        "## Communication record (hash chain)",
        "",
        "Command: `.venv/bin/python -m bench.record_bench --write docs/benchmarks.md`.",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; Python {platform.python_version()}, "
        f"SQLite file database in WAL mode (temporary), {os.cpu_count()} CPUs.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| entries in the chain | {r['entries']:,} |",
        f"| bulk append (`append_entries`, chain computed) | {r['bulk_seconds']} s ({r['bulk_rate']:,} entries/s) |",
        f"| single `append_entry` (own transaction, chain lock), median / p95 | {r['append_ms_median']} ms / "
        f"{r['append_ms_p95']} ms |",
        f"| `verify_chain` of the whole chain, best / median of 3 | **{r['verify_best']} s** / "
        f"{r['verify_median']} s |",
        f"| database size | {r['db_mb']} MB |",
        "",
        f"Target: 100,000 entries verified in under 10 s: **{target}**. Verification recomputes every entry's "
        "SHA-256 from its canonical JSON, checks every link, the sequence and the chain head, reading rows in "
        "chunks (`values_list().iterator()`).",
        END,
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    with default_sqlite("resguardo-record-bench"):
        results = run(args.entries)
    block = report(results)
    publish(block, args.write, START, END)


if __name__ == "__main__":
    main()
