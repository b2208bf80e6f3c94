"""Synthetic social-media posts and messages for the NER model (Spanish, English, Spanglish).

Faker (es_MX, es_ES, en_US) fills templates written for this project.  Each slot records
its character span, so every generated example is exactly labelled.  Slots:

  {name}  full name        {first} first name      {nick} nickname/diminutive
  {last}  "Sr. Pérez"      {city} city             {addr} street address
  {school} school name     {org} hospital/court/clinic
Negative templates (agency announcements and tips) carry no slots: they teach the model
that generic child-welfare vocabulary is not a name or a place.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from faker import Faker

Example = tuple[str, list[tuple[int, int, str]]]

SLOT_LABELS = {
    "name": "PERSON",
    "first": "PERSON",
    "nick": "PERSON",
    "last": "PERSON",
    "first2": "PERSON",
    "city": "LOCATION",
    "addr": "ADDRESS",
    "school": "SCHOOL",
    "org": "ORGANIZATION",
}

ES_TEMPLATES = [
    "¡Qué orgullo! {first} ganó la feria de ciencias de la {school} 🏆",
    "Necesitamos hogar para {first}, de 11 años. Le encanta el fútbol.",
    "Buenas tardes {last}, la cita de {nick} se movió al jueves.",
    "mi hermanito {nick} está en {city} y lo extraño mucho 😢",
    "Fiesta sorpresa para {first} el sábado en {addr}. Confirmen por inbox",
    "{name} vive con una familia de acogida desde enero",
    "Hoy {first} y {first2} fueron al parque con su abuela 💕",
    "{first} ya entró a la {school}, estamos muy contentos",
    "Felicidades a {name} por su graduación de la {school} 🎓",
    "{last}, le recuerdo la visita del martes en {org}",
    "La mamá de {first} llamó desde {city}, dice que quiere verlo",
    "{nick} se cambió a la {school} en {city}",
    "Recojan a {first} en {addr} a las 5",
    "vamos a celebrar a {nick} en casa de {first2} 🎉🎉",
    "Lic. {lastonly} pidió el reporte de {first} antes del viernes",
    "{first} {lastonly} tiene consulta en {org} el lunes",
    "te extraño {nick} ❤️ ojalá te dejen venir a {city}",
    "{name} y su hermano {first2} ya están juntos otra vez",
    "Mañana llevo a {first} a la {school}, la maestra quiere hablar conmigo",
    "El equipo de la {school} ganó y {nick} metió dos goles ⚽",
    "oigan alguien conoce a {name}? vivía en {addr}",
    "Saludos desde {city}! {first} les manda besos",
    "la audiencia de {nick} es en el juzgado de {city}",
    "{first} está internado en {org}, recen por él 🙏",
    "Ya encontramos casa para {first} y {first2} en {city}",
    "Mi sobrina {first} cumple años y vive en {addr}",
    "Sra. {lastonly}, ¿puede traer a {nick} a las 4?",
    "acuerdense de {first} de la {school}, ahorita anda en {city}",
    "so proud of {first}!! sacó puro diez en la {school} 💯",
    "Hoy fue la visita de {first} con su papá en {org}",
]
EN_TEMPLATES = [
    "So proud of {first} for making honor roll at {school}! 🎉",
    "{name} has been in foster care since March and needs a forever home.",
    "Hi {last}, {nick}'s visit moved to Thursday at 3.",
    "Happy birthday to my little brother {nick}!! miss you so much",
    "Party for {first} this Saturday at {addr}, text me for details",
    "{first} and {first2} finally got to see each other at {org}",
    "Pick up {first} from {school} at 3:15 please",
    "Congrats to {name} on graduating from {school}!",
    "{nick} moved to {city} last week and started at {school}",
    "does anyone know {name}? used to live on {addr}",
    "{first} is staying at {org} tonight, please pray for her 🙏",
    "Shoutout to {first} {lastonly} for the winning goal for the {school} JV team",
    "Ms. {lastonly} asked for {first}'s report card",
    "miss u {nick} ❤️ hope they let you come back to {city}",
    "Mr. {lastonly} will bring {first} to the court in {city}",
    "{first} loves soccer and lives with his grandma in {city}",
    "We're so happy {first} and {first2} are together again",
    "Greetings from {city}! {nick} says hi",
    "Please keep {name} in your prayers, she is at {org}",
    "{first} got into {school}!! so proud 💯",
    "tell {nick} i said hi, we're moving to {addr}",
    "{first} goes to {school} and lives on {addr}",
    "Officer {lastonly} called about {first} yesterday",
    "my sister {first} is with a foster family in {city} now",
]
SPANGLISH_TEMPLATES = [
    "Happy birthday {nick}!! te queremos mucho 🎂",
    "{first} ya está en {school}, so proud of her",
    "omg {first} got into {school}, qué orgullo",
    "miss you {nick}, ojalá te vea pronto en {city}",
    "{first} y {first2} are finally together again 💕",
    "la party de {first} es en {addr}, see you there",
    "so my caseworker {first} dijo que ya casi",
    "{nick} se mudó a {city} last week",
]
NEGATIVE_TEMPLATES = [
    "Abril es el Mes de la Prevención del Abuso Infantil. Conozca las señales y cómo pedir ayuda.",
    "Cientos de niños en cuidado de crianza necesitan un hogar. ¿Podría ser el suyo?",
    "Taller gratuito para familias de acogida: cómo hablar con los niños sobre las redes sociales.",
    "May is National Foster Care Month. Thank you to every foster family in our community!",
    "Our offices will be closed on Monday for the holiday.",
    "Become a foster parent: info session Tuesday at 6 p.m. at the community center.",
    "Every child deserves a safe and loving home. Learn how you can help.",
    "¿Sabía que puede ser padre de acogida aunque rente su casa? Pregúntenos.",
    "Gracias a todas las familias que abrieron su hogar este año ❤️",
    "Tips for parents: talk with your kids about privacy settings and location sharing.",
    "Consejo: revise la configuración de privacidad de sus redes sociales cada mes.",
    "Join our support group for kinship caregivers every second Thursday.",
    "Las oficinas estarán cerradas el lunes por el día festivo.",
    "Feria de recursos para familias: sábado de 10 a 2, entrada libre.",
    "Adoption Day is coming! Celebrate with us and learn about adoption.",
    "Los adolescentes en cuidado de crianza necesitan mentores. ¡Inscríbase hoy!",
    "Report suspected child abuse or neglect. Call the hotline any time.",
    "Denuncie el maltrato infantil. Llame a la línea de ayuda las 24 horas.",
    "Back to school drive: we are collecting backpacks and school supplies.",
    "Campaña de útiles escolares: done mochilas y cuadernos para niños en acogida.",
    "New training for caseworkers on social media safety next month.",
    "El programa de vida independiente ayuda a jóvenes de 16 a 21 años.",
    "Thank you to our volunteers and mentors for a wonderful year!",
    "Respite care gives foster parents a break. Ask your licensing worker.",
]
NICKNAMES = [
    "Chuy",
    "Lalo",
    "Paco",
    "Pepe",
    "Memo",
    "Lupita",
    "Juanito",
    "Anita",
    "Toño",
    "Nacho",
    "Pancho",
    "Beto",
    "Luchito",
    "Maru",
    "Robbie",
    "Billy",
    "Katie",
    "Danny",
    "Mikey",
    "Jenny",
]
ES_SCHOOLS = [
    "Escuela Primaria {hero}",
    "Secundaria Técnica {n}",
    "Secundaria {hero}",
    "Preparatoria {n}",
    "Kínder {hero}",
    "Jardín de Niños {hero}",
    "Colegio {hero}",
    "Primaria {hero}",
    "Escuela Secundaria General {n}",
    "Guardería {saint}",
    "Instituto {hero}",
    "CEIP {hero}",
]
EN_SCHOOLS = [
    "{sur} Elementary",
    "{sur} Middle School",
    "{sur} High School",
    "{sur} Middle",
    "{sur} High",
    "{sur} Academy",
    "{sur} Elementary School",
    "St. {sur} School",
    "{sur} Preschool",
    "{sur} Junior High",
]
ES_ORGS = [
    "Hospital General de {city}",
    "Hospital Infantil {hero}",
    "Clínica {hero}",
    "Juzgado Familiar de {city}",
    "Centro de Salud {hero}",
    "DIF de {city}",
    "Cruz Roja de {city}",
]
EN_ORGS = [
    "{city} General Hospital",
    "{sur} Children's Hospital",
    "{city} Juvenile Court",
    "{sur} Family Clinic",
    "St. {sur} Medical Center",
    "{city} County Jail",
]
HEROES = [
    "Benito Juárez",
    "Miguel Hidalgo",
    "Emiliano Zapata",
    "Sor Juana",
    "José María Morelos",
    "Niños Héroes",
    "Cuauhtémoc",
    "Vicente Guerrero",
    "Gabriela Mistral",
    "Rosario Castellanos",
]
SAINTS = ["San José", "Santa María", "Los Pinitos", "Arcoíris", "Pequeños Pasos"]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in ("es_MX", "es_ES", "en_US")}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)

    def faker(self, lang: str) -> Faker:
        if lang == "en":
            return self.fakers["en_US"]
        return self.fakers[self.rng.choice(["es_MX", "es_MX", "es_ES"])]

    def slot(self, name: str, lang: str) -> str:
        f, r = self.faker(lang), self.rng
        if name in ("first", "first2"):
            return f.first_name()
        if name == "name":
            if lang == "es" and r.random() < 0.6:
                return f"{f.first_name()} {f.last_name()} {f.last_name()}"
            return f"{f.first_name()} {f.last_name()}"
        if name == "nick":
            return r.choice(NICKNAMES) if r.random() < 0.6 else f.first_name()
        if name == "lastonly":
            return f.last_name()
        if name == "last":
            title = r.choice(["Sr.", "Sra.", "señora", "Lic."] if lang == "es" else ["Mr.", "Ms.", "Mrs."])
            return f"{title} {f.last_name()}"
        if name == "city":
            return f.city()
        if name == "addr":
            return self.address(f, lang)
        if name == "school":
            return self.school(lang)
        if name == "org":
            template = r.choice(EN_ORGS if lang == "en" else ES_ORGS)
            return template.format(city=f.city(), hero=r.choice(HEROES), sur=f.last_name())
        raise KeyError(name)

    def address(self, f: Faker, lang: str) -> str:
        r = self.rng
        if lang == "en":
            return f.street_address() if r.random() < 0.7 else f"{f.street_address()}, {f.city()}"
        kind = r.choice(["Calle", "Av.", "Avenida", "C/", "Calzada", "Privada", "Andador"])
        base = f"{kind} {f.last_name()} {r.randint(1, 3000)}"
        if r.random() < 0.3:
            base += f", Col. {f.last_name()}"
        if r.random() < 0.2:
            base += f", depto {r.randint(1, 40)}"
        return base

    def school(self, lang: str) -> str:
        r = self.rng
        template = r.choice(EN_SCHOOLS if lang == "en" else ES_SCHOOLS)
        return template.format(
            hero=r.choice(HEROES),
            n=r.randint(1, 120),
            saint=r.choice(SAINTS),
            sur=self.fakers["en_US"].last_name(),
        )

    def fill(self, template: str, lang: str) -> Example:
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        lower = self.rng.random() < 0.15  # informal: people type names in lower case
        for match in re.finditer(r"\{(\w+)\}|[^{]+", template):
            slot = match.group(1)
            if slot is None:
                piece = match.group(0)
            else:
                piece = self.slot(slot, lang)
                if lower and slot in ("first", "first2", "nick", "name"):
                    piece = piece.lower()
                label = SLOT_LABELS.get(slot, "PERSON")
                # "Sr. Pérez": the title is context, only the surname is the name.
                skip = piece.index(" ") + 1 if slot == "last" else 0
                spans.append((pos + skip, pos + len(piece), label))
            out.append(piece)
            pos += len(piece)
        text = "".join(out)
        spans = _merge_adjacent(text, spans)
        if lower and self.rng.random() < 0.5:
            text = text.lower()
        return text, spans


def _merge_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'{first} {lastonly}' is one name, not two."""
    merged: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if merged and merged[-1][2] == label and text[merged[-1][1] : start] == " ":
            merged[-1] = (merged[-1][0], end, label)
        else:
            merged.append((start, end, label))
    return merged


def generate(n: int, seed: int = 13) -> Iterator[Example]:
    gen = Generator(seed)
    pools = [("es", ES_TEMPLATES), ("en", EN_TEMPLATES), ("es", SPANGLISH_TEMPLATES)]
    for i in range(n):
        if i % 6 == 5:
            yield gen.rng.choice(NEGATIVE_TEMPLATES), []
            continue
        lang, pool = gen.rng.choices(pools, weights=[0.45, 0.4, 0.15])[0]
        yield gen.fill(gen.rng.choice(pool), lang)


if __name__ == "__main__":
    for text, spans in generate(20):
        print(text, [(text[s:e], lbl) for s, e, lbl in spans])
