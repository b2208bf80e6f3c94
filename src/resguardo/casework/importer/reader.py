"""Reading the upload: UTF-8 only, size and row limits, the delimiter sniffed from the header, the header mapped
to canonical columns, and the errors that make the whole file unreadable (ImportFileError) or one row of it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _

from resguardo.casework.importer.columns import HEADER_INDEX, REQUIRED, SPANISH_NAMES, header_key

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000


class ImportFileError(ValueError):
    """The file as a whole cannot be read (encoding, size, binary data, header)."""


@dataclass(frozen=True)
class BrokenRow:
    """A row that cannot be split into the header's columns; message says why."""

    message: str


def _spans_lines() -> str:
    return _(
        'This row runs over several lines: a quote (") is probably not closed. Values may not contain line breaks.'
    )


def _too_many_values() -> str:
    return _("This row has more values than the header has columns (a comma inside a value must be in quotes).")


def decode(data: bytes) -> str:
    """UTF-8 text (BOM removed), or ImportFileError saying where the file stops being UTF-8."""
    if not data or not data.strip():
        raise ImportFileError(_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            _("The file is larger than %(mb)s MB. Split it into smaller files.") % {"mb": MAX_BYTES // (1024 * 1024)}
        )
    if b"\x00" in data:
        raise ImportFileError(
            _("This is not a CSV text file: it contains binary data (NUL bytes). Export the caseload as CSV (UTF-8).")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            _(
                "The file is not UTF-8 text: line %(line)s, byte %(byte)s (0x%(hex)s) is not valid UTF-8. "
                "It was probably saved as Windows-1252 or Latin-1. Save it as “CSV UTF-8” and upload it again."
            )
            % {"line": line, "byte": exc.start + 1, "hex": f"{data[exc.start]:02X}"}
        ) from None


def sniff_delimiter(first_line: str) -> str:
    """Comma, semicolon (spreadsheets in Spanish locales) or tab: whichever splits the header into the
    most known columns."""
    best, best_known = ",", -1
    for delimiter in (",", ";", "\t"):
        known = sum(1 for cell in first_line.split(delimiter) if header_key(cell.strip(' "')) in HEADER_INDEX)
        if known > best_known:
            best, best_known = delimiter, known
    return best


class CsvRows:
    """Reads the CSV text into (line, {column: value}) with the header mapped to canonical columns; a row
    that cannot be split into columns comes as (line, BrokenRow)."""

    def __init__(self, text: str) -> None:
        first_line = text.split("\n", 1)[0]
        self.reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
        try:
            header = next(self.reader)
        except StopIteration:
            raise ImportFileError(_("The file is empty.")) from None  # e.g. only a byte-order mark
        except csv.Error as exc:
            raise ImportFileError(_("The header line cannot be read as CSV: %(error)s") % {"error": exc}) from None
        self.names: dict[str, str] = {}  # canonical column -> header as written
        self.positions: dict[str, int] = {}
        self.ignored: list[str] = []
        self._map_header(header)
        self.width = len(header)

    def _map_header(self, header: list[str]) -> None:
        duplicates: list[str] = []
        for i, raw in enumerate(header):
            written = raw.replace("\ufeff", "").strip()
            column = HEADER_INDEX.get(header_key(written))
            if column is None:
                if written:
                    self.ignored.append(written)
                continue
            if column in self.positions:
                duplicates.append(f"{self.names[column]} / {written}")
                continue
            self.positions[column] = i
            self.names[column] = written
        if duplicates:
            raise ImportFileError(
                _("These columns appear twice: %(columns)s. Keep one of each.") % {"columns": ", ".join(duplicates)}
            )
        missing = [c for c in REQUIRED if c not in self.positions]
        if missing:
            raise ImportFileError(
                _(
                    "Required columns are missing: %(missing)s. The first line must name the columns; accepted "
                    "names include %(examples)s."
                )
                % {"missing": ", ".join(missing), "examples": ", ".join(f"{c} / {SPANISH_NAMES[c]}" for c in missing)}
            )

    def __iter__(self) -> Iterator[tuple[int, dict[str, str] | BrokenRow]]:
        previous = self.reader.line_num
        count = 0
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(
                    _("Line %(line)s cannot be read as CSV: %(error)s") % {"line": self.reader.line_num, "error": exc}
                ) from None
            line, spanned, previous = previous + 1, self.reader.line_num - previous, self.reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if spanned > 1:
                # A value with a line break: in an export from a case-management system that is nearly
                # always a quote (") left open, which would swallow the following rows into one value.
                yield line, BrokenRow(_spans_lines())
                continue
            count += 1
            if count > MAX_ROWS:
                raise ImportFileError(
                    _("The file has more than %(max)s rows. Split it into smaller files.") % {"max": f"{MAX_ROWS:,}"}
                )
            if len(row) > self.width and any(cell.strip() for cell in row[self.width :]):
                yield line, BrokenRow(_too_many_values())
                continue
            yield line, {column: (row[i].strip() if i < len(row) else "") for column, i in self.positions.items()}
