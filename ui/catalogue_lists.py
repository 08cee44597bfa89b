"""The event's catalogue (places, categories, call signs) for completion and filters,
read on a worker and kept until the catalogue changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from eventcenter.catalogue import reading as catalogue
from eventcenter.catalogue.codes import code_names
from eventcenter.changes import Changes
from eventcenter.event_file import EventFile
from ui.tasks import Tasks

TOPICS = ("catalogue", "places", "units")


@dataclass(frozen=True)
class CatalogueLists:
    places: list[str] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)  # code → name
    callsigns: list[str] = field(default_factory=list)
    organisations: dict[str, str] = field(default_factory=dict)  # code → name
    measure_types: dict[str, str] = field(default_factory=dict)
    contact_functions: dict[str, str] = field(default_factory=dict)

    def contact_names(self) -> dict[str, str]:
        """Function and organisation codes → names, as contacts show them."""
        return {**self.organisations, **self.contact_functions}


def read_lists(event: EventFile) -> CatalogueLists:
    names = code_names(event)
    return CatalogueLists([p["name"] for p in catalogue.places(event)],
                          {c["code"]: c["name"] for c in catalogue.categories(event)},
                          catalogue.callsigns(event), names["organisations"],
                          names["measure_types"], names["contact_functions"])


class Catalogue(QObject):
    """Holds the latest lists; `updated` when they were read again."""

    updated = Signal(object)

    def __init__(self, event: EventFile, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.event_file, self.tasks = event, tasks
        self.lists = CatalogueLists()

    def load(self) -> None:
        self.tasks.run_task(lambda: read_lists(self.event_file), self._loaded, lambda _e: None)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*TOPICS):
            self.load()

    def _loaded(self, lists: CatalogueLists) -> None:
        self.lists = lists
        self.updated.emit(lists)
