"""E-mail addresses, web addresses and social media handles."""

from __future__ import annotations

import re

from ..types import Candidate, FindingType, Lang

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-])")
# Domain labels are at most 63 characters and a host has a few of them: bounded repeats keep the
# search linear ("a.a.a.a…" made every position try every later dot: 12 s for 20,000 characters).
_URL = re.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|org|net|gob|gov|edu|mx|es|us|io|me|ly|gl|tv|app)"
    r"/[^\s<>\"')\]]*"
)
# @name on every platform; a dot inside is allowed (Instagram, TikTok), not at the end.
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_TRAILING = ".,;:!?"


class EmailDetector:
    name = "email.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        return [Candidate(m.start(), m.end(), FindingType.EMAIL, 0.95, self.name) for m in _EMAIL.finditer(text)]


class UrlDetector:
    name = "url.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        out = []
        for m in _URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in _TRAILING:
                end -= 1
            out.append(Candidate(m.start(), end, FindingType.URL, 0.8, self.name))
        return out


class HandleDetector:
    name = "handle.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        return [Candidate(m.start(), m.end(), FindingType.HANDLE, 0.85, self.name) for m in _HANDLE.finditer(text)]
