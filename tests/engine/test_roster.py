import pytest

from resguardo.engine import Roster, RosterPerson
from resguardo.engine.nicknames import diminutives
from resguardo.engine.roster import name_variants


def hits(roster: Roster, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(text[c.start : c.end], c.type.value, c.person, c.role) for c in roster.find(text)]


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        ("Felicidades a Camila Herrera Soto", "Camila Herrera Soto", "Camila Herrera Soto"),
        ("camila herrera ya llegó", "camila herrera", "Camila Herrera Soto"),  # case, first + surname
        ("Cami ganó", "Cami", "Camila Herrera Soto"),  # alias
        ("Camilita ganó", "Camilita", "Camila Herrera Soto"),  # diminutive
        ("Chuy ya comió", "Chuy", "Jesus Herrera Soto"),  # nickname table
        ("jose luis llegó tarde", "jose luis", "José Luis Herrera"),  # accents
        ("Saludos a J. L. Herrera", "J. L. Herrera", "José Luis Herrera"),  # initials
        ("#FuerzaCami 💪", "Cami", "Camila Herrera Soto"),  # inside a hashtag
        ("#CamilaHerrera campeona", "CamilaHerrera", "Camila Herrera Soto"),  # joined name in a tag
        ("Bill and Liam are here", "Bill", "William Carter"),  # English nickname
        ("Camilla ganó el concurso", "Camilla", "Camila Herrera Soto"),  # typo
        ("Sra. Whitfield called", "Sra. Whitfield", "Denise Whitfield"),  # title + surname
    ],
)
def test_roster_matches_the_forms_people_write(roster: Roster, text: str, surface: str, person: str) -> None:
    from resguardo.engine.textutil import fold

    found = hits(roster, text)
    assert any(s == surface and fold(p or "") == fold(person) for s, _, p, _ in found), found


def test_every_hit_says_which_person_and_role(roster: Roster) -> None:
    [(surface, kind, person, role)] = hits(roster, "Óscar Villanueva firmó")
    assert (surface, kind, person, role) == ("Óscar Villanueva", "PERSON", "Óscar Villanueva", "staff")


def test_contacts_schools_and_addresses_of_roster_people(roster: Roster) -> None:
    text = "Escriban a gloria.soto@example.net o @cami.hs.2012; vive en Calle Nogal 48 y va a Jefferson Middle School"
    kinds = {(s, k) for s, k, _, _ in hits(roster, text)}
    assert {
        ("gloria.soto@example.net", "EMAIL"),
        ("@cami.hs.2012", "HANDLE"),
        ("Calle Nogal 48", "ADDRESS"),
        ("Jefferson Middle School", "SCHOOL"),
    } <= kinds


@pytest.mark.parametrize(
    "text",
    [
        "la rosa es roja",  # a staff first name that is an everyday word, in lower case
        "Camilo vino",  # a different name, not a typo
        "Sotomayor firmó",  # a surname inside a longer word
        "Liamson y Carteras",
    ],
)
def test_near_misses_do_not_match(roster: Roster, text: str) -> None:
    assert hits(roster, text) == []


def test_allow_list_and_phone_lookup(roster: Roster) -> None:
    from resguardo.engine.types import FindingType

    assert roster.is_allowed("626.555.0100", FindingType.PHONE)
    assert roster.is_allowed("https://www.agenciaejemplo.org/", FindingType.URL)
    assert roster.is_allowed("AYUDA@agenciaejemplo.org", FindingType.EMAIL)
    assert not roster.is_allowed("626.555.0188", FindingType.PHONE)
    person = roster.person_for_phone("+1 (213) 555-0177")
    assert person is not None and person.role == "foster_parent"


def test_a_large_roster_is_indexed_once_and_matches(roster: Roster) -> None:
    people = [RosterPerson(name=f"Persona{i} Apellido{i}", role="child") for i in range(5000)]
    big = Roster(people + roster.people, roster.allow)
    assert ("Persona4999 Apellido4999", "PERSON", "Persona4999 Apellido4999", "child") in hits(
        big, "Hoy vimos a Persona4999 Apellido4999"
    )


def test_bad_roster_entries_are_refused() -> None:
    with pytest.raises(ValueError, match="role"):
        Roster.from_dict({"people": [{"name": "Ana", "role": "boss"}]})
    with pytest.raises(ValueError, match="name"):
        Roster.from_dict({"people": [{"role": "child"}]})


def test_a_title_before_a_surname_makes_it_a_name() -> None:
    roster = Roster.from_dict({"people": [{"name": "Jesús Pérez Ochoa", "role": "parent"}]})
    for text, span in [
        ("Hablé con el Sr. Pérez ayer", "Sr. Pérez"),
        ("Judge Ochoa signed", "Judge Ochoa"),
        ("la Lic. Ochoa llamó", "Lic. Ochoa"),
        ("Doña Pérez", "Doña Pérez"),
    ]:
        hits = roster.find(text)
        assert [text[h.start : h.end] for h in hits] == [span], text
        assert hits[0].person == "Jesús Pérez Ochoa" and hits[0].detector == "roster:title+surname"
    assert roster.find("el pérez de la tienda") == []  # a surname alone is not enough
    assert roster.find("Los tacos de Pérez") == []


def test_name_variants_and_diminutives() -> None:
    variants = name_variants("Jesús Pérez Ochoa")
    assert {"jesus perez ochoa", "jesus", "jesus perez", "j. perez", "chuy"} <= set(variants)
    assert diminutives("diego") == ("dieguito",)
    assert diminutives("ana") == ("anita",)
    assert "luisito" in diminutives("luis")
