"""Whether the words around a roster name that is also an ordinary word ("Paz", "Summer", "Vale") say
a person or a thing: "hola Paz", "mi hija Paz", "Summer got her cast off" against "Paz y bien a todos",
"Summer Reading Camp", "Parroquia Nuestra Señora de la Paz".  All checks read the folded text."""

from __future__ import annotations

import re

from ..textutil import sentence_bounds

# Names that are ordinary words in one of the two languages; with COMMON_WORDS and the everyday-word
# list they are read as a person only when the context says so.
WORD_NAMES = frozenset(
    (
        "amparo consuelo paz milagros rosario luz summer destiny precious trinity hope faith charity "
        "grace joy mercy honor harmony heaven journey dulce caridad soledad remedios angeles estrella cielo "
        "rocio paloma esperanza fe alegria amor patience serenity unique genesis nevaeh liberty justice "
        "miracle blessing angel angelica princess diamond crystal jewel honey melody"
    ).split()
)

_KIN = (
    r"hija|hijo|hijita|hijito|nieta|nieto|sobrina|sobrino|hermana|hermano|hermanita|hermanito|prima|primo|"
    r"bebe|nina|nino|chica|chico|muchacha|muchacho|esposa|esposo|novia|novio|amiga|amigo|mama|papa|abuela|"
    r"abuelo|tia|tio|madrina|padrino|ahijada|ahijado|clienta|cliente|"
    r"daughter|son|granddaughter|grandson|niece|nephew|sister|brother|cousin|baby|girl|boy|kid|mom|mother|"
    r"dad|father|grandma|grandpa|aunt|uncle|wife|husband|girlfriend|boyfriend|friend|client|youth|"
    r"foster daughter|foster son|foster child|foster kid|bio mom|bio dad"
)
_GREETING = (
    r"hola|hi|hey|hello|buenos dias|buenas tardes|buenas noches|buen dia|gracias|muchas gracias|thanks|"
    r"thank you|felicidades|felicitaciones|congrats|congratulations|happy birthday|feliz cumpleanos|"
    r"bienvenida|bienvenido|welcome|querida|querido|dear|saludos a|love you|te quiero|te amo|besos a|"
    r"good morning|good night|miss you|te extrano"
)
# Spanish personal "a" after a verb done to a person ("vi a Luz"), not "dio a luz" (gave birth).
_VERB_A = (
    r"vi|veo|ver|visite|visitamos|visitar|visita|llame|llamamos|llamar|recogi|recogimos|recoger|lleve|"
    r"llevamos|llevar|traje|trajimos|traer|busque|buscar|conoci|conocer|extrano|extranamos|abrace|"
    r"acompane|cuide|cuidar|cuido|espere|esperar|ayude|ayudar|mande|saluda|saludar|felicitar|"
    r"felicitamos|quiero|queremos|regano|castigaron|sacaron|quitaron"
)
_EN_VERB = (
    r"saw|see|met|meet|visited|visit|picked up|pick up|dropped off|drop off|called|took|tell|told|ask|"
    r"asked|hug|hugged|miss|missed|thank|help|helped|text|texted|love|adopted|placed"
)
_BEFORE_PERSON = re.compile(
    rf"(?:\b(?:{_GREETING})\s*[,!]*\s*(?:a\s+|to\s+)?|"
    # "hablé con lupe", "talked to Summer", "keeps asking por vale", "el DUI de Amparo"
    r"\b(?:hable|hablamos|hablo|hablar|platique|talked|spoke|talk|speak)\s+(?:con|to|with)\s+|"
    r"\b(?:asking|asks|asked|pregunta|preguntando|pregunto)\s+(?:for|por|about)\s+|"
    r"\b(?:dui|curp|ssn|medicaid|medi-cal|social|cumple|cumpleanos|birthday|bday|escuela|school|maestra"
    r"|teacher|mama|papa|mom|dad|visita|visit|caso|case|casa|cuarto|room|cita|appointment)\s+(?:de|of)\s+|"
    rf"\b(?:{_KIN})\s*,?\s*|"
    rf"\b(?:{_VERB_A})\s+a\s+(?:la\s+|el\s+)?|"
    rf"\b(?:{_EN_VERB})\s+)$"
)
# What a person does or has, right after the name: "Paz llamó", "Summer got", "Destiny's".
_AFTER_PERSON = re.compile(
    r"^(?:['’]s\b|\s*\(\d{1,2}\)|\s*,?\s*(?:ya\s+|no\s+|se\s+|me\s+|le\s+|nos\s+|te\s+)?(?:"
    r"llamo|dijo|vino|llego|tiene|tuvo|quiere|fue|esta con|esta en|se fue|se escapo|escapo|cumple|cumplio|"
    r"nacio|empezo|ando|anda|salio|regreso|lloro|pregunto|pidio|comio|durmio|gano|"
    r"got|gets|said|says|called|calls|came|comes|is with|was with|has been|had|told|tells|asked|asks|"
    r"wants|wanted|went|ran|cried|loves|loved|turned|turns|was born|started|starts|lost|won|needs|"
    r"needed|moved|left|is doing|was doing|is staying|stayed|lives|lived|deserves|merece|you're|youre|you are"
    r"|eres|hable|llame|mande|pregunte|keeps|sigue|tiene fiebre|dice|dicen|says)\b"
    r"|\s+(?:\d{1,2})\s*(?:anos|years|yrs|yo)\b)"
)
# Programme, church, school or event names around the word: "Destiny Church", "Hope Center",
# "Summer Reading Camp", "Nuestra Señora de la Paz", "Holy Trinity".
_INSTITUTION_WORDS = (
    r"church|iglesia|parroquia|capilla|templo|ministry|ministries|ministerio|mission|mision|center|centre|"
    r"centro|camp|campamento|program|programa|programme|project|proyecto|academy|academia|school|escuela|"
    r"colegio|elementary|middle|high|college|university|universidad|hospital|clinic|clinica|house|casa|"
    r"home|homes|hogar|shelter|albergue|foundation|fundacion|festival|fest|gala|drive|walk|fair|feria|"
    r"night|week|month|series|reading|league|liga|club|team|coalition|alliance|network|services|"
    r"servicios|village|place|street|st|ave|avenue|road|park|parque|plaza|break|vacation|session|"
    r"semester|bash|jam|market|kitchen|pantry|food|fund|awards|scholarship|institute|instituto|prep|"
    r"ranch|farm|chapel|cathedral|catedral|fellowship|community|comunidad|collective|youth|kids|ninos|"
    r"hills|valley|springs|lake|river|gardens|heights|tabernacle|temple|baptist|christian|lutheran|"
    r"methodist|catholic|catolica|bautista|cristiana|sisters|hermanas|radio|tv|magazine|revista|hotline|"
    r"bakery|panaderia|store|tienda|shop|cafe|restaurant|restaurante|taqueria|salon|boutique|parish"
)
_INSTITUTION = frozenset(_INSTITUTION_WORDS.split("|"))
_LINKS = frozenset(("of", "de", "del", "la", "the", "los", "for", "para"))
_WORDS_AFTER = re.compile(r"\s*([^\W\d_]+)")
_INSTITUTION_BEFORE = re.compile(
    rf"\b(?:{_INSTITUTION_WORDS}|senora|virgen|holy|santisima|lady|saint|st\.|san|santa|sagrada|"
    r"sagrado|blessed|divina|divino|nuestra)\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+|of\s+the\s+|of\s+)?$"
)
# A determiner or preposition before the word makes it a noun: "this Summer", "en Paz", "la Luz de".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|last|next|every|all|some|any|no|more|much|our|a|an|of|in|for|el|los|las|un|una|"
    r"mucha|mucho|toda|todo|tanta|tanto|nuestra|nuestro|esta|este|en|sin|de|del|su|sus|tu|tus|your|his|"
    r"her|its|their|paz|amor|love|peace|joy)\s+$"
)


