"""Roster forms people write in chat: truncations, lower case, names that are ordinary words, initials,
short forms of schools and addresses, and the agency's own contacts written differently (issue 11)."""

import pytest

from resguardo.engine import Roster, Scanner
from resguardo.engine.roster.forms import truncations
from resguardo.engine.types import FindingType

ROSTER = Roster.from_dict(
    {
        "people": [
            {"name": "Daniela Ruiz", "role": "child"},
            {"name": "Santiago Morales", "role": "child"},
            {"name": "Nicolás Peña", "role": "child"},
            {"name": "Ximena Castro", "role": "child"},
            {"name": "Fernanda Ríos", "role": "child"},
            {"name": "Valentina Ochoa", "role": "child"},
            {"name": "Carolina Vega", "role": "parent"},
            {"name": "Isabel Duarte", "role": "relative"},
            {"name": "Camila Soto", "role": "child"},
            {"name": "Jesús Pérez", "role": "child", "aliases": ["Chuyito"]},
            {"name": "Robert Lane", "role": "parent"},
            {"name": "Paz Ortega", "role": "child"},
            {"name": "Summer Jones", "role": "child"},
            {"name": "Destiny Brooks", "role": "child"},
            {"name": "Hope Williams", "role": "child"},
            {"name": "Consuelo Ramírez", "role": "parent"},
            {"name": "Trinity Adams", "role": "child"},
            {"name": "María de la Cruz", "role": "parent"},
            {
                "name": "Diego López",
                "role": "child",
                "schools": ["Benito Juárez Elementary School", "Abraham Lincoln High School"],
                "addresses": ["1423 W Maple Ave"],
            },
            {"name": "Ana Beltrán", "role": "child", "schools": ["Escuela Primaria Sor Juana Inés de la Cruz"]},
            {"name": "Luis Ortiz", "role": "parent", "addresses": ["Calle Nogal 48"]},
        ],
        "allow": [
            "(626) 555-0100",
            "@AgenciaEjemplo",
            "https://www.agenciaejemplo.org",
            "ayuda@agenciaejemplo.org",
        ],
    }
)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[c.start : c.end], c.type.value, c.person) for c in ROSTER.find(text) if c.score >= 0.5]


def weak(text: str) -> list[str]:
    return [text[c.start : c.end] for c in ROSTER.find(text) if c.score < 0.5]


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        ("Dani ya llegó a la casa", "Dani", "Daniela Ruiz"),
        ("hoy vino Santi con su abuela", "Santi", "Santiago Morales"),
        ("Nico got his cast off", "Nico", "Nicolás Peña"),
        ("mi hija Xime cumple mañana", "Xime", "Ximena Castro"),
        ("Fer se fue con su papá", "Fer", "Fernanda Ríos"),
        ("hola Vale, ¿cómo te fue?", "Vale", "Valentina Ochoa"),
        ("my daughter Caro called", "Caro", "Carolina Vega"),
        ("Isa picked them up", "Isa", "Isabel Duarte"),
        ("dani ya llegó", "dani", "Daniela Ruiz"),  # lower case, a verb of a person after it
    ],
)
def test_truncations_of_roster_first_names(text: str, surface: str, person: str) -> None:
    assert (surface, "PERSON", person) in found(text), ROSTER.find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sant Jordi es el 23 de abril",  # cut inside a syllable
        "Cam dijo que no",  # "Cam" is no syllable of "Camila"
        "Vale, nos vemos mañana",  # Spanish "OK"
        "está muy caro el pan",  # "expensive"
        "the fer was low",
    ],
)
def test_cuts_that_are_not_truncations(text: str) -> None:
    assert found(text) == [], ROSTER.find(text)


def test_truncation_cuts() -> None:
    assert {"dani", "santi", "nico", "xime", "fer", "vale", "caro", "isa"} <= {
        t
        for name in ("daniela", "santiago", "nicolas", "ximena", "fernanda", "valentina", "carolina", "isabel")
        for t in truncations(name)
    }
    assert "sant" not in truncations("santiago") and "cam" not in truncations("camila")
    assert "gab" not in truncations("gabriela")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("hoy vi a jesus en la escuela", "jesus"),
        ("robbie llamó", "robbie"),
        ("chuyito no quiso comer", "chuyito"),
        ("my son jesus is doing better", "jesus"),
    ],
)
def test_lower_case_names_and_aliases(text: str, surface: str) -> None:
    assert surface in [s for s, _, _ in found(text)], ROSTER.find(text)


