"""Sentences for what needs attention (`eventcenter.state.needs_attention.Concern`), shared by the
attention column and the dashboard. Each is a literal `QCoreApplication.translate` call, so
that `pyside6-lupdate` finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventcenter.state.needs_attention import Concern
from ui import words

SHORT = 60


def _short(text: str | None, sealed_word: str, unreadable: bool = False) -> str:
    if unreadable:
        return words.unreadable()
    if text is None:
        return sealed_word
    line = " ".join(text.split())
    return line if len(line) <= SHORT else line[:SHORT].rsplit(" ", 1)[0] + " …"


def _party(detail: dict) -> str:
    """Who a request is from, or that it is sealed or cannot be opened."""
    if "from" in detail.get("unreadable", ()):
        return f"({words.unreadable()})"
    return words.sealed_party() if detail.get("from") is None else detail["from"]


def concern_text(concern: Concern) -> str:
    """One line: what, how long, which."""
    waited = words.duration(concern.minutes * 60)
    unreadable = concern.detail.get("unreadable", ())
    party = _party(concern.detail)
    if concern.code == "unacknowledged_request":
        text = QCoreApplication.translate("Concerns", "Request from %1, %2 without "
                                                      "acknowledgement: %3")
        return text.replace("%1", party).replace("%2", waited).replace(
            "%3", _short(concern.title, words.sealed_request(), "text" in unreadable))
    if concern.code == "unanswered_request":
        text = QCoreApplication.translate("Concerns", "Request from %1 unanswered for %2: %3")
        return text.replace("%1", party).replace("%2", waited).replace(
            "%3", _short(concern.title, words.sealed_request(), "text" in unreadable))
    if concern.code == "stale_measure":
        text = QCoreApplication.translate("Concerns", "No update for %1: %2")
        return text.replace("%1", waited).replace(
            "%2", _short(concern.title, words.sealed_measure(), "title" in unreadable))
    if concern.code == "clash":
        text = QCoreApplication.translate("Concerns", "To resolve after sync: %1 (%2)")
        return text.replace("%1", concern.title or concern.ref).replace(
            "%2", clash_rule(concern.detail.get("rule", "")))
    return concern.code


def clash_rule(rule: str) -> str:
    if rule == "duplicate_callsign":
        return QCoreApplication.translate("Concerns", "the call sign was added twice")
    if rule == "duplicate_place":
        return QCoreApplication.translate("Concerns", "the place was added twice")
    if rule == "double_acknowledgement":
        return QCoreApplication.translate("Concerns", "acknowledged on two laptops")
    if rule == "double_response":
        return QCoreApplication.translate("Concerns", "answered differently on two laptops")
    if rule == "concurrent_status":
        return QCoreApplication.translate("Concerns", "status changed on two laptops at once")
    return rule


def concern_target(concern: Concern) -> tuple[str, str] | None:
    """(view name, object key) the concern is about, to go to it."""
    if concern.code in ("unacknowledged_request", "unanswered_request"):
        return "requests", concern.ref
    if concern.code == "stale_measure":
        return "measures", concern.ref
    return None
