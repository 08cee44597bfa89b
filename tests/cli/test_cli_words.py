"""Every mistake a person can make at the command line gets words, never a traceback: bytes
that are not UTF-8 in an argument or in the environment, a year the calendar cannot hold, a
folder that does not exist, a disk that fills up during an export, Ctrl-D at a passphrase
prompt. Each ends with the mistake's own sentence on stderr, exit 2, and the file unchanged."""

from __future__ import annotations

import errno
import getpass
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.errors import UserError
from tests.factories import PASSPHRASE
from tests.raw_files import REPO, child_env, state

PASSPHRASE_ENV = "EVENTCENTER_CONFIDENTIAL_PASSPHRASE"



def refused(result: tuple[int, str, str], code: str, **params) -> None:
    """Exit 2, nothing on stdout, the error's own sentence (in Swedish) on stderr."""
    exit_code, out, err = result
    assert "Traceback" not in err
    assert (exit_code, out) == (2, ""), err
    assert err == f"eventcenter: {UserError(code, **params)}\n"


def child(args: list[str | bytes], config: Path, **env: str | bytes):
    """`eventcenter ARGS` in a child process; arguments and environment may be raw bytes."""
    environment = child_env(config)
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "eventcenter.cli", *args], env=environment,
                          capture_output=True, cwd=REPO, timeout=60)


def words(completed: subprocess.CompletedProcess) -> str:
    assert b"Traceback" not in completed.stderr, completed.stderr.decode(errors="replace")
    return completed.stderr.decode("utf-8", errors="replace")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _never_asked(prompt: str = "") -> str:
    raise AssertionError(f"asked for the passphrase: {prompt}")


def _ctrl_d(prompt: str = "") -> str:
    raise EOFError


# -- bytes that are not UTF-8 -------------------------------------------------------------
# On Linux and macOS Python hands such bytes over as lone surrogates ("\udcff").

BAD = "Valla\udcffen"

NAMED = {
    "search --place": (["search", "{f}", "brand", "--place", BAD], "--place"),
    "search --unit": (["search", "{f}", "brand", "--unit", BAD], "--unit"),
    "search --category": (["search", "{f}", "brand", "--category", BAD], "--category"),
    "search --operator": (["search", "{f}", "brand", "--operator", BAD], "--operator"),
    "search query": (["search", "{f}", BAD], "QUERY"),
    "history": (["history", "{f}", BAD], "ID"),
    "signin": (["signin", BAD], "NAME"),
    "log text": (["log", "{f}", BAD, "--operator", "Anna"], "TEXT"),
    "log --operator": (["log", "{f}", "brand", "--operator", BAD], "--operator"),
    "measure open --place": (
        ["measure", "open", "{f}", "Avspärrning", "--place", BAD, "--operator", "Anna"],
        "--place"),
    "measure open --category": (
        ["measure", "open", "{f}", "Avspärrning", "--category", BAD, "--operator", "Anna"],
        "--category"),
    "measure open --unit": (
        ["measure", "open", "{f}", "Avspärrning", "--unit", "TV3", "--unit", BAD,
         "--operator", "Anna"], "--unit"),
    "unit add": (["unit", "add", "{f}", BAD, "--org", "Polisen", "--operator", "Anna"],
                 "CALLSIGN"),
    "contact edit --name": (["contact", "edit", "{f}", "abcd", "--name", BAD], "--name"),
    "place add": (["place", "add", "{f}", BAD, "--operator", "Anna"], "NAME"),
    "new --name": (["new", "{dir}/ny.event", "--template", "valborg", "--name", BAD], "--name"),
    "show": (["show", "{f}", BAD], "WHAT"),
}


@pytest.mark.parametrize("case", NAMED.values(), ids=NAMED.keys())
def test_an_argument_that_is_not_utf8_is_named(cli, path, case, monkeypatch):
    args, name = case
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    before = state(path)
    argv = [a.format(f=path, dir=path.parent) for a in args]
    refused(cli(*argv), "not_utf8", name=name)
    assert state(path) == before
    assert not (path.parent / "ny.event").exists()


