"""Small factories for test events."""

from __future__ import annotations

from pathlib import Path

from eventcenter.event_file import EventFile
from eventcenter.new_event import create_event

PASSPHRASE = "korrekt häst batteri"


def make_event(tmp_path: Path, template: str = "valborg", name: str = "Valborg 2027",
               filename: str = "valborg.event") -> EventFile:
    """A new event file with the given template, created by operator Anna."""
    return create_event(tmp_path / filename, template, name, PASSPHRASE, operator="Anna")
