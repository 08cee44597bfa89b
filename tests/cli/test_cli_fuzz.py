"""Fuzzing the command line: a few hundred argument lists per run, built from the parser's own
verbs and options with values that are wrong in every way we can think of (bytes that are not
UTF-8, control characters, huge numbers, year 1 and 9999, empty strings, unknown ids, bad
prefixes, missing files, folders instead of files, very long text).

Each case must end as a person can read it: exit 0; or argparse's usage error (exit 2); or
exit 1 or 2 with one sentence of the message catalogue on stderr (never a traceback, never a
generic message, never an exception's name), and the event file unchanged by a case that
failed. The seed is new for each run and printed with every failure; set
EVENTCENTER_FUZZ_SEED to run the same cases again.
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.cli import build_parser, main
from eventcenter.event_file import EventFile
from tests.factories import PASSPHRASE
from tests.raw_files import child_env, state

IN_PROCESS = 300
IN_CHILDREN = 12
PDF_BUDGET = 6  # a PDF costs as much as twenty other cases

TEXTS = ["Brand i container vid Resecentrum", "@TV3 #ber Resecentrum: fem berusade", "TV3",
         "Polisen", "Vaksala torg", "", " ", "\t", "\udcff", "Valla\udcffen", "\ud800",
         "\x07", "\x1b[31mröd", "rad\x00noll", "två\nrader", "å" * 10_001, "x" * 100_000,
         "-", "'; DROP TABLE records; --", "%", "_", "*", "\"", "🔥", "هار", "NEAR(a b)"]
IDS = ["deadbeef", "9578____", "%", "____", "", "zz", "0" * 32, "0" * 40, "abc", "\udcff",
       "a" * 5000, "ABCD", "-1", " "]
TIMES = ["22:15", "7:05", "23:59:59", "0001-01-01T00:00", "0001-01-01T01:30",
         "0001-01-01T00:00Z", "9999-12-31T23:59", "9999-12-31T23:59Z",
         "9999-12-31T23:00-05:00", "25:00", "", "2027-04-30", "2027-02-30T10:00",
         "2027-04-30T10:00+25:00", "nu", "\udcff", "99999-01-01T00:00", "2027-03-28T02:30"]
DATES = ["2027-04-30", "0001-01-01", "9999-12-31", "2027-02-30", "", "30/4", "\udcff"]
NUMBERS = ["1e308", "-1e308", "nan", "inf", "-0", "9" * 30, "9" * 5000, "59.85", "17.64",
           "-200", "", "3", "0", "abc", "1,5", "\udcff", "0x10"]
HOURS = ["18:00-02:00", "00:00-00:00", "25:00-26:00", "", "x", "18-02", "\udcff"]


@dataclass
class Place:
    """The files a case may name: the event, and every kind of wrong file."""

    event: Path
    folder: Path
    ids: list[str]
    counter: list[int] = field(default_factory=lambda: [0])

    def fresh(self, suffix: str) -> Path:
        self.counter[0] += 1
        return self.folder / f"ny-{self.counter[0]}{suffix}"


def wrong_files(folder: Path) -> list[str]:
    (folder / "en-mapp").mkdir(exist_ok=True)
    (folder / "text.txt").write_text("inte en evenemangsfil\n", encoding="utf-8")
    (folder / "tom.event").write_bytes(b"")
    (folder / "skräp.csv").write_bytes(b"\x00\xff\xfe" * 100)
    return [str(folder / "saknas.event"), str(folder / "en-mapp"), str(folder / "text.txt"),
            str(folder / "tom.event"), str(folder / "saknas" / "x.event"), "",
            str(folder / "valla\udcffen.event"), str(folder / ("a" * 300)),
            str(folder / ("b" * 250))]


def value(action: argparse.Action, rng: random.Random, place: Place,
          budget: list[int]) -> str:
    """A value for one option or argument, chosen by what it names."""
    dest, wrong = action.dest, wrong_files(place.folder)
    if action.choices and rng.random() < 0.8:
        return rng.choice(list(action.choices))
    if dest == "file":
        return str(place.event) if rng.random() < 0.8 else rng.choice(wrong)
    if dest in ("debrief", "sitrep", "contacts") and action.metavar == "OUT.pdf":
        budget[0] -= 1
        ok = str(place.fresh(".pdf"))
        return ok if budget[0] >= 0 and rng.random() < 0.7 else rng.choice(wrong)
    if dest == "csv":
        return str(place.fresh(".csv")) if rng.random() < 0.6 else rng.choice(wrong)
    if dest == "contacts":
        return rng.choice([str(place.folder / "kontakter.csv"),
                           str(place.folder / "skräp.csv"), str(place.event), *wrong])
    if dest == "dir":
        return rng.choice([str(place.folder / "kopior"), *wrong])
    if dest == "from_event":
        return rng.choice([str(place.event), *wrong])
    if dest in ("id", "entry_id", "measure", "from_entry", "from_request"):
        return rng.choice(place.ids + IDS)
    if dest in ("at", "since", "until"):
        return rng.choice(TIMES)
    if dest == "date":
        return rng.choice(DATES)
    if dest in ("lat", "lon", "size", "priority"):
        return rng.choice(NUMBERS)
    if dest == "on_duty":
        return rng.choice(HOURS)
    if dest == "template":
        return rng.choice(["valborg", "okänd", "", "\udcff"])
    return rng.choice(TEXTS)


def leaves(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """Every verb and sub-verb of the parser: (the words that name it, its parser)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaves(sub, (*words, name))
            return
    yield words, parser


