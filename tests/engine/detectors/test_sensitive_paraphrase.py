"""Case and health details in everyday words, and the same vocabulary used generically by agencies."""

import pytest

from resguardo.engine.detectors.sensitive import find_sensitive
from resguardo.engine.types import Candidate, FindingType


def types_found(text: str, audience: str = "public", learned: list[Candidate] | None = None) -> set[str]:
    lang = "en" if any(w in text.lower().split() for w in ("the", "my", "his", "her", "i", "i'm")) else "es"
    found = find_sensitive(text, lang, audience, [], learned or [])
    return {c.type.value for c in found}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # removal, placement, reunification
        ("the county picked up my daughter", "CASE_DETAIL"),
        ("el CPS vino y se llevó a la bebé", "CASE_DETAIL"),
        ("me retiraron la custodia", "CASE_DETAIL"),
        ("she's lived with us since the summer", "CASE_DETAIL"),
        ("now he's at a residential center", "CASE_DETAIL"),
        ("he's in a kin placement now", "CASE_DETAIL"),
        ("ya está con su abuela por parte del condado", "CASE_DETAIL"),
        ("once I finish my classes I get her back", "CASE_DETAIL"),
        ("quiero que me devuelvan a mi hija", "CASE_DETAIL"),
        # court, visits, allegations, running away, the worker, jail, service plans
        ("my hearing got moved", "CASE_DETAIL"),
        ("el magistrado decidió que se queda", "CASE_DETAIL"),
        ("her permanency hearing is next week", "CASE_DETAIL"),
        ("tengo la orden de alejamiento contra él", "CASE_DETAIL"),
        ("me suspendieron las visitas", "CASE_DETAIL"),
        ("le dieron visitas vigiladas", "CASE_DETAIL"),
        ("the teacher saw marks on his arms", "CASE_DETAIL"),
        ("la maestra reportó golpes en mi hijo", "CASE_DETAIL"),
        ("he ran from placement last night", "CASE_DETAIL"),
        ("mi hija se escapó del hogar de grupo", "CASE_DETAIL"),
        ("her worker from the county called", "CASE_DETAIL"),
        ("el licenciado de mi caso no contesta", "CASE_DETAIL"),
        ("he's sitting in county on a warrant", "CASE_DETAIL"),
        ("su papá está preso en el penal", "CASE_DETAIL"),
        ("lo que pidió el juez: clases de crianza", "CASE_DETAIL"),
        # health
        ("his UDS came back dirty", "HEALTH"),
        ("dio positivo a meta", "HEALTH"),
        ("salió sucia la prueba", "HEALTH"),
        ("I'm 90 days sober", "HEALTH"),
        ("tengo 4 meses sin tomar", "HEALTH"),
        ("mi niño se orina en la cama", "HEALTH"),
        ("le dio una crisis de epilepsia", "HEALTH"),
        ("mi hermana tiene trastorno bipolar", "HEALTH"),
        ("she takes Adderall", "HEALTH"),
        ("le dan Seroquel", "HEALTH"),
        ("mi hijo usa insulina", "HEALTH"),
        ("se me olvidó su glucómetro", "HEALTH"),
        ("I go to Narcotics Anonymous", "HEALTH"),
        ("mi esposo está en un centro de rehabilitación", "HEALTH"),
        ("she started IOP", "HEALTH"),
        ("he goes to the Bright Path suboxone clinic", "HEALTH"),
        ("my son needs neuropsych testing", "HEALTH"),
        ("le van a hacer una valoración psiquiátrica", "HEALTH"),
        # more everyday forms
        ("they want to terminate her parental rights", "CASE_DETAIL"),
        ("my home study got approved", "CASE_DETAIL"),
        ("no me dejan ver a mi hijo", "CASE_DETAIL"),
        ("a su papá lo volvieron a encerrar", "CASE_DETAIL"),
        ("she came to us in march", "CASE_DETAIL"),
        ("he's using again", "HEALTH"),
        ("mi hija tiene retraso del lenguaje", "HEALTH"),
        # New York and border forms
        ("my ACS worker never calls back", "CASE_DETAIL"),
        ("tenemos corte de familia el martes", "CASE_DETAIL"),
        ("el juez de familia dijo que no", "CASE_DETAIL"),
        ("we been in the DHS shelter since March", "CASE_DETAIL"),
        ("la migra se llevó a mi papá", "CASE_DETAIL"),
        ("su papá está en Rikers", "CASE_DETAIL"),
        ("la nena está con su titi desde junio", "CASE_DETAIL"),
        ("mi mamá tiene azúcar y no se cuida", "HEALTH"),
        ("i got jumped and ended up in the ER", "HEALTH"),
    ],
)
def test_everyday_wording_about_someone_is_found(text: str, kind: str) -> None:
    assert kind in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "May is National Foster Care Awareness Month! Learn how you can help.",
        "Resource families needed in Cook County. Call us to learn more.",
        "Se buscan hogares temporales para niños y adolescentes. ¡Infórmate!",
        "September is Recovery Month: help is available 24/7.",
        "¿Sabía que el asma es la enfermedad crónica más común en niños? Consulte a su pediatra.",
        "If your child has asthma, keep an inhaler at school.",
        "Visit our website to learn about adoption.",
        "Thank you to all our foster parents for everything you do!",
        "Recuerden: la adopción es para siempre. Más información en nuestra página.",
        "Many youth in foster care age out without support. Become a mentor.",
        "Ser familia de acogida cambia vidas. Llámanos.",
        "Celebramos el Mes Nacional de la Adopción con nuestras familias.",
        "Parenting classes start in January; registration is open.",
        "Court Appointed Special Advocates (CASA) need volunteers.",
        "La visita guiada al museo es gratis para todas las familias.",
        "Home study workshops for prospective adoptive families every month.",
        "Adopte, no espere: hay adolescentes esperando una familia. Llámenos.",
        "Our Family Visit Center is closed on Monday.",
        "Kinship care resources for relatives raising children: details at county.gov/kin",
    ],
)
def test_agency_posts_using_the_same_words_pass(text: str) -> None:
    assert types_found(text) == set()


