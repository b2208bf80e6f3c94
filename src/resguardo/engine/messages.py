"""The engine's words in Spanish and English: reasons, placeholders, verdict names.

Each reason names what was found and the guide's tip it serves ("Redes sociales:
consejos para trabajadores de bienestar de menores", Child Welfare Information Gateway).
"""

from __future__ import annotations

from .types import FindingType, Lang

PLACEHOLDERS: dict[Lang, dict[FindingType, str]] = {
    "es": {
        FindingType.PERSON: "[NOMBRE]",
        FindingType.ADDRESS: "[DIRECCIÓN]",
        FindingType.LOCATION: "[LUGAR]",
        FindingType.SCHOOL: "[ESCUELA]",
        FindingType.ORGANIZATION: "[ORGANIZACIÓN]",
        FindingType.PHONE: "[TELÉFONO]",
        FindingType.EMAIL: "[CORREO]",
        FindingType.URL: "[ENLACE]",
        FindingType.HANDLE: "[USUARIO]",
        FindingType.DATE: "[FECHA]",
        FindingType.AGE: "[EDAD]",
        FindingType.ID: "[IDENTIFICADOR]",
        FindingType.HEALTH: "[SALUD]",
        FindingType.CASE_DETAIL: "[DETALLE DEL CASO]",
    },
    "en": {
        FindingType.PERSON: "[NAME]",
        FindingType.ADDRESS: "[ADDRESS]",
        FindingType.LOCATION: "[PLACE]",
        FindingType.SCHOOL: "[SCHOOL]",
        FindingType.ORGANIZATION: "[ORGANIZATION]",
        FindingType.PHONE: "[PHONE]",
        FindingType.EMAIL: "[EMAIL]",
        FindingType.URL: "[LINK]",
        FindingType.HANDLE: "[HANDLE]",
        FindingType.DATE: "[DATE]",
        FindingType.AGE: "[AGE]",
        FindingType.ID: "[ID]",
        FindingType.HEALTH: "[HEALTH INFO]",
        FindingType.CASE_DETAIL: "[CASE DETAIL]",
    },
}

WHAT: dict[Lang, dict[FindingType, str]] = {
    "es": {
        FindingType.PERSON: "Nombre de una persona",
        FindingType.ADDRESS: "Dirección",
        FindingType.LOCATION: "Lugar ligado a una persona",
        FindingType.SCHOOL: "Escuela o guardería",
        FindingType.ORGANIZATION: "Hospital, juzgado u organización ligada a una persona",
        FindingType.PHONE: "Número de teléfono",
        FindingType.EMAIL: "Correo electrónico",
        FindingType.URL: "Enlace",
        FindingType.HANDLE: "Usuario de redes sociales",
        FindingType.DATE: "Fecha personal",
        FindingType.AGE: "Edad",
        FindingType.ID: "Número de identificación o de caso",
        FindingType.HEALTH: "Información de salud",
        FindingType.CASE_DETAIL: "Detalle de un caso",
    },
    "en": {
        FindingType.PERSON: "A person's name",
        FindingType.ADDRESS: "Address",
        FindingType.LOCATION: "Place tied to a person",
        FindingType.SCHOOL: "School or daycare",
        FindingType.ORGANIZATION: "Hospital, court or organization tied to a person",
        FindingType.PHONE: "Phone number",
        FindingType.EMAIL: "E-mail address",
        FindingType.URL: "Link",
        FindingType.HANDLE: "Social media handle",
        FindingType.DATE: "Personal date",
        FindingType.AGE: "Age",
        FindingType.ID: "Identity or case number",
        FindingType.HEALTH: "Health information",
        FindingType.CASE_DETAIL: "Case detail",
    },
}

ROLE_NAMES: dict[Lang, dict[str, str]] = {
    "es": {
        "child": "niño o joven",
        "parent": "madre o padre",
        "relative": "familiar",
        "foster_parent": "familia de acogida",
        "staff": "personal de la agencia",
        "other": "persona del caso",
    },
    "en": {
        "child": "child or youth",
        "parent": "parent",
        "relative": "relative",
        "foster_parent": "foster parent",
        "staff": "agency staff",
        "other": "person on a case",
    },
}

# Why it matters, in the guide's words (section "Priorizar la privacidad" / "Prioritize privacy").
TIPS: dict[Lang, dict[str, str]] = {
    "es": {
        "public_personal": "no revele en público información personal del niño o la familia (Priorizar la privacidad)",
        "public_case": "no comparta en público detalles de un caso específico (Priorizar la privacidad)",
        "staff": "proteja su confidencialidad y la de sus colegas (Priorizar la privacidad)",
        "school": "no publique datos que identifiquen al niño, como su escuela (Priorizar la privacidad)",
        "combination": "junto con otros datos de la publicación identifica a una persona (Priorizar la privacidad)",
        "hipaa": "la información de salud solo va por plataformas que cumplen con HIPAA (Priorizar la privacidad)",
        "hipaa_unknown": "confirme que la plataforma cumple con HIPAA antes de enviar información de salud",
        "private_ok": "permitido en un mensaje privado a un destinatario con consentimiento",
        "private_id": "envíe números de identificación solo por un canal seguro, no por redes sociales",
        "private_case": (
            "las redes sociales no deben ser el canal principal para detalles del caso; "
            "cada comunicación puede ser documentación legal"
        ),
        "review": "revise si es necesario publicarlo (Priorizar la privacidad)",
        "note": "se anota; no impide publicar por sí solo",
    },
    "en": {
        "public_personal": "never reveal a child's or family's personal information in public (Prioritize privacy)",
        "public_case": "never share details of a specific case in public (Prioritize privacy)",
        "staff": "protect your own and your colleagues' confidentiality (Prioritize privacy)",
        "school": "do not post details that identify a child, such as their school (Prioritize privacy)",
        "combination": "together with other details in the post it identifies a person (Prioritize privacy)",
        "hipaa": "health information goes only over HIPAA-compliant platforms (Prioritize privacy)",
        "hipaa_unknown": "confirm the platform is HIPAA-compliant before sending health information",
        "private_ok": "allowed in a private message to a consented recipient",
        "private_id": "send identity numbers only through a secure channel, not social media",
        "private_case": (
            "social media should not be the main channel for case details; "
            "every communication may be legal documentation"
        ),
        "review": "check whether it needs to be posted (Prioritize privacy)",
        "note": "noted; does not stop the post by itself",
    },
}

VERDICTS: dict[Lang, dict[str, str]] = {
    "es": {"ok": "se puede enviar", "review": "revisar antes de enviar", "block": "no enviar"},
    "en": {"ok": "ok to send", "review": "review before sending", "block": "do not send"},
}


def reason(lang: Lang, type_: FindingType, tip: str, role: str | None = None, person: str | None = None) -> str:
    what = WHAT[lang][type_]
    if role:
        who = ROLE_NAMES[lang].get(role, role)
        what = f"{what} ({'del roster' if lang == 'es' else 'on the roster'}: {who})"
    return f"{what}: {TIPS[lang][tip]}."
