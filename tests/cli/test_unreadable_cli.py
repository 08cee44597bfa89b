"""A sealed field that cannot be opened (issue 11), from the command line: with the passphrase
every verb that reads answers (no traceback, exit 0) and says *kan inte öppnas* where the field
would stand; `verify` names each such field and exits 1."""

from __future__ import annotations

import io
import json

import pytest

from eventcenter import messages
from eventcenter.cli import main
from eventcenter.event_file import EventFile
from tests.core.test_unreadable_sealed import write_unreadable
from tests.factories import PASSPHRASE
from tests.reports.conftest import text_of

WORDS = "kan inte öppnas"


@pytest.fixture
def broken(path):
    with EventFile.open(path) as event:
        ids = write_unreadable(event)
    return path, ids


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    messages.set_language(None)
    return code, out, err


@pytest.fixture
def unlocked(monkeypatch):
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)


def test_every_list_and_history_says_it_cannot_be_opened(broken, unlocked, capsys):
    path, ids = broken
    for what in ("journal", "measures", "requests"):
        code, out, err = run(capsys, "show", path, what)
        assert (code, err) == (0, ""), err
        assert WORDS in out, what
    code, out, _err = run(capsys, "show", path, "journal", "--json")
    shown = {e["id"]: e for e in json.loads(out)}
    assert shown[ids["decision"]]["unreadable"][:2] == ["text", "decided_by"]
    assert shown[ids["readable"]]["text"] == "Läsbar hemlighet"
    for key in ("measure", "request"):
        code, out, err = run(capsys, "history", path, ids[key])
        assert code == 0 and WORDS in out, err
    code, out, _err = run(capsys, "search", path, "", "--confidential", "yes")
    assert code == 0 and out.count(WORDS) == 2


def test_the_reports_say_it_cannot_be_opened(broken, unlocked, capsys, tmp_path):
    path, _ids = broken
    for option, name in (("--debrief", "d.pdf"), ("--sitrep", "s.pdf"), ("--csv", "j.csv")):
        code, _out, err = run(capsys, "export", path, option, tmp_path / name)
        assert code == 0, err
    assert WORDS in text_of(tmp_path / "d.pdf")
    assert WORDS in text_of(tmp_path / "s.pdf")
    assert WORDS in (tmp_path / "j.csv").read_text(encoding="utf-8-sig")


def test_verify_with_the_passphrase_names_every_field_that_cannot_be_opened(
        broken, unlocked, capsys):
    path, ids = broken
    code, out, err = run(capsys, "verify", path)
    assert code == 1 and "Traceback" not in err
    lines = [line for line in out.splitlines() if WORDS in line]
    assert len(lines) == 4
    assert any(line.startswith(f"- Insatsen {ids['measure']}:") and "(title)" in line
               for line in lines)
    assert any(ids["decision"] in line and "decided_by, mandate" in line for line in lines)


def test_verify_without_the_passphrase_names_a_field_that_is_no_sealed_field(broken, capsys):
    path, ids = broken
    code, out, _err = run(capsys, "verify", path)
    assert code == 1
    assert [line for line in out.splitlines() if WORDS in line] == [
        f"- Begäran {ids['request']}: förseglad text kan inte öppnas (from); den är skadad "
        f"eller förseglad med en annan nyckel (post {ids['request']})."]


def test_verify_with_a_wrong_passphrase_or_none_to_ask_for_is_refused_in_words(
        broken, capsys, monkeypatch):
    path, _ids = broken
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", "fel lösenfras här")
    code, out, err = run(capsys, "verify", path)
    assert (code, out) == (2, "")
    assert err == "eventcenter: Lösenfrasen för sekretess är fel.\n"
    monkeypatch.delenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "verify", path, "--unlock")
    assert (code, out) == (2, "") and "lösenfrasen" in err and "Traceback" not in err
