"""Health information and case details, told apart from the generic mentions agencies post.

"Cientos de niños en cuidado de crianza necesitan un hogar" is an announcement;
"Camila vive con una familia de acogida desde enero" is a case detail.  A term found
here becomes a finding only when the text is about a specific person: a name, handle or
roster person in the same sentence, a first-person writer ("mi hermanito", "my mom"), a
third person ("she was removed"), or a private message (always about its recipient's case).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..textutil import fold, sentence_bounds
from ..types import Audience, Candidate, FindingType, Lang

# Patterns run on accent-folded lower-case text.
CASE_DETAIL_TERMS = [
    # Removal in everyday words: "se los llevó el DIF", "nos quitaron a los niños".
    r"(?:lo|la|los|las|nos|me|te|les|se\s+(?:lo|la|los|las))\s+(?:sacaron|quitaron|quito|llevaron|llevo|retiraron|retiro)"
    r"(?:\s+(?:de|a)\s+(?:la|su|mi|sus|mis)?\s*\w+)?",
    r"visitas?(?:\s+\w+){0,4}\s+supervisadas?",
    r"visitas?\s+con\s+(?:su|sus|los|las|el|la|mi|mis)\s+\w+",
    r"en\s+acogida",
    r"(?:mama|papa|madre|padre|mami|papi)s?\s+(?:temporal|de\s+acogida|sustitut[oa]|de\s+crianza)",
    r"foster\s+(?:mom|dad|mother|father|mama|papa)",
    r"placements",
    r"(?:years?|yrs?|months?)\s+in\s+care",
    r"placed\s+with\s+\w+",
    r"(?:en\s+)?cuidado\s+(?:de\s+crianza|temporal|sustituto|alternativo)",
    r"(?:con\s+)?(?:una\s+)?familia\s+(?:de\s+acogida|sustituta|temporal|de\s+crianza|adoptiva|de\s+paso)",
    r"(?:en\s+)?(?:casa|hogar)\s+(?:hogar|de\s+acogida|de\s+guarda|sustituto|temporal)",
    r"acogimiento(?:\s+(?:familiar|residencial))?",
    r"(?:en\s+(?:un|el)\s+)?albergue(?:\s+(?:infantil|temporal))?",
    r"(?:fue|fueron|lo|la|los|las|les)\s+(?:retirad|removid|separad|quitad|sacad)[oa]s?(?:\s+de\s+\w+(?:\s+\w+)?)?",
    r"(?:retiro|remocion|separacion)\s+de\s+(?:sus|los|su)\s+\w+",
    r"patria\s+potestad",
    r"custodia(?:\s+(?:temporal|protectora|legal|completa|compartida))?",
    r"tutela",
    r"reunificacion(?:\s+familiar)?",
    r"(?:la\s+|su\s+)?adopcion",
    r"adoptad[oa]s?",
    r"colocad[oa]s?\s+(?:con|en)",
    r"colocacion",
    r"visitas?\s+supervisadas?",
    r"(?:la\s+|su\s+)?visita(?:s)?\s+(?:con\s+su|familiar)\w*",
    r"(?:la\s+|su\s+)?audiencia(?:\s+(?:de|en)\s+\w+)?",
    r"juzgado(?:\s+(?:familiar|de\s+lo\s+familiar|de\s+menores))?",
    r"orden(?:\s+judicial|\s+de\s+(?:restriccion|alejamiento|proteccion))",
    r"medidas?\s+de\s+proteccion",
    r"(?:denuncia|reporte|investigacion|acusacion)\s+(?:de|por)\s+(?:maltrato|abuso|negligencia|abandono|violencia)\w*",
    r"(?:maltrato|abuso\s+sexual|negligencia|abandono|violencia\s+(?:familiar|domestica|intrafamiliar))",
    r"(?:esta|estan|esta\s+preso|sigue)\s+en\s+(?:la\s+)?(?:carcel|prision|el\s+reclusorio|el\s+penal)",
    r"(?:en\s+)?(?:la\s+)?(?:carcel|prision|reclusorio)",
    r"encarcelad[oa]",
    r"pres[oa]",
    r"deportad[oa]",
    r"(?:se\s+)?(?:escapo|fugo|huyo)(?:\s+de\s+\w+(?:\s+\w+)?)?",
    r"fugad[oa]",
    r"desaparecid[oa]",
    r"prueba\s+de\s+drogas",
    r"antidoping",
    r"(?:nin[oa]|hij[oa]|bebe|nen[ea]|chamac[oa])\s+de\s+acogida",
    r"foster\s+(?:son|daughter|child|kid|kiddo|baby|brother|sister|youth|teen)",
    r"(?:in\s+)?foster\s+(?:care|home|family|placement|parents?)",
    r"group\s+home",
    r"kinship\s+(?:care|placement)",
    r"residential\s+(?:care|treatment|placement)",
    r"(?:was|were|got|been|be)\s+(?:removed|taken|placed)\b(?:\s+(?:from|with|in|into)\s+\w+(?:\s+\w+)?)?",
    r"removal",
    r"placement",
    r"custody",
    r"guardianship",
    r"(?:the\s+)?adoption",
    r"adopted",
    r"reunification",
    r"supervised\s+visit\w*",
    r"visitation",
    r"(?:court\s+)?hearing",
    r"court\s+(?:date|order|case)",
    r"(?:restraining|protective|no[-\s]contact)\s+order",
    r"(?:abuse|neglect|abandonment)(?:\s+(?:allegations?|report|investigation|case))?",
    r"cps\s+(?:case|report|investigation|call)",
    r"termination\s+of\s+parental\s+rights",
    r"parental\s+rights",
    r"(?:is|was|in|to)\s+(?:jail|prison)",
    r"incarcerated",
    r"locked\s+up",
    r"behind\s+bars",
    r"deported",
    r"ran\s+away",
    r"runaway",
    r"missing\s+from\s+(?:care|placement|(?:his|her|the)\s+\w+\s+home)",
    r"awol",
    r"probation",
    r"juvenile\s+(?:detention|hall|court)",
    r"juvie",
    r"drug\s+(?:test|screen)\w*",
]
HEALTH_TERMS = [
    # A drug-test result is substance-use information (42 CFR Part 2), whatever the result.
    r"(?:prueba|examen|test|screen|ua|antidoping|toxicologic[oa])\w*(?:\s+\w+){0,4}?\s+"
    r"(?:salio|dio|resulto|came\s+back|was|fue|is)\s+(?:positiv|negativ|dirty|clean|sucia|limpia)\w*",
    r"ansiedad",
    r"depresion",
    r"tdah?",
    r"autismo",
    r"autista",
    r"asperger",
    r"bipolar",
    r"esquizofrenia",
    r"trastorno(?:\s+(?:de|del)\s+\w+(?:\s+\w+)?)?",
    r"tept",
    r"estres\s+postraumatico",
    r"diabetes",
    r"asma",
    r"epilepsia",
    r"convulsiones",
    r"vih",
    r"sida",
    r"hepatitis",
    r"embarazad[ao]",
    r"embarazo",
    r"aborto",
    r"cancer",
    r"leucemia",
    r"discapacidad(?:\s+(?:intelectual|fisica|auditiva|visual|motriz))?",
    r"sindrome\s+de\s+down",
    r"paralisis\s+cerebral",
    r"fluoxetina",
    r"sertralina",
    r"escitalopram",
    r"risperidona",
    r"aripiprazol",
    r"metilfenidato",
    r"ritalin",
    r"concerta",
    r"adderall",
    r"prozac",
    r"zoloft",
    r"risperdal",
    r"abilify",
    r"seroquel",
    r"quetiapina",
    r"litio",
    r"clonazepam",
    r"insulina",
    r"metadona",
    r"buprenorfina",
    r"suboxone",
    r"naloxona",
    r"narcan",
    r"antidepresivos?",
    r"antipsicoticos?",
    r"(?:cita|consulta|sesion|terapia)\s+(?:con\s+(?:la|el)\s+)?(?:psicolog[oa]|psiquiatra|terapeuta)",
    r"psicolog[oa]",
    r"psiquiatra",
    r"psiquiatric[oa]",
    r"terapia(?:\s+(?:de\s+lenguaje|ocupacional|familiar))?",
    r"terapeuta",
    r"hospitalizad[oa]",
    r"internad[oa]",
    r"rehabilitacion",
    r"rehab",
    r"desintoxicacion",
    r"(?:salio|dio|resulto)\s+positivo?a?\s+(?:a|en|para)\s+\w+",
    r"positivo\s+a\s+\w+",
    r"cocaina",
    r"metanfetamina",
    r"cristal",
    r"heroina",
    r"fentanilo",
    r"marihuana",
    r"alcoholismo",
    r"alcoholicos\s+anonimos",
    r"adiccion(?:es)?",
    r"sobredosis",
    r"recaida",
    r"autolesion\w*",
    r"se\s+corta",
    r"suicid\w+",
    r"pei",
    r"plan\s+504",
    r"educacion\s+especial",
    r"usaer",
    r"anxiety",
    r"depression",
    r"adhd",
    r"autism",
    r"autistic",
    r"asperger'?s",
    r"schizophrenia",
    r"ptsd",
    r"\w+\s+disorder",
    r"asthma",
    r"epilepsy",
    r"seizures?",
    r"hiv",
    r"aids",
    r"pregnant",
    r"pregnancy",
    r"miscarriage",
    r"leukemia",
    r"disabilit(?:y|ies)",
    r"disabled",
    r"down\s+syndrome",
    r"cerebral\s+palsy",
    r"medications?",
    r"meds",
    r"prescribed\s+\w+",
    r"fluoxetine",
    r"sertraline",
    r"methylphenidate",
    r"risperidone",
    r"lithium",
    r"insulin",
    r"methadone",
    r"buprenorphine",
    r"naloxone",
    r"antidepressants?",
    r"antipsychotics?",
    r"therapy",
    r"therapist",
    r"counseling",
    r"psychologist",
    r"psychiatrist",
    r"psychiatric",
    r"psych\s+ward",
    r"hospitalized",
    r"inpatient",
    r"detox",
    r"(?:substance|drug|alcohol)\s+(?:abuse|use)\s+(?:treatment|disorder|program)",
    r"treatment\s+(?:program|center|facility)",
    r"tested\s+positive(?:\s+for\s+\w+)?",
    r"urinalysis",
    r"cocaine",
    r"meth",
    r"heroin",
    r"fentanyl",
    r"opioids?",
    r"alcoholism",
    r"(?:aa|na)\s+meetings?",
    r"alcoholics\s+anonymous",
    r"addiction",
    r"overdosed?",
    r"relapsed?",
    r"self[-\s]harm",
    r"suicidal",
    r"suicide\s+attempt",
    r"iep",
    r"504\s+plan",
    r"special\s+ed(?:ucation)?",
    r"speech\s+therapy",
]

_CASE = re.compile(r"\b(?:" + "|".join(CASE_DETAIL_TERMS) + r")\b")
_HEALTH = re.compile(r"\b(?:" + "|".join(HEALTH_TERMS) + r")\b")
# Checked on the lower-cased (not accent-folded) text: "él" is a person, "el" an article.
_PERSONAL = re.compile(
    r"(?<!\w)(?:mi|mis|my|él|ella|he|she|his|him|her"
    r"|(?:our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:hij[oa]s?|niñ[oa]s?|son|daughter|bebé|baby|kid|kiddo|boy|girl|chamac[oa]))(?!\w)"
)
# "I/me/estoy" count only right before the term ("I was in foster care", "estoy en casa hogar"),
# not in a recruiter's voice ("Ask me how you can become a foster parent").
_FIRST_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:i|i'm|im|i've|i\s+was|yo|estoy|estuve|estaba|vivo|vivi|tengo|tuve)(?:\s+\w+){0,3}\s*$"
)
# Invitations and explanations are about everyone: "become a foster parent", "ser familia de acogida".
_RECRUITING_BEFORE = re.compile(
    r"(?:\b(?:become|becoming|be|about|consider|considering|ser|hacerse|convertirse\s+en|sobre|como|how|learn)"
    r"(?:\s+(?:a|an|una|un))?\s*)$"
)
# One person's situation: "está con una familia de acogida", "is in foster care", "was placed" —
# but not a relative clause about anyone ("cada niño que está en cuidado de crianza").
_SINGULAR_BEFORE = re.compile(
    r"(?<!\bque\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:"
    r"(?:esta|sigue|vive|quedo|estuvo)(?:\s+(?:con|en|ahora|todavia|ya))*"
    # English needs the preposition: "is in foster care", not "May is Foster Care Awareness Month".
    r"|(?:is|was|lives|stays|stayed)(?:\s+(?:now|still))*\s+(?:in|with|into)"
    r")\s*$"
)
# Relation words alone do not count: "si su hijo recibe terapia" is advice to every reader.
# A sentence that names someone, or gives a child's age, address, school or contact, is
# about a specific person ("Nuestra niña de acogida, de 9 años, ...").
_NAMED_TYPES = {
    FindingType.PERSON,
    FindingType.HANDLE,
    FindingType.AGE,
    FindingType.ADDRESS,
    FindingType.SCHOOL,
    FindingType.PHONE,
    FindingType.EMAIL,
}


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches that may overlap ("was placed in a group" and "group home"); the pipeline
    joins overlapping findings of one type."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


def _any_between(sorted_starts: Sequence[int], low: int, high: int) -> bool:
    """Whether some start lies in [low, high): a bisection instead of a pass over every finding."""
    i = bisect_left(sorted_starts, low)
    return i < len(sorted_starts) and sorted_starts[i] < high


def find_sensitive(text: str, lang: Lang, audience: Audience, others: Sequence[Candidate]) -> list[Candidate]:
    folded = fold(text)
    lowered = text.lower() if len(text.lower()) == len(text) else folded
    # Weak names (a lower-case nickname) count here: "chuy sigue en una casa hogar" is about Chuy.
    named = sorted(
        c.start for c in others if c.type in _NAMED_TYPES and (c.score >= 0.65 or c.type == FindingType.PERSON)
    )
    out: list[Candidate] = []
    for pattern, type_ in ((_CASE, FindingType.CASE_DETAIL), (_HEALTH, FindingType.HEALTH)):
        for m in _overlapping(pattern, folded):
            s_start, s_end = sentence_bounds(text, m.start())
            if audience != "private" and _RECRUITING_BEFORE.search(folded, max(0, m.start() - 30), m.start()):
                continue
            specific = audience == "private" or _any_between(named, s_start - 80, s_end + 80)
            if not specific:
                specific = bool(_PERSONAL.search(lowered, s_start, s_end))
            if not specific:
                window = max(s_start, m.start() - 40)
                specific = bool(
                    _FIRST_PERSON_BEFORE.search(lowered, window, m.start())
                    or _SINGULAR_BEFORE.search(folded, window, m.start())
                )
            if specific:
                out.append(Candidate(m.start(), m.end(), type_, 0.8, f"{type_.value.lower()}.v1"))
    return out
