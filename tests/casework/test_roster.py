"""The engine roster built from the database: every person of every case plus staff, the agency's public
contacts as the allow-list, cached per process and rebuilt when anything it is made of changes."""

from __future__ import annotations

import pytest
from django.test import Client

from resguardo.casework import roster as roster_module
from resguardo.casework.models import Agency, ContactPoint, Person, User
from resguardo.casework.roster import bump, generation, roster_for, row_bumps_muted, split_personal
from resguardo.engine import FindingType, RosterPerson, Scanner
from tests.agency_fixtures import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    roster_module.clear_cache()


def by_name(agency: Agency) -> dict[str, RosterPerson]:
    return {p.name: p for p in roster_for(agency).people}


def test_roster_has_people_of_every_case_staff_and_allow_list(agency, case_a, case_b, worker, administrator) -> None:
    people = by_name(agency)
    sofia = people["Sofía Ramírez Luna"]
    assert sofia.role == "child" and sofia.aliases == ("Sofi",)
    assert sofia.schools == ("Escuela Primaria Benito Juárez",)
    assert people["Carmen Luna"].phones == ("(213) 555-0147",)
    # Another unit's case is on the same roster: the engine protects the whole agency.
    assert people["Marcus Reed"].role == "child"
    assert people["Ana Torres"].role == "staff" and people["Iris Lau"].role == "staff"
    roster = roster_for(agency)
    assert "(213) 555-0100" in roster.allow and "contacto@familiasdelvalle.org" in roster.allow
    assert roster.is_allowed("213-555-0100", FindingType.PHONE)


def test_renamed_person_is_found_by_the_scanner_and_deleted_person_disappears(agency, case_a) -> None:
    before = roster_for(agency)
    mother = Person.objects.get(case=case_a, first_name="Carmen")
    mother.first_name, mother.last_name = "Xiomara", "Quintanilla"
    mother.save()
    after = roster_for(agency)
    assert after is not before
    assert "Xiomara Quintanilla" in {p.name for p in after.people}
    assert "Carmen Luna" not in {p.name for p in after.people}
    result = Scanner(after).scan("Saludos a Xiomara Quintanilla en la junta", audience="public")
    assert any(f.type == FindingType.PERSON and f.person == "Xiomara Quintanilla" for f in result.findings)
    assert result.verdict != "ok"

    mother.delete()
    assert "Xiomara Quintanilla" not in {p.name for p in roster_for(agency).people}


def test_cache_returns_the_same_roster_until_something_changes(agency, case_a, worker) -> None:
    first = roster_for(agency)
    assert roster_for(agency) is first
    child = Person.objects.get(case=case_a, role="child")
    ContactPoint.objects.create(person=child, kind="handle", value="@sofi.nueva")
    second = roster_for(agency)
    assert second is not first
    assert "@sofi.nueva" in by_name(agency)["Sofía Ramírez Luna"].handles
    worker.aliases = "Anita"
    worker.save()
    third = roster_for(agency)
    assert third is not second and by_name(agency)["Ana Torres"].aliases == ("Anita",)
    agency.public_handles = "@familiasdelvalle"
    agency.save()
    assert "@familiasdelvalle" in roster_for(agency).allow


def test_signing_in_does_not_invalidate_the_roster(agency, worker) -> None:
    first = roster_for(agency)
    before = generation(agency)
    client = Client()
    response = client.post("/login/", {"username": "ana", "password": PASSWORD})
    assert response.status_code == 302
    assert generation(agency) == before
    assert roster_for(agency) is first


def test_staff_personal_accounts_are_split_into_phones_emails_and_handles(agency, unit_a) -> None:
    User.objects.create(
        username="luz",
        agency=agency,
        unit=unit_a,
        first_name="Luz",
        last_name="Ortega",
        personal_handles="(323) 555-0190\nluz.home@example.com\n@luz.o, tiktok.com/@luzita",
    )
    staff = by_name(agency)["Luz Ortega"]
    assert staff.phones == ("(323) 555-0190",)
    assert staff.emails == ("luz.home@example.com",)
    assert staff.handles == ("@luz.o", "tiktok.com/@luzita")
    assert split_personal("") == ((), (), ())


def test_other_agencies_are_not_on_the_roster(agency, case_a) -> None:
    from resguardo.casework.models import Agency, Case, Unit

    other = Agency.objects.create(name="Otra agencia (test)")
    unit = Unit.objects.create(agency=other, name="Única")
    case = Case.objects.create(agency=other, number="X-1", unit=unit)
    Person.objects.create(case=case, role="child", first_name="Renata", last_name="Solís")
    assert "Renata Solís" not in by_name(agency)
    assert set(by_name(other)) == {"Renata Solís"}


def test_row_bumps_muted_bumps_once_at_the_end(agency, case_a) -> None:
    child = Person.objects.get(case=case_a, role="child")
    before = generation(agency)
    with row_bumps_muted(agency):
        for i in range(5):
            ContactPoint.objects.create(person=child, kind="phone", value=f"(213) 555-02{i:02}")
        ContactPoint.objects.filter(person=child, kind="phone").delete()
        child.aliases = "Sofi, Sofita"
        child.save()
        bump(agency)
        assert generation(agency) == before  # nothing written to RosterState until the block ends
    assert generation(agency) == before + 1


def test_row_bumps_muted_without_changes_or_after_an_error_does_not_bump(agency, case_a) -> None:
    before = generation(agency)
    with row_bumps_muted(agency):
        pass
    assert generation(agency) == before
    child = Person.objects.get(case=case_a, role="child")
    with pytest.raises(RuntimeError), row_bumps_muted(agency):
        child.save()
        raise RuntimeError("the caller's transaction rolls back")
    assert generation(agency) == before
    child.save()  # the handlers bump again once the block is left
    assert generation(agency) == before + 1


def test_a_few_changes_update_the_cached_roster_which_answers_as_a_fresh_build(agency, case_a) -> None:
    with row_bumps_muted(agency):
        Person.objects.bulk_create(
            Person(case=case_a, role="relative", first_name=f"Persona{n}", last_name="Quintero") for n in range(60)
        )
    bump(agency)
    first = roster_for(agency)
    mother = Person.objects.get(case=case_a, first_name="Carmen")
    mother.first_name = "Xiomara"
    mother.save()
    ContactPoint.objects.create(person=mother, kind="address", value="1423 W Maple Ave")
    Person.objects.filter(first_name="Persona7").delete()
    updated = roster_for(agency)
    assert updated is not first and updated.incremental and not first.incremental
    fresh = roster_module.build_roster(agency)
    assert sorted(map(repr, updated.people)) == sorted(map(repr, fresh.people))
    text = "Xiomara Luna vive en 1423 Maple; Carmen no vino; Persona7 Quintero y Persona8 Quintero sí, con Sofi."
    assert updated.find(text) == roster_module.Roster(list(updated.people), updated.allow).find(text)
    found = {c.person for c in updated.find(text)}
    assert {"Xiomara Luna", "Persona8 Quintero", "Sofía Ramírez Luna"} <= found
    assert "Carmen Luna" not in found and "Persona7 Quintero" not in found
