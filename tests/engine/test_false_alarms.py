"""Harmless agency posts pass; the look-alikes that are personal data are still found."""

import pytest

from resguardo.engine import FindingType, Roster, Scanner
from resguardo.engine.detectors.address import plausible_address
from resguardo.engine.roster import RosterPerson

PERSONAL = {FindingType.PERSON, FindingType.ADDRESS, FindingType.LOCATION, FindingType.CASE_DETAIL}


def personal(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    result = scanner.scan(text, audience="public")
    return [(f.type.value, f.text) for f in result.findings if f.type in PERSONAL]


HARMLESS = [
    "As Maya Angelou said, we may encounter many defeats but we must not be defeated.",
    "Como dijo Gabriela Mistral: el futuro de los niños es siempre hoy.",
    "En palabras de Sor Juana Inés de la Cruz, hombres necios que acusáis.",
    "“Education is the most powerful weapon.” — Nelson Mandela",
    "Martin Luther King Jr. Day: our offices are closed.",
    "Hoy celebramos el Día de César Chávez con nuestras familias.",
    "Join the Foster Care Alliance for our Summer Reading Camp.",
    "April is Child Abuse Prevention Month.",
    "Abril es el Mes de la Prevención del Abuso Infantil.",
    "Gracias Lic. del DIF por la capacitación de hoy.",
    "Consuelo para las familias que pasan por momentos difíciles.",
    "Inscríbanse antes del viernes.",
    "Compártanlo con sus vecinos.",
    "Rubio y de ojos claros, así era mi abuelo.",
    "Mucha suerte a todos en la prepa.",
    "Los niños regresan a la escuela y el colegio en agosto.",
    "Mondays we have open hours.",
    "tbh the workshop was great",
    "Meet our new LPC and LCSW staff, and our MSW interns.",
    "CASA volunteers needed this fall.",
    "Foster parent orientation: Tues 10/8, 6pm, via Zoom.",
    "Para las mamás que lloran sin consuelo: grupo de apoyo en la parroquia Nuestra Señora del Consuelo.",
    "Consuelo means comfort. Milagros means miracles. What does your name mean?",
    "New office hours at our 47th & Pulaski location: Mon–Fri 8:30–5.",
    '"Children are the most valuable resource and the best hope for the future." — John F. Kennedy',
    "La oficina estará cerrada el jueves 28 por el Día de Acción de Gracias.",
    "Reminder: our Family Visit Center is closed Monday.",
    "Summer camp scholarships are open: apply by June 1 at county.gov/camp",
    "Starting Jan 1, hearings can be attended remotely.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_posts_pass(plain_scanner: Scanner, text: str) -> None:
    assert personal(plain_scanner, text) == []
    assert plain_scanner.scan(text, audience="public").verdict == "ok"


# Near misses: the same shapes with a real person in them.
STILL_FOUND = [
    ("Gracias Lic. Ramírez por la capacitación de hoy.", "Ramírez"),
    ("Consuelo Pérez llegó tarde a la visita.", "Consuelo"),
    ("Hola Consuelo, ya llegó tu cita.", "Consuelo"),
    ("Valeria joined the Summer Reading Camp today.", "Valeria"),
    ("Camila dijo que no quiere ir a la escuela.", "Camila"),
    ("Maya said she wants to stay with her aunt.", "Maya"),
]


@pytest.mark.parametrize(("text", "name"), STILL_FOUND)
def test_people_in_the_same_shapes_are_still_found(plain_scanner: Scanner, text: str, name: str) -> None:
    found = personal(plain_scanner, text)
    assert any(name in s for _t, s in found), found


def test_a_roster_person_named_like_a_public_figure_is_still_found() -> None:
    scanner = Scanner(Roster([RosterPerson("Gabriela Mistral", role="child")]))
    result = scanner.scan("Como dijo Gabriela Mistral: el futuro de los niños es siempre hoy.", audience="public")
    assert [(f.type, f.person) for f in result.findings] == [(FindingType.PERSON, "Gabriela Mistral")]
    assert result.verdict != "ok"


def test_a_roster_child_named_like_a_word_is_still_found() -> None:
    scanner = Scanner(Roster([RosterPerson("Consuelo Ramírez", role="child")]))
    result = scanner.scan("Hola Consuelo, mañana es la audiencia.", audience="public")
    assert any(f.person == "Consuelo Ramírez" for f in result.findings)


@pytest.mark.parametrize(
    ("span", "plausible"),
    [
        ("As Maya Angelou said, we may encounter many defeats but we must not be defeated", False),
        ("Como dijo el poeta que la vida es sueño y los sueños sueños son", False),
        ("Medina del Campo", True),
        ("C/ Pizarro, s/n", True),
        ("Av. Insurgentes Sur 1602", True),
        ("corner of Cermak and Kedzie by the park", True),
    ],
)
def test_a_model_address_must_have_something_of_an_address(span: str, plausible: bool) -> None:
    assert plausible_address(span) is plausible


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("meet me at 47th and Pulaski after school", "47th and Pulaski"),
        ("ran from her group home near Crenshaw and 54th.", "Crenshaw and 54th"),
        ("corner of Cermak & Kedzie", "Cermak & Kedzie"),
        ("estoy en la 18 y Ashland", "la 18 y Ashland"),
        ("Vivimos en Pilsen cerca de la 26", "la 26"),
        ("nos vemos por la 26 y Kostner", "la 26 y Kostner"),
        ("en la esquina de la 5 de mayo y Juárez", "5 de mayo y Juárez"),
    ],
)
def test_cross_streets_and_numbered_streets_are_addresses(plain_scanner: Scanner, text: str, street: str) -> None:
    found = personal(plain_scanner, text)
    assert any(t == "ADDRESS" and street in s for t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Our 2nd and 3rd grade classes meet at noon.",
        "la 18 y la 19 de la lista",
        "quedamos en la 18 de la lista",
        "nos vemos en la 10 a las 3",
        "between 5 and 6 pm",
        "ganamos 21 y 14",
        "she finished 1st and Maria was 2nd",
        "estamos en la 5",
    ],
)
def test_numbers_that_are_not_streets(plain_scanner: Scanner, text: str) -> None:
    assert all(t != "ADDRESS" for t, _s in personal(plain_scanner, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks jayden for the ride", "jayden"),
        ("lol kevin stop", "kevin"),
        ("hey marcus where u at", "marcus"),
        ("where's tasha??", "tasha"),
        ("Happy birthday aaliyah!!", "aaliyah"),
        ("i swear gaby laughs at everything", "gaby"),
        ("Hi Michter, we are interested in your video", "Michter"),
        ("Themba is obsessed with the new bike", "Themba"),
        ("It was so nice meeting you and Jonyeee!", "Jonyeee"),
        ("Hola Xóchitl, ya llegó tu cita.", "Xóchitl"),
    ],
)
def test_names_in_chat(plain_scanner: Scanner, text: str, name: str) -> None:
    result = plain_scanner.scan(text, audience="public")
    assert any(f.type == FindingType.PERSON and f.text == name and f.score >= 0.5 for f in result.findings), [
        (f.type.value, f.text) for f in result.findings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "thanks guys",
        "hey girl",
        "lol same",
        "where's the bus",
        "thanks will",
        "hi mom",
        "hey everyone the office is closed",
        "Thanks Everyone for coming to the fair!",
        "Zoom is down today, sorry.",
        "Medicaid is accepting renewals now.",
        "Gracias Dios por este día.",
        "Gracias Lic. del DIF",
    ],
)
def test_chat_words_are_not_names(plain_scanner: Scanner, text: str) -> None:
    result = plain_scanner.scan(text, audience="public")
    assert [f.text for f in result.findings if f.type == FindingType.PERSON] == []