def argv_for(words, parser: argparse.ArgumentParser, rng: random.Random, place: Place,
             budget: list[int]) -> list[str]:
    """The verb's required arguments (now and then one left out), some of its options, and
    now and then a word too many."""
    argv = list(words)
    chosen = {rng.choice(g._group_actions) for g in parser._mutually_exclusive_groups
              if g.required}
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            if rng.random() < 0.01:
                argv.append("--help")
            continue
        wanted = action.required or action in chosen or not action.option_strings
        if not wanted and rng.random() > 0.3:
            continue
        if wanted and rng.random() < 0.02:
            continue  # a required one left out: argparse's own words
        if action.option_strings:
            argv.append(rng.choice(action.option_strings))
            if action.nargs == 0:
                continue
        argv.append(value(action, rng, place, budget))
    if rng.random() < 0.03:
        argv.append(rng.choice(TEXTS + ["--okänd", "--json"]))
    if rng.random() < 0.05:
        argv[:0] = ["--lang", rng.choice(["sv", "en"])]
    return argv


def known_sentences() -> list[re.Pattern]:
    """Every sentence of the message catalogue, Swedish and English, with its parameters as
    wildcards."""
    found = []
    for template in messages.ERRORS.values():
        for text in {template, messages._catalog("sv").get(template, template)}:
            parts = re.split(r"\{\w+\}", text)
            found.append(re.compile(".*".join(map(re.escape, parts)), re.DOTALL))
    return found


SENTENCES = known_sentences()
# What may be said on stderr before the words of a mistake.
NOTES = {text for note in ["Note: without the passphrase, confidential entries are printed as "
                           "sealed."] for text in (note, messages._catalog("sv")[note])}
EXCEPTION_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Warning)\b")


def judge(argv, code, out: str, err: str, exploded: BaseException | None) -> str | None:
    """What is wrong with how a case ended, or None."""
    if exploded is not None:
        return f"raised {type(exploded).__name__}: {exploded}"
    if "Traceback" in err:
        return "a traceback"
    if re.search(r"unexpected|oväntat", err, re.IGNORECASE):
        return "a generic message"
    if code == 0 or (code == 2 and "usage:" in err):
        return None
    if code not in (1, 2):
        return f"exit code {code}"
    if code == 1 and not err:
        return None  # verify's problems, import with nothing imported: said on stdout
    for note in NOTES:
        err = err.removeprefix(note + "\n")
    if not err.startswith("eventcenter: ") or not err.endswith("\n"):
        return "stderr is not one sentence of ours"
    sentence = err.removeprefix("eventcenter: ").removesuffix("\n")
    if EXCEPTION_NAME.search(sentence):
        return "an exception's name in the words"
    if not any(p.fullmatch(sentence) for p in SENTENCES):
        return "words that are not in the message catalogue"
    return None


TERMINAL = "at a terminal, answering"
ANSWERS = ["Ctrl-D", "Latin-1", "", PASSPHRASE, "fel fras", "kort", "h\udce4st"]


def environment(rng: random.Random) -> dict[str, str | None]:
    """The variables a case runs with; TERMINAL (not a variable) is what a person answers at
    a passphrase prompt, if the case runs at a terminal."""
    env: dict[str, str | None] = {"EVENTCENTER_OPERATOR": "Anna",
                                  "EVENTCENTER_CONFIDENTIAL_PASSPHRASE": None, TERMINAL: None}
    if rng.random() < 0.08:
        env["EVENTCENTER_OPERATOR"] = rng.choice([None, "", "\udcc5sa", "Bo\x07", " "])
    if rng.random() < 0.08:
        env["EVENTCENTER_CONFIDENTIAL_PASSPHRASE"] = rng.choice(
            [PASSPHRASE, "fel fras", "h\udce4st", ""])
    if rng.random() < 0.08:
        env[TERMINAL] = rng.choice(ANSWERS)
    return env


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def at_a_terminal(monkeypatch, answer: str | None, stdin, ask) -> None:
    """Let the case run at a terminal where every prompt gets `answer`, or at none."""
    if answer is None:
        monkeypatch.setattr(sys, "stdin", stdin)
        monkeypatch.setattr(getpass, "getpass", ask)
        return

    def typed(prompt: str = "") -> str:
        if answer == "Ctrl-D":
            raise EOFError
        if answer == "Latin-1":
            raise UnicodeDecodeError("utf-8", b"h\xe4st", 1, 2, "invalid continuation byte")
        return answer

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", typed)


