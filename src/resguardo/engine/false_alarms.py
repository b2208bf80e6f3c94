"""False alarms in harmless agency posts, dropped before the case and health context is read.

Words that look like names or places but are not personal data:

- public figures quoted or honoured ("As Maya Angelou said", "Como dijo Gabriela Mistral",
  "Martin Luther King Jr. Day"), from a short curated list (models/gazetteer/public_figures.txt);
- the words inside a programme, event or organisation name ("Foster Care Alliance", "Summer
  Reading Camp", "Día de la Familia"): one name of a programme, not a person or a place;
- a title followed by an article ("Lic. del DIF");
- ordinary words capitalised only because they start a sentence ("Consuelo para las familias",
  "Inscríbanse", "Mucha suerte"), chat tokens and professional credentials ("tbh", "LCSW"),
  generic nouns ("la prepa", "Mondays");
- a model ADDRESS with nothing of an address in it (a whole quoted sentence).

Roster hits are never dropped: a roster person named like a public figure is still found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .detectors.address import plausible_address
from .detectors.gazetteer import GAZETTEER_DIR, GazetteerDetector, everyday_words, is_first_name
from .roster.context import WORD_NAMES, institution_context, noun_context, person_context, sentence_start
from .textutil import fold
from .types import Candidate, FindingType, Lang

PUBLIC_FIGURES_FILE = GAZETTEER_DIR / "public_figures.txt"

# Types a harmless capitalised word is mistaken for.
_NAMEISH = frozenset(
    (FindingType.PERSON, FindingType.LOCATION, FindingType.ORGANIZATION, FindingType.ADDRESS, FindingType.SCHOOL)
)
# Inside a programme name: people, case words and everyday words read as places ("Reading"); the
# organisation itself, its street address and real places ("Fundación Santafé de Bogotá") stay.
_IN_PROGRAMME = frozenset((FindingType.PERSON, FindingType.LOCATION, FindingType.CASE_DETAIL, FindingType.HEALTH))

# Quote or honour context around a public figure's name (folded text).
_QUOTE_BEFORE = re.compile(
    r"(?:\b(?:as|like|quote by|quote from|words of|said|wrote|honor|honour|honoring|honouring|celebrate|"
    r"celebrating|remember|remembering|legacy of|birthday of|dijo|decia|escribio|como dijo|"
    r"en palabras de|palabras de|citando a|cita de|frase de|segun|homenaje a|en honor a|en honor de|"
    r"recordamos a|celebramos a|natalicio de|legado de)\s+|[\"”»'’]\s*[-–—]+\s*|^\s*[-–—]+\s*)$"
)
_QUOTE_AFTER = re.compile(
    r"^(?:\s*,?\s*(?:once\s+|famously\s+|always\s+)?(?:said|says|wrote|writes|reminds us|taught us|put it|"
    r"dijo|decia|escribio|nos recuerda|nos enseno|solia decir)\b|['’]s\s+(?:words|quote|legacy|birthday|"
    r"life|dream|poem|book)\b|\s*:\s*[\"“«']|\s*(?:day|jr\.?\s+day)\b)"
)

# A programme, event or organisation: capitalised words ending in a kind ("… Alliance") or a Spanish
# kind followed by its name ("Día de la Familia").
_CAP_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’&.-]*"
_LINK = r"(?:of the|of|for the|for|the|&|de|del|de la|de los|de las)"
_ES_LINK = r"(?:de la|de los|de las|del|de|para|la|el|los|las)"
_EN_KINDS = (
    r"Alliance|Camp|Program|Programme|Month|Day|Week|Weekend|Coalition|Foundation|Network|Fair|Drive|"
    r"Festival|Fest|Gala|Walk|Run|Night|Bash|Jam|Initiative|Project|Council|Collaborative|Partnership|"
    r"Society|Association|League|Club|Fund|Awards?|Conference|Summit|Workshop|Series|Challenge|Academy|"
    r"Center|Centre|Church|Parish|Pantry|Bakery"
)
_ES_KINDS = (
    r"Programa|Campaña|Campana|Día|Dia|Semana|Mes|Feria|Fundación|Fundacion|Coalición|Coalicion|Alianza|"
    r"Campamento|Colecta|Jornada|Red|Festival|Encuentro|Taller|Congreso|Asociación|Asociacion|Iniciativa|"
    r"Proyecto|Noche|Carrera|Caminata"
)
_EN_PROGRAMME = re.compile(rf"\b{_CAP_WORD}(?:\s+(?:{_LINK}\s+)?{_CAP_WORD})*?\s+(?:{_EN_KINDS})\b")
_ES_PROGRAMME = re.compile(
    rf"\b(?:{_ES_KINDS})\s+(?:{_ES_LINK}\s+)?(?:{_CAP_WORD}|[a-záéíóúñ]+)(?:\s+(?:{_ES_LINK}\s+)?{_CAP_WORD})*"
)

_STREET_WORD = re.compile(r"\b(?:Avda|Av|Avenida|Calle|C/|Ctra|Carretera|Paseo|Plaza|Pza|Street|St|Avenue|Ave)\b")
_ARTICLE = frozenset("de del la las los el y e the of a al".split())
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:sr|sra|srta|lic|dr|dra|prof|ing|mr|mrs|ms)\.?|\b(?:senor|senora|licenciad[oa]|maestr[oa]|"
    r"profe|don|dona|officer|judge|juez|jueza|coach))\s+$"
)
# Spanish imperatives with a pronoun ("Inscríbanse", "Compártanlo", "Síganos"): an accent and a clitic.
_IMPERATIVE = re.compile(r"^[^\W\d_]*[áéíóú][^\W\d_]*(?:nse|nlo|nla|nlos|nlas|nle|nles|nos|se|me)$")
# Descriptions that a model takes for surnames at a sentence start ("Rubio y de ojos claros").
_DESCRIPTIONS = frozenset(
    "rubio rubia guero guera moreno morena castano castana pelirrojo pelirroja alto alta bajo baja flaco "
    "flaca gordo gorda chaparro chaparra".split()
)
# Chat tokens and professional credentials that a model or list reads as names or organisations.
_TOKENS = frozenset(
    "tbh ngl lol lmao lmfao smh idk idc omg omfg fr frfr ong imo imho irl fyi ty tysm thx pls plz btw "
    "brb ttyl wyd hbu nvm rn asap rsvp lpc lcsw lmsw msw bsw lmft lpcc mft casa gal rn lpn cna np pa "
    "phd psyd edd med mba ma bs ba ceo cfo "
    # Public programmes, not anyone's organisation: "Medicaid", "Medi-Cal", "WIC".
    "medicaid medi-cal medical medicare chip wic snap ssi tanf calfresh".split()
)
# Generic places and times that are no one's in particular.
_GENERIC = frozenset(
    "escuela colegio prepa preparatoria secundaria primaria kinder kinde guarderia universidad uni school "
    "college daycare preschool iglesia church parque park biblioteca library hospital clinica clinic "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends lunes martes miercoles jueves "
    "viernes sabados domingos dios diosito god condado county "
    # Weekdays and months, whole and abbreviated ("Tues 10/8", "Sat 9-1"): a time, not a person.
    # (Not those that are also names: Jan, Mar, April, June, August.)
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march july september october november december feb apr jul aug sep sept oct nov "
    "dec".split()
)
# The agency's own venue named in its announcement: "our 47th & Pulaski location", "nuestra oficina de Cicero".
_OWN_VENUE_BEFORE = re.compile(
    r"\b(?:our|nuestra|nuestro|nuestras|nuestros)\s+(?:(?:new|main|nueva|nuevo)\s+)?"
    r"(?:(?:office|offices|oficina|oficinas|sede|center|centro|building|edificio|location)\s+(?:de|en|at|on|in)\s+)?$"
)
_OWN_VENUE_AFTER = re.compile(r"\s+(?:location|office|offices|center|centre|building|site|campus)\b")


@lru_cache(maxsize=1)
def public_figures() -> re.Pattern[str]:
    """One pattern over the folded text for every name on the list, longest first."""
    names = {
        fold(line.strip())
        for line in PUBLIC_FIGURES_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _is_roster(c: Candidate) -> bool:
    return c.person is not None or c.detector.startswith("roster")


def _honoured_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Public figures on the list, quoted or honoured (a holiday named after one always is)."""
    spans = []
    for m in public_figures().finditer(folded):
        holiday = re.search(r"\b(?:day|dia|natalicio)\b", m.group(0)) is not None
        before = folded[max(0, m.start() - 30) : m.start()]
        quoted = _QUOTE_BEFORE.search(before) is not None or _QUOTE_AFTER.match(folded[m.end() : m.end() + 30])
        if holiday or quoted:
            spans.append(m.span())
    return spans


