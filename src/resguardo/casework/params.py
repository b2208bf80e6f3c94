"""Ids and dates from URLs and forms, parsed in one place so odd input is a 404 or a form error, never a 500.

`"²".isdigit()` is true and `int("²")` fails; `int("١٢")` is 12; a 30-digit id overflows the database's
integer; 9999-12-31 plus a day, or in another time zone, overflows Python's dates. Only ASCII digits
name a record, and dates stay within years the application can compute with.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_ID = 2**63 - 1  # the largest database integer: larger numbers name nothing
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
_ASCII_ID = re.compile(r"[0-9]{1,19}")


def parse_id(value: Any) -> int | None:
    """The id written in value (ASCII digits, 1 to 2**63 - 1), or None for anything else."""
    text = value if isinstance(value, str) else str(value) if isinstance(value, int) else ""
    if not _ASCII_ID.fullmatch(text):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def validate_date_range(value: dt.date | dt.datetime | None) -> None:
    if value is None:
        return
    day = value.date() if isinstance(value, dt.datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            _("Give a date between %(earliest)s and %(latest)s."),
            params={"earliest": EARLIEST_DATE.year, "latest": LATEST_DATE.year},
            code="date_range",
        )


class BoundedDateField(forms.DateField):
    default_validators = [validate_date_range]


class BoundedDateTimeField(forms.DateTimeField):
    default_validators = [validate_date_range]

    def to_python(self, value: Any) -> dt.datetime | None:
        try:
            return super().to_python(value)
        except OverflowError:  # a date at the edge of the calendar made aware in the current time zone
            raise ValidationError(
                _("Give a date between %(earliest)s and %(latest)s."),
                code="date_range",
                params={"earliest": EARLIEST_DATE.year, "latest": LATEST_DATE.year},
            ) from None