@pytest.fixture
def place(pristine, tmp_path) -> Place:
    """A copy of the new Valborg event with an entry, a measure, a request and a contact,
    their ids whole and as prefixes, and a contact file to import."""
    event_path = tmp_path / "valborg.event"
    shutil.copy(pristine, event_path)
    with EventFile.open(event_path) as event:
        made = [event.journal.log("Brand i container", operator="Anna").id,
                event.measures.open("Avspärrning", operator="Anna").id,
                event.requests.receive("Fler vakter", party="Polisen", operator="Anna").id,
                event.contacts.add("Lisa Berg", function="Vakt", organisation="Securitas",
                                   operator="Anna").id]
    (tmp_path / "kontakter.csv").write_text(
        "Namn;Befattning;Företag;Mobil\nLisa Berg;Vakt;Securitas;070-123 45 67\n"
        "Per Ek;;Polisen;nej\n", encoding="utf-8")
    ids = made + [i[:4] for i in made] + [i[:8] for i in made]
    return Place(event_path, tmp_path, ids)


def shown(argv: list[str]) -> str:
    """The argument list as a failure message shows it: long values cut short."""
    return repr([a if len(a) < 60 else f"{a[:20]}…({len(a)} characters)" for a in argv])


def seed() -> int:
    given = os.environ.get("EVENTCENTER_FUZZ_SEED")
    return int(given) if given else random.SystemRandom().randrange(2**32)


def cases(rng: random.Random, place: Place, count: int):
    verbs = list(leaves(build_parser()))
    budget = [PDF_BUDGET]
    for _ in range(count):
        words, parser = rng.choice(verbs)
        yield argv_for(words, parser, rng, place, budget), environment(rng)


def test_no_argument_list_ends_in_a_traceback(place, capsys, monkeypatch):
    run_seed = seed()
    rng = random.Random(run_seed)
    monkeypatch.chdir(place.folder)  # whatever a case writes beside itself stays in here
    failures = []
    stdin, ask = sys.stdin, getpass.getpass
    for argv, env in cases(rng, place, IN_PROCESS):
        at_a_terminal(monkeypatch, env[TERMINAL], stdin, ask)
        for name, setting in env.items():
            if name == TERMINAL:
                continue
            if setting is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, setting)
        before = state(place.event)
        code, exploded = None, None
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse: usage errors and --help
            code = stop.code
        except BaseException as error:  # noqa: BLE001 - every escape is a finding
            exploded = error
        finally:
            messages.set_language(None)
        out, err = capsys.readouterr()
        wrong = judge(argv, code, out, err, exploded)
        if wrong is None and code not in (0, None) and state(place.event) != before:
            wrong = "a case that failed changed the file"
        if wrong:
            failures.append(f"{wrong}: {shown(argv)} {env!r} -> {code} {err[-300:]!r}")
    assert not failures, f"EVENTCENTER_FUZZ_SEED={run_seed}\n" + "\n".join(failures[:20])


def as_bytes(text: str) -> bytes:
    """The bytes a terminal would send: surrogates that stand for bytes become those bytes,
    any other surrogate the (invalid) UTF-8 of a surrogate; NUL, which no argument can hold,
    is left out."""
    text = text.replace("\x00", "")
    try:
        return os.fsencode(text)
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


@pytest.mark.skipif(sys.platform == "win32", reason="argument bytes as POSIX hands them over")
def test_no_argument_list_ends_in_a_traceback_in_a_real_process(place):
    """A dozen cases as real processes, with real bytes for the ones that are not UTF-8;
    each has its own copy of the event, so they run side by side."""
    run_seed = seed()
    rng = random.Random(run_seed ^ 0x5EED)
    running = []
    for number, (argv, env) in enumerate(cases(rng, place, IN_CHILDREN)):
        own = place.folder / f"barn-{number}.event"
        shutil.copy(place.event, own)
        args = [as_bytes(str(own) if a == str(place.event) else a) for a in argv]
        child = child_env(place.folder / f"barn-{number}")
        for name, setting in env.items():
            if name == TERMINAL:  # a real process here has no terminal
                continue
            child.pop(name, None)
            if setting is not None:
                child[name] = as_bytes(setting)
        proc = subprocess.Popen([sys.executable, "-m", "eventcenter.cli", *args], env=child,
                                cwd=place.folder, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        running.append((argv, env, own, state(own), proc))
    failures = []
    for argv, env, own, before, proc in running:
        out, err = proc.communicate(timeout=120)
        text = err.decode("utf-8", errors="backslashreplace")
        wrong = judge(argv, proc.returncode, "", text, None)
        if wrong is None and proc.returncode != 0 and state(own) != before:
            wrong = "a case that failed changed the file"
        if wrong:
            failures.append(f"{wrong}: {shown(argv)} {env!r} -> {proc.returncode} "
                            f"{text[-300:]!r}")
    assert not failures, f"EVENTCENTER_FUZZ_SEED={run_seed}\n" + "\n".join(failures)