def _programme_spans(text: str) -> list[tuple[int, int]]:
    """Programme, event and organisation names; a first name before a lone "Day" or "Run" may be a
    person with that surname ("Doris Day"), so the words before the kind must not all be first names."""
    spans = []
    for m in _EN_PROGRAMME.finditer(text):
        start = m.start()
        # Greetings and first names before the name are not in it ("Congrats Valeria Reading Challenge").
        while _leading_outsider(text, start, m.end()):
            start = text.index(" ", start) + 1
        words = [w for w in re.findall(r"[^\W\d_]+", text[start : m.end()])[:-1] if w[0].isupper()]
        # ("Milagros Bakery", "Destiny Church": a name that is also a word names the place.)
        if words and all(is_first_name(fold(w)) and fold(w) not in WORD_NAMES for w in words):
            continue
        spans.append((start, m.end()))
    spans += [m.span() for m in _ES_PROGRAMME.finditer(text)]
    # An address after the name is not part of it ("Fundación Jiménez Díaz Avda Reyes Católicos").
    cut = []
    for start, end in spans:
        street = _STREET_WORD.search(text, start + 1, end)
        cut.append((start, street.start() if street else end))
    return cut


_OUTSIDERS = frozenset(
    "join support attend celebrate visit thanks thank congrats congratulations happy welcome hello hi hey "
    "unete apoya gracias felicidades feliz bienvenidos hola".split()
)