@pytest.mark.parametrize("args", [
    [b"search", "{f}", b"brand", b"--unit", b"TV\xff"],
    [b"history", "{f}", b"Valla\xffen"],
    [b"signin", b"\xc3"],
    [b"place", b"add", "{f}", b"\xff\xfe", b"--operator", b"Anna"],
])
def test_real_bytes_that_are_not_utf8_get_words(path, tmp_path, args):
    """The same through a real process, the bytes as a terminal set to Latin-1 sends them."""
    before = state(path)
    done = child([os.fsencode(str(path)) if a == "{f}" else a for a in args], tmp_path)
    assert done.returncode == 2
    text = words(done)
    assert text.startswith("eventcenter: Värdet för ") and "UTF-8" in text
    assert state(path) == before


def test_a_passphrase_in_the_environment_that_is_not_utf8(cli, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "h\udce4st")
    refused(cli("search", path, "brand"), "not_utf8", name=PASSPHRASE_ENV)


def test_a_passphrase_in_the_environment_that_is_not_utf8_in_a_real_process(path, tmp_path):
    done = child(["search", str(path), "brand"], tmp_path, **{PASSPHRASE_ENV: b"h\xe4st"})
    assert done.returncode == 2
    assert PASSPHRASE_ENV in words(done)


def test_an_operator_in_the_environment_that_is_not_utf8(cli, path, monkeypatch):
    monkeypatch.setenv("EVENTCENTER_OPERATOR", "\udcc5sa")
    before = state(path)
    refused(cli("log", path, "brand"), "not_utf8", name="EVENTCENTER_OPERATOR")
    assert state(path) == before


@pytest.mark.skipif(sys.platform != "linux", reason="file names are any bytes on Linux")
def test_a_file_name_that_is_not_utf8_is_still_a_file_name(cli, path, tmp_path):
    """File names are bytes on Linux: one that is not UTF-8 still names its file."""
    odd = tmp_path / "valla\udcffen.event"
    path.rename(odd)
    code, out, err = cli("log", odd, "brand", "--operator", "Anna")
    assert (code, err) == (0, "")
    code, out, err = cli("export", odd, "--csv", tmp_path / "ut\udcff.csv", "--public")
    assert (code, err) == (0, "")
    assert (tmp_path / "ut\udcff.csv").exists()


def test_signin_refuses_a_name_no_entry_could_carry(cli):
    """A bell in the name would be kept and refuse every later entry; it is refused now."""
    from eventcenter.device import load_device

    refused(cli("signin", "Anna\x07"), "control_characters")
    assert load_device().operator is None


# -- an empty name for a file or folder ---------------------------------------------------

EMPTY = {
    "export --debrief": (["export", "{f}", "--debrief", "", "--public"], "--debrief"),
    "export --sitrep": (["export", "{f}", "--sitrep", ""], "--sitrep"),
    "export --contacts": (["export", "{f}", "--contacts", ""], "--contacts"),
    "export --csv": (["export", "{f}", "--csv", "", "--public"], "--csv"),
    "log FILE": (["log", "", "brand", "--operator", "Anna"], "FILE"),
    "show FILE": (["show", "", "journal"], "FILE"),
    "backup DIR": (["backup", "{f}", ""], "DIR"),
    "import --contacts": (["import", "{f}", "--contacts", ""], "--contacts"),
    "new --from": (["new", "{dir}/ny.event", "--template", "valborg", "--name", "Ny", "--from",
                    ""], "--from"),
}


@pytest.mark.parametrize("case", EMPTY.values(), ids=EMPTY.keys())
def test_an_empty_name_for_a_file_or_folder(cli, path, monkeypatch, case):
    """An empty argument names no file (not the current folder)."""
    args, name = case
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    before = sorted(path.parent.iterdir())
    refused(cli(*[a.format(f=path, dir=path.parent) for a in args]), "no_file_name", name=name)
    assert sorted(path.parent.iterdir()) == before


