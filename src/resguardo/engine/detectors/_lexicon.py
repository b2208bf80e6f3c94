"""Shared word lists: months and weekdays in both languages."""

from __future__ import annotations

MONTHS_ES = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    "|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic"
)
MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
MONTHS = f"{MONTHS_ES}|{MONTHS_EN}"
