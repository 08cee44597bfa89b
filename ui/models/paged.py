"""Lazy paging for table models over a core query: a row count and pages fetched on demand.

The model never holds all rows: it keeps the count and a few pages of about 200 rows, and
loads a missing page on a worker when the view first asks for one of its rows (showing a
placeholder meanwhile). A refresh re-reads the count and the pages in use in one task and
swaps them in at once, so the list does not flicker; rows that appeared at the top are
announced as inserted there, so the selection stays on the same entry.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Signal

PAGE_SIZE = 200
KEPT_PAGES = 24
REFRESHED_PAGES = 2

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                  None]


def run_here(fn, on_done, on_error) -> None:
    """The runner for tests and tools without workers: run at once, on this thread."""
    try:
        result = fn()
    except Exception as error:  # noqa: BLE001 - handed to the caller like a worker would
        on_error(error)
        return
    on_done(result)


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `_query_count()` and `_query_page(offset, limit)` (both run on a
    worker), may override `_inserts_at_top()`, and answer Qt's `columnCount` and `data`."""

    loaded = Signal()  # a count or a page arrived (tests and benchmarks wait on it)
    failed = Signal(object)

    def __init__(self, runner: Runner = run_here, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = runner
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._refreshing = False
        self._refresh_again = False
        self.ready = False

    # -- what subclasses provide (called on a worker) --------------------------------------

    def _query_count(self) -> int:
        raise NotImplementedError

    def _query_page(self, offset: int, limit: int) -> list:
        raise NotImplementedError

    def _inserts_at_top(self) -> bool:
        return True

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def item(self, row: int) -> Any | None:
        """The row's object if its page is loaded, else None (and the page is asked for)."""
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            page = self._pages.get(number)  # a runner that runs at once has filled it
            if page is None:
                return None
        self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Start afresh (a new filter): count and first page, then a reset."""
        self._generation += 1
        generation = self._generation

        def load():
            count = self._query_count()
            return count, self._query_page(0, PAGE_SIZE) if count else []

        self._run(load, lambda result: self._reloaded(generation, result), self._failed)

    def _reloaded(self, generation: int, result: tuple[int, list]) -> None:
        if generation != self._generation:
            return
        count, first = result
        self.beginResetModel()
        self._count = count
        self._pages = OrderedDict({0: first}) if count else OrderedDict()
        self._pending.clear()
        self.endResetModel()
        self.ready = True
        self.loaded.emit()

    def refresh(self) -> None:
        """Re-read the count and the pages in use, after a change."""
        if not self.ready:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        generation = self._generation
        numbers = list(self._pages)[-REFRESHED_PAGES:] or [0]

        def load():
            count = self._query_count()
            return count, {n: self._query_page(n * PAGE_SIZE, PAGE_SIZE) for n in numbers}

        self._run(load, lambda result: self._refreshed(generation, result), self._failed)

    def _refreshed(self, generation: int, result: tuple[int, dict]) -> None:
        self._refreshing = False
        if generation == self._generation:
            self._swap(*result)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _swap(self, count: int, pages: dict[int, list]) -> None:
        old = self._count
        if count > old:
            first = 0 if self._inserts_at_top() else old
            self.beginInsertRows(QModelIndex(), first, first + count - old - 1)
            self._count, self._pages = count, OrderedDict(pages)
            self.endInsertRows()
        elif count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count, self._pages = count, OrderedDict(pages)
            self.endRemoveRows()
        else:
            self._pages = OrderedDict(pages)
        self._pending.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self.columnCount() - 1))
        self.loaded.emit()

    def _request(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        generation = self._generation
        self._run(lambda: self._query_page(number * PAGE_SIZE, PAGE_SIZE),
                  lambda rows: self._page_loaded(generation, number, rows), self._failed)

    def _page_loaded(self, generation: int, number: int, rows: list) -> None:
        self._pending.discard(number)
        if generation != self._generation:
            return
        self._pages[number] = rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._refreshing = False
        self._pending.clear()
        self.failed.emit(error)

    @property
    def loaded_pages(self) -> list[int]:
        return list(self._pages)
