"""Passphrases at the command line (issue 11, point 4): from the environment, or typed at a
prompt, in either Unicode form; a passphrase of spaces only, or bytes that are not UTF-8 in
EVENTCENTER_CONFIDENTIAL_PASSPHRASE, get Swedish words, exit 2, and change nothing."""

from __future__ import annotations

import getpass
import io
import json
import sys
import unicodedata

import pytest

from eventcenter.errors import UserError
from tests.cli.test_cli_words import child, refused, words
from tests.factories import PASSPHRASE
from tests.raw_files import state

PASSPHRASE_ENV = "EVENTCENTER_CONFIDENTIAL_PASSPHRASE"
DECOMPOSED = unicodedata.normalize("NFD", PASSPHRASE)



class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _typing(*answers: str):
    typed = iter(answers)
    return lambda prompt="": next(typed)


def test_a_decomposed_passphrase_in_the_environment_opens_the_file(cli, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    code, out, err = cli("log", path, "Flicka 14 år hämtad", "--operator", "Anna",
                         "--confidential")
    assert (code, err) == (0, "")
    monkeypatch.setenv(PASSPHRASE_ENV, DECOMPOSED)
    code, out, err = cli("show", path, "journal", "--json")
    assert (code, err) == (0, "")
    assert "Flicka 14 år hämtad" in [e["text"] for e in json.loads(out)]


def test_a_decomposed_passphrase_typed_at_the_prompt_opens_the_file(cli, path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", _typing(DECOMPOSED))
    code, out, err = cli("search", path, "brand", "--unlock", "--json")
    assert (code, err, json.loads(out)) == (0, "", [])


def test_new_takes_a_passphrase_repeated_in_the_other_form(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", _typing(PASSPHRASE, DECOMPOSED))
    target = tmp_path / "ny.event"
    code, out, err = cli("new", target, "--template", "blank", "--name", "Valborg")
    assert (code, err) == (0, "")
    assert target.exists()


@pytest.mark.parametrize("where", ["environment", "prompt"])
def test_new_refuses_a_passphrase_of_spaces(cli, tmp_path, monkeypatch, where):
    if where == "environment":
        monkeypatch.setenv(PASSPHRASE_ENV, " " * 12)
    else:  # refused at once: the second prompt never comes
        monkeypatch.setattr(sys, "stdin", _Terminal())
        monkeypatch.setattr(getpass, "getpass", _typing(" " * 12))
    refused(cli("new", tmp_path / "ny.event", "--template", "blank", "--name", "Valborg"),
            "passphrase_blank")
    assert list(tmp_path.iterdir()) == []
    assert str(UserError("passphrase_blank")) == (
        "Lösenfrasen består bara av mellanslag. Välj fyra eller fler ord.")


def test_opening_with_a_passphrase_of_spaces_is_refused(cli, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "          ")
    before = state(path)
    refused(cli("show", path, "journal"), "passphrase_blank")
    assert state(path) == before


@pytest.mark.parametrize("args", [
    ["new", "{dir}/ny.event", "--template", "blank", "--name", "Valborg"],
    ["show", "{f}", "journal"],
    ["search", "{f}", "brand"],
    ["history", "{f}", "TV3"],
    ["export", "{f}", "--debrief", "{dir}/ut.pdf"],
], ids=["new", "show", "search", "history", "export"])
def test_bytes_that_are_not_utf8_in_the_variable_change_nothing(path, tmp_path_factory,
                                                                args):
    """A real process, the variable holding Latin-1 bytes (os.environb): the sentence names
    the variable, exit 2, no file made, the event file unchanged."""
    before, files = state(path), sorted(path.parent.iterdir())
    argv = [a.format(f=path, dir=path.parent) for a in args]
    latin1 = "korrekt häst".encode("latin-1")
    done = child(argv, tmp_path_factory.mktemp("laptop"), **{PASSPHRASE_ENV: latin1})
    assert done.returncode == 2
    said = words(done)
    assert said.startswith("eventcenter: Värdet för EVENTCENTER_CONFIDENTIAL_PASSPHRASE")
    assert "UTF-8" in said
    assert state(path) == before
    assert sorted(path.parent.iterdir()) == files


def test_new_in_a_real_process_wraps_the_key_at_n_2_17(tmp_path_factory, tmp_path):
    """The program's own cost, outside the tests' cheaper one (tests/conftest.py)."""
    from tests.raw_files import raw

    target = tmp_path / "ny.event"
    done = child(["new", str(target), "--template", "blank", "--name", "Valborg"],
                 tmp_path_factory.mktemp("laptop"), **{PASSPHRASE_ENV: PASSPHRASE})
    assert done.returncode == 0, words(done)
    with raw(target) as conn:
        (wrapped,) = conn.execute(
            "SELECT value FROM meta WHERE key = 'wrapped_private_key'").fetchone()
    assert json.loads(wrapped)["n"] >= 2**17
