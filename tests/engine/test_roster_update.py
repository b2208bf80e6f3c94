"""A roster updated for the people who changed answers exactly as one built anew for everyone."""

from __future__ import annotations

import random

import pytest

from resguardo.engine import Roster, RosterPerson
from resguardo.engine.roster.forms import truncations
from resguardo.engine.roster.places import school_forms
from resguardo.engine.textutil import fold

FIRST = ["Camila", "Camilo", "Daniela", "Daniel", "José Luis", "María José", "Santiago", "Ximena", "Liam", "Summer"]
FIRST += ["Fernanda", "Alejandro", "Alejandra", "Guadalupe", "Jesús", "Brayden", "Emily", "Yadiel", "Valentina"]
LAST = ["Herrera", "Soto", "Ramírez", "de la Cruz", "Whitfield", "Carter", "Gómez", "Luna", "Ochoa", "Pérez"]
SCHOOLS = ["Escuela Primaria Benito Juárez", "Abraham Lincoln High School", "Secundaria Técnica 12 Leona Vicario"]
SCHOOLS += ["Roosevelt Elementary", "Colegio Sor Juana Inés", "Benito Juárez Middle School"]
STREETS = ["1423 W Maple Ave", "Calle Nogal 48", "77 Oak Street", "1423 Maple Avenue", "Av. Reforma 300"]
NEW_SCHOOLS = ["Escuela Primaria Leona Vicario", "Thomas Jefferson Middle School", "Colegio Miguel Hidalgo"]
ROLES = ["child", "parent", "relative", "foster_parent", "staff", "other"]


def _person(rng: random.Random, n: int) -> RosterPerson:
    first = rng.choice(FIRST)
    name = f"{first} {rng.choice(LAST)}" + (f" {rng.choice(LAST)}" if rng.random() < 0.4 else "")
    child = rng.random() < 0.5
    return RosterPerson(
        name=name,
        role=rng.choice(ROLES),
        aliases=(fold(first)[:4],) if rng.random() < 0.3 else (),
        phones=(f"(213) 555-{rng.randint(0, 30):04}",) if not child else (),
        handles=(f"@{fold(first).replace(' ', '')}{rng.randint(1, 9)}",) if rng.random() < 0.3 else (),
        emails=(f"{fold(first).replace(' ', '.')}{rng.randint(1, 9)}@example.com",) if rng.random() < 0.2 else (),
        addresses=(rng.choice(STREETS),) if not child else (),
        schools=(rng.choice(NEW_SCHOOLS if n >= 1000 and rng.random() < 0.5 else SCHOOLS),) if child else (),
        id=f"person:{n}",
    )


def _edited(rng: random.Random, person: RosterPerson, n: int) -> RosterPerson:
    other = _person(rng, n)
    field = rng.choice(["name", "aliases", "phones", "addresses", "schools", "role", "handles"])
    return RosterPerson(**{**{f: getattr(person, f) for f in person.__slots__}, field: getattr(other, field)})


def _texts(rng: random.Random, people: list[RosterPerson]) -> list[str]:
    """Posts naming people the ways people write them: full, first name, truncated, one typo, in a tag,
    a school's short form, a short address, a phone."""
    texts = []
    for person in rng.sample(people, min(len(people), 40)):
        first, *rest = person.name.split(" ", 1)
        short = truncations(fold(first))
        typo = first[0] + first[2] + first[1] + first[3:] if len(first) >= 6 else first
        joined = person.name.replace(" ", "")
        forms = [form for form, _ in school_forms(fold((person.schools or ["Lincoln High"])[0]))] or ["x"]
        school = rng.choice(forms).title().split()
        address = (person.addresses or ["9 Elm St"])[0]
        phone = (person.phones or ["(213) 555-9999"])[0]
        texts += [
            f"Felicidades a {person.name} y a {first}!",
            f"{(short or [first])[-1].title()} y {typo} ganaron; #Fuerza{joined}",
            f"Nos vemos en la {' '.join(school)} con Sra. {(rest or ['Luna'])[0]}.",
            f"Vive en {address.split(' ', 2)[0]} {address.split(' ')[-1 if address[0].isdigit() else 1]}; "
            f"llama al {phone} o a {person.emails[0] if person.emails else 'x@y.org'}",
            f"{first.upper()} 10 y @{fold(first).replace(' ', '')}7 en la foto",
        ]
    return texts


def _answers(roster: Roster, texts: list[str], people: list[RosterPerson]) -> list[object]:
    found: list[object] = [roster.find(t) for t in texts]
    found += [roster.person_for_phone(p) for person in people for p in person.phones]
    return found


@pytest.mark.parametrize("seed", range(12))
def test_an_updated_roster_answers_as_one_built_anew(seed: int) -> None:
    rng = random.Random(seed)
    people = [_person(rng, n) for n in range(120)]
    roster = Roster(people, ["(213) 555-0100"])
    roster.find("")
    first = roster
    first_texts = _texts(rng, people)
    before = _answers(roster, first_texts, people)
    for round_ in range(3):  # updates start from the base index each time, never from the last overlay
        new = list(roster.people)
        for _ in range(rng.randint(1, 8)):
            action = rng.random()
            if action < 0.35 and new:
                new.pop(rng.randrange(len(new)))
            elif action < 0.7:
                new.insert(rng.randrange(len(new) + 1), _person(rng, 1000 + round_ * 100 + len(new)))
            elif new:
                i = rng.randrange(len(new))
                new[i] = _edited(rng, new[i], i)
        updated = roster.with_people(new, max_changed=1.0)
        assert updated.incremental  # updated, not rebuilt
        assert sorted(map(repr, updated.people)) == sorted(map(repr, new))
        rebuilt = Roster(list(updated.people), ["(213) 555-0100"])
        texts = _texts(rng, new + people)
        assert _answers(updated, texts, new + people) == _answers(rebuilt, texts, new + people)
        roster = updated
    # The roster it was made from answers as before.
    assert _answers(first, first_texts, people) == before


def test_a_removed_person_is_no_longer_found_and_a_new_one_is() -> None:
    carmen = RosterPerson("Carmen Luna", "parent", phones=("(213) 555-0142",), addresses=("1423 W Maple Ave",))
    jorge = RosterPerson("Jorge Ramírez", "parent")
    roster = Roster([carmen, jorge])
    ximena = RosterPerson("Ximena Ochoa", "child", schools=("Roosevelt Elementary",))
    updated = roster.with_people([jorge, ximena], max_changed=1.0)
    text = "Carmen Luna vive en 1423 Maple; Ximena Ochoa va a Roosevelt Elem con Jorge Ramírez"
    assert {c.person for c in updated.find(text)} == {"Ximena Ochoa", "Jorge Ramírez"}
    assert updated.person_for_phone("213-555-0142") is None
    assert {c.person for c in roster.find(text)} == {"Carmen Luna", "Jorge Ramírez"}  # the old one is unchanged


def test_past_the_share_of_changes_the_roster_is_built_anew() -> None:
    people = [RosterPerson(f"Persona{n} Luna") for n in range(40)]
    roster = Roster(people)
    one_changed = roster.with_people([*people[1:], RosterPerson("Ximena Ochoa")])
    assert one_changed.incremental
    many_changed = roster.with_people(people[20:])
    assert not many_changed.incremental
    assert many_changed.people == people[20:]
