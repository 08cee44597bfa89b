"""The scenes `python -m ui.screenshots` photographs: each tab, the tabs at night, a request
arriving, the dialogs of the journal, measures, requests, units and contacts, and the other
roles."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ui.screenshots.shooter import SIZE, Shooter, settle, wait

IMPORT_SAMPLE = (
    "Förnamn;Efternamn;Företag;Befattning;Mobiltelefon;Telefon, arbete;Radiotelefon\r\n"
    "Lena;Bergqvist;Socialjouren;Socialjour;070-111 22 33;;UPP SOC 1\r\n"
    "Per;Åström;Räddningstjänsten;Räddningsledare;;018-727 30 00;RTJ UPP 1\r\n"
    "Nils;Ek;Uppsala kommun;Trygghetsvakt;070-22x 33;;\r\n"
    "Märta;Lund;;;;;\r\n"
    "Gustav;Ros;Uppsala kommun;Fältassistent;073-444 55 66;;UPP FA 2\r\n")


def _ready(controller) -> Callable[[], bool]:
    def ready() -> bool:
        window = controller.window
        views_ready = all(getattr(v, "loaded_once", True) and not getattr(v, "busy", False)
                          for v in window.views if v.isVisible())
        return (window.journal_view().model.ready and views_ready
                and not controller.context.tasks.busy)
    return ready


def _show(controller, app, name: str):
    window = controller.window
    view = window.view_named(name)
    window.tabs.setCurrentWidget(view)
    wait(app, _ready(controller))
    return view


def window_shots(controller, shots: Shooter, app) -> None:
    window = controller.window
    window.resize(*SIZE)
    wait(app, _ready(controller))
    for index, view in enumerate(window.views):
        window.show_view(index)
        wait(app, _ready(controller))
        shots.grab(window, f"view-{view.view_name}")
    window.show_view(0)
    journal = window.journal_view()
    journal.filters.search.setText("berusade")
    journal.filters.place.setCurrentIndex(max(journal.filters.place.findData("Resecentrum"), 0))
    wait(app, lambda: journal.model.filter.query == "berusade" and _ready(controller)())
    shots.grab(window, "journal-filtered")
    journal.filters.reset()


def failed_line_shot(controller, shots: Shooter, app) -> None:
    """An unknown unit in the quick-entry line: the line stays, the message says why."""
    window = controller.window
    _show(controller, app, "journal")
    window.quick_entry.line.setText("@TV9 Lugnt vid Svandammen")
    window.quick_entry.save()
    wait(app, lambda: window.quick_entry.message.isVisible())
    shots.grab(window, "quick-entry-unknown-unit")
    window.quick_entry.line.clear()
    window.quick_entry.message.hide()


def state_shots(controller, shots: Shooter, app) -> None:
    window = controller.window
    measures = _show(controller, app, "measures")
    stale = measures.model.find(measures.model.stale)
    if stale is not None:
        measures.table.selectRow(stale)
    shots.grab(window, "measures-stale-chosen")
    units = _show(controller, app, "units")
    units.select("TV3")
    wait(app, lambda: units.history.rowCount() > 0)
    shots.grab(window, "units-history-tv3")
    contacts = _show(controller, app, "contacts")
    contacts.search.setText("soc")
    wait(app, lambda: contacts.model.rowCount() < 10 and _ready(controller)(), 3000)
    shots.grab(window, "contacts-search-soc")
    contacts.search.clear()
    contacts.on_duty.setChecked(True)
    wait(app, _ready(controller))
    shots.grab(window, "contacts-on-duty-now")
    contacts.on_duty.setChecked(False)
    _arrival(controller, shots, app)
    _night(controller, shots, app)
    _past(controller, shots, app)


def _arrival(controller, shots: Shooter, app) -> None:
    """A request written by another process: the sound, the blinking row, the flashing tab."""
    from eventcenter.event_file import EventFile
    from eventcenter.timefmt import now_utc

    window = controller.window
    _show(controller, app, "journal")  # the request arrives while another tab is on show
    requests = window.view_named("requests")
    with EventFile.open(controller.context.event_file.path) as other:
        other.requests.receive("Slagsmål vid Resecentrum, flera ungdomar inblandade. "
                               "Kan trygghetsvakter och fältassistenter komma?",
                               party="Polisens inre ledningsstab", operator="Eva Sjöberg",
                               now=now_utc())
    wait(app, lambda: requests.flashing and requests.model.flash_on, 5000)
    window.tabs.setCurrentWidget(requests)
    wait(app, lambda: not requests.model.flash_on, 3000)
    wait(app, lambda: requests.model.flash_on, 3000)
    shots.grab(window, "requests-new-arrival", settle_ms=0)


def _night(controller, shots: Shooter, app) -> None:
    from ui.theme import apply_theme

    window = controller.window
    apply_theme(app, "night")
    for name in ("journal", "measures", "requests", "units", "contacts", "now"):
        _show(controller, app, name)
        shots.grab(window, f"night-{name}")
    apply_theme(app, "day")


def _past(controller, shots: Shooter, app) -> None:
    from datetime import datetime

    from eventcenter.timefmt import STOCKHOLM

    window = controller.window
    day = controller.context.event_file.meta("date") or "2027-04-30"
    controller.context.set_moment(datetime.fromisoformat(f"{day}T22:00").replace(
        tzinfo=STOCKHOLM))
    for name in ("journal", "measures", "now"):
        _show(controller, app, name)
        shots.grab(window, f"past-22-00-{name}")
    controller.context.set_moment(None)
    _show(controller, app, "journal")


def dialog_shots(controller, shots: Shooter, file: Path) -> None:
    from ui.dialogs.entry_dialogs import CorrectionDialog, DecisionDialog, MarkConfidentialDialog
    from ui.dialogs.moment import MomentDialog
    from ui.dialogs.new_event import NewEventDialog
    from ui.dialogs.passphrase import NewPassphraseDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.dialogs.start import StartDialog

    event = controller.context.event_file
    window = controller.window
    shots.dialog(SignInDialog(event.name, "Anna Lind", "coordinator", event.unlock, window),
                 "dialog-sign-in")

    def wrong(dialog):
        dialog.passphrase.setText("fel fras här")
        dialog.accept()

    shots.dialog(SignInDialog(event.name, "Anna Lind", "coordinator", event.unlock, window),
                 "dialog-sign-in-wrong-passphrase", wrong)
    shots.dialog(StartDialog([file], window), "dialog-start")
    shots.dialog(NewEventDialog(file.parent, window), "dialog-new-event")
    shots.dialog(NewEventDialog(file.parent, window, from_event=file),
                 "dialog-new-event-from-last-year")
    shots.dialog(NewPassphraseDialog("Valborg 2027", window), "dialog-new-passphrase")
    shots.dialog(DecisionDialog("Anna Lind", window), "dialog-decision")
    entry = next(e for e in event.read.journal.page(limit=50) if e.kind == "entry" and not e.sealed)
    shots.dialog(CorrectionDialog(entry, window), "dialog-correction")
    shots.dialog(MarkConfidentialDialog(entry, window), "dialog-mark-confidential",
                 lambda dialog: dialog.reason.setText("Uppgifter om ett barn"))
    _entry_menu(controller, shots)
    shots.dialog(MomentDialog(window), "dialog-moment")


def _entry_menu(controller, shots: Shooter) -> None:
    """A journal entry's right-click menu (a coordinator's: with "Markera som sekretess…")."""
    journal = controller.window.view_named("journal")
    journal.select_row(0)
    entry = journal.selected_entry()
    if entry is None:
        return
    menu = journal.entry_menu(entry)
    menu.popup(journal.table.viewport().mapToGlobal(journal.table.visualRect(
        journal.table.currentIndex()).center()))
    shots.grab(menu, "journal-entry-menu")
    menu.close()


def _grab_open(shots: Shooter, app, dialog, name: str,
               fill: Callable | None = None) -> None:
    """A dialog a view opened itself: photograph it, then close it unsaved."""
    if dialog is None:
        raise RuntimeError(f"no dialog for {name}")
    if fill:
        fill(dialog)
    dialog.adjustSize()
    settle(app, 200)
    shots.grab(dialog, name)
    dialog.reject()


def state_dialog_shots(controller, shots: Shooter, app) -> None:
    window = controller.window
    journal = _show(controller, app, "journal")
    row = next(r for r in range(journal.model.rowCount())
               if (e := journal.model.item(r)) is not None and e.kind == "entry"
               and e.unit and e.place and not e.sealed)
    journal.select_row(row)
    _grab_open(shots, app, window.new_measure(), "dialog-measure-from-entry")
    measures = _show(controller, app, "measures")
    _grab_open(shots, app, measures.new_measure(), "dialog-measure-new")
    measures.table.selectRow(0)
    _grab_open(shots, app, measures.edit_units(), "dialog-measure-units")
    measures.shown.setCurrentIndex(measures.shown.findData("closed"))
    wait(app, _ready(controller))
    measures.table.selectRow(0)
    _grab_open(shots, app, measures.reopen(), "dialog-measure-reopen",
               lambda d: d.reason.setText("Gruppen kom tillbaka till backen"))
    measures.shown.setCurrentIndex(measures.shown.findData("open"))
    _request_dialogs(controller, shots, app)
    _contact_dialogs(controller, shots, app)


def _request_dialogs(controller, shots: Shooter, app) -> None:
    requests = _show(controller, app, "requests")
    _grab_open(shots, app, requests.new_request(), "dialog-request-new",
               lambda d: d.text.setPlainText("Skicka fältassistenter till Resecentrum: fem "
                                             "berusade minderåriga."))
    pending = requests.model.find(lambda r: r.is_pending)
    requests.table.selectRow(pending or 0)
    _grab_open(shots, app, requests.answer(), "dialog-request-answer")
    _grab_open(shots, app, requests.decline(), "dialog-request-decline",
               lambda d: d.reason.setText("Inga fältassistenter lediga före 23:30"))


def _contact_dialogs(controller, shots: Shooter, app) -> None:
    contacts = _show(controller, app, "contacts")
    _grab_open(shots, app, contacts.new_contact(), "dialog-contact-new")
    contacts.table.selectRow(0)
    _grab_open(shots, app, contacts.edit_contact(), "dialog-contact-edit")
    dialog = contacts.import_csv()
    sample = Path(tempfile.mkdtemp(prefix="ec-csv-")) / "Kontakter från Outlook.csv"
    sample.write_bytes(IMPORT_SAMPLE.encode("cp1252"))
    dialog.path.setText(str(sample))
    dialog.read()
    wait(app, lambda: dialog.preview is not None, 5000)
    settle(app, 200)
    shots.grab(dialog, "dialog-import-preview")
    dialog.tabs.setCurrentIndex(1)
    shots.grab(dialog, "dialog-import-rejected")
    dialog.reject()


def role_shots(controller, shots: Shooter, app, file: Path) -> None:
    from ui.dialogs.sign_in import SignIn

    controller.close_event()
    controller.start(file, SignIn("Rita Berg", "reader"))
    controller.window.resize(*SIZE)
    wait(app, _ready(controller))
    shots.grab(controller.window, "reader-view")
    _show(controller, app, "measures")
    shots.grab(controller.window, "reader-measures-confidential")
    controller.close_event()
    controller.start(file, SignIn("Eva Sjöberg", "liaison"))
    controller.window.resize(*SIZE)
    controller.window.show_view(0)
    wait(app, _ready(controller))
    shots.grab(controller.window, "liaison-layout")