def _leading_outsider(text: str, start: int, end: int) -> bool:
    first = text[start:end].split(" ", 1)
    if len(first) < 2 or not first[1][:1].isupper():
        return False
    word = fold(first[0].rstrip(",!"))
    return word in _OUTSIDERS or (is_first_name(word) and word not in everyday_words() and word not in WORD_NAMES)


def _ordinary_at_start(text: str, folded: str, c: Candidate) -> bool:
    """Everyday words capitalised only because they open a sentence, with nothing around them saying
    a person: "Consuelo para las familias", "Mucha suerte", "Inscríbanse", "Los niños regresan"."""
    if not sentence_start(text, c.start) or person_context(folded, c.start, c.end):
        return False
    words = text[c.start : c.end].lstrip("\"“‘'«¿¡(").split()
    if not words:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False  # "Consuelo Pérez": a second capital says a full name
    first = fold(words[0])
    everyday = everyday_words()
    if len(words) == 1:
        if first in _DESCRIPTIONS or _IMPERATIVE.match(words[0].lower()):
            return True
        # A first name that is also a word ("Jesus", "Grant") stays unless it is mostly a word
        # ("Consuelo"); a lone place opens many lines of an address ("(España)", "Sevilla.").
        plain_word = first in everyday and not is_first_name(first)
        return c.type == FindingType.PERSON and (plain_word or first in WORD_NAMES)
    # "Los niños regresan", "Mucha suerte": an everyday first word, then lower-case words that are not names.
    rest = [fold(w) for w in words[1:]]
    return (first in everyday or first in _ARTICLE) and all(w in everyday or not is_first_name(w) for w in rest)


def _after_title_article(text: str, folded: str, c: Candidate) -> bool:
    """ "Lic. del DIF": a title followed by an article or preposition, then an acronym or nothing."""
    words = text[c.start : c.end].split()
    if not words or words[0] not in _ARTICLE:
        return False
    rest = [w for w in words if w not in _ARTICLE]
    return _TITLE_BEFORE.search(folded, max(0, c.start - 16), c.start) is not None or all(
        w.isupper() and len(w) <= 6 for w in rest
    )


def _word_name_as_word(text: str, folded: str, c: Candidate) -> bool:
    """A name that is also an ordinary word ("Consuelo", "Milagros", "Paz") found by a model or a
    name list, with nothing around it saying a person: "sin consuelo", "Nuestra Señora de los
    Milagros", "Consuelo means comfort".  Roster people of that name are judged by the roster."""
    key = fold(text[c.start : c.end]).strip()
    if key not in WORD_NAMES:
        return False
    after = text[c.end :].lstrip()[:1]
    if institution_context(text, folded, c.start, c.end) and (after.isupper() or not after.isalpha()):
        return True  # "Destiny Church", "Nuestra Señora de los Milagros" (not "Honor camp": a place)
    if person_context(folded, c.start, c.end):
        return False
    # A capital in mid-sentence still says a name ("la paciente Rosario refiere"); lower case, a
    # sentence start or a determiner before it say a word.
    return not text[c.start].isupper() or sentence_start(text, c.start) or noun_context(folded, c.start)


