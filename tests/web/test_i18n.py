"""Spanish and English everywhere: the Spanish catalog translates every string of the web application,
the compiled catalog matches it, and pages come out in the language chosen."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.test import Client
from django.urls import reverse

import resguardo

ROOT = Path(resguardo.__file__).parent
LOCALE = ROOT / "web" / "locale" / "es" / "LC_MESSAGES"
SOURCES = [ROOT / "casework", ROOT / "web", ROOT / "api"]

TEMPLATE_STRING = re.compile(r"""\{%\s*translate\s+(["'])(.+?)\1""")
PYTHON_STRING = re.compile(r"""\b(?:_|gettext|gettext_lazy|pgettext)\(\s*"((?:[^"\\]|\\.)+)"\s*[,)]""")


def catalog():
    with (LOCALE / "django.po").open("rb") as fh:
        return read_po(fh, locale="es")


def source_strings() -> set[str]:
    found: set[str] = set()
    for folder in SOURCES:
        for path in folder.rglob("*.html"):
            found |= {m.group(2) for m in TEMPLATE_STRING.finditer(path.read_text(encoding="utf-8"))}
        for path in folder.rglob("*.py"):
            if "migrations" in path.parts:
                continue
            found |= {
                m.group(1).encode().decode("unicode_escape") if "\\" in m.group(1) else m.group(1)
                for m in PYTHON_STRING.finditer(path.read_text(encoding="utf-8"))
            }
    return found


def test_every_message_has_a_spanish_translation() -> None:
    untranslated = [
        m.id for m in catalog() if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))
    ]
    fuzzy = [m.id for m in catalog() if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


def test_catalog_is_up_to_date_with_the_source() -> None:
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog() if m.id}
    missing = sorted(s for s in source_strings() if s not in ids)
    assert missing == [], "run `make messages` and translate: " + "; ".join(missing[:20])


def test_compiled_catalog_matches_the_po_file() -> None:
    with (LOCALE / "django.mo").open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for message in catalog():
        if message.id and isinstance(message.id, str) and not message.pluralizable:
            assert compiled.gettext(message.id) == message.string, message.id


@pytest.mark.django_db
def test_pages_follow_the_chosen_language(worker, case_a) -> None:
    client = Client()
    client.force_login(worker)
    client.post(reverse("set_language"), {"language": "es", "next": "/cases/"})
    spanish = client.get(reverse("case_detail", args=[case_a.pk])).content.decode()
    assert 'lang="es"' in spanish and "Personas" in spanish and "Agregar una persona" in spanish
    client.post(reverse("set_language"), {"language": "en", "next": "/cases/"})
    english = client.get(reverse("case_detail", args=[case_a.pk])).content.decode()
    assert 'lang="en"' in english and "People" in english and "Add a person" in english
    worker.refresh_from_db()
    assert worker.preferred_language == "en"


@pytest.mark.django_db
def test_dates_are_localized(worker, case_a) -> None:
    client = Client()
    client.force_login(worker)
    person = case_a.people.get(first_name="Sofía")
    client.post(reverse("set_language"), {"language": "es"})
    assert "de marzo de 2015" in client.get(reverse("person_detail", args=[person.pk])).content.decode()
    client.post(reverse("set_language"), {"language": "en"})
    assert "March 14, 2015" in client.get(reverse("person_detail", args=[person.pk])).content.decode()
