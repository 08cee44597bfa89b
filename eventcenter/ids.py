"""Ids: how one is made, and what a person may type for one.

Every id is 32 hex digits, made by the writer before it writes (`new_id`), so a retried save
cannot make a second copy. A person may type the whole id or a unique prefix of it as printed
in lists: hex digits only, at least MIN_PREFIX of them, in either case; anything else is
refused with `bad_id` before the file is read (`lookup.find_id` matches prefixes).
"""

from __future__ import annotations

import re
import uuid

MIN_PREFIX = 4
_HEX = re.compile(r"[0-9a-f]+")


def new_id() -> str:
    """A globally unique record id (made before the write, so a retry reuses it)."""
    return uuid.uuid4().hex


def id_prefix(ref: str | None) -> str | None:
    """The hex prefix a person typed, lower-cased and stripped; None if it is not one."""
    key = (ref or "").strip().lower()
    return key if len(key) >= MIN_PREFIX and _HEX.fullmatch(key) else None