def test_lower_case_everyday_word_without_context_is_weak_or_nothing() -> None:
    assert found("jesus, qué calor hace") == []
    assert found("vivimos en paz") == []
    assert found("hope you all have a great day") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("hola Paz, te esperamos", "Paz"),
        ("mi hija Paz tiene fiebre", "Paz"),
        ("Destiny's mom called", "Destiny"),
        ("Summer got her cast off today", "Summer"),
        ("ayer vi a Consuelo en la corte", "Consuelo"),
        ("Paz Ortega faltó", "Paz Ortega"),
        ("we picked up Trinity at noon", "Trinity"),
        ("Thank you Hope!", "Hope"),
        ("Paz y Camila ganaron el concurso", "Paz"),  # next to another roster person
        ("felicidades a Paz por su diploma", "Paz"),
        ("ya hablé con Consuelo y dice que sí", "Consuelo"),
        ("the kids keep asking for Summer", "Summer"),
        ("le paso el DUI de Consuelo para el reporte", "Consuelo"),
        ("Summer deserves to come home", "Summer"),
        ("dani ya dice mami", "dani"),
    ],
)
def test_word_names_are_people_in_person_context(text: str, surface: str) -> None:
    assert surface in [s for s, _, _ in found(text)], ROSTER.find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Summer is almost here!",
        "Paz y bien a todos",
        "Hope to see you there",
        "Join us at Destiny Church on Sunday",
        "Sign up for the Summer Reading Camp",
        "Free tutoring at the Hope Center",
        "Misa en la Parroquia Nuestra Señora de la Paz",
        "Holy Trinity food pantry opens at 9",
        "Gracias por su paciencia y su Consuelo",
        "This Summer we are hiring",
        "Felicidades a todos, paz y amor",
        "Summer is a season for reading",
    ],
)
def test_word_names_are_not_people_in_ordinary_use(text: str) -> None:
    assert found(text) == [], ROSTER.find(text)


@pytest.mark.parametrize(
    "text",
    [
        "vamos de la casa en el parque a la escuela",
        "salimos de los juzgados y fuimos a la tienda",
        "Llegamos de la escuela",
    ],
)
def test_article_pairs_are_not_initials(text: str) -> None:
    assert ROSTER.find(text) == []


def test_initials_need_capitals() -> None:
    assert ("M. de la Cruz", "PERSON", "María de la Cruz") in found("Hablé con M. de la Cruz ayer")
    assert ("D. López", "PERSON", "Diego López") in found("firma: D. López")
    assert found("d. lópez es una tienda") == []
    assert ("Sra. Cruz", "PERSON", "María de la Cruz") in found("La Sra. Cruz llamó")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("va en la Juárez Elem", "Juárez Elem", "SCHOOL"),
        ("lo inscribieron en la Benito Juárez", "la Benito Juárez", "SCHOOL"),
        ("he starts at Lincoln High next week", "Lincoln High", "SCHOOL"),
        ("pickup at BJ Elementary at 3", "BJ Elementary", "SCHOOL"),
        ("Ana ya va a la Sor Juana", "la Sor Juana", "SCHOOL"),
        ("they live at 1423 Maple now", "1423 Maple", "ADDRESS"),
        ("drop off at 1423 W. Maple", "1423 W. Maple", "ADDRESS"),
        ("vive en 1423 Maple Avenue", "1423 Maple Avenue", "ADDRESS"),
        ("está en Nogal #48", "Nogal #48", "ADDRESS"),
    ],
)
def test_short_forms_of_roster_schools_and_addresses(text: str, surface: str, kind: str) -> None:
    assert any(s == surface and k == kind for s, k, _ in found(text)), ROSTER.find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lincoln was president",  # the patron alone
        "Benito Juárez nació en Oaxaca",  # a historical figure, no article of a school
        "1424 Maple",  # another house on the street
        "1423 Oak St",
        "bj elementary",  # lower-case initials
        "Nogal 49",
    ],
)
def test_near_misses_of_schools_and_addresses(text: str) -> None:
    assert [k for _, k, _ in found(text) if k in ("SCHOOL", "ADDRESS")] == [], ROSTER.find(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("626.555.0100", FindingType.PHONE),
        ("+1 626 555 0100", FindingType.PHONE),
        ("626-555-0100", FindingType.PHONE),
        ("626 555 0100 ext. 4", FindingType.PHONE),
        ("@agenciaejemplo", FindingType.HANDLE),
        ("@AGENCIAEJEMPLO", FindingType.PERSON),
        ("DM us @AgenciaEjemplo", FindingType.ORGANIZATION),
        ("agenciaejemplo.org/donar", FindingType.URL),
        ("www.agenciaejemplo.org", FindingType.URL),
        ("https://agenciaejemplo.org/x?y=1", FindingType.URL),
        ("AYUDA@AgenciaEjemplo.org", FindingType.EMAIL),
        ("AYUDA@AgenciaEjemplo.org", FindingType.ORGANIZATION),
    ],
)
def test_agency_contacts_written_differently_are_allowed(text: str, type_: FindingType) -> None:
    assert ROSTER.is_allowed(text, type_)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("626.555.0101", FindingType.PHONE),
        ("@agenciaejemplo2", FindingType.HANDLE),
        ("agenciaejemplo.org.evil.com/x", FindingType.URL),
        ("otraagenciaejemplo.org", FindingType.URL),
        ("maria@agenciaejemplo.org", FindingType.EMAIL),
        ("Maria Lopez @AgenciaEjemplo", FindingType.PERSON),
    ],
)
def test_near_misses_of_agency_contacts_are_not_allowed(text: str, type_: FindingType) -> None:
    assert not ROSTER.is_allowed(text, type_)


def test_scanner_passes_an_agency_post_with_its_own_contacts(plain_scanner: Scanner) -> None:
    scanner = plain_scanner.with_roster(ROSTER)
    text = "DM us @AgenciaEjemplo or call 626.555.0100. Donate at agenciaejemplo.org/donar"
    assert [f for f in scanner.scan(text).findings if f.severity != "ok"] == []
    assert scanner.scan("Summer is almost here! Sign up for the Summer Reading Camp").verdict != "block"
    assert scanner.scan("mi hija Paz tiene cita con el psiquiatra").verdict != "ok"