LONG = "a" * 5000

TOO_LONG = {
    "log FILE": (["log", LONG, "brand", "--operator", "Anna"], "FILE"),
    "show FILE": (["show", "{dir}/" + LONG, "journal"], "FILE"),
    "new FILE": (["new", "{dir}/" + LONG, "--template", "valborg", "--name", "Ny"], "FILE"),
    "backup DIR": (["backup", "{f}", "{dir}/" + LONG], "DIR"),
    "export --csv": (["export", "{f}", "--csv", "{dir}/" + LONG + "/ut.csv", "--public"],
                     "--csv"),
    "export --debrief": (["export", "{f}", "--debrief", LONG, "--public"], "--debrief"),
    "import --contacts": (["import", "{f}", "--contacts", LONG], "--contacts"),
}


@pytest.mark.parametrize("case", TOO_LONG.values(), ids=TOO_LONG.keys())
def test_a_file_name_the_system_cannot_use(cli, path, monkeypatch, case):
    args, name = case
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    argv = [a.format(f=path, dir=path.parent) for a in args]
    given = next(a for a in argv if LONG in a)
    before = sorted(path.parent.iterdir())
    refused(cli(*argv), "unusable_path", name=name, path=given,
            detail=messages.gettext("the name is too long"))
    assert sorted(path.parent.iterdir()) == before


@pytest.mark.parametrize("given, code", [("valla\ud800en.event", "not_utf8"),
                                         ("valla\x00en.event", "unusable_path")],
                         ids=["a surrogate that stands for no byte", "NUL"])
def test_a_file_name_no_system_can_hold(cli, tmp_path, given, code):
    """Names that reach main() from a caller in this process (or, for the first, from
    Windows) rather than from a POSIX command line."""
    name = str(tmp_path / given)
    params = {"name": "FILE"}
    if code == "unusable_path":
        params.update(path=name, detail=messages.gettext("no file name can hold it"))
    refused(cli("log", name, "brand", "--operator", "Anna"), code, **params)


# -- times the calendar cannot hold ---------------------------------------------------------

FAR = {
    "log --at year 1": (["log", "{f}", "brand", "--operator", "Anna", "--late-reason",
                         "glömt", "--at"], "0001-01-01T00:00"),
    "log --at year 1 with an offset": (["log", "{f}", "brand", "--operator", "Anna",
                                        "--late-reason", "glömt", "--at"],
                                       "0001-01-01T00:30+01:00"),
    "log --at the last minute of 9999 in UTC": (
        ["log", "{f}", "brand", "--operator", "Anna", "--at"], "9999-12-31T23:59Z"),
    "search --since year 1": (["search", "{f}", "brand", "--since"], "0001-01-01T00:00"),
    "search --until 9999 west of UTC": (["search", "{f}", "brand", "--until"],
                                        "9999-12-31T23:00-05:00"),
    "show journal --at year 1": (["show", "{f}", "journal", "--at"], "0001-01-01 00:00"),
    "show measures --at year 1": (["show", "{f}", "measures", "--at"], "0001-01-01T00:59"),
    "export --sitrep --at year 1": (["export", "{f}", "--sitrep", "{dir}/ut.pdf", "--public",
                                     "--at"], "0001-01-01T00:00"),
    "export --sitrep --at the first minute of year 1 in UTC": (
        ["export", "{f}", "--sitrep", "{dir}/ut.pdf", "--public", "--at"], "0001-01-01T00:00Z"),
    "show measures --at the last hour of 9999 in UTC": (
        ["show", "{f}", "measures", "--at"], "9999-12-31T22:00Z"),
}


@pytest.mark.parametrize("case", FAR.values(), ids=FAR.keys())
def test_a_year_the_calendar_cannot_hold(cli, path, case):
    args, moment = case
    before = state(path)
    refused(cli(*[a.format(f=path, dir=path.parent) for a in args], moment),
            "time_out_of_range", text=moment)
    assert state(path) == before
    assert not (path.parent / "ut.pdf").exists()


