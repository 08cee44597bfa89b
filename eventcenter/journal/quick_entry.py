"""One typed line → the parts of a journal entry.

Syntax (documented in the README):
    @TV3            the unit with call sign TV3
    #ber            the category with code `ber` (or its name: #berusning, #borttappat_barn)
    !Resecentrum    the place Resecentrum (!stora_torget or !"Stora torget" for several words)
    ##, @@, !!      a literal #, @ or ! at the start of a word
A marker counts only at the start of a word, so an e-mail address stays text. A known place
named exactly in the text (Resecentrum: …) is recognised when it is the only one named; a
partial or unknown reference is an error that names the closest matches, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from eventcenter.errors import UserError
from eventcenter.lookup import place_names, resolve_category, resolve_place, resolve_unit
from eventcenter.swedish import fold

MARKERS = {"@": "unit", "#": "category", "!": "place"}
_TOKEN = re.compile(r'(?<!\S)([@#!])("[^"]*"|\S+)([ \t]*)')


@dataclass(frozen=True)
class QuickEntry:
    text: str
    unit: str | None = None
    category: str | None = None
    place: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. places named but not chosen


def parse(conn: Any, line: str) -> QuickEntry:
    """Resolve a line against the event's catalogue; raises UserError on a bad reference."""
    found: dict[str, str] = {}

    def take(match: re.Match[str]) -> str:
        marker, word = match.group(1), match.group(2)
        if word.startswith(marker):  # doubled marker: literal
            return word + match.group(3)
        kind = MARKERS[marker]
        name = word.strip('"').rstrip(":,.;")
        if kind in found:
            raise UserError("ambiguous_reference", name=name, candidates=[found[kind], name])
        found[kind] = _resolve(conn, kind, name)
        return ""

    text = _TOKEN.sub(take, line).strip()
    notes: tuple[str, ...] = ()
    if "place" not in found:
        named = named_places(conn, text)
        if len(named) == 1:
            found["place"] = named[0]
        elif named:
            notes = tuple(named)
    return QuickEntry(text, found.get("unit"), found.get("category"), found.get("place"), notes)


def _resolve(conn: Any, kind: str, name: str) -> str:
    resolver = {"unit": resolve_unit, "category": resolve_category, "place": resolve_place}
    return resolver[kind](conn, name)


def named_places(conn: Any, text: str) -> list[str]:
    """Known place names that stand as whole words in the text."""
    folded = fold(text)
    hits = []
    for name in place_names(conn):
        if re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded):
            hits.append(name)
    # A name inside a longer named place ("Fyrisån" in "Fyrisån vid Dombron") is not separate.
    return [h for h in hits if not any(h != o and fold(h) in fold(o) for o in hits)]