def test_learned_spans_pass_the_same_gate() -> None:
    announcement = "Join us for Recovery Month events all September."
    personal = "my cousin finally got clean and is doing great"
    span = Candidate(0, 4, FindingType.HEALTH, 0.7, "ner")
    assert types_found(announcement, learned=[Candidate(12, 26, FindingType.HEALTH, 0.7, "ner")]) == set()
    assert types_found(personal, learned=[replace_span(personal, "got clean", span)]) == {"HEALTH"}
    kin = "the kids stay with my sister, the county set it up"
    assert types_found(kin, "private") == set()  # no term list holds this
    learned = Candidate(30, len(kin), FindingType.CASE_DETAIL, 0.7, "ner")
    assert types_found(kin, "private", [learned]) == {"CASE_DETAIL"}
    # A learned phrase without a word of its topic is dropped: "my cell" is no health detail.
    cell = "my cell is 555 0101"
    assert types_found(cell, "private", [Candidate(0, 7, FindingType.HEALTH, 0.7, "ner")]) == set()


def replace_span(text: str, phrase: str, template: Candidate) -> Candidate:
    start = text.index(phrase)
    return Candidate(start, start + len(phrase), template.type, template.score, template.detector)


def test_a_habit_is_not_advice_but_every_child_is() -> None:
    assert "HEALTH" in types_found("ya me cansé de las pruebas cada semana, 6 meses clean y no me creen")
    assert types_found("Cada niño en cuidado de crianza merece terapia y una familia.") == set()


def test_a_name_inside_a_phrase_cuts_it_but_a_finding_over_the_whole_term_does_not() -> None:
    text = "las visitas con Camila sean supervisadas"
    camila = Candidate(text.index("Camila"), text.index("Camila") + 6, FindingType.PERSON, 0.9, "test")
    spans = [text[c.start : c.end] for c in find_sensitive(text, "es", "private", [camila])]
    assert all("Camila" not in s for s in spans) and "sean supervisadas" in spans
    jail = "su papá está en Rikers"
    rikers = Candidate(jail.index("Rikers"), len(jail), FindingType.LOCATION, 0.8, "test")
    assert any(jail[c.start : c.end] == "Rikers" for c in find_sensitive(jail, "es", "public", [rikers]))
