"""Health information and case details, told apart from the generic mentions agencies post.

"Cientos de niños en cuidado de crianza necesitan un hogar" is an announcement;
"Camila vive con una familia de acogida desde enero" is a case detail.  Two sources propose
spans: term lists (``sensitive_case``, ``sensitive_health``) for the phrasings people use most,
and the statistical model's CASE_DETAIL and HEALTH spans for the paraphrases no list holds.
Either becomes a finding only when the gate (``sensitive_gate``) says the text is about a
specific person.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Audience, Candidate, FindingType, Lang
from ._termset import TermSet
from .sensitive_case import CASE_DETAIL_TERMS
from .sensitive_gate import Gate
from .sensitive_health import HEALTH_TERMS

_LEARNED_TYPES = (FindingType.CASE_DETAIL, FindingType.HEALTH)
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
        if c.type in _LEARNED_TYPES and gate.is_specific(c.start):
            out.append(c)
    return out
