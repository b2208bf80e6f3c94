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
from dataclasses import replace

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
    # A name inside a phrase stays a name ("las visitas con Camila sean supervisadas"): a phrase
    # keeps only its parts around the other findings.
    taken = sorted((o.start, o.end) for o in others if o.type not in _LEARNED_TYPES)
    for terms, type_ in _TERMS:
        # Every match, including those starting inside an earlier one: the merge step later
        # joins overlapping findings of one type.
        for m in terms.finditer_overlapping(gate.folded):
            if gate.is_specific(m.start()):
                detector = f"{type_.value.lower()}.v1"
                for start, end in _parts_outside(text, m.start(), m.end(), taken):
                    out.append(Candidate(start, end, type_, 0.8, detector))
    for c in learned:
        cue = _CUES.get(c.type)
        if cue is None:
            continue
        for start, end in _parts_outside(text, c.start, c.end, taken):
            if cue.search(gate.folded, start, end) and gate.is_specific(start):
                out.append(replace(c, start=start, end=end))
    return out


def _parts_outside(text: str, start: int, end: int, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) without the spans in ``taken``, each part trimmed of spaces and punctuation."""
    parts, pos = [], start
    for t_start, t_end in taken:
        if t_end <= pos or t_start >= end:
            continue
        if t_start <= start and end <= t_end:
            return [(start, end)]  # a finding over the whole phrase ("Rikers"): overlap resolution decides
        parts.append((pos, max(pos, t_start)))
        pos = max(pos, t_end)
    parts.append((pos, end))
    out = []
    for p_start, p_end in parts:
        while p_start < p_end and not text[p_start].isalnum():
            p_start += 1
        while p_end > p_start and not text[p_end - 1].isalnum():
            p_end -= 1
        if p_end > p_start:
            out.append((p_start, p_end))
    return out
