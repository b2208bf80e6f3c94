"""The agency's own public contacts (the roster's allow list), recognised however they are written:
the phone with dots, spaces or +1, a handle in another case, a page on the agency's own site."""

from __future__ import annotations

import re

from ..textutil import fold
from ..types import FindingType
from .people import digits

# Words of a call to action around a contact ("DM us @Agency", "visítanos en agency.org"): a model
# span made of them and an allowed contact is the contact.
_CALL_TO_ACTION = frozenset(
    (
        "dm dms pm us me follow siguenos sigue visit visita visitanos call llama llamanos text textea "
        "escribe escribenos escribanos email mail correo info more mas at en a al or o on in to and y via "
        "por para contact contacto contactanos reach find encuentranos link bio tag etiqueta message "
        "mensaje mandanos send"
    ).split()
)
_CONTACT = re.compile(r"[@#]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.]+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")
_PHONE_TEXT = re.compile(r"\+?[\d(][\d\s().-]{6,}\d")
_WORD = re.compile(r"[^\W_]+")
_TRAILING = ".,;:!?)]}'\"”’"


def url_key(value: str) -> str:
    value = fold(value.strip()).rstrip(_TRAILING)
    value = re.sub(r"^(?:[a-z]+://|mailto:)", "", value)
    value = re.sub(r"^www\.", "", value)
    return value.rstrip("/")


def _phone_digits(value: str) -> str:
    """Digits of a phone without an extension ("555-0100 ext. 2")."""
    return digits(re.split(r"(?i)\b(?:ext|x)\.?\s*\d", value)[0])


class AllowList:
    def __init__(self, items: list[str]) -> None:
        self.phones: set[str] = set()
        self.texts: set[str] = set()
        self.handles: set[str] = set()
        for item in items:
            if sum(c.isdigit() for c in item) >= 7 and not re.search(r"[a-z]{3}", item.lower()):
                self.phones.add(digits(item))
            elif item.startswith("@"):
                self.handles.add(fold(item).rstrip(_TRAILING))
            else:
                self.texts.add(url_key(item))
        self.local_phones = {p[-7:] for p in self.phones}

    def allowed(self, text: str, type_: FindingType) -> bool:
        if type_ == FindingType.PHONE:
            return self._phone(text)
        if type_ in (FindingType.EMAIL, FindingType.URL):
            return self._url(text)
        if type_ == FindingType.HANDLE:
            return self._handle(text)
        return self._contact_span(text)

    def _phone(self, text: str) -> bool:
        number = _phone_digits(text)
        if number in self.phones:
            return True
        # "call 555-0100": the agency's number without its area code.
        return len(number) == 7 and number in self.local_phones

    def _handle(self, text: str) -> bool:
        key = fold(text.strip()).rstrip(_TRAILING)
        return key in self.handles or ("@" + key) in self.handles

    def _url(self, text: str) -> bool:
        key = url_key(text)
        if key in self.texts:
            return True
        # A page of an allowed site: "agency.org/donate" when the list holds "https://www.agency.org".
        return any(key.startswith(site + sep) for site in self.texts if "@" not in site for sep in "/?#")

    def _contact_span(self, text: str) -> bool:
        """A model's name or organisation span made of an allowed contact and words of a call to action
        ("DM us @Agency", "@AGENCY")."""
        if not (self.handles or self.texts or self.phones):
            return False
        found = False
        rest = text
        for m in _CONTACT.finditer(text):
            token = m.group(0)
            if self._handle(token) or self._url(token):
                found = True
                rest = rest.replace(token, " ")
        for m in _PHONE_TEXT.finditer(text):
            if self._phone(m.group(0)):
                found = True
                rest = rest.replace(m.group(0), " ")
        return found and all(fold(w) in _CALL_TO_ACTION for w in _WORD.findall(rest))
