"""The window's commands that belong to no one tab: undo my last action, log a decision,
correct an entry, mark an entry confidential afterwards. Each writes on the writer worker;
the result or the problem comes back to the status bar or to the dialog, which closes only
when its save returned."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from eventcenter.journal.queries import JournalEntry
from eventcenter.undo import actions as undo_ops
from ui import words
from ui.dialogs.entry_dialogs import CorrectionDialog, DecisionDialog, MarkConfidentialDialog
from ui.session import WindowContext
from ui.widgets.status import StatusBar


class WindowCommands(QObject):
    """`chosen_entry` gives the journal's chosen entry (for Ctrl+E); dialogs open over
    `parent`; what happened is told in `status`."""

    def __init__(self, context: WindowContext, parent: QWidget, status: StatusBar,
                 chosen_entry: Callable[[], JournalEntry | None]) -> None:
        super().__init__(parent)
        self.context, self.window, self.status = context, parent, status
        self.chosen_entry = chosen_entry

    def describe(self, error: BaseException) -> str:
        return words.failure(error, self.tr("Not saved: %1"))

    def mark_saved(self, *_args) -> None:
        self.status.show_saved(words.clock_now())

    def _write(self, fn, on_done=None, on_error=None) -> None:
        self.context.tasks.run_task(fn, on_done, on_error or self._show_error, write=True)

    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Not saved"), self.describe(error))

    # -- undo -------------------------------------------------------------------------------

    def undo(self) -> None:
        if self.context.read_only:
            return
        event, operator = self.context.event_file, self.context.session.operator

        def work():
            target = undo_ops.last_action(event, operator)
            if target is None or not target.supported:
                return target
            undo_ops.undo(event, target, operator)
            return target

        self._write(work, self._undone,
                    lambda error: self.status.showMessage(self.describe(error), 10000))

    def _undone(self, target) -> None:
        if target is None:
            self.status.showMessage(self.tr("Nothing of yours to undo."), 5000)
        elif not target.supported:
            self.status.showMessage(self.tr("Your last action cannot be undone here; "
                                            "change it back by hand."), 8000)
        else:
            self.mark_saved()
            self.status.showMessage(self._undone_text(target.kind), 8000)

    def _undone_text(self, kind: str) -> str:
        group = kind.split(".")[0]
        texts = {
            "measure": self.tr("Undone: the measure is back as it was (a new record says so)."),
            "unit": self.tr("Undone: the unit is back at its earlier status and place."),
            "request": self.tr("Undone: the request you registered is closed."),
            "contact": self.tr("Undone: the contact has its earlier details back."),
        }
        return texts.get(group, self.tr("Undone: your last entry is marked \"[ångrad]\" in "
                                        "the journal."))

    # -- decisions and corrections ----------------------------------------------------------

    def log_decision(self) -> DecisionDialog | None:
        if self.context.read_only:
            return None
        event, operator = self.context.event_file, self.context.session.operator
        dialog = DecisionDialog(operator, self.window)

        def save(values: dict):
            values = dict(values)
            return lambda: event.journal.decide(values.pop("decision"), operator=operator,
                                                **values)

        return self._run_dialog(dialog, save)

    def correct_selected(self) -> CorrectionDialog | None:
        entry = self.chosen_entry()
        if entry is None:
            self.status.showMessage(self.tr("Choose an entry in the journal first."), 5000)
            return None
        return self.correct_entry(entry)

    def correct_entry(self, entry: JournalEntry) -> CorrectionDialog | None:
        if self.context.read_only:
            return None
        if entry.sealed:
            self.status.showMessage(self.tr("A confidential entry can be corrected only "
                                            "with the passphrase."), 5000)
            return None
        event, operator = self.context.event_file, self.context.session.operator
        dialog = CorrectionDialog(entry, self.window)

        def save(values: dict):
            return lambda: event.journal.correct(entry.id, values["text"],
                                                 reason=values["reason"], operator=operator)

        return self._run_dialog(dialog, save)

    def mark_confidential(self, entry: JournalEntry) -> MarkConfidentialDialog | None:
        """A coordinator marks an entry (and its corrections) confidential afterwards, with
        a reason; the dialog says what that does and does not do."""
        session = self.context.session
        if self.context.read_only or not session.can_mark_confidential:
            return None
        if entry.confidential:
            self.status.showMessage(self.tr("This entry is confidential already."), 5000)
            return None
        event = self.context.event_file
        dialog = MarkConfidentialDialog(entry, self.window)

        def save(values: dict):
            return lambda: event.journal.mark_confidential(entry.id, reason=values["reason"],
                                                           operator=session.operator)

        return self._run_dialog(dialog, save)

    def _run_dialog(self, dialog, make_task):
        """Open a form dialog window-modally; each OK saves on the writer; the dialog closes
        only when the save returned, and shows the problem otherwise."""

        def submit(values: dict) -> None:
            self._write(make_task(values), lambda _c: (dialog.saved(), self.mark_saved()),
                        lambda error: dialog.show_problem(self.describe(error)))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog
