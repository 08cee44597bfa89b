"""Swedish text handling for sorting, name look-ups and full-text search.

Why not the platform's locale or ICU: ``locale.strxfrm`` depends on which locales the
machine has (the municipality's Windows laptops and the Linux test machines differ),
and SQLite is usually built without ICU. So the Swedish alphabet is spelled out here
and registered into SQLite by ``register_collation``: the same order everywhere, in
Python lists and in ``ORDER BY ... COLLATE SWEDISH`` alike.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fts_query", "register_collation", "sort_key"]

_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Letters that are not plain accents in Swedish: they sort as another letter.
_SORTS_AS = {"ü": "y", "æ": "ä", "ø": "ö"}
# Weight bands: separators and symbols < digits < a-ö < other scripts.
_BAND = 0x200000  # above the largest code point
_SYMBOL, _DIGIT, _LETTER, _OTHER = (band * _BAND for band in range(4))


def _char_weight(char: str) -> int:
    """Primary weight of one case-folded character.

    Accents that Swedish ignores (é, à, ñ ...) are stripped by decomposing the letter
    and keeping its base; å, ä, ö are checked first because they are letters of their
    own (NFD would otherwise turn å into a + ring).
    """
    char = _SORTS_AS.get(char, char)
    if char not in _LETTER_RANK:
        base = unicodedata.normalize("NFD", char)[0]
        char = _SORTS_AS.get(base, base)
    if char in _LETTER_RANK:
        return _LETTER + _LETTER_RANK[char]
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return _DIGIT + digit
    if unicodedata.category(char)[0] == "L":
        return _OTHER + ord(char)
    return _SYMBOL + ord(char)


@lru_cache(maxsize=8192)
def _primary(text: str) -> tuple[int, ...]:
    """Cached because the SQLite collation asks for the same names over and over."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return tuple(_char_weight(char) for char in folded if not unicodedata.combining(char))


def sort_key(text: str) -> tuple[tuple[int, ...], str]:
    """Swedish collation key: ``sorted(names, key=sort_key)``.

    Case-insensitive a-z, then å ä ö; ü as y, é as e, æ as ä, ø as ö; digits before
    letters, spaces and punctuation before digits. Ties (e.g. "Bo" and "bo") are broken
    by the original string so the order is total and stable across runs.
    """
    return (_primary(text), text)


def fold(text: str) -> str:
    """Normalise a name for look-ups: NFC, surrounding whitespace stripped, case-folded.

    Why not SQLite's NOCASE: it folds ASCII only, so "ÅSA" and "åsa" would differ.
    NFC matters because macOS and some keyboards produce a + combining ring for å.
    """
    folded = unicodedata.normalize("NFC", text.strip()).casefold()
    return unicodedata.normalize("NFC", folded)


# NUL ends an FTS5 query string early ("unterminated string"); lone surrogates
# cannot be encoded for SQLite at all. Both are treated as spaces.
_UNSEARCHABLE = re.compile("[\x00\ud800-\udfff]")


def fts_query(user_text: str, prefix: bool = True) -> str | None:
    """Turn anything a user typed into a valid SQLite FTS5 MATCH expression.

    Every whitespace-separated token becomes a quoted FTS5 string, so operators
    (AND, NEAR, parentheses, colons, hyphens) lose their meaning and can never make
    the query invalid; the tokens are ANDed implicitly. With ``prefix`` the last
    token matches as a prefix (``"hår"*``) for search-as-you-type. Returns None
    when nothing but whitespace was typed.
    """
    tokens = _UNSEARCHABLE.sub(" ", user_text).split()
    if not tokens:
        return None
    quoted = ['"' + token.replace('"', '""') + '"' for token in tokens]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def _fold_or_pass(value: object) -> object:
    """``sv_fold`` in SQL: fold text, pass NULL, numbers and blobs through unchanged."""
    return fold(value) if isinstance(value, str) else value


def _compare(left: str, right: str) -> int:
    left_key, right_key = sort_key(left), sort_key(right)
    return (left_key > right_key) - (left_key < right_key)


def register_collation(
    dbapi_connection: sqlite3.Connection, _connection_record: object = None
) -> None:
    """Register collation ``SWEDISH`` and function ``sv_fold(text)`` on a connection.

    Must run on every new connection (SQLite keeps them per connection). The optional
    second argument lets this be passed straight to SQLAlchemy's ``"connect"`` event.
    """
    dbapi_connection.create_collation("SWEDISH", _compare)
    dbapi_connection.create_function("sv_fold", 1, _fold_or_pass, deterministic=True)
