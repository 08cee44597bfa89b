"""The window wires every tab through `View` alone: what a view asks for (a correction, a new
measure, another tab, a flash of its tab) reaches the window whichever view asks."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from tests.ui.conftest import texts_shown
from ui.views.base import Origin


def _open_dialog(window, name: str):
    return next((d for d in window.findChildren(QDialog, name) if d.isVisible()), None)


def test_a_double_click_in_the_journal_opens_the_correction(qtbot, window):
    journal = window.journal_view()
    row = next(r for r, t in enumerate(texts_shown(window)) if t.startswith("Fem berusade"))
    journal.select_row(row)
    journal.table.doubleClicked.emit(journal.table.currentIndex())
    qtbot.waitUntil(lambda: _open_dialog(window, "correctionDialog") is not None, timeout=2000)
    assert _open_dialog(window, "correctionDialog").text.toPlainText().startswith("Fem berusade")


def test_a_measure_asked_for_by_any_view_opens_from_its_origin(qtbot, window):
    journal = window.journal_view()
    row = next(r for r, t in enumerate(texts_shown(window)) if t.startswith("Fem berusade"))
    journal.select_row(row)
    assert journal.origin().entry.text.startswith("Fem berusade")
    window.view_named("units").new_measure_for.emit(journal.origin())
    dialog = _open_dialog(window, "measureDialog")
    assert dialog is not None and dialog.title.text().startswith("Fem berusade")


def test_the_window_goes_to_the_object_a_view_names(qtbot, window):
    window.view_named("now").go_to.emit("units", "TV3")
    units = window.view_named("units")
    assert window.tabs.currentWidget() is units


def test_the_tab_of_the_view_that_had_arrivals_flashes(qtbot, window):
    contacts = window.view_named("contacts")  # any view may announce arrivals
    index = window.tabs.indexOf(contacts)
    contacts.arrived.emit(2)
    qtbot.waitUntil(lambda: window.tabs.tabText(index).startswith("● "), timeout=2000)
    assert window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.tabs.tabText(index) == contacts.title(), timeout=2000)


def test_nothing_is_opened_where_nothing_may_be_written(qtbot, controller, window):
    from datetime import timedelta

    from eventcenter.timefmt import now_utc

    controller.context.set_moment(now_utc() - timedelta(days=1))
    assert window.new_measure(Origin()) is None and window.new_request() is None