def test_a_year_the_calendar_cannot_hold_in_a_real_process(path, tmp_path):
    done = child(["search", str(path), "brand", "--since", "0001-01-01T00:00"], tmp_path)
    assert done.returncode == 2
    assert "0001-01-01T00:00" in words(done)


# -- new: a folder that is not there -------------------------------------------------------

def test_new_into_a_folder_that_does_not_exist(cli, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "saknas" / "valborg.event"
    refused(cli("new", target, "--template", "valborg", "--name", "Valborg"),
            "folder_missing", path=str(target.parent))
    assert not target.parent.exists()


def test_new_under_a_file_where_a_folder_should_be(cli, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    target = path / "valborg.event"
    before = path.read_bytes()
    refused(cli("new", target, "--template", "valborg", "--name", "Valborg"),
            "folder_missing", path=str(path))
    assert path.read_bytes() == before


def test_new_into_a_folder_that_does_not_exist_asks_for_no_passphrase(cli, tmp_path,
                                                                      monkeypatch):
    """The folder is checked before the passphrase is asked for (twice) at a prompt."""
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", _never_asked)
    target = tmp_path / "saknas" / "valborg.event"
    refused(cli("new", target, "--template", "valborg", "--name", "Valborg"),
            "folder_missing", path=str(target.parent))


def test_a_folder_given_as_the_event_file(cli, tmp_path):
    refused(cli("log", tmp_path, "brand", "--operator", "Anna"), "not_an_event_file",
            path=str(tmp_path))


# -- a disk that fills up during an export -------------------------------------------------

class _FullFile(io.RawIOBase):
    """A file on a full disk: opening works, every write fails."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def full_disk(monkeypatch, tmp_path):
    """Files opened for writing in the test's folder are on a full disk."""
    import builtins

    real_open = builtins.open

    def open_(file, mode="r", *args, **kwargs):
        inside = isinstance(file, (str, Path)) and Path(file).parent == tmp_path / "out"
        if inside and any(m in mode for m in "wax"):
            real_open(file, mode, *args, **kwargs).close()  # the file appears, empty
            return _FullFile() if "b" in mode else io.TextIOWrapper(_FullFile())
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


@pytest.mark.parametrize("what", ["--debrief", "--sitrep", "--contacts", "--csv"])
def test_an_export_to_a_full_disk(cli, path, full_disk, what):
    target = full_disk / ("ut.csv" if what == "--csv" else "ut.pdf")
    refused(cli("export", path, what, target, "--public"),
            "export_unwritable", path=str(target), detail=messages.gettext("the disk is full"))
    assert list(full_disk.iterdir()) == []  # neither the report nor its temporary file


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
def test_an_export_whose_write_the_system_refuses(path, tmp_path):
    """A real write refused by the system (the file size limit, as on a full medium)."""
    import resource

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    target = tmp_path / "out" / "ut.pdf"
    target.parent.mkdir()
    done = subprocess.run([sys.executable, "-m", "eventcenter.cli", "export", str(path),
                           "--debrief", str(target), "--public"], env=child_env(tmp_path),
                          capture_output=True, cwd=REPO, timeout=120, preexec_fn=small_files)
    assert done.returncode == 2
    assert words(done).startswith(f"eventcenter: Kan inte skriva {target}: ")
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_export_never_replaces_what_is_not_a_file(cli, path, tmp_path):
    """A device or a pipe given as the report's name is refused, not replaced by the report
    (an export to /dev/full by an administrator must not remove the device)."""
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    refused(cli("export", path, "--debrief", pipe, "--public"), "export_unwritable",
            path=str(pipe), detail=messages.gettext("that is not a regular file"))
    assert not pipe.is_file() and pipe.exists()


# -- passphrase prompts --------------------------------------------------------------------

PROMPTED = {
    "new": ["new", "{dir}/ny.event", "--template", "valborg", "--name", "Valborg"],
    "search --unlock": ["search", "{f}", "brand", "--unlock"],
    "show --unlock": ["show", "{f}", "journal", "--unlock"],
    "export the full debrief": ["export", "{f}", "--debrief", "{dir}/ut.pdf"],
}


@pytest.mark.parametrize("args", PROMPTED.values(), ids=PROMPTED.keys())
def test_ctrl_d_at_a_passphrase_prompt(cli, path, monkeypatch, args):
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", _ctrl_d)
    before = sorted(path.parent.iterdir())
    refused(cli(*[a.format(f=path, dir=path.parent) for a in args]), "passphrase_cancelled")
    assert sorted(path.parent.iterdir()) == before


def test_a_typed_passphrase_that_is_not_utf8(cli, path, monkeypatch):
    def latin1(prompt: str = "") -> str:
        raise UnicodeDecodeError("utf-8", b"h\xe4st", 1, 2, "invalid continuation byte")

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", latin1)
    refused(cli("search", path, "brand", "--unlock"), "passphrase_not_utf8")


def at_a_terminal(args: list[str], typed: bytes, config: Path) -> tuple[int, str]:
    """Run `eventcenter ARGS` on a pseudo-terminal of its own, type `typed` at the first
    prompt; its exit code and everything the terminal showed."""
    import pty
    import select
    import signal

    pid, terminal = pty.fork()
    if pid == 0:  # the child: its own session, the pseudo-terminal its controlling terminal
        try:
            os.chdir(REPO)
            os.execve(sys.executable, [sys.executable, "-m", "eventcenter.cli", *args],
                      child_env(config))
        finally:
            os._exit(127)
    shown, typed_yet = b"", False
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], 60)
            if not ready:  # a guard against a hung child, not a measurement
                os.kill(pid, signal.SIGKILL)
                break
            try:
                chunk = os.read(terminal, 1024)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            if not typed_yet and b": " in shown:
                os.write(terminal, typed)
                typed_yet = True
    finally:
        os.close(terminal)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("typed, code", [(b"\x04", "passphrase_cancelled"),
                                         (b"h\xe4st\n", "passphrase_not_utf8")],
                         ids=["Ctrl-D", "Latin-1"])