WORD_NAME_ROSTER = Roster.from_dict(
    {
        "people": [
            {"name": "Paz Herrera", "role": "child"},
            {"name": "Lina Soto", "role": "child"},
            {"name": "Destiny Ruiz", "role": "child"},
            {"name": "Teresa Gil", "role": "parent"},
            {"name": "Milagros Vega", "role": "child"},
        ]
    }
)


@pytest.mark.parametrize(
    "text",
    [
        # An everyday word one letter from a roster name is the word ("Línea" / Lina, "Destino" / Destiny).
        "La oficina cierra el jueves. Línea de emergencia: 1-800-555-0199.",
        "Destino final de la colecta: 300 niños del condado.",
        # A weak name and a generic term in an announcement do not vouch for each other.
        "Paz, amor y paciencia: lo que todo niño en cuidado temporal necesita. Llámenos.",
        # A roster first name inside a quoted public figure's name, or inside a bakery's.
        "«La paz comienza con una sonrisa.» — Madre Teresa de Calcuta",
        "Gracias a Milagros Bakery por los pasteles para la fiesta de fin de año",
    ],
)
def test_roster_look_alikes_in_announcements_pass(plain_scanner: Scanner, text: str) -> None:
    scanner = plain_scanner.with_roster(WORD_NAME_ROSTER)
    assert scanner.scan(text, audience="public").verdict == "ok"


