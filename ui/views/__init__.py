"""The tabs of the main window, in order. To add one: write a `View` subclass in this
package (see `base.py`) and add its class to `VIEWS`; the window does the rest (tab, Ctrl+N
shortcut, refresh on changes, past moment, screenshots)."""

from __future__ import annotations

from ui.views.base import View
from ui.views.contacts_view import ContactsView
from ui.views.journal_view import JournalView
from ui.views.measures_view import MeasuresView
from ui.views.now_view import NowView
from ui.views.requests_view import RequestsView
from ui.views.units_view import UnitsView

VIEWS: list[type[View]] = [JournalView, MeasuresView, RequestsView, UnitsView, ContactsView,
                           NowView]


def ordered_for(role: str) -> list[type[View]]:
    """The views in the order a role's layout shows them: those a role puts first (by their
    `first_rank`: the liaison officer's requests, then measures), then the rest."""
    first = sorted((v for v in VIEWS if role in v.first_for_roles),
                   key=lambda v: getattr(v, "first_rank", 0))
    return first + [v for v in VIEWS if v not in first]