_MONTH_DAY = re.compile(
    r"(?i)(?:jan|january|mar|march|april|june|july|august|may|enero|abril|junio|julio|agosto|mayo)\.?\s+\d{1,2}(?!\d)"
)


def _month_with_day(text: str, c: Candidate) -> bool:
    """ "Apply by June 1", "Starting Jan 1": a month that is also a first name, with its day after it."""
    return _MONTH_DAY.match(text, c.start) is not None and " " not in text[c.start : c.end].strip()


def _own_venue(text: str, folded: str, c: Candidate) -> bool:
    """ "Our 47th & Pulaski location", "nuestra oficina de Cicero": the agency's own place."""
    before = _OWN_VENUE_BEFORE.search(folded, max(0, c.start - 40), c.start)
    if before is None:
        return False
    # "our office in Cicero" names the place by its office; "our Cicero" alone needs "location" after.
    return before.group(0).rstrip().endswith((" de", " en", " at", " on", " in")) or (
        _OWN_VENUE_AFTER.match(folded, c.end) is not None
    )


def _inside(c: Candidate, spans: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """The span the candidate lies in, but for lower-case words or punctuation beyond it."""
    for start, end in spans:
        if c.start < end and start < c.end:
            outside = text[c.start : max(c.start, start)] + " " + text[min(c.end, end) : c.end]
            if not any(w[0].isupper() for w in re.findall(r"[^\W\d_]+", outside)):
                return start, end
    return None


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return GazetteerDetector().places


def _not_a_real_place(text: str, c: Candidate) -> bool:
    """Inside a programme name, a word read as a place only because a town shares it ("Reading",
    "Alliance"); a country or a city named for itself stays ("Fundación Santafé de Bogotá Colombia")."""
    if c.type != FindingType.LOCATION:
        return True
    folded = fold(text[c.start : c.end])
    return _places().get(folded) != "name" and all(w in everyday_words() for w in folded.split())


def drop_false_alarms(text: str, lang: Lang, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without those that are not personal data (roster hits always stay)."""
    folded = fold(text)
    honoured = _honoured_spans(text, folded)
    programmes = _programme_spans(text)
    kept = []
    named: set[tuple[int, int]] = set()  # programme names whose inner words were dropped
    for c in candidates:
        if (
            c.type in (FindingType.PERSON, FindingType.LOCATION)
            and not c.detector.startswith("roster")
            and _word_name_as_word(text, folded, c)
        ):
            # Even when a (weak) roster hit lent it a person: the roster judged the same word on
            # its own and keeps its hit if the context says person.
            continue
        if _is_roster(c) and c.type == FindingType.PERSON:
            # A roster first name inside a longer public figure's name in quote context ("— Madre
            # Teresa de Calcuta") is the figure; the roster person's own full name still counts.
            figure = _inside(c, honoured, text)
            if figure is not None and figure[1] - figure[0] > c.end - c.start:
                continue
        if _is_roster(c) or c.type not in _NAMEISH | _IN_PROGRAMME:
            kept.append(c)
            continue
        programme = _inside(c, programmes, text)
        if c.type in _IN_PROGRAMME and programme is not None and _not_a_real_place(text, c):
            named.add(programme)
            continue
        if c.type not in _NAMEISH:
            kept.append(c)
            continue
        surface = text[c.start : c.end]
        bare = re.sub(r"(?i)^(?:el|la|los|las|the|mi|my|our|nuestra|nuestro)\s+", "", surface)
        if (
            (c.type == FindingType.ADDRESS and c.detector == "ner.v1" and not plausible_address(surface))
            or _inside(c, honoured, text) is not None
            or fold(bare) in _TOKENS
            or fold(bare) in _GENERIC
            or (c.type in (FindingType.PERSON, FindingType.LOCATION) and _ordinary_at_start(text, folded, c))
            or (c.type == FindingType.PERSON and _after_title_article(text, folded, c))
            or (c.type in (FindingType.ADDRESS, FindingType.LOCATION) and _own_venue(text, folded, c))
            or (c.type == FindingType.PERSON and _month_with_day(text, c))
        ):
            continue
        kept.append(c)
    # The programme is still named, once and whole, as an organisation ("Fundación Jiménez Díaz"): on
    # its own a note, not an alarm.
    for start, end in sorted(named):
        if not any(k.start < end and start < k.end and k.type == FindingType.ORGANIZATION for k in kept):
            kept.append(Candidate(start, end, FindingType.ORGANIZATION, 0.6, "programme.v1"))
    return kept
