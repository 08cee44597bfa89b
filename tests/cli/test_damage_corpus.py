"""A hundred damaged copies of one event (see tests/damage_corpus.py): `verify`,
`fingerprint` and `show FILE journal` answer each in words, never with a traceback; `verify`
exits non-zero on every damage SQLite or the event's own checks can see, and its words name
the latest backup."""

from __future__ import annotations

import io
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from eventcenter.backups import backup_now, latest_backup
from eventcenter.cli import main
from eventcenter.event_file import EventFile
from tests import damage_corpus
from tests.raw_files import raw, run_cli

CASES = damage_corpus.cases()
VERBS = (["verify"], ["fingerprint"], ["show", "{file}", "journal"])
# Damage made behind SQLite's back in the records: only the event's own checks see it.
ALWAYS_FOUND = {"truncate", "not_json", "not_hex", "not_an_object", "bad_type"}


@pytest.fixture(scope="module")
def sound(tmp_path_factory, pristine) -> Path:
    """A closed event with a night's worth of lines of every kind, and one backup."""
    folder = tmp_path_factory.mktemp("sound")
    path = folder / pristine.name
    path.write_bytes(pristine.read_bytes())
    with EventFile.open(path) as event:
        for n in range(60):
            event.journal.log(f"Rad {n}: @TV3 #ber Resecentrum fem berusade", operator="Anna",
                              confidential=n % 9 == 0)
        first = event.journal.log("Klotter på Dombron", operator="Bo").id
        event.journal.decide("Stäng inflödet till Islandsbron", decided_by="Polisen",
                             operator="Bo")
        event.journal.correct(first, "Klotter på Nybron", reason="fel bro", operator="Bo")
        backup_now(event)
    return path


def run(argv: list[str]) -> tuple[int, str]:
    """`eventcenter ARGV` in this process: its exit status and everything it printed."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            status = main(argv)
    except BaseException:  # noqa: BLE001 - any escape is the failure this test looks for
        pytest.fail(f"eventcenter {' '.join(argv)} raised:\n{traceback.format_exc()}")
    return status, out.getvalue() + err.getvalue()


def sqlite_sees_damage(path: Path) -> bool:
    """SQLite's own verdict on the file, read with plain sqlite3."""
    try:
        with raw(path) as conn:
            return conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    except Exception:  # noqa: BLE001 - not even readable: damaged
        return True


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_damage_is_answered_in_words(case, sound, tmp_path):
    path = damage_corpus.make(case, sound, tmp_path)
    seen_by_sqlite = sqlite_sees_damage(path)
    results = {}
    for verb in VERBS:
        argv = [part.format(file=path) for part in verb] if len(verb) > 1 else [*verb, path]
        status, printed = run([str(a) for a in argv])
        assert "Traceback" not in printed
        assert status in (0, 1, 2), printed
        if status != 0:
            assert printed.strip(), f"{verb[0]} exited {status} without a word"
        results[verb[0]] = (status, printed)
    status, printed = results["verify"]
    if case.kind in ALWAYS_FOUND or seen_by_sqlite:
        assert status != 0, printed
    if status != 0:
        assert str(latest_backup(path)) in printed


SUBPROCESS_CASES = [CASES[14], CASES[51], CASES[72]]  # a page show cannot read, cut, not hex


@pytest.mark.parametrize("case", SUBPROCESS_CASES, ids=[c.name for c in SUBPROCESS_CASES])
def test_damage_is_answered_in_words_by_the_command(case, sound, tmp_path):
    path = damage_corpus.make(case, sound, tmp_path / "case")
    for verb in VERBS:
        argv = [part.format(file=path) for part in verb] if len(verb) > 1 else [*verb, path]
        done = run_cli(argv, tmp_path / "config")
        assert "Traceback" not in done.stdout + done.stderr
        assert done.returncode in (0, 1, 2)
        if done.returncode != 0:
            assert (done.stdout + done.stderr).strip()


def test_a_read_sqlite_refuses_for_another_reason_is_said_in_words(sound, monkeypatch):
    import sqlite3

    from sqlalchemy import exc

    from eventcenter.cli import show

    def locked(_event, _args):
        raise exc.OperationalError("SELECT", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setitem(show.LISTS, "journal", locked)
    status, printed = run(["show", str(sound), "journal"])
    assert status == 2
    assert "disk I/O error" in printed and "Traceback" not in printed
