"""Finding a contact as one types: every word typed must appear in the name, function,
organisation, phone or RAKEL talk group (case and å ä ö folded; digits also match a phone
written with spaces or dashes)."""

from __future__ import annotations

from datetime import datetime

from eventcenter.state.model import Contact
from eventcenter.swedish import fold


def _digits(text: str | None) -> str:
    return "".join(c for c in text or "" if c.isdigit())


def matches(contact: Contact, words: list[str], names: dict[str, str] | None = None) -> bool:
    names = names or {}
    parts = (contact.name, contact.function, names.get(contact.function or ""),
             contact.organisation, names.get(contact.organisation or ""), contact.phone,
             contact.rakel)
    haystack = fold(" ".join(p for p in parts if p))
    phone = _digits(contact.phone)
    for word in words:
        if word in haystack:
            continue
        if word.isdigit() and word in phone:
            continue
        return False
    return True


def search_contacts(event, query: str = "", *, on_duty: bool = False,
                    at: datetime | None = None, now: datetime | None = None,
                    names: dict[str, str] | None = None) -> list[Contact]:
    """Contacts by name (Swedish order) matching `query`; `on_duty`: only those on duty at
    the moment. `names` maps function and organisation codes to the names people type."""
    words = [fold(w) for w in (query or "").split()]
    found = event.read.state.contacts(at=at, now=now, on_duty=on_duty)
    return [c for c in found if matches(c, words, names)] if words else found
