"""manage.py clean_orphan_files [--dry-run] [--older-than MINUTES] [--lang es|en]: remove the temporary files a
killed process or a rolled-back transaction left (uploads, attachments, signed forms, sanitized photos) and list
the complete files no record points to, which are kept. See ``resguardo.records.orphans``. Exit code 0.
With --verbosity 0 (as at `resguardo serve` start-up) it prints only when it removed or found something."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from resguardo.engine.messages import lang_from_environment
from resguardo.records.orphans import DEFAULT_AGE, clean_orphan_files


def _shown(path: Path) -> str:
    for root in (Path(settings.MEDIA_ROOT), Path(settings.DATA_DIR)):
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return str(path)


class Command(BaseCommand):
    help = "Remove temporary files left by interrupted writes; list complete files no record points to."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be removed.")
        parser.add_argument(
            "--older-than",
            type=float,
            default=DEFAULT_AGE / 60,
            metavar="MINUTES",
            help="Only temporary files older than this (default: %(default)s minutes).",
        )
        parser.add_argument("--lang", choices=["es", "en"], help="Language of the output (default: from LANG).")

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options.get("dry_run"))
        report = clean_orphan_files(older_than=max(0.0, options["older_than"]) * 60, dry_run=dry_run)
        quiet = options.get("verbosity", 1) == 0  # at `serve` start-up: speak only when there is news
        with translation.override(options.get("lang") or lang_from_environment()):
            if report.media_skipped:
                self.stderr.write(
                    _("The database is not ready (run `resguardo migrate`), so uploaded files were not checked.")
                )
            n = len(report.removed)
            if quiet and not n and not report.unreferenced:
                return
            if dry_run:
                summary = ngettext(
                    "%(n)s temporary file would be removed.", "%(n)s temporary files would be removed.", n
                )
            else:
                summary = ngettext("%(n)s temporary file removed.", "%(n)s temporary files removed.", n)
            self.stdout.write(summary % {"n": n})
            for path in report.removed:
                self.stdout.write("  " + _shown(path))
            if report.unreferenced:
                kept = len(report.unreferenced)
                self.stdout.write(
                    ngettext(
                        "%(n)s complete file that no record entry or consent points to was kept; check it before "
                        "deleting anything:",
                        "%(n)s complete files that no record entry or consent points to were kept; check them before "
                        "deleting anything:",
                        kept,
                    )
                    % {"n": kept}
                )
                for path in report.unreferenced:
                    self.stdout.write("  " + _shown(path))
