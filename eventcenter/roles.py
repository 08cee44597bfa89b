"""Who may do what: the one place that decides it.

A coordinator logs, decides, marks an entry confidential afterwards (and lifts the mark)
and, with the passphrase, opens confidential text; a liaison
officer logs and answers the police's requests but sits in the police's staff room and never
sees confidential text (DESIGN §3); a reader follows and writes nothing. The window, the sign-in
and the command line ask here instead of comparing role names themselves.
"""

from __future__ import annotations

ROLES = ("coordinator", "liaison", "reader")  # the order the sign-in offers them
_WRITERS = frozenset({"coordinator", "liaison"})
_UNLOCKERS = frozenset({"coordinator"})


def may_write(role: str) -> bool:
    """Whether someone signed in with `role` may write entries and change the state."""
    return role in _WRITERS


def may_unlock(role: str) -> bool:
    """Whether `role` may open confidential text with the passphrase."""
    return role in _UNLOCKERS


def may_mark_confidential(role: str) -> bool:
    """Whether `role` may mark an entry confidential afterwards, or lift such a mark."""
    return role in _UNLOCKERS
