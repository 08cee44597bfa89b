"""The tabs of the main window, in order. To add one: write a `View` subclass in this
package (see `base.py`) and add its class to `VIEWS`; the window does the rest (tab, Ctrl+N
shortcut, refresh on changes, past moment, screenshots)."""

from __future__ import annotations

from ui.views.base import View
from ui.views.journal_view import JournalView

VIEWS: list[type[View]] = [JournalView]


def ordered_for(role: str) -> list[type[View]]:
    """The views in the order a role's layout shows them (the liaison officer's first)."""
    first = [v for v in VIEWS if role in v.first_for_roles]
    return first + [v for v in VIEWS if v not in first]
