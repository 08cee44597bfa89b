"""The window with sealed fields the passphrase cannot open (issue 11), and with a request
whose sender is sealed: every tab reads on and says *kan inte öppnas*, or *sekretessbelagd
avsändare* without the passphrase, where the text would stand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_unreadable_sealed import write_unreadable
from tests.factories import make_event
from tests.ui.conftest import texts_shown
from tests.ui.test_state_views import _open, _show, _texts
from ui.dialogs.sign_in import SignIn
from ui.models.measures_model import TITLE
from ui.models.requests_model import FROM, TEXT

WORDS = "kan inte öppnas"


@pytest.fixture
def broken_path(tmp_path: Path) -> Path:
    event = make_event(tmp_path)
    write_unreadable(event)
    event.requests.receive("Pojke 14 år saknas", party="Polisens inre stab", operator="Eva",
                           confidential=True)
    event.close()
    return event.path


def test_the_journal_says_which_entries_cannot_be_opened(qtbot, controller, broken_path):
    window = _open(qtbot, controller, broken_path)
    shown = texts_shown(window)
    assert shown.count(f"sekretessbelagd post: {WORDS}") == 2
    assert "Läsbar hemlighet" in shown


def test_the_measures_requests_and_situation_tabs_say_it(qtbot, controller, broken_path,
                                                         tmp_path):
    window = _open(qtbot, controller, broken_path)
    measures = _show(qtbot, window, "measures")
    assert _texts(measures.model, TITLE) == [f"sekretessbelagd insats: {WORDS}"]
    requests = _show(qtbot, window, "requests")
    assert sorted(_texts(requests.model, FROM)) == sorted([WORDS, "Polisens inre stab"])
    assert "Läsbar begäran" in _texts(requests.model, TEXT)
    now = _show(qtbot, window, "now")
    lines = [now.requests.item(i).text() for i in range(now.requests.count())]
    assert any(WORDS in line for line in lines)
    attention = [now.attention.item(i).text() for i in range(now.attention.count())]
    assert any(f"Begäran från ({WORDS})" in line for line in attention)
    window.resize(1280, 760)  # screenshots of every tab, for a person to look at
    for view in (window.journal_view(), measures, requests, now):
        window.tabs.setCurrentWidget(view)
        qtbot.wait(50)
        assert window.grab().save(str(tmp_path / f"unreadable-{view.view_name}.png"))


def test_without_the_passphrase_the_sender_is_sealed(qtbot, controller, broken_path):
    window = _open(qtbot, controller, broken_path, SignIn("Eva Sjöberg", "liaison"))
    requests = _show(qtbot, window, "requests")
    assert sorted(_texts(requests.model, FROM)) == ["sekretessbelagd avsändare"] * 2
    assert WORDS not in " ".join(texts_shown(window))
