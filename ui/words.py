"""The window's words for the core's codes: statuses, priorities, durations, the clock, and
the sentence for a failure.

Each word is a literal `QCoreApplication.translate("Words", …)` call, so that
`pyside6-lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventcenter.errors import UserError
from eventcenter.state.model import Measure, Request
from eventcenter.timefmt import STOCKHOLM, format_duration, now_utc


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


def sealed_party() -> str:
    return QCoreApplication.translate("Words", "confidential sender")


def unreadable() -> str:
    """A sealed field the passphrase cannot open (damaged, or sealed to another key)."""
    return QCoreApplication.translate("Words", "cannot be opened")


def measure_title(m: Measure) -> str:
    """A measure's title as the window shows it: the title, or that it is sealed or cannot
    be opened."""
    if "title" in m.unreadable:
        return f"{sealed_measure()}: {unreadable()}"
    return m.title if m.title is not None else sealed_measure()


def request_text(r: Request) -> str:
    if "text" in r.unreadable:
        return f"{sealed_request()}: {unreadable()}"
    return r.text if r.text is not None else sealed_request()


def request_party(r: Request) -> str:
    if "from" in r.unreadable:
        return unreadable()
    return r.from_party if r.from_party is not None else sealed_party()


def clock_now() -> str:
    """The Stockholm wall clock to the second ("23:40:05"): the status bar's clock and the
    time a line was saved, read from the core's one clock."""
    return now_utc().astimezone(STOCKHOLM).strftime("%H:%M:%S")


def failure(error: BaseException, sentence: str) -> str:
    """What people read when work failed: the core's own sentence for a `UserError` (already
    in their language), else `sentence` (translated, with %1) naming the cause, so that a
    full disk or a bug is reported in words rather than hidden."""
    if isinstance(error, UserError):
        return str(error)
    return sentence.replace("%1", str(error) or type(error).__name__)
