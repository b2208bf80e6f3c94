"""`manage import_platform_catalog`: the installation's operator imports a reviewed catalog file. Every fact
needs its source and check date; a bad file is refused whole with one line; the changes are shown; agencies'
own approvals and notes stay as they are."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from resguardo.casework.catalog import CATALOG_FILE, catalog_entries
from resguardo.casework.models import Platform, PlatformApproval

pytestmark = pytest.mark.django_db


def write_catalog(tmp_path: Path, entries: list[dict]) -> Path:
    path = tmp_path / "catalogo-revisado.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_platform_catalog", *args, "--lang", "en", stdout=out)
    return out.getvalue()


def reviewed(change: dict | None = None, slug: str = "whatsapp") -> list[dict]:
    entries = catalog_entries()
    for entry in entries:
        if entry["slug"] == slug and change:
            entry.update(change)
    return entries


def test_the_shipped_catalog_imports_unchanged() -> None:
    output = run(str(CATALOG_FILE))
    assert f"0 new, 0 changed, {len(catalog_entries())} unchanged" in output and "Imported." in output


def test_a_dry_run_shows_the_changes_and_saves_nothing(tmp_path: Path) -> None:
    sources = {**reviewed()[0]["sources"]}
    path = write_catalog(tmp_path, reviewed({"minimum_age": 16, "sources": sources}))
    output = run(str(path), "--dry-run")
    assert "Changed: whatsapp" in output and "minimum_age: 13 → 16" in output
    assert "1 changed" in output and "Dry run: nothing was saved." in output
    assert Platform.objects.get(slug="whatsapp").minimum_age == 13


def test_an_import_changes_the_facts_and_keeps_every_agencys_approvals_and_notes(
    tmp_path, agency, administrator
) -> None:
    from resguardo.casework.catalog import approve_defaults

    approve_defaults(agency, administrator)
    PlatformApproval.objects.filter(agency=agency, platform__slug="whatsapp").update(
        notes="Solo el número de la oficina"
    )
    new_platform = {**reviewed()[0], "slug": "nueva-app", "name": "Nueva App"}
    path = write_catalog(tmp_path, [*reviewed({"minimum_age": 16}), new_platform])
    output = run(str(path))
    assert "New platform: nueva-app (Nueva App)" in output and "Imported." in output
    assert Platform.objects.get(slug="whatsapp").minimum_age == 16
    assert Platform.objects.filter(slug="nueva-app").exists()
    approval = PlatformApproval.objects.get(agency=agency, platform__slug="whatsapp", purpose="messaging")
    assert approval.notes == "Solo el número de la oficina"


def test_platforms_left_out_of_the_file_are_kept_and_named(tmp_path: Path) -> None:
    path = write_catalog(tmp_path, [e for e in reviewed() if e["slug"] != "tiktok"])
    output = run(str(path), "--dry-run")
    assert "Not in the file, kept as they are: tiktok" in output
    run(str(path))
    assert Platform.objects.filter(slug="tiktok").exists()


@pytest.mark.parametrize(
    "problem, expected",
    [
        ({"sources": {}}, "the fact “hipaa_baa” needs a source"),
        ("no date", "needs a source (an https:// address) and the date it was checked"),
        ("http", "needs a source"),
        ({"hipaa_baa": "maybe"}, "Platform “whatsapp”: hipaa_baa:"),
        ({"hipaa": "yes"}, "unknown field “hipaa”"),
        ("twice", "appears twice"),
    ],
)
def test_a_bad_file_is_refused_whole_with_one_line(tmp_path: Path, problem, expected) -> None:
    entries = reviewed({"minimum_age": 16}, slug="doxy.me")  # a valid change that must not be saved either
    whatsapp = next(e for e in entries if e["slug"] == "whatsapp")
    if problem == "no date":
        del whatsapp["sources"]["retention"]["checked"]
    elif problem == "http":
        whatsapp["sources"]["retention"]["source"] = "http://example.org/"
    elif problem == "twice":
        entries.append(dict(whatsapp))
    else:
        whatsapp.update(problem)
    with pytest.raises(CommandError) as refused:
        run(str(write_catalog(tmp_path, entries)))
    message = str(refused.value)
    assert expected in message and "\n" not in message
    assert Platform.objects.get(slug="whatsapp").hipaa_baa == "no"
    assert Platform.objects.get(slug="doxy.me").minimum_age != 16


@pytest.mark.parametrize("content", ["{not json", '{"slug": "whatsapp"}', "[]"])
def test_a_file_that_is_not_a_catalog_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "roto.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match="is not a JSON list of platforms"):
        run(str(path))


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="File not found"):
        run(str(tmp_path / "nada.json"))


def test_the_command_line_refuses_a_bad_file_with_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    entries = reviewed({"hipaa_baa": "yes"})
    del entries[0]["sources"]["hipaa_baa"]
    path = write_catalog(tmp_path, entries)
    command = [
        sys.executable,
        "-m",
        "resguardo.cli.app",
        "manage",
        "import_platform_catalog",
        str(path),
        "--lang",
        "en",
    ]
    first = subprocess.run(
        [sys.executable, "-m", "resguardo.cli.app", "migrate"], env=env, capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stderr
    refused = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0
    assert refused.stderr.strip().count("\n") == 0 and "needs a source" in refused.stderr
    assert "Traceback" not in refused.stderr