def test_the_roster_people_themselves_are_still_found(plain_scanner: Scanner) -> None:
    scanner = plain_scanner.with_roster(WORD_NAME_ROSTER)
    found = personal(scanner, "Hola Lina, mi hija Paz ya llegó y Destiny sigue en casa hogar")
    assert {("PERSON", "Lina"), ("PERSON", "Paz"), ("PERSON", "Destiny")} <= set(found)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("nos vemos en el Walmart de la 47 el sábado", "la 47"),
        ("la llevo a la clínica de la 18?", "la 18"),
    ],
)
def test_a_store_or_clinic_on_a_numbered_street(plain_scanner: Scanner, text: str, street: str) -> None:
    assert ("ADDRESS", street) in personal(plain_scanner, text)


@pytest.mark.parametrize(
    "text", ["la paciente de la 22 semana de gestación", "la tienda de la 10 de la mañana", "en la casa de la 3"]
)
def test_numbers_after_de_la_that_are_not_streets(plain_scanner: Scanner, text: str) -> None:
    assert not [t for t, _ in personal(plain_scanner, text) if t == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("el Tavo dice que ya no quiere ir", "Tavo"),
        ("ayer vi a la Moni en la tienda", "Moni"),
        ("ando con el Chente y la Yoli", "Yoli"),
        ("la Nati ya llegó a la casa", "Nati"),
    ],
)
def test_nicknames_after_a_spanish_article(plain_scanner: Scanner, text: str, name: str) -> None:
    assert ("PERSON", name) in personal(plain_scanner, text)


@pytest.mark.parametrize(
    "text", ["el Oxxo de la esquina ya abrió", "la Navidad ya llegó", "La Escuela está cerrada", "el Papa dijo que sí"]
)
def test_capitalised_words_after_an_article_that_are_not_people(plain_scanner: Scanner, text: str) -> None:
    assert [t for t, _ in personal(plain_scanner, text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Regalamos mochilas este jueves 8 de 4 a 7pm. ¡Traigan a los niños!",
        "Este 30 de abril, Día del Niño, los esperamos con piñatas en la plaza.",
        "Apply by March 3 for the summer scholarship.",
    ],
)
def test_dates_in_invitations_and_holidays_are_not_personal(plain_scanner: Scanner, text: str) -> None:
    assert not [f for f in plain_scanner.scan(text, audience="public").findings if f.type == FindingType.DATE]


def test_public_programmes_are_not_organisations(plain_scanner: Scanner) -> None:
    found = plain_scanner.scan("Does anyone know a clinic that takes Medicaid or Medi-Cal?", audience="public")
    assert [f.text for f in found.findings if f.type == FindingType.ORGANIZATION] == []
