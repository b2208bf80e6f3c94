"""manage.py verify_record [--agency NAME] [--lang es|en] [--no-files]: recompute the communication record's
hash chain. Prints, per agency, "intact" or where it breaks and why. Exit code 0 when every chain is
intact, 1 when one is broken, 2 when the agency does not exist."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from resguardo.casework.models import Agency
from resguardo.engine.messages import lang_from_environment
from resguardo.records.chain import verify_chain


class Command(BaseCommand):
    help = "Verify the communication record's hash chain (exit code 0 intact, 1 broken)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--agency", help="Only this agency (its exact name).")
        parser.add_argument("--lang", choices=["es", "en"], help="Language of the output (default: from LANG).")
        parser.add_argument("--no-files", action="store_true", help="Do not re-hash attachment files.")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options.get("lang") or lang_from_environment()
        with translation.override(lang):
            agencies = Agency.objects.order_by("name")
            if options.get("agency"):
                agencies = agencies.filter(name=options["agency"])
                if not agencies.exists():
                    self.stderr.write(_("No agency is named %(name)s.") % {"name": options["agency"]})
                    raise SystemExit(2)
            broken = False
            for agency in agencies:
                result = verify_chain(agency, check_files=not options.get("no_files"))
                values = {
                    "agency": agency.name,
                    "n": result.checked,
                    "seq": result.last_seq,
                    "hash": result.last_hash,
                    "files": result.files_checked,
                }
                if result.ok:
                    self.stdout.write(
                        _(
                            "%(agency)s: intact. %(n)s entries, %(files)s attachment files; head: "
                            "entry %(seq)s, hash %(hash)s"
                        )
                        % values
                    )
                else:
                    broken = True
                    self.stdout.write(
                        _("%(agency)s: BROKEN at entry %(seq)s. %(why)s")
                        % {**values, "seq": result.broken_seq, "why": result.explanation()}
                    )
                    self.stdout.write("  " + result.detail)
            if broken:
                raise SystemExit(1)
