"""The CLI's own words in Spanish and English."""

from __future__ import annotations

from rich.console import Console

from ..engine import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "no_input": {
        "es": "No hay texto que revisar: escriba el texto, use '-' para leer de la entrada estándar, --file o --jsonl.",
        "en": "Nothing to scan: give the text, '-' to read standard input, --file or --jsonl.",
    },
    "empty": {
        "es": "El texto está vacío: no hay nada que revisar.",
        "en": "The text is empty: there is nothing to scan.",
    },
    "too_many_inputs": {
        "es": "Indique solo una entrada: el texto, --file o --jsonl.",
        "en": "Give only one input: the text, --file or --jsonl.",
    },
    "not_found": {"es": "No se encontró el archivo: {path}", "en": "File not found: {path}"},
    "unreadable": {"es": "No se pudo leer {path}: {error}", "en": "Could not read {path}: {error}"},
    "binary": {
        "es": "{path} parece un archivo binario, no texto (contiene bytes nulos).",
        "en": "{path} looks like a binary file, not text (it contains NUL bytes).",
    },
    "encoding": {
        "es": "{path} no es UTF-8 válido (byte {position}); indique la codificación con --encoding, p. ej. latin-1.",
        "en": "{path} is not valid UTF-8 (byte {position}); give its encoding with --encoding, e.g. latin-1.",
    },
    "unknown_encoding": {"es": "Codificación desconocida: {encoding}", "en": "Unknown encoding: {encoding}"},
    "too_long": {
        "es": "El texto tiene {length} caracteres; el límite es {limit}. Divídalo en partes o use --jsonl.",
        "en": "The text has {length} characters; the limit is {limit}. Split it or use --jsonl.",
    },
    "too_big": {
        "es": "{path} pesa {size} MB; el límite para --file es {limit} MB. Use --jsonl para lotes grandes.",
        "en": "{path} is {size} MB; the limit for --file is {limit} MB. Use --jsonl for large batches.",
    },
    "roster_invalid": {"es": "El roster {path} no es válido: {error}", "en": "The roster {path} is not valid: {error}"},
    "bad_json_at": {"es": "JSON no válido (columna {column})", "en": "invalid JSON (column {column})"},
    "model_missing": {
        "es": "Falta el modelo de reconocimiento de nombres: {error}",
        "en": "The name recognition model is missing: {error}",
    },
    "jsonl_bad_line": {"es": "Línea {line} de {path}: {error}", "en": "Line {line} of {path}: {error}"},
    "jsonl_skipped": {
        "es": 'Se omitieron {count} líneas con errores (ver los objetos "error" en la salida).',
        "en": '{count} lines with errors were skipped (see the "error" objects in the output).',
    },
    "bad_json": {"es": "JSON no válido ({error})", "en": "invalid JSON ({error})"},
    "not_object": {"es": "se esperaba un objeto JSON", "en": "expected a JSON object"},
    "no_text_field": {"es": 'falta el campo "text" (texto)', "en": 'missing the "text" field (a string)'},
    "bad_field": {"es": 'valor no válido para "{field}": {value}', "en": 'invalid value for "{field}": {value}'},
    "line_encoding": {"es": "no es UTF-8 válido", "en": "not valid UTF-8"},
    "photo_metadata": {"es": "Metadatos eliminados", "en": "Metadata removed"},
    "photo_no_metadata": {"es": "La foto no traía metadatos.", "en": "The photo carried no metadata."},
    "photo_gps": {
        "es": "La foto revelaba su ubicación: {lat}, {lon} (eliminada)",
        "en": "The photo revealed where it was taken: {lat}, {lon} (removed)",
    },
    "photo_faces": {
        "es": "Rostros: {count} encontrados, {blurred} difuminados",
        "en": "Faces: {count} found, {blurred} blurred",
    },
    "verdict": {"es": "Veredicto", "en": "Verdict"},
    "findings": {"es": "Hallazgos", "en": "Findings"},
    "redacted": {"es": "Versión sin datos personales", "en": "Redacted version"},
    "no_findings": {"es": "No se encontró información personal.", "en": "No personal information found."},
    "col_type": {"es": "Tipo", "en": "Type"},
    "col_text": {"es": "Texto", "en": "Text"},
    "col_severity": {"es": "Nivel", "en": "Level"},
    "col_reason": {"es": "Motivo", "en": "Reason"},
    "col_who": {"es": "Persona", "en": "Person"},
    "language": {"es": "Idioma del texto", "en": "Text language"},
    "demo_title": {
        "es": "Demostración: publicaciones revisadas con el roster de ejemplo",
        "en": "Demo: posts checked against the sample roster",
    },
}


def t(key: str, lang: Lang, **kwargs: object) -> str:
    return MESSAGES[key][lang].format(**kwargs)


def error_console() -> Console:
    """stderr for errors: never wrapped at the terminal's (or Rich's default 80) width."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def say(console: Console, message: str) -> None:
    """One error, one line: line breaks inside (a file name, a library's text) become spaces."""
    console.print(" ".join(message.split("\n")).replace("\r", " "), markup=False, soft_wrap=True)
