"""The contacts tab: "who do I call?" Search as you type (name, function, organisation,
phone, talk group), "on duty now", phone and RAKEL talk group in plain sight; add
(Ctrl+Shift+K) and change (F4 or double-click) a contact, each change a record; import the
CSV files Outlook and Google Contacts export, with a preview and the rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eventcenter.state.contact_import import ImportPreview, import_contacts, read_contacts_csv
from eventcenter.state.contact_search import search_contacts
from eventcenter.state.model import Contact
from ui.dialogs.contact_dialogs import ContactDialog, ImportDialog
from ui.models.contacts_model import (
    FUNCTION,
    NAME,
    ON_DUTY,
    ORGANISATION,
    PHONE,
    RAKEL,
    ContactsModel,
)
from ui.models.list_model import ITEM_ROLE
from ui.session import WindowContext
from ui.views.state_view import StateView, select_key, selected_row

WIDTHS = {NAME: 13, FUNCTION: 16, ORGANISATION: 14, PHONE: 9, RAKEL: 10, ON_DUTY: 10}
LIMITS = {NAME: 15, ORGANISATION: 15, PHONE: 13, RAKEL: 14, ON_DUTY: 13}
SEARCH_DELAY_MS = 150


class ContactsView(StateView):
    view_name = "contacts"
    topics = frozenset({"contacts", "catalogue"})

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ContactsModel(self)
        self.table = self.make_table(self.model, "contactsTable", WIDTHS, LIMITS, FUNCTION, NAME)
        self.search = QLineEdit(objectName="contactSearch")
        self.search.setPlaceholderText(self.tr("Search: name, function, organisation, phone, "
                                               "talk group …"))
        self.search.setClearButtonEnabled(True)
        self.on_duty = QCheckBox(self.tr("Only on duty &now"), objectName="contactsOnDuty")
        self.count = QLabel(objectName="contactsCount")
        self._build_actions()
        self._layout()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.table.setFocus)
        self.on_duty.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu(self.table, pos))
        context.catalogue.updated.connect(self._lists_changed)
        self.update_actions()
        self.first_load()

    def _build_actions(self) -> None:
        self.new_action = self.make_action(self.tr("&New contact…"), self.new_contact,
                                           "Ctrl+Shift+K", "contactNew")
        self.new_action.setProperty("needs_selection", False)
        self.edit_action = self.make_action(self.tr("&Change…"), self.edit_contact, "F4",
                                            "contactEdit")
        self.import_action = self.make_action(self.tr("&Import CSV…"), self.import_csv,
                                              name="contactImport")
        self.import_action.setProperty("needs_selection", False)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.on_duty)
        for action in (self.new_action, self.edit_action, self.import_action):
            bar.addWidget(self.button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def title(self) -> str:
        return self.tr("Contacts")

    def focus_widget(self) -> QWidget:
        return self.search

    def _lists_changed(self, _lists) -> None:
        self._fitted = False  # names for the codes: the columns fit again
        self.reload_when_shown()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._query = (self.search.text(), self.on_duty.isChecked(),
                       self.context.catalogue.lists.contact_names())
        super().reload()

    def load(self, event, moment):
        query, on_duty, names = self._query
        return names, search_contacts(event, query, on_duty=on_duty, at=moment, names=names)

    def show(self, result) -> None:
        names, contacts = result
        chosen = self.current()
        self.model.names = names
        self.model.set_items(contacts)
        select_key(self.table, self.model.row_of(chosen.id if chosen else None))
        self.count.setText(self.tr("%n contacts", "", len(contacts)))
        self.update_actions()

    def current(self) -> Contact | None:
        row = selected_row(self.table)
        return self.model.data(self.model.index(row, 0), ITEM_ROLE) if row is not None else None

    # -- changing ---------------------------------------------------------------------------

    def new_contact(self) -> ContactDialog | None:
        if not self.writable:
            return None
        dialog = ContactDialog(self.context.catalogue.lists, None, self)
        event, operator = self.context.event_file, self.operator

        def work(values: dict):
            fields = dict(values)
            name = fields.pop("name")
            return lambda: event.contacts.add(name, operator=operator, **fields)

        return self.run_form(dialog, work, lambda _c: self.message.emit(
            self.tr("Contact added.")))

    def edit_contact(self) -> ContactDialog | None:
        contact = self.current()
        if contact is None or not self.writable:
            return None
        dialog = ContactDialog(self.context.catalogue.lists, contact, self)
        event, operator = self.context.event_file, self.operator

        def work(values: dict):
            if not values:
                return lambda: None
            return lambda: event.contacts.edit(contact.id, operator=operator, **values)

        return self.run_form(dialog, work, lambda _c: self.message.emit(
            self.tr("Contact changed.")))

    def import_csv(self) -> ImportDialog | None:
        if not self.writable:
            return None
        event, operator, tasks = self.context.event_file, self.operator, self.context.tasks

        def reader(path: Path, defaults: dict, on_done, on_error) -> None:
            tasks.run_task(lambda: read_contacts_csv(path, event=event, defaults=defaults),
                           on_done, on_error)

        def importer(preview: ImportPreview, on_done, on_error) -> None:
            rows = preview.accepted
            self.write(lambda: len(import_contacts(event, rows, operator).ids), on_done,
                       on_error)

        dialog = ImportDialog(reader, importer, self)
        dialog.accepted.connect(lambda: self.message.emit(
            self.tr("%n contacts imported.", "", dialog.imported)))
        dialog.open()
        return dialog
