"""The window's dialogs that set a passphrase (issue 11, point 4): they advise four or more
words, refuse a passphrase of spaces in Swedish, and take a repetition typed in the other
Unicode form (a Mac's decomposed `ä`) as the same passphrase. A coordinator who types the
passphrase decomposed at sign-in opens confidential text."""

from __future__ import annotations

import unicodedata

import pytest

from eventcenter import messages
from eventcenter.event_file import EventFile
from tests.factories import PASSPHRASE
from ui import i18n
from ui.dialogs.new_event import NewEventDialog
from ui.dialogs.passphrase import NewPassphraseDialog
from ui.dialogs.sign_in import SignIn, SignInDialog

DECOMPOSED = unicodedata.normalize("NFD", PASSPHRASE)


@pytest.fixture
def swedish(qapp):
    i18n.install("sv")
    yield
    messages.set_language(None)  # the core's language back to the environment's


def _new_passphrase(qtbot) -> NewPassphraseDialog:
    dialog = NewPassphraseDialog("Valborg 2027")
    qtbot.addWidget(dialog)
    return dialog


def test_the_new_passphrase_dialog_advises_four_or_more_words(qtbot, swedish):
    dialog = _new_passphrase(qtbot)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "fyra eller fler ord" in texts


def test_the_new_passphrase_dialog_refuses_spaces(qtbot, swedish):
    dialog = _new_passphrase(qtbot)
    dialog.first.setText(" " * 12)
    dialog.second.setText(" " * 12)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == ("Lösenfrasen består bara av mellanslag. "
                                   "Välj fyra eller fler ord.")


def test_a_repetition_in_the_other_form_is_the_same_passphrase(qtbot, swedish):
    dialog = _new_passphrase(qtbot)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(DECOMPOSED)
    dialog.accept()
    assert dialog.result() == 1 and not dialog.error.isVisibleTo(dialog)


def test_the_new_event_dialog_advises_four_words_and_refuses_spaces(qtbot, swedish, tmp_path):
    dialog = NewEventDialog(tmp_path)
    qtbot.addWidget(dialog)
    advice = dialog.findChild(type(dialog.error), "newEventPassphraseAdvice")
    assert "fyra eller fler ord" in advice.text()
    dialog.first.setText("\u00a0" * 10)
    dialog.second.setText("\u00a0" * 10)
    dialog.accept()
    assert dialog.result() == 0
    assert "bara av mellanslag" in dialog.error.text()


def test_a_coordinator_signs_in_with_the_passphrase_typed_decomposed(qtbot, swedish,
                                                                   event_path):
    event = EventFile.open(event_path)
    dialog = SignInDialog(event.name, "Anna Lind", "coordinator", event.unlock)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(DECOMPOSED)
    dialog.accept()
    assert dialog.result_ == SignIn("Anna Lind", "coordinator", DECOMPOSED)
    assert event.unlocked
    event.close()