def person_context(folded: str, start: int, end: int) -> bool:
    """The words right before or after a name say it is a person."""
    return (
        _BEFORE_PERSON.search(folded, max(0, start - 30), start) is not None
        or _AFTER_PERSON.match(folded[end : end + 40]) is not None
    )


def institution_context(text: str, folded: str, start: int, end: int) -> bool:
    """The name is part of the name of a programme, church, school, place or event: the next word, or a
    word of the capitalised run after it, names a kind of institution ("Summer Reading Camp")."""
    if _INSTITUTION_BEFORE.search(folded, max(0, start - 30), start) is not None:
        return True
    pos = end
    for _ in range(4):
        m = _WORDS_AFTER.match(text, pos)
        if m is None:
            return False
        word = folded[m.start(1) : m.end(1)]
        if word in _INSTITUTION:
            return True
        if not (m.group(1)[0].isupper() or word in _LINKS):
            return False
        pos = m.end()
    return False


def noun_context(folded: str, start: int) -> bool:
    """A determiner or preposition before the word: "this Summer", "vivir en Paz"."""
    return _DETERMINER_BEFORE.search(folded, max(0, start - 12), start) is not None


def sentence_start(text: str, start: int) -> bool:
    """Nothing but punctuation, spaces or emoji between the sentence's start and ``start``: a capital
    there says nothing about a name."""
    s_start, _ = sentence_bounds(text, start)
    return not any(ch.isalnum() for ch in text[s_start:start])
