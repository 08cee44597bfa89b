"""The quick-entry line: one line, Enter, saved. Always at the top, one key away.

`@TV3 #ber !Resecentrum Fem berusade ungdomar` becomes an entry (the core parses it). The
line is saved on the writer worker; it is cleared, and `saved` emitted, only after the commit
has returned. If saving fails the line stays in the field and the reason is shown under it.
An earlier time (and the reason it is logged late) can be given in the small fields beside.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from eventcenter.changes import Changes
from eventcenter.ids import new_id
from eventcenter.timefmt import TimeParseError, parse_time
from ui import words
from ui.catalogue_lists import CatalogueLists
from ui.session import WindowContext

_WORD = re.compile(r"[@#!][^\s]*$")


def completions(lists: CatalogueLists) -> dict[str, list[str]]:
    """What each marker completes to, as it is to be typed."""
    categories = {name.replace(" ", "_") for name in lists.categories.values()}
    categories |= set(lists.categories)
    return {"@": [f"@{c}" for c in lists.callsigns],
            "#": sorted(f"#{c}" for c in categories),
            "!": [f"!{p.replace(' ', '_')}" for p in lists.places]}


class EntryLine(QLineEdit):
    """The line itself: lets the completer's popup have Enter, Tab and Escape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completer_: QCompleter | None = None

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z in an empty line is the window's undo (take back my last entry); with
        text in it, it undoes typing as in any field."""
        if event.type() == QEvent.Type.ShortcutOverride and not self.text() and \
                event.matches(QKeySequence.StandardKey.Undo):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        popup = self.completer_.popup() if self.completer_ else None
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape,
                Qt.Key.Key_Backtab)
        if popup is not None and popup.isVisible() and event.key() in keys:
            event.ignore()
            return
        super().keyPressEvent(event)


class QuickEntry(QWidget):
    """Signals: `saved(Changes, str)` with the saved time, `failed(str)` with the message."""

    saved = Signal(object, str)
    failed = Signal(str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickEntryBar")
        self.context = context
        self.saving = False
        self.label = QLabel(self.tr("&Entry:"))
        self.line = EntryLine(self)
        self.line.setObjectName("quickEntry")
        self.line.setPlaceholderText(self.tr(
            "What happened? @unit #category !place — Enter saves"))
        self.label.setBuddy(self.line)
        self.time = QLineEdit(objectName="quickEntryTime")
        self.time.setPlaceholderText(self.tr("time: now"))
        self.time.setToolTip(self.tr("When it happened, if earlier (22:05). Ctrl+T"))
        self.time.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000000"))
        self.late_reason = QLineEdit(objectName="quickEntryLateReason")
        self.late_reason.setPlaceholderText(self.tr("why logged late"))
        self.late_reason.hide()
        self.button = QPushButton(self.tr("Save"), objectName="quickEntrySave")
        self.message = QLabel(objectName="quickEntryMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self._layout()
        self._setup_completer()
        self.line.returnPressed.connect(self.save)
        self.time.returnPressed.connect(self.save)
        self.late_reason.returnPressed.connect(self.save)
        self.button.clicked.connect(self.save)
        self.time.textChanged.connect(lambda text: self.late_reason.setVisible(bool(text)))
        self.line.textEdited.connect(self._complete)
        context.catalogue.updated.connect(self.set_lists)
        self.set_lists(context.catalogue.lists)
        self.setTabOrder(self.line, self.time)
        self.setTabOrder(self.time, self.late_reason)
        self.setTabOrder(self.late_reason, self.button)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 2)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.line, 0, 1)
        grid.addWidget(self.time, 0, 2)
        grid.addWidget(self.late_reason, 0, 3)
        grid.addWidget(self.button, 0, 4)
        grid.addWidget(self.message, 1, 1, 1, 4)
        grid.setColumnStretch(1, 1)

    # -- completion -------------------------------------------------------------------------

    def _setup_completer(self) -> None:
        self._choices: dict[str, list[str]] = {"@": [], "#": [], "!": []}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setWidget(self.line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.activated.connect(self._insert)
        self.completer = self.line.completer_ = completer

    def set_lists(self, lists: CatalogueLists) -> None:
        self._choices = completions(lists)

    def _word(self) -> re.Match[str] | None:
        before = self.line.text()[:self.line.cursorPosition()]
        return _WORD.search(before)

    def _complete(self, _text: str) -> None:
        word = self._word()
        if word is None:
            self.completer.popup().hide()
            return
        marker = word.group(0)[0]
        self._model.setStringList(self._choices.get(marker, []))
        self.completer.setCompletionPrefix(word.group(0))
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        rect = self.line.cursorRect()
        rect.setWidth(self.completer.popup().sizeHintForColumn(0) + 24)
        self.completer.complete(rect)

    def _insert(self, completion: str) -> None:
        word = self._word()
        if word is None:
            return
        text, cursor = self.line.text(), self.line.cursorPosition()
        start = word.start()
        rest = text[cursor:]
        spacer = "" if rest.startswith(" ") else " "
        self.line.setText(text[:start] + completion + spacer + rest)
        self.line.setCursorPosition(start + len(completion) + 1)

    # -- saving -----------------------------------------------------------------------------

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_writable(self, writable: bool) -> None:
        for widget in (self.line, self.time, self.late_reason, self.button):
            widget.setEnabled(writable)

    def occurred_at(self) -> datetime | None:
        typed = self.time.text().strip()
        return parse_time(typed) if typed else None

    def save(self) -> None:
        if self.saving or self.context.read_only:
            return
        line = self.line.text()
        try:
            occurred = self.occurred_at()
        except TimeParseError:
            self.show_problem(self.tr("Cannot read the time \"%1\": write it as 22:05.")
                              .replace("%1", self.time.text().strip()))
            self.time.setFocus()
            return
        reason = self.late_reason.text().strip() or None
        operator, event, entry_id = self.context.session.operator, self.context.event_file, new_id()
        self.saving = True

        def write() -> Changes:
            return event.journal.log_line(line, operator=operator, occurred_at=occurred,
                                          late_reason=reason, entry_id=entry_id)

        self.context.tasks.run_task(write, lambda changes: self._saved(line, changes),
                                    self._failed, write=True)

    def _saved(self, line: str, changes: Changes) -> None:
        self.saving = False
        if self.line.text() == line:
            self.line.clear()
        self.time.clear()
        self.late_reason.clear()
        self.message.hide()
        self.saved.emit(changes, words.clock_now())

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        text = words.failure(error, self.tr(
            "The line could not be saved (%1). It is still in the field: "
            "try again, or write it on paper and tell the coordinator."))
        self.show_problem(text)
        self.failed.emit(text)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
