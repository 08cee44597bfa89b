"""The zygote of `tests/killing.py`: imports the program once, then forks one child per line
it reads (`KIND<TAB>EVENT FILE<TAB>FOLDER`); each child loops on its kind of work until it is
killed, saying each piece of work done on stdout as `PID KIND WHAT VALUE`.

    python -m tests.kill_children EVENT_NAME     # started by tests/killing.py, never by hand

POSIX only (fork). The zygote opens no event file: each child opens its own.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sys
import traceback
from pathlib import Path

from alembic import command  # noqa: F401  (loaded here once, not in every child)

import eventcenter.backups  # noqa: F401
import eventcenter.integrity  # noqa: F401
import eventcenter.new_event.create  # noqa: F401
from eventcenter.catalogue.templates import load_template
from eventcenter.cli import main
from eventcenter.device import load_device
from eventcenter.event_file import EventFile
from eventcenter.store import migrate

kind_of_this_process = "zygote"
event_name = "Valborg 2027"


def say(*words: object) -> None:
    """One short write: a line is whole in the pipe or not there at all."""
    line = " ".join(str(w) for w in (os.getpid(), kind_of_this_process, *words))
    sys.__stdout__.write(line + "\n")
    sys.__stdout__.flush()


def cli(*argv: object, fine: tuple[int, ...] = (0,)) -> tuple[int, str]:
    """The command line's `main` in this process: its exit status and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        code = main([str(a) for a in argv])
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    if code not in fine:
        say("error", json.dumps(f"{argv[0]} exit {code}: {err.getvalue()}"))
    return code, out.getvalue().strip()


def api(path: str, _folder: str) -> None:
    event = EventFile.open(path)
    n = 0
    while True:
        changes = event.journal.log(f"API {os.getpid()} rad {n} åäö", operator="Anna",
                                    confidential=n % 3 == 0)
        say("id", changes.id)
        n += 1


def cli_log(path: str, _folder: str) -> None:
    n = 0
    while True:
        code, printed = cli("log", path, f"CLI {os.getpid()} rad {n} åäö", "--operator", "Bo")
        if code == 0:
            say("id", printed)
        n += 1


def new(_path: str, folder: str) -> None:
    n = 0
    while True:
        target = Path(folder) / f"ny-{os.getpid()}-{n}.event"
        code, _ = cli("new", target, "--template", "valborg", "--name", event_name,
                      "--operator", "Anna")
        if code == 0:
            say("made", target.name)
        n += 1


def backup(path: str, folder: str) -> None:
    while True:
        code, printed = cli("backup", path, folder)
        if code == 0:
            say("backup", Path(printed).name)


def verify(path: str, _folder: str) -> None:
    while True:
        code, _ = cli("verify", path)
        say("verified", code)


WORK = {"api": api, "cli": cli_log, "new": new, "backup": backup, "verify": verify}


def serve() -> None:
    """Fork a child for each line read; the children are reaped as they die."""
    global kind_of_this_process
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    say("ready")
    while line := sys.stdin.readline():
        kind, path, folder = line.rstrip("\n").split("\t")
        child = os.fork()
        if child == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            kind_of_this_process = kind
            try:
                WORK[kind](path, folder)
            except BaseException:
                say("error", json.dumps(traceback.format_exc()))
            os._exit(3)
        say("started", child)


if __name__ == "__main__":
    event_name = sys.argv[1]
    load_device()  # this laptop's identity, made once before the children share it
    migrate.revisions()  # what each child would otherwise load in its first round
    load_template("valborg")
    serve()
