"""`resguardo manage import_caseload FILE [--agency NAME|ID] [--user USERNAME] [--dry-run] [--lang es|en]`:
the web page's CSV import from the command line (same checks, same all-or-nothing transaction)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from resguardo.casework.importer import import_csv
from resguardo.casework.models import Agency, User


class Command(BaseCommand):
    help = "Import a caseload CSV (one row per person) into an agency; --dry-run only checks and counts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--agency", help="agency name or id (optional when there is only one agency)")
        parser.add_argument("--user", help="user name recorded in the access log as the importer")
        parser.add_argument("--dry-run", action="store_true", help="check the file and show the counts; save nothing")
        parser.add_argument(
            "--lang",
            choices=["es", "en"],
            default="en" if os.environ.get("LANG", "").lower().startswith("en") else "es",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        translation.activate(options["lang"])
        agency = self._agency(options["agency"])
        user = None
        if options["user"]:
            user = User.objects.filter(agency=agency, username=options["user"]).first()
            if user is None:
                raise CommandError(_("Unknown user “%(user)s” in this agency.") % {"user": options["user"]})
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(_("File not found: %(path)s") % {"path": path})
        plan = import_csv(path, agency, user, dry_run=options["dry_run"], log_path=f"import_caseload {path.name}")
        if plan.file_error:
            raise CommandError(plan.file_error)
        for error in plan.errors:
            self.stderr.write(
                _("line %(line)s, %(column)s: %(message)s")
                % {"line": error.line, "column": error.column or "—", "message": error.message}
            )
        if plan.more_errors:
            self.stderr.write(_("…and %(n)s more problems.") % {"n": plan.more_errors})
        if not plan.ok:
            raise CommandError(_("%(n)s problems found: nothing was imported.") % {"n": plan.error_count})
        s = plan.summary
        self.stdout.write(
            _("Cases: %(new)s new, %(updated)s updated, %(same)s unchanged.")
            % {"new": s.cases_create, "updated": s.cases_update, "same": s.cases_unchanged}
        )
        self.stdout.write(
            _("People: %(new)s new, %(updated)s updated, %(same)s unchanged.")
            % {"new": s.people_create, "updated": s.people_update, "same": s.people_unchanged}
        )
        self.stdout.write(_("Imported.") if plan.applied else _("Dry run: nothing was saved."))

    def _agency(self, wanted: str | None) -> Agency:
        if wanted:
            found = Agency.objects.filter(pk=int(wanted)).first() if wanted.isdigit() else None
            found = found or Agency.objects.filter(name=wanted).first()
            if found is None:
                raise CommandError(_("Unknown agency “%(agency)s”.") % {"agency": wanted})
            return found
        agencies = list(Agency.objects.all()[:2])
        if len(agencies) != 1:
            raise CommandError(_("Say which agency with --agency (there are %(n)s).") % {"n": Agency.objects.count()})
        return agencies[0]
