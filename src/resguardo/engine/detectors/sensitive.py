"""Health information and case details, told apart from the generic mentions agencies post.

"Cientos de niños en cuidado de crianza necesitan un hogar" is an announcement;
"Camila vive con una familia de acogida desde enero" is a case detail.  Two sources propose
spans: term lists (``sensitive_case``, ``sensitive_health``) for the phrasings people use most,
and the statistical model's CASE_DETAIL and HEALTH spans for the paraphrases no list holds.
Either becomes a finding only when the gate (``sensitive_gate``) says the text is about a
specific person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Audience, Candidate, FindingType, Lang
from ._termset import TermSet
from .sensitive_case import CASE_DETAIL_TERMS
from .sensitive_gate import Gate
from .sensitive_health import HEALTH_TERMS

_LEARNED_TYPES = (FindingType.CASE_DETAIL, FindingType.HEALTH)
# A learned phrase counts only when it holds a word of the topic: the model finds the paraphrase
# and its edges ("she's lived with us since", "got clean"), the cue keeps it from taking any
# first-person phrase ("my cell", "estoy en") for a case detail.  Stems, on folded text.
_CUES = {
    FindingType.CASE_DETAIL: re.compile(
        r"\b(?:visit|court|corte|judge|juez|jueza|magistrad|custod|foster|acogida|crianza|placement|placed|coloca"
        r"|hogar|shelter|albergue|group\s+home|worker|trabajador|licenciad|caseworker|case|caso|cps|dcfs|dif|county"
        r"|condado|state|estado|removed|took|llev|quit|sac|retir|devuelv|regres|back|home|casa|reunif|adopt|hearing"
        r"|audiencia|order|orden|plan|class|clase|jail|carcel|prison|penal|preso|arrest|deport|ice|migra|warrant"
        r"|ran|run|escap|fug|report|denunci|investig|abuse|abuso|maltrat|neglect|golpe|marks|bruis|lived|living"
        r"|vive|living|came\s+to\s+us|llego|permanency|dependency|tpr|rights|derechos|probation|parole|lawyer"
        r"|abogad|gal|casa\b)",
    ),
    FindingType.HEALTH: re.compile(
        r"\b(?:test|prueba|ua|uds|drop|positiv|negativ|dirty|clean|limpi|sucia|sober|sobri|sin\s+(?:tomar|beber"
        r"|consumir)|rehab|recover|recupera|relaps|reca|therap|terap|counsel|psic|psiq|psych|med|pastill|pill"
        r"|dose|dosis|mg|doctor|hospital|clinic|clinica|diagn|eval|valora|iep|504|ot|speech|lenguaje|delay|retraso"
        r"|asthma|asma|inhal|insulin|diabet|seizure|convuls|epilep|adhd|tdah|autis|anxiety|ansiedad|depres"
        r"|bipolar|trauma|ptsd|tept|disorder|trastorno|pregnan|embaraz|aa|na|anonym|anonim|meeting|junta|program"
        r"|programa|treatment|tratamiento|detox|sick|enferm|surgery|cirug|drink|tomar|beber|drug|droga|meth"
        r"|cristal|alcohol|weed|mota|thc|fentan|opi|subox|methad|metad|narcan|plan\s+b|birth\s+control"
        r"|anticoncep|wheelchair|silla)",
    ),
}
_TERMS = ((TermSet(CASE_DETAIL_TERMS), FindingType.CASE_DETAIL), (TermSet(HEALTH_TERMS), FindingType.HEALTH))


def find_sensitive(
    text: str,
    lang: Lang,
    audience: Audience,
    others: Sequence[Candidate],
    learned: Sequence[Candidate] = (),
) -> list[Candidate]:
    """Case and health findings about a specific person; ``learned`` holds the model's
    proposals (CASE_DETAIL/HEALTH candidates), gated like the term lists' matches."""
    gate = Gate.for_text(text, audience, others)
    out: list[Candidate] = []
    for terms, type_ in _TERMS:
        # Every match, including those starting inside an earlier one: the merge step later
        # joins overlapping findings of one type.
        for m in terms.finditer_overlapping(gate.folded):
            if gate.is_specific(m.start()):
                out.append(Candidate(m.start(), m.end(), type_, 0.8, f"{type_.value.lower()}.v1"))
    for c in learned:
        cue = _CUES.get(c.type)
        if cue is not None and cue.search(gate.folded, c.start, c.end) and gate.is_specific(c.start):
            out.append(c)
    return out
