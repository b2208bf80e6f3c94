"""A small fictional agency for web tests: two units, one user of each role, two cases in different units.

Loaded by tests/conftest.py through pytest_plugins. Passwords are for tests only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from resguardo.casework.models import Agency, Case, ContactPoint, Person, Platform, Role, Unit, User

PASSWORD = "test-only-Passw0rd!"


def make_user(agency: Agency, unit: Unit | None, username: str, role: str, first: str, last: str) -> User:
    user = User(
        username=username,
        agency=agency,
        unit=unit,
        role=role,
        first_name=first,
        last_name=last,
        preferred_language="es",
    )
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def agency(db: None) -> Agency:
    return Agency.objects.create(
        name="Familias del Valle (test)",
        public_phones="(213) 555-0100",
        public_emails="contacto@familiasdelvalle.org",
        public_websites="www.familiasdelvalle.org",
        email_domains="familiasdelvalle.org",
    )


@pytest.fixture
def unit_a(agency: Agency) -> Unit:
    return Unit.objects.create(agency=agency, name="Unidad Norte")


@pytest.fixture
def unit_b(agency: Agency) -> Unit:
    return Unit.objects.create(agency=agency, name="Unidad Sur")


@pytest.fixture
def worker(agency: Agency, unit_a: Unit) -> User:
    return make_user(agency, unit_a, "ana", Role.CASEWORKER, "Ana", "Torres")


@pytest.fixture
def worker_same_unit(agency: Agency, unit_a: Unit) -> User:
    return make_user(agency, unit_a, "beto", Role.CASEWORKER, "Alberto", "Ruiz")


@pytest.fixture
def worker_b(agency: Agency, unit_b: Unit) -> User:
    return make_user(agency, unit_b, "carl", Role.CASEWORKER, "Carl", "Hughes")


@pytest.fixture
def supervisor(agency: Agency, unit_a: Unit) -> User:
    return make_user(agency, unit_a, "sara", Role.SUPERVISOR, "Sara", "Medina")


@pytest.fixture
def administrator(agency: Agency) -> User:
    return make_user(agency, None, "admin1", Role.ADMINISTRATOR, "Iris", "Lau")


@pytest.fixture
def case_a(agency: Agency, unit_a: Unit, worker: User) -> Case:
    """Worker's case (unit A): a child, her mother, with contact details."""
    case = Case.objects.create(agency=agency, number="2026-0101", unit=unit_a, assigned_worker=worker)
    child = Person.objects.create(
        case=case,
        role="child",
        first_name="Sofía",
        last_name="Ramírez Luna",
        aliases="Sofi",
        date_of_birth=dt.date(2015, 3, 14),
        preferred_language="es",
    )
    ContactPoint.objects.create(person=child, kind="school", value="Escuela Primaria Benito Juárez")
    mother = Person.objects.create(
        case=case, role="parent", first_name="Carmen", last_name="Luna", preferred_language="es"
    )
    ContactPoint.objects.create(person=mother, kind="phone", value="(213) 555-0147")
    return case


@pytest.fixture
def case_b(agency: Agency, unit_b: Unit, worker_b: User) -> Case:
    """Another unit's case: worker and supervisor of unit A must never see it."""
    case = Case.objects.create(agency=agency, number="2026-0202", unit=unit_b, assigned_worker=worker_b)
    Person.objects.create(
        case=case,
        role="child",
        first_name="Marcus",
        last_name="Reed",
        aliases="Marky",
        date_of_birth=dt.date(2012, 8, 2),
        preferred_language="en",
    )
    Person.objects.create(case=case, role="foster_parent", first_name="Dana", last_name="Reed", preferred_language="en")
    return case


def whatsapp_platform(**texts: str) -> Platform:
    """WhatsApp in the shared catalog (messaging, no HIPAA agreement, end-to-end encrypted); ``texts``
    override its summaries and settings checklists."""
    defaults = {
        "name": "WhatsApp",
        "kind": "messaging",
        "hipaa_baa": "no",
        "end_to_end_encryption": "yes",
        "privacy_summary_es": "Los mensajes están cifrados de extremo a extremo.",
        "privacy_summary_en": "Messages are end-to-end encrypted.",
        "settings_checklist_es": "Oculte su foto de perfil\nDesactive la ubicación en tiempo real",
        "settings_checklist_en": "Hide your profile photo\nTurn off live location",
        **texts,
    }
    platform, _ = Platform.objects.update_or_create(slug="whatsapp", defaults=defaults)
    return platform
