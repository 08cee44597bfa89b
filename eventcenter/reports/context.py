"""What one report build knows: the event, which version, when, and how far it has come.

`Progress` turns the work of a build into the `progress(done, total)` calls the window's
progress bar wants: `total` is fixed when the build starts, `done` only grows and ends equal
to `total`. Calls are thinned out so a 20,000-entry journal does not send 20,000 signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from eventcenter.event_file import EventFile
from eventcenter.messages import _
from eventcenter.reports.text import redact_phones
from eventcenter.timefmt import now_utc

ProgressCallback = Callable[[int, int], None]


@dataclass
class Progress:
    callback: ProgressCallback | None = None
    total: int = 1
    done: int = 0
    _reported: int = -1

    def advance(self, amount: int = 1) -> None:
        self.done = min(self.total, self.done + amount)
        step = max(1, self.total // 200)
        if self.callback and (self.done - self._reported >= step or self.done == self.total):
            self._reported = self.done
            self.callback(self.done, self.total)

    def share(self, units: int, parts: int) -> Callable[[int], None]:
        """A callback that spreads `units` of progress over `parts` steps of work."""
        state = {"parts": 0, "given": 0}

        def step(count: int) -> None:
            state["parts"] += count
            due = units * min(state["parts"], parts) // max(parts, 1)
            self.advance(due - state["given"])
            state["given"] = due

        return step

    def finish(self) -> None:
        self.advance(self.total - self.done)


@dataclass
class Report:
    """One build of one report of one event."""

    event: EventFile
    public: bool = False
    generated_at: datetime = field(default_factory=now_utc)
    at: datetime | None = None  # the state at this moment (situation report)
    progress: Progress = field(default_factory=Progress)

    @property
    def sealed(self) -> bool:
        """A full version made without the passphrase: confidential text stays sealed."""
        return not self.public and not self.event.unlocked

    def version(self) -> str:
        return _("public version") if self.public else _("full version")

    def clean(self, text: str | None) -> str | None:
        """User text as this version may print it: the public one shows no phone numbers."""
        if self.public:
            return redact_phones(text, _("[phone number]"))
        return text
