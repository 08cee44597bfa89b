"""The measures, requests, units, contacts and situation tabs driven offscreen."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eventcenter.event_file import EventFile
from eventcenter.timefmt import STOCKHOLM, now_utc
from tests.factories import PASSPHRASE, make_event
from tests.ui.conftest import ANNA
from ui.dialogs.sign_in import SignIn
from ui.models.measures_model import STATUS, TITLE
from ui.models.requests_model import TEXT


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    event = make_event(tmp_path)
    now = now_utc()
    event.measures.open("Städning vid Svandammen", operator="Anna", status="ongoing",
                        place="Svandammen", units=["GPN2"],
                        occurred_at=now - timedelta(minutes=40), now=now)
    event.measures.open("Flicka 15 år, vårdnadshavare söks", operator="Anna",
                        confidential=True, occurred_at=now - timedelta(minutes=5), now=now)
    event.requests.receive("Skicka fältassistenter till Resecentrum", party="Polisen",
                           operator="Eva", occurred_at=now - timedelta(minutes=3), now=now)
    event.requests.receive("Pojke 14 år saknas, mamma på plats", party="Polisen",
                           operator="Eva", confidential=True, now=now)
    event.contacts.add("Lena Berg", function="socialjour", organisation="soc",
                       operator="Anna", phone="018-727 50 50", rakel="UPP SOC 1",
                       on_duty="00:00-00:00")
    later = (now.astimezone(STOCKHOLM).hour + 2) % 24  # hours that are not now
    event.contacts.add("Per Åström", function="räddningsledare", organisation="rtj",
                       operator="Anna", phone="018-727 30 00",
                       on_duty=f"{later:02d}:00-{(later + 1) % 24:02d}:00")
    event.close()
    return event.path


def _open(qtbot, controller, path: Path, who: SignIn = ANNA):
    assert controller.start(path, who)
    window = controller.window
    qtbot.waitUntil(lambda: all(getattr(v, "loaded_once", True) for v in window.views
                                if v.isVisible()) and not controller.context.tasks.busy,
                    timeout=5000)
    return window


def _show(qtbot, window, name: str):
    view = window.view_named(name)
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.loaded_once and not view.busy, timeout=5000)
    return view


def _texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _row(model, column: int, startswith: str) -> int:
    return next(r for r, t in enumerate(_texts(model, column)) if t.startswith(startswith))


def _in_file(path: Path, read):
    with EventFile.open(path) as event:
        event.unlock(PASSPHRASE)
        return read(event)


def test_a_measure_status_changes_with_one_key(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "measures")
    row = _row(view.model, TITLE, "Städning")
    view.table.selectRow(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F6)  # done
    qtbot.waitUntil(lambda: _in_file(state_path, lambda e: [
        m.status for m in e.read.state.measures() if m.title.startswith("Städning")]) == ["done"],
        timeout=3000)
    # the open list no longer holds it; all measures do, as "klar"
    qtbot.waitUntil(lambda: not any(t.startswith("Städning")
                                    for t in _texts(view.model, TITLE)))
    view.shown.setCurrentIndex(view.shown.findData("all"))
    row = _row(view.model, TITLE, "Städning")
    assert view.model.data(view.model.index(row, STATUS)) == "klar"
    # Ctrl+Z takes it back with a new record: ongoing again
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _in_file(state_path, lambda e: [
        m.status for m in e.read.state.measures() if m.title.startswith("Städning")]) ==
        ["ongoing"], timeout=3000)
    qtbot.waitUntil(lambda: "Ångrat" in window.statusBar().currentMessage())


def test_a_measure_opened_from_a_journal_entry_links_them(qtbot, controller, state_path):
    with EventFile.open(state_path) as event:
        entry = event.journal.log("Glaskross vid Dombron", operator="Anna", place="Dombron",
                                  unit="GPN2").id
    window = _open(qtbot, controller, state_path)
    journal = window.journal_view()
    qtbot.waitUntil(lambda: journal.model.rowCount() >= 1)
    journal.select_row(0)
    dialog = window.new_measure()
    assert dialog.title.text() == "Glaskross vid Dombron"
    assert dialog.place.currentText() == "Dombron" and dialog.units.checked() == ["GPN2"]
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    opened = _in_file(state_path, lambda e: [m for m in e.read.state.measures()
                                             if m.entry == entry])
    assert len(opened) == 1 and opened[0].status == "ongoing"


def test_a_request_is_acknowledged_and_answered(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "requests")
    view.table.selectRow(_row(view.model, TEXT, "Skicka fältassistenter"))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F5)  # acknowledge

    def request(e):
        return next(r for r in e.read.state.requests() if r.text.startswith("Skicka"))

    qtbot.waitUntil(lambda: _in_file(state_path, request).acknowledged_by == "Anna Lind",
                    timeout=3000)
    qtbot.waitUntil(lambda: view.current() is not None and view.current().status ==
                    "acknowledged")
    dialog = view.answer()
    titles = [dialog.measures.item(i).text() for i in range(dialog.measures.count())]
    dialog.measures.setCurrentRow(next(i for i, t in enumerate(titles)
                                       if t.startswith("Städning")))
    dialog.accept()
    qtbot.waitUntil(lambda: _in_file(state_path, request).status == "answered", timeout=3000)
    qtbot.waitUntil(lambda: "Städning vid Svandammen (pågående)" in _texts(view.model, 6))


def test_a_request_answered_with_a_new_measure(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "requests")
    view.table.selectRow(_row(view.model, TEXT, "Skicka fältassistenter"))
    answer = view.answer()
    with qtbot.waitSignal(view.new_measure_for, timeout=2000):
        answer.findChild(type(answer.ok), "answerNew").click()
    dialog = window.findChild(type(answer).__mro__[1], "measureDialog")
    assert dialog is not None and dialog.title.text().startswith("Skicka fältassistenter")
    dialog.units.set_checked("FA1")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    def answered(e):
        r = next(r for r in e.read.state.requests() if r.text.startswith("Skicka"))
        return r.status, r.measure and e.read.state.measure(r.measure).units

    assert _in_file(state_path, answered) == ("answered", ("FA1",))


def test_a_unit_moves_in_one_action(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "units")
    view.select("TV3")
    view.move_status.setCurrentIndex(view.move_status.findData("on-site"))
    view.move_place.setCurrentText("Resecentrum")
    view.move_place.setFocus()
    qtbot.keyClick(view.move_place, Qt.Key.Key_Return)
    def where(e):
        unit = e.read.state.unit("TV3")
        return unit.status, unit.place

    qtbot.waitUntil(lambda: _in_file(state_path, where) == ("on-site", "Resecentrum"),
                    timeout=3000)
    qtbot.waitUntil(lambda: view.history.rowCount() == 2)
    assert view.history.item(0, 1).text() == "på plats"
    assert view.history.item(0, 2).text() == "Resecentrum"


def test_contacts_search_as_you_type_and_on_duty(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "contacts")
    assert view.search.hasFocus() or window.focusWidget() is view.search
    view.search.setText("socialj")  # the function's name, not its code
    qtbot.waitUntil(lambda: _texts(view.model, 0) == ["Lena Berg"], timeout=2000)
    view.search.setText("727 30")  # a piece of the phone number
    qtbot.waitUntil(lambda: _texts(view.model, 0) == ["Per Åström"], timeout=2000)
    view.search.clear()
    view.on_duty.setChecked(True)  # Per's hours begin in two hours; Lena's never end
    qtbot.waitUntil(lambda: _texts(view.model, 0) == ["Lena Berg"], timeout=2000)


def test_contacts_imported_from_csv_through_the_dialog(qtbot, controller, state_path,
                                                        tmp_path):
    csv_path = tmp_path / "Kontakter.csv"
    csv_path.write_bytes(("Förnamn;Efternamn;Företag;Befattning;Mobiltelefon\r\n"
                          "Omar;Haddad;Socialtjänsten;Fältassistent;070-512 40 11\r\n"
                          "Märta;Lund;;;\r\n").encode("cp1252"))
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "contacts")
    dialog = view.import_csv()
    dialog.path.setText(str(csv_path))
    dialog.read()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=3000)
    assert dialog.accepted_table.rowCount() == 1 and dialog.rejected_table.rowCount() == 1
    assert "funktion" in dialog.rejected_table.item(0, 2).text()
    assert dialog.ok.text() == "Importera 1 kontakt"
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert "Omar Haddad" in _in_file(state_path, lambda e: [c.name for c in
                                                             e.read.state.contacts()])
    qtbot.waitUntil(lambda: "Omar Haddad" in _texts(view.model, 0), timeout=2000)


def test_a_request_from_another_process_is_announced(qtbot, controller, state_path,
                                                     monkeypatch):
    monkeypatch.setattr("ui.views.requests_view.STARTUP_DELAY_MS", 0)  # no start-up pause
    window = _open(qtbot, controller, state_path)
    view = window.view_named("requests")  # not on show: it is announced all the same
    qtbot.waitUntil(lambda: view.loaded_once, timeout=3000)
    with qtbot.waitSignal(view.arrived, timeout=3000) as arrived:
        subprocess.run([sys.executable, "-m", "eventcenter.cli", "request", "receive",
                        str(state_path), "Slagsmål vid Stora torget", "--from", "Polisen",
                        "--operator", "Eva"], check=True)
    assert arrived.args == [1]
    assert view.flashing
    _show(qtbot, window, "requests")  # read in full once on show, the new one blinking
    assert "Slagsmål vid Stora torget" in _texts(view.model, TEXT)
    qtbot.waitUntil(lambda: "●" in window.tabs.tabText(window.tabs.indexOf(view)),
                    timeout=2000)


def test_a_reader_cannot_see_confidential_measures_or_requests(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path, SignIn("Rita Läsare", "reader", PASSPHRASE))
    measures = _show(qtbot, window, "measures")
    titles = _texts(measures.model, TITLE)
    assert "sekretessbelagd insats" in titles
    assert not any("Flicka" in t for t in titles)
    requests = _show(qtbot, window, "requests")
    texts = _texts(requests.model, TEXT)
    assert "sekretessbelagd begäran" in texts and not any("Pojke" in t for t in texts)
    assert not measures.done_action.isEnabled() and not requests.ack_action.isEnabled()
    assert measures.new_measure() is None


def test_the_liaison_officer_sees_requests_and_measures_first(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path, SignIn("Eva Sjöberg", "liaison"))
    assert [window.tabs.widget(i).view_name for i in range(3)] == ["requests", "measures",
                                                                    "journal"]
    assert window.tabs.tabText(0) == "Begäran"


def test_a_past_moment_shows_the_state_then_read_only(qtbot, controller, state_path):
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "measures")
    controller.context.set_moment(now_utc() - timedelta(minutes=20))
    qtbot.waitUntil(lambda: _texts(view.model, TITLE) == ["Städning vid Svandammen"],
                    timeout=3000)
    assert not view.done_action.isEnabled()
    controller.context.set_moment(None)
    qtbot.waitUntil(lambda: len(_texts(view.model, TITLE)) == 2, timeout=3000)


def test_the_situation_and_the_attention_column(qtbot, controller, state_path, monkeypatch):
    monkeypatch.setattr("ui.widgets.attention.STARTUP_DELAY_MS", 0)  # no start-up pause
    window = _open(qtbot, controller, state_path)
    now_view = _show(qtbot, window, "now")
    qtbot.waitUntil(lambda: now_view.tiles["open_measures"].text() == "2", timeout=3000)
    assert now_view.tiles["unacknowledged"].text() == "2"
    assert now_view.tiles["stale"].text() == "1"
    labels = lambda: [w.text() for w in window.attention.findChildren(type(now_view.heading))]  # noqa: E731
    qtbot.waitUntil(lambda: any("utan kvittens" in t for t in labels()), timeout=3000)
    assert any(t.startswith("Ingen uppdatering på 40 min: Städning") for t in labels())


def test_a_new_event_from_last_years_event(qtbot, controller, prompts, state_path, tmp_path):
    window = _open(qtbot, controller, state_path)
    new_path = tmp_path / "valborg-2028.event"
    asked = []

    def new_event(folder, parent, from_event=None):
        asked.append(from_event)
        return new_path, "valborg", "Valborg 2028", PASSPHRASE, from_event

    prompts.new_event = new_event
    prompts.start = lambda recent, parent: ("new-from", state_path)
    controller.show_start()
    assert asked == [state_path]
    qtbot.waitUntil(lambda: controller.window is not window and controller.window is not None)
    assert controller.context.event_file.path == new_path
    names = _in_file(new_path, lambda e: [c.name for c in e.read.state.contacts()])
    assert names == ["Lena Berg", "Per Åström"]
    assert _in_file(new_path, lambda e: e.read.state.measures()) == []


def test_a_tab_that_could_not_read_says_so_in_swedish(qtbot, controller, state_path):
    """Words of the tabs' shared base class are Swedish in every tab (Qt looks a word up
    under the class that asks, so a subclass once got the base class's words in English)."""
    window = _open(qtbot, controller, state_path)
    view = _show(qtbot, window, "measures")
    with qtbot.waitSignal(view.message) as said:
        view._load_failed(OSError("disken svarar inte"))
    assert said.args[0] == "Kunde inte läsas: disken svarar inte"
