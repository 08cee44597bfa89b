"""A table model over a short list of immutable values (measures, requests, units, contacts).

The working state's lists are dozens to a few thousand objects, read whole on a worker and
handed over at once; sorting them in Python is cheap. (The journal, which can hold half a
million entries, is paged instead: `paged.py`.) A new list replaces the old in one reset, and
`key_of` lets the view keep the chosen row on the same object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ListTableModel(QAbstractTableModel):
    """Subclasses set `headers()`, `display(item, column)` and may give `sort_key`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- what subclasses give ----------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def key_of(self, item: Any) -> str:
        return item.id

    def sort_key(self, item: Any, column: int) -> Any:
        return self.display(item, column)

    def extra(self, item: Any, column: int, role: int) -> Any:
        """Other roles (colours, fonts, tool tips); None for Qt's default."""
        return None

    # -- the list ------------------------------------------------------------------------------

    def set_items(self, items: Sequence) -> None:
        items = list(items)
        if self._sort is not None:
            items = self._sorted(items, *self._sort)
        key_of = self.key_of
        if [key_of(i) for i in items] == [key_of(i) for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(items) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> list:
        return list(self._items)

    def item(self, row: int) -> Any | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, key: str | None) -> int | None:
        if key is None:
            return None
        for row, item in enumerate(self._items):
            if self.key_of(item) == key:
                return row
        return None

    def find(self, predicate: Callable[[Any], bool]) -> int | None:
        return next((r for r, item in enumerate(self._items) if predicate(item)), None)

    # -- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            # Qt's own answer, never None from Python (see journal_model.headerData).
            return super().headerData(section, orientation, role)
        return self.headers()[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == ITEM_ROLE:
            return item
        return self.extra(item, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self.key_of(self._items[i.row()]) if i.row() < len(self._items) else None
                for i in before]
        self._items = self._sorted(self._items, column, order)
        rows = {self.key_of(item): r for r, item in enumerate(self._items)}
        self.changePersistentIndexList(
            before, [self.index(rows[k], i.column()) if k in rows else QModelIndex()
                     for k, i in zip(keys, before, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, items: list, column: int, order: Qt.SortOrder) -> list:
        reverse = order == Qt.SortOrder.DescendingOrder
        key = self.sort_key  # looked up once: an attribute of a Qt object costs microseconds
        return sorted(items, key=lambda item: _comparable(key(item, column)), reverse=reverse)


def _comparable(value: Any) -> tuple:
    """None last (in ascending order), whatever the type."""
    return (value is None, value if value is not None else 0)
