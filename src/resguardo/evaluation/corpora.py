"""Loaders for the evaluation corpora (MEDDOCAN BRAT, WNUT-17 CoNLL, cw-dev JSONL).

Every loader yields :class:`GoldDoc` with gold spans already mapped to Resguardo's
finding types.  Labels that are outside the product's vocabulary are dropped and
listed in ``MEDDOCAN_EXCLUDED`` so reports can say so.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# MEDDOCAN label -> Resguardo finding type.
MEDDOCAN_LABELS: dict[str, str] = {
    "NOMBRE_SUJETO_ASISTENCIA": "PERSON",
    "NOMBRE_PERSONAL_SANITARIO": "PERSON",
    "CALLE": "ADDRESS",
    "TERRITORIO": "LOCATION",
    "PAIS": "LOCATION",
    "FECHAS": "DATE",
    "EDAD_SUJETO_ASISTENCIA": "AGE",
    "NUMERO_TELEFONO": "PHONE",
    "NUMERO_FAX": "PHONE",
    "CORREO_ELECTRONICO": "EMAIL",
    "ID_SUJETO_ASISTENCIA": "ID",
    "ID_TITULACION_PERSONAL_SANITARIO": "ID",
    "ID_ASEGURAMIENTO": "ID",
    "ID_CONTACTO_ASISTENCIAL": "ID",
    "ID_EMPLEO_PERSONA": "ID",
    "HOSPITAL": "ORGANIZATION",
    "INSTITUCION": "ORGANIZATION",
    "CENTRO_SALUD": "ORGANIZATION",
}
# Sex ("H", "varón"), relation words ("madre"), professions: not personal
# identifiers in this product's conventions (cw-dev README: relation words are not PERSON).
MEDDOCAN_EXCLUDED = (
    "SEXO_SUJETO_ASISTENCIA",
    "FAMILIARES_SUJETO_ASISTENCIA",
    "PROFESION",
    "OTROS_SUJETO_ASISTENCIA",
)
WNUT_LABELS: dict[str, str] = {
    "person": "PERSON",
    "location": "LOCATION",
    "corporation": "ORGANIZATION",
}


@dataclass
class GoldSpan:
    start: int
    end: int
    type: str


@dataclass
class GoldDoc:
    id: str
    text: str
    lang: str
    spans: list[GoldSpan] = field(default_factory=list)
    audience: str = "public"
    expected: str | None = None


def shared_data_dir() -> Path:
    """Where ../shared/data lives; RESGUARDO_SHARED_DATA overrides."""
    env = os.environ.get("RESGUARDO_SHARED_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path("../shared/data")


def load_meddocan(split_dir: Path) -> Iterator[GoldDoc]:
    for txt in sorted(split_dir.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans: list[GoldSpan] = []
        ann = txt.with_suffix(".ann")
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _tid, info, _surface = line.split("\t", 2)
            label, *offsets = info.split(" ")
            mapped = MEDDOCAN_LABELS.get(label)
            if mapped is None:
                continue
            # Discontinuous BRAT spans look like "10 15;20 25": keep the outer range.
            numbers = " ".join(offsets).replace(";", " ").split()
            spans.append(GoldSpan(int(numbers[0]), int(numbers[-1]), mapped))
        yield GoldDoc(id=txt.stem, text=text, lang="es", spans=spans)


def load_wnut(path: Path, labels: dict[str, str] | None = None) -> Iterator[GoldDoc]:
    """Rebuild each post's text by joining tokens with single spaces."""
    labels = WNUT_LABELS if labels is None else labels
    tokens: list[tuple[str, str]] = []
    n = 0

    def build() -> GoldDoc:
        parts: list[str] = []
        spans: list[GoldSpan] = []
        pos = 0
        current: GoldSpan | None = None
        for word, tag in tokens:
            start = pos
            parts.append(word)
            pos += len(word)
            kind = tag[2:] if len(tag) > 2 else ""
            mapped = labels.get(kind)
            if tag.startswith("B-") and mapped:
                current = GoldSpan(start, pos, mapped)
                spans.append(current)
            elif tag.startswith("I-") and mapped and current is not None:
                current.end = pos
            else:
                current = None
            parts.append(" ")
            pos += 1
        return GoldDoc(id=f"wnut-{n}", text="".join(parts).rstrip(" "), lang="en", spans=spans)

    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield build()
                    n += 1
                    tokens = []
                continue
            word, _, tag = line.partition("\t")
            tokens.append((word, tag.strip() or "O"))
    if tokens:
        yield build()


def load_jsonl(path: Path) -> Iterator[GoldDoc]:
    """cw-dev style JSON Lines: id, lang, audience, text, spans, expected."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            yield GoldDoc(
                id=row["id"],
                text=row["text"],
                lang=row.get("lang", "es"),
                spans=[GoldSpan(s["start"], s["end"], s["type"]) for s in row.get("spans", [])],
                audience=row.get("audience", "public"),
                expected=row.get("expected"),
            )
