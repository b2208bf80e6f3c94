"""A generated demo agency of N cases and people for the database benchmarks, and a CSV caseload export to
import into it. All names and contacts are fictional (Faker es_MX and en_US). Call after django.setup().

The generator's random draws come in a fixed order (staff, cases, people, contact details), so a seed gives
the same agency every time; keep that order when changing it.
"""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
from typing import Any

PASSWORD = "bench-only-Passw0rd!"  # every generated staff member's
UNITS = 10
CASES_PER_CASEWORKER = 25
PERSON_ROLES = ["child", "child", "parent", "parent", "relative", "foster_parent"]
CSV_COLUMNS = [
    "case_number",
    "unit",
    "assigned_worker",
    "case_status",
    "person_id",
    "role",
    "first_name",
    "last_name",
    "aliases",
    "date_of_birth",
    "preferred_language",
    "accessibility_needs",
    "connectivity",
    "addresses",
    "schools",
    "phones",
    "emails",
    "handles",
]
CSV_ROLES = ["niña", "child", "madre", "father", "familiar", "foster_parent"]
Pools = list[dict[str, list[str]]]  # per language (0 Spanish, 1 English): names, streets, schools


def slug(name: str) -> str:
    """'María José' -> 'maria.jose', for fictional e-mails and handles."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", ascii_name.lower()).strip(".") or "x"


def name_pools(seed: int) -> Pools:
    """Spanish (index 0) and English (1) first names, last names, streets and schools."""
    from faker import Faker

    fakes = [Faker("es_MX"), Faker("en_US")]
    for i, fake in enumerate(fakes):
        fake.seed_instance(seed + i)
    return [
        {
            "female": [fake.first_name_female() for _ in range(600)],
            "male": [fake.first_name_male() for _ in range(600)],
            "last": [fake.last_name() for _ in range(1500)],
            "street": [fake.street_address() for _ in range(3000)],
            "school": [
                f"{fake.last_name()} {kind}"
                for kind in ("Elementary", "Middle School", "High School")
                for _ in range(300)
            ]
            if i
            else [
                f"{kind} {fake.last_name()}"
                for kind in ("Escuela Primaria", "Secundaria Técnica", "Colegio")
                for _ in range(300)
            ],
        }
        for i, fake in enumerate(fakes)
    ]


def _staff(agency: Any, units: list[Any], n_cases: int, pools: Pools, rng: random.Random) -> list[Any]:
    """About 25 cases per caseworker, a supervisor per unit, one administrator."""
    from django.contrib.auth.hashers import make_password

    from resguardo.casework.models import Role, User

    password = make_password(PASSWORD)
    per_unit = max(1, n_cases // CASES_PER_CASEWORKER // len(units))
    staff: list[User] = []
    for u, unit in enumerate(units):
        for w in range(per_unit):
            pool = pools[(u + w) % 2]
            staff.append(
                User(
                    username=f"cw{u:02}{w:03}",
                    password=password,
                    agency=agency,
                    unit=unit,
                    role=Role.CASEWORKER,
                    first_name=rng.choice(pool["female"] + pool["male"]),
                    last_name=rng.choice(pool["last"]),
                    preferred_language="es" if (u + w) % 2 == 0 else "en",
                )
            )
        staff.append(
            User(
                username=f"sup{u:02}",
                password=password,
                agency=agency,
                unit=unit,
                role=Role.SUPERVISOR,
                first_name=rng.choice(pools[0]["female"]),
                last_name=rng.choice(pools[0]["last"]),
                preferred_language="es",
            )
        )
    staff.append(
        User(
            username="admin",
            password=password,
            agency=agency,
            role=Role.ADMINISTRATOR,
            first_name="Iris",
            last_name="Lau",
            preferred_language="en",
        )
    )
    User.objects.bulk_create(staff, batch_size=500)
    return staff


def _cases(agency: Any, units: list[Any], n_cases: int, rng: random.Random) -> list[int]:
    """Cases spread over the units and their caseworkers, 15% closed; their ids in number order."""
    from resguardo.casework.models import Case, Role, User

    workers: dict[int, list[int]] = {}
    for pk, unit_id in User.objects.filter(agency=agency, role=Role.CASEWORKER).values_list("id", "unit_id"):
        workers.setdefault(unit_id, []).append(pk)
    cases = []
    for i in range(n_cases):
        unit = units[i % len(units)]
        status = Case.Status.CLOSED if rng.random() < 0.15 else Case.Status.OPEN
        cases.append(
            Case(
                agency=agency,
                number=f"2026-{i + 1:05}",
                unit=unit,
                status=status,
                assigned_worker_id=workers[unit.pk][(i // len(units)) % len(workers[unit.pk])],
            )
        )
    Case.objects.bulk_create(cases, batch_size=1000)
    return list(Case.objects.filter(agency=agency).order_by("number").values_list("id", flat=True))


def _people(case_ids: list[int], per_case: int, pools: Pools, rng: random.Random) -> int:
    """A family on each case: two Spanish-speaking families for one English-speaking."""
    from resguardo.casework.models import Person

    people: list[Person] = []
    for c, case_id in enumerate(case_ids):
        lang = 0 if c % 3 else 1
        pool = pools[lang]
        family = rng.choice(pool["last"])
        for k in range(per_case):
            role = PERSON_ROLES[k % len(PERSON_ROLES)]
            female = rng.random() < 0.5
            first = rng.choice(pool["female"] if female else pool["male"])
            age = rng.randint(1, 17) if role == "child" else rng.randint(22, 70)
            people.append(
                Person(
                    case_id=case_id,
                    role=role,
                    first_name=first,
                    last_name=f"{family} {rng.choice(pool['last'])}" if lang == 0 else family,
                    aliases=first[:4] if rng.random() < 0.3 else "",
                    date_of_birth=f"{2026 - age}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
                    preferred_language="es" if lang == 0 else "en",
                    external_id=f"SRC-{c}-{k}",
                    connectivity=rng.choice(["good", "good", "limited", "none"]),
                )
            )
    Person.objects.bulk_create(people, batch_size=2000)
    return len(people)


def _contacts(agency: Any, pools: Pools, rng: random.Random) -> int:
    """Children: a school, sometimes an Instagram handle; adults: a phone, an address, sometimes an e-mail."""
    from resguardo.casework.models import ContactPoint, Person

    contacts: list[ContactPoint] = []
    for pk, role, first, lang in (
        Person.objects.filter(case__agency=agency)
        .order_by()
        .values_list("id", "role", "first_name", "preferred_language")
    ):
        pool = pools[0 if lang == "es" else 1]
        if role == "child":
            contacts.append(ContactPoint(person_id=pk, kind="school", value=rng.choice(pool["school"])))
            if rng.random() < 0.4:
                contacts.append(
                    ContactPoint(person_id=pk, kind="handle", value=f"@{slug(first)}.{pk}"[:60], platform="Instagram")
                )
        else:
            contacts.append(
                ContactPoint(
                    person_id=pk, kind="phone", value=f"({rng.randint(200, 989)}) 555-{rng.randint(0, 9999):04}"
                )
            )
            contacts.append(ContactPoint(person_id=pk, kind="address", value=rng.choice(pool["street"])))
            if rng.random() < 0.3:
                contacts.append(ContactPoint(person_id=pk, kind="email", value=f"{slug(first)}.{pk}@example.com"))
    ContactPoint.objects.bulk_create(contacts, batch_size=2000)
    return len(contacts)


def generate(n_cases: int, n_people: int, seed: int = 5) -> dict[str, Any]:
    """The agency, its units, staff, cases, people and contact details; returns its id and the counts."""
    from resguardo.casework.models import Agency, Unit
    from resguardo.casework.roster import bump

    rng = random.Random(seed)
    pools = name_pools(seed)
    agency = Agency.objects.create(
        name="Agencia de prueba (benchmark)",
        default_language="es",
        public_phones="(213) 555-0100",
        public_emails="contacto@agencia-prueba.org",
        public_websites="www.agencia-prueba.org",
        public_handles="@agenciaprueba",
        email_domains="agencia-prueba.org",
    )
    units = Unit.objects.bulk_create([Unit(agency=agency, name=f"Unidad {i + 1:02}") for i in range(UNITS)])
    staff = _staff(agency, units, n_cases, pools, rng)
    case_ids = _cases(agency, units, n_cases, rng)
    people = _people(case_ids, n_people // n_cases, pools, rng)
    contacts = _contacts(agency, pools, rng)
    bump(agency)
    return {
        "agency_id": agency.pk,
        "units": UNITS,
        "staff": len(staff),
        "cases": n_cases,
        "people": people,
        "contact_points": contacts,
    }


def _csv_row(i: int, fake: Any, rng: random.Random, spanish: bool, worker: tuple[str, str]) -> list[str]:
    case = i // 6
    username, unit_name = worker
    role = CSV_ROLES[i % 6]
    child = role in ("niña", "child")
    first = fake.first_name()
    return [
        f"IMP-{case + 1:05}",
        unit_name,
        username,
        "abierto" if spanish else "open",
        f"EXT-{i + 1:06}",
        role,
        first,
        fake.last_name(),
        first[:4] if rng.random() < 0.3 else "",
        f"{rng.randint(1955, 2024)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
        "es" if spanish else "en",
        "Low vision" if rng.random() < 0.03 else "",
        rng.choice(["good", "limited", "none"]),
        "" if child else fake.street_address().replace("\n", ", "),
        f"Escuela Primaria {fake.last_name()}" if child else "",
        "" if child else f"({rng.randint(200, 989)}) 555-{rng.randint(0, 9999):04}",
        f"{slug(first)}.{i}@example.com" if not child and rng.random() < 0.3 else "",
        f"@{slug(first)}.{i}" if child and rng.random() < 0.4 else "",
    ]


def caseload_csv(agency_id: int, n_people: int, seed: int = 11) -> bytes:
    """A CSV export of n_people on new cases (6 people per case), every column filled, Spanish and English."""
    from faker import Faker

    from resguardo.casework.models import Role, Unit, User

    rng = random.Random(seed)
    fake_es, fake_en = Faker("es_MX"), Faker("en_US")
    fake_es.seed_instance(seed)
    fake_en.seed_instance(seed + 1)
    units = dict(Unit.objects.filter(agency_id=agency_id).values_list("id", "name"))
    workers = [
        (username, units[unit_id])
        for username, unit_id in User.objects.filter(agency_id=agency_id, role=Role.CASEWORKER).values_list(
            "username", "unit_id"
        )
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for i in range(n_people):
        case = i // 6
        spanish = case % 3 != 0
        writer.writerow(_csv_row(i, fake_es if spanish else fake_en, rng, spanish, workers[case % len(workers)]))
    return out.getvalue().encode("utf-8")
