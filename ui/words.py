"""The window's words for the core's codes: statuses, priorities and durations.

Each word is a literal `QCoreApplication.translate("Words", …)` call, so that
`pyside6-lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventcenter.timefmt import format_duration


def measure_status(code: str | None) -> str:
    words = {
        "planned": QCoreApplication.translate("Words", "planned"),
        "ongoing": QCoreApplication.translate("Words", "ongoing"),
        "done": QCoreApplication.translate("Words", "done"),
        "cancelled": QCoreApplication.translate("Words", "cancelled"),
    }
    return words.get(code or "", code or "")


def request_status(code: str | None) -> str:
    words = {
        "pending": QCoreApplication.translate("Words", "not acknowledged"),
        "acknowledged": QCoreApplication.translate("Words", "acknowledged"),
        "answered": QCoreApplication.translate("Words", "answered"),
        "declined": QCoreApplication.translate("Words", "declined"),
        "closed": QCoreApplication.translate("Words", "closed"),
    }
    return words.get(code or "", code or "")


def unit_status(code: str | None) -> str:
    words = {
        "available": QCoreApplication.translate("Words", "available"),
        "en-route": QCoreApplication.translate("Words", "en route"),
        "on-site": QCoreApplication.translate("Words", "on site"),
        "break": QCoreApplication.translate("Words", "break"),
        "off-duty": QCoreApplication.translate("Words", "off duty"),
    }
    return words.get(code or "", code or "")


def duration(seconds: int | None) -> str:
    """"12 min", "1 h 05 min"; an empty string for nothing."""
    return "" if seconds is None else format_duration(max(seconds, 0))


def sealed_measure() -> str:
    return QCoreApplication.translate("Words", "confidential measure")


def sealed_request() -> str:
    return QCoreApplication.translate("Words", "confidential request")
