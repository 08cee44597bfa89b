"""Small factories for test events."""

from __future__ import annotations

from pathlib import Path

from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.new_event.create import create_event

PASSPHRASE = "korrekt häst batteri"


def make_event(tmp_path: Path, template: str = "valborg", name: str = "Valborg 2027",
               filename: str = "valborg.event") -> EventFile:
    """A new event file with the given template, created by operator Anna."""
    return create_event(tmp_path / filename, template, name, PASSPHRASE, operator="Anna")


CREATOR = Device("0" * 32, "Skaparens dator")


def make_pristine(folder: Path) -> Path:
    """A new, closed Valborg event file made by a laptop of its own (CREATOR). Creating an
    event costs a key derivation; tests that need many fresh events copy this one instead."""
    path = folder / "valborg.event"
    create_event(path, "valborg", "Valborg 2027", PASSPHRASE, operator="Anna",
                 device=CREATOR).close()
    return path


def fill(path: Path, records: int, device: Device | None = None) -> None:
    """Log `records` plain journal lines into the closed event at `path`, in large write
    transactions (a few thousand a second): a file big enough for a slow part to be seen."""
    from eventcenter.store.records import Draft

    with EventFile.open(path, device or Device("c" * 32, "Fyllaren")) as event:
        for start in range(0, records, 2000):
            event.write([Draft("entry.logged", {"text": f"Rad {n}: fem berusade vid "
                                                f"Resecentrum, TV3 på plats",
                                                "place": "Resecentrum"}, "Anna")
                         for n in range(start, min(records, start + 2000))])
