"""The demo agency: fictional Spanish- and English-speaking families, two units, one user of each role.

Every name, phone, address and handle here is invented (555 numbers, example.com/.org addresses).
The passwords are for development only; `resguardo demo` refuses to run in production.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from resguardo.casework.models import (
    Agency,
    AgencyAccount,
    Case,
    Consent,
    ContactPoint,
    ContactRule,
    Person,
    Platform,
    Role,
    Unit,
    User,
)

AGENCY_NAME = "Familias del Valle (demo)"

# username, password, role in Spanish, role in English (printed by `resguardo demo` and in the README)
DEMO_USERS = [
    ("ana", "demo-ana-2026!", "trabajadora social, Unidad Norte", "caseworker, North Unit"),
    ("carl", "demo-carl-2026!", "trabajador social, Unidad Sur", "caseworker, South Unit"),
    ("sara", "demo-sara-2026!", "supervisora, Unidad Norte", "supervisor, North Unit"),
    ("admin", "demo-admin-2026!", "administradora", "administrator"),
]

_STAFF = {
    "ana": ("Ana", "Torres", Role.CASEWORKER, "north", "es", "@anatorres.personal"),
    "carl": ("Carl", "Hughes", Role.CASEWORKER, "south", "en", "carl.hughes.home@example.com"),
    "sara": ("Sara", "Medina", Role.SUPERVISOR, "north", "es", ""),
    "admin": ("Iris", "Lau", Role.ADMINISTRATOR, None, "en", ""),
}


def _age(years: int, months: int = 0) -> dt.date:
    today = timezone.localdate()
    return today.replace(year=today.year - years) - dt.timedelta(days=30 * months)


# case number, unit, worker, people: (key, role, first, last, aliases, born, lang, access, connectivity, contacts)
_CASES: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    (
        "2026-0101",
        "north",
        "ana",
        [
            (
                "sofia",
                "child",
                "Sofía",
                "Ramírez Luna",
                "Sofi",
                _age(11, 3),
                "es",
                "",
                "good",
                [("school", "Escuela Primaria Benito Juárez"), ("handle", "@sofi.rl")],
            ),
            (
                "lalo",
                "child",
                "Eduardo",
                "Ramírez Luna",
                "Lalo",
                _age(7, 1),
                "es",
                "",
                "good",
                [("school", "Kínder Rayito de Sol")],
            ),
            (
                "carmen",
                "parent",
                "Carmen",
                "Luna",
                "",
                _age(34),
                "es",
                "",
                "limited",
                [("phone", "(213) 555-0147"), ("handle", "@carmenluna.la"), ("address", "1432 Calle Olivo, Apt 5")],
            ),
            ("jorge", "parent", "Jorge", "Ramírez", "", _age(38), "es", "", "good", [("phone", "(213) 555-0188")]),
            (
                "rosa",
                "relative",
                "Rosa",
                "Luna Herrera",
                "Doña Rosa",
                _age(61),
                "es",
                "Low vision; large print",
                "none",
                [("address", "88 Avenida Las Palmas")],
            ),
        ],
    ),
    (
        "2026-0102",
        "north",
        "ana",
        [
            (
                "mateo",
                "child",
                "Mateo",
                "Herrera",
                "Teo",
                _age(15, 4),
                "en",
                "",
                "good",
                [("handle", "@teo.h.skates"), ("school", "Roosevelt High School")],
            ),
            (
                "linda",
                "foster_parent",
                "Linda",
                "Walsh",
                "",
                _age(45),
                "en",
                "",
                "good",
                [("email", "linda.walsh@example.com"), ("phone", "(323) 555-0112")],
            ),
            (
                "tom",
                "foster_parent",
                "Tom",
                "Walsh",
                "",
                _age(47),
                "en",
                "Deaf; uses captions and text",
                "good",
                [("email", "tom.walsh@example.com")],
            ),
            (
                "gabriela",
                "parent",
                "Gabriela",
                "Herrera",
                "Gaby",
                _age(36),
                "es",
                "",
                "limited",
                [("phone", "(323) 555-0164")],
            ),
        ],
    ),
    (
        "2026-0201",
        "south",
        "carl",
        [
            (
                "marcus",
                "child",
                "Marcus",
                "Reed",
                "Marky",
                _age(14, 2),
                "en",
                "",
                "good",
                [("school", "Lincoln Middle School"), ("handle", "@marky.reed")],
            ),
            (
                "dana",
                "foster_parent",
                "Dana",
                "Reed",
                "",
                _age(52),
                "en",
                "",
                "good",
                [("email", "dana.reed77@example.com")],
            ),
            ("keisha", "parent", "Keisha", "Reed", "", _age(33), "en", "", "limited", [("phone", "(562) 555-0131")]),
        ],
    ),
    (
        "2026-0202",
        "south",
        "carl",
        [
            (
                "yaretzi",
                "child",
                "Yaretzi",
                "Castillo",
                "",
                _age(4, 6),
                "es",
                "",
                "good",
                [("school", "Guardería Pasitos")],
            ),
            (
                "araceli",
                "parent",
                "Araceli",
                "Castillo",
                "",
                _age(24),
                "es",
                "",
                "none",
                [("address", "2210 Mission Road, Space 14")],
            ),
        ],
    ),
]


def _platform(slug: str) -> Platform | None:
    return Platform.objects.filter(slug=slug).first()


@transaction.atomic
def load_demo() -> bool:
    """Create the demo agency. Returns False (and changes nothing) if it is already there."""
    if Agency.objects.filter(name=AGENCY_NAME).exists():
        return False
    agency = Agency.objects.create(
        name=AGENCY_NAME,
        default_language="es",
        public_phones="(213) 555-0100\n1-800-555-0199",
        public_emails="contacto@familiasdelvalle.org",
        public_websites="www.familiasdelvalle.org",
        public_handles="@familiasdelvalle",
        email_domains="familiasdelvalle.org",
    )
    units = {
        "north": Unit.objects.create(agency=agency, name="Unidad Norte"),
        "south": Unit.objects.create(agency=agency, name="Unidad Sur"),
    }
    passwords = {u: p for u, p, _, _ in DEMO_USERS}
    staff: dict[str, User] = {}
    for username, (first, last, role, unit, lang, personal) in _STAFF.items():
        user = User(
            username=username,
            first_name=first,
            last_name=last,
            role=role,
            agency=agency,
            unit=units[unit] if unit else None,
            preferred_language=lang,
            personal_handles=personal,
            email=f"{username}@familiasdelvalle.org",
            is_staff=role == Role.ADMINISTRATOR,
        )
        user.set_password(passwords[username])
        user.save()
        staff[username] = user
    try:
        from resguardo.casework.catalog import approve_defaults

        approve_defaults(agency, staff["admin"])
    except ImportError:  # the catalog module is optional for the demo
        pass

    people: dict[str, Person] = {}
    for number, unit, worker, members in _CASES:
        case = Case.objects.create(
            agency=agency,
            number=number,
            unit=units[unit],
            assigned_worker=staff[worker],
            opened_on=timezone.localdate() - dt.timedelta(days=120),
        )
        for key, role, first, last, aliases, born, lang, access, conn, contacts in members:
            person = Person.objects.create(
                case=case,
                role=role,
                first_name=first,
                last_name=last,
                aliases=aliases,
                date_of_birth=born,
                preferred_language=lang,
                accessibility_needs=access,
                connectivity=conn,
            )
            ContactPoint.objects.bulk_create(ContactPoint(person=person, kind=k, value=v) for k, v in contacts)
            people[key] = person

    today = timezone.localdate()
    now = timezone.now()

    def consent(
        person: str,
        slug: str,
        purpose: str,
        given_by_name: str,
        *,
        days_ago: int,
        expires_in: int | None,
        approved: bool = True,
        revoked: str = "",
        recorded_by: str = "ana",
    ) -> None:
        platform = _platform(slug)
        if platform is None:
            return
        Consent.objects.create(
            person=people[person],
            platform=platform,
            purpose=purpose,
            given_by="guardian" if people[person].is_child else "self",
            given_by_name=given_by_name,
            given_on=today - dt.timedelta(days=days_ago),
            expires_on=today + dt.timedelta(days=expires_in) if expires_in is not None else None,
            approved_by=staff["sara"] if approved else None,
            approved_at=now if approved else None,
            revoked_at=now if revoked else None,
            revoked_by=staff[recorded_by] if revoked else None,
            revocation_reason=revoked,
            recorded_by=staff[recorded_by],
        )

    consent("carmen", "whatsapp", "messaging", "Carmen Luna", days_ago=60, expires_in=305)
    consent("carmen", "zoom-healthcare", "virtual_visits", "Carmen Luna", days_ago=5, expires_in=360, approved=False)
    consent("sofia", "zoom-healthcare", "virtual_visits", "Carmen Luna", days_ago=60, expires_in=305)
    consent("linda", "email", "messaging", "Linda Walsh", days_ago=400, expires_in=-35)
    consent(
        "gabriela",
        "facebook-messenger",
        "messaging",
        "Gabriela Herrera",
        days_ago=90,
        expires_in=275,
        revoked="Asked to use phone calls instead",
    )
    consent("dana", "email", "messaging", "Dana Reed", days_ago=30, expires_in=335, recorded_by="carl")

    def rule(
        child: str, rule: str, channel: str, reason: str, other: str = "", other_name: str = "", by: str = "ana"
    ) -> None:
        ContactRule.objects.create(
            child=people[child],
            other_person=people[other] if other else None,
            other_name=other_name,
            rule=rule,
            channel=channel,
            reason=reason,
            valid_from=today - dt.timedelta(days=90),
            created_by=staff[by],
        )

    rule("sofia", "not_allowed", "all", "Court order of protection", other="jorge")
    rule("lalo", "not_allowed", "all", "Court order of protection", other="jorge")
    rule("sofia", "allowed", "all", "Grandmother; weekly calls encouraged", other="rosa")
    rule("mateo", "supervised", "all", "Case plan: supervised visits and calls", other="gabriela")
    rule(
        "marcus",
        "not_allowed",
        "social_media",
        "Former peer linked to runaway episode",
        other_name="Tyler Brooks",
        by="carl",
    )

    for owner, slug, identifier, name in [
        ("ana", "email", "ana.torres@familiasdelvalle.org", "Ana Torres (Familias del Valle)"),
        ("ana", "whatsapp", "(213) 555-0100", "Familias del Valle"),
        ("carl", "email", "carl.hughes@familiasdelvalle.org", "Carl Hughes (Familias del Valle)"),
        ("carl", "zoom-healthcare", "carl.hughes@familiasdelvalle.org", "Carl Hughes"),
    ]:
        platform = _platform(slug)
        if platform is not None:
            AgencyAccount.objects.create(
                agency=agency,
                platform=platform,
                owner=staff[owner],
                identifier=identifier,
                display_name=name,
                registered_by=staff["admin"],
            )
    return True
