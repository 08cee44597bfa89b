"""Errors a person caused and can fix.

The core says *what* went wrong as a code with parameters; the command line and the window
turn the code into a sentence in the user's language (see `messages.py`). A `UserError` is
always raised before anything is written, so the event file is unchanged by it.
"""

from __future__ import annotations

from typing import Any

from eventcenter.messages import describe


class UserError(Exception):
    """A mistake in what a person asked for: bad input, an unknown name, a refused change."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return describe(self.code, self.params)
