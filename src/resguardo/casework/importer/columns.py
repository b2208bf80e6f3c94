"""The import's columns: canonical names, the header spellings accepted for each (English and Spanish), and
how a written header is matched to them."""

from __future__ import annotations

import re
import unicodedata

# Canonical column -> accepted header spellings (compared folded: lower case, no accents, "_" for spaces).
COLUMNS: dict[str, tuple[str, ...]] = {
    "case_number": (
        "case_number",
        "case",
        "case_no",
        "numero_caso",
        "numero_de_caso",
        "num_caso",
        "caso",
        "expediente",
        "numero_expediente",
    ),
    "unit": ("unit", "unidad"),
    "assigned_worker": (
        "assigned_worker",
        "worker",
        "caseworker",
        "trabajador_asignado",
        "trabajadora_asignada",
        "trabajador",
        "trabajadora",
        "asignado_a",
        "asignada_a",
    ),
    "case_status": ("case_status", "status", "estado_caso", "estado_del_caso", "estado"),
    "person_id": ("person_id", "id_persona", "persona_id", "identificador_persona"),
    "role": ("role", "rol", "papel", "parentesco"),
    "first_name": ("first_name", "given_name", "nombre", "nombres"),
    "last_name": ("last_name", "surname", "family_name", "apellido", "apellidos"),
    "aliases": ("aliases", "alias", "nicknames", "apodos", "sobrenombres", "otros_nombres"),
    "date_of_birth": ("date_of_birth", "dob", "birth_date", "fecha_nacimiento", "fecha_de_nacimiento"),
    "preferred_language": ("preferred_language", "language", "idioma", "idioma_preferido", "lengua"),
    "accessibility_needs": (
        "accessibility_needs",
        "accessibility",
        "necesidades_accesibilidad",
        "necesidades_de_accesibilidad",
        "accesibilidad",
    ),
    "connectivity": ("connectivity", "conectividad"),
    "addresses": ("addresses", "address", "direcciones", "direccion", "domicilios", "domicilio"),
    "schools": ("schools", "school", "escuelas", "escuela"),
    "phones": ("phones", "phone", "telefonos", "telefono"),
    "emails": ("emails", "email", "e_mails", "correos", "correo", "correos_electronicos", "correo_electronico"),
    "handles": ("handles", "social_handles", "social_media", "redes", "redes_sociales", "cuentas", "usuarios_redes"),
}
REQUIRED = ("case_number", "unit", "person_id", "role", "first_name")
# The Spanish name suggested for a missing required column.
SPANISH_NAMES = {
    "case_number": "numero_caso",
    "unit": "unidad",
    "person_id": "id_persona",
    "role": "rol",
    "first_name": "nombre",
}
CONTACT_COLUMNS: dict[str, str] = {  # column -> ContactPoint kind
    "addresses": "address",
    "schools": "school",
    "phones": "phone",
    "emails": "email",
    "handles": "handle",
}
PERSON_FIELDS: dict[str, str] = {  # column -> Person field (contact columns apart)
    "role": "role",
    "first_name": "first_name",
    "last_name": "last_name",
    "aliases": "aliases",
    "date_of_birth": "date_of_birth",
    "preferred_language": "preferred_language",
    "accessibility_needs": "accessibility_needs",
    "connectivity": "connectivity",
}


def fold(text: str) -> str:
    """Lower case without accents: 'Niña' -> 'nina', 'Número Caso' -> 'numero caso'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def header_key(text: str) -> str:
    return re.sub(r"[\s\-.]+", "_", fold(text.replace("\ufeff", ""))).strip("_")


HEADER_INDEX = {header_key(alias): column for column, aliases in COLUMNS.items() for alias in aliases}
