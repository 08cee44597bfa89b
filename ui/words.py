"""The window's words for the core's codes: statuses, priorities and durations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventcenter.timefmt import format_duration


def _t(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def measure_status(code: str | None) -> str:
    words = {"planned": _t("planned"), "ongoing": _t("ongoing"), "done": _t("done"),
             "cancelled": _t("cancelled")}
    return words.get(code or "", code or "")


def request_status(code: str | None) -> str:
    words = {"pending": _t("not acknowledged"), "acknowledged": _t("acknowledged"),
             "answered": _t("answered"), "declined": _t("declined"), "closed": _t("closed")}
    return words.get(code or "", code or "")


def unit_status(code: str | None) -> str:
    words = {"available": _t("available"), "en-route": _t("en route"),
             "on-site": _t("on site"), "break": _t("break"), "off-duty": _t("off duty")}
    return words.get(code or "", code or "")


def priority(value: int | None) -> str:
    return {1: _t("1 high"), 2: _t("2"), 3: _t("3 low")}.get(value, "")


def duration(seconds: int | None) -> str:
    """"12 min", "1 h 05 min"; an empty string for nothing."""
    return "" if seconds is None else format_duration(max(seconds, 0))


def sealed_measure() -> str:
    return _t("confidential measure")


def sealed_request() -> str:
    return _t("confidential request")
