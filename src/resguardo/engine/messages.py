"""The engine's words in Spanish and English: reasons, placeholders, verdict names.

Each reason names what was found and the guide's tip it serves ("Redes sociales:
consejos para trabajadores de bienestar de menores", Child Welfare Information Gateway).
"""

from __future__ import annotations

import os
from typing import Protocol

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


# Operating-system errors in the user's words: never the library's English ("Is a directory").
OS_ERRORS: dict[Lang, dict[str, str]] = {
    "es": {
        "ENOENT": "no existe",
        "EACCES": "no tiene permiso para leerlo o escribirlo",
        "EPERM": "no tiene permiso para leerlo o escribirlo",
        "EISDIR": "es una carpeta, no un archivo",
        "ENOTDIR": "una parte de la ruta no es una carpeta",
        "ENOSPC": "no queda espacio en el disco",
        "EROFS": "el disco es de solo lectura",
        "ENAMETOOLONG": "el nombre es demasiado largo",
        "other": "error del sistema",
    },
    "en": {
        "ENOENT": "it does not exist",
        "EACCES": "you do not have permission to read or write it",
        "EPERM": "you do not have permission to read or write it",
        "EISDIR": "it is a folder, not a file",
        "ENOTDIR": "part of the path is not a folder",
        "ENOSPC": "the disk is full",
        "EROFS": "the disk is read-only",
        "ENAMETOOLONG": "the name is too long",
        "other": "system error",
    },
}


def os_error_reason(error: OSError | int | None, lang: Lang) -> str:
    """Why a file could not be read or written, from the error number (errno), in ``lang``."""
    import errno as errno_names

    number = error.errno if isinstance(error, OSError) else error
    name = errno_names.errorcode.get(number or 0, "other")
    table = OS_ERRORS[lang]
    return table.get(name, f"{table['other']} ({name})")


# Roster file problems (RosterError.code), with the roster's own words (names, fields) as parameters.
ROSTER_ERRORS: dict[Lang, dict[str, str]] = {
    "es": {
        "not_object": "un roster es un objeto JSON con 'people' y 'allow'",
        "people_not_list": "'people' debe ser una lista",
        "allow_not_list": "'allow' debe ser una lista de textos (teléfonos, correos, sitios web, @usuarios)",
        "person_not_object": "cada persona debe ser un objeto JSON (persona {index})",
        "no_name": "la persona {index} no tiene nombre (un texto no vacío en 'name')",
        "bad_role": "rol desconocido '{role}' para {name}; se espera uno de: {roles}",
        "not_strings": "'{field}' de {name} debe ser una lista de textos",
        "json": "no es JSON válido: error en la línea {line}, columna {column}",
    },
    "en": {
        "not_object": "a roster is a JSON object with 'people' and 'allow'",
        "people_not_list": "'people' must be a list",
        "allow_not_list": "'allow' must be a list of strings (phones, e-mails, websites, @handles)",
        "person_not_object": "each person must be a JSON object (person {index})",
        "no_name": "person {index} has no name (a non-empty string in 'name')",
        "bad_role": "unknown role '{role}' for {name}; expected one of: {roles}",
        "not_strings": "'{field}' of {name} must be a list of strings",
        "json": "not valid JSON: error at line {line}, column {column}",
    },
}


def roster_error_text(code: str, params: dict[str, object], lang: Lang) -> str:
    return ROSTER_ERRORS[lang][code].format(**params)


# Photo problems (PhotoError.code); {path} is the photo's name, {detail} a number, size or path.
PHOTO_ERRORS: dict[Lang, dict[str, str]] = {
    "es": {
        "not_an_image": "{path}: no es una imagen que se pueda leer.",
        "empty": "{path}: el archivo está vacío.",
        "truncated": "{path}: la imagen está incompleta (archivo cortado); no se escribió nada.",
        "too_many_pixels": "{path}: la imagen es demasiado grande ({detail}); el límite es 60 megapíxeles.",
        "file_too_big": "{path}: el archivo pesa {detail}; el límite es 60 MB.",
        "animated": "{path}: es una imagen animada ({detail}); Resguardo solo limpia fotos fijas.",
        "not_found": "No se encontró: {path}",
        "unreadable": "No se pudo leer {detail}",
        "would_overwrite": "{path}: la salida sobrescribiría el original; use --overwrite si es lo que quiere.",
        "one_output_many_inputs": "-o es para una sola foto ({detail} encontradas); use --out-dir.",
        "face_model_missing": (
            "Falta el archivo del modelo de rostros que viene con resguardo, o su SHA-256 no coincide; "
            "reinstale resguardo: {detail}"
        ),
        "ocr_model_missing": "Faltan los modelos de texto (paquete rapidocr): {detail}",
        "bad_output_format": "Formato de salida no válido: {detail}",
        "no_photos": "No se encontraron fotos en: {detail}",
        "unwritable": "No se pudo escribir {detail}",
        "failed": "{path}: no se pudo limpiar la foto ({detail})",
    },
    "en": {
        "not_an_image": "{path}: not an image that can be read.",
        "empty": "{path}: the file is empty.",
        "truncated": "{path}: the image is truncated; nothing was written.",
        "too_many_pixels": "{path}: the image is too large ({detail}); the limit is 60 megapixels.",
        "file_too_big": "{path}: the file is {detail}; the limit is 60 MB.",
        "animated": "{path}: an animated image ({detail}); Resguardo sanitizes still photos only.",
        "not_found": "Not found: {path}",
        "unreadable": "Could not read {detail}",
        "would_overwrite": "{path}: the output would overwrite the original; add --overwrite if that is what you want.",
        "one_output_many_inputs": "-o takes a single photo ({detail} found); use --out-dir.",
        "face_model_missing": (
            "The face model file shipped with resguardo is missing, or its SHA-256 does not match; "
            "reinstall resguardo: {detail}"
        ),
        "ocr_model_missing": "The text models are missing (rapidocr package): {detail}",
        "bad_output_format": "Invalid output format: {detail}",
        "no_photos": "No photos found in: {detail}",
        "unwritable": "Could not write {detail}",
        "failed": "{path}: could not sanitize ({detail})",
    },
}


class _PhotoProblem(Protocol):
    code: str

    def detail_in(self, lang: Lang) -> str: ...


def lang_from_environment() -> Lang:
    """The user's language from the locale variables (LC_ALL, LC_MESSAGES, LANG, LANGUAGE): es or en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def photo_error_text(error: _PhotoProblem, lang: Lang, source: object = "") -> str:
    """A photo the sanitizer refused, said in ``lang`` (every client: CLI, web, API)."""
    table = PHOTO_ERRORS[lang]
    detail = error.detail_in(lang)
    if error.code not in table:
        return table["failed"].format(path=source, detail=error.code)
    return table[error.code].format(path=source, detail=detail)
