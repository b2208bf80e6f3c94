"""`resguardo manage import_platform_catalog FILE.json [--dry-run] [--lang es|en]`: the installation's
operator replaces the platform catalog's facts (shared by every agency) with a reviewed file.

The file has the shape of the seed catalog (src/resguardo/casework/data/platforms.json): a list of
platforms, each with its facts and, for every fact, where it came from and when it was checked. The whole
file is checked first; one bad platform refuses the file with a one-line error and nothing changes. The
changes are shown field by field; with --dry-run nothing is saved. Platforms missing from the file are kept
(agencies' approvals and accounts point at them). Agencies' own approvals and notes are never touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from resguardo.casework.catalog import FACT_FIELDS
from resguardo.casework.models import Platform

EDITABLE = tuple(f.name for f in Platform._meta.concrete_fields if f.name not in ("id", "updated_at"))
SHOWN = 60  # characters of a long text shown in the list of changes


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _fact_is_sourced(sources: Any, fact: str) -> bool:
    entry = sources.get(fact) if isinstance(sources, dict) else None
    if not isinstance(entry, dict) or not str(entry.get("source", "")).startswith("https://"):
        return False
    try:
        checked = dt.date.fromisoformat(str(entry.get("checked", "")))
    except ValueError:
        return False
    return checked <= dt.date.today()


def read_catalog(path: Path) -> list[dict[str, Any]]:
    """The file's platforms, each checked; raises CommandError (one line, the user's language) otherwise."""
    if not path.is_file():
        raise CommandError(_("File not found: %(path)s") % {"path": path})
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CommandError(
            _("%(path)s is not a JSON list of platforms (%(error)s).") % {"path": path.name, "error": exc}
        ) from None
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
        raise CommandError(
            _("%(path)s is not a JSON list of platforms (%(error)s).")
            % {"path": path.name, "error": _("expected a list of objects")}
        )
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        slug = entry.get("slug")
        # Identifiers are the engine's names ("doxy.me"), not Django slugs: any short word without spaces.
        if not isinstance(slug, str) or not slug or len(slug) > 40 or any(c.isspace() for c in slug):
            raise CommandError(_("Platform number %(n)s has no identifier (slug).") % {"n": number})
        if slug in seen:
            raise CommandError(_("Platform “%(slug)s” appears twice.") % {"slug": slug})
        seen.add(slug)
        unknown = sorted(set(entry) - set(EDITABLE))
        if unknown:
            raise CommandError(
                _("Platform “%(slug)s”: unknown field “%(field)s”.") % {"slug": slug, "field": unknown[0]}
            )
        for fact in FACT_FIELDS:
            if not _fact_is_sourced(entry.get("sources"), fact):
                raise CommandError(
                    _(
                        "Platform “%(slug)s”: the fact “%(fact)s” needs a source (an https:// "
                        "address) and the date it was checked."
                    )
                    % {"slug": slug, "fact": fact}
                )
    return entries


def _platform_from(entry: dict[str, Any], existing: Platform | None) -> Platform:
    platform = existing or Platform()
    for field, value in entry.items():
        setattr(platform, field, value)
    try:
        platform.full_clean(exclude=["slug"])  # checked in read_catalog
    except ValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        raise CommandError(
            _("Platform “%(slug)s”: %(field)s: %(message)s")
            % {"slug": entry["slug"], "field": field, "message": " ".join(messages)}
        ) from None
    return platform


class Command(BaseCommand):
    help = "Import a reviewed platform catalog (JSON, every fact with its source and date); --dry-run only shows it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="check the file and show the changes; save nothing")
        parser.add_argument(
            "--lang",
            choices=["es", "en"],
            default="en" if os.environ.get("LANG", "").lower().startswith("en") else "es",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        translation.activate(options["lang"])
        entries = read_catalog(options["file"])
        current = {p.slug: p for p in Platform.objects.all()}
        changed: list[Platform] = []
        counts = {"new": 0, "changed": 0, "same": 0}
        for entry in entries:
            existing = current.get(entry["slug"])
            before = {f: getattr(existing, f) for f in entry} if existing else {}
            platform = _platform_from(entry, existing)
            if existing is None:
                counts["new"] += 1
                self.stdout.write(
                    _("New platform: %(slug)s (%(name)s)") % {"slug": platform.slug, "name": platform.name}
                )
                changed.append(platform)
                continue
            diffs = [(f, before[f], entry[f]) for f in entry if before[f] != entry[f]]
            if not diffs:
                counts["same"] += 1
                continue
            counts["changed"] += 1
            self.stdout.write(_("Changed: %(slug)s") % {"slug": platform.slug})
            for field, old, new in diffs:
                self.stdout.write(f"  {field}: {_short(old)} → {_short(new)}")
            changed.append(platform)
        missing = sorted(set(current) - {e["slug"] for e in entries})
        if missing:
            self.stdout.write(_("Not in the file, kept as they are: %(slugs)s") % {"slugs": ", ".join(missing)})
        self.stdout.write(_("Platforms: %(new)s new, %(changed)s changed, %(same)s unchanged.") % counts)
        if options["dry_run"]:
            self.stdout.write(_("Dry run: nothing was saved."))
            return
        with transaction.atomic():
            for platform in changed:
                platform.save()
        self.stdout.write(_("Imported."))
