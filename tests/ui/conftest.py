"""The window, opened offscreen on a small event, with the questions it asks answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcenter.event_file import EventFile
from tests import audit
from tests.factories import PASSPHRASE, make_event
from ui import i18n
from ui.app import App, Prompts
from ui.dialogs.sign_in import SignIn
from ui.settings import Settings

ANNA = SignIn("Anna Lind", "coordinator", PASSPHRASE)


class ScriptedPrompts(Prompts):
    """Answers instead of dialogs; remembers the messages it was shown."""

    def __init__(self) -> None:
        self.sign_ins: list[SignIn | None] = []
        self.errors: list[str] = []
        self.passphrase: str | None = PASSPHRASE

    def sign_in(self, event_name, operator, role, check, parent):
        who = self.sign_ins.pop(0) if self.sign_ins else None
        if who is not None and who.passphrase and who.role == "coordinator":
            check(who.passphrase)
        return who

    def new_passphrase(self, event_name):
        return self.passphrase

    def error(self, text, parent):
        self.errors.append(text)


@pytest.fixture(autouse=True)
def _nothing_but_sqlite_opens_an_open_event_file():
    """Every window test fails if Python code opened, renamed or removed an event file (or
    its WAL or shared memory) while this process had it open (see tests/audit.py)."""
    with audit.watching() as found:
        yield
    assert not found, audit.violations_text(found)


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    event = make_event(tmp_path)
    event.journal.log("Fem berusade ungdomar vid Resecentrum", operator="Anna", unit="TV3",
                      category="ber", place="Resecentrum")
    event.journal.log("Flicka 15 år omhändertagen, vårdnadshavare kontaktad", operator="Anna",
                      confidential=True)
    event.close()
    return event.path


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def controller(qapp, tmp_path: Path, prompts: ScriptedPrompts):
    i18n.install("sv")
    app = App(Settings(tmp_path / "window.json"), prompts, folder=tmp_path / "documents")
    yield app
    app.close_event()
    i18n.install("sv")


@pytest.fixture
def window(controller: App, event_path: Path, qtbot):
    assert controller.start(event_path, ANNA)
    win = controller.window
    journal = win.journal_view()
    qtbot.waitUntil(lambda: journal.model.ready and not controller.context.tasks.busy)
    return win


def entries_in_file(path: Path, passphrase: str | None = None):
    with EventFile.open(path) as event:
        if passphrase:
            event.unlock(passphrase)
        return event.read.journal.page()


def texts_shown(window) -> list[str]:
    model = window.journal_view().model
    from ui.models.journal_model import TEXT

    # model.data, not index.data(): PySide6 6.12 on Python 3.11 miscounts references to None
    return [model.data(model.index(r, TEXT)) or "" for r in range(model.rowCount())]