def test_the_passphrase_prompt_on_a_real_terminal(tmp_path, typed, code):
    """At the prompt of `new`: Ctrl-D, or a passphrase typed on a terminal set to Latin-1."""
    target = tmp_path / "ny.event"
    exit_code, shown = at_a_terminal(
        ["new", str(target), "--template", "valborg", "--name", "Valborg"], typed, tmp_path)
    assert "Traceback" not in shown, shown
    assert exit_code == 2, shown
    assert f"eventcenter: {UserError(code)}" in shown
    assert not target.exists()


# -- damage found while reading -------------------------------------------------------------

def _zero_root_page(path: Path, table: str) -> None:
    """Overwrite the first page of one table with zeros: SQLite reports the file damaged
    (SQLITE_CORRUPT) when, and only when, that table is read."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    with path.open("r+b") as raw_file:  # a closed file of the test's own, nobody has it open
        raw_file.seek((root - 1) * size)
        raw_file.write(bytes(size))


@pytest.mark.parametrize("table, args", [
    ("units", ["show", "{f}", "units"]),
    ("measures", ["show", "{f}", "measures"]),
    ("state_log", ["history", "{f}", "TV3"]),
    ("records", ["fingerprint", "{f}"]),
    ("entries", ["export", "{f}", "--csv", "{dir}/ut.csv", "--public"]),
], ids=["show units", "show measures", "history", "fingerprint", "export --csv"])
def test_damage_found_while_reading_is_said_in_words(cli, path, table, args):
    """Whatever read finds the file damaged, the command says so (and names the file)."""
    _zero_root_page(path, table)
    code, out, err = cli(*[a.format(f=path, dir=path.parent) for a in args])
    assert "Traceback" not in err
    assert code == 2
    words_ = messages.gettext(messages.ERRORS["corrupt_file"]).split("{")[0]
    assert err.startswith(f"eventcenter: {words_}{path}"), err
