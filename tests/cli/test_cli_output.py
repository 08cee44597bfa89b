"""Saved or not, a script must know: a change that was saved exits 0 even when its id cannot be
printed (and says so on stderr, so nobody runs it again and saves it twice); a verb that only
reads and cannot write its output exits non-zero with words; a reader that has gone (`| head`)
ends the command quietly. Never a traceback."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.cli import main
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalFilter
from tests.factories import PASSPHRASE
from tests.raw_files import REPO, child_env, state

ID_NOT_WRITTEN = ("The change was saved, but its id could not be written ({reason}). Do not "
                  "run the command again.")
OUTPUT_NOT_WRITTEN = ("It was done and saved, but what it printed could not be written "
                      "({reason}). Do not run the command again.")


FULL = UserError("output_failed", detail="disken är full")


def has_dev_full() -> bool:
    try:
        return stat.S_ISCHR(os.stat("/dev/full").st_mode)
    except OSError:
        return False


needs_dev_full = pytest.mark.skipif(not has_dev_full(), reason="no /dev/full here")


class _FullDisk(io.RawIOBase):
    """Standard output on a full disk: every write fails (until the test is over)."""

    full = True

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return len(data)


@pytest.fixture(params=["buffered", "unbuffered"])
def on_full_disk(request, capsys):
    """Run `eventcenter ARGS` in this process with sys.stdout on a full disk, failing when
    flushed or on the first write; (exit code, stderr)."""
    disks = []

    def run(*args) -> tuple[int, str]:
        disks.append(_FullDisk())
        stream = io.TextIOWrapper(disks[-1], encoding="utf-8",
                                  write_through=request.param == "unbuffered")
        kept, sys.stdout = sys.stdout, stream
        try:
            code = main([str(a) for a in args])
        finally:
            sys.stdout = kept
        return code, capsys.readouterr().err

    yield run
    for disk in disks:
        disk.full = False  # what the test left buffered goes quietly
    messages.set_language(None)


def note(template: str, reason: str = "the disk is full") -> str:
    return "eventcenter: " + messages.gettext(template).format(reason=messages.gettext(reason))


def journal(path: Path) -> list[str]:
    with EventFile.open(path) as event:
        return [e.text for e in event.read.journal.page(JournalFilter(newest_first=False))]


def child(args: list[str], config: Path, **popen) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventcenter.cli", *args],
                          env=child_env(config, EVENTCENTER_OPERATOR="Anna"), cwd=REPO,
                          stderr=subprocess.PIPE, timeout=60, **popen)


# -- a change that is saved ----------------------------------------------------------------

def _entry(path: Path) -> str:
    with EventFile.open(path) as event:
        return event.journal.log("Brand i container", operator="Anna").id


CHANGES = {
    "log": lambda f: ["log", f, "Brand i container"],
    "decide": lambda f: ["decide", f, "Stäng Vaksala torg", "--by", "Polisen"],
    "correct": lambda f: ["correct", f, _entry(f), "Brand i två containrar", "--reason",
                          "fel antal"],
    "measure open": lambda f: ["measure", "open", f, "Avspärrning"],
    "request receive": lambda f: ["request", "receive", f, "Fler vakter", "--from", "Polisen"],
    "unit add": lambda f: ["unit", "add", f, "TV9", "--org", "Polisen"],
    "contact add": lambda f: ["contact", "add", f, "Lisa Berg", "--function", "Vakt", "--org",
                              "Securitas"],
    "place add": lambda f: ["place", "add", f, "Fyrishov entré"],
}


@pytest.mark.parametrize("verb", CHANGES.values(), ids=CHANGES.keys())
def test_a_saved_change_whose_id_cannot_be_printed_exits_0(path, on_full_disk, verb):
    before = state(path)[0]
    code, err = on_full_disk(*verb(path), "--operator", "Anna")
    assert "Traceback" not in err
    assert (code, err) == (0, note(ID_NOT_WRITTEN) + "\n")
    assert state(path)[0] > before


def test_saved_results_that_cannot_be_printed(path, tmp_path, on_full_disk, monkeypatch):
    """new, import, backup, export and signin: done, said so, exit 0."""
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)
    contacts = tmp_path / "kontakter.csv"
    contacts.write_text("Namn;Befattning;Företag\nLisa Berg;Vakt;Securitas\n", encoding="utf-8")
    done = {
        "new": (["new", tmp_path / "ny.event", "--template", "valborg", "--name", "Ny"],
                lambda: (tmp_path / "ny.event").exists()),
        "import": (["import", path, "--contacts", contacts, "--operator", "Anna"],
                   lambda: state(path)[0] > before),
        "backup": (["backup", path, tmp_path / "kopior"],
                   lambda: any((tmp_path / "kopior").iterdir())),
        "export": (["export", path, "--csv", tmp_path / "ut.csv", "--public"],
                   lambda: (tmp_path / "ut.csv").exists()),
        "signin": (["signin", "Bo"], lambda: _signed_in() == "Bo"),
    }
    for name, (args, happened) in done.items():
        before = state(path)[0]
        code, err = on_full_disk(*args)
        assert (name, code, err) == (name, 0, note(OUTPUT_NOT_WRITTEN) + "\n")
        assert happened(), name


def _signed_in() -> str | None:
    from eventcenter.device import load_device

    return load_device().operator


@needs_dev_full
def test_log_to_dev_full_saves_the_line_once_and_exits_0(path, tmp_path):
    with open("/dev/full", "w") as full:
        done = child(["log", str(path), "Vattenläcka vid Fyrishov"], tmp_path, stdout=full)
    err = done.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert done.returncode == 0
    assert err == note(ID_NOT_WRITTEN) + "\n"
    assert journal(path).count("Vattenläcka vid Fyrishov") == 1


def test_a_closed_stdout_is_said_too(path, tmp_path):
    """Started with standard output closed (`>&-`): the line is saved, and stderr says why
    its id is not printed."""
    done = child(["log", str(path), "Vattenläcka vid Fyrishov"], tmp_path,
                 preexec_fn=lambda: os.close(1))
    assert done.returncode == 0
    assert done.stderr.decode() == note(ID_NOT_WRITTEN, "standard output is closed") + "\n"
    assert journal(path).count("Vattenläcka vid Fyrishov") == 1


# -- a verb that only reads -----------------------------------------------------------------

READS = {
    "show journal": ["show", "{f}", "journal"],
    "show journal --json": ["show", "{f}", "journal", "--json"],
    "show categories": ["show", "{f}", "categories"],
    "show units": ["show", "{f}", "units"],
    "search": ["search", "{f}", "container"],
    "history": ["history", "{f}", "TV3"],
    "fingerprint": ["fingerprint", "{f}"],
    "verify": ["verify", "{f}"],
    "import --dry-run": ["import", "{f}", "--contacts", "{csv}", "--dry-run"],
    "help": ["--help"],
    "help of a verb": ["log", "--help"],
}


@pytest.mark.parametrize("args", READS.values(), ids=READS.keys())
def test_a_read_whose_output_cannot_be_written_fails_with_words(path, on_full_disk, args):
    _entry(path)
    contacts = path.parent / "kontakter.csv"
    contacts.write_text("Namn;Befattning;Företag\nLisa Berg;Vakt;Securitas\n", encoding="utf-8")
    before = state(path)
    code, err = on_full_disk(*[a.format(f=path, csv=contacts) for a in args])
    assert "Traceback" not in err
    assert (code, err) == (2, f"eventcenter: {FULL}\n")
    assert state(path) == before


@needs_dev_full
@pytest.mark.parametrize("args", [["show", "{f}", "categories"], ["--help"]],
                         ids=["show categories", "help"])
def test_a_read_to_dev_full_fails_with_words(path, tmp_path, args):
    with open("/dev/full", "w") as full:
        done = child([a.format(f=path) for a in args], tmp_path, stdout=full)
    err = done.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert done.returncode == 2
    assert err == f"eventcenter: {FULL}\n"


# -- a reader that has gone ------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="a pipe without reader, as POSIX has it")
@pytest.mark.parametrize("args", [["show", "{f}", "categories"], ["show", "{f}", "journal"],
                                  ["log", "{f}", "Vattenläcka vid Fyrishov"]],
                         ids=["show categories", "show journal", "log"])
def test_a_reader_that_has_gone_ends_the_command_quietly(path, tmp_path, args):
    """`eventcenter … | head`: no words, no traceback, and a line still saved once."""
    _entry(path)
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = child([a.format(f=path) for a in args], tmp_path, stdout=writer)
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr.decode()) == (0, "")
    if args[0] == "log":
        assert journal(path).count("Vattenläcka vid Fyrishov") == 1
