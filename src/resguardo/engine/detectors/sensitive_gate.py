"""Whether a case or health term found at a place in a text is about a specific person.

"Cientos de niños en cuidado de crianza necesitan un hogar" is an announcement;
"Camila vive con una familia de acogida desde enero" is a case detail.  A term counts when
the text is about someone: a name, handle or roster person near it, a writer speaking of
their own ("mi hija", "my son", "me quitaron"), a third person ("she was removed", "se la
llevaron", "her worker"), or a private message (always about its recipient's case).
Recruitment posts, awareness months and advice to every reader ("si su hijo …") need more:
a name or the writer's own relative in the same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..textutil import fold, sentence_bounds
from ..types import Audience, Candidate, FindingType
from ._lexicon import RELATIONS

# -- signals on the accent-folded text --------------------------------------------------------
# The writer's or a third person's relative: "mi hija", "my son", "her worker", "his cw",
# "la trabajadora de mi hijo"; "su abuela" only when not advice ("si su hijo recibe terapia").
_OWN = rf"(?:\s+(?:\w+\s+){{0,2}}?(?:{RELATIONS})(?!\w)|(?<!\w)(?:mij[oa]|m'ij[oa])(?!\w))"
_OWN_RELATIVE = re.compile(rf"(?<!\w)(?:mi|mis|my|his|her|their){_OWN}")
# "Our kids", "nuestras niñas" is also how an agency speaks of every child it serves.
_OUR_RELATIVE = re.compile(rf"(?<!\w)(?:nuestr[oa]s?|our){_OWN}")
_THIRD_RELATIVE = re.compile(rf"(?<!\w)(?:su|sus)\s+(?:\w+\s+)?(?:{RELATIONS})(?!\w)")
# Advice, invitations and statements about everyone cancel the weaker signals.
_ADVICE = re.compile(
    r"(?<!\w)(?:si|if|cuando|when(?:ever)?|any|cualquier|all|todos|todas|many|muchos|muchas"
    r"|usted|ustedes|uds?|your|tu|tus"
    # "cada niño", "every family" speak of everyone; "cada semana", "every other Saturday" of a habit.
    r"|(?:cada|every)\s+(?:nin[oa]|child|kid|familia|family|padre|madre|parent|persona|person|one|uno|una|joven|youth))(?!\w)"
)
# Subject pronouns and third-person object pronouns about one person.
_PRONOUN = re.compile(
    r"(?<!\w)(?:he|she|he's|she's|hes|shes|him|his|her|hers|ella|el\s+(?=(?:esta|ya|sigue|tiene|no|se)\b))(?!\w)"
)
# The writer: "I", "me quitaron", "yo", "tengo", "estoy", "my", "mi".
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:i|i'm|im|i've|ive|i'll|i'd|me|my|mine|myself|yo|mi|mis|estoy|estuve|estaba|tengo|tuve|tenia"
    r"|vivo|vivi|perdi|termino|necesito|quiero|fui|voy|pude|puedo|tenemos|estamos|fuimos|we\s+been|we'?ve\s+been"
    # "We" is a foster family only telling what happened to it, not an agency's "we celebrate".
    r"|we\s+(?:got|had|have\s+had|'?ve\s+had|picked|went|lost|finally|just)|nos\s+[a-z]+(?:aron|ieron))(?!\w)"
)
_FIRST_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:i|i'm|im|i've|ive|i\s+was|yo|estoy|estuve|estaba|vivo|vivi|tengo|tuve|me|nos)(?:\s+\w+){0,3}\s*$"
)
# "Ask me how", "contact me": the writer as the agency's voice.
_AGENCY_ME = re.compile(r"(?<!\w)(?:ask|contact|call|text|email|message|dm|tag|join)\s+(?:me|us)(?!\w)")
# A narrative about someone: "se la llevaron", "lo sacaron", "le hicieron la prueba", "se escapó".
_CLITIC_PAST = re.compile(
    r"(?<!\w)(?:se\s+(?:lo|la|los|las|le|les)|lo|la|los|las|le|se)\s+(?!(?:recuerd|invit|compart|inform|esper"
    r"|agradec|pid|dig|cuent|necesit|busc|ofrec|requier|present|bueno|mejor|mism|nuevo|unico|ultimo|siento|dicho"
    r"|pasado|cierto|foto|mano|moto|radio)\w*)[a-z]{3,}(?:aron|ieron|io|o)(?!\w)"
)
# Narration of one case's events: "le dieron Seroquel", "le dio una crisis", "el juez decidió",
# "salió sucia la prueba" — announcements and advice are not told in the past tense.
_EVENT = re.compile(
    r"(?<!\w)(?:(?:le|les)\s+(?:dio|dieron|dan|da|van\s+a|hicieron|hacen|pusieron|ponen|recetaron|quitaron|cambiaron"
    r"|diagnosticaron|detectaron|suspendieron|negaron|toca|tocan)"
    r"|(?:pidio|ordeno|mando|dijo|decidio)\s+(?:el|la)\s+(?:juez|jueza|magistrad[oa]|corte)"
    r"|(?:juez|jueza|magistrad[oa]|judge|magistrate|commissioner)\s+(?:\w+\s+){0,2}?(?:decidio|ordeno|dijo|nego|aprobo|fallo|pidio"
    r"|mando|firmo|said|ordered|granted|denied|decided|ruled|signed|approved)"
    r"|(?:salio|salieron|resulto|came\s+back|tested|dropped|popped)\s+(?:otra\s+vez\s+)?(?:sucia|sucio|positiv\w*|dirty|hot|positive))(?!\w)"
)
# One child spoken of: "la bebé", "el niño", "the baby", "this kid" — not "el niño que …".
_ONE_CHILD = re.compile(
    r"(?<!\w)(?:el|la|this|the|este|esta|ese|esa)\s+(?:nin[oa]|nen[ea]|bebe|chamac[oa]|peque|baby|kid|kiddo"
    r"|boy|girl|little\s+one|muchach[oa]|morrit[oa])(?!\w)(?!\s+(?:que|who|that|of|de\s+hoy))"
)
# One person's situation just before the term: "está con una familia de acogida", "is in foster care".
_SINGULAR_BEFORE = re.compile(
    r"(?<!\bque\s)(?<!\bwho\s)(?<!\bthat\s)(?<!\bsi\s)(?<!\bif\s)\b(?:"
    r"(?:esta|sigue|vive|quedo|estuvo|anda|tiene|tenia|padece|sufre|dio|salio|le\s+(?:dio|dieron|diagnosticaron))"
    r"(?:\s+(?:con|en|ahora|todavia|ya|aun|otra\s+vez))*"
    # English needs the preposition: "is in foster care", not "May is Foster Care Awareness Month".
    r"|(?:is|was|lives|stays|stayed|been)(?:\s+(?:now|still))*\s+(?:in|with|into|at|on)"
    r"|(?:has|had|got|gets|diagnosed\s+with|struggles\s+with|suffers\s+from)"
    r")\s*$"
)
# Invitations and explanations right before the term: "become a foster parent", "ser familia de acogida".
_RECRUITING_BEFORE = re.compile(
    r"(?:\b(?:become|becoming|be|about|consider|considering|ser|hacerse|hazte|convertirse\s+en|conviertete\s+en"
    r"|sobre|como|how|learn|support|apoya|apoyar)(?:\s+(?:a|an|una|un|el|la|los|las|the))?\s*)$"
)
# A post that recruits, announces or raises awareness is about everyone.
_RECRUITING_TEXT = re.compile(
    r"\b(?:become\s+an?\s+(?:foster|resource|adoptive)|(?:foster|resource)\s+(?:parents|families|homes)\s+(?:are\s+)?needed"
    r"|we\s+(?:need|are\s+looking\s+for)|are\s+you\s+(?:ready|interested)|open\s+your\s+(?:home|heart)"
    r"|info(?:rmation(?:al)?)?\s+(?:session|night|meeting)|orientation|trainings?\b|learn\s+more|sign\s+up|register"
    r"|rsvp|join\s+us|apply\s+(?:now|today)|(?:call|contact|dm|message|email)\s+us|visit\s+our|link\s+in\s+(?:bio|our)"
    r"|donat(?:e|ions?)|volunteer|awareness|appreciation|(?:prevention|recovery|foster\s+care|adoption)\s+month"
    r"|thank\s+you\s+to\s+(?:all\s+)?(?:our|the)|shout\s*out\s+to\s+(?:all\s+)?our|now\s+hiring|we'?re\s+hiring"
    r"|(?:conviertete|hazte|convertirse)\s+en|se\s+buscan?\s+(?:familias|hogares)|necesitamos\s+(?:familias|hogares|voluntari)"
    r"|abre\s+(?:tu|las\s+puertas)|(?:sesion|platica|junta)\s+informativa|orientacion|capacitacion|informes"
    r"|mas\s+informacion|inscribete|registrate|llamanos|contactanos|escribenos|visita\s+nuestr|unete"
    # The usted forms agencies write in ("Llámenos", "Infórmese"), and a link to an agency's site.
    r"|llamenos|comuniquese|informese|inscribase|registrese|visite\s+nuestr|mas\s+detalles|details\s+at"
    r"|\w\.(?:gov|org)\b"
    r"|voluntari[oa]s|(?:mes|dia|semana)\s+(?:nacional\s+|mundial\s+|internacional\s+)?(?:de|del)\s+(?:la\s+)?"
    r"(?:concientizacion|concienciacion|prevencion|cuidado|adopcion|salud|autismo|recuperacion|familia)"
    r"|gracias\s+a\s+(?:todas\s+)?(?:nuestr|las\s+familias))"
)
# Awareness days and months in the sentence itself make even a term that looks personal generic.
_AWARENESS_SENTENCE = re.compile(
    r"\b(?:awareness|appreciation|(?:prevention|recovery|foster\s+care|adoption|history)\s+(?:month|week|day)"
    r"|(?:mes|dia|semana)\s+(?:nacional\s+|mundial\s+|internacional\s+)?(?:de|del)\s+(?:la\s+)?"
    r"(?:concientizacion|concienciacion|prevencion|cuidado|adopcion|salud|autismo|recuperacion))"
)
# A sentence that names someone, or gives a child's age, address, school or contact, is about
# a specific person ("Nuestra niña de acogida, de 9 años, ...") — unless the post recruits,
# where the phone and address are the agency's own.
_NAMED_TYPES = {
    FindingType.PERSON,
    FindingType.HANDLE,
    FindingType.AGE,
    FindingType.ADDRESS,
    FindingType.SCHOOL,
    FindingType.PHONE,
    FindingType.EMAIL,
}
_PEOPLE_TYPES = {FindingType.PERSON, FindingType.HANDLE}


def _any_between(sorted_starts: Sequence[int], low: int, high: int) -> bool:
    """Whether some start lies in [low, high): a bisection instead of a pass over every finding."""
    i = bisect_left(sorted_starts, low)
    return i < len(sorted_starts) and sorted_starts[i] < high


@dataclass(frozen=True, slots=True)
class Gate:
    """The specificity test for one text; built once, asked once per term found."""

    text: str
    folded: str
    audience: Audience
    named: tuple[int, ...]
    people: tuple[int, ...]
    # Paragraph start -> whether it recruits: one search per post, however many terms it holds.
    _recruiting: dict[int, bool] = field(default_factory=dict)

    @classmethod
    def for_text(cls, text: str, audience: Audience, others: Sequence[Candidate]) -> Gate:
        # Weak names (a lower-case nickname) count here: "chuy sigue en una casa hogar" is about Chuy.
        strong = [c for c in others if c.score >= 0.65 or c.type == FindingType.PERSON]
        folded = fold(text)
        return cls(
            text,
            folded,
            audience,
            tuple(sorted(c.start for c in strong if c.type in _NAMED_TYPES)),
            # An announcement becomes personal only with a sure name: a weak one ("Paz, amor y
            # paciencia") and a generic term must not vouch for each other.
            tuple(sorted(c.start for c in others if c.type in _PEOPLE_TYPES and c.score >= 0.65)),
        )

    def recruiting_around(self, start: int) -> bool:
        """Whether the post holding ``start`` recruits or announces: its paragraph, since a long
        file holds many posts and one agency announcement must not make the others generic."""
        low = self.folded.rfind("\n\n", 0, start) + 1
        if low not in self._recruiting:
            high = self.folded.find("\n\n", start)
            found = _RECRUITING_TEXT.search(self.folded, low, high if high >= 0 else len(self.folded))
            self._recruiting[low] = found is not None
        return self._recruiting[low]

    def recruiting_before(self, start: int) -> bool:
        return self.audience != "private" and bool(_RECRUITING_BEFORE.search(self.folded, max(0, start - 30), start))

    def is_specific(self, start: int) -> bool:
        if self.recruiting_before(start):
            return False
        if self.audience == "private":
            return True
        folded = self.folded
        s_start, s_end = sentence_bounds(self.text, start)
        sentence = folded[s_start:s_end]
        window = max(s_start, start - 40)
        before = folded[window:start]
        generic = self.recruiting_around(start) or bool(_AWARENESS_SENTENCE.search(sentence))
        if generic:
            # Only a person named in the sentence or the writer's own relative or situation.
            return (
                _any_between(self.people, s_start, s_end)
                or bool(_OWN_RELATIVE.search(sentence) and not _AGENCY_ME.search(sentence))
                or bool(_FIRST_PERSON_BEFORE.search(before) or _SINGULAR_BEFORE.search(before))
            )
        if _any_between(self.named, s_start - 80, s_end + 80):
            return True
        if any(p.search(sentence) for p in (_OWN_RELATIVE, _OUR_RELATIVE, _PRONOUN, _ONE_CHILD, _EVENT)):
            return True
        if _FIRST_PERSON_BEFORE.search(before):
            return True
        # Advice to every reader ("If your child has asthma, …") is about no one in particular.
        if _ADVICE.search(sentence):
            return False
        return bool(
            _SINGULAR_BEFORE.search(before)
            or (_FIRST_PERSON.search(sentence) and not _AGENCY_ME.search(sentence))
            or _THIRD_RELATIVE.search(sentence)
            or _CLITIC_PAST.search(sentence)
        )
