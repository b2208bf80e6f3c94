"""The check benchmark's data (inside the child, after django.setup()): the generated agency with WhatsApp
accounts, API tokens, consents and contact rules for 20 caseworkers, and the ~500-character messages each
client sends about its own cases."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.harness.agency import generate

CLIENTS = 20


def prepare(n_cases: int, n_people: int) -> dict[str, Any]:
    """The agency, accounts, tokens, consents and contact rules; returns what the clients need."""
    from django.utils import timezone

    from resguardo.casework.catalog import approve_defaults, seed_platforms
    from resguardo.casework.models import (
        AgencyAccount,
        ApiToken,
        Consent,
        ContactPoint,
        ContactRule,
        Person,
        Platform,
        Role,
        User,
    )

    made = generate(n_cases, n_people, seed=6)
    agency_id = made["agency_id"]
    seed_platforms()
    admin = User.objects.get(username="admin")
    approve_defaults(admin.agency, admin)
    whatsapp = Platform.objects.get(slug="whatsapp")
    rng = random.Random(6)
    now = timezone.now()
    today = timezone.localdate()

    consents: list[Consent] = []
    consent_kinds = {"active": 0, "expired": 0, "none": 0}
    for pk, first, last in (
        Person.objects.filter(case__agency_id=agency_id)
        .exclude(role="child")
        .order_by("id")
        .values_list("id", "first_name", "last_name")
    ):
        roll = rng.random()
        if roll < 0.05:
            consent_kinds["none"] += 1
            continue
        expired = roll < 0.10
        consent_kinds["expired" if expired else "active"] += 1
        consents.append(
            Consent(
                person_id=pk,
                platform=whatsapp,
                purpose="messaging",
                given_by_name=f"{first} {last}",
                given_on=today - dt.timedelta(days=rng.randint(30, 700)),
                expires_on=today - dt.timedelta(days=rng.randint(1, 20)) if expired else None,
                approved_by=admin,
                approved_at=now,
                recorded_by=admin,
            )
        )
    Consent.objects.bulk_create(consents, batch_size=2000)

    # Caseworkers spread over the units: two per unit, twenty clients.
    by_unit: dict[int, list[User]] = {}
    for user in User.objects.filter(agency_id=agency_id, role=Role.CASEWORKER).order_by("unit_id", "id"):
        by_unit.setdefault(user.unit_id, []).append(user)
    chosen = [u for users in by_unit.values() for u in users[:2]]
    chosen += [u for users in by_unit.values() for u in users[2:]]
    chosen = chosen[:CLIENTS]
    assert len(chosen) == CLIENTS, f"only {len(chosen)} caseworkers"

    rules = 0
    clients = []
    for i, user in enumerate(chosen):
        account = AgencyAccount.objects.create(
            agency_id=agency_id,
            platform=whatsapp,
            owner=user,
            identifier=f"(213) 555-{1000 + i:04}",
            registered_by=admin,
        )
        _, key = ApiToken.issue(user, "check benchmark")
        cases = []
        for case in user.assigned_cases.filter(status="open").order_by("number"):
            people = list(case.people.order_by("id"))
            contacts: dict[int, dict[str, list[str]]] = {}
            for cp in ContactPoint.objects.filter(person__case=case).order_by("id"):
                contacts.setdefault(cp.person_id, {}).setdefault(cp.kind, []).append(cp.value)
            children = [p for p in people if p.is_child]
            adults = [p for p in people if not p.is_child]
            if children and len(adults) > 1 and rng.random() < 0.15:
                ContactRule.objects.create(
                    child=children[0],
                    other_person=adults[-1],
                    rule=rng.choice(["not_allowed", "supervised"]),
                    channel="all",
                    valid_from=today - dt.timedelta(days=90),
                    reason="Plan del caso",
                    created_by=user,
                )
                rules += 1
            cases.append(
                {
                    "id": case.pk,
                    "lang": people[0].preferred_language if people else "es",
                    "people": [
                        {
                            "id": p.pk,
                            "first": p.first_name,
                            "last": p.last_name,
                            "child": p.is_child,
                            "age": p.age_on(today),
                            **contacts.get(p.pk, {}),
                        }
                        for p in people
                    ],
                }
            )
        clients.append({"username": user.username, "key": key, "account_id": account.pk, "cases": cases})
    return {
        "generated": {k: v for k, v in made.items() if k != "agency_id"},
        "agency_id": agency_id,
        "consents": consent_kinds,
        "contact_rules": rules,
        "clients": clients,
    }


# -- messages ----------------------------------------------------------------------------------------------

SENTENCES = {
    "es": [
        "Hola {to}, le escribo para confirmar la visita del {day} a las {hour} con {child}.",
        "{child} está muy contento en la {school} y la maestra dice que va mejorando en lectura.",
        "Recuerde que la audiencia de {child_full} es el {day}; llegue quince minutos antes, por favor.",
        "Si necesita transporte, llámeme al {phone} y lo organizamos con tiempo.",
        "La visita será en {address}, como la vez pasada; traiga la tarjeta de vacunación de {child}.",
        "{child} tiene cita con la terapeuta el {day}; la psicóloga pidió que usted también asista.",
        "Ya llegó el medicamento para el asma de {child}; se lo entregamos en la próxima visita.",
        "Le mando el horario de la semana: escuela por la mañana y tareas por la tarde.",
        "Gracias por mandar las fotos de la tarea; {child} trabajó muy bien esta semana.",
        "La abuela {other} también puede venir el {day} si usted está de acuerdo.",
        "Por favor avíseme si cambió su número; el que tengo es el {phone}.",
        "Mañana paso por los documentos firmados para el juzgado; no se preocupe si falta alguno.",
        "El plan de la semana incluye una llamada con {child} el {day} después de clases.",
        "Saludos a {other}; nos vemos pronto y cualquier duda me escribe por aquí.",
    ],
    "en": [
        "Hi {to}, I am writing to confirm the visit on {day} at {hour} with {child}.",
        "{child} is doing well at {school} and the teacher says reading is getting better.",
        "Remember that {child_full}'s hearing is on {day}; please arrive fifteen minutes early.",
        "If you need a ride, call me at {phone} and we will set it up in time.",
        "The visit will be at {address} like last time; please bring {child}'s vaccination card.",
        "{child} has a therapy appointment on {day}; the psychologist asked you to come too.",
        "The asthma medication for {child} arrived; we will bring it to the next visit.",
        "Here is the plan for the week: school in the morning and homework in the afternoon.",
        "Thanks for sending the homework photos; {child} worked really hard this week.",
        "Grandma {other} can also come on {day} if that works for you.",
        "Please tell me if your number changed; the one I have is {phone}.",
        "I will pick up the signed papers for the court tomorrow; do not worry if one is missing.",
        "This week's plan includes a call with {child} on {day} after school.",
        "Say hi to {other}; see you soon, and message me here with any question.",
    ],
}
DAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
}


def message(case: dict[str, Any], rng: random.Random, length: int = 500) -> tuple[str, list[int]]:
    """A ~500-character message about this case, and 1-2 recipients (adults, or a teenager)."""
    lang = "en" if case["lang"] == "en" else "es"
    people = case["people"]
    children = [p for p in people if p["child"]] or people
    adults = [p for p in people if not p["child"]] or people
    teens = [p for p in children if p["child"] and (p["age"] or 0) >= 13]
    pool = adults + teens
    recipients = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2])))
    child = rng.choice(children)
    other = rng.choice(people)
    values = {
        "to": recipients[0]["first"],
        "child": child["first"],
        "child_full": f"{child['first']} {child['last']}",
        "other": other["first"],
        "school": (child.get("school") or ["la escuela"])[0],
        "phone": next((p["phone"][0] for p in adults if p.get("phone")), "(213) 555-0100"),
        "address": next((p["address"][0] for p in adults if p.get("address")), "la oficina"),
    }
    sentences = SENTENCES[lang]
    parts = [sentences[0], *rng.sample(sentences[1:], k=len(sentences) - 1)]
    text = ""
    for part in parts:
        values["day"] = rng.choice(DAYS[lang])
        values["hour"] = f"{rng.randint(9, 17)}:{rng.choice(['00', '30'])}"
        sentence = part.format(**values)
        if len(text) + len(sentence) + 1 > length + 30:
            continue
        text = f"{text} {sentence}".strip()
        if len(text) >= length - 30:
            break
    return text, [p["id"] for p in recipients]


def bodies(client: dict[str, Any], count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        case = rng.choice(client["cases"])
        text, recipients = message(case, rng)
        out.append(
            {
                "text": text,
                "case_id": case["id"],
                "recipient_ids": recipients,
                "account_id": client["account_id"],
                "purpose": "messaging",
            }
        )
    return out
